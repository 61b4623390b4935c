//! Letters: a step's text with its placeholders filled in for one customer.
//!
//! The template language (placeholders, braces, the check when a policy is saved) is in
//! [`super::template`]. The body is split into paragraphs on blank lines; a paragraph that is just
//! `{invoices_table}` becomes [`LetterBlock::InvoicesTable`], which the PDF draws as a
//! real table.
//!
//! The figures (penalties, indemnity, total due, deadline) are computed here once, by
//! [`LetterContext`], so the text and the table the PDF prints cannot disagree.

use chrono::{Duration, NaiveDate};
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use super::engine::InvoiceFacts;
use super::policy::Step;
use super::template::{percent, pieces, Piece, Placeholder};
use crate::display;
use crate::invoicing::period::Period;
use crate::money::{round_commercial, Money};
use crate::Lang;

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

impl LetterInvoice {
    /// The invoice as a letter dated `date` lists it.
    pub fn from_facts(facts: &InvoiceFacts, date: NaiveDate) -> LetterInvoice {
        LetterInvoice {
            number: facts.number.clone(),
            issue_date: facts.issue_date,
            due_date: facts.due_date,
            original: facts.original,
            open: facts.open,
            days_overdue: (date - facts.due_date).num_days(),
        }
    }
}

/// The customer's next invoice as expected on the letter's date: the proactive part of a
/// courtesy reminder.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct NextInvoice {
    pub period: Period,
    /// VAT included.
    pub gross: Money,
}

/// What fills a letter's placeholders.
///
/// All the invoices of a letter are the customer's, in the customer's currency: sums are
/// made in the first invoice's currency.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct LetterContext {
    pub customer_name: String,
    pub partner_name: String,
    pub account_reference: String,
    pub date: NaiveDate,
    /// What the letter is about: its overdue invoices (a courtesy reminder's coming due
    /// ones when none is overdue). The totals, penalties and `{one|many}` count these.
    pub invoices: Vec<LetterInvoice>,
    /// Invoices coming due, listed apart under the first table; not claimed.
    #[serde(default)]
    pub coming: Vec<LetterInvoice>,
    /// Late-payment penalty rate, percent a year.
    pub late_penalty_rate: rust_decimal::Decimal,
    /// The fixed recovery indemnity per invoice (40 € in France).
    pub recovery_indemnity: Money,
    pub deadline_days: u32,
    /// None when nothing is expected (no subscription left to bill): a paragraph naming
    /// `{next_period}` or `{next_amount}` is then left out of the letter.
    #[serde(default)]
    pub next_invoice: Option<NextInvoice>,
}

impl LetterContext {
    /// The penalties accrued on one invoice on the letter's date: open × rate / 100 ×
    /// days overdue / 365, rounded commercially to the currency's minor unit. Nothing
    /// before the due date. Computed on what is open today over every day late: a
    /// reminder's figure, not an interest statement.
    pub fn penalty(&self, invoice: &LetterInvoice) -> Money {
        let currency = invoice.open.currency;
        if invoice.days_overdue <= 0 || !invoice.open.amount.is_sign_positive() {
            return Money::zero(currency);
        }
        let accrued = invoice.open.amount * self.late_penalty_rate / Decimal::ONE_HUNDRED
            * Decimal::from(invoice.days_overdue)
            / Decimal::from(365);
        Money::new(round_commercial(accrued, currency.minor_units()), currency)
    }

    /// The sum of each invoice's penalty, each rounded first (so the table's column adds
    /// up to the total printed).
    pub fn penalties(&self) -> Money {
        let amount = self.invoices.iter().map(|i| self.penalty(i).amount).sum();
        Money::new(amount, self.currency())
    }

    /// How many of the letter's invoices are past their due date.
    pub fn overdue_count(&self) -> usize {
        self.invoices.iter().filter(|i| i.days_overdue > 0).count()
    }

    /// The recovery indemnity, once per overdue invoice (art. D441-5: per invoice).
    pub fn indemnity(&self) -> Money {
        let count = Decimal::from(self.overdue_count() as u64);
        Money::new(
            self.recovery_indemnity.amount * count,
            self.recovery_indemnity.currency,
        )
    }

    /// The sum of what is open on the letter's invoices.
    pub fn total_due(&self) -> Money {
        let amount = self.invoices.iter().map(|i| i.open.amount).sum();
        Money::new(amount, self.currency())
    }

    /// The sum of what is open on the invoices coming due.
    pub fn coming_total(&self) -> Money {
        let amount = self.coming.iter().map(|i| i.open.amount).sum();
        Money::new(amount, self.currency())
    }

    /// Whether the letter is about a single invoice: `{one|many}` then says `one`.
    pub fn is_about_one(&self) -> bool {
        self.invoices.len() == 1
    }

    /// The letter's date plus the deadline.
    pub fn deadline(&self) -> NaiveDate {
        self.date + Duration::days(i64::from(self.deadline_days))
    }

    /// The earliest due date among the letter's invoices.
    pub fn oldest_due_date(&self) -> Option<NaiveDate> {
        self.invoices.iter().map(|i| i.due_date).min()
    }

    /// The currency of the letter's sums: its invoices', or the indemnity's without any.
    fn currency(&self) -> crate::money::Currency {
        self.invoices
            .first()
            .map(|i| i.open.currency)
            .unwrap_or(self.recovery_indemnity.currency)
    }

    /// A placeholder's text in `lang`, as it reads inside a sentence.
    pub fn value(&self, placeholder: Placeholder, lang: Lang) -> String {
        let money = |m: Money| display::money(&m, lang);
        let date = |d: NaiveDate| display::date(d, lang);
        match placeholder {
            Placeholder::Customer => self.customer_name.clone(),
            Placeholder::Partner => self.partner_name.clone(),
            Placeholder::AccountReference => self.account_reference.clone(),
            Placeholder::Date => date(self.date),
            Placeholder::InvoicesTable => self
                .invoices
                .iter()
                .map(|i| i.number.as_str())
                .collect::<Vec<_>>()
                .join(", "),
            Placeholder::TotalDue => money(self.total_due()),
            Placeholder::OldestDueDate => self.oldest_due_date().map(date).unwrap_or_default(),
            Placeholder::PenaltyRate => percent(self.late_penalty_rate, lang),
            Placeholder::Penalties => money(self.penalties()),
            Placeholder::IndemnityPerInvoice => money(self.recovery_indemnity),
            Placeholder::Indemnity => money(self.indemnity()),
            Placeholder::DeadlineDays => self.deadline_days.to_string(),
            Placeholder::Deadline => date(self.deadline()),
            Placeholder::NextPeriod => self
                .next_invoice
                .as_ref()
                .map(|n| n.period.label(lang))
                .unwrap_or_default(),
            Placeholder::NextAmount => self
                .next_invoice
                .as_ref()
                .map(|n| money(n.gross))
                .unwrap_or_default(),
        }
    }

    /// Whether `text` names a value this context does not have (the next invoice, when
    /// none is expected): such a paragraph would read "… about  for ." and is left out.
    fn lacks_value_for(&self, text: &str) -> bool {
        self.next_invoice.is_none()
            && pieces(text).iter().any(|p| {
                matches!(
                    p,
                    Piece::Value(Placeholder::NextPeriod | Placeholder::NextAmount)
                )
            })
    }

    /// A template with every placeholder filled in; what names none is left as written.
    fn fill(&self, template: &str, lang: Lang) -> String {
        pieces(template)
            .into_iter()
            .map(|piece| match piece {
                Piece::Text(t) => t,
                Piece::Value(p) => self.value(p, lang),
                Piece::Choice { one, many } => {
                    if self.is_about_one() { one } else { many }.to_string()
                }
                Piece::Unknown { raw, .. } => raw.to_string(),
            })
            .collect()
    }
}
/// A part of a letter's body, in order.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", tag = "kind", content = "text")]
pub enum LetterBlock {
    /// A paragraph; single line breaks inside it are kept (`\n`), as in a signature.
    Paragraph(String),
    /// Where the table of the letter's invoices goes (see [`LetterContext::invoices`]).
    InvoicesTable,
}

/// A letter ready to print: subject and blocks, every placeholder filled.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct LetterText {
    pub subject: String,
    pub blocks: Vec<LetterBlock>,
}

/// The body's paragraphs: runs of non-blank lines, each line trimmed.
fn paragraphs(body: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut current: Vec<&str> = Vec::new();
    for line in body.lines() {
        if line.trim().is_empty() {
            if !current.is_empty() {
                out.push(current.join("\n"));
                current.clear();
            }
        } else {
            current.push(line.trim());
        }
    }
    if !current.is_empty() {
        out.push(current.join("\n"));
    }
    out
}

/// The step's letter in `lang` for the customer and invoices of `ctx`.
pub fn letter(step: &Step, ctx: &LetterContext, lang: Lang) -> LetterText {
    let text = step.text(lang);
    let table = format!("{{{}}}", Placeholder::InvoicesTable.code());
    let blocks = paragraphs(&text.body)
        .into_iter()
        .filter(|p| !ctx.lacks_value_for(p))
        .map(|p| {
            if p.trim() == table {
                LetterBlock::InvoicesTable
            } else {
                LetterBlock::Paragraph(spacing(ctx.fill(&p, lang), lang))
            }
        })
        .collect();
    LetterText {
        subject: spacing(ctx.fill(text.subject.trim(), lang), lang),
        blocks,
    }
}

/// French puts a space before `:` `;` `?` `!`; staff type an ordinary one, which a
/// line may break at. In French it becomes the narrow no-break space the documents use,
/// so the sign never starts a line.
fn spacing(text: String, lang: Lang) -> String {
    if lang != Lang::Fr {
        return text;
    }
    let mut out = text;
    for sign in [':', ';', '?', '!'] {
        out = out.replace(&format!(" {sign}"), &format!("\u{202f}{sign}"));
    }
    out
}

#[cfg(test)]
#[path = "letters_tests.rs"]
mod tests;
