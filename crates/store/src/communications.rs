//! The communication log: every document produced for a customer, with the hash of its
//! exact bytes. Written once; only how and when it was sent is filled in later.

use ardoise_domain::money::{Currency, Money};
use chrono::{DateTime, NaiveDate, Utc};
use rusqlite::params;
use rusqlite::types::Value;

use crate::chain::Chain;
use crate::rows::{currency, date, parsed};
use crate::{Db, Result, StoreError};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewCommunication<'a> {
    pub customer_id: i64,
    /// "statement" or "letter".
    pub kind: &'a str,
    /// Letters: the collection step carried out.
    pub step_code: Option<&'a str>,
    pub staff_id: Option<i64>,
    pub as_of: NaiveDate,
    pub period: Option<(NaiveDate, NaiveDate)>,
    pub balance: Money,
    /// The invoice numbers the document speaks of.
    pub invoices: &'a [String],
    /// SHA-256 of the document's bytes, lowercase hex.
    pub document_sha256: &'a str,
    pub file_name: Option<&'a str>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CommunicationRecord {
    pub id: i64,
    pub customer_id: i64,
    pub kind: String,
    pub step_code: Option<String>,
    pub produced_at: DateTime<Utc>,
    pub staff_name: Option<String>,
    pub as_of: NaiveDate,
    pub period: Option<(NaiveDate, NaiveDate)>,
    pub balance: Money,
    pub currency: Currency,
    pub invoices: Vec<String>,
    pub document_sha256: String,
    pub file_name: Option<String>,
    pub sent_on: Option<NaiveDate>,
    pub sent_via: Option<String>,
}

impl Db<'_> {
    pub fn insert_communication(
        &self,
        c: &NewCommunication<'_>,
        now: DateTime<Utc>,
    ) -> Result<i64> {
        let balance = c
            .balance
            .to_minor()
            .map_err(|e| StoreError::Corrupt(format!("balance {}: {e}", c.balance)))?;
        let invoices = serde_json::to_string(c.invoices)
            .map_err(|e| StoreError::Corrupt(format!("invoice list: {e}")))?;
        let text = |s: &str| Value::Text(s.to_string());
        let opt = |s: Option<String>| s.map_or(Value::Null, Value::Text);
        // Columns in the order of `Chain::Communications.columns()`.
        crate::chain::insert(
            self.conn,
            Chain::Communications,
            vec![
                Value::Integer(c.customer_id),
                text(c.kind),
                opt(c.step_code.map(str::to_string)),
                Value::Text(now.to_rfc3339()),
                c.staff_id.map_or(Value::Null, Value::Integer),
                Value::Text(c.as_of.to_string()),
                opt(c.period.map(|p| p.0.to_string())),
                opt(c.period.map(|p| p.1.to_string())),
                Value::Integer(balance),
                text(c.balance.currency.code()),
                Value::Text(invoices),
                text(c.document_sha256),
                opt(c.file_name.map(str::to_string)),
            ],
        )
    }

    /// A customer's log, newest first.
    pub fn communications(&self, customer_id: i64) -> Result<Vec<CommunicationRecord>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT c.id, c.customer_id, c.kind, c.produced_at, s.display_name, c.as_of,
                    c.period_start, c.period_end, c.balance_minor, c.currency, c.invoices,
                    c.document_sha256, c.file_name, c.sent_on, c.sent_via, c.step_code
             FROM communications c LEFT JOIN staff s ON s.id = c.staff_id
             WHERE c.customer_id = ?1 ORDER BY c.produced_at DESC, c.id DESC",
        )?;
        let rows = stmt.query_map([customer_id], |r| {
            let cur = currency(r, 9)?;
            let period = match (
                r.get::<_, Option<String>>(6)?,
                r.get::<_, Option<String>>(7)?,
            ) {
                (Some(_), Some(_)) => Some((date(r, 6)?, date(r, 7)?)),
                _ => None,
            };
            Ok(CommunicationRecord {
                id: r.get(0)?,
                customer_id: r.get(1)?,
                kind: r.get(2)?,
                produced_at: parsed(r, 3, "instant", |s| {
                    DateTime::parse_from_rfc3339(s)
                        .ok()
                        .map(|d| d.with_timezone(&Utc))
                })?,
                staff_name: r.get(4)?,
                as_of: date(r, 5)?,
                period,
                balance: Money::from_minor(r.get(8)?, cur),
                currency: cur,
                invoices: parsed(r, 10, "invoice list", |s| serde_json::from_str(s).ok())?,
                document_sha256: r.get(11)?,
                file_name: r.get(12)?,
                sent_on: match r.get::<_, Option<String>>(13)? {
                    Some(_) => Some(date(r, 13)?),
                    None => None,
                },
                sent_via: r.get(14)?,
                step_code: r.get(15)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Records how and when a document was sent; the only change the log accepts.
    /// When a communication was marked sent, if it was.
    pub fn sent_on(&self, id: i64) -> Result<Option<NaiveDate>> {
        let on: Option<String> = self
            .conn
            .query_row(
                "SELECT sent_on FROM communications WHERE id = ?1",
                [id],
                |r| r.get(0),
            )
            .map_err(|e| match e {
                rusqlite::Error::QueryReturnedNoRows => StoreError::NotFound("communication"),
                e => e.into(),
            })?;
        Ok(on.and_then(|d| d.parse().ok()))
    }

    pub fn mark_sent(&self, id: i64, on: NaiveDate, via: &str) -> Result<()> {
        let changed = self.conn.execute(
            "UPDATE communications SET sent_on = ?2, sent_via = ?3 WHERE id = ?1",
            params![id, on.to_string(), via],
        )?;
        if changed == 0 {
            return Err(StoreError::NotFound("communication"));
        }
        Ok(())
    }
}
