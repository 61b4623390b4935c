//! A customer's statement for a period, as of a date.

use std::collections::HashMap;

use chrono::NaiveDate;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use super::aging::{aging, Aging, OpenLine};
use super::error::StatementError;
use super::ledger::{EntryKind, LedgerEntry, ReversedPayment};
use crate::invoicing::{days_overdue, PaymentMethod};
use crate::money::{Currency, Money};

/// One document of the period, in date order.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct StatementLine {
    pub date: NaiveDate,
    pub kind: EntryKind,
    /// The document's id in its own table, for clicking through.
    pub entry_id: i64,
    /// The document's number, or the payment's reference (empty when it has none).
    pub number: String,
    /// Payments: how it came, to name one without a reference.
    pub method: Option<PaymentMethod>,
    /// Invoices.
    pub debit: Option<Money>,
    /// Credit notes and payments.
    pub credit: Option<Money>,
    /// The balance after this line: positive when the customer owes.
    pub running_balance: Money,
    /// Payments: the invoices (by number) each settled and how much; credit notes: the
    /// invoice they credit; reversals: what each invoice was given back (open again).
    /// Invoices not in the ledger as of the date are left out: what they received is
    /// unapplied credit.
    pub settled: Vec<(String, Money)>,
    /// Reversals: the payment undone, its date and the reason.
    pub reverses: Option<ReversedPayment>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Statement {
    pub currency: Currency,
    pub from: NaiveDate,
    /// The period's end, never after `as_of`.
    pub to: NaiveDate,
    pub as_of: NaiveDate,
    /// Invoices less credit notes less payments dated before `from`.
    pub brought_forward: Money,
    pub lines: Vec<StatementLine>,
    /// The balance as of `to`: positive when the customer owes.
    pub closing_balance: Money,
    /// Open invoices as of `as_of`, oldest due first.
    pub open_items: Vec<OpenLine>,
    /// What the customer has paid or been credited that settles no open invoice: payments
    /// not allocated, credit notes for no invoice, and anything an invoice received beyond
    /// its amount. When `to` is `as_of`, closing balance = Σ open items − unapplied credit.
    pub unapplied_credit: Money,
    pub aging: Aging,
}
/// A customer's statement for `[from, to]` as of `as_of`.
///
/// Entries dated after `as_of` are ignored entirely, with whatever they settled, so a
/// past `as_of` shows the account as it was; `to` is clamped to `as_of`. Lines are in date
/// order, invoices before credit notes before payments on the same day, then by id.
pub fn statement(
    entries: &[LedgerEntry],
    currency: Currency,
    from: NaiveDate,
    to: NaiveDate,
    as_of: NaiveDate,
) -> Result<Statement, StatementError> {
    if from > to {
        return Err(StatementError::PeriodReversed { from, to });
    }
    let to = to.min(as_of);
    let zero = Decimal::ZERO;

    let mut known: Vec<&LedgerEntry> = entries.iter().filter(|e| e.date <= as_of).collect();
    for e in &known {
        check(e, currency)?;
    }
    known.sort_by_key(|e| (e.date, e.kind.rank(), e.id));

    // Invoices as of the date, by id: index into `open`.
    let mut index: HashMap<i64, usize> = HashMap::new();
    let mut open: Vec<(&LedgerEntry, Decimal)> = Vec::new();
    for e in known.iter().filter(|e| e.kind == EntryKind::Invoice) {
        index.insert(e.id, open.len());
        open.push((e, e.amount.amount));
    }

    let mut brought_forward = zero;
    let mut balance = zero;
    let mut unapplied = zero;
    let mut lines = Vec::new();
    for e in &known {
        let signed = if e.kind.is_debit() {
            e.amount.amount
        } else {
            -e.amount.amount
        };
        // Settle the invoices this entry applies to; the rest is unapplied credit.
        let mut settled = Vec::new();
        match e.kind {
            EntryKind::Invoice => {}
            // Paid out of the customer's credit.
            EntryKind::Refund => unapplied -= e.amount.amount,
            // The mirror of the payment: each invoice gets back what it received, and
            // what the payment left on account is gone with it.
            EntryKind::Reversal => {
                let mut left = e.amount.amount;
                for a in &e.allocations {
                    if let Some(&i) = index.get(&a.invoice_id) {
                        open[i].1 += a.amount.amount;
                        left -= a.amount.amount;
                        settled.push((open[i].0.number.clone(), a.amount));
                    }
                }
                unapplied -= left;
            }
            EntryKind::CreditNote => match e.credits_invoice.and_then(|id| index.get(&id)) {
                Some(&i) => {
                    open[i].1 -= e.amount.amount;
                    settled.push((open[i].0.number.clone(), e.amount));
                }
                None => unapplied += e.amount.amount,
            },
            EntryKind::Payment => {
                let mut left = e.amount.amount;
                for a in &e.allocations {
                    if let Some(&i) = index.get(&a.invoice_id) {
                        open[i].1 -= a.amount.amount;
                        left -= a.amount.amount;
                        settled.push((open[i].0.number.clone(), a.amount));
                    }
                }
                unapplied += left;
            }
        }
        if e.date < from {
            brought_forward += signed;
            balance += signed;
        } else if e.date <= to {
            balance += signed;
            let m = e.amount;
            let (debit, credit) = if e.kind.is_debit() {
                (Some(m), None)
            } else {
                (None, Some(m))
            };
            lines.push(StatementLine {
                date: e.date,
                kind: e.kind,
                entry_id: e.id,
                number: e.number.clone(),
                method: e.method,
                debit,
                credit,
                running_balance: Money::new(balance, currency),
                settled,
                reverses: e.reverses.clone(),
            });
        }
    }

    let mut open_items = Vec::new();
    for (e, left) in open {
        if left > zero {
            let due = e.due();
            open_items.push(OpenLine {
                invoice_id: e.id,
                number: e.number.clone(),
                date: e.date,
                due_date: due,
                original: e.amount,
                open: Money::new(left, currency),
                days_overdue: days_overdue(due, as_of),
            });
        } else {
            // Settled beyond its amount: the excess is the customer's.
            unapplied -= left;
        }
    }
    open_items.sort_by_key(|o| (o.due_date, o.date, o.invoice_id));
    let aging = aging(currency, &open_items)?;

    Ok(Statement {
        currency,
        from,
        to,
        as_of,
        brought_forward: Money::new(brought_forward, currency),
        lines,
        closing_balance: Money::new(balance, currency),
        open_items,
        unapplied_credit: Money::new(unapplied, currency),
        aging,
    })
}

fn check(e: &LedgerEntry, currency: Currency) -> Result<(), StatementError> {
    let amounts = std::iter::once(&e.amount).chain(e.allocations.iter().map(|a| &a.amount));
    for m in amounts {
        if m.currency != currency {
            return Err(StatementError::CurrencyMismatch {
                expected: currency,
                found: m.currency,
                document: Some(e.number.clone()),
            });
        }
        if m.is_negative() {
            return Err(StatementError::NegativeAmount {
                document: e.number.clone(),
            });
        }
    }
    Ok(())
}

#[cfg(test)]
#[path = "statement_tests.rs"]
mod tests;
