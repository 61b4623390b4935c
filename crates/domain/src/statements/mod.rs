//! Customer statements and the aging report.
//!
//! Everything here is computed from a customer's ledger — its issued invoices, credit
//! notes and payments with their allocations — as of a date the caller gives: a past
//! date shows the account as it was, since documents dated later are ignored entirely.
//! Nothing is stored, so a statement cannot disagree with the documents.
//!
//! Invariants, checked by property tests:
//! - closing balance = brought forward + invoices − credit notes − payments of the period;
//! - closing balance = open items − unapplied credit (see [`Statement::unapplied_credit`]);
//! - the aging buckets sum to the open items' total.

pub mod aging;
pub mod error;
pub mod example;
pub mod ledger;
pub mod statement;

pub use aging::{aging, bucket, totals, Aging, AgingRow, Bucket, OpenLine};
pub use error::StatementError;
pub use ledger::{EntryKind, LedgerEntry, ReversedPayment};
pub use statement::{statement, Statement, StatementLine};
