//! Bulk writes of support requests as history, for the support benchmark. The
//! application never calls these: real requests are numbered and logged one by one
//! through `support_requests.rs`. Rows written here are what the queue and the request
//! page read: the request, its timeline (the pauses are its moves to and from waiting on
//! the customer) and each customer's plan.

use chrono::{DateTime, NaiveDate, Utc};
use rusqlite::params;

use crate::{Db, Result};

/// A request as history, with its codes as stored.
#[derive(Debug, Clone)]
pub struct HistoricRequest {
    pub number: String,
    pub customer_id: i64,
    pub plan_id: i64,
    pub channel: &'static str,
    pub category: &'static str,
    pub severity: &'static str,
    pub subject: String,
    pub state: &'static str,
    pub opened_at: DateTime<Utc>,
    pub first_response_at: Option<DateTime<Utc>>,
    pub resolved_at: Option<DateTime<Utc>>,
    pub closed_at: Option<DateTime<Utc>>,
    /// Times spent waiting on the customer: from, and until (None: still waiting).
    pub pauses: Vec<(DateTime<Utc>, Option<DateTime<Utc>>)>,
}

fn at(t: DateTime<Utc>) -> String {
    t.to_rfc3339_opts(chrono::SecondsFormat::Secs, true)
}

impl Db<'_> {
    /// Puts a customer on a plan from a date on.
    pub fn insert_historic_customer_plan(
        &self,
        customer_id: i64,
        plan_id: i64,
        from: NaiveDate,
    ) -> Result<()> {
        let mut stmt = self.conn.prepare_cached(
            "INSERT INTO customer_support_plans (customer_id, plan_id, effective_from)
             VALUES (?1, ?2, ?3)
             ON CONFLICT (customer_id, effective_from) DO UPDATE SET plan_id = excluded.plan_id",
        )?;
        stmt.execute(params![customer_id, plan_id, from.to_string()])?;
        Ok(())
    }

    /// One request and its timeline, as staff member 1 (the built-in administrator).
    pub fn insert_historic_request(&self, r: &HistoricRequest) -> Result<i64> {
        let mut stmt = self.conn.prepare_cached(
            "INSERT INTO support_requests (number, customer_id, channel, category, severity,
                subject, plan_id, state, opened_at, first_response_at, resolved_at, closed_at,
                created_by)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, 1)",
        )?;
        stmt.execute(params![
            r.number,
            r.customer_id,
            r.channel,
            r.category,
            r.severity,
            r.subject,
            r.plan_id,
            r.state,
            at(r.opened_at),
            r.first_response_at.map(at),
            r.resolved_at.map(at),
            r.closed_at.map(at),
        ])?;
        let id = self.conn.last_insert_rowid();
        let mut event = self.conn.prepare_cached(
            "INSERT INTO support_events (request_id, at, staff_id, kind, from_state, to_state)
             VALUES (?1, ?2, 1, ?3, ?4, ?5)",
        )?;
        event.execute(params![id, at(r.opened_at), "opened", None::<&str>, "new"])?;
        let mut state = "new";
        let mut moves: Vec<(DateTime<Utc>, &str)> = Vec::new();
        if let Some(t) = r.first_response_at {
            moves.push((t, "in_progress"));
        }
        for (from, to) in &r.pauses {
            moves.push((*from, "waiting_on_customer"));
            if let Some(to) = to {
                moves.push((*to, "in_progress"));
            }
        }
        for (t, to) in [(r.resolved_at, "resolved"), (r.closed_at, "closed")] {
            if let Some(t) = t {
                moves.push((t, to));
            }
        }
        // A state reached without a dated move (escalated) is the last move's.
        if moves.last().map_or("new", |m| m.1) != r.state {
            moves.push((moves.last().map_or(r.opened_at, |m| m.0), r.state));
        }
        for (t, to) in moves {
            event.execute(params![id, at(t), "state", state, to])?;
            state = to;
        }
        Ok(id)
    }
}
