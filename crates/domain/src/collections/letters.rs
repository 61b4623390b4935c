//! Letters: a step's text with its placeholders filled in for one customer.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::money::Money;

/// Every placeholder a letter may use. A template naming anything else is refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Placeholder {
    Customer,
    Partner,
    Date,
    InvoicesTable,
    TotalDue,
    OldestDueDate,
    Penalties,
    Indemnity,
    Deadline,
    AccountReference,
}

/// One invoice as a letter lists it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct LetterInvoice {
    pub number: String,
    pub issue_date: NaiveDate,
    pub due_date: NaiveDate,
    pub original: Money,
    pub open: Money,
    pub days_overdue: i64,
}

/// What fills a letter's placeholders.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct LetterContext {
    pub customer_name: String,
    pub partner_name: String,
    pub account_reference: String,
    pub date: NaiveDate,
    pub invoices: Vec<LetterInvoice>,
    /// Late-payment penalty rate, percent a year.
    pub late_penalty_rate: rust_decimal::Decimal,
    /// The fixed recovery indemnity per invoice (40 € in France).
    pub recovery_indemnity: Money,
    pub deadline_days: u32,
}

/// A letter ready to print: subject and paragraphs, every placeholder filled.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct LetterText {
    pub subject: String,
    pub paragraphs: Vec<String>,
}
