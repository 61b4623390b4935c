use ardoise_domain::subscription::{
    BillingFrequency, QuantityChange, Subscription, SubscriptionStatus, Term,
};
use chrono::{DateTime, NaiveDate, Utc};
use rusqlite::{params, OptionalExtension, Row};

use crate::rows::{currency, date, parsed};
use crate::{unique, Db, Result, StoreError};

#[derive(Debug, Clone)]
pub struct SubscriptionRecord {
    pub id: i64,
    pub customer_id: i64,
    pub subscription: Subscription,
    /// Seat counts from the start, oldest first.
    pub history: Vec<QuantityChange>,
}

/// A subscription as listed: with its product's and customer's names.
#[derive(Debug, Clone)]
pub struct SubscriptionSummary {
    pub id: i64,
    pub customer_id: i64,
    pub customer_name: String,
    pub customer_currency: ardoise_domain::money::Currency,
    pub product_name: String,
    pub ms_product_id: String,
    pub subscription: Subscription,
}

const COLUMNS: &str = "s.product_id, s.quantity, s.term, s.billing_frequency, s.start_date, \
     s.renewal_date, s.auto_renew, s.status, s.pc_subscription_id";

/// Reads the nine `COLUMNS` starting at column `at`.
fn subscription_at(r: &Row<'_>, at: usize) -> rusqlite::Result<Subscription> {
    Ok(Subscription {
        product_id: r.get(at)?,
        quantity: r.get(at + 1)?,
        term: parsed(r, at + 2, "term", Term::parse)?,
        billing_frequency: parsed(r, at + 3, "billing frequency", BillingFrequency::parse)?,
        start_date: date(r, at + 4)?,
        renewal_date: date(r, at + 5)?,
        auto_renew: r.get(at + 6)?,
        status: parsed(r, at + 7, "subscription status", SubscriptionStatus::parse)?,
        pc_subscription_id: r.get(at + 8)?,
    })
}

impl Db<'_> {
    /// Inserts a subscription and its first seat count, effective on its start date.
    pub fn insert_subscription(
        &self,
        customer_id: i64,
        s: &Subscription,
        now: DateTime<Utc>,
    ) -> Result<i64> {
        self.conn
            .execute(
                "INSERT INTO subscriptions (customer_id, product_id, quantity, term, billing_frequency,
                    start_date, renewal_date, auto_renew, status, pc_subscription_id, created_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)",
                params![
                    customer_id,
                    s.product_id,
                    s.quantity,
                    s.term.code(),
                    s.billing_frequency.code(),
                    s.start_date.to_string(),
                    s.renewal_date.to_string(),
                    s.auto_renew,
                    s.status.code(),
                    s.pc_subscription_id,
                    now.to_rfc3339(),
                ],
            )
            .map_err(unique("pc_subscription_id"))?;
        let id = self.conn.last_insert_rowid();
        self.record_quantity(id, s.start_date, s.quantity, now)?;
        Ok(id)
    }

    /// Updates a subscription; a new seat count is recorded in its history from `effective`.
    pub fn update_subscription(
        &self,
        id: i64,
        s: &Subscription,
        quantity_effective: NaiveDate,
        now: DateTime<Utc>,
    ) -> Result<()> {
        let before = self.subscription(id)?;
        let n = self
            .conn
            .execute(
                "UPDATE subscriptions SET product_id = ?2, quantity = ?3, term = ?4,
                    billing_frequency = ?5, start_date = ?6, renewal_date = ?7, auto_renew = ?8,
                    status = ?9, pc_subscription_id = ?10
                 WHERE id = ?1",
                params![
                    id,
                    s.product_id,
                    s.quantity,
                    s.term.code(),
                    s.billing_frequency.code(),
                    s.start_date.to_string(),
                    s.renewal_date.to_string(),
                    s.auto_renew,
                    s.status.code(),
                    s.pc_subscription_id,
                ],
            )
            .map_err(unique("pc_subscription_id"))?;
        if n == 0 {
            return Err(StoreError::NotFound("subscription"));
        }
        if before.subscription.quantity != s.quantity {
            self.record_quantity(id, quantity_effective, s.quantity, now)?;
        }
        // The first day not billed any more when it is cancelled; cleared if revived.
        let was = before.subscription.status;
        let cancelled_on = match (was, s.status) {
            (w, SubscriptionStatus::Cancelled) if w != SubscriptionStatus::Cancelled => {
                Some(Some(quantity_effective.to_string()))
            }
            (SubscriptionStatus::Cancelled, n) if n != SubscriptionStatus::Cancelled => Some(None),
            _ => None,
        };
        if let Some(value) = cancelled_on {
            self.conn.execute(
                "UPDATE subscriptions SET cancelled_on = ?2 WHERE id = ?1",
                params![id, value],
            )?;
        }
        Ok(())
    }

    fn record_quantity(
        &self,
        subscription_id: i64,
        effective: NaiveDate,
        quantity: u32,
        now: DateTime<Utc>,
    ) -> Result<()> {
        self.conn.execute(
            "INSERT INTO subscription_quantities (subscription_id, effective_date, quantity, recorded_at)
             VALUES (?1, ?2, ?3, ?4)",
            params![subscription_id, effective.to_string(), quantity, now.to_rfc3339()],
        )?;
        Ok(())
    }

    pub fn subscription(&self, id: i64) -> Result<SubscriptionRecord> {
        let (customer_id, subscription) = self
            .conn
            .query_row(
                &format!("SELECT s.customer_id, {COLUMNS} FROM subscriptions s WHERE s.id = ?1"),
                [id],
                |r| Ok((r.get::<_, i64>(0)?, subscription_at(r, 1)?)),
            )
            .optional()?
            .ok_or(StoreError::NotFound("subscription"))?;
        let mut stmt = self.conn.prepare(
            "SELECT effective_date, quantity FROM subscription_quantities
             WHERE subscription_id = ?1 ORDER BY effective_date, id",
        )?;
        let history = stmt
            .query_map([id], |r| {
                Ok(QuantityChange {
                    effective_date: date(r, 0)?,
                    quantity: r.get(1)?,
                })
            })?
            .collect::<rusqlite::Result<_>>()?;
        Ok(SubscriptionRecord {
            id,
            customer_id,
            subscription,
            history,
        })
    }

    /// Subscriptions of one customer, or of all when `customer_id` is `None`.
    pub fn subscription_summaries(
        &self,
        customer_id: Option<i64>,
    ) -> Result<Vec<SubscriptionSummary>> {
        let mut stmt = self.conn.prepare(&format!(
            "SELECT s.id, s.customer_id, c.legal_name, c.currency, p.name, p.ms_product_id, {COLUMNS}
             FROM subscriptions s
             JOIN customers c ON c.id = s.customer_id
             JOIN products p ON p.id = s.product_id
             WHERE ?1 IS NULL OR s.customer_id = ?1
             ORDER BY c.legal_name COLLATE NOCASE, p.name COLLATE NOCASE, s.id"
        ))?;
        let rows = stmt.query_map([customer_id], |r| {
            Ok(SubscriptionSummary {
                id: r.get(0)?,
                customer_id: r.get(1)?,
                customer_name: r.get(2)?,
                customer_currency: currency(r, 3)?,
                product_name: r.get(4)?,
                ms_product_id: r.get(5)?,
                subscription: subscription_at(r, 6)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }
}
