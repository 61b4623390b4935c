//! OFX, version 1 (SGML: an element's value runs to the next tag, end tags optional) and
//! version 2 (XML): both read by one tolerant reader of tags and values, since the
//! fields used here (STMTTRN: TRNTYPE, DTPOSTED, TRNAMT, FITID, NAME, MEMO) are leaves
//! in both. Version 1 files from French banks are often in Windows-1252.

use chrono::NaiveDate;

use super::{bank_amount, identity, BankFileError, BankLine, BankStatement, Direction, FileKind};
use crate::money::Currency;

#[derive(Default)]
struct Txn {
    kind: String,
    posted: String,
    amount: String,
    fitid: String,
    name: String,
    memo: String,
    payee: String,
    currency: String,
}

fn decode(bytes: &[u8]) -> String {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    match std::str::from_utf8(bytes) {
        Ok(s) => s.to_string(),
        Err(_) => encoding_rs::WINDOWS_1252.decode(bytes).0.into_owned(),
    }
}

fn unescape(value: &str) -> String {
    value
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&apos;", "'")
        .replace("&nbsp;", " ")
        .replace("&amp;", "&")
}

pub(super) fn parse(bytes: &[u8]) -> Result<BankStatement, BankFileError> {
    let text = decode(bytes);
    let start = text
        .to_ascii_uppercase()
        .find("<OFX>")
        .ok_or(BankFileError::NotABankFile)?;
    let body = &text[start..];
    let mut account = String::new();
    let mut currency = String::new();
    let mut txn: Option<Txn> = None;
    let mut raw: Vec<Txn> = Vec::new();
    let mut closed = false;
    let mut rest = body;
    while let Some(open) = rest.find('<') {
        let after = &rest[open + 1..];
        let Some(end) = after.find('>') else {
            return Err(BankFileError::Truncated);
        };
        let tag = after[..end].trim().to_ascii_uppercase();
        let tail = &after[end + 1..];
        let value_end = tail.find('<').unwrap_or(tail.len());
        let value = unescape(tail[..value_end].trim());
        rest = tail;
        if let Some(closing) = tag.strip_prefix('/') {
            match closing {
                "STMTTRN" => raw.extend(txn.take()),
                "OFX" => closed = true,
                _ => {}
            }
            continue;
        }
        if tag.starts_with('?') || tag.starts_with('!') {
            continue;
        }
        match tag.as_str() {
            "STMTTRN" => {
                raw.extend(txn.take());
                txn = Some(Txn::default());
            }
            "CURDEF" => currency = value,
            "ACCTID" if account.is_empty() => account = value,
            _ => {
                if let Some(t) = txn.as_mut() {
                    let slot = match tag.as_str() {
                        "TRNTYPE" => &mut t.kind,
                        "DTPOSTED" => &mut t.posted,
                        "TRNAMT" => &mut t.amount,
                        "FITID" => &mut t.fitid,
                        "NAME" => &mut t.name,
                        "MEMO" => &mut t.memo,
                        "PAYEEID" => &mut t.payee,
                        "CURSYM" => &mut t.currency,
                        _ => continue,
                    };
                    *slot = value;
                }
            }
        }
    }
    if !closed {
        return Err(BankFileError::Truncated);
    }
    raw.extend(txn.take());
    let mut lines = Vec::with_capacity(raw.len());
    for (i, t) in raw.into_iter().enumerate() {
        lines.push(line(t, i + 1, &currency)?);
    }
    identity::assign(&account, &mut lines);
    Ok(BankStatement {
        kind: FileKind::Ofx,
        account,
        lines,
    })
}

fn line(t: Txn, position: usize, statement_currency: &str) -> Result<BankLine, BankFileError> {
    let unreadable = |what| BankFileError::Unreadable { position, what };
    let code = if t.currency.is_empty() {
        statement_currency
    } else {
        &t.currency
    };
    let currency: Currency = code.parse().map_err(|_| unreadable("currency"))?;
    let (amount, direction) = bank_amount(&t.amount, currency).ok_or(unreadable("amount"))?;
    let direction = match t.kind.as_str() {
        "DEBIT" => Direction::Debit,
        "CREDIT" => Direction::Credit,
        _ => direction,
    };
    let posted: String = t.posted.chars().take(8).collect();
    let booked_on = NaiveDate::parse_from_str(&posted, "%Y%m%d").map_err(|_| unreadable("date"))?;
    let label = match (t.name.is_empty(), t.memo.is_empty()) {
        (false, false) => format!("{} {}", t.name, t.memo),
        (false, true) => t.name.clone(),
        _ => t.memo.clone(),
    };
    Ok(BankLine {
        position,
        booked_on,
        value_on: None,
        amount,
        direction,
        bank_ref: (!t.fitid.is_empty()).then_some(t.fitid),
        label,
        reference: None,
        payer_name: (!t.name.is_empty()).then_some(t.name),
        payer_iban: None,
        identity: String::new(),
    })
}
