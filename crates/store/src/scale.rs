//! Bulk writes that build a book with years of history at a stated scale, for the
//! benchmarks. The application never calls these: real documents are issued one by one
//! through the numbering in `invoices.rs`. Rows written here go through the same
//! triggers (settlement index, allocation checks) as every other row.

use ardoise_domain::money::Currency;
use chrono::{DateTime, NaiveDate, Utc};
use rusqlite::params;

use crate::{Db, Result};

/// An issued invoice (or credit note) as history: no lines, only what statements and
/// the aging report read.
#[derive(Debug, Clone)]
pub struct HistoricDocument {
    pub customer_id: i64,
    pub credit_note_of: Option<i64>,
    pub number: String,
    pub series_year: i32,
    pub series_seq: i64,
    pub issue_date: NaiveDate,
    pub due_date: NaiveDate,
    pub gross_minor: i64,
    pub currency: Currency,
}

impl Db<'_> {
    pub fn insert_historic_document(
        &self,
        d: &HistoricDocument,
        now: DateTime<Utc>,
    ) -> Result<i64> {
        let mut stmt = self.conn.prepare_cached(
            "INSERT INTO invoices (kind, status, customer_id, credited_invoice_id, series_year,
                series_seq, number, currency, language, issue_date, due_date, vat_treatment,
                net_minor, vat_minor, gross_minor, created_at, issued_at)
             VALUES (?1, 'issued', ?2, ?3, ?4, ?5, ?6, ?7, 'fr', ?8, ?9, 'domestic',
                ?10, 0, ?10, ?11, ?11)",
        )?;
        stmt.execute(params![
            if d.credit_note_of.is_some() {
                "credit_note"
            } else {
                "invoice"
            },
            d.customer_id,
            d.credit_note_of,
            d.series_year,
            d.series_seq,
            d.number,
            d.currency.code(),
            d.issue_date.to_string(),
            d.due_date.to_string(),
            d.gross_minor,
            now.to_rfc3339(),
        ])?;
        Ok(self.conn.last_insert_rowid())
    }

    /// A payment received and allocated to the invoices given, (invoice id, minor units).
    pub fn insert_historic_payment(
        &self,
        customer_id: i64,
        received_on: NaiveDate,
        amount_minor: i64,
        currency: Currency,
        allocations: &[(i64, i64)],
        now: DateTime<Utc>,
    ) -> Result<i64> {
        let mut pay = self.conn.prepare_cached(
            "INSERT INTO payments (customer_id, received_on, amount_minor, currency, method,
                reference, created_at) VALUES (?1, ?2, ?3, ?4, 'transfer', NULL, ?5)",
        )?;
        pay.execute(params![
            customer_id,
            received_on.to_string(),
            amount_minor,
            currency.code(),
            now.to_rfc3339()
        ])?;
        let id = self.conn.last_insert_rowid();
        let mut alloc = self.conn.prepare_cached(
            "INSERT INTO allocations (payment_id, invoice_id, amount_minor, created_at)
             VALUES (?1, ?2, ?3, ?4)",
        )?;
        for (invoice_id, minor) in allocations {
            alloc.execute(params![id, invoice_id, minor, now.to_rfc3339()])?;
        }
        Ok(id)
    }

    /// Brings the number series up to the history written, so the next real invoice
    /// follows it.
    pub fn set_series(&self, kind: &str, year: i32, last_seq: i64) -> Result<()> {
        let changed = self.conn.execute(
            "UPDATE number_series SET last_seq = MAX(last_seq, ?3) WHERE kind = ?1 AND year = ?2",
            params![kind, year, last_seq],
        )?;
        if changed == 0 {
            self.conn.execute(
                "INSERT INTO number_series (kind, year, last_seq) VALUES (?1, ?2, ?3)",
                params![kind, year, last_seq],
            )?;
        }
        Ok(())
    }
}
