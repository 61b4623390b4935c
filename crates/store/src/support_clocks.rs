//! What the requests' clocks are computed from, and nothing else: read in bulk when a
//! plan's hours change and every due time must be computed again. The queue's read
//! (`support_requests.rs`) carries names, subjects and every state change; at hundreds of
//! thousands of requests, reading and parsing those is most of the time, so this read
//! takes only the columns the clocks need, borrows each text instead of copying it, and
//! reads the instants written by this Ardoise without the general RFC 3339 parser.

use ardoise_domain::support::request::StateChange;
use ardoise_domain::support::{RequestState, Severity};
use chrono::{DateTime, NaiveDate, Utc};
use rusqlite::types::{Type, ValueRef};
use rusqlite::Row;

use crate::{Db, Result};

/// A request as its clocks see it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ClockRecord {
    pub id: i64,
    pub plan_id: i64,
    pub severity: Severity,
    pub opened_at: DateTime<Utc>,
    pub first_response_at: Option<DateTime<Utc>>,
    pub resolved_at: Option<DateTime<Utc>>,
}

fn corrupt(i: usize, what: &str, value: &[u8]) -> rusqlite::Error {
    rusqlite::Error::FromSqlConversionFailure(
        i,
        Type::Text,
        format!("{what}: {:?}", String::from_utf8_lossy(value)).into(),
    )
}

fn digits(b: &[u8]) -> Option<u32> {
    b.iter().try_fold(0u32, |n, c| {
        c.is_ascii_digit().then(|| n * 10 + u32::from(c - b'0'))
    })
}

/// `2026-12-05T08:33:52Z`, the form every instant is written in (`instant_text`), read
/// field by field; anything else (typed by hand into the book) through chrono.
fn parse_instant(b: &[u8]) -> Option<DateTime<Utc>> {
    let fixed = || {
        if b.len() != 20
            || b[4] != b'-'
            || b[7] != b'-'
            || b[10] != b'T'
            || b[13] != b':'
            || b[16] != b':'
            || b[19] != b'Z'
        {
            return None;
        }
        let date = NaiveDate::from_ymd_opt(
            i32::try_from(digits(&b[0..4])?).ok()?,
            digits(&b[5..7])?,
            digits(&b[8..10])?,
        )?;
        let at = date.and_hms_opt(
            digits(&b[11..13])?,
            digits(&b[14..16])?,
            digits(&b[17..19])?,
        )?;
        Some(at.and_utc())
    };
    fixed().or_else(|| {
        let s = std::str::from_utf8(b).ok()?;
        DateTime::parse_from_rfc3339(s)
            .ok()
            .map(|d| d.with_timezone(&Utc))
    })
}

fn instant_opt(r: &Row<'_>, i: usize) -> rusqlite::Result<Option<DateTime<Utc>>> {
    match r.get_ref(i)? {
        ValueRef::Null => Ok(None),
        ValueRef::Text(b) => parse_instant(b)
            .map(Some)
            .ok_or_else(|| corrupt(i, "instant", b)),
        _ => Err(rusqlite::Error::InvalidColumnType(
            i,
            "instant".into(),
            Type::Text,
        )),
    }
}

fn instant(r: &Row<'_>, i: usize) -> rusqlite::Result<DateTime<Utc>> {
    instant_opt(r, i)?.ok_or(rusqlite::Error::InvalidColumnType(
        i,
        "instant".into(),
        Type::Null,
    ))
}

fn code<T>(r: &Row<'_>, i: usize, what: &str, parse: fn(&str) -> Option<T>) -> rusqlite::Result<T> {
    let b = r.get_ref(i)?.as_bytes()?;
    std::str::from_utf8(b)
        .ok()
        .and_then(parse)
        .ok_or_else(|| corrupt(i, what, b))
}

impl Db<'_> {
    /// The clocks' facts of every request, or of those opened under `plan_id`, by id.
    pub fn request_clocks(&self, plan_id: Option<i64>) -> Result<Vec<ClockRecord>> {
        // Two statements rather than `?1 IS NULL OR plan_id = ?1`: each is planned as
        // the plain scan it is.
        let sql = match plan_id {
            None => {
                "SELECT id, plan_id, severity, opened_at, first_response_at, resolved_at
                 FROM support_requests WHERE targets_at_resolution IS NULL
                   OR state NOT IN ('resolved', 'closed') ORDER BY id"
            }
            Some(_) => {
                "SELECT id, plan_id, severity, opened_at, first_response_at, resolved_at
                 FROM support_requests WHERE plan_id = ?1 AND (targets_at_resolution IS NULL
                   OR state NOT IN ('resolved', 'closed')) ORDER BY id"
            }
        };
        let mut stmt = self.conn.prepare_cached(sql)?;
        let read = |r: &Row<'_>| {
            Ok(ClockRecord {
                id: r.get(0)?,
                plan_id: r.get(1)?,
                severity: code(r, 2, "severity", Severity::parse)?,
                opened_at: instant(r, 3)?,
                first_response_at: instant_opt(r, 4)?,
                resolved_at: instant_opt(r, 5)?,
            })
        };
        let rows = match plan_id {
            None => stmt.query_map([], read)?.collect::<rusqlite::Result<_>>()?,
            Some(p) => stmt
                .query_map([p], read)?
                .collect::<rusqlite::Result<_>>()?,
        };
        Ok(rows)
    }

    /// The changes of state into or out of waiting on the customer, of every request,
    /// by request then in order: the only changes that start or end a pause of the
    /// clocks (`waiting_intervals` ignores every other).
    pub fn waiting_changes(&self) -> Result<Vec<(i64, StateChange)>> {
        // Named: the planner would rather walk the index of the whole timeline, which
        // gives the order too but looks up every event; this one holds only the waits,
        // in order, with their states (migration 009's WHERE is this query's).
        let mut stmt = self.conn.prepare_cached(
            "SELECT request_id, at, from_state, to_state
             FROM support_events INDEXED BY support_events_waiting
             WHERE (from_state = 'waiting_on_customer' OR to_state = 'waiting_on_customer')
               AND from_state IS NOT NULL AND to_state IS NOT NULL
             ORDER BY request_id, at, id",
        )?;
        let rows = stmt.query_map([], |r| {
            Ok((
                r.get(0)?,
                StateChange {
                    at: instant(r, 1)?,
                    from: code(r, 2, "state", RequestState::parse)?,
                    to: code(r, 3, "state", RequestState::parse)?,
                },
            ))
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }
}

#[cfg(test)]
mod tests {
    use super::parse_instant;
    use chrono::{DateTime, Utc};

    #[test]
    fn instants_read_as_chrono_reads_them() {
        for s in [
            "2026-12-05T08:33:52Z",
            "2000-02-29T00:00:00Z",
            "2099-12-31T23:59:59Z",
            "2026-03-29T01:59:59+00:00",
            "2026-10-25T02:30:00+02:00",
            "2026-12-05 08:33:52Z",
            "2026-12-31T23:59:60Z",
        ] {
            let chrono = DateTime::parse_from_rfc3339(s).unwrap().with_timezone(&Utc);
            assert_eq!(parse_instant(s.as_bytes()), Some(chrono), "{s}");
        }
        for s in [
            "2026-02-30T08:00:00Z",
            "2026-12-05T24:00:00Z",
            "2026-12-05T08:33:5xZ",
            "2026-12-05T08:33Z",
            "",
        ] {
            assert_eq!(parse_instant(s.as_bytes()), None, "{s}");
        }
    }

    /// Every instant this Ardoise writes, over the whole range of dates it accepts,
    /// on a step prime to the day's length: every second of the day is visited in turn.
    #[test]
    fn any_written_instant_reads_back() {
        let mut secs = 946_684_800i64;
        while secs < 4_102_444_800 {
            let at = DateTime::from_timestamp(secs, 0).unwrap();
            let text = at.to_rfc3339_opts(chrono::SecondsFormat::Secs, true);
            assert_eq!(parse_instant(text.as_bytes()), Some(at), "{text}");
            secs += 90_007;
        }
    }
}
