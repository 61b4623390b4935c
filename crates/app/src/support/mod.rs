//! The support desk's use cases: plans and the routes held (`plans.rs`), requests and
//! their timeline (`requests.rs`), escalation to Microsoft (`escalation.rs`), time and
//! timers (`time.rs`), and the queue, Today's list and the report (`queue.rs`).

pub(crate) mod billing;
pub(crate) mod clocks;
mod escalation;
mod plans;
mod queue;
mod requests;
mod resolution;
mod sheet;
mod time;

use std::collections::HashMap;

use ardoise_domain::support::request::{waiting_intervals, StateChange};
use ardoise_domain::support::{evaluate, Pause, ServiceCalendar, SlaInput, SupportPlan};
use ardoise_store::{Db, RequestRecord};
use chrono::{DateTime, Utc};

use crate::transport_support::{QueueRow, TargetView};

/// Refuses work on a closed request, on `field` (the request the form names).
pub(crate) fn workable(
    state: ardoise_domain::support::RequestState,
    field: &str,
) -> crate::Result<()> {
    ardoise_domain::support::request::check_workable(state)
        .map_err(|p| ardoise_domain::Invalid::one(field, p.into()).into())
}

/// An instant as it crosses to the window.
pub(crate) fn instant(at: DateTime<Utc>) -> String {
    at.to_rfc3339_opts(chrono::SecondsFormat::Secs, true)
}

/// A plan's calendar: its hours in its time zone. A zone the book holds that this
/// Ardoise does not know (changed by hand) counts in UTC rather than failing the queue.
pub(crate) fn calendar_of(plan: &SupportPlan) -> ServiceCalendar {
    ServiceCalendar::of_terms(&plan.terms).unwrap_or_else(|_| {
        let utc = ardoise_domain::support::PlanTerms {
            time_zone: "UTC".into(),
            ..plan.terms.clone()
        };
        ServiceCalendar::of_terms(&utc).unwrap_or_else(|_| ServiceCalendar::around_the_clock())
    })
}

/// The plans of the book with their calendars, built once per read.
pub(crate) struct Plans {
    plans: HashMap<i64, (SupportPlan, ServiceCalendar)>,
}

impl Plans {
    pub(crate) fn load(db: &Db<'_>) -> crate::Result<Plans> {
        Ok(Plans {
            plans: db
                .support_plans_all()?
                .into_iter()
                .map(|r| {
                    let cal = calendar_of(&r.plan);
                    (r.plan.id, (r.plan, cal))
                })
                .collect(),
        })
    }

    pub(crate) fn get(&self, id: i64) -> Option<&(SupportPlan, ServiceCalendar)> {
        self.plans.get(&id)
    }
}

/// A request's row with its clocks at `now`: `changes` are its changes of state, in
/// order (the waits on the customer pause its clocks).
pub(crate) fn queue_row(
    r: RequestRecord,
    plans: &Plans,
    changes: &[StateChange],
    now: DateTime<Utc>,
) -> QueueRow {
    let target = plans.get(r.plan_id).and_then(|(plan, cal)| {
        if plan.terms.no_support {
            return None;
        }
        plan.target(r.severity).map(|t| (cal, *t))
    });
    let pauses: Vec<Pause> = waiting_intervals(changes)
        .into_iter()
        .map(|(from, to)| Pause { from, to })
        .collect();
    let sla = target.map(|(cal, t)| {
        evaluate(
            cal,
            &t,
            &SlaInput {
                opened_at: r.opened_at,
                first_response_at: r.first_response_at,
                resolved_at: r.resolved_at,
                pauses: &pauses,
            },
            now,
        )
    });
    let view = |t: &ardoise_domain::support::Target| TargetView {
        due: t.due.map(instant),
        met_at: t.met_at.map(instant),
        remaining_minutes: t.remaining_minutes,
        breached: t.breached,
    };
    // A resolved request reads its clocks as they stood then, not its plan's today.
    let (first_response, resolution) = match resolution::kept_targets(&r) {
        Some(kept) => (kept.first_response, kept.resolution),
        None => (
            sla.as_ref().map(|s| view(&s.first_response)),
            sla.as_ref().map(|s| view(&s.resolution)),
        ),
    };
    let breached = [&first_response, &resolution]
        .iter()
        .any(|t| t.as_ref().is_some_and(|t| t.breached));
    // The next clock to run out: the first response until it is met, then resolution.
    let remaining_minutes = match &first_response {
        Some(f) if f.met_at.is_none() => f.remaining_minutes,
        Some(_) => resolution.as_ref().and_then(|t| t.remaining_minutes),
        None => None,
    };
    QueueRow {
        id: r.id,
        number: r.number,
        customer_id: r.customer_id,
        customer_name: r.customer_name,
        subject: r.subject,
        category: r.category,
        severity: r.severity,
        state: r.state,
        assigned_to: r.assigned_to,
        assigned_name: r.assigned_name,
        opened_at: instant(r.opened_at),
        first_response,
        resolution,
        breached,
        paused: r.state.pauses_clock(),
        remaining_minutes,
    }
}
