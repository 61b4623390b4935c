//! Why a statement or an aging report cannot be made.

use chrono::NaiveDate;

use crate::display;
use crate::money::Currency;
use crate::Lang;

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum StatementError {
    #[error("{document:?} is in {found}, the statement in {expected}")]
    CurrencyMismatch {
        expected: Currency,
        found: Currency,
        document: Option<String>,
    },
    #[error("the period starts {from} after it ends {to}")]
    PeriodReversed { from: NaiveDate, to: NaiveDate },
    #[error("{document} has a negative amount")]
    NegativeAmount { document: String },
}

impl StatementError {
    pub fn message(&self, lang: Lang) -> String {
        use StatementError::*;
        let date = |d: &NaiveDate| display::date(*d, lang);
        match (self, lang) {
            (CurrencyMismatch { expected, found, document: Some(doc) }, Lang::Fr) => format!(
                "Le document {doc} est en {found} et le relevé en {expected} : faites un relevé par devise."
            ),
            (CurrencyMismatch { expected, found, document: Some(doc) }, Lang::En) => format!(
                "Document {doc} is in {found} and the statement in {expected}: make one statement per currency."
            ),
            (CurrencyMismatch { expected, found, document: None }, Lang::Fr) => format!(
                "Un montant est en {found} et le relevé en {expected} : faites un relevé par devise."
            ),
            (CurrencyMismatch { expected, found, document: None }, Lang::En) => format!(
                "An amount is in {found} and the statement in {expected}: make one statement per currency."
            ),
            (PeriodReversed { from, to }, Lang::Fr) => format!(
                "La période commence le {} après sa fin le {} : inversez les dates.",
                date(from),
                date(to)
            ),
            (PeriodReversed { from, to }, Lang::En) => format!(
                "The period starts on {}, after it ends on {}: swap the dates.",
                date(from),
                date(to)
            ),
            (NegativeAmount { document }, Lang::Fr) => format!(
                "Le document {document} a un montant négatif : corrigez-le avant d'éditer le relevé."
            ),
            (NegativeAmount { document }, Lang::En) => format!(
                "Document {document} has a negative amount: correct it before producing the statement."
            ),
        }
    }
}
