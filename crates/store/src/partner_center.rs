//! Partner Center's files imported and their lines (migration 019), and what an import
//! reads of the book to bring customers, subscriptions and products in step.
//!
//! Amounts arrive and leave as the text of their decimals: the book keeps every decimal
//! Microsoft wrote, and this crate never does arithmetic on them.

use std::collections::HashMap;

use chrono::{DateTime, Utc};
use rusqlite::{params, OptionalExtension};

use crate::{Db, Result};

/// A file about to be recorded.
#[derive(Debug, Clone)]
pub struct NewPcImport {
    pub file_sha256: String,
    pub file_name: String,
    /// `new_commerce_invoice`, `daily_rated_usage` or `legacy_license_based`.
    pub kind: String,
    pub line_count: u64,
    pub period_from: Option<String>,
    pub period_to: Option<String>,
    /// The Subtotal column's total per currency, as decimal text.
    pub totals: Vec<(String, String)>,
    pub imported_at: DateTime<Utc>,
    pub staff_id: i64,
}

/// A file recorded, as the history lists it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PcImportRecord {
    pub id: i64,
    pub file_sha256: String,
    pub file_name: String,
    pub kind: String,
    pub line_count: u64,
    pub lines_added: u64,
    pub period_from: Option<String>,
    pub period_to: Option<String>,
    pub totals: Vec<(String, String)>,
    /// RFC 3339.
    pub imported_at: String,
    pub staff_id: i64,
    pub staff_name: String,
}

/// One line as the book keeps it: text, every decimal kept.
#[derive(Debug, Clone, Default)]
pub struct PcLineRow {
    pub file_line: u64,
    pub line_key: Vec<u8>,
    pub customer_tenant: String,
    pub customer_name: String,
    pub subscription_id: String,
    pub product_id: String,
    pub sku_id: Option<String>,
    pub product_name: Option<String>,
    pub sku_name: String,
    pub charge_type: String,
    pub unit_price: String,
    pub effective_unit_price: Option<String>,
    pub quantity: String,
    pub billable_quantity: Option<String>,
    pub subtotal: String,
    pub microsoft_cost: Option<String>,
    pub currency: String,
    pub pricing_currency: Option<String>,
    pub exchange_rate: Option<String>,
    pub charge_start: Option<String>,
    pub charge_end: Option<String>,
    pub term: Option<String>,
    pub billing_frequency: Option<String>,
    pub reference_id: Option<String>,
    pub invoice_number: Option<String>,
    pub order_id: Option<String>,
    pub meter: Option<String>,
    pub usage_date: Option<String>,
}

/// A product of the catalogue by Microsoft's ids, and whether it has any resale price.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PcProduct {
    pub id: i64,
    pub priced: bool,
}

/// `lines_added` is counted, not stored: the import's row is written before its lines.
const IMPORT_COLUMNS: &str = "i.id, i.file_sha256, i.file_name, i.kind, i.line_count, \
    (SELECT COUNT(*) FROM pc_lines l WHERE l.import_id = i.id), i.period_from, i.period_to, i.imported_at, i.staff_id, s.display_name";

fn import_from_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<PcImportRecord> {
    Ok(PcImportRecord {
        id: r.get(0)?,
        file_sha256: r.get(1)?,
        file_name: r.get(2)?,
        kind: r.get(3)?,
        line_count: r.get::<_, i64>(4)? as u64,
        lines_added: r.get::<_, i64>(5)? as u64,
        period_from: r.get(6)?,
        period_to: r.get(7)?,
        totals: Vec::new(),
        imported_at: r.get(8)?,
        staff_id: r.get(9)?,
        staff_name: r.get(10)?,
    })
}

impl Db<'_> {
    /// The import of the file with this SHA-256, if the book has it.
    pub fn pc_import_of(&self, file_sha256: &str) -> Result<Option<PcImportRecord>> {
        let found = self
            .conn
            .query_row(
                &format!(
                    "SELECT {IMPORT_COLUMNS} FROM pc_imports i JOIN staff s ON s.id = i.staff_id
                     WHERE i.file_sha256 = ?1"
                ),
                [file_sha256],
                import_from_row,
            )
            .optional()?;
        match found {
            Some(mut record) => {
                record.totals = self.pc_import_totals(record.id)?;
                Ok(Some(record))
            }
            None => Ok(None),
        }
    }

    fn pc_import_totals(&self, import_id: i64) -> Result<Vec<(String, String)>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT currency, subtotal FROM pc_import_totals WHERE import_id = ?1 ORDER BY currency",
        )?;
        let rows = stmt
            .query_map([import_id], |r| Ok((r.get(0)?, r.get(1)?)))?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(rows)
    }

    /// Every file imported, newest first, with its totals and who imported it.
    pub fn pc_imports(&self) -> Result<Vec<PcImportRecord>> {
        let mut stmt = self.conn.prepare(&format!(
            "SELECT {IMPORT_COLUMNS} FROM pc_imports i JOIN staff s ON s.id = i.staff_id
             ORDER BY i.id DESC"
        ))?;
        let mut records = stmt
            .query_map([], import_from_row)?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        for record in &mut records {
            record.totals = self.pc_import_totals(record.id)?;
        }
        Ok(records)
    }

    /// The id the next file recorded takes; inside the write transaction, nobody else
    /// takes it first.
    pub fn next_pc_import_id(&self) -> Result<i64> {
        Ok(self
            .conn
            .query_row("SELECT IFNULL(MAX(id), 0) + 1 FROM pc_imports", [], |r| {
                r.get(0)
            })?)
    }

    /// Lets a file's lines be written before the file's own row, which only their
    /// reading can fill (its line count, period and totals); the references are still
    /// checked, at commit.
    pub fn defer_foreign_keys(&self) -> Result<()> {
        self.conn.pragma_update(None, "defer_foreign_keys", "ON")?;
        Ok(())
    }

    /// Records a file and its totals under `id` (see [`Self::next_pc_import_id`]).
    pub fn insert_pc_import_as(&self, id: i64, import: &NewPcImport) -> Result<()> {
        self.conn.execute(
            "INSERT INTO pc_imports (id, file_sha256, file_name, kind, line_count,
                period_from, period_to, imported_at, staff_id)
             VALUES (?9, ?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
            params![
                import.file_sha256,
                import.file_name,
                import.kind,
                import.line_count as i64,
                import.period_from,
                import.period_to,
                import.imported_at.to_rfc3339(),
                import.staff_id,
                id,
            ],
        )?;
        for (currency, subtotal) in &import.totals {
            self.conn.execute(
                "INSERT INTO pc_import_totals (import_id, currency, subtotal) VALUES (?1, ?2, ?3)",
                params![id, currency, subtotal],
            )?;
        }
        Ok(())
    }

    /// Whether a line with this key was imported already, from any file.
    pub fn pc_line_known(&self, line_key: &[u8]) -> Result<bool> {
        let mut stmt = self
            .conn
            .prepare_cached("SELECT 1 FROM pc_lines WHERE line_key = ?1")?;
        Ok(stmt.exists([line_key])?)
    }

    /// Writes a line the book does not have; false (nothing written) when its key is
    /// there already. The schema decides: its trigger refuses a second line with the
    /// key, so a file of lines the book lacks costs one search of the key a line.
    pub fn insert_pc_line_if_new(&self, import_id: i64, l: &PcLineRow) -> Result<bool> {
        match self.insert_pc_line(import_id, l) {
            Ok(()) => Ok(true),
            Err(crate::StoreError::Refused(m)) if m.contains("line cannot be replaced") => {
                Ok(false)
            }
            Err(e) => Err(e),
        }
    }

    pub fn insert_pc_line(&self, import_id: i64, l: &PcLineRow) -> Result<()> {
        let mut stmt = self.conn.prepare_cached(
            "INSERT INTO pc_lines (import_id, file_line, line_key, customer_tenant, customer_name,
                subscription_id, product_id, sku_id, product_name, sku_name, charge_type,
                unit_price, effective_unit_price, quantity, billable_quantity, subtotal,
                microsoft_cost, currency, pricing_currency, exchange_rate, charge_start,
                charge_end, term, billing_frequency, reference_id, invoice_number, order_id,
                meter, usage_date)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17,
                ?18, ?19, ?20, ?21, ?22, ?23, ?24, ?25, ?26, ?27, ?28, ?29)",
        )?;
        stmt.execute(params![
            import_id,
            l.file_line as i64,
            l.line_key,
            l.customer_tenant,
            l.customer_name,
            l.subscription_id,
            l.product_id,
            l.sku_id,
            l.product_name,
            l.sku_name,
            l.charge_type,
            l.unit_price,
            l.effective_unit_price,
            l.quantity,
            l.billable_quantity,
            l.subtotal,
            l.microsoft_cost,
            l.currency,
            l.pricing_currency,
            l.exchange_rate,
            l.charge_start,
            l.charge_end,
            l.term,
            l.billing_frequency,
            l.reference_id,
            l.invoice_number,
            l.order_id,
            l.meter,
            l.usage_date,
        ])?;
        Ok(())
    }

    /// Customers by tenant id (as stored: lower case).
    pub fn customers_by_tenant(&self) -> Result<HashMap<String, i64>> {
        let mut stmt = self
            .conn
            .prepare("SELECT tenant_id, id FROM customers WHERE tenant_id IS NOT NULL")?;
        let rows = stmt
            .query_map([], |r| Ok((r.get::<_, String>(0)?, r.get::<_, i64>(1)?)))?
            .collect::<rusqlite::Result<HashMap<_, _>>>()?;
        Ok(rows)
    }

    /// Subscriptions by Partner Center's subscription id (as stored: lower case).
    pub fn subscriptions_by_pc_id(&self) -> Result<HashMap<String, i64>> {
        let mut stmt = self.conn.prepare(
            "SELECT pc_subscription_id, id FROM subscriptions WHERE pc_subscription_id IS NOT NULL",
        )?;
        let rows = stmt
            .query_map([], |r| Ok((r.get::<_, String>(0)?, r.get::<_, i64>(1)?)))?
            .collect::<rusqlite::Result<HashMap<_, _>>>()?;
        Ok(rows)
    }

    /// The catalogue by `(ms_product_id, ms_sku_id)`, with whether a price exists.
    pub fn products_by_ms_ids(&self) -> Result<HashMap<(String, String), PcProduct>> {
        let mut stmt = self.conn.prepare(
            "SELECT p.ms_product_id, p.ms_sku_id, p.id,
                    EXISTS (SELECT 1 FROM prices r WHERE r.product_id = p.id)
             FROM products p",
        )?;
        let rows = stmt
            .query_map([], |r| {
                Ok((
                    (r.get::<_, String>(0)?, r.get::<_, String>(1)?),
                    PcProduct {
                        id: r.get(2)?,
                        priced: r.get(3)?,
                    },
                ))
            })?
            .collect::<rusqlite::Result<HashMap<_, _>>>()?;
        Ok(rows)
    }
}
