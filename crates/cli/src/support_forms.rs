//! What was typed after `ardoise support …` turned into the domain's forms: the hours as
//! "mon-fri 09:00-12:30,14:00-18:00", targets as "critical 1 4 24/7", codes as words of
//! a closed list. Every option at fault is listed at once, by the option's name, and the
//! forms' own checks (ranges that overlap, a resolution shorter than the first response)
//! stay the domain's.

use ardoise_app::domain::choices::{Choices, WEEKDAYS};
use ardoise_app::domain::problem::{Checker, FieldError, Invalid, Problem};
use ardoise_app::domain::support::plan_form::{PlanForm, PlanPriceForm, RangeForm, TargetForm};
use ardoise_app::domain::support::{
    Category, Channel, DeliveredBy, RequestState, Rounding, Route, Severity, SupportProblem,
};

use crate::support_args::PlanArgs;

const NOT_A_TIME: Problem = Problem::Support(SupportProblem::NotATime);

pub fn severity(code: &str) -> Result<Severity, Problem> {
    Choices::Severity.pick(code, Severity::parse)
}

pub fn category(code: &str) -> Result<Category, Problem> {
    Choices::Category.pick(code, Category::parse)
}

pub fn channel(code: &str) -> Result<Channel, Problem> {
    Choices::Channel.pick(code, Channel::parse)
}

pub fn state(code: &str) -> Result<RequestState, Problem> {
    Choices::RequestState.pick(code, RequestState::parse)
}

pub fn route(code: &str) -> Result<Route, Problem> {
    Choices::Route.pick(code, Route::parse)
}

fn day(typed: &str) -> Result<usize, Problem> {
    Choices::Weekday.pick(typed, |code| WEEKDAYS.iter().position(|(c, _)| *c == code))
}

/// "mon-fri 09:00-12:30,14:00-18:00" → the days it names and their ranges as typed
/// (each time is the domain's to read). "sat-mon" wraps round the week.
pub fn hours_line(line: &str) -> Result<(Vec<usize>, Vec<RangeForm>), Problem> {
    let line = line.trim();
    // Without a space there are no days: the line names none of them.
    let (days, ranges) = line.split_once(char::is_whitespace).unwrap_or((line, ""));
    let days = match days.split_once('-') {
        Some((a, b)) => {
            let (a, b) = (day(a)?, day(b)?);
            (0..7)
                .map(|i| (a + i) % 7)
                .take((b + 7 - a) % 7 + 1)
                .collect()
        }
        None => days.split(',').map(day).collect::<Result<Vec<_>, _>>()?,
    };
    let ranges = ranges
        .split(',')
        .map(|r| {
            let (start, end) = r.trim().split_once('-').ok_or(NOT_A_TIME)?;
            Ok(RangeForm {
                start: start.trim().to_string(),
                end: end.trim().to_string(),
            })
        })
        .collect::<Result<Vec<_>, Problem>>()?;
    Ok((days, ranges))
}

/// "critical 1 4 24/7" → a severity's targets, in hours of service as typed.
pub fn target_line(line: &str) -> Result<TargetForm, Problem> {
    let words: Vec<&str> = line.split_whitespace().collect();
    let (around, words) = match words.split_last() {
        Some((last, rest)) if last.eq_ignore_ascii_case("24/7") => (true, rest),
        _ => (false, words.as_slice()),
    };
    match words {
        [s, first, resolution] => Ok(TargetForm {
            severity: severity(s)?,
            first_response_hours: first.to_string(),
            resolution_hours: resolution.to_string(),
            around_the_clock: around,
        }),
        _ => Err(Problem::Support(SupportProblem::NotADuration)),
    }
}

/// The plan's terms and first price, as forms; `today` is the price's date when none
/// was typed.
pub fn plan(a: &PlanArgs, today: &str) -> Result<(PlanForm, PlanPriceForm), Invalid> {
    let mut c = Checker::new();
    let mut hours: Vec<Vec<RangeForm>> = vec![Vec::new(); 7];
    for line in &a.hours {
        if let Some((days, ranges)) = c.check("--hours", hours_line(line)) {
            for d in days {
                hours[d].extend(ranges.iter().cloned());
            }
        }
    }
    let targets: Vec<TargetForm> = a
        .target
        .iter()
        .filter_map(|t| c.check("--target", target_line(t)))
        .collect();
    let routes: Vec<Route> = a
        .route
        .iter()
        .filter_map(|r| c.check("--route", route(r)))
        .collect();
    let delivered_by = c.check(
        "--delivered-by",
        Choices::DeliveredBy.pick(&a.delivered_by, DeliveredBy::parse),
    );
    let rounding = c.check(
        "--rounding",
        Choices::Rounding.pick(&a.price.rounding, Rounding::parse),
    );
    c.finish()?;
    let (Some(delivered_by), Some(rounding)) = (delivered_by, rounding) else {
        return Err(Invalid::one("form", Problem::Required));
    };
    let terms = PlanForm {
        name: a.name.clone(),
        no_support: a.no_support,
        covered_fr: a.covered_fr.clone(),
        covered_en: a.covered_en.clone(),
        not_covered_fr: a.not_covered_fr.clone(),
        not_covered_en: a.not_covered_en.clone(),
        time_zone: a.time_zone.clone(),
        hours: if a.no_support && a.hours.is_empty() {
            Vec::new()
        } else {
            hours
        },
        french_holidays: !a.no_french_holidays,
        alsace_moselle: a.alsace_moselle,
        closed_days: a.closed_day.clone(),
        phone: a.phone.clone(),
        email: a.email.clone(),
        portal_url: a.portal.clone(),
        targets,
        escalation_routes: routes,
        delivered_by,
        provider_name: a.provider_name.clone(),
        provider_contact: a.provider_contact.clone(),
    };
    let p = &a.price;
    let price = PlanPriceForm {
        currency: p.currency.clone(),
        effective_from: p.price_from.clone().unwrap_or_else(|| today.to_string()),
        monthly_fee: p.price_fee.clone(),
        hourly_rate: p.price_rate.clone(),
        included_hours: p.included_hours.clone(),
        increment_minutes: p.increment.clone(),
        minimum_minutes: p.minimum.clone(),
        rounding,
        cost_monthly: p.cost_monthly.clone(),
        cost_hourly: p.cost_hourly.clone(),
    };
    Ok((terms, price))
}

/// The option a form's field was typed in, with the day or severity when the field
/// names one: `hours[0][1]` → `--hours (mon)`, `targets.low` → `--target (low)`,
/// `targets[2].resolution_hours` → `--target #3`.
fn option_of(field: &str) -> String {
    let head = field.split(['[', '.']).next().unwrap_or(field);
    let index = field
        .split_once('[')
        .and_then(|(_, rest)| rest.split_once(']'))
        .and_then(|(n, _)| n.parse::<usize>().ok());
    let option = option_name(head);
    match (head, index) {
        ("hours", Some(d)) if d < 7 => format!("{option} ({})", WEEKDAYS[d].0),
        ("targets", Some(i)) => format!("{option} #{}", i + 1),
        ("targets", None) => match field.strip_prefix("targets.") {
            Some(severity) => format!("{option} ({severity})"),
            None => option.to_string(),
        },
        _ => option.to_string(),
    }
}

fn option_name(head: &str) -> &str {
    match head {
        "name" => "--name",
        "covered_fr" => "--covered-fr",
        "covered_en" => "--covered-en",
        "not_covered_fr" => "--not-covered-fr",
        "not_covered_en" => "--not-covered-en",
        "time_zone" => "--time-zone",
        "hours" => "--hours",
        "closed_days" => "--closed-day",
        "phone" => "--phone",
        "email" => "--email",
        "portal_url" => "--portal",
        "targets" => "--target",
        "escalation_routes" => "--route",
        "provider_name" => "--provider-name",
        "provider_contact" => "--provider-contact",
        "currency" => "--currency",
        "effective_from" => "--price-from",
        "monthly_fee" => "--price-fee",
        "hourly_rate" => "--price-rate",
        "included_hours" => "--included-hours",
        "increment_minutes" => "--increment",
        "minimum_minutes" => "--minimum",
        "cost_monthly" => "--cost-monthly",
        "cost_hourly" => "--cost-hourly",
        "subject" => "--subject",
        "description" => "--description",
        "contact_name" => "--contact",
        "invoice_ids" => "--invoice",
        "started_at" => "--from",
        "ended_at" => "--to",
        "minutes" => "--minutes",
        "note" => "--note",
        "case_number" => "--case",
        "opened_on" => "--on",
        "route" => "--route",
        other => other,
    }
}

/// The domain's refusal with each field named by the option a user typed, so the
/// sentence points at something on the command line.
pub fn as_options(e: ardoise_app::AppError) -> ardoise_app::AppError {
    match e {
        ardoise_app::AppError::Invalid(Invalid(fields)) => ardoise_app::AppError::Invalid(Invalid(
            fields
                .into_iter()
                .map(|f| FieldError {
                    field: option_of(&f.field),
                    ..f
                })
                .collect(),
        )),
        other => other,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn days(line: &str) -> Vec<usize> {
        hours_line(line).unwrap().0
    }

    #[test]
    fn days_as_typed() {
        assert_eq!(days("mon-fri 09:00-12:00"), vec![0, 1, 2, 3, 4]);
        assert_eq!(days("sat 09:00-12:00"), vec![5]);
        assert_eq!(days("Mon,wed 09:00-12:00"), vec![0, 2]);
        assert_eq!(days("sat-mon 09:00-12:00"), vec![5, 6, 0]);
        assert_eq!(days("sun-sun 09:00-12:00"), vec![6]);
        let (_, ranges) = hours_line("mon 09:00-12:30, 14:00-18:00").unwrap();
        assert_eq!(
            ranges,
            vec![
                RangeForm {
                    start: "09:00".into(),
                    end: "12:30".into()
                },
                RangeForm {
                    start: "14:00".into(),
                    end: "18:00".into()
                }
            ]
        );
    }

    #[test]
    fn what_is_not_hours_is_refused() {
        assert!(hours_line("09:00-12:00").is_err());
        // A day is typed as its code or its word (« lundi »), never as anything else.
        assert!(hours_line("lundi 09:00-12:00").is_ok());
        assert!(hours_line("lunedi 09:00-12:00").is_err());
        assert!(hours_line("mon 09:00").is_err());
        assert!(hours_line("mon-xyz 09:00-10:00").is_err());
    }

    #[test]
    fn targets_as_typed() {
        let t = target_line("critical 1 4 24/7").unwrap();
        assert_eq!(t.severity, Severity::Critical);
        assert!(t.around_the_clock);
        assert_eq!(
            (t.first_response_hours.as_str(), t.resolution_hours.as_str()),
            ("1", "4")
        );
        let t = target_line("normal 4:30 16").unwrap();
        assert!(!t.around_the_clock);
        assert_eq!(t.first_response_hours, "4:30");
        assert!(target_line("normal 4").is_err());
        assert!(target_line("urgent 1 2").is_err());
    }

    #[test]
    fn fields_are_named_by_their_option() {
        assert_eq!(option_of("targets[2].resolution_hours"), "--target #3");
        assert_eq!(option_of("targets.low"), "--target (low)");
        assert_eq!(option_of("hours.days[1][0]"), "--hours (tue)");
        assert_eq!(option_of("hours[4][1].end"), "--hours (fri)");
        assert_eq!(option_of("hours"), "--hours");
        assert_eq!(option_of("closed_days[0]"), "--closed-day");
        assert_eq!(option_of("ended_at"), "--to");
    }
}
