//! What the policy asks for on a date.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

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
}

#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Evaluation {
    /// In customer, then due-date order.
    pub proposals: Vec<Proposal>,
    pub held: Vec<Held>,
}

/// Placeholder: implemented with the engine.
pub fn evaluate(
    _policy: &super::Policy,
    _invoices: &[InvoiceFacts],
    _done: &[StepDone],
    _customers_on_hold: &[i64],
    _as_of: NaiveDate,
) -> Evaluation {
    Evaluation::default()
}
