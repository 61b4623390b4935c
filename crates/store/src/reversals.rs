//! Reversals of payments and refunds of a customer's credit (migration 014): rows of
//! their own, written once, that the balances and statements count beside the payments.

use ardoise_domain::invoicing::{CreditSource, PaymentMethod};
use ardoise_domain::money::{Currency, Money};
use chrono::{DateTime, NaiveDate, Utc};
use rusqlite::{params, OptionalExtension};

use crate::movements::Movement;
use crate::rows::{currency, date};
use crate::{Db, Result, StoreError};

/// A payment's reversal: when, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReversalRecord {
    pub id: i64,
    pub payment_id: i64,
    pub reversed_on: NaiveDate,
    pub reason: String,
}

/// Money paid back to a customer out of its credit.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RefundRecord {
    pub id: i64,
    pub customer_id: i64,
    pub refunded_on: NaiveDate,
    pub amount: Money,
    pub method: String,
    pub reference: Option<String>,
}

impl Db<'_> {
    pub fn payment_reversal(&self, payment_id: i64) -> Result<Option<ReversalRecord>> {
        Ok(self
            .conn
            .prepare_cached(
                "SELECT id, payment_id, reversed_on, reason FROM payment_reversals
                 WHERE payment_id = ?1",
            )?
            .query_row([payment_id], |r| {
                Ok(ReversalRecord {
                    id: r.get(0)?,
                    payment_id: r.get(1)?,
                    reversed_on: date(r, 2)?,
                    reason: r.get(3)?,
                })
            })
            .optional()?)
    }

    /// What was refunded out of a payment's credit, in minor units.
    pub fn payment_refunded(&self, payment_id: i64) -> Result<i64> {
        Ok(self
            .conn
            .prepare_cached(
                "SELECT COALESCE(SUM(amount_minor), 0) FROM refund_sources WHERE payment_id = ?1",
            )?
            .query_row([payment_id], |r| r.get(0))?)
    }

    pub fn insert_reversal(
        &self,
        payment_id: i64,
        on: NaiveDate,
        reason: &str,
        now: DateTime<Utc>,
    ) -> Result<i64> {
        self.conn.execute(
            "INSERT INTO payment_reversals (payment_id, reversed_on, reason, created_at)
             VALUES (?1, ?2, ?3, ?4)",
            params![payment_id, on.to_string(), reason, now.to_rfc3339()],
        )?;
        Ok(self.conn.last_insert_rowid())
    }

    pub fn insert_reversal_allocation(
        &self,
        reversal_id: i64,
        invoice_id: i64,
        amount: &Money,
        now: DateTime<Utc>,
    ) -> Result<()> {
        let columns = ("reversal_id", "invoice_id");
        let ids = (reversal_id, invoice_id);
        self.insert_share("reversal_allocations", columns, ids, amount, now)
    }

    /// A customer's payments in `cur` with credit left (not allocated, not refunded,
    /// not reversed), oldest first.
    pub fn credit_sources(&self, customer_id: i64, cur: Currency) -> Result<Vec<CreditSource>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT id, received_on, left FROM (
                SELECT p.id, p.received_on, p.amount_minor
                     - COALESCE((SELECT SUM(a.amount_minor) FROM allocations a
                                 WHERE a.payment_id = p.id), 0)
                     - COALESCE((SELECT SUM(s.amount_minor) FROM refund_sources s
                                 WHERE s.payment_id = p.id), 0) AS left
                FROM payments p
                WHERE p.customer_id = ?1 AND p.currency = ?2
                  AND NOT EXISTS (SELECT 1 FROM payment_reversals r WHERE r.payment_id = p.id)
             ) WHERE left > 0 ORDER BY received_on, id",
        )?;
        let rows = stmt.query_map(params![customer_id, cur.code()], |r| {
            Ok(CreditSource {
                payment_id: r.get(0)?,
                received_on: date(r, 1)?,
                left: Money::from_minor(r.get(2)?, cur),
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// A customer's balance in `cur` over everything recorded, whatever its date:
    /// positive when the customer owes, negative when it is owed.
    pub fn customer_balance(&self, customer_id: i64, cur: Currency) -> Result<Money> {
        let minor: i64 = self
            .conn
            .prepare_cached(
                "SELECT COALESCE(SUM(amount), 0) FROM (
                SELECT CASE kind WHEN 'invoice' THEN gross_minor ELSE -gross_minor END AS amount
                FROM invoices WHERE customer_id = ?1 AND currency = ?2 AND status = 'issued'
                UNION ALL
                SELECT -amount_minor FROM payments WHERE customer_id = ?1 AND currency = ?2
                UNION ALL
                SELECT p.amount_minor FROM payment_reversals r
                JOIN payments p ON p.id = r.payment_id
                WHERE p.customer_id = ?1 AND p.currency = ?2
                UNION ALL
                SELECT amount_minor FROM refunds WHERE customer_id = ?1 AND currency = ?2
             )",
            )?
            .query_row(params![customer_id, cur.code()], |r| r.get(0))?;
        Ok(Money::from_minor(minor, cur))
    }

    pub fn insert_refund(
        &self,
        customer_id: i64,
        on: NaiveDate,
        amount: &Money,
        method: PaymentMethod,
        reference: Option<&str>,
        now: DateTime<Utc>,
    ) -> Result<i64> {
        let m = Movement::new(customer_id, on, amount, method, reference);
        self.insert_movement("refunds", "refunded_on", m, now)
    }

    pub fn insert_refund_source(
        &self,
        refund_id: i64,
        payment_id: i64,
        amount: &Money,
        now: DateTime<Utc>,
    ) -> Result<()> {
        let columns = ("refund_id", "payment_id");
        let ids = (refund_id, payment_id);
        self.insert_share("refund_sources", columns, ids, amount, now)
    }

    pub fn refund(&self, id: i64) -> Result<RefundRecord> {
        self.refunds_where("id = ?1", id)?
            .pop()
            .ok_or(StoreError::NotFound("refund"))
    }

    /// A customer's refunds, newest first.
    pub fn refunds(&self, customer_id: i64) -> Result<Vec<RefundRecord>> {
        self.refunds_where("customer_id = ?1", customer_id)
    }

    fn refunds_where(&self, filter: &str, arg: i64) -> Result<Vec<RefundRecord>> {
        let mut stmt = self.conn.prepare(&format!(
            "SELECT id, customer_id, refunded_on, amount_minor, currency, method, reference
             FROM refunds WHERE {filter} ORDER BY refunded_on DESC, id DESC"
        ))?;
        let rows = stmt.query_map([arg], |r| {
            Ok(RefundRecord {
                id: r.get(0)?,
                customer_id: r.get(1)?,
                refunded_on: date(r, 2)?,
                amount: Money::from_minor(r.get(3)?, currency(r, 4)?),
                method: r.get(5)?,
                reference: r.get(6)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }
}
