//! Collections: the partner's policy of reminders, formal notice and suspension, the
//! engine that says what is due on a date, and the letters.
//!
//! Pure like the rest of the domain: the store hands in the open invoices, what was
//! already produced and the holds; the engine answers with proposals. Nothing is sent or
//! recorded here.
//!
//! Invariants (tested over simulated calendars):
//! - evaluation is idempotent: once a step is recorded for an invoice, evaluating again
//!   on any later date never proposes it, nor any step before it;
//! - it catches up: after days without a run only the highest step now due is proposed
//!   for an invoice, never the ones missed on the way;
//! - an invoice with nothing left to pay, or held (disputed, or its customer on hold),
//!   gets no proposal; held ones are reported as held;
//! - one letter per customer and round, at the highest step proposed, listing every
//!   overdue invoice not held ([`round`]).
//!
//! `simulation` (tests only) replays a ledger day by day through the engine: the
//! scenario tests and the properties run on it.

pub mod engine;
pub mod letters;
pub mod policy;
pub mod renewals;
pub mod round;
pub mod template;

#[cfg(test)]
mod simulation;

pub use engine::{evaluate, Evaluation, Held, HoldReason, InvoiceFacts, Proposal, StepDone};
pub use letters::{letter, LetterBlock, LetterContext, LetterInvoice, LetterText, NextInvoice};
pub use policy::{Policy, Step, StepKind, StepText};
pub use renewals::{renewal_notice, RenewalContext, RenewalItem};
pub use round::{held_beside_letters, round_letters, CustomerLetter, COMING_DAYS};
pub use template::{check_template, Placeholder};
