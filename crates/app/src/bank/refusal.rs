//! Why a bank file or a confirmation is refused, as the clerk reads it.

use ardoise_domain::bank::BankFileError;
use ardoise_domain::words::tr;
use ardoise_domain::Lang;

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum BankRefusal {
    #[error(transparent)]
    File(BankFileError),
    /// The line is already a payment (confirmed elsewhere, or twice in one request).
    #[error("line {position} already confirmed")]
    AlreadyConfirmed { position: usize },
    /// A debit, or a customer billed in another currency than the line.
    #[error("line {position} cannot become a payment")]
    NotConfirmable { position: usize },
    #[error("bank line {id} not found")]
    UnknownLine { id: i64 },
}

impl BankRefusal {
    pub fn code(&self) -> &'static str {
        match self {
            BankRefusal::File(_) => "bank_file",
            BankRefusal::AlreadyConfirmed { .. } => "bank_line_confirmed",
            BankRefusal::NotConfirmable { .. } => "bank_line_not_confirmable",
            BankRefusal::UnknownLine { .. } => "bank_line_unknown",
        }
    }

    pub fn message(&self, lang: Lang) -> String {
        match self {
            BankRefusal::File(e) => e.message(lang),
            BankRefusal::AlreadyConfirmed { position } => {
                tr!(lang, BANK_LINE_CONFIRMED, line = position.to_string())
            }
            BankRefusal::NotConfirmable { position } => {
                tr!(lang, BANK_LINE_NOT_CONFIRMABLE, line = position.to_string())
            }
            BankRefusal::UnknownLine { id } => tr!(lang, BANK_LINE_UNKNOWN, line = id.to_string()),
        }
    }
}
