use super::*;

fn range(start: &str, end: &str) -> RangeForm {
    RangeForm {
        start: start.into(),
        end: end.into(),
    }
}

fn target(severity: Severity, first: &str, resolution: &str) -> TargetForm {
    TargetForm {
        severity,
        first_response_hours: first.into(),
        resolution_hours: resolution.into(),
        around_the_clock: false,
    }
}

pub(crate) fn office_hours() -> PlanForm {
    let day = vec![range("09:00", "12:30"), range("14:00", "18:00")];
    PlanForm {
        name: "Essentiel".into(),
        no_support: false,
        covered_fr: "Microsoft 365".into(),
        covered_en: "Microsoft 365".into(),
        not_covered_fr: String::new(),
        not_covered_en: String::new(),
        time_zone: "Europe/Paris".into(),
        hours: (0..7)
            .map(|d| if d < 5 { day.clone() } else { vec![] })
            .collect(),
        french_holidays: true,
        alsace_moselle: false,
        closed_days: vec!["2026-12-24".into()],
        phone: "01 23 45 67 89".into(),
        email: "support@exemple.fr".into(),
        portal_url: "https://support.exemple.fr".into(),
        targets: vec![
            target(Severity::Critical, "1", "4"),
            target(Severity::High, "2", "8"),
            target(Severity::Normal, "4", "16"),
            target(Severity::Low, "8", "40"),
        ],
        escalation_routes: vec![Route::Commercial],
        delivered_by: DeliveredBy::OwnTeam,
        provider_name: String::new(),
        provider_contact: String::new(),
    }
}

fn faults(form: &PlanForm, held: &[Route]) -> Vec<(String, Problem)> {
    form.validate(held)
        .unwrap_err()
        .0
        .into_iter()
        .map(|e| (e.field, e.problem))
        .collect()
}

#[test]
fn office_hours_read_into_terms_and_back() {
    let terms = office_hours().validate(&[]).unwrap();
    assert_eq!(
        terms.hours.days[0],
        vec![
            ServiceRange {
                start: 540,
                end: 750
            },
            ServiceRange {
                start: 840,
                end: 1080
            }
        ]
    );
    assert_eq!(terms.hours.minutes_per_week(), 5 * (210 + 240));
    assert_eq!(terms.targets[0].severity, Severity::Critical);
    assert_eq!(terms.targets[3].resolution_minutes, 40 * 60);
    let back = PlanForm::from_terms(&terms);
    assert_eq!(back.validate(&[]).unwrap(), terms);
}

#[test]
fn every_fault_of_the_issue_is_named_on_its_field() {
    let mut f = office_hours();
    f.hours[2] = vec![range("09:00", "12:30"), range("12:00", "18:00")];
    f.hours[3] = vec![range("18:00", "09:00")];
    f.targets[2] = target(Severity::Normal, "4", "2");
    f.escalation_routes = vec![Route::Commercial, Route::PremierSupport];
    f.email = "support@".into();
    f.portal_url = "support.exemple.fr".into();
    f.name = String::new();
    f.time_zone = "Europe/Pariss".into();
    let got = faults(&f, &[Route::PartnerCloud]);
    let expected: Vec<(String, Problem)> = vec![
        ("name".into(), Problem::Required),
        (
            "time_zone".into(),
            Problem::UnknownTimeZone {
                name: "Europe/Pariss".into(),
            },
        ),
        (
            "hours[2][1]".into(),
            Problem::HoursOverlap {
                start: 540,
                end: 750,
            },
        ),
        ("hours[3][0]".into(), Problem::HoursReversed),
        ("email".into(), Problem::InvalidEmail),
        ("portal_url".into(), SupportProblem::NotAUrl.into()),
        (
            "targets[2].resolution_hours".into(),
            SupportProblem::ResolutionBeforeResponse.into(),
        ),
        (
            "escalation_routes[1]".into(),
            SupportProblem::RouteNotHeld {
                route: Route::PremierSupport,
            }
            .into(),
        ),
    ];
    assert_eq!(got, expected);
}

#[test]
fn a_plan_with_support_has_hours_and_every_severity() {
    let mut f = office_hours();
    f.hours = vec![vec![]; 7];
    f.targets.pop();
    let got = faults(&f, &[]);
    assert_eq!(
        got,
        vec![
            ("targets.low".into(), SupportProblem::TargetMissing.into()),
            ("hours".into(), SupportProblem::NoHours.into()),
        ]
    );
    // Around the clock needs no hours; the "no support" plan needs nothing.
    let mut f = office_hours();
    f.hours = vec![vec![]; 7];
    for t in &mut f.targets {
        t.around_the_clock = true;
    }
    assert!(f.validate(&[]).is_ok());
    let mut f = office_hours();
    f.no_support = true;
    f.hours = vec![];
    f.targets = vec![];
    assert!(f.validate(&[]).unwrap().targets.is_empty());
}

#[test]
fn times_and_durations_as_people_type_them() {
    assert_eq!(parse_time("9:00"), Ok(540));
    assert_eq!(parse_time("09h30"), Ok(570));
    assert_eq!(parse_time("24:00"), Ok(1440));
    assert_eq!(parse_time("24:01"), Err(SupportProblem::NotATime.into()));
    assert_eq!(parse_time("9"), Err(SupportProblem::NotATime.into()));
    assert_eq!(parse_hours("4", 6000), Ok(240));
    assert_eq!(parse_hours("4:30", 6000), Ok(270));
    assert_eq!(parse_hours("1,5", 6000), Ok(90));
    assert_eq!(parse_hours("0,01", 6000), Err(Problem::NotWhole));
    assert_eq!(
        parse_hours("4:75", 6000),
        Err(SupportProblem::NotADuration.into())
    );
    assert_eq!(format_hours(270), "4:30");
}

#[test]
fn prices_are_bounded_like_the_catalogs() {
    let form = PlanPriceForm {
        currency: "EUR".into(),
        effective_from: "2026-01-01".into(),
        monthly_fee: "149".into(),
        hourly_rate: "90".into(),
        included_hours: "2".into(),
        increment_minutes: "15".into(),
        minimum_minutes: "30".into(),
        rounding: Rounding::PerEntry,
        cost_monthly: String::new(),
        cost_hourly: String::new(),
    };
    let p = form.validate().unwrap();
    assert_eq!(p.included_minutes_per_month, 120);
    assert_eq!(p.cost_monthly, Decimal::ZERO);
    let bad = PlanPriceForm {
        monthly_fee: "1000000000".into(),
        hourly_rate: "-1".into(),
        increment_minutes: "0".into(),
        effective_from: "2100-01-01".into(),
        ..form
    };
    let fields: Vec<String> = bad
        .validate()
        .unwrap_err()
        .0
        .into_iter()
        .map(|e| e.field)
        .collect();
    assert_eq!(
        fields,
        vec![
            "effective_from",
            "monthly_fee",
            "hourly_rate",
            "increment_minutes"
        ]
    );
}

proptest::proptest! {
    /// Any hours typed: accepted ones are sorted, within the day, never overlapping,
    /// and read back from the form they show identically; refused ones name a range.
    #[test]
    fn hours_typed_are_refused_or_kept_whole(
        spans in proptest::collection::vec((0u16..=1440, 0u16..=1440, 0usize..7), 0..12)
    ) {
        let mut f = office_hours();
        f.hours = vec![vec![]; 7];
        for t in &mut f.targets {
            t.around_the_clock = true;
        }
        for (a, b, d) in &spans {
            f.hours[*d].push(range(&format_time(*a), &format_time(*b)));
        }
        match f.validate(&[]) {
            Ok(terms) => {
                for day in &terms.hours.days {
                    for w in day.windows(2) {
                        proptest::prop_assert!(w[0].end <= w[1].start);
                    }
                    for r in day {
                        proptest::prop_assert!(r.start < r.end && r.end <= 1440);
                    }
                }
                proptest::prop_assert_eq!(PlanForm::from_terms(&terms).validate(&[]).unwrap(), terms);
            }
            Err(invalid) => {
                proptest::prop_assert!(invalid.0.iter().all(|e| e.field.starts_with("hours[")));
            }
        }
    }
}
