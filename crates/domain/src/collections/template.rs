//! The letters' template language: the placeholders a step's text may name, how a
//! template is read into text and placeholders, and the check run when a policy is saved.
//! Both the policy (which checks its texts) and the letters (which fill them) use it.
//!
//! A template is plain text in which `{customer}`, `{total_due}`… stand for values,
//! `{one|many}` for the words that follow the number of invoices the letter is about
//! (`{la facture ci-dessous reste|les factures ci-dessous restent}`), and `{{` and `}}`
//! for literal braces. Anything else between braces is refused when the
//! policy is saved ([`check_template`]), so staff learn about a typo then, not from a
//! customer.

use rust_decimal::Decimal;

use crate::code_enum;
use crate::display;
use crate::{Lang, Problem};

code_enum!(
    /// Every placeholder a letter may use, in the order they are offered to staff; the
    /// code is the name written between braces (`customer` for `{customer}`). A template
    /// naming anything else is refused.
    pub enum Placeholder {
        /// The customer's legal name.
        Customer => "customer",
        /// The partner's legal name (the signature).
        Partner => "partner",
        /// The customer's account reference.
        AccountReference => "account_reference",
        /// The letter's date.
        Date => "date",
        /// On its own paragraph: the table of invoices. Inside a sentence or a subject: their
        /// numbers, separated by commas.
        InvoicesTable => "invoices_table",
        /// The sum of what is open on the letter's invoices.
        TotalDue => "total_due",
        /// The earliest due date among the letter's invoices.
        OldestDueDate => "oldest_due_date",
        /// The yearly late-payment penalty rate, written as a percentage ("12,15 %").
        PenaltyRate => "penalty_rate",
        /// The late-payment penalties accrued on the letter's date (see
        /// [`LetterContext::penalties`](super::LetterContext::penalties)).
        Penalties => "penalties",
        /// The recovery indemnity for one invoice (40 € in France).
        IndemnityPerInvoice => "indemnity_per_invoice",
        /// The recovery indemnity for all the overdue invoices of the letter.
        Indemnity => "indemnity",
        /// The deadline in days ("8").
        DeadlineDays => "deadline_days",
        /// The letter's date plus the policy's deadline.
        Deadline => "deadline",
        /// The next billing period not yet invoiced ("décembre 2026").
        NextPeriod => "next_period",
        /// What the customer's subscriptions will cost for [`Placeholder::NextPeriod`],
        /// VAT included, at today's prices.
        NextAmount => "next_amount",
    }
);

impl Placeholder {
    /// Every placeholder as staff write them: "{customer}, {partner}, …".
    pub fn list() -> String {
        Placeholder::ALL
            .iter()
            .map(|p| format!("{{{}}}", p.code()))
            .collect::<Vec<_>>()
            .join(", ")
    }
}

/// A piece of a template, as read by [`pieces`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Piece<'a> {
    Text(String),
    Value(Placeholder),
    /// `{one|many}`: the first for a letter about one invoice, the second otherwise.
    Choice {
        one: &'a str,
        many: &'a str,
    },
    /// Braces that name no placeholder, or a brace left open or alone: `raw` as written,
    /// `name` as a refusal reports it (see [`Problem::UnknownPlaceholder`]).
    Unknown {
        raw: &'a str,
        name: String,
    },
}

/// How much of an unclosed `{…` a refusal quotes.
const FRAGMENT_CHARS: usize = 20;

/// Reads a template into text and placeholders. Never fails: what is not a placeholder
/// comes back as [`Piece::Unknown`], for [`check_template`] to refuse and for
/// [`letter`](super::letter) to print as written.
pub(crate) fn pieces(template: &str) -> Vec<Piece<'_>> {
    let mut out = Vec::new();
    let mut text = String::new();
    let mut rest = template;
    while let Some(c) = rest.chars().next() {
        if rest.starts_with("{{") || rest.starts_with("}}") {
            text.push(c);
            rest = &rest[2..];
            continue;
        }
        let (piece, len) = match c {
            '}' => (
                Piece::Unknown {
                    raw: "}",
                    name: "}".to_string(),
                },
                1,
            ),
            '{' => braced(rest),
            _ => {
                text.push(c);
                rest = &rest[c.len_utf8()..];
                continue;
            }
        };
        if !text.is_empty() {
            out.push(Piece::Text(std::mem::take(&mut text)));
        }
        out.push(piece);
        rest = &rest[len..];
    }
    if !text.is_empty() {
        out.push(Piece::Text(text));
    }
    out
}

/// The piece `rest` starts with (`rest` starts with a single `{`), and its length.
/// A name runs to the closing brace on the same line; a brace left open stops at the
/// line's end or at the next `{`, and is reported as written ("{client"), cut after
/// [`FRAGMENT_CHARS`] characters ("{une variable beaucou…").
fn braced(rest: &str) -> (Piece<'_>, usize) {
    let after = &rest[1..];
    let stop = after.find(['}', '{', '\n']).unwrap_or(after.len());
    if after[stop..].starts_with('}') {
        let name = &after[..stop];
        let len = stop + 2;
        if let Some((one, many)) = name.split_once('|').filter(|(_, m)| !m.contains('|')) {
            return (Piece::Choice { one, many }, len);
        }
        // Exactly as written: `{ customer }` names no placeholder (parse would trim).
        let piece = match Placeholder::parse(name).filter(|p| p.code() == name) {
            Some(p) => Piece::Value(p),
            None => Piece::Unknown {
                raw: &rest[..len],
                name: name.to_string(),
            },
        };
        return (piece, len);
    }
    let open = &after[..stop];
    let mut fragment: String = open.chars().take(FRAGMENT_CHARS).collect();
    if fragment.len() < open.len() {
        fragment.push('…');
    }
    let name = format!("{{{}", fragment.trim_end());
    (Piece::Unknown { raw: "{", name }, 1)
}

/// Refuses a template that names an unknown placeholder, or has a brace left open or
/// alone, with its name: `{montant}` → `UnknownPlaceholder { name: "montant" }`.
pub fn check_template(template: &str) -> Result<(), Problem> {
    match pieces(template).into_iter().find_map(|piece| match piece {
        Piece::Unknown { name, .. } => Some(name),
        _ => None,
    }) {
        Some(name) => Err(Problem::UnknownPlaceholder { name }),
        None => Ok(()),
    }
}

/// A rate as a reader writes it: "12,15 %" in French, "12.15%" in English; up to three
/// decimals, none that are zeros.
pub(crate) fn percent(rate: Decimal, lang: Lang) -> String {
    display::percent(rate, lang)
}
