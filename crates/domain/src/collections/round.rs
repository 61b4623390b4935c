//! A round's letters: one per customer, at the highest step due among its invoices.
//!
//! [`evaluate`](super::evaluate) says, invoice by invoice, which step is due. A customer
//! reads letters, not steps: two letters on one day (a courtesy reminder and a formal
//! notice), or a second reminder asking for one invoice while three are overdue, mislead.
//! So, per customer with at least one proposal:
//! 1. one letter, at the highest step proposed among its invoices (a suspension is its
//!    action plus this one notice, never a reminder beside it);
//! 2. it lists every overdue invoice of the customer with something open and not held
//!    (disputed or held by staff: those stay out, as the engine holds them), and apart,
//!    those coming due (not yet overdue, due within [`COMING_DAYS`]);
//! 3. each overdue invoice listed is recorded at the letter's step, unless it already
//!    reached that step or a later one, or a formal notice of its own still runs (its
//!    deadline is the customer's word: no later step is recorded before it is over); an
//!    invoice coming due is recorded at the step proposed for it, if any (its courtesy
//!    reminder: told once). So the next round never proposes a lower step for them, and
//!    evaluation stays idempotent.
//!
//! A customer on hold has no proposal, hence no letter.

use std::collections::{BTreeMap, HashMap};

use chrono::{Duration, NaiveDate};
use serde::{Deserialize, Serialize};

use super::engine::{Evaluation, Held, HoldReason, InvoiceFacts, StepDone};
use super::policy::{Policy, StepKind};

/// How far ahead a letter lists the invoices coming due.
pub const COMING_DAYS: i64 = 30;

/// One customer's letter of a round.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CustomerLetter {
    pub customer_id: i64,
    pub step_code: String,
    pub kind: StepKind,
    /// Every overdue open invoice of the customer not held, in due-date order.
    pub overdue: Vec<InvoiceFacts>,
    /// Open invoices not yet overdue and due within [`COMING_DAYS`], in due-date order.
    pub coming: Vec<InvoiceFacts>,
    /// What the letter records: (invoice id, step code), in the lists' order.
    pub records: Vec<(i64, String)>,
}

impl CustomerLetter {
    /// Every invoice the letter lists, overdue first.
    pub fn invoice_ids(&self) -> Vec<i64> {
        self.overdue
            .iter()
            .chain(&self.coming)
            .map(|f| f.invoice_id)
            .collect()
    }

    /// The invoices recorded at a suspension step: the app suspends what they bill.
    pub fn suspended(&self, policy: &Policy) -> Vec<i64> {
        self.records
            .iter()
            .filter(|(_, code)| policy.step(code).map(|s| s.kind) == Some(StepKind::Suspension))
            .map(|(id, _)| *id)
            .collect()
    }
}

/// The round's letters on `as_of`, in customer order (see the module's documentation).
/// `evaluation` is what [`evaluate`](super::evaluate) said for the same `invoices`,
/// `done` and date.
pub fn round_letters(
    policy: &Policy,
    evaluation: &Evaluation,
    invoices: &[InvoiceFacts],
    done: &[StepDone],
    as_of: NaiveDate,
) -> Vec<CustomerLetter> {
    // Per customer: the highest rank proposed. Per invoice: the rank proposed.
    let mut top: BTreeMap<i64, usize> = BTreeMap::new();
    let mut proposed: HashMap<i64, usize> = HashMap::new();
    for p in &evaluation.proposals {
        let Some(rank) = policy.position(&p.step_code) else {
            continue;
        };
        proposed.insert(p.invoice_id, rank);
        let t = top.entry(p.customer_id).or_insert(rank);
        *t = (*t).max(rank);
    }
    let mut reached: HashMap<i64, usize> = HashMap::new();
    let mut notice_until: HashMap<i64, NaiveDate> = HashMap::new();
    let deadline = Duration::days(i64::from(policy.notice_deadline_days));
    for d in done {
        let Some(rank) = policy.position(&d.step_code) else {
            continue;
        };
        let r = reached.entry(d.invoice_id).or_insert(rank);
        *r = (*r).max(rank);
        if policy.steps[rank].kind == StepKind::FormalNotice {
            let until = d.produced_on + deadline;
            let u = notice_until.entry(d.invoice_id).or_insert(until);
            *u = (*u).max(until);
        }
    }
    let notice_rank = policy
        .steps
        .iter()
        .position(|s| s.kind == StepKind::FormalNotice);

    let mut listed: BTreeMap<i64, Vec<&InvoiceFacts>> = BTreeMap::new();
    for f in invoices {
        let open = f.open.amount.is_sign_positive() && !f.open.amount.is_zero();
        if open && !f.held && top.contains_key(&f.customer_id) {
            listed.entry(f.customer_id).or_default().push(f);
        }
    }
    let horizon = as_of + Duration::days(COMING_DAYS);
    top.into_iter()
        .map(|(customer_id, rank)| {
            let step = &policy.steps[rank];
            let mut mine = listed.remove(&customer_id).unwrap_or_default();
            mine.sort_by_key(|f| (f.due_date, f.invoice_id));
            let (overdue, coming): (Vec<&InvoiceFacts>, Vec<&InvoiceFacts>) =
                mine.into_iter().partition(|f| f.due_date < as_of);
            let coming: Vec<&InvoiceFacts> = coming
                .into_iter()
                .filter(|f| f.due_date <= horizon || proposed.contains_key(&f.invoice_id))
                .collect();
            let mut records = Vec::new();
            for f in &overdue {
                let already = reached.get(&f.invoice_id).is_some_and(|r| *r >= rank);
                let notice_runs = notice_until
                    .get(&f.invoice_id)
                    .is_some_and(|until| as_of <= *until)
                    && notice_rank.is_some_and(|n| rank > n);
                if !already && !notice_runs {
                    records.push((f.invoice_id, step.code.clone()));
                }
            }
            for f in &coming {
                if let Some(own) = proposed.get(&f.invoice_id) {
                    records.push((f.invoice_id, policy.steps[*own].code.clone()));
                }
            }
            CustomerLetter {
                customer_id,
                step_code: step.code.clone(),
                kind: step.kind,
                overdue: overdue.into_iter().cloned().collect(),
                coming: coming.into_iter().cloned().collect(),
                records,
            }
        })
        .collect()
}

/// The held invoices a round's letters leave out that the evaluation does not report:
/// overdue, open and held, of a customer who gets a letter, whose own step is not due
/// (already sent, or none yet). The letter would have listed them, so the clerk sees them
/// held, at the letter's step.
pub fn held_beside_letters(
    letters: &[CustomerLetter],
    evaluation: &Evaluation,
    invoices: &[InvoiceFacts],
    as_of: NaiveDate,
) -> Vec<Held> {
    let step: HashMap<i64, &str> = letters
        .iter()
        .map(|l| (l.customer_id, l.step_code.as_str()))
        .collect();
    invoices
        .iter()
        .filter(|f| f.held && f.due_date < as_of)
        .filter(|f| f.open.amount.is_sign_positive() && !f.open.amount.is_zero())
        .filter(|f| !evaluation.held.iter().any(|h| h.invoice_id == f.invoice_id))
        .filter_map(|f| {
            step.get(&f.customer_id).map(|code| Held {
                invoice_id: f.invoice_id,
                customer_id: f.customer_id,
                reason: HoldReason::Invoice,
                step_code: (*code).to_string(),
            })
        })
        .collect()
}

#[cfg(test)]
#[path = "round_tests.rs"]
mod tests;
