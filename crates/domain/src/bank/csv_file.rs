//! A bank's CSV export, read through the column mapping the clerk gave for that bank:
//! UTF-8 (with or without its byte-order mark) or Windows-1252, commas or semicolons,
//! decimal commas, dates day first.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::{bank_amount, identity, BankFileError, BankLine, BankStatement, Direction, FileKind};
use crate::money::Currency;

/// Which column holds what, by the column's title in the file's first row. Either
/// `amount` (signed) or `debit` and `credit` (two columns, one filled per line).
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct CsvMapping {
    pub date: String,
    pub amount: Option<String>,
    pub debit: Option<String>,
    pub credit: Option<String>,
    pub label: String,
    pub payer: Option<String>,
    pub reference: Option<String>,
}

fn decode(bytes: &[u8]) -> String {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    match std::str::from_utf8(bytes) {
        Ok(s) => s.to_string(),
        Err(_) => encoding_rs::WINDOWS_1252.decode(bytes).0.into_owned(),
    }
}

/// A bank's date, day first as French exports write it: 25/11/2026, 25-11-26, 25.11.2026,
/// or ISO 2026-11-25. Read by hand rather than with chrono's `%Y`, which takes "26" as the
/// year 26 and would put a payment twenty centuries back; years outside 2000–2099 are not
/// a bank's.
fn day_first(text: &str) -> Option<NaiveDate> {
    let parts: Vec<&str> = text.trim().split(['/', '-', '.']).collect();
    let [a, b, c] = parts.as_slice() else {
        return None;
    };
    let digits = |s: &str| !s.is_empty() && s.len() <= 4 && s.bytes().all(|b| b.is_ascii_digit());
    if !(digits(a) && digits(b) && digits(c)) {
        return None;
    }
    let (year, month, day) = match (a.len(), c.len()) {
        (4, 1..=2) => (a.parse::<i32>().ok()?, b, c),
        (1..=2, 4) => (c.parse::<i32>().ok()?, b, a),
        (1..=2, 2) => (2000 + c.parse::<i32>().ok()?, b, a),
        _ => return None,
    };
    if !(2000..=2099).contains(&year) || b.len() > 2 {
        return None;
    }
    NaiveDate::from_ymd_opt(year, month.parse().ok()?, day.parse().ok()?)
}

/// How a bank separates its cells: semicolons, as French exports do, unless the first
/// row has more commas.
fn delimiter(text: &str) -> u8 {
    let first = text.lines().next().unwrap_or("");
    if first.matches(';').count() >= first.matches(',').count() {
        b';'
    } else {
        b','
    }
}

/// The column titles of a CSV file (its first row), for the mapping step.
pub fn csv_columns(bytes: &[u8]) -> Vec<String> {
    csv_sample(bytes, 0).0
}

/// The column titles of a CSV file and its first `rows` non-blank rows, cells trimmed,
/// decoded and split as the statement itself will be read: what the mapping step shows.
pub fn csv_sample(bytes: &[u8], rows: usize) -> (Vec<String>, Vec<Vec<String>>) {
    let text = decode(bytes);
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(delimiter(&text))
        .has_headers(false)
        .flexible(true)
        .from_reader(text.as_bytes());
    let trimmed = |r: csv::StringRecord| r.iter().map(|c| c.trim().to_string()).collect();
    let mut records = reader.records().filter_map(|r| r.ok());
    let columns = records.next().map(trimmed).unwrap_or_default();
    let sample = records
        .filter(|r| r.iter().any(|c| !c.trim().is_empty()))
        .take(rows)
        .map(trimmed)
        .collect();
    (columns, sample)
}

/// Reads a CSV statement of the account `account` (the IBAN or the bank's name the
/// mapping is remembered under) in `currency`.
pub fn parse_csv(
    bytes: &[u8],
    mapping: &CsvMapping,
    account: &str,
    currency: Currency,
) -> Result<BankStatement, BankFileError> {
    if mapping.date.trim().is_empty()
        || mapping.label.trim().is_empty()
        || (mapping.amount.is_none() && (mapping.debit.is_none() || mapping.credit.is_none()))
    {
        return Err(BankFileError::IncompleteMapping);
    }
    let text = decode(bytes);
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(delimiter(&text))
        .flexible(true)
        .from_reader(text.as_bytes());
    let headers: Vec<String> = reader
        .headers()
        .map_err(|_| BankFileError::NotABankFile)?
        .iter()
        .map(|h| h.trim().to_string())
        .collect();
    let wanted: Vec<&String> = [
        Some(&mapping.date),
        mapping.amount.as_ref(),
        mapping.debit.as_ref(),
        mapping.credit.as_ref(),
        Some(&mapping.label),
        mapping.payer.as_ref(),
        mapping.reference.as_ref(),
    ]
    .into_iter()
    .flatten()
    .collect();
    let missing: Vec<&str> = wanted
        .iter()
        .filter(|w| !headers.iter().any(|h| h == w.trim()))
        .map(|w| w.as_str())
        .collect();
    if !missing.is_empty() {
        return Err(BankFileError::MissingColumns {
            columns: missing.join(", "),
        });
    }
    let col = |name: &str| headers.iter().position(|h| h == name.trim());
    let (date_col, label_col) = (col(&mapping.date), col(&mapping.label));
    let mut lines = Vec::new();
    for (i, record) in reader.records().enumerate() {
        let position = i + 1;
        let unreadable = |what| BankFileError::Unreadable { position, what };
        let record = record.map_err(|_| unreadable("line"))?;
        if record.iter().all(|c| c.trim().is_empty()) {
            continue;
        }
        let cell = |c: Option<usize>| c.and_then(|c| record.get(c)).unwrap_or("").trim();
        let booked_on = day_first(cell(date_col)).ok_or(unreadable("date"))?;
        let (amount, direction) = match &mapping.amount {
            Some(a) => bank_amount(cell(col(a)), currency).ok_or(unreadable("amount"))?,
            None => {
                let credit = cell(mapping.credit.as_deref().and_then(col));
                let debit = cell(mapping.debit.as_deref().and_then(col));
                if !credit.is_empty() {
                    let (m, _) = bank_amount(credit, currency).ok_or(unreadable("amount"))?;
                    (m, Direction::Credit)
                } else {
                    let (m, _) = bank_amount(debit, currency).ok_or(unreadable("amount"))?;
                    (m, Direction::Debit)
                }
            }
        };
        let optional = |name: &Option<String>| {
            let v = cell(name.as_deref().and_then(col));
            (!v.is_empty()).then(|| v.to_string())
        };
        lines.push(BankLine {
            position,
            booked_on,
            value_on: None,
            amount,
            direction,
            bank_ref: None,
            label: cell(label_col).to_string(),
            reference: optional(&mapping.reference),
            payer_name: optional(&mapping.payer),
            payer_iban: None,
            identity: String::new(),
        });
    }
    identity::assign(account, &mut lines);
    Ok(BankStatement {
        kind: FileKind::Csv,
        account: account.to_string(),
        lines,
    })
}
