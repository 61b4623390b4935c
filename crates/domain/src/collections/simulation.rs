//! A small ledger replayed day by day through the engine, for the tests: invoices,
//! payments, disputes and customer holds on chosen days, and the days a run happens.
//!
//! A run on day `n` sees what happened up to and including day `n` (payments of the day
//! included: the run is the evening's), produces one letter per customer as
//! [`round_letters`] plans them, and records what each letter records, as the app does
//! for the letters it produced.

use super::engine::{evaluate, Evaluation, HoldReason, InvoiceFacts, StepDone};
use super::policy::Policy;
use super::round::round_letters;
use crate::money::{Currency, Money};
use chrono::{Duration, NaiveDate};

#[derive(Debug, Clone)]
pub struct SimInvoice {
    pub id: i64,
    pub customer: i64,
    pub issue_day: i64,
    pub due_day: i64,
    pub cents: i64,
}

/// Days from the first day of the simulation; spans are inclusive.
#[derive(Debug, Clone, Default)]
pub struct Ledger {
    pub start: Option<NaiveDate>,
    pub invoices: Vec<SimInvoice>,
    /// (day, invoice id, cents)
    pub payments: Vec<(i64, i64, i64)>,
    /// (invoice id, first day, last day)
    pub disputes: Vec<(i64, i64, i64)>,
    /// (customer id, first day, last day)
    pub customer_holds: Vec<(i64, i64, i64)>,
}

/// One invoice's step produced on a day, with what was open then.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Produced {
    pub day: i64,
    pub invoice_id: i64,
    pub step_code: String,
    pub open_cents: i64,
}

/// One letter: a customer, a step, its invoices overdue and coming due.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Letter {
    pub day: i64,
    pub customer_id: i64,
    pub step_code: String,
    pub overdue: Vec<i64>,
    pub coming: Vec<i64>,
}

/// An invoice held on a day, with the step it would have had.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HeldOn {
    pub day: i64,
    pub invoice_id: i64,
    pub step_code: String,
    pub reason: HoldReason,
}

#[derive(Debug, Clone, Default)]
pub struct Run {
    pub produced: Vec<Produced>,
    pub letters: Vec<Letter>,
    pub held: Vec<HeldOn>,
    /// What each run day's evaluation said, before anything was recorded.
    pub evaluations: Vec<(i64, Evaluation)>,
    pub done: Vec<StepDone>,
}

impl Run {
    /// (day, invoice, step) in the order produced.
    pub fn triples(&self) -> Vec<(i64, i64, &str)> {
        self.produced
            .iter()
            .map(|p| (p.day, p.invoice_id, p.step_code.as_str()))
            .collect()
    }
}

fn cents(c: i64) -> Money {
    Money::from_minor(c, Currency::EUR)
}

impl Ledger {
    pub fn date(&self, day: i64) -> NaiveDate {
        let start = self
            .start
            .unwrap_or(NaiveDate::from_ymd_opt(2026, 1, 1).unwrap_or_default());
        start + Duration::days(day)
    }

    /// What is open on the invoice at the end of `day`, in cents (never below zero).
    pub fn open_cents(&self, invoice: &SimInvoice, day: i64) -> i64 {
        let paid: i64 = self
            .payments
            .iter()
            .filter(|(d, id, _)| *d <= day && *id == invoice.id)
            .map(|(_, _, c)| c)
            .sum();
        (invoice.cents - paid).max(0)
    }

    /// The facts the store would hand the engine at the end of `day`: issued invoices
    /// with something open.
    pub fn facts(&self, day: i64) -> Vec<InvoiceFacts> {
        self.invoices
            .iter()
            .filter(|i| i.issue_day <= day)
            .filter_map(|i| {
                let open = self.open_cents(i, day);
                (open > 0).then(|| InvoiceFacts {
                    invoice_id: i.id,
                    customer_id: i.customer,
                    number: format!("F2026-{:05}", i.id),
                    issue_date: self.date(i.issue_day),
                    due_date: self.date(i.due_day),
                    original: cents(i.cents),
                    open: cents(open),
                    held: self
                        .disputes
                        .iter()
                        .any(|(id, from, to)| *id == i.id && (*from..=*to).contains(&day)),
                })
            })
            .collect()
    }

    pub fn customers_on_hold(&self, day: i64) -> Vec<i64> {
        self.customer_holds
            .iter()
            .filter(|(_, from, to)| (*from..=*to).contains(&day))
            .map(|(c, _, _)| *c)
            .collect()
    }

    /// Runs the engine on each of `days` (in increasing order), producing and recording
    /// what it proposes.
    pub fn run(&self, policy: &Policy, days: impl IntoIterator<Item = i64>) -> Run {
        let mut run = Run::default();
        for day in days {
            let facts = self.facts(day);
            let evaluation = evaluate(
                policy,
                &facts,
                &run.done,
                &self.customers_on_hold(day),
                self.date(day),
            );
            for l in round_letters(policy, &evaluation, &facts, &run.done, self.date(day)) {
                run.letters.push(Letter {
                    day,
                    customer_id: l.customer_id,
                    step_code: l.step_code.clone(),
                    overdue: l.overdue.iter().map(|f| f.invoice_id).collect(),
                    coming: l.coming.iter().map(|f| f.invoice_id).collect(),
                });
                for (invoice_id, step_code) in &l.records {
                    let open = facts.iter().find(|f| f.invoice_id == *invoice_id);
                    run.produced.push(Produced {
                        day,
                        invoice_id: *invoice_id,
                        step_code: step_code.clone(),
                        open_cents: open.and_then(|f| f.open.to_minor().ok()).unwrap_or(-1),
                    });
                    run.done.push(StepDone {
                        invoice_id: *invoice_id,
                        step_code: step_code.clone(),
                        produced_on: self.date(day),
                    });
                }
            }
            for h in &evaluation.held {
                run.held.push(HeldOn {
                    day,
                    invoice_id: h.invoice_id,
                    step_code: h.step_code.clone(),
                    reason: h.reason,
                });
            }
            run.evaluations.push((day, evaluation));
        }
        run
    }
}
