//! Re-billing (migration 020): the partner's markups and proration setting, the Partner
//! Center lines a billing run has still to bill, and the links between each billed line
//! and the invoice line that bills it.
//!
//! The link is the schema's guarantee that a Microsoft line is billed once (UNIQUE). It
//! goes with its line when a draft is deleted (ON DELETE CASCADE), so the next run bills
//! the line again, and stays with an issued line, credited or not.

use rusqlite::{params, OptionalExtension};

use crate::{unique, Db, Result};

/// The settings row: the default markup and how Microsoft's prorated licences are billed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RebillSettingsRow {
    /// Percent, as decimal text.
    pub default_markup: String,
    /// `ardoise` or `microsoft`.
    pub prorated_licences: String,
}

/// A markup for a product, for every customer or for one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MarkupRow {
    pub product_id: i64,
    pub product_name: String,
    pub customer_id: Option<i64>,
    pub customer_name: Option<String>,
    /// Percent, as decimal text.
    pub rate: String,
}

/// A usage line not billed yet, as a billing run reads it (text decimals).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PcUsageRow {
    pub id: i64,
    pub customer_tenant: String,
    pub subscription_id: String,
    pub product_id: String,
    pub sku_id: Option<String>,
    pub product_name: String,
    pub meter: String,
    pub usage_date: String,
    pub quantity: String,
    /// Microsoft's cost when the file gives it, else the line's Subtotal.
    pub cost: String,
    pub currency: String,
}

/// A line of a change of seats (addQuantity, removeQuantity) not billed yet.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PcProratedRow {
    pub id: i64,
    pub customer_tenant: String,
    pub subscription_id: String,
    pub reference: String,
    pub quantity: String,
    pub unit_price: String,
    pub effective_unit_price: String,
    pub charge_start: String,
    pub charge_end: String,
    pub currency: String,
}

/// What a draft's lines bill of Partner Center, before they are rewritten.
#[derive(Debug, Clone)]
pub struct RebillLinks {
    kind: String,
    description: String,
    service_start: Option<String>,
    pc_lines: Vec<i64>,
}

impl Db<'_> {
    pub fn rebill_settings(&self) -> Result<RebillSettingsRow> {
        Ok(self.conn.query_row(
            "SELECT default_markup, prorated_licences FROM rebill_settings WHERE id = 1",
            [],
            |r| {
                Ok(RebillSettingsRow {
                    default_markup: r.get(0)?,
                    prorated_licences: r.get(1)?,
                })
            },
        )?)
    }

    pub fn save_rebill_settings(&self, s: &RebillSettingsRow) -> Result<()> {
        self.conn.execute(
            "UPDATE rebill_settings SET default_markup = ?1, prorated_licences = ?2 WHERE id = 1",
            params![s.default_markup, s.prorated_licences],
        )?;
        Ok(())
    }

    /// Every markup set, by product name, then every customer before each one.
    pub fn rebill_markups(&self) -> Result<Vec<MarkupRow>> {
        let mut stmt = self.conn.prepare(
            "SELECT m.product_id, p.name, m.customer_id, c.legal_name, m.rate
             FROM rebill_markups m JOIN products p ON p.id = m.product_id
             LEFT JOIN customers c ON c.id = m.customer_id
             ORDER BY p.name, p.id, m.customer_id IS NOT NULL, c.legal_name, m.customer_id",
        )?;
        let rows = stmt.query_map([], |r| {
            Ok(MarkupRow {
                product_id: r.get(0)?,
                product_name: r.get(1)?,
                customer_id: r.get(2)?,
                customer_name: r.get(3)?,
                rate: r.get(4)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Sets the markup of a product (for one customer, or every one), replacing the one
    /// set before.
    pub fn set_rebill_markup(
        &self,
        product_id: i64,
        customer_id: Option<i64>,
        rate: &str,
    ) -> Result<()> {
        let changed = self.conn.execute(
            "UPDATE rebill_markups SET rate = ?3 WHERE product_id = ?1 AND customer_id IS ?2",
            params![product_id, customer_id, rate],
        )?;
        if changed == 0 {
            self.conn
                .execute(
                    "INSERT INTO rebill_markups (product_id, customer_id, rate) VALUES (?1, ?2, ?3)",
                    params![product_id, customer_id, rate],
                )
                .map_err(unique("markup"))?;
        }
        Ok(())
    }

    /// Removes a markup; whether there was one.
    pub fn remove_rebill_markup(&self, product_id: i64, customer_id: Option<i64>) -> Result<bool> {
        let n = self.conn.execute(
            "DELETE FROM rebill_markups WHERE product_id = ?1 AND customer_id IS ?2",
            params![product_id, customer_id],
        )?;
        Ok(n > 0)
    }

    /// Usage lines of the days `from` to `to` (YYYY-MM-DD) no invoice line bills yet.
    pub fn unbilled_usage(&self, from: &str, to: &str) -> Result<Vec<PcUsageRow>> {
        let mut stmt = self.conn.prepare(
            "SELECT l.id, l.customer_tenant, l.subscription_id, l.product_id, l.sku_id,
                    COALESCE(l.product_name, l.sku_name), l.meter, l.usage_date, l.quantity,
                    COALESCE(l.microsoft_cost, l.subtotal), l.currency
             FROM pc_lines l
             WHERE l.usage_date BETWEEN ?1 AND ?2 AND l.meter IS NOT NULL
               AND NOT EXISTS (SELECT 1 FROM rebill_links b WHERE b.pc_line_id = l.id)
             ORDER BY l.customer_tenant, l.id",
        )?;
        let rows = stmt.query_map([from, to], |r| {
            Ok(PcUsageRow {
                id: r.get(0)?,
                customer_tenant: r.get(1)?,
                subscription_id: r.get(2)?,
                product_id: r.get(3)?,
                sku_id: r.get(4)?,
                product_name: r.get(5)?,
                meter: r.get(6)?,
                usage_date: r.get(7)?,
                quantity: r.get(8)?,
                cost: r.get(9)?,
                currency: r.get(10)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Changes of seats Microsoft prorated from a day of `from` to `to`, not billed yet.
    pub fn unbilled_prorated(&self, from: &str, to: &str) -> Result<Vec<PcProratedRow>> {
        let mut stmt = self.conn.prepare(
            "SELECT l.id, l.customer_tenant, l.subscription_id,
                    COALESCE(l.reference_id, 'line ' || l.id),
                    COALESCE(l.billable_quantity, l.quantity), l.unit_price,
                    l.effective_unit_price, l.charge_start, l.charge_end, l.currency
             FROM pc_lines l
             WHERE l.charge_type IN ('addQuantity', 'removeQuantity')
               AND l.charge_start BETWEEN ?1 AND ?2 AND l.charge_end IS NOT NULL
               AND l.effective_unit_price IS NOT NULL
               AND NOT EXISTS (SELECT 1 FROM rebill_links b WHERE b.pc_line_id = l.id)
             ORDER BY l.customer_tenant, l.id",
        )?;
        let rows = stmt.query_map([from, to], |r| {
            Ok(PcProratedRow {
                id: r.get(0)?,
                customer_tenant: r.get(1)?,
                subscription_id: r.get(2)?,
                reference: r.get(3)?,
                quantity: r.get(4)?,
                unit_price: r.get(5)?,
                effective_unit_price: r.get(6)?,
                charge_start: r.get(7)?,
                charge_end: r.get(8)?,
                currency: r.get(9)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Records that `line_id` bills these Partner Center lines. The schema refuses a
    /// line another invoice line already bills.
    pub fn link_rebilled(&self, line_id: i64, pc_lines: &[i64]) -> Result<()> {
        let mut stmt = self.conn.prepare_cached(
            "INSERT INTO rebill_links (pc_line_id, invoice_line_id) VALUES (?1, ?2)",
        )?;
        for pc_line in pc_lines {
            stmt.execute(params![pc_line, line_id])
                .map_err(unique("Microsoft line billed"))?;
        }
        Ok(())
    }

    /// How many Partner Center lines the lines of `invoice_id` bill.
    pub fn rebilled_count(&self, invoice_id: i64) -> Result<u64> {
        let n: i64 = self.conn.query_row(
            "SELECT COUNT(*) FROM rebill_links b JOIN invoice_lines l ON l.id = b.invoice_line_id
             WHERE l.invoice_id = ?1",
            [invoice_id],
            |r| r.get(0),
        )?;
        Ok(n.max(0).unsigned_abs())
    }

    /// The Partner Center links of a draft's lines, before they are rewritten.
    pub fn rebill_links(&self, invoice_id: i64) -> Result<Vec<RebillLinks>> {
        let mut stmt = self.conn.prepare(
            "SELECT l.id, l.kind, l.description, l.service_start FROM invoice_lines l
             WHERE l.invoice_id = ?1
               AND EXISTS (SELECT 1 FROM rebill_links b WHERE b.invoice_line_id = l.id)
             ORDER BY l.position",
        )?;
        let lines: Vec<(i64, RebillLinks)> = stmt
            .query_map([invoice_id], |r| {
                Ok((
                    r.get(0)?,
                    RebillLinks {
                        kind: r.get(1)?,
                        description: r.get(2)?,
                        service_start: r.get(3)?,
                        pc_lines: Vec::new(),
                    },
                ))
            })?
            .collect::<rusqlite::Result<_>>()?;
        let mut pc = self.conn.prepare_cached(
            "SELECT pc_line_id FROM rebill_links WHERE invoice_line_id = ?1 ORDER BY pc_line_id",
        )?;
        let mut out = Vec::with_capacity(lines.len());
        for (id, mut links) in lines {
            links.pc_lines = pc
                .query_map([id], |r| r.get(0))?
                .collect::<rusqlite::Result<_>>()?;
            out.push(links);
        }
        Ok(out)
    }

    /// Puts back the links `rebill_links` read on the rewritten lines that are the same
    /// line (kind, description, first day); a line removed from the draft frees what it
    /// billed.
    pub fn restore_rebill_links(&self, invoice_id: i64, kept: &[RebillLinks]) -> Result<()> {
        let mut find = self.conn.prepare_cached(
            "SELECT id FROM invoice_lines
             WHERE invoice_id = ?1 AND kind = ?2 AND description = ?3
               AND service_start IS ?4
               AND id NOT IN (SELECT invoice_line_id FROM rebill_links)
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
            if let Some(line) = line {
                self.link_rebilled(line, &links.pc_lines)?;
            }
        }
        Ok(())
    }
}
