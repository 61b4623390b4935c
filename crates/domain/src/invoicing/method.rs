//! How a payment came: the codes the book stores, and the word a reader sees for each.

use serde::{Deserialize, Serialize};

use crate::words::tr;
use crate::Lang;

/// How a payment was received. The book stores [`PaymentMethod::code`]; a user only
/// ever sees [`PaymentMethod::label`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
pub enum PaymentMethod {
    Transfer,
    Card,
    DirectDebit,
    Cheque,
    Cash,
}

impl PaymentMethod {
    pub const ALL: &'static [PaymentMethod] = &[
        PaymentMethod::Transfer,
        PaymentMethod::Card,
        PaymentMethod::DirectDebit,
        PaymentMethod::Cheque,
        PaymentMethod::Cash,
    ];

    /// What the book stores, and what the catalogue's messages select on.
    pub fn code(self) -> &'static str {
        match self {
            PaymentMethod::Transfer => "transfer",
            PaymentMethod::Card => "card",
            PaymentMethod::DirectDebit => "direct_debit",
            PaymentMethod::Cheque => "cheque",
            PaymentMethod::Cash => "cash",
        }
    }

    pub fn parse(code: &str) -> Option<PaymentMethod> {
        Self::ALL.iter().copied().find(|m| m.code() == code.trim())
    }

    /// « Virement », "Bank transfer".
    pub fn label(self, lang: Lang) -> String {
        tr!(lang, PAYMENT_METHOD, method = self.code())
    }
}

/// A payment recorded without a reference, as a reader calls it: « Virement n° 52 »,
/// "Bank transfer no. 52" (« Règlement n° 52 » when the book does not know how it came).
pub fn payment_name(lang: Lang, method: Option<PaymentMethod>, id: i64) -> String {
    let method = method.map(PaymentMethod::code).unwrap_or_default();
    tr!(lang, PAYMENT_NAME, method = method, id = id.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Each method has its own word in each language: none falls through to the
    /// catalogue's default variant by a misspelt code.
    #[test]
    fn every_method_has_its_own_word() {
        for lang in [Lang::Fr, Lang::En] {
            let mut words: Vec<String> = PaymentMethod::ALL.iter().map(|m| m.label(lang)).collect();
            words.sort();
            words.dedup();
            assert_eq!(words.len(), PaymentMethod::ALL.len(), "{lang:?}: {words:?}");
        }
        for m in PaymentMethod::ALL {
            assert_eq!(PaymentMethod::parse(m.code()), Some(*m));
        }
        assert_eq!(PaymentMethod::Transfer.label(Lang::Fr), "Virement");
        assert_eq!(PaymentMethod::parse("wire"), None);
    }

    #[test]
    fn a_payment_without_reference_is_named_by_its_method() {
        let transfer = Some(PaymentMethod::Transfer);
        assert_eq!(
            payment_name(Lang::Fr, transfer, 52),
            "Virement n°\u{202f}52"
        );
        assert_eq!(payment_name(Lang::En, transfer, 52), "Bank transfer no. 52");
        assert_eq!(payment_name(Lang::Fr, None, 7), "Règlement n°\u{202f}7");
        for lang in [Lang::Fr, Lang::En] {
            let unknown = payment_name(lang, None, 1);
            for m in PaymentMethod::ALL {
                assert_ne!(
                    payment_name(lang, Some(*m), 1),
                    unknown,
                    "{m:?} in {lang:?}"
                );
            }
        }
    }
}
