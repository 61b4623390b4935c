//! What crosses to the window about the audit trail: who changed what, when, and the
//! values before and after, in the reader's words.

use ardoise_domain::code_enum;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

code_enum!(
    /// The family of things an entry is about, as the page filters them.
    #[derive(TS)]
    pub enum AuditKind {
        Customer => "customer",
        Subscription => "subscription",
        Invoice => "invoice",
        Payment => "payment",
        Letter => "letter",
        Support => "support",
        Catalog => "catalog",
        Staff => "staff",
        Settings => "settings",
    }
);

/// Which entries the page shows. Dates are days (YYYY-MM-DD) on the reader's clock,
/// both included; `before_id` asks for the page after the entry with that id.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct AuditFilter {
    pub staff_id: Option<i64>,
    pub customer_id: Option<i64>,
    pub kind: Option<AuditKind>,
    pub from: Option<String>,
    pub to: Option<String>,
    pub before_id: Option<i64>,
}

/// One value changed, under its label.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct FieldChangeView {
    /// The column's label in the reader's words (its name for a column nobody labelled).
    pub label: String,
    pub before: Option<String>,
    pub after: Option<String>,
}

/// One row the entry's transaction wrote.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct RowChangeView {
    /// What the row is (« Client », « Ligne de facture »).
    pub what: String,
    /// "insert", "update" or "delete".
    pub op: String,
    /// The sentence for `op` (« ajouté », « modifié », « supprimé »).
    pub op_label: String,
    pub row_id: i64,
    pub fields: Vec<FieldChangeView>,
}

/// One entry of the trail.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct AuditEntryView {
    pub id: i64,
    /// Date and time on the reader's clock, as they write it.
    pub when: String,
    pub staff_id: i64,
    pub who: String,
    /// The action's code, for tests and filters; never shown.
    pub action: String,
    pub kind: AuditKind,
    /// What was done, as a sentence (« Facture F2026-00012 émise »).
    pub what: String,
    pub customer_id: Option<i64>,
    pub customer_name: Option<String>,
    pub changes: Vec<RowChangeView>,
    /// Rows written beyond those kept with the entry (a large billing run).
    pub more_rows: u64,
}

/// One page of the trail, newest first.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct AuditPageView {
    pub entries: Vec<AuditEntryView>,
    /// The id to ask `before_id` for the next page; `None` on the last page.
    pub next_before: Option<i64>,
}

/// A person the filter can name.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct AuditPerson {
    pub id: i64,
    pub display_name: String,
}

/// A kind the filter offers, with its word.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct AuditKindChoice {
    pub kind: AuditKind,
    pub label: String,
}

/// The page's choices: the people and the kinds.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct AuditChoices {
    pub people: Vec<AuditPerson>,
    pub kinds: Vec<AuditKindChoice>,
}

/// The audit trail's commands.
#[macro_export]
macro_rules! audit_commands {
    ($m:ident [$($acc:tt)*] $($next:ident)*) => { $crate::next_commands! { $m [$($acc)*
        run {
            /// One page of the trail, filtered, newest first.
            audit_entries(filter: $crate::transport_audit::AuditFilter) -> $crate::transport_audit::AuditPageView =
                |b, s, w| b.audit_entries(s, &filter, w.lang);
            /// The people and kinds the filter offers.
            audit_choices() -> $crate::transport_audit::AuditChoices =
                |b, s, w| b.audit_choices(s, w.lang);
            /// Every entry the filter keeps, as CSV in the documents folder; its path.
            audit_export(filter: $crate::transport_audit::AuditFilter, open: bool) -> String =
                |b, s, w| $crate::saved::shown(b.save_audit_csv(s, &filter, w.lang, None)?, open);
            /// The latest changes of one customer, for its page.
            customer_history(customer_id: i64) -> Vec<$crate::transport_audit::AuditEntryView> =
                |b, s, w| b.customer_history(s, customer_id, w.lang);
        }
        shell {}
    ] $($next)* } };
}
