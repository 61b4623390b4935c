//! What a billing run reads: every customer's billing terms and every subscription with
//! its seat history and prices, in a few set-wise queries (a run covers the whole book).

use std::collections::HashMap;

use ardoise_domain::catalog::Price;
use ardoise_domain::invoicing::BillableSubscription;
use ardoise_domain::money::Currency;
use ardoise_domain::subscription::{BillingFrequency, QuantityChange, SubscriptionStatus, Term};
use ardoise_domain::Lang;

use crate::rows::{currency, date, decimal, parsed};
use crate::{Db, Result};

#[derive(Debug, Clone)]
pub struct BillingCustomer {
    pub id: i64,
    pub legal_name: String,
    pub country: String,
    pub vat_number: Option<String>,
    pub currency: Currency,
    pub language: Lang,
    pub payment_terms_days: u32,
}

impl Db<'_> {
    pub fn billing_customers(&self) -> Result<Vec<BillingCustomer>> {
        let mut stmt = self.conn.prepare(
            "SELECT id, legal_name, country, vat_number, currency, language, payment_terms_days
             FROM customers ORDER BY id",
        )?;
        let rows = stmt.query_map([], |r| {
            Ok(BillingCustomer {
                id: r.get(0)?,
                legal_name: r.get(1)?,
                country: r.get(2)?,
                vat_number: r.get(3)?,
                currency: currency(r, 4)?,
                language: parsed(r, 5, "language", Lang::parse)?,
                payment_terms_days: r.get(6)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Every subscription, keyed by customer, with its history and its product's prices.
    pub fn billable_subscriptions(&self) -> Result<HashMap<i64, Vec<BillableSubscription>>> {
        let mut prices: HashMap<i64, Vec<Price>> = HashMap::new();
        {
            let mut stmt = self.conn.prepare(
                "SELECT product_id, currency, effective_from, partner_cost, resale_price
                 FROM prices ORDER BY product_id, effective_from",
            )?;
            let mut rows = stmt.query([])?;
            while let Some(r) = rows.next()? {
                prices.entry(r.get(0)?).or_default().push(Price {
                    currency: currency(r, 1)?,
                    effective_from: date(r, 2)?,
                    partner_cost: decimal(r, 3)?,
                    resale_price: decimal(r, 4)?,
                });
            }
        }
        let mut history: HashMap<i64, Vec<QuantityChange>> = HashMap::new();
        {
            let mut stmt = self.conn.prepare(
                "SELECT subscription_id, effective_date, quantity FROM subscription_quantities
                 ORDER BY subscription_id, effective_date, id",
            )?;
            let mut rows = stmt.query([])?;
            while let Some(r) = rows.next()? {
                history.entry(r.get(0)?).or_default().push(QuantityChange {
                    effective_date: date(r, 1)?,
                    quantity: r.get(2)?,
                });
            }
        }
        let mut out: HashMap<i64, Vec<BillableSubscription>> = HashMap::new();
        let mut stmt = self.conn.prepare(
            "SELECT s.id, s.customer_id, p.name, s.product_id, s.term, s.billing_frequency,
                    s.start_date, s.renewal_date, s.status, s.cancelled_on
             FROM subscriptions s JOIN products p ON p.id = s.product_id ORDER BY s.id",
        )?;
        let mut rows = stmt.query([])?;
        while let Some(r) = rows.next()? {
            let id: i64 = r.get(0)?;
            let product_id: i64 = r.get(3)?;
            let cancelled_on = match r.get::<_, Option<String>>(9)? {
                Some(_) => Some(date(r, 9)?),
                None => None,
            };
            out.entry(r.get(1)?)
                .or_default()
                .push(BillableSubscription {
                    id,
                    product_name: r.get(2)?,
                    term: parsed(r, 4, "term", Term::parse)?,
                    billing_frequency: parsed(r, 5, "billing frequency", BillingFrequency::parse)?,
                    start_date: date(r, 6)?,
                    renewal_date: date(r, 7)?,
                    status: parsed(r, 8, "subscription status", SubscriptionStatus::parse)?,
                    cancelled_on,
                    history: history.remove(&id).unwrap_or_default(),
                    prices: prices.get(&product_id).cloned().unwrap_or_default(),
                });
        }
        Ok(out)
    }
}
