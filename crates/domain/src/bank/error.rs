//! Why a bank file is refused, said in the reader's language (`bank.ftl`).

use crate::words::tr;
use crate::Lang;

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum BankFileError {
    /// Neither CAMT.053 nor OFX, and no column mapping was given to read it as CSV.
    #[error("not a bank statement")]
    NotABankFile,
    /// The file stops before its end (a download cut short).
    #[error("truncated file")]
    Truncated,
    /// The file is of the right kind but a part of it cannot be read.
    #[error("unreadable line {position}: {what}")]
    Unreadable { position: usize, what: &'static str },
    /// A CSV mapping names columns the file does not have.
    #[error("missing columns: {columns}")]
    MissingColumns { columns: String },
    /// A CSV mapping without the columns every line needs.
    #[error("incomplete mapping")]
    IncompleteMapping,
    /// The file holds no booked line.
    #[error("no line")]
    Empty,
}

impl BankFileError {
    pub fn message(&self, lang: Lang) -> String {
        use BankFileError::*;
        match self {
            NotABankFile => tr!(lang, BANK_FILE_NOT_A_STATEMENT),
            Truncated => tr!(lang, BANK_FILE_TRUNCATED),
            Unreadable { position, what } => tr!(
                lang,
                BANK_FILE_UNREADABLE,
                line = position.to_string(),
                what = *what
            ),
            MissingColumns { columns } => {
                tr!(lang, BANK_FILE_MISSING_COLUMNS, columns = columns.as_str())
            }
            IncompleteMapping => tr!(lang, BANK_FILE_INCOMPLETE_MAPPING),
            Empty => tr!(lang, BANK_FILE_EMPTY),
        }
    }
}
