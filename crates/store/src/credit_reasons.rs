//! A credit note's reason: set on the draft, in the transaction that issues it, then
//! held by the issued document's triggers like the rest of the row.

use rusqlite::{params, OptionalExtension};

use crate::{Db, Result, StoreError};

impl Db<'_> {
    /// Records why the draft credit note `id` is issued. Refused once it is issued (the
    /// triggers) and for anything but a draft credit note (nothing matched).
    pub fn set_credit_reason(&self, id: i64, reason: &str) -> Result<()> {
        let changed = self.conn.execute(
            "UPDATE invoices SET credit_reason = ?2
             WHERE id = ?1 AND kind = 'credit_note' AND status = 'draft'",
            params![id, reason],
        )?;
        if changed == 1 {
            Ok(())
        } else {
            Err(StoreError::NotFound("draft credit note"))
        }
    }

    /// The reason printed on credit note `id`; None for an invoice or a credit note
    /// issued before reasons were kept.
    pub fn credit_reason(&self, id: i64) -> Result<Option<String>> {
        Ok(self
            .conn
            .query_row(
                "SELECT credit_reason FROM invoices WHERE id = ?1",
                [id],
                |r| r.get::<_, Option<String>>(0),
            )
            .optional()?
            .flatten())
    }
}
