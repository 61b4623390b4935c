//! Collections as a person works them: the Today dashboard says what is due (and says
//! what the book says), producing the day's letters writes the PDFs and the log entries
//! and marking them sent records how they went out, and marking a suspension done in
//! Partner Center suspends the subscription in the book and on the customer's page.
//!
//! Every expectation comes from the book read back through the application layer, never
//! from counts of the demo data, which may change.
//!
//! One test binary, a module per subject; what they read back is in `inspect.rs`.

mod letters;
mod renewals;
mod suspensions;
mod today;

const TODAY: &str = "2026-11-25";
