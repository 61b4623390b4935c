//! What crosses to the UI about statements, the aging report and the communication log.

use ardoise_domain::statements::{Aging, EntryKind};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::transport::MoneyView;

/// Which statement: a customer, a period and the date it is as of (all YYYY-MM-DD).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct StatementRequest {
    pub customer_id: i64,
    pub from: String,
    pub to: String,
    pub as_of: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct SettledView {
    pub number: String,
    pub amount: MoneyView,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct StatementLineView {
    pub date: String,
    #[ts(type = "\"invoice\" | \"credit_note\" | \"payment\" | \"reversal\" | \"refund\"")]
    pub kind: EntryKind,
    /// The invoice, credit note or payment id (a reversal's or refund's own), for
    /// clicking through.
    pub entry_id: i64,
    /// The document's number, a payment's or refund's reference (a reversal's: the
    /// reversed payment's).
    pub number: String,
    pub debit: Option<MoneyView>,
    pub credit: Option<MoneyView>,
    pub running_balance: MoneyView,
    pub settled: Vec<SettledView>,
    /// Reversals: the payment undone, for the reader's sentence.
    pub reverses: Option<ReversedPaymentView>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct ReversedPaymentView {
    pub payment_id: i64,
    pub received_on: String,
    pub reason: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct OpenItemView {
    pub invoice_id: i64,
    pub number: String,
    pub date: String,
    pub due_date: String,
    pub original: MoneyView,
    pub open: MoneyView,
    pub days_overdue: i64,
}

/// Open amounts by bucket, with their total.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct AgingView {
    pub currency: String,
    pub not_due: MoneyView,
    pub d1_30: MoneyView,
    pub d31_60: MoneyView,
    pub d61_90: MoneyView,
    pub over_90: MoneyView,
    pub total: MoneyView,
}

impl From<&Aging> for AgingView {
    fn from(a: &Aging) -> Self {
        AgingView {
            currency: a.currency().code().to_string(),
            not_due: a.not_due.into(),
            d1_30: a.d1_30.into(),
            d31_60: a.d31_60.into(),
            d61_90: a.d61_90.into(),
            over_90: a.over_90.into(),
            total: a.total().into(),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct StatementView {
    pub customer_id: i64,
    pub customer_name: String,
    pub currency: String,
    pub from: String,
    /// The period's end, never after `as_of`.
    pub to: String,
    pub as_of: String,
    pub brought_forward: MoneyView,
    pub lines: Vec<StatementLineView>,
    pub summary: StatementSummaryView,
    pub closing_balance: MoneyView,
    pub open_items: Vec<OpenItemView>,
    pub unapplied_credit: MoneyView,
    pub aging: AgingView,
    /// Other currencies the customer has documents in: one statement each.
    pub other_currencies: Vec<String>,
}

/// The period in figures whose sum the reader can do: brought forward + invoiced −
/// settled + given back = closing balance. A payment reversed or credit paid back raises
/// what is owed but is not an invoice: it has its own figure.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct StatementSummaryView {
    /// The invoices of the period.
    pub invoiced: MoneyView,
    /// Payments and credit notes.
    pub settled: MoneyView,
    /// Payments reversed and refunds.
    pub given_back: MoneyView,
}

/// A statement written to a file and recorded in the customer's communication log.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct StatementFile {
    pub path: String,
    pub bytes: i64,
    pub sha256: String,
    pub communication_id: i64,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum StatementSelection {
    /// Customers whose balance on the as-of date is not zero.
    WithBalance,
    All,
    /// These customers, by id.
    Customers(Vec<i64>),
}

/// The month-end batch: which customers, the period, and where the files go.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct BatchRequest {
    pub selection: StatementSelection,
    pub from: String,
    pub to: String,
    pub as_of: String,
    /// The folder for one file per customer; empty for the default beside the book.
    pub out_dir: String,
    /// Also write every statement into one PDF, for a single print job: to this path,
    /// or (empty) as `Releves-AS_OF.pdf` in the folder.
    pub combined: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct BatchResult {
    pub out_dir: String,
    pub files: Vec<String>,
    pub combined: Option<String>,
    /// Customers selected.
    pub selected: i64,
    /// Statements written and logged.
    pub produced: i64,
    pub bytes: i64,
    /// Stopped by the user: what was written before stays written and logged.
    pub cancelled: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct AgingRowView {
    pub customer_id: i64,
    pub customer_name: String,
    pub aging: AgingView,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct AgingReport {
    pub as_of: String,
    /// Largest total first.
    pub rows: Vec<AgingRowView>,
    /// One per currency.
    pub totals: Vec<AgingView>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum ExportFormat {
    Csv,
    Pdf,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct CommunicationView {
    pub id: i64,
    /// "statement" or "letter".
    pub kind: String,
    /// Letters: the collection step ("first_reminder").
    pub step_code: Option<String>,
    /// RFC 3339.
    pub produced_at: String,
    pub staff_name: Option<String>,
    pub as_of: String,
    pub period_start: Option<String>,
    pub period_end: Option<String>,
    pub balance: MoneyView,
    pub invoices: Vec<String>,
    pub sha256: String,
    pub file_name: Option<String>,
    pub sent_on: Option<String>,
    pub sent_via: Option<String>,
}

/// The window's commands on statements, the month-end batch, the aging report and the
/// documents the book wrote.
#[macro_export]
macro_rules! statements_commands {
    ($m:ident [$($acc:tt)*] $($next:ident)*) => { $crate::next_commands! { $m [$($acc)*
        run {
            statement_get(request: StatementRequest) -> StatementView =
                |b, s, _| b.statement(s, &request);
            /// The statement's PDF for the preview only: nothing is written or logged.
            statement_pdf(request: StatementRequest) -> PdfView =
                |b, s, _| b.statement_pdf_view(s, &request);
            /// Writes the statement into the documents folder and logs it; `print` also opens it.
            statement_save(request: StatementRequest, print: bool) -> StatementFile = |b, s, w| {
                let file = b.save_statement_in(s, &request, w.documents)?;
                if print {
                    $crate::saved::show(::std::path::Path::new(&file.path))?;
                }
                Ok(file)
            };
            /// The month-end batch, into the documents folder or one picked in the system's
            /// dialog; "statements-progress" events report how far it got.
            statements_batch(request: BatchRequest) -> BatchResult = |b, s, w| {
                // The permission before the folder: a refused role learns nothing of it.
                s.require($crate::Permission::ProduceStatements)?;
                w.output_folder(&request.out_dir)?;
                // The combined file takes its default name inside the folder.
                if let Some(name) = request.combined.as_deref().filter(|n| !n.is_empty()) {
                    return Err($crate::AppError::PathRefused(name.to_string()));
                }
                let (progress, cancel) = w.start(Job::Statements);
                b.statements_batch(s, &request, w.lang, w.documents, &progress, cancel)
            };
            aging_report(as_of: String) -> AgingReport = |b, s, _| b.aging_report(s, &as_of);
            /// Writes the report as CSV or PDF into the documents folder; returns the file's path.
            aging_export(as_of: String, format: ExportFormat, open: bool) -> String =
                |b, s, w| $crate::saved::shown(b.save_aging(s, &as_of, format, w.lang, None)?, open);
            communications_list(customer_id: i64) -> Vec<CommunicationView> =
                |b, s, _| b.communications(s, customer_id);
            /// Opens a document the book produced (by its file or communication id), or a folder
            /// or document inside a folder the book writes to, in the system's viewer or file
            /// manager. Anything else is refused.
            document_open(target: OpenTarget) -> () =
                |b, s, w| $crate::saved::show(&b.openable(s, &target, w.chosen)?);
        }
        shell {
            /// Stops the running statements batch; a billing run goes on.
            statements_cancel() -> ();
            /// The system's folder picker, shown by the backend; null when cancelled.
            folder_choose() -> Option<String>;
            /// The folder documents are written to by default, to show it.
            documents_folder() -> String;
        }
    ] $($next)* } };
}
