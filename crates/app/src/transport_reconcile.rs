//! What the month's Microsoft reconciliation and margin show. Words arrive in the
//! reader's language; amounts as decimal strings with their currency (a chart computes
//! its bar lengths from them); codes beside the words for programs only.

use serde::Serialize;
use ts_rs::TS;

use crate::transport::MoneyView;

/// A subscription Microsoft charged for the month that no customer invoice bills.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct LeakView {
    pub customer_id: Option<i64>,
    pub customer: String,
    pub product: String,
    pub pc_subscription_id: String,
    /// "not_in_book" or "not_billed"; `reason_label` says it.
    pub reason: String,
    pub reason_label: String,
    /// Seats at the end of the month by Microsoft's rule, as the reader writes numbers;
    /// "usage" in words for a subscription billed on usage only.
    pub seats: String,
    pub cost: MoneyView,
    pub lines: u64,
}

/// A customer invoice line of a subscription Microsoft no longer charges.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct UnchargedView {
    pub customer_id: i64,
    pub customer: String,
    pub product: String,
    pub pc_subscription_id: String,
    pub invoice_id: i64,
    /// The invoice's number, or "draft" in words.
    pub invoice: String,
    pub draft: bool,
    pub quantity: String,
    pub net: MoneyView,
}

/// A subscription invoiced at another number of seats than Microsoft's.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct SeatGapView {
    pub customer_id: i64,
    pub customer: String,
    pub product: String,
    pub pc_subscription_id: String,
    pub microsoft_seats: String,
    pub invoiced_seats: String,
    pub invoice_id: i64,
    pub invoice: String,
    pub draft: bool,
}

/// The month reconciled: Microsoft's lines against the invoice lines re-billing them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct ReconcileView {
    /// "2026-11".
    pub period: String,
    pub title: String,
    pub lines: u64,
    pub lines_billed: u64,
    /// Lines only a draft bills so far.
    pub lines_to_bill: u64,
    pub lines_leaking: u64,
    /// Microsoft's cost for the month, per currency: the sum of its lines' Subtotal.
    pub cost: Vec<MoneyView>,
    pub leak_cost: Vec<MoneyView>,
    pub uncharged_net: Vec<MoneyView>,
    /// The Subtotal totals of the files whose period lies within the month.
    pub file_totals: Vec<MoneyView>,
    /// Whether those totals equal the month's cost; `None` without such a file.
    pub cost_equals_files: Option<bool>,
    /// Sentences: the summary, the cost, the files' total, what to know.
    pub notes: Vec<String>,
    pub leaks: Vec<LeakView>,
    pub uncharged: Vec<UnchargedView>,
    pub seats: Vec<SeatGapView>,
}

/// One row of the margin: a customer, a product or the total, in one currency.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct MarginRowView {
    pub customer_id: Option<i64>,
    pub name: String,
    pub cost: MoneyView,
    pub resale: MoneyView,
    /// Of the resale, what drafts bill.
    pub draft: MoneyView,
    pub margin: MoneyView,
    /// The margin over the resale in percent, a decimal string; `None` without resale.
    pub rate: Option<String>,
    /// The rate as the reader writes it ("—" without resale).
    pub rate_label: String,
}

/// The month's margin per customer, per product and in total (one row per currency).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct MarginView {
    pub period: String,
    pub title: String,
    pub customers: Vec<MarginRowView>,
    pub products: Vec<MarginRowView>,
    pub totals: Vec<MarginRowView>,
    /// What the resale and the cost count, in words.
    pub note: String,
}

/// The reconciliation's and the margin's commands.
#[macro_export]
macro_rules! reconcile_commands {
    ($m:ident [$($acc:tt)*] $($next:ident)*) => { $crate::next_commands! { $m [$($acc)*
        run {
            /// The month ("2026-11") reconciled with Microsoft's lines.
            reconcile_report(period: String) -> $crate::transport_reconcile::ReconcileView =
                |b, s, w| b.reconcile(s, &period, w.lang);
            /// The month's margin per customer, per product and in total.
            margin_report(period: String) -> $crate::transport_reconcile::MarginView =
                |b, s, w| b.margin(s, &period, w.lang);
            /// The month's margin as CSV in the documents folder; its path.
            margin_export(period: String, open: bool) -> String =
                |b, s, w| $crate::saved::shown(b.save_margin_csv(s, &period, w.lang, None)?, open);
        }
        shell {}
    ] $($next)* } };
}
