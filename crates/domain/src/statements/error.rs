//! Why a statement or an aging report cannot be made.

use chrono::NaiveDate;

use crate::money::Currency;
use crate::words::tr;
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
        let date = |d: &NaiveDate| crate::display::date(*d, lang);
        match self {
            CurrencyMismatch {
                expected,
                found,
                document: Some(doc),
            } => tr!(
                lang,
                STATEMENT_CURRENCY_MISMATCH_DOCUMENT,
                document = doc.as_str(),
                found = found.to_string(),
                expected = expected.to_string()
            ),
            CurrencyMismatch {
                expected,
                found,
                document: None,
            } => tr!(
                lang,
                STATEMENT_CURRENCY_MISMATCH,
                found = found.to_string(),
                expected = expected.to_string()
            ),
            PeriodReversed { from, to } => tr!(
                lang,
                STATEMENT_PERIOD_REVERSED,
                from = date(from),
                to = date(to)
            ),
            NegativeAmount { document } => tr!(
                lang,
                STATEMENT_NEGATIVE_AMOUNT,
                document = document.as_str()
            ),
        }
    }
}
