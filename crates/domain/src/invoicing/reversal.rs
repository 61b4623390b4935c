//! Undoing a payment recorded by mistake, and paying a customer's credit back.
//!
//! Neither deletes anything: a reversal is an entry of its own that gives back to each
//! invoice what the payment had given it (the invoices are open again by those amounts),
//! and a refund is money paid out of the customer's unallocated credit. Both are checked
//! here, before anything is written, against facts the caller read in its transaction.

use chrono::NaiveDate;
use rust_decimal::Decimal;

use crate::display;
use crate::money::{Currency, Money};
use crate::words::tr;
use crate::Lang;

use super::Allocation;

/// The longest reason a reversal may give: a sentence, not a letter.
pub const REASON_MAX: usize = 200;

/// Why a reversal or a refund is refused, beyond a field's own form.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PaymentProblem {
    /// The payment was already reversed, on that date.
    AlreadyReversed { on: NaiveDate },
    /// A reversal dated before the payment it undoes.
    BeforePayment { received_on: NaiveDate },
    /// Part of the payment's credit was paid back to the customer: reversing it would
    /// leave the refund unexplained.
    CreditRefunded { refunded: Money },
    /// The customer has no credit in that currency.
    NoCredit { currency: Currency },
    /// More than the customer's credit.
    MoreThanCredit { available: Money },
}

impl PaymentProblem {
    pub fn message(&self, lang: Lang) -> String {
        use PaymentProblem::*;
        match self {
            AlreadyReversed { on } => tr!(
                lang,
                PAYMENT_ALREADY_REVERSED,
                on = display::date(*on, lang)
            ),
            BeforePayment { received_on } => tr!(
                lang,
                PAYMENT_REVERSAL_BEFORE_PAYMENT,
                received = display::date(*received_on, lang)
            ),
            CreditRefunded { refunded } => tr!(
                lang,
                PAYMENT_REVERSAL_CREDIT_REFUNDED,
                refunded = display::money(refunded, lang)
            ),
            NoCredit { currency } => {
                tr!(lang, REFUND_NO_CREDIT, currency = currency.to_string())
            }
            MoreThanCredit { available } => tr!(
                lang,
                REFUND_MORE_THAN_CREDIT,
                available = display::money(available, lang)
            ),
        }
    }
}

/// What the book holds about a payment when someone asks to reverse it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReversalFacts {
    pub received_on: NaiveDate,
    /// The date of its reversal, if it was reversed already.
    pub reversed_on: Option<NaiveDate>,
    /// What was refunded out of its unallocated credit.
    pub refunded: Money,
}

/// A reversal is allowed once, on or after the payment's date, and only while none of
/// the payment's credit was refunded. Returns the field at fault with its problem.
pub fn check_reversal(
    facts: &ReversalFacts,
    on: NaiveDate,
) -> Result<(), (&'static str, PaymentProblem)> {
    if let Some(done) = facts.reversed_on {
        return Err(("payment_id", PaymentProblem::AlreadyReversed { on: done }));
    }
    if on < facts.received_on {
        return Err((
            "reversed_on",
            PaymentProblem::BeforePayment {
                received_on: facts.received_on,
            },
        ));
    }
    if !facts.refunded.amount.is_zero() {
        return Err((
            "payment_id",
            PaymentProblem::CreditRefunded {
                refunded: facts.refunded,
            },
        ));
    }
    Ok(())
}

/// What a reversal gives back to each invoice: everything the payment gave it, one entry
/// per invoice (a payment allocated twice to one invoice is undone in one amount), in
/// the order the invoices were first settled.
pub fn undo_allocations(allocations: &[Allocation]) -> Vec<Allocation> {
    let mut out: Vec<Allocation> = Vec::new();
    for a in allocations {
        match out.iter_mut().find(|o| o.invoice_id == a.invoice_id) {
            Some(o) => o.amount.amount += a.amount.amount,
            None => out.push(a.clone()),
        }
    }
    out
}

/// A payment's credit still unallocated and unrefunded, oldest payment first.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CreditSource {
    pub payment_id: i64,
    pub received_on: NaiveDate,
    pub left: Money,
}

/// What a refund of `amount` draws from: payments' unallocated credit, oldest first;
/// the rest, if any, is credit notes' excess, which is not a payment's. `available` is
/// what the customer is owed in that currency (its balance, negated). The amount must be
/// positive and in whole cents (checked as the field is read).
pub fn refund_sources(
    amount: Money,
    available: Money,
    sources: &[CreditSource],
) -> Result<Vec<(i64, Money)>, PaymentProblem> {
    if available.currency != amount.currency || available.amount <= Decimal::ZERO {
        return Err(PaymentProblem::NoCredit {
            currency: amount.currency,
        });
    }
    if amount.amount > available.amount {
        return Err(PaymentProblem::MoreThanCredit { available });
    }
    let mut order: Vec<&CreditSource> = sources
        .iter()
        .filter(|s| s.left.currency == amount.currency && s.left.amount > Decimal::ZERO)
        .collect();
    order.sort_by_key(|s| (s.received_on, s.payment_id));
    let mut left = amount.amount;
    let mut out = Vec::new();
    for s in order {
        if left <= Decimal::ZERO {
            break;
        }
        let take = left.min(s.left.amount);
        left -= take;
        out.push((s.payment_id, Money::new(take, amount.currency)));
    }
    Ok(out)
}

#[cfg(test)]
#[path = "reversal_tests.rs"]
mod tests;
