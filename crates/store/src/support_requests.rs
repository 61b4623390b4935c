//! Support requests: their numbers, links to invoices and subscriptions, timeline,
//! escalations to Microsoft, and the queue's reads.

use ardoise_domain::support::request::{parse_request_number, request_number, StateChange};
use ardoise_domain::support::{
    Category, Channel, EventKind, NewRequest, RequestState, Route, Severity,
};
use chrono::{DateTime, NaiveDate, Utc};
use rusqlite::{params, OptionalExtension, Row};

use crate::rows::{date, parsed};
use crate::support_plans::{instant, instant_opt, instant_text};
use crate::{unique, Db, Result, StoreError};

#[derive(Debug, Clone)]
pub struct RequestRecord {
    pub id: i64,
    pub number: String,
    pub customer_id: i64,
    pub customer_name: String,
    pub contact_id: Option<i64>,
    pub contact_name: Option<String>,
    pub channel: Channel,
    pub category: Category,
    pub severity: Severity,
    pub subject: String,
    pub description: String,
    pub plan_id: i64,
    pub assigned_to: Option<i64>,
    pub assigned_name: Option<String>,
    pub state: RequestState,
    pub opened_at: DateTime<Utc>,
    pub first_response_at: Option<DateTime<Utc>>,
    pub resolved_at: Option<DateTime<Utc>>,
    pub closed_at: Option<DateTime<Utc>>,
    /// Its clocks as they stood when it was resolved (the application's JSON).
    pub targets_at_resolution: Option<String>,
}

#[derive(Debug, Clone)]
pub struct LinkRecord {
    pub invoice_id: Option<i64>,
    pub invoice_number: Option<String>,
    pub subscription_id: Option<i64>,
    pub product_name: Option<String>,
    pub hold_id: Option<i64>,
    /// Whether that hold is still in force.
    pub held: bool,
}

#[derive(Debug, Clone)]
pub struct EventRecord {
    pub at: DateTime<Utc>,
    pub staff_id: Option<i64>,
    pub staff_name: Option<String>,
    pub kind: EventKind,
    pub from_state: Option<RequestState>,
    pub to_state: Option<RequestState>,
    pub body: String,
}

#[derive(Debug, Clone)]
pub struct EscalationRecord {
    pub route: Route,
    pub case_number: String,
    pub opened_on: NaiveDate,
    pub closed_on: Option<NaiveDate>,
}

/// Which requests a read returns; every field is a further condition.
#[derive(Debug, Clone, Default)]
pub struct RequestQuery {
    /// Empty: the open ones (neither resolved nor closed).
    pub states: Vec<RequestState>,
    pub severities: Vec<Severity>,
    pub customer_id: Option<i64>,
    pub assigned_to: Option<i64>,
}

const COLUMNS: &str = "r.id, r.number, r.customer_id, c.legal_name, r.contact_id, r.contact_name,
    r.channel, r.category, r.severity, r.subject, r.description, r.plan_id, r.assigned_to,
    s.display_name, r.state, r.opened_at, r.first_response_at, r.resolved_at, r.closed_at,
    r.targets_at_resolution";
const FROM: &str = "support_requests r JOIN customers c ON c.id = r.customer_id
    LEFT JOIN staff s ON s.id = r.assigned_to";

fn state(r: &Row<'_>, i: usize) -> rusqlite::Result<RequestState> {
    parsed(r, i, "state", RequestState::parse)
}

fn state_opt(r: &Row<'_>, i: usize) -> rusqlite::Result<Option<RequestState>> {
    match r.get::<_, Option<String>>(i)? {
        None => Ok(None),
        Some(_) => state(r, i).map(Some),
    }
}

fn request_row(r: &Row<'_>) -> rusqlite::Result<RequestRecord> {
    Ok(RequestRecord {
        id: r.get(0)?,
        number: r.get(1)?,
        customer_id: r.get(2)?,
        customer_name: r.get(3)?,
        contact_id: r.get(4)?,
        contact_name: r.get(5)?,
        channel: parsed(r, 6, "channel", Channel::parse)?,
        category: parsed(r, 7, "category", Category::parse)?,
        severity: parsed(r, 8, "severity", Severity::parse)?,
        subject: r.get(9)?,
        description: r.get(10)?,
        plan_id: r.get(11)?,
        assigned_to: r.get(12)?,
        assigned_name: r.get(13)?,
        state: state(r, 14)?,
        opened_at: instant(r, 15)?,
        first_response_at: instant_opt(r, 16)?,
        resolved_at: instant_opt(r, 17)?,
        closed_at: instant_opt(r, 18)?,
        targets_at_resolution: r.get(19)?,
    })
}

fn codes<T: Copy>(items: &[T], code: impl Fn(T) -> &'static str) -> String {
    items
        .iter()
        .map(|i| format!("'{}'", code(*i)))
        .collect::<Vec<_>>()
        .join(", ")
}

impl Db<'_> {
    /// The next number of `year`'s series, read inside the write transaction that uses
    /// it (the schema's UNIQUE refuses a number twice whatever happens).
    pub fn next_request_number(&self, year: i32) -> Result<String> {
        let last: Option<String> = self
            .conn
            .query_row(
                "SELECT number FROM support_requests WHERE number LIKE ?1
                 ORDER BY length(number) DESC, number DESC LIMIT 1",
                [format!("S-{year}-%")],
                |r| r.get(0),
            )
            .optional()?;
        let seq = last
            .as_deref()
            .and_then(parse_request_number)
            .map_or(0, |(_, s)| s);
        Ok(request_number(year, seq + 1))
    }

    pub fn insert_support_request(
        &self,
        number: &str,
        r: &NewRequest,
        plan_id: i64,
        created_by: i64,
    ) -> Result<i64> {
        self.conn
            .execute(
                "INSERT INTO support_requests (number, customer_id, contact_id, contact_name,
                    channel, category, severity, subject, description, plan_id, state,
                    opened_at, created_by)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, 'new', ?11, ?12)",
                params![
                    number,
                    r.customer_id,
                    r.contact_id,
                    r.contact_name,
                    r.channel.code(),
                    r.category.code(),
                    r.severity.code(),
                    r.subject,
                    r.description,
                    plan_id,
                    instant_text(r.opened_at),
                    created_by,
                ],
            )
            .map_err(unique("number"))?;
        Ok(self.conn.last_insert_rowid())
    }

    pub fn insert_request_link(
        &self,
        request_id: i64,
        invoice_id: Option<i64>,
        subscription_id: Option<i64>,
        hold_id: Option<i64>,
    ) -> Result<()> {
        self.conn.execute(
            "INSERT INTO support_request_links (request_id, invoice_id, subscription_id, hold_id)
             VALUES (?1, ?2, ?3, ?4)",
            params![request_id, invoice_id, subscription_id, hold_id],
        )?;
        Ok(())
    }

    /// The hold a reopened billing question put back on its invoice.
    pub fn set_link_hold(
        &self,
        request_id: i64,
        invoice_id: i64,
        hold_id: Option<i64>,
    ) -> Result<()> {
        self.conn.execute(
            "UPDATE support_request_links SET hold_id = ?3 WHERE request_id = ?1 AND invoice_id = ?2",
            params![request_id, invoice_id, hold_id],
        )?;
        Ok(())
    }

    pub fn request_links(&self, request_id: i64) -> Result<Vec<LinkRecord>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT l.invoice_id, i.number, l.subscription_id, p.name, l.hold_id,
                    h.id IS NOT NULL AND h.lifted_at IS NULL
             FROM support_request_links l
             LEFT JOIN invoices i ON i.id = l.invoice_id
             LEFT JOIN subscriptions s ON s.id = l.subscription_id
             LEFT JOIN products p ON p.id = s.product_id
             LEFT JOIN collection_holds h ON h.id = l.hold_id
             WHERE l.request_id = ?1 ORDER BY l.id",
        )?;
        let rows = stmt.query_map([request_id], |r| {
            Ok(LinkRecord {
                invoice_id: r.get(0)?,
                invoice_number: r.get(1)?,
                subscription_id: r.get(2)?,
                product_name: r.get(3)?,
                hold_id: r.get(4)?,
                held: r.get(5)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    #[allow(clippy::too_many_arguments)]
    pub fn insert_support_event(
        &self,
        request_id: i64,
        at: DateTime<Utc>,
        staff_id: Option<i64>,
        kind: EventKind,
        from: Option<RequestState>,
        to: Option<RequestState>,
        body: &str,
    ) -> Result<()> {
        self.conn.execute(
            "INSERT INTO support_events (request_id, at, staff_id, kind, from_state, to_state, body)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
            params![
                request_id,
                instant_text(at),
                staff_id,
                kind.code(),
                from.map(RequestState::code),
                to.map(RequestState::code),
                body,
            ],
        )?;
        Ok(())
    }

    pub fn support_events(&self, request_id: i64) -> Result<Vec<EventRecord>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT e.at, e.staff_id, s.display_name, e.kind, e.from_state, e.to_state, e.body
             FROM support_events e LEFT JOIN staff s ON s.id = e.staff_id
             WHERE e.request_id = ?1 ORDER BY e.at, e.id",
        )?;
        let rows = stmt.query_map([request_id], |r| {
            Ok(EventRecord {
                at: instant(r, 0)?,
                staff_id: r.get(1)?,
                staff_name: r.get(2)?,
                kind: parsed(r, 3, "event kind", EventKind::parse)?,
                from_state: state_opt(r, 4)?,
                to_state: state_opt(r, 5)?,
                body: r.get(6)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// The changes of state of the requests `query` selects, by request, in order: what
    /// their clocks' pauses are made of.
    pub fn state_changes(&self, query: &RequestQuery) -> Result<Vec<(i64, StateChange)>> {
        let (filter, args) = where_clause(query);
        let mut stmt = self.conn.prepare(&format!(
            "SELECT e.request_id, e.at, e.from_state, e.to_state FROM support_events e
             WHERE e.to_state IS NOT NULL AND e.from_state IS NOT NULL
               AND e.request_id IN (SELECT r.id FROM support_requests r WHERE {filter})
             ORDER BY e.request_id, e.at, e.id"
        ))?;
        let rows = stmt.query_map(rusqlite::params_from_iter(args), |r| {
            Ok((
                r.get(0)?,
                StateChange {
                    at: instant(r, 1)?,
                    from: state(r, 2)?,
                    to: state(r, 3)?,
                },
            ))
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// One request's changes of state, in order.
    pub fn request_state_changes(&self, request_id: i64) -> Result<Vec<StateChange>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT at, from_state, to_state FROM support_events
             WHERE request_id = ?1 AND to_state IS NOT NULL AND from_state IS NOT NULL
             ORDER BY at, id",
        )?;
        let rows = stmt.query_map([request_id], |r| {
            Ok(StateChange {
                at: instant(r, 0)?,
                from: state(r, 1)?,
                to: state(r, 2)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    pub fn support_request(&self, id: i64) -> Result<RequestRecord> {
        self.conn
            .query_row(
                &format!("SELECT {COLUMNS} FROM {FROM} WHERE r.id = ?1"),
                [id],
                request_row,
            )
            .optional()?
            .ok_or(StoreError::NotFound("support request"))
    }

    pub fn support_request_by_number(&self, number: &str) -> Result<RequestRecord> {
        self.conn
            .query_row(
                &format!("SELECT {COLUMNS} FROM {FROM} WHERE r.number = ?1"),
                [number.trim()],
                request_row,
            )
            .optional()?
            .ok_or(StoreError::NotFound("support request"))
    }

    pub fn support_requests(&self, query: &RequestQuery) -> Result<Vec<RequestRecord>> {
        let (filter, args) = where_clause(query);
        let mut stmt = self.conn.prepare(&format!(
            "SELECT {COLUMNS} FROM {FROM} WHERE {filter} ORDER BY r.opened_at, r.id"
        ))?;
        let rows = stmt.query_map(rusqlite::params_from_iter(args), request_row)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Every request opened in [from, to), any state: the report's.
    pub fn support_requests_opened(
        &self,
        from: DateTime<Utc>,
        to: DateTime<Utc>,
    ) -> Result<Vec<RequestRecord>> {
        let mut stmt = self.conn.prepare(&format!(
            "SELECT {COLUMNS} FROM {FROM} WHERE r.opened_at >= ?1 AND r.opened_at < ?2
             ORDER BY r.opened_at, r.id"
        ))?;
        let rows = stmt.query_map(params![instant_text(from), instant_text(to)], request_row)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Moves the request to `to` at `at`: resolving stamps `resolved_at` (reopening
    /// clears it), closing stamps `closed_at`.
    pub fn set_request_state(&self, id: i64, to: RequestState, at: DateTime<Utc>) -> Result<()> {
        let at = instant_text(at);
        self.conn.execute(
            "UPDATE support_requests SET state = ?2,
                resolved_at = CASE WHEN ?2 = 'resolved' THEN ?3
                                   WHEN ?2 = 'closed' THEN COALESCE(resolved_at, ?3)
                                   ELSE NULL END,
                closed_at = CASE WHEN ?2 = 'closed' THEN ?3 ELSE NULL END
             WHERE id = ?1",
            params![id, to.code(), at],
        )?;
        Ok(())
    }

    /// The first time the customer heard back; later replies change nothing.
    pub fn mark_first_response(&self, id: i64, at: DateTime<Utc>) -> Result<()> {
        self.conn.execute(
            "UPDATE support_requests SET first_response_at = ?2
             WHERE id = ?1 AND first_response_at IS NULL",
            params![id, instant_text(at)],
        )?;
        Ok(())
    }

    pub fn assign_request(&self, id: i64, staff_id: Option<i64>) -> Result<()> {
        self.conn.execute(
            "UPDATE support_requests SET assigned_to = ?2 WHERE id = ?1",
            params![id, staff_id],
        )?;
        Ok(())
    }

    pub fn insert_escalation(
        &self,
        request_id: i64,
        route: Route,
        case_number: &str,
        opened_on: NaiveDate,
    ) -> Result<()> {
        self.conn
            .execute(
                "INSERT INTO support_escalations (request_id, route, case_number, opened_on)
                 VALUES (?1, ?2, ?3, ?4)",
                params![request_id, route.code(), case_number, opened_on.to_string()],
            )
            .map_err(unique("case_number"))?;
        Ok(())
    }

    /// Microsoft's cases of a request still open are closed on `on` (it was resolved).
    pub fn close_escalations(&self, request_id: i64, on: NaiveDate) -> Result<()> {
        self.conn.execute(
            "UPDATE support_escalations SET closed_on = ?2
             WHERE request_id = ?1 AND closed_on IS NULL",
            params![request_id, on.to_string()],
        )?;
        Ok(())
    }

    pub fn escalations(&self, request_id: i64) -> Result<Vec<EscalationRecord>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT route, case_number, opened_on, closed_on FROM support_escalations
             WHERE request_id = ?1 ORDER BY id",
        )?;
        let rows = stmt.query_map([request_id], |r| {
            Ok(EscalationRecord {
                route: parsed(r, 0, "route", Route::parse)?,
                case_number: r.get(1)?,
                opened_on: date(r, 2)?,
                closed_on: match r.get::<_, Option<String>>(3)? {
                    None => None,
                    Some(_) => Some(date(r, 3)?),
                },
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }
}

/// The SQL condition of a query over `support_requests r`, and its arguments. States
/// and severities are codes of closed lists, written in; ids are bound.
fn where_clause(q: &RequestQuery) -> (String, Vec<i64>) {
    let mut parts = Vec::new();
    let mut args = Vec::new();
    // The open states named (not "not resolved or closed"), so that the index on the
    // state finds the few open requests among years of closed ones.
    let states: Vec<RequestState> = if q.states.is_empty() {
        RequestState::ALL
            .iter()
            .copied()
            .filter(|s| s.is_open())
            .collect()
    } else {
        q.states.clone()
    };
    parts.push(format!(
        "r.state IN ({})",
        codes(&states, RequestState::code)
    ));
    if !q.severities.is_empty() {
        parts.push(format!(
            "r.severity IN ({})",
            codes(&q.severities, Severity::code)
        ));
    }
    if let Some(c) = q.customer_id {
        args.push(c);
        parts.push(format!("r.customer_id = ?{}", args.len()));
    }
    if let Some(s) = q.assigned_to {
        args.push(s);
        parts.push(format!("r.assigned_to = ?{}", args.len()));
    }
    (parts.join(" AND "), args)
}
