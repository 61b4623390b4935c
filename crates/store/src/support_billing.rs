//! Support billed: what a billing run reads about plans, prices and time entries, the
//! links it writes between invoice lines and what they billed (fees per customer and
//! month, time entries), and what became of a time entry once billed.
//!
//! The links are the schema's guarantee that nothing is billed twice: a fee once per
//! customer and month, a time entry once (both UNIQUE). They go with their line when a
//! draft is deleted (ON DELETE CASCADE) and stay with an issued line, credited or not.

use std::collections::{BTreeSet, HashMap, HashSet};

use chrono::{DateTime, NaiveDate, Utc};
use rusqlite::{params, OptionalExtension, Row};

use crate::rows::date;
use crate::support_plans::{instant, instant_text};
use crate::{unique, Db, Result, StoreError};

/// A customer's plan on a date, as a billing run reads it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CustomerPlan {
    pub plan_id: i64,
    pub name: String,
    pub no_support: bool,
}

/// A time entry as billing counts it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BillingTimeEntry {
    pub id: i64,
    pub customer_id: i64,
    pub request_number: String,
    /// The time zone of the request's plan: the month an entry belongs to is the
    /// customer's month, not UTC's.
    pub time_zone: String,
    pub started_at: DateTime<Utc>,
    pub minutes: u32,
    pub billable: bool,
    /// The minutes it was billed for, when a line (draft or issued) holds it.
    pub billed_minutes: Option<u64>,
}

/// Where a time entry was billed: the invoice and the credit notes issued on it since.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TimeEntryBilled {
    pub time_entry_id: i64,
    pub invoice_id: i64,
    /// `None` while the invoice is a draft.
    pub invoice_number: Option<String>,
    pub period_start: Option<NaiveDate>,
    pub billed_minutes: u64,
    /// Issued credit notes on that invoice, by number.
    pub credit_notes: Vec<String>,
}

/// A support line's links as they stood before its draft's lines were rewritten.
#[derive(Debug, Clone)]
pub struct SupportLinks {
    kind: String,
    description: String,
    service_start: Option<String>,
    fees: Vec<(i64, String)>,
    times: Vec<(i64, i64)>,
}

const TIME_ENTRY: &str = "SELECT t.id, r.customer_id, r.number, p.time_zone, t.started_at,
        t.minutes, t.billable, b.billed_minutes
     FROM support_time_entries t
     JOIN support_requests r ON r.id = t.request_id
     JOIN support_plans p ON p.id = r.plan_id
     LEFT JOIN support_time_billed b ON b.time_entry_id = t.id";

fn time_entry(r: &Row<'_>) -> rusqlite::Result<BillingTimeEntry> {
    Ok(BillingTimeEntry {
        id: r.get(0)?,
        customer_id: r.get(1)?,
        request_number: r.get(2)?,
        time_zone: r.get(3)?,
        started_at: instant(r, 4)?,
        minutes: r.get(5)?,
        billable: r.get(6)?,
        billed_minutes: r.get::<_, Option<i64>>(7)?.map(|m| m.max(0).unsigned_abs()),
    })
}

impl Db<'_> {
    /// Every customer's plan on `on`: the latest assignment on or before it.
    pub fn customer_plans_on(&self, on: NaiveDate) -> Result<HashMap<i64, CustomerPlan>> {
        let mut stmt = self.conn.prepare(
            "SELECT a.customer_id, p.id, p.name, p.no_support
             FROM customer_support_plans a JOIN support_plans p ON p.id = a.plan_id
             WHERE a.effective_from = (SELECT MAX(b.effective_from) FROM customer_support_plans b
                                       WHERE b.customer_id = a.customer_id
                                         AND b.effective_from <= ?1)",
        )?;
        let rows = stmt.query_map([on.to_string()], |r| {
            Ok((
                r.get::<_, i64>(0)?,
                CustomerPlan {
                    plan_id: r.get(1)?,
                    name: r.get(2)?,
                    no_support: r.get(3)?,
                },
            ))
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Customers whose support fee for `month` ("2026-03") a line already holds.
    pub fn support_fees_billed(&self, month: &str) -> Result<HashSet<i64>> {
        let mut stmt = self
            .conn
            .prepare("SELECT customer_id FROM support_fees_billed WHERE month = ?1")?;
        let rows = stmt.query_map([month], |r| r.get(0))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Every customer's months ("2026-03") whose support fee a line holds.
    pub fn support_fee_months(&self) -> Result<HashMap<i64, BTreeSet<String>>> {
        let mut stmt = self
            .conn
            .prepare("SELECT customer_id, month FROM support_fees_billed")?;
        let mut months: HashMap<i64, BTreeSet<String>> = HashMap::new();
        let rows = stmt.query_map([], |r| Ok((r.get::<_, i64>(0)?, r.get::<_, String>(1)?)))?;
        for row in rows {
            let (customer, month) = row?;
            months.entry(customer).or_default().insert(month);
        }
        Ok(months)
    }

    /// Every billable time entry started before `before`, billed or not, in one pass:
    /// a run counts each month whole, so it needs what was billed beside what was not,
    /// and one scan costs less than a query per customer and month.
    pub fn billable_support_time(&self, before: DateTime<Utc>) -> Result<Vec<BillingTimeEntry>> {
        let mut stmt = self.conn.prepare(&format!(
            "{TIME_ENTRY} WHERE t.billable = 1 AND t.started_at < ?1
             ORDER BY r.customer_id, t.started_at, t.id"
        ))?;
        let rows = stmt.query_map([instant_text(before)], time_entry)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// The ids of a document's lines, in their order.
    pub fn invoice_line_ids(&self, invoice_id: i64) -> Result<Vec<i64>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT id FROM invoice_lines WHERE invoice_id = ?1 ORDER BY position",
        )?;
        let rows = stmt.query_map([invoice_id], |r| r.get(0))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Records that `line_id` bills the support fee of `customer_id` for `month`. The
    /// schema refuses a second line for the same month.
    pub fn link_support_fee(&self, customer_id: i64, month: &str, line_id: i64) -> Result<()> {
        self.conn
            .execute(
                "INSERT INTO support_fees_billed (customer_id, month, invoice_line_id)
                 VALUES (?1, ?2, ?3)",
                params![customer_id, month, line_id],
            )
            .map_err(unique("support fee billed"))?;
        Ok(())
    }

    /// Records that `line_id` bills these time entries (id, minutes billed). The schema
    /// refuses an entry another line already holds.
    pub fn link_support_time(&self, line_id: i64, entries: &[(i64, u64)]) -> Result<()> {
        let mut stmt = self.conn.prepare_cached(
            "INSERT INTO support_time_billed (time_entry_id, invoice_line_id, billed_minutes)
             VALUES (?1, ?2, ?3)",
        )?;
        for (entry, minutes) in entries {
            let minutes = i64::try_from(*minutes)
                .map_err(|_| StoreError::Corrupt(format!("{minutes} minutes")))?;
            stmt.execute(params![entry, line_id, minutes])
                .map_err(unique("support time billed"))?;
        }
        Ok(())
    }

    /// The support links of a draft's lines, before they are rewritten (a line added or
    /// removed by hand rewrites them all).
    pub fn support_links(&self, invoice_id: i64) -> Result<Vec<SupportLinks>> {
        let mut stmt = self.conn.prepare(
            "SELECT l.id, l.kind, l.description, l.service_start FROM invoice_lines l
             WHERE l.invoice_id = ?1 AND l.kind IN ('support_fee', 'billable_hours')
             ORDER BY l.position",
        )?;
        let lines: Vec<(i64, SupportLinks)> = stmt
            .query_map([invoice_id], |r| {
                Ok((
                    r.get(0)?,
                    SupportLinks {
                        kind: r.get(1)?,
                        description: r.get(2)?,
                        service_start: r.get(3)?,
                        fees: Vec::new(),
                        times: Vec::new(),
                    },
                ))
            })?
            .collect::<rusqlite::Result<_>>()?;
        let mut fees = self.conn.prepare_cached(
            "SELECT customer_id, month FROM support_fees_billed WHERE invoice_line_id = ?1",
        )?;
        let mut times = self.conn.prepare_cached(
            "SELECT time_entry_id, billed_minutes FROM support_time_billed
             WHERE invoice_line_id = ?1",
        )?;
        let mut out = Vec::with_capacity(lines.len());
        for (id, mut links) in lines {
            links.fees = fees
                .query_map([id], |r| Ok((r.get(0)?, r.get(1)?)))?
                .collect::<rusqlite::Result<_>>()?;
            links.times = times
                .query_map([id], |r| Ok((r.get(0)?, r.get(1)?)))?
                .collect::<rusqlite::Result<_>>()?;
            out.push(links);
        }
        Ok(out)
    }

    /// Puts back the links `support_links` read on the rewritten lines that are the same
    /// line (kind, description, first day); a line removed from the draft frees what it
    /// billed.
    pub fn restore_support_links(&self, invoice_id: i64, kept: &[SupportLinks]) -> Result<()> {
        let mut find = self.conn.prepare_cached(
            "SELECT id FROM invoice_lines
             WHERE invoice_id = ?1 AND kind = ?2 AND description = ?3
               AND service_start IS ?4
               AND id NOT IN (SELECT invoice_line_id FROM support_time_billed)
               AND id NOT IN (SELECT invoice_line_id FROM support_fees_billed)
             ORDER BY position LIMIT 1",
        )?;
        for links in kept {
            let line: Option<i64> = find
                .query_row(
                    params![
                        invoice_id,
                        links.kind,
                        links.description,
                        links.service_start
                    ],
                    |r| r.get(0),
                )
                .optional()?;
            let Some(line) = line else { continue };
            for (customer, month) in &links.fees {
                self.link_support_fee(*customer, month, line)?;
            }
            let times: Vec<(i64, u64)> = links
                .times
                .iter()
                .map(|(id, m)| (*id, u64::try_from(*m).unwrap_or(0)))
                .collect();
            self.link_support_time(line, &times)?;
        }
        Ok(())
    }

    /// Where each of a request's time entries was billed, if anywhere.
    pub fn request_time_billed(&self, request_id: i64) -> Result<Vec<TimeEntryBilled>> {
        let mut stmt = self.conn.prepare(
            "SELECT t.id, i.id, CASE WHEN i.status = 'issued' THEN i.number END,
                    i.period_start, b.billed_minutes
             FROM support_time_entries t
             JOIN support_time_billed b ON b.time_entry_id = t.id
             JOIN invoice_lines l ON l.id = b.invoice_line_id
             JOIN invoices i ON i.id = l.invoice_id
             WHERE t.request_id = ?1 ORDER BY t.started_at, t.id",
        )?;
        let mut out: Vec<TimeEntryBilled> = stmt
            .query_map([request_id], |r| {
                Ok(TimeEntryBilled {
                    time_entry_id: r.get(0)?,
                    invoice_id: r.get(1)?,
                    invoice_number: r.get(2)?,
                    period_start: match r.get::<_, Option<String>>(3)? {
                        Some(_) => Some(date(r, 3)?),
                        None => None,
                    },
                    billed_minutes: r.get::<_, i64>(4)?.max(0).unsigned_abs(),
                    credit_notes: Vec::new(),
                })
            })?
            .collect::<rusqlite::Result<_>>()?;
        let mut credits = self.conn.prepare_cached(
            "SELECT number FROM invoices
             WHERE credited_invoice_id = ?1 AND status = 'issued' ORDER BY number",
        )?;
        for e in &mut out {
            e.credit_notes = credits
                .query_map([e.invoice_id], |r| r.get(0))?
                .collect::<rusqlite::Result<_>>()?;
        }
        Ok(out)
    }

    /// The date the price used on a support line took effect: the customer's plan on
    /// `on`, its latest price in `currency` from on or before that day.
    pub fn support_price_since(
        &self,
        customer_id: i64,
        currency: &str,
        on: NaiveDate,
    ) -> Result<Option<NaiveDate>> {
        let found: Option<Option<String>> = self
            .conn
            .query_row(
                "SELECT (SELECT MAX(p.effective_from) FROM support_plan_prices p
                         WHERE p.plan_id = a.plan_id AND p.currency = ?2
                           AND p.effective_from <= ?3)
                 FROM customer_support_plans a
                 WHERE a.customer_id = ?1 AND a.effective_from <= ?3
                 ORDER BY a.effective_from DESC LIMIT 1",
                params![customer_id, currency, on.to_string()],
                |r| r.get(0),
            )
            .optional()?;
        found
            .flatten()
            .map(|s| {
                s.parse()
                    .map_err(|_| StoreError::Corrupt(format!("date {s:?}")))
            })
            .transpose()
    }

    /// The date the catalog price used on a subscription line took effect.
    pub fn subscription_price_since(
        &self,
        subscription_id: i64,
        currency: &str,
        on: NaiveDate,
    ) -> Result<Option<NaiveDate>> {
        let found: Option<String> = self.conn.query_row(
            "SELECT MAX(p.effective_from) FROM prices p
             JOIN subscriptions s ON s.product_id = p.product_id
             WHERE s.id = ?1 AND p.currency = ?2 AND p.effective_from <= ?3",
            params![subscription_id, currency, on.to_string()],
            |r| r.get(0),
        )?;
        found
            .map(|s| {
                s.parse()
                    .map_err(|_| StoreError::Corrupt(format!("date {s:?}")))
            })
            .transpose()
    }
}
