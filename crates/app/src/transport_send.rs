//! What crosses to the window about issued invoices leaving the book: saved to a folder,
//! put in one file to print, marked sent.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// Which invoices, and where they go.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, TS)]
pub struct InvoicesPrintRequest {
    /// Issued invoices and credit notes, in the order they are printed.
    pub ids: Vec<i64>,
    /// The folder for one file per invoice; empty for the default beside the book
    /// (`invoices/2026-11` when they are all of one billing period).
    pub out_dir: String,
    /// Each invoice as its own file in the folder (one not yet there).
    pub files: bool,
    /// Also all of them in one PDF, to print: to this path, or (empty) as
    /// `Factures-2026-11.pdf` in the folder.
    pub combined: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct InvoicesPrintResult {
    pub out_dir: String,
    /// Files written by this run.
    pub files: Vec<String>,
    /// Invoices already in the folder from an earlier run: not written again.
    pub kept: i64,
    /// The print file, written now or found identical from an earlier run.
    pub combined: Option<String>,
    /// Its pages: every page of every invoice.
    pub combined_pages: i64,
    pub selected: i64,
    pub cancelled: bool,
}

/// The window's commands on sending issued invoices.
#[macro_export]
macro_rules! send_commands {
    ($m:ident [$($acc:tt)*] $($next:ident)*) => { $crate::next_commands! { $m [$($acc)*
        run {
            /// Saves issued invoices into the documents folder or one picked in the system's
            /// dialog, and/or one PDF to print; "invoices-progress" events report how far it got.
            invoices_print(request: InvoicesPrintRequest) -> InvoicesPrintResult = |b, s, w| {
                // The permission before the folder: a refused role learns nothing of it.
                s.require($crate::Permission::EditInvoices)?;
                w.output_folder(&request.out_dir)?;
                // The print file takes its default name inside the folder.
                if let Some(name) = request.combined.as_deref().filter(|n| !n.is_empty()) {
                    return Err($crate::AppError::PathRefused(name.to_string()));
                }
                let (progress, cancel) = w.start(Job::Invoices);
                b.print_invoices(s, &request, w.lang, w.documents, &progress, cancel)
            };
            /// Records that issued invoices went out on `on`, by post or e-mail (an invoice
            /// never written is first saved into the documents folder, so its copy is kept).
            invoices_mark_sent(ids: Vec<i64>, on: String, via: String) -> () =
                |b, s, w| b.mark_invoices_sent(s, &ids, &on, &via, w.lang, w.documents);
        }
        shell {
            /// Stops the running save or print of invoices; what was written stays, logged.
            invoices_cancel() -> ();
        }
    ] $($next)* } };
}
