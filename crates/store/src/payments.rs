//! Payments received and their allocations to invoices. Both are records of money:
//! written once, never changed (the triggers see to it).

use ardoise_domain::invoicing::PaymentMethod;
use ardoise_domain::money::{Currency, Money};
use chrono::{DateTime, NaiveDate, Utc};
use rusqlite::OptionalExtension;

use crate::movements::{minor, Movement};
use crate::reversals::ReversalRecord;
use crate::rows::{currency, date};
use crate::{Db, Result, StoreError};

#[derive(Debug, Clone)]
pub struct PaymentRecord {
    pub id: i64,
    pub customer_id: i64,
    pub customer_name: String,
    pub received_on: NaiveDate,
    pub amount: Money,
    pub method: String,
    pub reference: Option<String>,
    /// (invoice id, invoice number, amount), as allocated (a reversal keeps them: it
    /// undoes them with rows of its own).
    pub allocations: Vec<(i64, String, Money)>,
    /// What is left to allocate or refund: nothing once reversed.
    pub unallocated: Money,
    pub reversal: Option<ReversalRecord>,
    /// What was refunded to the customer out of this payment's credit.
    pub refunded: Money,
}

/// A payment's share in settling one invoice.
#[derive(Debug, Clone)]
pub struct Settlement {
    pub payment_id: i64,
    pub received_on: NaiveDate,
    pub method: String,
    pub reference: Option<String>,
    pub amount: Money,
}

/// One currency's figures of a customer's account, in minor units.
#[derive(Debug, Clone, Default)]
pub struct AccountTotals {
    pub invoiced: i64,
    pub credited: i64,
    pub paid: i64,
    pub allocated: i64,
}

impl Db<'_> {
    pub fn insert_payment(
        &self,
        customer_id: i64,
        received_on: NaiveDate,
        amount: &Money,
        method: PaymentMethod,
        reference: Option<&str>,
        now: DateTime<Utc>,
    ) -> Result<i64> {
        let m = Movement::new(customer_id, received_on, amount, method, reference);
        self.insert_movement("payments", "received_on", m, now)
    }

    pub fn insert_allocation(
        &self,
        payment_id: i64,
        invoice_id: i64,
        amount: &Money,
        now: DateTime<Utc>,
    ) -> Result<()> {
        let columns = ("payment_id", "invoice_id");
        self.insert_share(
            "allocations",
            columns,
            (payment_id, invoice_id),
            amount,
            now,
        )
    }

    pub fn payment(&self, id: i64) -> Result<PaymentRecord> {
        self.payments_where("p.id = ?1", id)?
            .pop()
            .ok_or(StoreError::NotFound("payment"))
    }

    /// Payments of one customer, or of all (`None`), newest first.
    pub fn payments(&self, customer_id: Option<i64>) -> Result<Vec<PaymentRecord>> {
        match customer_id {
            Some(c) => self.payments_where("p.customer_id = ?1", c),
            None => self.payments_where("?1 = ?1", 0),
        }
    }

    fn payments_where(&self, filter: &str, arg: i64) -> Result<Vec<PaymentRecord>> {
        let mut stmt = self.conn.prepare(&format!(
            "SELECT p.id, p.customer_id, c.legal_name, p.received_on, p.amount_minor, p.currency,
                    p.method, p.reference
             FROM payments p JOIN customers c ON c.id = p.customer_id
             WHERE {filter} ORDER BY p.received_on DESC, p.id DESC"
        ))?;
        let heads = stmt
            .query_map([arg], |r| {
                let cur: Currency = currency(r, 5)?;
                Ok((
                    r.get::<_, i64>(0)?,
                    r.get::<_, i64>(1)?,
                    r.get::<_, String>(2)?,
                    date(r, 3)?,
                    Money::from_minor(r.get(4)?, cur),
                    r.get::<_, String>(6)?,
                    r.get::<_, Option<String>>(7)?,
                ))
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        let mut alloc = self.conn.prepare_cached(
            "SELECT a.invoice_id, i.number, a.amount_minor FROM allocations a
             JOIN invoices i ON i.id = a.invoice_id WHERE a.payment_id = ?1 ORDER BY a.id",
        )?;
        let mut out = Vec::with_capacity(heads.len());
        for (id, customer_id, customer_name, received_on, amount, method, reference) in heads {
            let allocations = alloc
                .query_map([id], |r| {
                    Ok((
                        r.get::<_, i64>(0)?,
                        r.get::<_, Option<String>>(1)?.unwrap_or_default(),
                        Money::from_minor(r.get(2)?, amount.currency),
                    ))
                })?
                .collect::<rusqlite::Result<Vec<_>>>()?;
            let allocated: i64 = allocations
                .iter()
                .map(|(_, _, m)| m.to_minor().unwrap_or(0))
                .sum();
            let reversal = self.payment_reversal(id)?;
            let refunded = self.payment_refunded(id)?;
            let left = match reversal {
                Some(_) => 0,
                None => minor(&amount)? - allocated - refunded,
            };
            let unallocated = Money::from_minor(left, amount.currency);
            out.push(PaymentRecord {
                id,
                customer_id,
                customer_name,
                received_on,
                amount,
                method,
                reference,
                allocations,
                unallocated,
                reversal,
                refunded: Money::from_minor(refunded, amount.currency),
            });
        }
        Ok(out)
    }

    /// The payments that settle an invoice now: a reversed payment no longer does.
    pub fn settlements(&self, invoice_id: i64) -> Result<Vec<Settlement>> {
        let mut stmt = self.conn.prepare(
            "SELECT p.id, p.received_on, p.method, p.reference, a.amount_minor, p.currency
             FROM allocations a JOIN payments p ON p.id = a.payment_id
             WHERE a.invoice_id = ?1
               AND NOT EXISTS (SELECT 1 FROM payment_reversals r WHERE r.payment_id = p.id)
             ORDER BY p.received_on, a.id",
        )?;
        let rows = stmt.query_map([invoice_id], |r| {
            Ok(Settlement {
                payment_id: r.get(0)?,
                received_on: date(r, 1)?,
                method: r.get(2)?,
                reference: r.get(3)?,
                amount: Money::from_minor(r.get(4)?, currency(r, 5)?),
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// A customer's account per currency: issued invoices, issued credit notes,
    /// payments received net of their reversals and of refunds, and what of them is
    /// allocated, so that `paid - allocated` is the credit payments still hold (nothing
    /// of a reversed payment, less what was refunded out of it).
    pub fn account_totals(&self, customer_id: i64) -> Result<Vec<(Currency, AccountTotals)>> {
        let mut stmt = self.conn.prepare(
            "SELECT currency,
                    SUM(CASE WHEN src = 'invoice' THEN amount ELSE 0 END),
                    SUM(CASE WHEN src = 'credit_note' THEN amount ELSE 0 END),
                    SUM(CASE WHEN src IN ('payment', 'refund') THEN amount ELSE 0 END),
                    SUM(CASE WHEN src IN ('allocated', 'refund') THEN amount ELSE 0 END)
             FROM (
                SELECT kind AS src, currency, gross_minor AS amount FROM invoices
                WHERE customer_id = ?1 AND status = 'issued'
                UNION ALL
                SELECT 'payment', currency, amount_minor FROM payments WHERE customer_id = ?1
                UNION ALL
                SELECT 'payment', p.currency, -p.amount_minor FROM payment_reversals r
                JOIN payments p ON p.id = r.payment_id WHERE p.customer_id = ?1
                UNION ALL
                SELECT 'refund', currency, -amount_minor FROM refunds WHERE customer_id = ?1
                UNION ALL
                SELECT 'allocated', p.currency, a.amount_minor FROM allocations a
                JOIN payments p ON p.id = a.payment_id WHERE p.customer_id = ?1
                UNION ALL
                SELECT 'allocated', p.currency, -ra.amount_minor FROM reversal_allocations ra
                JOIN payment_reversals r ON r.id = ra.reversal_id
                JOIN payments p ON p.id = r.payment_id WHERE p.customer_id = ?1
                UNION ALL
                SELECT 'allocated', p.currency, s.amount_minor FROM refund_sources s
                JOIN payments p ON p.id = s.payment_id WHERE p.customer_id = ?1
             ) GROUP BY currency ORDER BY currency",
        )?;
        let rows = stmt.query_map([customer_id], |r| {
            Ok((
                currency(r, 0)?,
                AccountTotals {
                    invoiced: r.get(1)?,
                    credited: r.get(2)?,
                    paid: r.get(3)?,
                    allocated: r.get(4)?,
                },
            ))
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    pub fn payment_customer(&self, payment_id: i64) -> Result<i64> {
        self.conn
            .query_row(
                "SELECT customer_id FROM payments WHERE id = ?1",
                [payment_id],
                |r| r.get(0),
            )
            .optional()?
            .ok_or(StoreError::NotFound("payment"))
    }
}
