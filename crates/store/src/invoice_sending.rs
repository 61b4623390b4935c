//! What the book knows of invoices that left it: the files each was written to, the
//! print files already made, and each invoice's latest log entry, so a second run writes
//! only what is missing and "mark sent" finds what to mark.

use rusqlite::OptionalExtension;

use crate::{Db, Result, StoreError};

/// An invoice's file, as the outbox logged it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InvoiceFile {
    pub invoice_number: String,
    pub customer_id: i64,
    /// Absolute, as logged.
    pub path: String,
    pub sha256: String,
}

impl Db<'_> {
    /// Every file an invoice was written to on its own (not print files), oldest first.
    pub fn invoice_files(&self) -> Result<Vec<InvoiceFile>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT j.value, m.customer_id, f.path, f.sha256
             FROM communications m JOIN json_each(m.invoices) j
             JOIN files_written f ON f.communication_id = m.id AND f.kind = 'invoice'
             WHERE m.kind = 'invoice'
             ORDER BY f.id",
        )?;
        let rows = stmt.query_map([], |r| {
            Ok(InvoiceFile {
                invoice_number: r.get(0)?,
                customer_id: r.get(1)?,
                path: r.get(2)?,
                sha256: r.get(3)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// The print files made of exactly these invoices, in this order (as the audit entry
    /// that made each names them), latest first, with their page counts.
    pub fn print_files_of(&self, numbers: &[&str]) -> Result<Vec<(String, i64)>> {
        let list = serde_json::to_string(numbers)
            .map_err(|e| StoreError::Corrupt(format!("invoice list: {e}")))?;
        let mut stmt = self.conn.prepare_cached(
            "SELECT f.path, COALESCE(json_extract(a.detail, '$.pages'), 0)
             FROM audit_log a JOIN files_written f
               ON f.kind = 'invoices_combined' AND f.sha256 = json_extract(a.detail, '$.sha256')
             WHERE a.action = 'invoice.print_file' AND json_extract(a.detail, '$.invoices') = ?1
             ORDER BY f.id DESC",
        )?;
        let rows = stmt.query_map([list], |r| Ok((r.get(0)?, r.get(1)?)))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// The latest communication-log entry of an invoice (by its number), and whether it
    /// was marked sent.
    pub fn invoice_communication(
        &self,
        customer_id: i64,
        number: &str,
    ) -> Result<Option<(i64, bool)>> {
        Ok(self
            .conn
            .query_row(
                "SELECT m.id, m.sent_on IS NOT NULL FROM communications m, json_each(m.invoices) j
                 WHERE m.customer_id = ?1 AND m.kind = 'invoice' AND j.value = ?2
                 ORDER BY m.id DESC LIMIT 1",
                rusqlite::params![customer_id, number],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .optional()?)
    }
}
