//! Every request's due times at once: what the desk must learn again when a plan's hours
//! change. A request resolved or closed keeps the clocks it had then (`resolution.rs`)
//! and is left out; every other clock counts on the new calendar. The queue
//! computes the same clocks for the rows it shows, with names and subjects; this reads
//! only what the clocks are made of (`ardoise_store::support_clocks`) and builds each
//! plan's calendar once.

use ardoise_domain::support::request::{waiting_intervals, StateChange};
use ardoise_domain::support::{evaluate, Pause, Severity, Sla, SlaInput};
use serde::Serialize;

use super::Plans;
use crate::{AppError, Ardoise, Permission, Result, Session};

/// A request's two clocks at the moment they were computed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct DueTimes {
    pub request_id: i64,
    pub plan_id: i64,
    pub severity: Severity,
    /// `None` when its plan sets no target for it (the "no support" plan).
    pub sla: Option<Sla>,
}

impl Ardoise {
    /// The due times of every request opened under `plan_id` (all plans: `None`) whose
    /// clocks still count (not kept at its resolution), by request id, evaluated now:
    /// due, met, time left, breached.
    pub fn support_due_times(
        &self,
        session: &Session,
        plan_id: Option<i64>,
    ) -> Result<Vec<DueTimes>> {
        session.require(Permission::ViewBook)?;
        let now = self.clock.now();
        self.store.snapshot(|db| {
            let plans = Plans::load(db)?;
            let requests = db.request_clocks(plan_id)?;
            let waits = db.waiting_changes()?;
            // Both are in request id order: one pass pairs each request with its waits
            // (waits of requests not read, another plan's, are stepped over).
            let mut waits = waits.as_slice();
            let mut changes: Vec<StateChange> = Vec::new();
            let mut out = Vec::with_capacity(requests.len());
            for r in requests {
                let skip = waits.partition_point(|(id, _)| *id < r.id);
                waits = &waits[skip..];
                let mine = waits.partition_point(|(id, _)| *id == r.id);
                changes.clear();
                changes.extend(waits[..mine].iter().map(|(_, c)| *c));
                waits = &waits[mine..];
                let pauses: Vec<Pause> = if changes.is_empty() {
                    Vec::new()
                } else {
                    waiting_intervals(&changes)
                        .into_iter()
                        .map(|(from, to)| Pause { from, to })
                        .collect()
                };
                let sla = plans.get(r.plan_id).and_then(|(plan, cal)| {
                    if plan.terms.no_support {
                        return None;
                    }
                    let target = plan.target(r.severity)?;
                    Some(evaluate(
                        cal,
                        target,
                        &SlaInput {
                            opened_at: r.opened_at,
                            first_response_at: r.first_response_at,
                            resolved_at: r.resolved_at,
                            pauses: &pauses,
                        },
                        now,
                    ))
                });
                out.push(DueTimes {
                    request_id: r.id,
                    plan_id: r.plan_id,
                    severity: r.severity,
                    sla,
                });
            }
            Ok::<_, AppError>(out)
        })
    }
}
