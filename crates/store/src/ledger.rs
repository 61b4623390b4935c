//! What statements and the aging report read: a customer's ledger as of a date, the
//! invoices open on a date, and balances.
//!
//! Only issued documents count; drafts are not the customer's debt. Dates are the
//! documents' own (issue date, date received, date reversed or refunded), never when
//! they were typed in. A payment's reversal counts from its own date: before it, the
//! payment settled what it settled; from it, those invoices are open again.

use std::collections::HashMap;

use ardoise_domain::invoicing::{Allocation, PaymentMethod};
use ardoise_domain::money::{Currency, Money};
use ardoise_domain::statements::{EntryKind, LedgerEntry, ReversedPayment};
use chrono::NaiveDate;
use rusqlite::params;

use crate::rows::{currency, date};
use crate::{Db, Result};

/// An invoice with something left to pay on a date, for the aging report.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OpenInvoice {
    pub invoice_id: i64,
    pub customer_id: i64,
    pub number: String,
    pub issue_date: NaiveDate,
    pub due_date: NaiveDate,
    pub original: Money,
    /// Positive.
    pub open: Money,
}

/// A customer's balance in one currency on a date: invoices less credit notes less
/// payments; positive when the customer owes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Balance {
    pub customer_id: i64,
    pub balance: Money,
}

impl Db<'_> {
    /// The currencies a customer has issued documents or payments in, the customer's own
    /// first when it has any.
    pub fn ledger_currencies(&self, customer_id: i64) -> Result<Vec<Currency>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT currency FROM invoices WHERE customer_id = ?1 AND status = 'issued'
             UNION SELECT currency FROM payments WHERE customer_id = ?1
             UNION SELECT currency FROM refunds WHERE customer_id = ?1 ORDER BY 1",
        )?;
        let rows = stmt.query_map([customer_id], |r| currency(r, 0))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// A customer's issued invoices and credit notes and its payments with their
    /// allocations, in one currency, dated on or before `as_of`.
    pub fn ledger(
        &self,
        customer_id: i64,
        cur: Currency,
        as_of: NaiveDate,
    ) -> Result<Vec<LedgerEntry>> {
        let as_of = as_of.to_string();
        let mut entries = Vec::new();
        let mut stmt = self.conn.prepare_cached(
            "SELECT id, kind, number, issue_date, due_date, gross_minor, credited_invoice_id
             FROM invoices
             WHERE customer_id = ?1 AND currency = ?2 AND status = 'issued' AND issue_date <= ?3
             ORDER BY issue_date, id",
        )?;
        let rows = stmt.query_map(params![customer_id, cur.code(), as_of], |r| {
            let kind: String = r.get(1)?;
            let amount = Money::from_minor(r.get(5)?, cur);
            let issued = date(r, 3)?;
            Ok(if kind == "credit_note" {
                LedgerEntry::credit_note(
                    r.get(0)?,
                    r.get::<_, String>(2)?,
                    issued,
                    r.get(6)?,
                    amount,
                )
            } else {
                let due = match r.get::<_, Option<String>>(4)? {
                    Some(_) => date(r, 4)?,
                    None => issued,
                };
                LedgerEntry::invoice(r.get(0)?, r.get::<_, String>(2)?, issued, due, amount)
            })
        })?;
        for row in rows {
            entries.push(row?);
        }

        let mut stmt = self.conn.prepare_cached(
            "SELECT p.id, COALESCE(p.reference, ''), p.received_on, p.amount_minor, p.method
             FROM payments p
             WHERE p.customer_id = ?1 AND p.currency = ?2 AND p.received_on <= ?3
             ORDER BY p.received_on, p.id",
        )?;
        let rows = stmt.query_map(params![customer_id, cur.code(), as_of], |r| {
            let method: String = r.get(4)?;
            let payment = LedgerEntry::payment(
                r.get(0)?,
                r.get::<_, String>(1)?,
                date(r, 2)?,
                Money::from_minor(r.get(3)?, cur),
                Vec::new(),
            );
            // How it came is data: the documents name a payment without a reference by
            // its method, in the reader's language. A code the domain does not know
            // (written by a later version) leaves the payment named by its id alone.
            Ok(match PaymentMethod::parse(&method) {
                Some(m) => payment.by(m),
                None => payment,
            })
        })?;
        let first_payment = entries.len();
        let mut by_payment: HashMap<i64, usize> = HashMap::new();
        for row in rows {
            let e = row?;
            by_payment.insert(e.id, entries.len());
            entries.push(e);
        }
        if entries.len() > first_payment {
            let mut stmt = self.conn.prepare_cached(
                "SELECT a.payment_id, a.invoice_id, a.amount_minor
                 FROM allocations a JOIN payments p ON p.id = a.payment_id
                 WHERE p.customer_id = ?1 AND p.currency = ?2 AND p.received_on <= ?3
                 ORDER BY a.id",
            )?;
            let rows = stmt.query_map(params![customer_id, cur.code(), as_of], |r| {
                Ok((
                    r.get::<_, i64>(0)?,
                    r.get::<_, i64>(1)?,
                    r.get::<_, i64>(2)?,
                ))
            })?;
            for row in rows {
                let (payment, invoice_id, minor) = row?;
                if let Some(&i) = by_payment.get(&payment) {
                    entries[i].allocations.push(Allocation {
                        invoice_id,
                        amount: Money::from_minor(minor, cur),
                    });
                }
            }
        }
        debug_assert!(entries
            .iter()
            .all(|e| e.kind != EntryKind::Payment || by_payment.contains_key(&e.id)));
        self.reversals_and_refunds(customer_id, cur, &as_of, &mut entries)?;
        Ok(entries)
    }

    /// A customer's reversals (with what each gave back) and refunds in one currency,
    /// dated on or before `as_of`, appended to `entries`.
    fn reversals_and_refunds(
        &self,
        customer_id: i64,
        cur: Currency,
        as_of: &str,
        entries: &mut Vec<LedgerEntry>,
    ) -> Result<()> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT r.id, COALESCE(p.reference, ''), r.reversed_on, p.amount_minor, p.method,
                    p.id, p.received_on, r.reason
             FROM payment_reversals r JOIN payments p ON p.id = r.payment_id
             WHERE p.customer_id = ?1 AND p.currency = ?2 AND r.reversed_on <= ?3
             ORDER BY r.reversed_on, r.id",
        )?;
        let rows = stmt.query_map(params![customer_id, cur.code(), as_of], |r| {
            let method: String = r.get(4)?;
            let reversal = LedgerEntry::reversal(
                r.get(0)?,
                r.get::<_, String>(1)?,
                date(r, 2)?,
                Money::from_minor(r.get(3)?, cur),
                Vec::new(),
                ReversedPayment {
                    payment_id: r.get(5)?,
                    received_on: date(r, 6)?,
                    reason: r.get(7)?,
                },
            );
            Ok(match PaymentMethod::parse(&method) {
                Some(m) => reversal.by(m),
                None => reversal,
            })
        })?;
        let mut by_reversal: HashMap<i64, usize> = HashMap::new();
        for row in rows {
            let e = row?;
            by_reversal.insert(e.id, entries.len());
            entries.push(e);
        }
        if !by_reversal.is_empty() {
            let mut stmt = self.conn.prepare_cached(
                "SELECT ra.reversal_id, ra.invoice_id, ra.amount_minor
                 FROM reversal_allocations ra JOIN payment_reversals r ON r.id = ra.reversal_id
                 JOIN payments p ON p.id = r.payment_id
                 WHERE p.customer_id = ?1 AND p.currency = ?2 AND r.reversed_on <= ?3
                 ORDER BY ra.id",
            )?;
            let rows = stmt.query_map(params![customer_id, cur.code(), as_of], |r| {
                Ok((
                    r.get::<_, i64>(0)?,
                    r.get::<_, i64>(1)?,
                    r.get::<_, i64>(2)?,
                ))
            })?;
            for row in rows {
                let (reversal, invoice_id, minor) = row?;
                if let Some(&i) = by_reversal.get(&reversal) {
                    entries[i].allocations.push(Allocation {
                        invoice_id,
                        amount: Money::from_minor(minor, cur),
                    });
                }
            }
        }
        let mut stmt = self.conn.prepare_cached(
            "SELECT id, COALESCE(reference, ''), refunded_on, amount_minor, method FROM refunds
             WHERE customer_id = ?1 AND currency = ?2 AND refunded_on <= ?3
             ORDER BY refunded_on, id",
        )?;
        let rows = stmt.query_map(params![customer_id, cur.code(), as_of], |r| {
            let method: String = r.get(4)?;
            let refund = LedgerEntry::refund(
                r.get(0)?,
                r.get::<_, String>(1)?,
                date(r, 2)?,
                Money::from_minor(r.get(3)?, cur),
            );
            Ok(match PaymentMethod::parse(&method) {
                Some(m) => refund.by(m),
                None => refund,
            })
        })?;
        for row in rows {
            entries.push(row?);
        }
        Ok(())
    }

    /// Every invoice with something left to pay on `as_of`, from the settlement index
    /// (migrations 003 and 014): only the invoices open on that date are read, not all
    /// history. An invoice re-opened by a reversal is open from the reversal's date.
    pub fn open_invoices(&self, as_of: NaiveDate) -> Result<Vec<OpenInvoice>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT i.id, i.customer_id, i.currency, COALESCE(i.due_date, i.issue_date),
                    i.number, i.issue_date, i.gross_minor, i.gross_minor
                    - COALESCE((SELECT SUM(a.amount_minor) FROM allocations a
                                JOIN payments p ON p.id = a.payment_id
                                WHERE a.invoice_id = i.id AND p.received_on <= ?1), 0)
                    + COALESCE((SELECT SUM(ra.amount_minor) FROM reversal_allocations ra
                                JOIN payment_reversals r ON r.id = ra.reversal_id
                                WHERE ra.invoice_id = i.id AND r.reversed_on <= ?1), 0)
                    - COALESCE((SELECT SUM(cn.gross_minor) FROM invoices cn
                                WHERE cn.credited_invoice_id = i.id AND cn.kind = 'credit_note'
                                  AND cn.status = 'issued' AND cn.issue_date <= ?1), 0)
             FROM invoice_settlement s JOIN invoices i ON i.id = s.invoice_id
             WHERE (s.settled_on IS NULL OR s.settled_on > ?1) AND s.issued_on <= ?1",
        )?;
        let rows = stmt.query_map([as_of.to_string()], |r| {
            let cur = currency(r, 2)?;
            Ok(OpenInvoice {
                invoice_id: r.get(0)?,
                customer_id: r.get(1)?,
                number: r.get(4)?,
                issue_date: date(r, 5)?,
                due_date: date(r, 3)?,
                original: Money::from_minor(r.get(6)?, cur),
                open: Money::from_minor(r.get(7)?, cur),
            })
        })?;
        let mut out = Vec::new();
        for row in rows {
            let item = row?;
            if item.open.amount.is_sign_positive() && !item.open.amount.is_zero() {
                out.push(item);
            }
        }
        Ok(out)
    }

    /// Every customer's balance per currency on `as_of`, the zero ones left out: a
    /// reversal gives the payment's amount back to the balance, a refund adds its own.
    pub fn balances(&self, as_of: NaiveDate) -> Result<Vec<Balance>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT customer_id, currency, SUM(amount) FROM (
                SELECT customer_id, currency,
                       CASE kind WHEN 'invoice' THEN gross_minor ELSE -gross_minor END AS amount
                FROM invoices WHERE status = 'issued' AND issue_date <= ?1
                UNION ALL
                SELECT customer_id, currency, -amount_minor FROM payments WHERE received_on <= ?1
                UNION ALL
                SELECT p.customer_id, p.currency, p.amount_minor FROM payment_reversals r
                JOIN payments p ON p.id = r.payment_id WHERE r.reversed_on <= ?1
                UNION ALL
                SELECT customer_id, currency, amount_minor FROM refunds WHERE refunded_on <= ?1
             ) GROUP BY customer_id, currency HAVING SUM(amount) <> 0
             ORDER BY customer_id, currency",
        )?;
        let rows = stmt.query_map([as_of.to_string()], |r| {
            Ok(Balance {
                customer_id: r.get(0)?,
                balance: Money::from_minor(r.get(2)?, currency(r, 1)?),
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Customers' names by id, for the ids given.
    pub fn customer_names(&self, ids: &[i64]) -> Result<HashMap<i64, String>> {
        let mut stmt = self
            .conn
            .prepare_cached("SELECT legal_name FROM customers WHERE id = ?1")?;
        let mut out = HashMap::with_capacity(ids.len());
        for &id in ids {
            if out.contains_key(&id) {
                continue;
            }
            let name: String = stmt.query_row([id], |r| r.get(0))?;
            out.insert(id, name);
        }
        Ok(out)
    }
}
