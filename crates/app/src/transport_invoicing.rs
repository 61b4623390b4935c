//! What crosses to the UI about invoices, credit notes and payments.

use ardoise_domain::invoicing::{InvoiceState, LineKind};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::transport::MoneyView;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum DocumentKindView {
    Invoice,
    CreditNote,
}

/// One line of the invoices list.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct InvoiceRow {
    pub id: i64,
    pub kind: DocumentKindView,
    /// None while a draft.
    pub number: Option<String>,
    pub customer_id: i64,
    pub customer_name: String,
    /// "2026-11" for a billing-run invoice.
    pub period: Option<String>,
    pub issue_date: Option<String>,
    pub due_date: Option<String>,
    pub net: MoneyView,
    pub gross: MoneyView,
    /// What is still to be paid: gross − credited − paid (0 for drafts and credit notes).
    pub open: MoneyView,
    pub state: InvoiceState,
    pub days_overdue: i64,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct InvoiceLineView {
    pub position: i64,
    pub kind: LineKind,
    pub description: String,
    pub service_start: Option<String>,
    pub service_end: Option<String>,
    pub quantity: String,
    pub unit_price: String,
    /// "16/30" when the line is prorated by days.
    pub proration: Option<String>,
    pub vat_rate: String,
    pub net: MoneyView,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct VatLineView {
    pub rate: String,
    pub base: MoneyView,
    pub vat: MoneyView,
}

/// A payment's share that settled this invoice.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct SettlementView {
    pub payment_id: i64,
    pub received_on: String,
    pub method: String,
    pub reference: Option<String>,
    pub amount: MoneyView,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct InvoiceView {
    pub row: InvoiceRow,
    pub lines: Vec<InvoiceLineView>,
    pub vat_lines: Vec<VatLineView>,
    pub vat: MoneyView,
    pub paid: MoneyView,
    pub credited: MoneyView,
    /// "Autoliquidation…" when the VAT is reverse charged.
    pub vat_mention: Option<String>,
    pub settlements: Vec<SettlementView>,
    /// Credit notes issued against this invoice.
    pub credit_notes: Vec<InvoiceRow>,
    /// For a credit note: the invoice it corrects (id, number).
    pub credited_invoice: Option<InvoiceRow>,
    /// Drafts can be edited and deleted; issued documents never.
    pub editable: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, TS)]
pub struct InvoiceFilter {
    /// One of draft, unpaid, partly_paid, paid, overdue, credited; None for all.
    pub state: Option<InvoiceState>,
    pub customer_id: Option<i64>,
    /// "2026-11".
    pub period: Option<String>,
    /// Invoices only, credit notes only, or both (None).
    pub kind: Option<DocumentKindView>,
    /// Issue dates from and to, inclusive (YYYY-MM-DD); empty or None for no bound.
    #[serde(default)]
    #[ts(optional)]
    pub issued_from: Option<String>,
    #[serde(default)]
    #[ts(optional)]
    pub issued_to: Option<String>,
    /// Only issued documents that never left the book (saved, printed or sent).
    #[serde(default)]
    #[ts(optional)]
    pub not_sent: Option<bool>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct BillingRunResult {
    pub period: String,
    /// Drafts made by this run.
    pub drafted: Vec<InvoiceRow>,
    /// Customers that already had an invoice for the period.
    pub skipped: i64,
    /// Subscriptions that could not be billed, as sentences (no price in force...).
    pub problems: Vec<String>,
    /// Sum of the drafts' totals incl. VAT, per currency.
    pub totals: Vec<MoneyView>,
    pub cancelled: bool,
}

/// Progress of a long task, sent to the window as it goes.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct Progress {
    pub done: i64,
    pub total: i64,
}

#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, TS)]
pub struct PaymentForm {
    pub customer_id: i64,
    /// YYYY-MM-DD.
    pub received_on: String,
    pub amount: String,
    pub currency: String,
    /// transfer, card, direct_debit, cheque, cash.
    pub method: String,
    pub reference: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct AllocationInput {
    pub invoice_id: i64,
    pub amount: String,
}

/// A payment form's first proposal, from the domain's oldest-first rule.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct AllocationProposal {
    /// The customer's open invoices (ids), in the order a payment settles them.
    pub order: Vec<i64>,
    /// The amount spread over them, each up to what it still owes.
    pub allocations: Vec<AllocationInput>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct AllocationView {
    pub invoice_id: i64,
    pub number: String,
    pub amount: MoneyView,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct PaymentView {
    pub id: i64,
    pub customer_id: i64,
    pub customer_name: String,
    pub received_on: String,
    pub amount: MoneyView,
    pub method: String,
    pub reference: Option<String>,
    pub allocations: Vec<AllocationView>,
    /// What is left as the customer's credit (nothing once reversed).
    pub unallocated: MoneyView,
    /// Set once the payment was reversed: it then settles nothing.
    pub reversal: Option<ReversalView>,
    /// What was refunded to the customer out of this payment's credit.
    pub refunded: MoneyView,
}

/// A payment's reversal as recorded.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct ReversalView {
    pub id: i64,
    pub reversed_on: String,
    pub reason: String,
}

/// A customer's account in one currency, derived from its documents and payments.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct BalanceView {
    pub currency: String,
    pub invoiced: MoneyView,
    pub credited: MoneyView,
    pub paid: MoneyView,
    /// invoiced − credited − paid: what the customer owes (negative: what we owe).
    pub balance: MoneyView,
    /// Payments not yet allocated to an invoice.
    pub unallocated: MoneyView,
    pub overdue: MoneyView,
}

/// A PDF for the in-app preview: the file name to save as, and its bytes in base64.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct PdfView {
    pub file_name: String,
    pub base64: String,
    pub bytes: i64,
}

/// The window's commands on invoices, credit notes and payments.
#[macro_export]
macro_rules! invoicing_commands {
    ($m:ident [$($acc:tt)*] $($next:ident)*) => { $crate::next_commands! { $m [$($acc)*
        run {
            /// Drafts the period's invoices; "billing-progress" events report how far it got.
            bill(period: String) -> BillingRunResult = |b, s, w| {
                let (progress, cancel) = w.start(Job::Billing);
                b.bill(s, &period, w.lang, &progress, cancel)
            };
            invoices_list(filter: InvoiceFilter) -> Vec<InvoiceRow> = |b, s, _| b.invoices(s, &filter);
            invoice_get(id: i64) -> InvoiceView = |b, s, _| b.invoice(s, id);
            invoice_add_line(id: i64, form: OneOffForm) -> () =
                |b, s, _| b.add_invoice_line(s, id, &form);
            invoice_remove_line(id: i64, position: i64) -> () =
                |b, s, _| b.remove_invoice_line(s, id, position);
            invoice_delete(id: i64) -> () = |b, s, _| b.delete_draft(s, id);
            invoices_issue(ids: Vec<i64>) -> Vec<InvoiceRow> = |b, s, _| b.issue_invoices(s, &ids);
            /// `amount` null credits the whole of what is still creditable; `reason` is printed.
            credit_note_create(invoice_id: i64, amount: Option<String>, reason: String) -> Created =
                |b, s, _| b.credit_invoice(s, invoice_id, amount.as_deref(), &reason).map(|id| Created { id });
            invoice_pdf(id: i64) -> PdfView = |b, s, _| b.invoice_pdf_view(s, id);
            /// Writes the PDF into the documents folder and opens it in the system's viewer, to print.
            invoice_open(id: i64) -> String =
                |b, s, _| $crate::saved::shown(b.save_invoice_pdf(s, id, None)?, true);
            /// `allocations` null settles the oldest open invoices first.
            payment_record(form: PaymentForm, allocations: Option<Vec<AllocationInput>>) -> PaymentView =
                |b, s, _| b.record_payment(s, &form, allocations.as_deref());
            payment_allocate(payment_id: i64, allocations: Vec<AllocationInput>) -> PaymentView =
                |b, s, _| b.allocate_payment(s, payment_id, &allocations);
            /// The open invoices oldest first, and `amount` spread over them (`first` before the others).
            allocation_proposal(customer_id: i64, amount: String, currency: String, first: Option<i64>) -> AllocationProposal =
                |b, s, _| b.allocation_proposal(s, customer_id, &amount, &currency, first);
            payments_list(customer_id: Option<i64>) -> Vec<PaymentView> =
                |b, s, _| b.payments(s, customer_id);
            customer_balances(customer_id: i64) -> Vec<BalanceView> =
                |b, s, _| b.customer_balances(s, customer_id);
        }
        shell {
            /// Stops the running billing run (nothing it drafted is kept); a statements batch goes on.
            billing_cancel() -> ();
        }
    ] $($next)* } };
}
