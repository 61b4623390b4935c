//! What crosses to the UI about re-billing Microsoft's charges: the markups and the
//! treatment of licences Microsoft prorated.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// The re-billing settings as the card shows them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct RebillSettingsView {
    /// Percent, as typed ("12.5"); the reader's own form in `default_markup_text`.
    pub default_markup: String,
    pub default_markup_text: String,
    /// `ardoise` (Ardoise's own proration, the default) or `microsoft`.
    pub prorated_licences: String,
    /// The two choices, in the reader's words: (code, label).
    pub prorated_choices: Vec<(String, String)>,
    pub markups: Vec<MarkupView>,
}

/// A markup on a product, for every customer (`customer_id` null) or one.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct MarkupView {
    pub product_id: i64,
    pub product_name: String,
    pub customer_id: Option<i64>,
    /// « tous les clients » when for every customer.
    pub customer_name: String,
    pub rate: String,
    /// « 15 % ».
    pub rate_text: String,
}

/// The settings as saved: every field a string, so nothing typed is lost unchecked.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, TS)]
pub struct RebillSettingsForm {
    pub default_markup: String,
    pub prorated_licences: String,
}

/// A markup to set: a product (its id or Microsoft's ids), for a customer (id, tenant or
/// exact name) or, left empty, every customer.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, TS)]
pub struct MarkupForm {
    pub product: String,
    pub customer: String,
    pub rate: String,
}

/// The window's commands on re-billing.
#[macro_export]
macro_rules! rebill_commands {
    ($m:ident [$($acc:tt)*] $($next:ident)*) => { $crate::next_commands! { $m [$($acc)*
        run {
            rebill_settings_get() -> $crate::transport_rebill::RebillSettingsView = |b, s, w| b.rebill_settings(s, w.lang);
            rebill_settings_save(form: $crate::transport_rebill::RebillSettingsForm) -> $crate::transport_rebill::RebillSettingsView =
                |b, s, w| b.save_rebill_settings(s, &form, w.lang);
            rebill_markup_set(form: $crate::transport_rebill::MarkupForm) -> $crate::transport_rebill::RebillSettingsView =
                |b, s, w| b.set_rebill_markup(s, &form, w.lang);
            /// `customer_id` null: the product's markup for every customer.
            rebill_markup_remove(product_id: i64, customer_id: Option<i64>) -> $crate::transport_rebill::RebillSettingsView =
                |b, s, w| b.remove_rebill_markup(s, product_id, customer_id, w.lang);
        }
        shell {}
    ] $($next)* } };
}
