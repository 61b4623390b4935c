//! Escalating a request to Microsoft: on a route the partner holds, with Microsoft's case
//! number; the request waits on Microsoft (its clocks keep running: the customer still
//! waits on the partner).

use ardoise_domain::support::request::check_escalation;
use ardoise_domain::support::{EscalationForm, EventKind, RequestState, Route, SupportProblem};
use ardoise_domain::Invalid;
use serde_json::json;

use crate::{Ardoise, Audit, Permission, Result, Session};

impl Ardoise {
    pub fn escalate_support_request(
        &self,
        session: &Session,
        id: i64,
        form: &EscalationForm,
    ) -> Result<()> {
        session.require(Permission::WorkSupport)?;
        let escalation = form.validate(self.today())?;
        let now = self.clock.now();
        self.write(
            session,
            Audit {
                action: "support_request.escalate",
                entity: "support_request",
                entity_id: Some(id),
                detail: json!(form),
            },
            |db| {
                let r = db.support_request(id)?;
                let held: Vec<Route> = db.held_routes()?.into_iter().map(|h| h.0).collect();
                check_escalation(r.state, escalation.route, &held)
                    .map_err(|(field, p)| Invalid::one(field, p.into()))?;
                // Commercial support is every customer's; the others only their plan's.
                let plan = db.support_plan(r.plan_id)?.plan;
                if escalation.route != Route::Commercial
                    && !plan.terms.escalation_routes.contains(&escalation.route)
                {
                    let problem = SupportProblem::RouteNotInPlan {
                        route: escalation.route,
                    };
                    return Err(Invalid::one("route", problem.into()).into());
                }
                if escalation.opened_on < r.opened_at.date_naive() {
                    let problem = SupportProblem::BeforeOpened;
                    return Err(Invalid::one("opened_on", problem.into()).into());
                }
                db.insert_escalation(
                    id,
                    escalation.route,
                    &escalation.case_number,
                    escalation.opened_on,
                )?;
                if r.state != RequestState::Escalated {
                    db.set_request_state(id, RequestState::Escalated, now)?;
                }
                db.insert_support_event(
                    id,
                    now,
                    Some(session.staff_id),
                    EventKind::Escalated,
                    Some(r.state),
                    Some(RequestState::Escalated),
                    &escalation.note,
                )?;
                Ok(())
            },
        )
    }
}
