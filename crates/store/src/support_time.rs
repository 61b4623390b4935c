//! Time spent on requests: entries, the running timers (in the book, so a timer survives
//! a restart), and the hours by customer and month.

use ardoise_domain::support::TimeEntry;
use chrono::{DateTime, Utc};
use rusqlite::{params, OptionalExtension};

use crate::support_plans::{instant, instant_text};
use crate::{Db, Result, StoreError};

#[derive(Debug, Clone)]
pub struct TimeRecord {
    pub id: i64,
    pub request_id: i64,
    pub staff_id: i64,
    pub staff_name: String,
    pub started_at: DateTime<Utc>,
    pub ended_at: DateTime<Utc>,
    pub minutes: i64,
    pub billable: bool,
    pub note: String,
    /// Whether a billing run has billed it.
    pub billed: bool,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TimerRecord {
    pub staff_id: i64,
    pub request_id: i64,
    pub started_at: DateTime<Utc>,
}

/// A time entry as the report of hours counts it: the month it falls in is the month of
/// its start in its request's plan's time zone, which only the application can compute.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TimeLogged {
    pub customer_id: i64,
    pub customer_name: String,
    pub time_zone: String,
    pub started_at: DateTime<Utc>,
    pub minutes: i64,
    pub billable: bool,
}

impl Db<'_> {
    pub fn insert_time_entry(
        &self,
        staff_id: i64,
        e: &TimeEntry,
        now: DateTime<Utc>,
    ) -> Result<i64> {
        self.conn.execute(
            "INSERT INTO support_time_entries (request_id, staff_id, started_at, ended_at,
                minutes, billable, note, created_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
            params![
                e.request_id,
                staff_id,
                instant_text(e.started_at),
                instant_text(e.ended_at),
                e.minutes,
                e.billable,
                e.note,
                instant_text(now),
            ],
        )?;
        Ok(self.conn.last_insert_rowid())
    }

    pub fn time_entries(&self, request_id: i64) -> Result<Vec<TimeRecord>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT t.id, t.request_id, t.staff_id, s.display_name, t.started_at, t.ended_at,
                    t.minutes, t.billable, t.note,
                    EXISTS (SELECT 1 FROM support_time_billed b WHERE b.time_entry_id = t.id)
             FROM support_time_entries t JOIN staff s ON s.id = t.staff_id
             WHERE t.request_id = ?1 ORDER BY t.started_at, t.id",
        )?;
        let rows = stmt.query_map([request_id], |r| {
            Ok(TimeRecord {
                id: r.get(0)?,
                request_id: r.get(1)?,
                staff_id: r.get(2)?,
                staff_name: r.get(3)?,
                started_at: instant(r, 4)?,
                ended_at: instant(r, 5)?,
                minutes: r.get(6)?,
                billable: r.get(7)?,
                note: r.get(8)?,
                billed: r.get(9)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Starts `staff_id`'s timer; one per staff member (the key refuses a second).
    pub fn start_timer(&self, staff_id: i64, request_id: i64, at: DateTime<Utc>) -> Result<()> {
        self.conn.execute(
            "INSERT INTO support_timers (staff_id, request_id, started_at) VALUES (?1, ?2, ?3)",
            params![staff_id, request_id, instant_text(at)],
        )?;
        Ok(())
    }

    pub fn timer(&self, staff_id: i64) -> Result<Option<TimerRecord>> {
        Ok(self
            .conn
            .query_row(
                "SELECT staff_id, request_id, started_at FROM support_timers WHERE staff_id = ?1",
                [staff_id],
                |r| {
                    Ok(TimerRecord {
                        staff_id: r.get(0)?,
                        request_id: r.get(1)?,
                        started_at: instant(r, 2)?,
                    })
                },
            )
            .optional()?)
    }

    /// How many timers run on a request.
    pub fn timers_on(&self, request_id: i64) -> Result<i64> {
        Ok(self.conn.query_row(
            "SELECT COUNT(*) FROM support_timers WHERE request_id = ?1",
            [request_id],
            |r| r.get(0),
        )?)
    }

    pub fn delete_timer(&self, staff_id: i64) -> Result<()> {
        let gone = self
            .conn
            .execute("DELETE FROM support_timers WHERE staff_id = ?1", [staff_id])?;
        if gone == 0 {
            return Err(StoreError::NotFound("timer"));
        }
        Ok(())
    }

    /// The entries started in [from, to), by customer name then start.
    pub fn support_time_logged(
        &self,
        from: DateTime<Utc>,
        to: DateTime<Utc>,
    ) -> Result<Vec<TimeLogged>> {
        let mut stmt = self.conn.prepare(
            "SELECT r.customer_id, c.legal_name, p.time_zone, t.started_at, t.minutes,
                    t.billable
             FROM support_time_entries t
             JOIN support_requests r ON r.id = t.request_id
             JOIN support_plans p ON p.id = r.plan_id
             JOIN customers c ON c.id = r.customer_id
             WHERE t.started_at >= ?1 AND t.started_at < ?2
             ORDER BY c.legal_name COLLATE NOCASE, r.customer_id, t.started_at",
        )?;
        let rows = stmt.query_map(params![instant_text(from), instant_text(to)], |r| {
            Ok(TimeLogged {
                customer_id: r.get(0)?,
                customer_name: r.get(1)?,
                time_zone: r.get(2)?,
                started_at: instant(r, 3)?,
                minutes: r.get(4)?,
                billable: r.get(5)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }
}
