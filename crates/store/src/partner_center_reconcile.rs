//! What the month's reconciliation and margin read: Microsoft's lines of a month, the
//! customer invoice lines that re-bill Partner Center subscriptions, the resale billed
//! for the month and the files' own totals. Amounts leave as stored (decimal text, minor
//! units); the arithmetic is the application's.

use chrono::NaiveDate;
use rusqlite::params;

use crate::{Db, Result};

/// A Microsoft line of the month, with the book's customer and subscription it names.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PcPeriodLine {
    pub import_id: i64,
    pub file_line: u64,
    pub customer_tenant: String,
    pub customer_name: String,
    pub subscription_id: String,
    pub product_id: String,
    pub sku_id: Option<String>,
    pub sku_name: String,
    pub charge_type: String,
    pub quantity: String,
    pub billable_quantity: Option<String>,
    pub subtotal: String,
    pub microsoft_cost: Option<String>,
    pub currency: String,
    pub charge_start: Option<String>,
    pub charge_end: Option<String>,
    pub metered: bool,
    /// The book's customer of the tenant, and its name.
    pub book_customer: Option<(i64, String)>,
    /// The book's subscription of this Partner Center id.
    pub book_subscription: Option<i64>,
    /// The catalogue's name of the product, when it has it.
    pub book_product: Option<String>,
}

/// A customer invoice or credit note line linked to a subscription.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SubscriptionInvoiceLine {
    pub line_id: i64,
    pub invoice_id: i64,
    /// `invoice` or `credit_note`.
    pub kind: String,
    /// `draft` or `issued`.
    pub status: String,
    pub number: Option<String>,
    pub customer_id: i64,
    pub customer_name: String,
    pub currency: String,
    /// `None` for a credit note's line not tied to a subscription (a partial credit).
    pub subscription_id: Option<i64>,
    pub pc_subscription_id: Option<String>,
    pub ms_product_id: String,
    pub ms_sku_id: String,
    pub product_name: String,
    pub service_start: Option<String>,
    pub service_end: Option<String>,
    pub quantity: String,
    pub net_minor: i64,
}

const LINE_COLUMNS: &str = "l.id, i.id, i.kind, i.status, i.number, i.customer_id, c.legal_name,
    i.currency, s.id, s.pc_subscription_id, COALESCE(p.ms_product_id, ''),
    COALESCE(p.ms_sku_id, ''), COALESCE(p.name, ''), l.service_start, l.service_end,
    l.quantity, l.net_minor";

fn invoice_line(r: &rusqlite::Row<'_>) -> rusqlite::Result<SubscriptionInvoiceLine> {
    Ok(SubscriptionInvoiceLine {
        line_id: r.get(0)?,
        invoice_id: r.get(1)?,
        kind: r.get(2)?,
        status: r.get(3)?,
        number: r.get(4)?,
        customer_id: r.get(5)?,
        customer_name: r.get(6)?,
        currency: r.get(7)?,
        subscription_id: r.get(8)?,
        pc_subscription_id: r.get(9)?,
        ms_product_id: r.get(10)?,
        ms_sku_id: r.get(11)?,
        product_name: r.get(12)?,
        service_start: r.get(13)?,
        service_end: r.get(14)?,
        quantity: r.get(15)?,
        net_minor: r.get(16)?,
    })
}

impl Db<'_> {
    /// Microsoft's lines of the days `from..=to`: a usage line by its usage date, any
    /// other by the day its charge starts (a year billed upfront is the cost of the month
    /// Microsoft billed it, not of each month it covers); in the order they were imported.
    pub fn pc_lines_between(&self, from: NaiveDate, to: NaiveDate) -> Result<Vec<PcPeriodLine>> {
        let mut stmt = self.conn.prepare(
            "SELECT l.import_id, l.file_line, l.customer_tenant, l.customer_name,
                    l.subscription_id, l.product_id, l.sku_id, l.sku_name, l.charge_type,
                    l.quantity, l.billable_quantity, l.subtotal, l.microsoft_cost, l.currency,
                    l.charge_start, l.charge_end, l.meter IS NOT NULL OR l.usage_date IS NOT NULL,
                    c.id, c.legal_name, s.id,
                    (SELECT p.name FROM products p
                     WHERE p.ms_product_id = l.product_id
                       AND p.ms_sku_id = UPPER(COALESCE(l.sku_id, '')))
             FROM pc_lines l
             LEFT JOIN customers c ON c.tenant_id = l.customer_tenant
             LEFT JOIN subscriptions s ON s.pc_subscription_id = l.subscription_id
             WHERE CASE WHEN l.usage_date IS NOT NULL
                        THEN l.usage_date BETWEEN ?1 AND ?2
                        ELSE l.charge_start BETWEEN ?1 AND ?2
                   END
             ORDER BY l.import_id, l.file_line",
        )?;
        let rows = stmt
            .query_map(params![from.to_string(), to.to_string()], |r| {
                let customer: Option<i64> = r.get(17)?;
                let customer_name: Option<String> = r.get(18)?;
                Ok(PcPeriodLine {
                    import_id: r.get(0)?,
                    file_line: r.get::<_, i64>(1)? as u64,
                    customer_tenant: r.get(2)?,
                    customer_name: r.get(3)?,
                    subscription_id: r.get(4)?,
                    product_id: r.get(5)?,
                    sku_id: r.get(6)?,
                    sku_name: r.get(7)?,
                    charge_type: r.get(8)?,
                    quantity: r.get(9)?,
                    billable_quantity: r.get(10)?,
                    subtotal: r.get(11)?,
                    microsoft_cost: r.get(12)?,
                    currency: r.get(13)?,
                    charge_start: r.get(14)?,
                    charge_end: r.get(15)?,
                    metered: r.get(16)?,
                    book_customer: customer.zip(customer_name),
                    book_subscription: r.get(19)?,
                    book_product: r.get(20)?,
                })
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(rows)
    }

    /// Invoice lines (drafts and issued) of subscriptions Partner Center knows, whose
    /// service period overlaps the days `from..=to`: what re-bills Microsoft's lines.
    pub fn rebilling_lines_between(
        &self,
        from: NaiveDate,
        to: NaiveDate,
    ) -> Result<Vec<SubscriptionInvoiceLine>> {
        let mut stmt = self.conn.prepare(&format!(
            "SELECT {LINE_COLUMNS}
             FROM invoice_lines l
             JOIN invoices i ON i.id = l.invoice_id
             JOIN customers c ON c.id = i.customer_id
             JOIN subscriptions s ON s.id = l.subscription_id
             JOIN products p ON p.id = s.product_id
             WHERE i.kind = 'invoice' AND s.pc_subscription_id IS NOT NULL
               AND l.service_start <= ?2 AND COALESCE(l.service_end, l.service_start) >= ?1
             ORDER BY l.id"
        ))?;
        let rows = stmt
            .query_map(params![from.to_string(), to.to_string()], invoice_line)?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(rows)
    }

    /// What customers were billed for the month starting `from`: the subscription lines
    /// of its invoices (drafts and issued), and every line of the issued credit notes
    /// correcting them (a partial credit is one line tied to no subscription).
    pub fn resale_lines_of_month(&self, from: NaiveDate) -> Result<Vec<SubscriptionInvoiceLine>> {
        let mut stmt = self.conn.prepare(&format!(
            "SELECT {LINE_COLUMNS}
             FROM invoice_lines l
             JOIN invoices i ON i.id = l.invoice_id
             JOIN customers c ON c.id = i.customer_id
             LEFT JOIN subscriptions s ON s.id = l.subscription_id
             LEFT JOIN products p ON p.id = s.product_id
             WHERE (i.kind = 'invoice' AND i.period_start = ?1 AND l.subscription_id IS NOT NULL)
                OR (i.kind = 'credit_note' AND i.status = 'issued'
                    AND i.credited_invoice_id IN
                        (SELECT id FROM invoices WHERE kind = 'invoice' AND period_start = ?1))
             ORDER BY l.id"
        ))?;
        let rows = stmt
            .query_map([from.to_string()], invoice_line)?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(rows)
    }

    /// The Subtotal totals, per currency, of the files whose period lies within
    /// `from..=to`, and how many such files there are.
    pub fn pc_file_totals_within(
        &self,
        from: NaiveDate,
        to: NaiveDate,
    ) -> Result<(u64, Vec<(String, String)>)> {
        let files: i64 = self.conn.query_row(
            "SELECT COUNT(*) FROM pc_imports WHERE period_from >= ?1 AND period_to <= ?2",
            params![from.to_string(), to.to_string()],
            |r| r.get(0),
        )?;
        let mut stmt = self.conn.prepare(
            "SELECT t.currency, t.subtotal FROM pc_import_totals t
             JOIN pc_imports i ON i.id = t.import_id
             WHERE i.period_from >= ?1 AND i.period_to <= ?2
             ORDER BY t.currency, t.import_id",
        )?;
        let rows = stmt
            .query_map(params![from.to_string(), to.to_string()], |r| {
                Ok((r.get(0)?, r.get(1)?))
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        Ok((files as u64, rows))
    }
}
