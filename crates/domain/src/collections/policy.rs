//! The collection policy: ordered steps relative to an invoice's due date, each with its
//! letter in French and English.

use serde::{Deserialize, Serialize};

use crate::Lang;

/// What a step does. Only `Suspension` changes the customer's access.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum StepKind {
    /// Before the due date: a friendly notice that payment is coming due.
    Courtesy,
    /// A reminder after the due date ("relance amiable").
    Reminder,
    /// The formal notice ("mise en demeure"): a deadline, penalties and the indemnity.
    FormalNotice,
    /// Access suspended: the subscriptions the unpaid invoices bill.
    Suspension,
}

/// A letter's text in one language: subject and body with `{placeholders}`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct StepText {
    pub subject: String,
    pub body: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Step {
    /// Stable key, recorded with what was produced ("first_reminder").
    pub code: String,
    pub kind: StepKind,
    /// Days relative to the due date: −7 is a week before, +30 a month after.
    pub offset_days: i32,
    /// The step's name as staff read it, per language.
    pub name_fr: String,
    pub name_en: String,
    pub fr: StepText,
    pub en: StepText,
}

impl Step {
    pub fn name(&self, lang: Lang) -> &str {
        lang.pick(&self.name_fr, &self.name_en)
    }

    pub fn text(&self, lang: Lang) -> &StepText {
        match lang {
            Lang::Fr => &self.fr,
            Lang::En => &self.en,
        }
    }
}

/// Steps in increasing offset order (checked by `validate`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Policy {
    pub steps: Vec<Step>,
    /// The deadline a formal notice gives, in days (8 in the default policy).
    pub notice_deadline_days: u32,
}
