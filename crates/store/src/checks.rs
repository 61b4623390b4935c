//! What `ardoise check` reads to verify the book's invariants: the facts, as stored, for
//! the application layer to compare with what the domain computes. Nothing here writes.

use std::str::FromStr;

use ardoise_domain::invoicing::{InvoiceLine, LineKind, Proration};
use ardoise_domain::money::Currency;
use chrono::NaiveDate;
use rusqlite::types::Value;
use rust_decimal::Decimal;

use crate::chain::{self, Chain, ChainState};
use crate::{Db, Result};

/// An issued document's place in its series.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SeriesEntry {
    pub id: i64,
    /// invoice or credit_note
    pub kind: String,
    pub number: Option<String>,
    pub series_year: Option<i64>,
    pub series_seq: Option<i64>,
    pub issue_date: Option<String>,
}

/// The last number given in a series, as the series table says.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SeriesCounter {
    pub kind: String,
    pub year: i64,
    pub last_seq: i64,
}

/// An issued document's stored totals and its lines with their stored net.
#[derive(Debug, Clone)]
pub struct IssuedTotals {
    pub id: i64,
    pub number: String,
    /// `None` when the stored currency is not one Ardoise knows.
    pub currency: Option<Currency>,
    pub net_minor: i64,
    pub vat_minor: i64,
    pub gross_minor: i64,
    /// Each line and its stored net; `None` when a line holds a value that cannot be read
    /// (a quantity that is not a number...).
    pub lines: Option<Vec<(InvoiceLine, i64)>>,
}

/// More allocated than there was: to an invoice (beyond its amount less its credit
/// notes) or from a payment (beyond its amount).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OverAllocation {
    /// The invoice's number, or the payment's id.
    pub subject: String,
    pub currency: String,
    pub limit_minor: i64,
    pub allocated_minor: i64,
}

/// Invoices for one customer, currency and period, more than one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PeriodBilledTwice {
    pub customer: String,
    pub currency: String,
    pub period_start: String,
    /// The numbers (or draft ids) of the invoices.
    pub invoices: Vec<String>,
}

/// An invoice whose settlement index row is not what its documents say.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SettlementMismatch {
    pub invoice_id: i64,
    pub number: Option<String>,
    /// (issued on, settled on) as indexed; `None` when the index has no row.
    pub indexed: Option<(Option<String>, Option<String>)>,
    /// (issued on, settled on) as computed; `None` when it should have no row.
    pub computed: Option<(Option<String>, Option<String>)>,
}

/// A row whose parent does not exist (`PRAGMA foreign_key_check`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ForeignKeyFault {
    pub table: String,
    pub rowid: Option<i64>,
    pub parent: String,
}

fn strings(v: &Value) -> Option<String> {
    match v {
        Value::Null => None,
        Value::Integer(i) => Some(i.to_string()),
        Value::Real(f) => Some(f.to_string()),
        Value::Text(s) => Some(s.clone()),
        Value::Blob(_) => Some("<blob>".into()),
    }
}

impl Db<'_> {
    /// `PRAGMA foreign_key_check`: rows pointing at a parent that is not there.
    pub fn foreign_key_check(&self) -> Result<Vec<ForeignKeyFault>> {
        let mut stmt = self.conn.prepare("PRAGMA foreign_key_check")?;
        let rows = stmt.query_map([], |r| {
            Ok(ForeignKeyFault {
                table: r.get(0)?,
                rowid: r.get(1)?,
                parent: r.get(2)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Every issued document in series order (kind, year, sequence).
    pub fn issued_series(&self) -> Result<Vec<SeriesEntry>> {
        let mut stmt = self.conn.prepare(
            "SELECT id, kind, number, series_year, series_seq, issue_date FROM invoices
             WHERE status = 'issued' ORDER BY kind, series_year, series_seq, id",
        )?;
        let rows = stmt.query_map([], |r| {
            Ok(SeriesEntry {
                id: r.get(0)?,
                kind: r.get(1)?,
                number: r.get::<_, Value>(2).map(|v| strings(&v))?,
                series_year: r.get::<_, Value>(3).map(|v| strings(&v)?.parse().ok())?,
                series_seq: r.get::<_, Value>(4).map(|v| strings(&v)?.parse().ok())?,
                issue_date: r.get::<_, Value>(5).map(|v| strings(&v))?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    pub fn series_counters(&self) -> Result<Vec<SeriesCounter>> {
        let mut stmt = self
            .conn
            .prepare("SELECT kind, year, last_seq FROM number_series ORDER BY kind, year")?;
        let rows = stmt.query_map([], |r| {
            Ok(SeriesCounter {
                kind: r.get(0)?,
                year: r.get(1)?,
                last_seq: r.get(2)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Calls `f` with each issued document, its stored totals and its lines, in id order:
    /// one pass, one document in memory at a time.
    pub fn each_issued_with_lines(&self, mut f: impl FnMut(IssuedTotals)) -> Result<()> {
        let mut stmt = self.conn.prepare(
            "SELECT i.id, i.number, i.currency, i.net_minor, i.vat_minor, i.gross_minor,
                    l.id, l.kind, l.quantity, l.unit_price, l.prorate_days, l.prorate_of,
                    l.vat_rate, l.net_minor
             FROM invoices i LEFT JOIN invoice_lines l ON l.invoice_id = i.id
             WHERE i.status = 'issued' ORDER BY i.id, l.position, l.id",
        )?;
        let mut rows = stmt.query([])?;
        let mut current: Option<IssuedTotals> = None;
        while let Some(r) = rows.next()? {
            let id: i64 = r.get(0)?;
            if current.as_ref().map(|c| c.id) != Some(id) {
                if let Some(done) = current.take() {
                    f(done);
                }
                current = Some(IssuedTotals {
                    id,
                    number: r
                        .get::<_, Option<String>>(1)?
                        .unwrap_or_else(|| format!("#{id}")),
                    currency: r
                        .get::<_, String>(2)
                        .ok()
                        .and_then(|c| Currency::from_str(&c).ok()),
                    net_minor: r.get(3)?,
                    vat_minor: r.get(4)?,
                    gross_minor: r.get(5)?,
                    lines: Some(Vec::new()),
                });
            }
            let Some(doc) = current.as_mut() else {
                continue;
            };
            if r.get::<_, Option<i64>>(6)?.is_none() {
                continue; // no lines at all
            }
            let line = read_line(r);
            match (&mut doc.lines, line) {
                (Some(lines), Some(line)) => lines.push(line),
                (lines, _) => *lines = None,
            }
        }
        if let Some(done) = current {
            f(done);
        }
        Ok(())
    }

    /// Invoices that received more than their amount less their credit notes (what a
    /// reversal gave back is no longer received).
    pub fn over_allocated_invoices(&self) -> Result<Vec<OverAllocation>> {
        self.over_allocations(
            "SELECT COALESCE(i.number, '#' || i.id), i.currency,
                    i.gross_minor - COALESCE((SELECT SUM(cn.gross_minor) FROM invoices cn
                        WHERE cn.credited_invoice_id = i.id AND cn.kind = 'credit_note'
                          AND cn.status = 'issued'), 0) AS owed,
                    SUM(a.amount_minor)
                    - COALESCE((SELECT SUM(ra.amount_minor) FROM reversal_allocations ra
                                WHERE ra.invoice_id = i.id), 0) AS given
             FROM allocations a JOIN invoices i ON i.id = a.invoice_id
             GROUP BY i.id HAVING given > owed ORDER BY i.id",
        )
    }

    /// Payments that gave more than their amount, refunds out of their credit included.
    pub fn over_allocated_payments(&self) -> Result<Vec<OverAllocation>> {
        self.over_allocations(
            "SELECT '#' || p.id, p.currency, p.amount_minor, SUM(a.amount_minor)
                    + COALESCE((SELECT SUM(s.amount_minor) FROM refund_sources s
                                WHERE s.payment_id = p.id), 0) AS given
             FROM allocations a JOIN payments p ON p.id = a.payment_id
             GROUP BY p.id HAVING given > p.amount_minor ORDER BY p.id",
        )
    }

    fn over_allocations(&self, sql: &str) -> Result<Vec<OverAllocation>> {
        let mut stmt = self.conn.prepare(sql)?;
        let rows = stmt.query_map([], |r| {
            Ok(OverAllocation {
                subject: r.get(0)?,
                currency: r.get(1)?,
                limit_minor: r.get(2)?,
                allocated_minor: r.get(3)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Customers with more than one invoice for a currency and period.
    pub fn periods_billed_twice(&self) -> Result<Vec<PeriodBilledTwice>> {
        let mut stmt = self.conn.prepare(
            "SELECT COALESCE(c.legal_name, '#' || i.customer_id), i.currency, i.period_start,
                    json_group_array(COALESCE(i.number, 'draft #' || i.id))
             FROM invoices i LEFT JOIN customers c ON c.id = i.customer_id
             WHERE i.kind = 'invoice' AND i.period_start IS NOT NULL
             GROUP BY i.customer_id, i.currency, i.period_start HAVING COUNT(*) > 1
             ORDER BY i.customer_id, i.period_start",
        )?;
        let rows = stmt.query_map([], |r| {
            let list: String = r.get(3)?;
            Ok(PeriodBilledTwice {
                customer: r.get(0)?,
                currency: r.get(1)?,
                period_start: r.get(2)?,
                invoices: serde_json::from_str(&list).unwrap_or_default(),
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Invoices whose settlement index row differs from what `invoice_settled_on`
    /// computes from the documents (or is missing, or should not be there).
    pub fn settlement_mismatches(&self) -> Result<Vec<SettlementMismatch>> {
        let mut stmt = self.conn.prepare(
            "SELECT v.invoice_id, i.number, s.invoice_id IS NOT NULL, s.issued_on, s.settled_on,
                    1, v.issued_on, v.settled_on
             FROM invoice_settled_on v
             JOIN invoices i ON i.id = v.invoice_id
             LEFT JOIN invoice_settlement s ON s.invoice_id = v.invoice_id
             WHERE s.invoice_id IS NULL OR s.issued_on IS NOT v.issued_on
                OR s.settled_on IS NOT v.settled_on
             UNION ALL
             SELECT s.invoice_id, i.number, 1, s.issued_on, s.settled_on, 0, NULL, NULL
             FROM invoice_settlement s LEFT JOIN invoices i ON i.id = s.invoice_id
             WHERE NOT EXISTS (SELECT 1 FROM invoice_settled_on v WHERE v.invoice_id = s.invoice_id)
             ORDER BY 1",
        )?;
        let rows = stmt.query_map([], |r| {
            let pair = |has: bool, a: Option<String>, b: Option<String>| has.then_some((a, b));
            Ok(SettlementMismatch {
                invoice_id: r.get(0)?,
                number: r.get(1)?,
                indexed: pair(r.get(2)?, r.get(3)?, r.get(4)?),
                computed: pair(r.get(5)?, r.get(6)?, r.get(7)?),
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Walks one of the logs' hash chains.
    pub fn verify_chain(&self, which: Chain) -> Result<ChainState> {
        chain::verify(self.conn, which)
    }
}

/// One line as the domain sees it, with its stored net; `None` if a value is unreadable.
fn read_line(r: &rusqlite::Row<'_>) -> Option<(InvoiceLine, i64)> {
    let text = |i: usize| r.get::<_, Value>(i).ok().and_then(|v| strings(&v));
    let dec = |i: usize| text(i).and_then(|s| Decimal::from_str(&s).ok());
    let days: Option<u32> = r.get(10).ok()?;
    let of: Option<u32> = r.get(11).ok()?;
    let line = InvoiceLine {
        kind: LineKind::parse(&text(7)?)?,
        description: String::new(),
        subscription_id: None,
        service_start: None::<NaiveDate>,
        service_end: None,
        quantity: dec(8)?,
        unit_price: dec(9)?,
        proration: days
            .zip(of)
            .map(|(days, of_days)| Proration { days, of_days }),
        vat_rate: dec(12)?,
    };
    Some((line, r.get(13).ok()?))
}
