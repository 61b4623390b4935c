//! What crosses to the UI about support billed and invoices explained.

use ardoise_domain::invoicing::LineKind;
use ardoise_domain::Lang;
use serde::Serialize;
use ts_rs::TS;

/// One line of an invoice explained.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct LineExplanation {
    /// The line's number on the invoice, from 1.
    pub position: i64,
    pub kind: LineKind,
    /// One paragraph in the invoice's language.
    pub text: String,
}

/// An invoice explained line by line, in its customer's language.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct InvoiceExplanation {
    pub invoice_id: i64,
    /// `null` for a draft.
    pub number: Option<String>,
    /// The invoice's language, which the paragraphs are written in.
    pub language: Lang,
    pub lines: Vec<LineExplanation>,
    /// Every paragraph, a blank line between them: ready to paste into a reply.
    pub text: String,
}

/// Where one time entry of a request was billed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct TimeEntryBilledView {
    pub time_entry_id: i64,
    pub invoice_id: i64,
    /// `null` while the invoice is a draft.
    pub invoice_number: Option<String>,
    /// The minutes billed for this entry (0 when the included hours covered it).
    pub billed_minutes: i64,
    /// Credit notes issued on that invoice since: they free nothing.
    pub credit_notes: Vec<String>,
    /// "billed on F2026-00042 (credited by credit note AV2026-00003)", in the window's language.
    pub text: String,
}

/// The window's commands on support billed and invoices explained.
#[macro_export]
macro_rules! support_billing_commands {
    ($m:ident [$($acc:tt)*] $($next:ident)*) => { $crate::next_commands! { $m [$($acc)*
        run {
            /// Each line of an invoice explained in the customer's language, to paste into a reply.
            invoice_explain(invoice_id: i64) -> $crate::transport_support_billing::InvoiceExplanation =
                |b, s, _| b.explain_invoice(s, invoice_id);
            /// Where a request's time entries were billed (entries not listed are not billed yet).
            support_time_billed(request_id: i64) -> Vec<$crate::transport_support_billing::TimeEntryBilledView> =
                |b, s, w| b.support_time_billed(s, request_id, w.lang);
        }
        shell {
        }
    ] $($next)* } };
}
