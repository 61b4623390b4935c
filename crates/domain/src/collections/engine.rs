//! What the policy asks for on a date.
//!
//! The rule, for each invoice with something left to pay:
//! 1. the steps due are those whose date (due date + offset) is on or before the
//!    evaluation date; none due, nothing to say (a courtesy step, with its negative
//!    offset, falls due before the invoice does);
//! 2. only the highest of them counts: after days without a run the steps missed on the
//!    way are not proposed, so a customer never receives three letters at once;
//! 3. if that step, or one after it, was already produced for the invoice: nothing;
//! 4. if a formal notice was produced for the invoice and its deadline has not passed,
//!    no later step: the customer was given that many days, and suspending access
//!    before they are over would break the notice's own word (this matters after a hold
//!    is lifted or runs were missed, when the next step may already be due);
//! 5. if the customer is on hold, or the invoice is (disputed, or held by staff): held,
//!    reported with the step it would have been;
//! 6. otherwise: proposed.
//!
//! Idempotent: recording what is proposed and evaluating again, on the same date or any
//! later one, never proposes the same step, nor an earlier one, for that invoice.
//!
//! Letters are per customer, not per invoice ([`super::round`]): one letter per customer
//! and round, at the highest step proposed among its invoices, listing every overdue
//! invoice not held (and apart those coming due), each overdue one recorded at the
//! letter's step unless it reached it already or its own formal notice's deadline still
//! runs. A customer never gets two letters on one day.

use std::collections::{HashMap, HashSet};

use chrono::{Duration, NaiveDate};
use serde::{Deserialize, Serialize};

use super::policy::{Policy, StepKind};
use crate::money::Money;

/// An issued invoice with something left to pay on the evaluation date.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct InvoiceFacts {
    pub invoice_id: i64,
    pub customer_id: i64,
    pub number: String,
    pub issue_date: NaiveDate,
    pub due_date: NaiveDate,
    pub original: Money,
    /// What is left to pay on the date (after partial payments and credit notes).
    pub open: Money,
    /// Disputed (an open billing question names it) or put on hold by staff.
    pub held: bool,
}

/// A step already produced for an invoice (from the communication log).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct StepDone {
    pub invoice_id: i64,
    pub step_code: String,
    /// The letter's date.
    pub produced_on: NaiveDate,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum HoldReason {
    Invoice,
    Customer,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Held {
    pub invoice_id: i64,
    pub customer_id: i64,
    /// `Customer` when the customer is on hold, whether or not the invoice is too.
    pub reason: HoldReason,
    /// The step that would have been proposed.
    pub step_code: String,
}

/// One step due for one invoice.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Proposal {
    pub invoice_id: i64,
    pub customer_id: i64,
    pub step_code: String,
    /// due_date + offset: when the step fell due (on or before the evaluation date).
    pub due_on: NaiveDate,
    /// Days past the invoice's due date on the evaluation date (negative before it).
    pub days_overdue: i64,
    pub open: Money,
    /// What the step does (a `Suspension` proposal names an invoice whose subscriptions
    /// the app suspends).
    pub kind: StepKind,
    /// The step's offset from the due date, as in the policy.
    pub offset_days: i32,
}

#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Evaluation {
    /// In customer, then due-date order (then invoice id).
    pub proposals: Vec<Proposal>,
    /// In the same order.
    pub held: Vec<Held>,
}

impl Evaluation {
    pub fn is_empty(&self) -> bool {
        self.proposals.is_empty() && self.held.is_empty()
    }

    /// The invoices that reached a suspension step: the app suspends the subscriptions
    /// they bill.
    pub fn suspensions(&self) -> Vec<&Proposal> {
        self.proposals
            .iter()
            .filter(|p| p.kind == StepKind::Suspension)
            .collect()
    }
}

/// What the policy asks for on `as_of` (see the module's documentation for the rule).
///
/// `done` lists the steps produced so far, by code; a code the policy no longer has is
/// ignored. Invoices with nothing open (or a credit) are ignored.
pub fn evaluate(
    policy: &Policy,
    invoices: &[InvoiceFacts],
    done: &[StepDone],
    customers_on_hold: &[i64],
    as_of: NaiveDate,
) -> Evaluation {
    let mut reached: HashMap<i64, usize> = HashMap::new();
    // Per invoice: the rank of a formal notice produced and the last day of its deadline.
    let mut notice: HashMap<i64, (usize, NaiveDate)> = HashMap::new();
    let deadline = Duration::days(i64::from(policy.notice_deadline_days));
    for d in done {
        if let Some(rank) = policy.position(&d.step_code) {
            let r = reached.entry(d.invoice_id).or_insert(rank);
            *r = (*r).max(rank);
            if policy.steps[rank].kind == StepKind::FormalNotice {
                let until = d.produced_on + deadline;
                let n = notice.entry(d.invoice_id).or_insert((rank, until));
                *n = (*n).max((rank, until));
            }
        }
    }
    let on_hold: HashSet<i64> = customers_on_hold.iter().copied().collect();

    let mut order: Vec<&InvoiceFacts> = invoices
        .iter()
        .filter(|i| i.open.amount.is_sign_positive() && !i.open.amount.is_zero())
        .collect();
    order.sort_by_key(|i| (i.customer_id, i.due_date, i.invoice_id));

    let mut evaluation = Evaluation::default();
    for invoice in order {
        let Some((rank, due_on)) = highest_due(policy, invoice.due_date, as_of) else {
            continue;
        };
        if reached.get(&invoice.invoice_id).is_some_and(|r| *r >= rank) {
            continue;
        }
        if notice
            .get(&invoice.invoice_id)
            .is_some_and(|(notice_rank, until)| rank > *notice_rank && as_of <= *until)
        {
            continue;
        }
        let step = &policy.steps[rank];
        let reason = if on_hold.contains(&invoice.customer_id) {
            Some(HoldReason::Customer)
        } else if invoice.held {
            Some(HoldReason::Invoice)
        } else {
            None
        };
        match reason {
            Some(reason) => evaluation.held.push(Held {
                invoice_id: invoice.invoice_id,
                customer_id: invoice.customer_id,
                reason,
                step_code: step.code.clone(),
            }),
            None => evaluation.proposals.push(Proposal {
                invoice_id: invoice.invoice_id,
                customer_id: invoice.customer_id,
                step_code: step.code.clone(),
                due_on,
                days_overdue: (as_of - invoice.due_date).num_days(),
                open: invoice.open,
                kind: step.kind,
                offset_days: step.offset_days,
            }),
        }
    }
    evaluation
}

/// The rank of the last step due on `as_of` for an invoice due on `due_date`, and the
/// date it fell due. Steps are in increasing offset order, so the last one due is the
/// highest. A step whose date falls outside the calendar is never due.
fn highest_due(
    policy: &Policy,
    due_date: NaiveDate,
    as_of: NaiveDate,
) -> Option<(usize, NaiveDate)> {
    policy
        .steps
        .iter()
        .enumerate()
        .rev()
        .find_map(|(rank, step)| {
            let on = due_date.checked_add_signed(Duration::days(i64::from(step.offset_days)))?;
            (on <= as_of).then_some((rank, on))
        })
}

#[cfg(test)]
#[path = "engine_tests.rs"]
mod tests;
