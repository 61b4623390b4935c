//! Time spent on requests: entries typed, and the start/stop timer kept in the book (it
//! survives closing the window or a crash).

use ardoise_domain::support::time_form::minutes_between;
use ardoise_domain::support::timer_cut::timer_span;
use ardoise_domain::support::{SupportProblem, TimeEntryForm};
use ardoise_domain::words::tr;
use ardoise_domain::{Invalid, Lang};
use chrono::{Duration, Timelike};
use serde_json::json;

use super::{instant, workable};
use crate::transport_support::TimerView;
use crate::{AppError, Ardoise, Audit, Permission, Result, Session};

impl Ardoise {
    /// Logs time on a request (not a closed one) for the acting staff member.
    pub fn log_support_time(&self, session: &Session, form: &TimeEntryForm) -> Result<i64> {
        session.require(Permission::WorkSupport)?;
        let now = self.clock.now();
        let entry = form.validate(now)?;
        self.write(
            session,
            Audit {
                action: "support_time.log",
                entity: "support_request",
                entity_id: Some(form.request_id),
                detail: json!(form),
            },
            |db| {
                let r = db.support_request(entry.request_id)?;
                workable(r.state, "request_id")?;
                // The request's opening is to the second, typed times to the minute.
                let opened = r.opened_at - Duration::seconds(i64::from(r.opened_at.second()));
                if entry.started_at < opened {
                    let problem = SupportProblem::BeforeOpened;
                    return Err(Invalid::one("started_at", problem.into()).into());
                }
                // One person's time counted twice would be billed twice.
                if db.staff_time_overlaps(session.staff_id, entry.started_at, entry.ended_at)? {
                    let problem = SupportProblem::OverlapsOtherTime;
                    return Err(Invalid::one("started_at", problem.into()).into());
                }
                Ok(db.insert_time_entry(session.staff_id, &entry, now)?)
            },
        )
    }

    pub fn start_support_timer(&self, session: &Session, request_id: i64) -> Result<TimerView> {
        session.require(Permission::WorkSupport)?;
        let now = self.clock.now();
        self.write(
            session,
            Audit {
                action: "support_timer.start",
                entity: "support_request",
                entity_id: Some(request_id),
                detail: json!({}),
            },
            |db| {
                let r = db.support_request(request_id)?;
                workable(r.state, "request_id")?;
                if db.timer(session.staff_id)?.is_some() {
                    return Err(Invalid::one(
                        "request_id",
                        SupportProblem::TimerAlreadyRunning.into(),
                    )
                    .into());
                }
                db.start_timer(session.staff_id, request_id, now)?;
                Ok(())
            },
        )?;
        self.support_timer(session)?
            .ok_or(AppError::NotFound("timer"))
    }

    /// Stops the timer and logs the time it ran. A timer forgotten (stopped on a later
    /// local day, or after 12 hours) bills nothing: its entry is cut and recorded not
    /// billable, with a note saying so, for the agent to log the real time by hand.
    pub fn stop_support_timer(&self, session: &Session, billable: bool, note: &str) -> Result<i64> {
        session.require(Permission::WorkSupport)?;
        let now = self.clock.now();
        let lang = self.language()?.unwrap_or(Lang::Fr);
        let (timer, zone) = {
            let db = self.store.read();
            let timer = db
                .timer(session.staff_id)?
                .ok_or_else(|| Invalid::one("timer", SupportProblem::NoTimerRunning.into()))?;
            let plan = db.support_plan(db.support_request(timer.request_id)?.plan_id)?;
            (timer, super::calendar_of(&plan.plan).zone())
        };
        let span = timer_span(timer.started_at, now, zone);
        let (billable, note) = if span.forgotten {
            let local = |at: chrono::DateTime<chrono::Utc>| {
                at.with_timezone(&zone).format("%d/%m/%Y %H:%M").to_string()
            };
            let warning = tr!(
                lang,
                SUPPORT_GUARD_TIMER_FORGOTTEN,
                started = local(timer.started_at),
                stopped = local(now),
                ended = local(span.ended_at)
            );
            let note = if note.trim().is_empty() {
                warning
            } else {
                format!("{warning} {}", note.trim())
            };
            (false, note)
        } else {
            (billable, note.to_string())
        };
        let minutes = span.minutes;
        let form = TimeEntryForm {
            request_id: timer.request_id,
            started_at: instant(timer.started_at),
            ended_at: String::new(),
            minutes: minutes.to_string(),
            billable,
            note,
        };
        // The end may pass `now` by the rounding to a whole minute: checked against it.
        let entry = form.validate(now + Duration::minutes(1))?;
        self.write(
            session,
            Audit {
                action: "support_timer.stop",
                entity: "support_request",
                entity_id: Some(timer.request_id),
                detail: json!(form),
            },
            |db| {
                // The timer read again inside the transaction: another window may have
                // stopped it meanwhile.
                if db.timer(session.staff_id)?.as_ref() != Some(&timer) {
                    return Err(Invalid::one("timer", SupportProblem::NoTimerRunning.into()).into());
                }
                db.delete_timer(session.staff_id)?;
                let r = db.support_request(timer.request_id)?;
                workable(r.state, "request_id")?;
                Ok(db.insert_time_entry(session.staff_id, &entry, now)?)
            },
        )
    }

    /// The acting staff member's running timer, if any.
    pub fn support_timer(&self, session: &Session) -> Result<Option<TimerView>> {
        session.require(Permission::ViewBook)?;
        let now = self.clock.now();
        let db = self.store.read();
        let Some(t) = db.timer(session.staff_id)? else {
            return Ok(None);
        };
        let r = db.support_request(t.request_id)?;
        Ok(Some(TimerView {
            request_id: t.request_id,
            number: r.number,
            subject: r.subject,
            customer_name: r.customer_name,
            started_at: instant(t.started_at),
            elapsed_minutes: minutes_between(t.started_at, now).max(0),
        }))
    }
}
