//! What crosses to the UI about collections: the day's proposals, holds, letters
//! produced, suspensions and the policy.

use ardoise_domain::collections::StepKind;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::transport::MoneyView;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct DueInvoiceView {
    pub invoice_id: i64,
    pub number: String,
    pub due_date: String,
    pub days_overdue: i64,
    pub open: MoneyView,
}

/// One letter to produce: a customer, the highest step due among its invoices, every
/// overdue invoice (or those coming due, for a courtesy reminder) and, apart, those
/// coming due.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct LetterProposalView {
    pub customer_id: i64,
    pub customer_name: String,
    pub step_code: String,
    pub step_name: String,
    #[ts(type = "\"courtesy\" | \"reminder\" | \"formal_notice\" | \"suspension\"")]
    pub kind: StepKind,
    pub invoices: Vec<DueInvoiceView>,
    /// Coming due, listed apart (not in `total`).
    pub coming: Vec<DueInvoiceView>,
    pub total: MoneyView,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct HeldView {
    pub hold_id: Option<i64>,
    pub customer_id: i64,
    pub customer_name: String,
    pub invoice_id: i64,
    pub number: String,
    /// "invoice" (disputed) or "customer".
    pub reason: String,
    pub note: String,
    pub step_name: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum SuspensionState {
    ToSuspend,
    Suspended,
    /// Suspended, and the invoices that led to it are now paid.
    ToReactivate,
}

/// A subscription to suspend or reactivate in Partner Center.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct SuspensionView {
    pub id: i64,
    pub state: SuspensionState,
    pub customer_id: i64,
    pub customer_name: String,
    pub tenant_id: Option<String>,
    pub subscription_id: i64,
    pub pc_subscription_id: Option<String>,
    pub product_name: String,
    pub quantity: i64,
    pub term: String,
    pub renewal_date: String,
    /// What Microsoft keeps billing the partner until the term ends while it is
    /// suspended (new-commerce subscriptions are not refunded by suspension).
    pub cost_until_term_end: Option<MoneyView>,
    pub invoices: Vec<String>,
    pub proposed_on: String,
    pub suspended_on: Option<String>,
}

/// The collections work of a day.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct CollectionsView {
    pub as_of: String,
    pub letters: Vec<LetterProposalView>,
    pub held: Vec<HeldView>,
    pub suspensions: Vec<SuspensionView>,
    /// Annual and triennial renewals within the notice window, sent or not.
    pub renewals: Vec<RenewalView>,
}

/// Which letters to produce (all proposed on the date when `only` is empty).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct LettersRequest {
    pub as_of: String,
    /// (customer id, step code) pairs; empty: every letter proposed.
    pub only: Vec<LetterKey>,
    /// The folder for one file per letter; empty for the default beside the book.
    pub out_dir: String,
    /// Signed by the person producing them (their name and title from their account)
    /// rather than by the settings' signatory (absent or false).
    #[serde(default)]
    #[ts(optional)]
    pub signed_by_me: Option<bool>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct LetterKey {
    pub customer_id: i64,
    pub step_code: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct LetterFile {
    pub communication_id: i64,
    pub customer_id: i64,
    pub step_code: String,
    pub path: String,
    pub sha256: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct LettersResult {
    pub out_dir: String,
    pub letters: Vec<LetterFile>,
    /// All of them in one PDF, for a single print job.
    pub combined: Option<String>,
    /// Subscriptions now listed to suspend.
    pub suspensions: i64,
}

/// How many letters of one step are due on the date.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct StepDue {
    pub step_code: String,
    pub step_name: String,
    #[ts(type = "\"courtesy\" | \"reminder\" | \"formal_notice\" | \"suspension\"")]
    pub kind: StepKind,
    pub letters: i64,
    pub invoices: i64,
}

/// Overdue amounts (past their due date) at the end of a month, per currency.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct TrendPoint {
    /// "2026-11".
    pub month: String,
    pub as_of: String,
    pub overdue: Vec<MoneyView>,
}

/// An annual or triennial subscription renewing soon: tell the customer before, since a
/// new-commerce subscription can only be cancelled within 7 days after it renews.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct RenewalView {
    pub subscription_id: i64,
    pub customer_id: i64,
    pub customer_name: String,
    pub product_name: String,
    pub quantity: i64,
    pub term: String,
    pub renewal_date: String,
    pub auto_renew: bool,
    /// The last day it can still be cancelled: renewal date + 7 days.
    pub cancellable_until: String,
    /// When the customer was sent the notice of this renewal; None: still to send.
    pub notice_sent_on: Option<String>,
}

/// Which renewal notices to produce: those not yet sent on the date, for every customer
/// (`customer_ids` empty) or those named.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct RenewalNoticesRequest {
    pub as_of: String,
    pub customer_ids: Vec<i64>,
    /// The folder for one file per notice; empty for the default beside the book.
    pub out_dir: String,
}

/// Today's work, the home screen.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct DashboardView {
    pub as_of: String,
    pub steps: Vec<StepDue>,
    pub held: i64,
    pub to_suspend: i64,
    pub to_reactivate: i64,
    /// Past due today, per currency.
    pub overdue: Vec<MoneyView>,
    /// The last 12 month-ends, oldest first, then today.
    pub trend: Vec<TrendPoint>,
    /// Who owes most today.
    pub top_debtors: Vec<crate::transport_statements::AgingRowView>,
    /// Renewals in the next 30 days.
    pub renewals: Vec<RenewalView>,
}

/// Who signs the letters to customers (settings); empty: « Le service comptabilité ».
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct LetterSignatory {
    pub name: String,
    pub title: String,
}

/// The window's commands on collections: the day's work, letters, holds, suspensions.
#[macro_export]
macro_rules! collections_commands {
    ($m:ident [$($acc:tt)*] $($next:ident)*) => { $crate::next_commands! { $m [$($acc)*
        run {
            /// Letters proposed, invoices held and subscriptions to suspend or reactivate on a date.
            collections_get(as_of: String) -> CollectionsView = |b, s, _| b.collections(s, &as_of);
            /// Writes the letters (one PDF each and one combined), logs them, records their step.
            letter_signatory_get() -> LetterSignatory = |b, s, _| b.letter_signatory(s);
            letter_signatory_save(form: LetterSignatory) -> () =
                |b, s, _| b.save_letter_signatory(s, &form);
            letters_produce(request: LettersRequest) -> LettersResult = |b, s, w| {
                // The permission before the folder: a refused role learns nothing of it.
                s.require($crate::Permission::ProduceStatements)?;
                w.output_folder(&request.out_dir)?;
                b.produce_letters(s, &request, w.lang, w.documents)
            };
            /// Writes the renewal notices not yet sent (one PDF per customer and one combined), logs them.
            renewal_notices_produce(request: RenewalNoticesRequest) -> LettersResult = |b, s, w| {
                // The permission before the folder: a refused role learns nothing of it.
                s.require($crate::Permission::ProduceStatements)?;
                w.output_folder(&request.out_dir)?;
                b.produce_renewal_notices(s, &request, w.lang, w.documents)
            };
            /// Communication log entries that went out on `on`, by post or e-mail.
            communications_mark_sent(ids: Vec<i64>, on: String, via: String) -> () =
                |b, s, _| b.mark_sent(s, &ids, &on, &via);
            /// `invoice_id` null holds the whole customer; else that invoice (a dispute).
            collections_hold(customer_id: i64, invoice_id: Option<i64>, reason: String) -> Created =
                |b, s, _| b.hold(s, customer_id, invoice_id, &reason).map(|id| Created { id });
            collections_lift_hold(hold_id: i64) -> () = |b, s, _| b.lift_hold(s, hold_id);
            /// Staff suspended the subscription in Partner Center on `on`.
            suspension_done(id: i64, on: String) -> () = |b, s, _| b.mark_suspended(s, id, &on);
            /// Staff reactivated it in Partner Center on `on`.
            reactivation_done(id: i64, on: String) -> () = |b, s, _| b.mark_reactivated(s, id, &on);
            /// The home screen: today's collections work, overdue and its trend, renewals.
            dashboard_get(as_of: String) -> DashboardView = |b, s, _| b.dashboard(s, &as_of);
            policy_get() -> Policy = |b, s, _| b.collection_policy(s);
            policy_save(policy: Policy) -> () = |b, s, _| b.save_collection_policy(s, &policy);
            policy_reset() -> Policy = |b, s, _| b.reset_collection_policy(s);
            /// Writes the customers' policy sheet in `lang` into the documents folder; `open` also opens it.
            policy_sheet_open(lang: Lang, open: bool) -> String =
                |b, s, _| $crate::saved::shown(b.save_policy_sheet(s, lang, None)?, open);
        }
        shell {}
    ] $($next)* } };
}
