//! What a Partner Center import shows: the preview of a file, what the import did, and
//! the history of files imported. Words arrive in the reader's language; codes are kept
//! beside them for programs only.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::transport::MoneyView;

/// A customer the file names that the book does not have.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct PcCustomerView {
    pub tenant_id: String,
    pub name: String,
    pub domain: Option<String>,
    /// ISO 3166 code, and the country's name in the reader's language.
    pub country: Option<String>,
    pub country_name: Option<String>,
}

/// A subscription the import creates or brings in step.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct PcSubscriptionView {
    pub pc_subscription_id: String,
    pub customer_name: String,
    pub product_name: String,
    /// "create", "change" or "same"; `action_label` says it.
    pub action: String,
    pub action_label: String,
    /// Seats at the end of the period, by Microsoft's rule.
    pub seats: u32,
    /// What the book holds now, for a subscription it has.
    pub book_seats: Option<u32>,
    /// The term and billing frequency, in words.
    pub term: String,
    pub frequency: String,
}

/// What the file holds and what importing it would do; nothing is written.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct PcPreviewView {
    pub file_name: String,
    pub sha256: String,
    /// "new_commerce_invoice", "daily_rated_usage" or "legacy_license_based".
    pub kind: String,
    pub kind_label: String,
    pub lines: u64,
    /// Lines the book has already (from this file or a copy of it).
    pub lines_known: u64,
    /// The Subtotal column's total per currency, every decimal kept.
    pub totals: Vec<MoneyView>,
    /// YYYY-MM-DD, the first charge's start and the last charge's end.
    pub period_from: Option<String>,
    pub period_to: Option<String>,
    pub customers_to_create: Vec<PcCustomerView>,
    /// Products the catalogue will gain, by name (without a price).
    pub products_to_create: Vec<String>,
    pub subscriptions: Vec<PcSubscriptionView>,
    /// Sentences: a product with no resale price, a seat count that differs, a currency
    /// conversion, lines already imported.
    pub warnings: Vec<String>,
    /// When the very same file was imported before: when, in the reader's words.
    pub already_imported: Option<String>,
}

/// What an import did.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct PcImportView {
    /// The import's id; `None` when nothing was written.
    pub import_id: Option<i64>,
    /// "imported", "file_already_imported" or "nothing_new"; `message` says it.
    pub outcome: String,
    pub message: String,
    pub lines_added: u64,
    pub customers_created: u64,
    pub products_created: u64,
    pub subscriptions_created: u64,
    pub subscriptions_changed: u64,
    /// The preview the import followed, read again inside its transaction.
    pub preview: PcPreviewView,
}

/// One file of the history.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct PcImportRow {
    pub id: i64,
    pub file_name: String,
    pub sha256: String,
    pub kind: String,
    pub kind_label: String,
    pub lines: u64,
    pub lines_added: u64,
    pub period_from: Option<String>,
    pub period_to: Option<String>,
    pub totals: Vec<MoneyView>,
    /// RFC 3339, and as the reader writes a date and time.
    pub imported_at: String,
    pub imported_at_label: String,
    pub staff_name: String,
}

/// A file picked in the system's dialog, kept by the shell under `handle`: the window
/// names it by its handle, never by its path.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct PcFileChosen {
    pub handle: u32,
    pub file_name: String,
}

/// The import of a file picked before.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct PcImportRequest {
    pub handle: u32,
    /// Whether the customers the book lacks are created (else their lines wait).
    pub create_customers: bool,
}

/// The window's commands on Partner Center files. The file is named in the system's
/// dialog or dropped on the window, and kept by the shell (the webview never sends a
/// path), which reads it there and sends the reading's progress as
/// `partner-center-progress`.
#[macro_export]
macro_rules! partner_center_commands {
    ($m:ident [$($acc:tt)*] $($next:ident)*) => { $crate::next_commands! { $m [$($acc)*
        run {
            /// Every file imported, newest first.
            partner_center_imports() -> Vec<$crate::transport_partner_center::PcImportRow> =
                |b, s, w| b.partner_center_imports(s, w.lang);
        }
        shell {
            /// The system's file dialog; the file kept by the shell. `null` when
            /// cancelled.
            partner_center_file_choose() -> Option<$crate::transport_partner_center::PcFileChosen>;
            /// Files dropped on the window kept by the shell from now on.
            partner_center_drops_watch() -> ();
            /// The file dropped last, kept by the shell. `null`: none, or several.
            partner_center_file_dropped() -> Option<$crate::transport_partner_center::PcFileChosen>;
            /// What importing the file picked before would do; nothing written.
            partner_center_preview(handle: u32) -> $crate::transport_partner_center::PcPreviewView;
            /// The file picked before, imported in one transaction.
            partner_center_import(request: $crate::transport_partner_center::PcImportRequest) -> $crate::transport_partner_center::PcImportView;
        }
    ] $($next)* } };
}
