//! Invoicing: what a customer owes for a month, how VAT applies, how credit notes and
//! payments settle it, and what state an invoice is in.
//!
//! Invariants: amounts are exact decimals rounded once per line; VAT is computed per
//! rate on the sum of that rate's lines; states and balances are derived, never stored.
//! Numbers are formatted here but assigned by the store, in the issuing transaction.

pub mod billing_run;
pub mod credit;
pub mod explain;
pub mod lines;
pub mod method;
pub mod numbering;
pub mod payments;
pub mod period;
pub mod rebill;
pub mod rebill_prorated;
pub mod reversal;
pub mod state;
pub mod vat;

pub use billing_run::{
    draft_customer_lines, subscription_lines, BillableSubscription, BillingError,
};
pub use credit::{
    check_credit, credit_reason, full_credit_lines, partial_credit, CreditError, PartialCredit,
};
pub use lines::{totals, InvoiceLine, LineKind, OneOffForm, Proration, Totals, VatLine};
pub use method::{payment_name, PaymentMethod};
pub use numbering::{
    credit_note_number, invoice_number, parse_number, DocumentKind, DocumentNumber, NumberError,
};
pub use payments::{
    allocate_oldest_first, check_allocations, oldest_first, Allocation, AllocationError, OpenItem,
};
pub use period::{Period, PeriodError};
pub use rebill::{
    parse_markup, usage_amount, usage_lines, Markups, ProratedLicences, Rebilled, UsageCharge,
};
pub use rebill_prorated::{prorated_lines, without_changes_in, NoPrice, ProratedCharge};
pub use reversal::{
    check_reversal, refund_sources, undo_allocations, CreditSource, PaymentProblem, ReversalFacts,
};
pub use state::{balance, days_overdue, due_date, invoice_state, InvoiceState};
pub use vat::{vat_treatment, VatTreatment};
