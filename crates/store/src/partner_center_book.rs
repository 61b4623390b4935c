//! What the book holds of its Partner Center customers and subscriptions, for writing the
//! month Microsoft would bill them (the demonstration book's files).

use rusqlite::params;

use crate::{Db, Result};

/// A subscription with its customer and product, as Partner Center knows them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PcBookSubscription {
    pub tenant: String,
    pub customer_name: String,
    pub domain: Option<String>,
    pub country: String,
    pub currency: String,
    pub pc_subscription_id: String,
    pub ms_product_id: String,
    pub ms_sku_id: String,
    pub product_name: String,
    pub quantity: u32,
    pub term: String,
    pub billing_frequency: String,
    pub start_date: String,
    /// The partner's cost in force on the day asked, per seat and month, as decimal text.
    pub partner_cost: Option<String>,
}

impl Db<'_> {
    /// Active subscriptions with a Partner Center id, of customers with a tenant, in the
    /// order of customers then subscriptions.
    pub fn pc_book_subscriptions(&self, on: &str) -> Result<Vec<PcBookSubscription>> {
        let mut stmt = self.conn.prepare(
            "SELECT c.tenant_id, c.legal_name, c.domain, c.country, c.currency,
                    s.pc_subscription_id, p.ms_product_id, p.ms_sku_id, p.name, s.quantity,
                    s.term, s.billing_frequency, s.start_date,
                    (SELECT r.partner_cost FROM prices r
                     WHERE r.product_id = p.id AND r.currency = c.currency
                       AND r.effective_from <= ?1
                     ORDER BY r.effective_from DESC LIMIT 1)
             FROM subscriptions s
             JOIN customers c ON c.id = s.customer_id
             JOIN products p ON p.id = s.product_id
             WHERE c.tenant_id IS NOT NULL AND s.pc_subscription_id IS NOT NULL
               AND s.status = 'active'
             ORDER BY c.id, s.id",
        )?;
        let rows = stmt
            .query_map(params![on], |r| {
                Ok(PcBookSubscription {
                    tenant: r.get(0)?,
                    customer_name: r.get(1)?,
                    domain: r.get(2)?,
                    country: r.get(3)?,
                    currency: r.get(4)?,
                    pc_subscription_id: r.get(5)?,
                    ms_product_id: r.get(6)?,
                    ms_sku_id: r.get(7)?,
                    product_name: r.get(8)?,
                    quantity: r.get(9)?,
                    term: r.get(10)?,
                    billing_frequency: r.get(11)?,
                    start_date: r.get(12)?,
                    partner_cost: r.get(13)?,
                })
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(rows)
    }
}
