//! Ardoise's domain: the rules of money, customers, the catalog and subscriptions.
//!
//! Invariant: nothing here does I/O or reads the clock. A rule that depends on the
//! date takes `today` as an argument; the application layer owns the clock.

pub mod bank;
pub mod bounds;
pub mod catalog;
pub mod checks;
pub mod choices;
mod code_enum;
pub mod code_words;
pub mod collections;
pub mod customer;
pub mod customer_reference;
pub mod display;
pub mod invoicing;
pub mod money;
mod number_text;
pub mod partner;
pub mod printed_codes;
pub mod problem;
pub mod role;
pub mod similar_names;
pub mod staff;
pub mod staff_problem;
pub mod statements;
pub mod subscription;
pub mod support;

/// The catalogue of words (`tr!`), re-exported so every crate above the domain speaks through it.
pub use ardoise_words as words;
pub use ardoise_words::Lang;
pub use problem::{FieldError, Invalid, Problem};
