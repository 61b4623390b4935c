//! The bank's statement: what a bank file says (CAMT.053, OFX, CSV read with a column
//! mapping), each line's identity so a file imported twice adds nothing, and the
//! proposals that match each credit to a customer's invoices.
//!
//! Pure: bytes in, typed statement out; the open invoices and what was learnt from
//! earlier imports in, proposals out.

mod camt;
mod csv_file;
mod error;
mod identity;
mod label;
mod matching;
mod ofx;
mod subset;

#[cfg(test)]
mod matching_tests;
#[cfg(test)]
mod parse_tests;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::money::{Currency, Money};

pub use csv_file::{csv_columns, csv_sample, parse_csv, CsvMapping};
pub use error::BankFileError;
pub use identity::payer_keys;
pub use label::tokens;
pub use matching::{
    payer_of, BookIndex, CustomerRef, LearntPayer, Matcher, OpenInvoiceRef, Proposal,
    ProposedAllocation, Reason,
};

/// What kind of file the bank gave.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum FileKind {
    Camt053,
    Ofx,
    Csv,
}

impl FileKind {
    pub fn code(self) -> &'static str {
        match self {
            FileKind::Camt053 => "camt053",
            FileKind::Ofx => "ofx",
            FileKind::Csv => "csv",
        }
    }
}

/// Money in (a credit to the partner's account) or out.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Direction {
    Credit,
    Debit,
}

/// One booked line of the statement, as the bank wrote it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct BankLine {
    /// 1-based, in the file's order.
    pub position: usize,
    pub booked_on: NaiveDate,
    pub value_on: Option<NaiveDate>,
    /// Positive; `direction` says which way it went.
    pub amount: Money,
    pub direction: Direction,
    /// The bank's own reference of the line (CAMT AcctSvcrRef/NtryRef, OFX FITID).
    pub bank_ref: Option<String>,
    /// The free text (unstructured remittance, OFX NAME and MEMO, the CSV label).
    pub label: String,
    /// A structured reference given by the payer (CAMT CdtrRefInf/Ref).
    pub reference: Option<String>,
    pub payer_name: Option<String>,
    pub payer_iban: Option<String>,
    /// What makes the line the same line when the file is imported again.
    pub identity: String,
}

/// A statement read from a file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct BankStatement {
    pub kind: FileKind,
    /// The partner's account (IBAN, or the bank's account id in OFX); empty when the file
    /// does not say (a CSV), then the bank's name the clerk gave stands for it.
    pub account: String,
    pub lines: Vec<BankLine>,
}

/// Which kind of file the bytes are, from their content (never the file's name).
pub fn detect(bytes: &[u8]) -> Option<FileKind> {
    let head = &bytes[..bytes.len().min(4096)];
    let text = String::from_utf8_lossy(head);
    let upper = text.to_ascii_uppercase();
    if text.contains("camt.053") || text.contains("BkToCstmrStmt") {
        Some(FileKind::Camt053)
    } else if upper.contains("OFXHEADER") || upper.contains("<OFX>") {
        Some(FileKind::Ofx)
    } else {
        None
    }
}

/// Reads a CAMT.053 or OFX file. CSV needs its mapping: [`parse_csv`].
pub fn parse(bytes: &[u8]) -> Result<BankStatement, BankFileError> {
    match detect(bytes) {
        Some(FileKind::Camt053) => camt::parse(bytes),
        Some(FileKind::Ofx) => ofx::parse(bytes),
        _ => Err(BankFileError::NotABankFile),
    }
}

/// Reads a decimal amount as banks write it: a point or a comma for the decimals, no
/// thousands separator but spaces, an optional sign.
pub(crate) fn bank_amount(text: &str, currency: Currency) -> Option<(Money, Direction)> {
    let cleaned: String = text
        .trim()
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '\u{a0}' && *c != '\u{202f}' && *c != '+')
        .map(|c| if c == ',' { '.' } else { c })
        .collect();
    let value: rust_decimal::Decimal = cleaned.parse().ok()?;
    if value.normalize().scale() > currency.minor_units() {
        return None;
    }
    let direction = if value.is_sign_negative() {
        Direction::Debit
    } else {
        Direction::Credit
    };
    Some((Money::new(value.abs(), currency), direction))
}
