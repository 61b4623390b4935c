//! The demo book's support desk: three plans (the "no support" plan among them, named
//! in words), customers on them from the first month of history, and those months'
//! requests lived through the use cases day by day: answered, some waiting on the
//! customer, technical outages escalated to Microsoft, billing questions naming the
//! invoice they are about, time logged; the last days' requests still open in the queue.

use ardoise_domain::support::{
    Category, Channel, DeliveredBy, EscalationForm, PlanForm, PlanPriceForm, RangeForm,
    RequestForm, RequestState, Rounding, Route, Severity, TargetForm, TimeEntryForm,
};
use ardoise_domain::words::tr;
use ardoise_domain::Lang;
use chrono::{DateTime, Datelike, Duration, NaiveDate, Utc, Weekday};
use rand::{RngExt, SeedableRng};
use rand_chacha::ChaCha8Rng;

use crate::clock::ManualClock;
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
        phone: "+33 1 84 60 12 00".into(),
        email: "support@nuage-conseil.fr".into(),
        portal_url: "https://support.nuage-conseil.fr".into(),
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
    Open(Box<RequestForm>),
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

fn at(date: NaiveDate, h: u32, m: u32) -> DateTime<Utc> {
    date.and_hms_opt(h, m, 0).unwrap_or_default().and_utc()
}

/// The next weekday after `date`.
fn next_working_day(date: NaiveDate) -> NaiveDate {
    let mut d = date + Duration::days(1);
    while matches!(d.weekday(), Weekday::Sat | Weekday::Sun) {
        d += Duration::days(1);
    }
    d
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

    /// Two requests a week, Tuesdays and Thursdays from `from` to yesterday, each lived
    /// through on its own days; what falls due from today on is left open.
    pub(crate) fn demo_support_requests(
        &self,
        days: &ManualClock,
        session: &Session,
        from: NaiveDate,
        today: NaiveDate,
        seed: u64,
    ) -> Result<()> {
        let mut rng = ChaCha8Rng::seed_from_u64(seed ^ 0x5u64 << 40);
        let supported: Vec<i64> = {
            let db = self.store.read();
            let mut ids = Vec::new();
            for c in db.customer_summaries()? {
                if db.customer_support_plan(c.id, today)? != 1 {
                    ids.push(c.id);
                }
            }
            ids
        };
        if supported.is_empty() {
            return Ok(());
        }
        let cutoff = at(today, 0, 0);
        let mut steps: Vec<(DateTime<Utc>, usize, Step)> = Vec::new();
        let mut day = from;
        let mut k = 0;
        while day < today {
            if matches!(day.weekday(), Weekday::Tue | Weekday::Thu) {
                self.plan_request(&mut rng, &supported, day, k, cutoff, session, &mut steps)?;
                k += 1;
            }
            day += Duration::days(1);
        }
        steps.retain(|(when, _, _)| *when < cutoff);
        steps.sort_by_key(|(when, k, _)| (*when, *k));
        let mut ids: Vec<Option<i64>> = vec![None; k];
        for (when, k, step) in steps {
            days.set_instant(when);
            let id = ids[k];
            match (step, id) {
                (Step::Open(form), _) => {
                    ids[k] = Some(self.add_support_request(session, &form, Lang::Fr)?.id);
                }
                (Step::Reply, Some(id)) => self.note_support_request(
                    session,
                    id,
                    NoteKind::Reply,
                    "Bonjour, nous avons bien reçu votre demande et la traitons.",
                )?,
                (Step::Wait, Some(id)) => self.move_support_request(
                    session,
                    id,
                    RequestState::WaitingOnCustomer,
                    "Pouvez-vous nous indiquer le compte concerné ?",
                )?,
                (Step::Resume, Some(id)) => self.move_support_request(
                    session,
                    id,
                    RequestState::InProgress,
                    "Le client a répondu.",
                )?,
                (Step::Escalate(route, case), Some(id)) => {
                    let form = EscalationForm {
                        route,
                        case_number: case,
                        opened_on: String::new(),
                        note: "Incident transmis avec les journaux de connexion.".into(),
                    };
                    self.escalate_support_request(session, id, &form)?;
                }
                (Step::Microsoft, Some(id)) => self.note_support_request(
                    session,
                    id,
                    NoteKind::Microsoft,
                    "Microsoft confirme un incident de service et applique un correctif.",
                )?,
                (
                    Step::Log {
                        start,
                        minutes,
                        billable,
                    },
                    Some(id),
                ) => {
                    let form = TimeEntryForm {
                        request_id: id,
                        started_at: crate::support::instant(start),
                        ended_at: String::new(),
                        minutes: minutes.to_string(),
                        billable,
                        note: if billable {
                            "Diagnostic et correction"
                        } else {
                            "Suivi interne"
                        }
                        .into(),
                    };
                    self.log_support_time(session, &form)?;
                }
                (Step::Resolve, Some(id)) => {
                    self.move_support_request(session, id, RequestState::Resolved, "Résolu.")?
                }
                (Step::Close, Some(id)) => {
                    self.move_support_request(session, id, RequestState::Closed, "")?
                }
                (_, None) => {}
            }
        }
        Ok(())
    }

    /// The steps of the `k`-th request, opened on `day`.
    #[allow(clippy::too_many_arguments)]
    fn plan_request(
        &self,
        rng: &mut ChaCha8Rng,
        supported: &[i64],
        day: NaiveDate,
        k: usize,
        cutoff: DateTime<Utc>,
        session: &Session,
        steps: &mut Vec<(DateTime<Utc>, usize, Step)>,
    ) -> Result<()> {
        let customer_id = supported[rng.random_range(0..supported.len())];
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
        let resolve_on = next_working_day(next_working_day(day));
        let resolved = at(resolve_on, 13, 30);
        // A billing question names the invoice it is about; one still open today would
        // hold it in collections, so only those settled before today name one.
        let mut invoice_ids = Vec::new();
        if category == Category::Billing && resolved < cutoff {
            let filter = InvoiceFilter {
                state: None,
                customer_id: Some(customer_id),
                period: None,
                kind: None,
            };
            let issued_by = day.to_string();
            if let Some(inv) = self
                .invoices(session, &filter)?
                .into_iter()
                .filter(|i| {
                    i.issue_date
                        .as_deref()
                        .is_some_and(|d| *d < *issued_by.as_str())
                })
                .max_by(|a, b| a.issue_date.cmp(&b.issue_date))
            {
                invoice_ids.push(inv.id);
            }
        }
        let form = RequestForm {
            customer_id,
            contact_id: None,
            contact_name: String::new(),
            channel: *[Channel::Phone, Channel::Email, Channel::Portal]
                .get(rng.random_range(0..3))
                .unwrap_or(&Channel::Email),
            category,
            severity,
            subject: subject.into(),
            description: String::new(),
            invoice_ids,
            subscription_ids: vec![],
            opened_at: String::new(),
        };
        steps.push((at(day, 8, 40), k, Step::Open(Box::new(form))));
        steps.push((at(day, 9, 10), k, Step::Reply));
        let minutes = rng.random_range(2..9) * 15;
        let billable = rng.random_range(0..5) > 0;
        steps.push((
            at(day, 9, 20) + Duration::minutes(minutes + 5),
            k,
            Step::Log {
                start: at(day, 9, 20),
                minutes,
                billable,
            },
        ));
        if category == Category::Technical && severity <= Severity::High {
            let case = format!(
                "{}{:07}",
                day.format("%y%m%d"),
                rng.random_range(0..10_000_000)
            );
            steps.push((at(day, 11, 0), k, Step::Escalate(Route::PartnerCloud, case)));
            steps.push((at(next_working_day(day), 8, 30), k, Step::Microsoft));
        } else if rng.random_range(0..4) == 0 {
            steps.push((at(day, 11, 0), k, Step::Wait));
            steps.push((at(next_working_day(day), 9, 0), k, Step::Resume));
        }
        steps.push((resolved, k, Step::Resolve));
        steps.push((at(resolve_on + Duration::days(7), 10, 0), k, Step::Close));
        Ok(())
    }
}
