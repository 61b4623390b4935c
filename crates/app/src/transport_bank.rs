//! What crosses to the window and the CLI about bank statements: the import's
//! proposals, one per line, and the clerk's confirmations.

use ardoise_domain::bank::CsvMapping;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::transport::MoneyView;
use crate::transport_invoicing::{AllocationInput, AllocationView};

/// A bank file to import. A CSV file needs the bank's name (its mapping is remembered
/// under it) and, the first time, the mapping and the account's currency.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct BankImportRequest {
    pub path: String,
    /// Read and propose only: nothing is written.
    pub dry_run: bool,
    pub csv_bank: Option<String>,
    pub csv_mapping: Option<CsvMapping>,
    pub csv_currency: Option<String>,
}

/// A bank's CSV mapping the book remembers, under the bank's name.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct KnownCsvBank {
    pub name: String,
    pub mapping: CsvMapping,
}

/// What the mapping step shows of a CSV file: its columns, its first rows, and the
/// banks whose mapping the book remembers.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct CsvSample {
    pub columns: Vec<String>,
    /// The first rows, cell by cell in the columns' order.
    pub rows: Vec<Vec<String>>,
    pub banks: Vec<KnownCsvBank>,
}

/// A bank file picked in the system's dialog, kept by the shell under `handle` (the
/// window never holds its path). `csv` only for a CSV file, which needs its mapping.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct BankFileChosen {
    pub handle: u32,
    pub file_name: String,
    pub csv: Option<CsvSample>,
}

/// The import of a file picked before: CAMT.053 and OFX need nothing more; a CSV file
/// its bank's name, the mapping when not remembered or changed, and the currency.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct BankFileImport {
    pub handle: u32,
    pub csv_bank: Option<String>,
    pub csv_mapping: Option<CsvMapping>,
    pub csv_currency: Option<String>,
}

/// What became or may become of one line of the statement.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum BankLineStatus {
    /// A customer is proposed; the clerk confirms or corrects.
    Proposed,
    /// Nothing recognised: the clerk picks the customer.
    Unmatched,
    /// Recognised, but it cannot become a payment as it is (another currency).
    Refused,
    /// Already a payment.
    Confirmed,
    /// Money out: not a payment received.
    Ignored,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct BankLineView {
    /// None in a dry run for a line not imported yet.
    pub line_id: Option<i64>,
    pub position: usize,
    pub booked_on: String,
    pub amount: MoneyView,
    pub credit: bool,
    pub label: String,
    pub payer: String,
    pub payer_iban: Option<String>,
    pub status: BankLineStatus,
    pub customer_id: Option<i64>,
    pub customer_name: Option<String>,
    pub allocations: Vec<AllocationView>,
    pub on_account: MoneyView,
    /// Why it is proposed so, as a sentence in the reader's language.
    pub reason: String,
    pub payment_id: Option<i64>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct BankImportView {
    /// "camt053", "ofx" or "csv".
    pub kind: String,
    pub account: String,
    pub dry_run: bool,
    /// Lines added to the book by this import (0 in a dry run).
    pub added: usize,
    /// Lines of the file the book already had.
    pub already_imported: usize,
    pub lines: Vec<BankLineView>,
}

/// The clerk's word on one line: this customer, these invoices (the rest on account).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct BankConfirmation {
    pub line_id: i64,
    pub customer_id: i64,
    pub allocations: Vec<AllocationInput>,
}

/// The window's commands on the bank's statements. The file is named in the system's
/// dialog by the shell (the webview never sends a path); the import happens there.
#[macro_export]
macro_rules! bank_commands {
    ($m:ident [$($acc:tt)*] $($next:ident)*) => { $crate::next_commands! { $m [$($acc)*
        run {
            /// Makes payments of the lines the clerk confirmed, all or none.
            bank_confirm(confirmations: Vec<$crate::transport_bank::BankConfirmation>) -> Vec<$crate::transport_invoicing::PaymentView> =
                |b, s, _| b.bank_confirm(s, &confirmations);
        }
        shell {
            /// The system's file dialog; the file kept by the shell and, for a CSV
            /// file, what its mapping needs. `null` when cancelled.
            bank_file_choose() -> Option<$crate::transport_bank::BankFileChosen>;
            /// The file picked before, imported (its new lines recorded) and each
            /// credit proposed.
            bank_file_import(request: $crate::transport_bank::BankFileImport) -> $crate::transport_bank::BankImportView;
        }
    ] $($next)* } };
}
