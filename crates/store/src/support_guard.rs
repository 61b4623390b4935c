//! What guards the support desk beyond its triggers: the questions the use cases ask
//! inside their transaction before writing (overlapping time), and what `ardoise check`
//! looks for when a trigger was dropped (support lines of issued invoices whose billed
//! time or fee is gone).

use chrono::{DateTime, NaiveDate, Utc};
use rusqlite::params;

use crate::support_plans::instant_text;
use crate::{Db, Result};

/// A support line of an issued invoice that no longer says what it billed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnbackedSupportLine {
    pub invoice_number: String,
    pub line_id: i64,
    /// billable_hours or support_fee
    pub kind: String,
}

impl Db<'_> {
    /// Whether `staff_id` already logged time overlapping [from, to).
    pub fn staff_time_overlaps(
        &self,
        staff_id: i64,
        from: DateTime<Utc>,
        to: DateTime<Utc>,
    ) -> Result<bool> {
        Ok(self.conn.query_row(
            "SELECT EXISTS (SELECT 1 FROM support_time_entries
                            WHERE staff_id = ?1 AND started_at < ?3 AND ended_at > ?2)",
            params![staff_id, instant_text(from), instant_text(to)],
            |r| r.get(0),
        )?)
    }

    /// Whether `invoice_id` is an issued invoice (not a credit note) with something left to
    /// pay on `on`: only such an invoice is held by a billing question.
    pub fn invoice_open_on(&self, invoice_id: i64, on: NaiveDate) -> Result<bool> {
        Ok(self.conn.query_row(
            "SELECT EXISTS (SELECT 1 FROM invoice_settlement s
                            JOIN invoices i ON i.id = s.invoice_id
                            WHERE s.invoice_id = ?1 AND i.kind = 'invoice'
                              AND i.status = 'issued' AND s.issued_on <= ?2
                              AND (s.settled_on IS NULL OR s.settled_on > ?2))",
            params![invoice_id, on.to_string()],
            |r| r.get(0),
        )?)
    }

    /// Keeps a request's clocks as they stood at its resolution (None when reopened).
    pub fn set_targets_at_resolution(&self, request_id: i64, targets: Option<&str>) -> Result<()> {
        self.conn.execute(
            "UPDATE support_requests SET targets_at_resolution = ?2 WHERE id = ?1",
            params![request_id, targets],
        )?;
        Ok(())
    }

    /// Issued `billable_hours` lines with no billed time entry, and `support_fee` lines
    /// with no fee billed: what deleting those rows behind a dropped trigger leaves.
    pub fn unbacked_support_lines(&self) -> Result<Vec<UnbackedSupportLine>> {
        let mut stmt = self.conn.prepare(
            "SELECT COALESCE(i.number, '#' || i.id), l.id, l.kind
             FROM invoice_lines l JOIN invoices i ON i.id = l.invoice_id
             WHERE i.status = 'issued' AND i.kind = 'invoice'
               AND ((l.kind = 'billable_hours' AND NOT EXISTS
                        (SELECT 1 FROM support_time_billed b WHERE b.invoice_line_id = l.id))
                 OR (l.kind = 'support_fee' AND NOT EXISTS
                        (SELECT 1 FROM support_fees_billed f WHERE f.invoice_line_id = l.id)))
             ORDER BY i.id, l.id",
        )?;
        let rows = stmt.query_map([], |r| {
            Ok(UnbackedSupportLine {
                invoice_number: r.get(0)?,
                line_id: r.get(1)?,
                kind: r.get(2)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }
}
