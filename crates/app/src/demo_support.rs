//! The demo book's support desk: three plans (the "no support" plan among them, named
//! in words), customers on them from the first month of history, and those months'
//! requests lived through the use cases day by day: answered, some waiting on the
//! customer, technical outages escalated to Microsoft, billing questions naming the
//! invoice they are about, time logged; the last days' requests still open in the queue.

use ardoise_domain::support::{
    Category, Channel, DeliveredBy, EscalationForm, PlanForm, PlanPriceForm, RangeForm,
    RequestForm, RequestState, Rounding, Route, Severity, TargetForm, TimeEntryForm,
};
use ardoise_domain::support::{ServiceCalendar, SupportPlan};
use ardoise_domain::words::tr;
use ardoise_domain::Lang;
use chrono::{DateTime, Datelike, Duration, NaiveDate, Utc, Weekday};
use rand::{RngExt, SeedableRng};
use rand_chacha::ChaCha8Rng;

use crate::clock::ManualClock;
use crate::support::Plans;
use crate::transport_invoicing::InvoiceFilter;
use crate::transport_support::{NoteKind, RouteHeld};
use crate::{Ardoise, Result, Session};

fn ranges(spans: &[(&str, &str)]) -> Vec<RangeForm> {
    spans
        .iter()
        .map(|(start, end)| RangeForm {
            start: (*start).into(),
            end: (*end).into(),
        })
        .collect()
}

fn targets(hours: [(&str, &str); 4], critical_around_the_clock: bool) -> Vec<TargetForm> {
    Severity::ALL
        .iter()
        .zip(hours)
        .map(|(s, (first, resolution))| TargetForm {
            severity: *s,
            first_response_hours: first.into(),
            resolution_hours: resolution.into(),
            around_the_clock: critical_around_the_clock && *s == Severity::Critical,
        })
        .collect()
}

fn plan(name: &str, day: Vec<RangeForm>, targets: Vec<TargetForm>) -> PlanForm {
    PlanForm {
        name: name.into(),
        no_support: false,
        covered_fr: "Microsoft 365, Exchange Online, Teams et SharePoint : configuration, \
                     incidents, licences et questions de facturation."
            .into(),
        covered_en: "Microsoft 365, Exchange Online, Teams and SharePoint: configuration, \
                     incidents, licences and billing questions."
            .into(),
        not_covered_fr: "Le matériel, les postes de travail et les logiciels tiers.".into(),
        not_covered_en: "Hardware, workstations and third-party software.".into(),
        time_zone: "Europe/Paris".into(),
        hours: (0..7)
            .map(|d| if d < 5 { day.clone() } else { vec![] })
            .collect(),
        french_holidays: true,
        alsace_moselle: false,
        closed_days: vec![],
        phone: "+33 4 72 00 12 40".into(),
        email: "support@nuage-compagnie.fr".into(),
        portal_url: "https://support.nuage-compagnie.fr".into(),
        targets,
        escalation_routes: vec![Route::Commercial, Route::PartnerCloud],
        delivered_by: DeliveredBy::OwnTeam,
        provider_name: String::new(),
        provider_contact: String::new(),
    }
}

#[allow(clippy::too_many_arguments)]
fn price(
    from: NaiveDate,
    fee: &str,
    rate: &str,
    included: &str,
    increment: &str,
    rounding: Rounding,
    cost_monthly: &str,
    cost_hourly: &str,
) -> PlanPriceForm {
    PlanPriceForm {
        currency: "EUR".into(),
        effective_from: from.to_string(),
        monthly_fee: fee.into(),
        hourly_rate: rate.into(),
        included_hours: included.into(),
        increment_minutes: increment.into(),
        minimum_minutes: increment.into(),
        rounding,
        cost_monthly: cost_monthly.into(),
        cost_hourly: cost_hourly.into(),
    }
}

/// What happens to a request, at an instant.
enum Step {
    /// Opened; a billing question settled before today names the customer's latest
    /// invoice issued before that day, looked up then (the month's run has issued it).
    Open {
        form: Box<RequestForm>,
        names_invoice: bool,
        day: NaiveDate,
    },
    Reply,
    Wait,
    Resume,
    Escalate(Route, String),
    Microsoft,
    Log {
        start: DateTime<Utc>,
        minutes: i64,
        billable: bool,
    },
    Resolve,
    Close,
}

/// The desk's requests planned from the first month of history, lived through a little
/// at a time beside the billing months, so each month's run finds the month before's
/// time logged and bills it then, as a partner's book shows it.
pub(crate) struct DemoDesk {
    steps: Vec<(DateTime<Utc>, usize, Step)>,
    ids: Vec<Option<i64>>,
    next: usize,
}

/// One request in fifteen overruns its resolution target: a real desk misses a few.
const LATE_EVERY: usize = 15;

fn at(date: NaiveDate, h: u32, m: u32) -> DateTime<Utc> {
    date.and_hms_opt(h, m, 0).unwrap_or_default().and_utc()
}

impl Ardoise {
    /// The routes held, the three plans and every customer's plan from `from`.
    pub(crate) fn demo_support_plans(&self, session: &Session, from: NaiveDate) -> Result<()> {
        self.save_support_routes(
            session,
            &[RouteHeld {
                route: Route::PartnerCloud,
                contract_reference: "PCS-2026-0147".into(),
            }],
        )?;
        let mut none = PlanForm::from_terms(&self.store.read().support_plan(1)?.plan.terms);
        none.name = tr!(Lang::Fr, SUPPORT_NO_SUPPORT_PLAN);
        self.save_support_plan(session, Some(1), &none)?;
        let office = ranges(&[("09:00", "12:30"), ("14:00", "18:00")]);
        let essential = self.save_support_plan(
            session,
            None,
            &plan(
                "Essentiel",
                office,
                targets([("1", "4"), ("2", "8"), ("4", "16"), ("8", "40")], true),
            ),
        )?;
        self.add_support_plan_price(
            session,
            essential,
            &price(from, "149", "90", "2", "15", Rounding::PerEntry, "", ""),
        )?;
        let mut premium_form = plan(
            "Premium",
            ranges(&[("08:00", "19:00")]),
            targets([("0:30", "4"), ("1", "4"), ("2", "8"), ("4", "24")], true),
        );
        premium_form.delivered_by = DeliveredBy::Subcontractor;
        premium_form.provider_name = "Infogérance Rhône SAS".into();
        premium_form.provider_contact = "astreinte@infogerance-rhone.fr, +33 4 72 00 45 45".into();
        let premium = self.save_support_plan(session, None, &premium_form)?;
        self.add_support_plan_price(
            session,
            premium,
            &price(
                from,
                "490",
                "110",
                "8",
                "30",
                Rounding::PerMonth,
                "220",
                "55",
            ),
        )?;
        let customers = self.store.read().customer_summaries()?;
        for (i, c) in customers.iter().enumerate() {
            let plan = match i % 5 {
                0 | 2 => essential,
                4 => premium,
                _ => continue,
            };
            self.set_customer_support_plan(session, c.id, plan, &from.to_string())?;
        }
        Ok(())
    }

    /// Two requests a week, Tuesdays and Thursdays from `from` to yesterday, and one that
    /// came in late on the last working day, unanswered, its first reply due this
    /// morning; each request's steps timed in its plan's service hours so most meet
    /// their targets. What falls due from today on is left open.
    pub(crate) fn plan_demo_desk(
        &self,
        from: NaiveDate,
        today: NaiveDate,
        seed: u64,
    ) -> Result<DemoDesk> {
        let mut rng = ChaCha8Rng::seed_from_u64(seed ^ 0x5u64 << 40);
        let (plans, supported) = {
            let db = self.store.read();
            let plans = Plans::load(&db)?;
            let mut supported = Vec::new();
            for c in db.customer_summaries()? {
                let plan = db.customer_support_plan(c.id, today)?;
                if plans.get(plan).is_some_and(|(p, _)| !p.terms.no_support) {
                    supported.push((c.id, plan));
                }
            }
            (plans, supported)
        };
        let mut desk = DemoDesk {
            steps: Vec::new(),
            ids: Vec::new(),
            next: 0,
        };
        if supported.is_empty() {
            return Ok(desk);
        }
        let cutoff = at(today, 0, 0);
        let mut day = from;
        let mut k = 0;
        while day < today {
            if matches!(day.weekday(), Weekday::Tue | Weekday::Thu) {
                let (customer_id, plan) = supported[rng.random_range(0..supported.len())];
                if let Some((plan, cal)) = plans.get(plan) {
                    plan_request(&mut rng, plan, cal, customer_id, day, k, cutoff, &mut desk);
                }
                k += 1;
            }
            day += Duration::days(1);
        }
        // The one close to breaching: its first reply due two hours and a half after
        // today's opening.
        let near = supported.iter().find_map(|(c, p)| {
            let (plan, cal) = plans.get(*p)?;
            let first = plan.target(Severity::Normal)?.first_response_minutes;
            (first > 150).then_some((*c, cal, i64::from(first) - 150))
        });
        if let Some((customer_id, cal, before_today)) = near {
            let mut last = today - Duration::days(1);
            while last > from && cal.minutes_between(at(last, 0, 0), cutoff) < before_today {
                last -= Duration::days(1);
            }
            let open_for = cal.minutes_between(at(last, 0, 0), cutoff);
            if let Some(opened) = cal.add_minutes(at(last, 0, 0), open_for - before_today) {
                let form = request_form(
                    customer_id,
                    Channel::Email,
                    Category::SubscriptionChange,
                    Severity::Normal,
                    "Ajout de 5 licences Microsoft 365",
                );
                desk.steps.push((
                    opened,
                    k,
                    Step::Open {
                        form: Box::new(form),
                        names_invoice: false,
                        day: last,
                    },
                ));
                k += 1;
            }
        }
        desk.steps.retain(|(when, _, _)| *when < cutoff);
        desk.steps.sort_by_key(|(when, k, _)| (*when, *k));
        desk.ids = vec![None; k];
        Ok(desk)
    }

    /// Lives the desk's steps dated before `until`, each at its instant.
    pub(crate) fn live_demo_desk(
        &self,
        desk: &mut DemoDesk,
        days: &ManualClock,
        session: &Session,
        until: DateTime<Utc>,
    ) -> Result<()> {
        let end = desk.next + desk.steps[desk.next..].partition_point(|(w, _, _)| *w < until);
        let steps = std::mem::take(&mut desk.steps);
        for (when, k, step) in &steps[desk.next..end] {
            days.set_instant(*when);
            if let Some(id) = self.live_step(session, step, desk.ids[*k])? {
                desk.ids[*k] = Some(id);
            }
        }
        desk.steps = steps;
        desk.next = end;
        Ok(())
    }

    /// Does `step` to request `id` (None until opened); the new request's id when it
    /// opens one.
    fn live_step(&self, session: &Session, step: &Step, id: Option<i64>) -> Result<Option<i64>> {
        let Some(id) = id else {
            let Step::Open {
                form,
                names_invoice,
                day,
            } = step
            else {
                return Ok(None);
            };
            let mut form = (**form).clone();
            if *names_invoice {
                form.invoice_ids = self.latest_invoice(session, form.customer_id, *day)?;
            }
            return Ok(Some(self.add_support_request(session, &form, Lang::Fr)?.id));
        };
        match step {
            Step::Open { .. } => {}
            Step::Reply => self.note_support_request(
                session,
                id,
                NoteKind::Reply,
                "Bonjour, nous avons bien reçu votre demande et la traitons.",
            )?,
            Step::Wait => self.move_support_request(
                session,
                id,
                RequestState::WaitingOnCustomer,
                "Pouvez-vous nous indiquer le compte concerné ?",
            )?,
            Step::Resume => self.move_support_request(
                session,
                id,
                RequestState::InProgress,
                "Le client a répondu.",
            )?,
            Step::Escalate(route, case) => {
                let form = EscalationForm {
                    route: *route,
                    case_number: case.clone(),
                    opened_on: String::new(),
                    note: "Incident transmis avec les journaux de connexion.".into(),
                };
                self.escalate_support_request(session, id, &form)?;
            }
            Step::Microsoft => self.note_support_request(
                session,
                id,
                NoteKind::Microsoft,
                "Microsoft confirme un incident de service et applique un correctif.",
            )?,
            Step::Log {
                start,
                minutes,
                billable,
            } => {
                let form = TimeEntryForm {
                    request_id: id,
                    started_at: crate::support::instant(*start),
                    ended_at: String::new(),
                    minutes: minutes.to_string(),
                    billable: *billable,
                    note: if *billable {
                        "Diagnostic et correction"
                    } else {
                        "Suivi interne"
                    }
                    .into(),
                };
                self.log_support_time(session, &form)?;
            }
            Step::Resolve => {
                self.move_support_request(session, id, RequestState::Resolved, "Résolu.")?
            }
            Step::Close => self.move_support_request(session, id, RequestState::Closed, "")?,
        }
        Ok(None)
    }

    /// The customer's latest invoice issued before `day`, if any.
    fn latest_invoice(
        &self,
        session: &Session,
        customer_id: i64,
        day: NaiveDate,
    ) -> Result<Vec<i64>> {
        let filter = InvoiceFilter {
            state: None,
            customer_id: Some(customer_id),
            period: None,
            kind: None,
            ..Default::default()
        };
        let before = day.to_string();
        Ok(self
            .invoices(session, &filter)?
            .into_iter()
            .filter(|i| i.issue_date.as_deref().is_some_and(|d| d < before.as_str()))
            .max_by(|a, b| a.issue_date.cmp(&b.issue_date))
            .map(|i| i.id)
            .into_iter()
            .collect())
    }
}

fn request_form(
    customer_id: i64,
    channel: Channel,
    category: Category,
    severity: Severity,
    subject: &str,
) -> RequestForm {
    RequestForm {
        customer_id,
        contact_id: None,
        contact_name: String::new(),
        channel,
        category,
        severity,
        subject: subject.into(),
        description: String::new(),
        invoice_ids: vec![],
        subscription_ids: vec![],
        opened_at: String::new(),
    }
}

/// The steps of the `k`-th request, opened on `day` by a customer on `plan`: answered
/// within twenty minutes, worked on, sometimes waiting on the customer or escalated, and
/// resolved within its target (a few late), each step inside the plan's service hours.
#[allow(clippy::too_many_arguments)]
fn plan_request(
    rng: &mut ChaCha8Rng,
    plan: &SupportPlan,
    cal: &ServiceCalendar,
    customer_id: i64,
    day: NaiveDate,
    k: usize,
    cutoff: DateTime<Utc>,
    desk: &mut DemoDesk,
) {
    let (category, subject) = match rng.random_range(0..20) {
        0..=6 => (Category::Billing, "Question sur la dernière facture"),
        7..=13 => (
            Category::Technical,
            "Messagerie inaccessible pour plusieurs utilisateurs",
        ),
        14..=16 => (
            Category::SubscriptionChange,
            "Ajout de 5 licences Microsoft 365",
        ),
        _ => (Category::Access, "Accès administrateur perdu"),
    };
    let severity = match rng.random_range(0..20) {
        0 => Severity::Critical,
        1..=4 => Severity::High,
        5..=16 => Severity::Normal,
        _ => Severity::Low,
    };
    let channel = *[Channel::Phone, Channel::Email, Channel::Portal]
        .get(rng.random_range(0..3))
        .unwrap_or(&Channel::Email);
    // An outage takes an afternoon; the rest, an hour or two.
    let minutes = match category {
        Category::Technical => rng.random_range(6..17) * 15,
        _ => rng.random_range(2..9) * 15,
    };
    let billable = rng.random_range(0..5) > 0;
    let waits = rng.random_range(0..4) == 0;
    let share = rng.random_range(30..85);
    let case = rng.random_range(0..10_000_000);
    let Some(target) = plan.target(severity) else {
        return;
    };
    let around = ServiceCalendar::around_the_clock();
    let clock = if target.around_the_clock {
        &around
    } else {
        cal
    };
    // Opened at the first opening of the day plus 40 minutes, in service hours.
    let Some(opened) = cal.add_minutes(at(day, 0, 0), 40) else {
        return;
    };
    if opened.date_naive() != day {
        return;
    }
    let resolution = i64::from(target.resolution_minutes);
    let spent = if k % LATE_EVERY == LATE_EVERY / 2 {
        resolution + resolution / 3
    } else {
        resolution * share / 100
    };
    let Some(resolved) = clock.add_minutes(opened, spent.max(60)) else {
        return;
    };
    // Along the way, at a share of the time to resolution.
    let along = |percent: i64| {
        let span = clock.minutes_between(opened, resolved);
        clock
            .add_minutes(opened, span * percent / 100)
            .unwrap_or(opened)
    };
    let form = request_form(customer_id, channel, category, severity, subject);
    // A question still open today would hold its invoice in collections: only those
    // settled before today name one.
    let names_invoice = category == Category::Billing && resolved < cutoff;
    let steps = &mut desk.steps;
    steps.push((
        opened,
        k,
        Step::Open {
            form: Box::new(form),
            names_invoice,
            day,
        },
    ));
    steps.push((opened + Duration::minutes(20), k, Step::Reply));
    let start = opened + Duration::minutes(30);
    steps.push((
        start + Duration::minutes(minutes + 5),
        k,
        Step::Log {
            start,
            minutes,
            billable,
        },
    ));
    if category == Category::Technical && severity <= Severity::High {
        let case = format!("{}{case:07}", day.format("%y%m%d"));
        steps.push((along(25), k, Step::Escalate(Route::PartnerCloud, case)));
        steps.push((along(60), k, Step::Microsoft));
    } else if waits {
        steps.push((along(25), k, Step::Wait));
        steps.push((along(50), k, Step::Resume));
    }
    steps.push((resolved, k, Step::Resolve));
    steps.push((resolved + Duration::days(7), k, Step::Close));
}
