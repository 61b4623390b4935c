//! Invoices, credit notes and payments: the use cases, and their mapping to the
//! transport and to printed documents.

mod billing;
mod expected;
mod explain;

mod issue;
mod payments;
mod print_run;
mod proposal;
mod read;
mod reversal;
mod views;

pub use billing::CancelFlag;
pub(crate) use payments::payment_view;
pub(crate) mod documents;
