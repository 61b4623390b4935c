//! ISO 20022 camt.053 (BankToCustomerStatement), the file French banks export: versions
//! .001.02 to .001.08 read alike, since the elements read here kept their names (only
//! the debtor's name moved under `Pty` in later versions; both places are read).

use quick_xml::events::Event;
use quick_xml::Reader;

use super::{bank_amount, identity, BankFileError, BankLine, BankStatement, Direction, FileKind};
use crate::money::Currency;
use chrono::NaiveDate;

#[derive(Default)]
struct Entry {
    amount: String,
    currency: String,
    indicator: String,
    status: String,
    booked: String,
    value: String,
    svcr_ref: String,
    ntry_ref: String,
    payer_name: String,
    payer_iban: String,
    unstructured: Vec<String>,
    reference: String,
    additional: String,
}

/// The stack of open elements, by local name (namespaces differ between versions).
struct Path(Vec<String>);

impl Path {
    fn ends(&self, tail: &[&str]) -> bool {
        self.0.len() >= tail.len()
            && self.0[self.0.len() - tail.len()..]
                .iter()
                .zip(tail)
                .all(|(a, b)| a == b)
    }
    fn within(&self, name: &str) -> bool {
        self.0.iter().any(|n| n == name)
    }
}

fn text_of(decl: &str) -> Option<&str> {
    let t = decl.trim();
    (!t.is_empty()).then_some(t)
}

pub(super) fn parse(bytes: &[u8]) -> Result<BankStatement, BankFileError> {
    let text = std::str::from_utf8(bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes))
        .map_err(|_| BankFileError::NotABankFile)?;
    let mut reader = Reader::from_str(text);
    let mut path = Path(Vec::new());
    let mut buffer = String::new();
    let mut account = String::new();
    let mut entry: Option<Entry> = None;
    let mut lines: Vec<BankLine> = Vec::new();
    let mut entries = 0usize;
    let mut statement_seen = false;
    loop {
        let event = reader.read_event().map_err(|_| {
            if path.0.is_empty() {
                BankFileError::NotABankFile
            } else {
                BankFileError::Truncated
            }
        })?;
        match event {
            Event::Start(e) => {
                let name = e.local_name().as_ref().to_string();
                if name == "Stmt" {
                    statement_seen = true;
                }
                if name == "Ntry" {
                    entry = Some(Entry::default());
                    entries += 1;
                }
                if name == "Amt" && path.ends(&["Ntry"]) {
                    if let (Some(en), Ok(Some(a))) = (entry.as_mut(), e.try_get_attribute("Ccy")) {
                        en.currency = a.value.trim().to_string();
                    }
                }
                path.0.push(name);
                buffer.clear();
            }
            Event::Text(t) => buffer.push_str(&t.xml10_content()),
            Event::CData(t) => buffer.push_str(&t),
            Event::GeneralRef(r) => match r.resolve_char_ref() {
                Ok(Some(c)) => buffer.push(c),
                _ => buffer.push_str(match &*r {
                    "amp" => "&",
                    "lt" => "<",
                    "gt" => ">",
                    "quot" => "\"",
                    "apos" => "'",
                    _ => "",
                }),
            },
            Event::End(_) => {
                let value = std::mem::take(&mut buffer);
                closing(&path, &value, &mut account, entry.as_mut());
                if path.ends(&["Ntry"]) {
                    if let Some(done) = entry.take() {
                        if let Some(line) = finish(done, entries)? {
                            lines.push(line);
                        }
                    }
                }
                path.0.pop();
            }
            Event::Eof => break,
            _ => {}
        }
    }
    if !path.0.is_empty() {
        return Err(BankFileError::Truncated);
    }
    if !statement_seen {
        return Err(BankFileError::NotABankFile);
    }
    for (i, line) in lines.iter_mut().enumerate() {
        line.position = i + 1;
    }
    identity::assign(&account, &mut lines);
    Ok(BankStatement {
        kind: FileKind::Camt053,
        account,
        lines,
    })
}

fn closing(path: &Path, value: &str, account: &mut String, entry: Option<&mut Entry>) {
    let Some(value) = text_of(value) else {
        return;
    };
    let Some(en) = entry else {
        if path.within("Stmt")
            && account.is_empty()
            && (path.ends(&["Acct", "Id", "IBAN"]) || path.ends(&["Acct", "Id", "Othr", "Id"]))
        {
            *account = value.to_string();
        }
        return;
    };
    let set = |slot: &mut String| {
        if slot.is_empty() {
            *slot = value.to_string();
        }
    };
    if path.ends(&["Ntry", "Amt"]) {
        en.amount = value.to_string();
    } else if path.ends(&["Ntry", "CdtDbtInd"]) {
        en.indicator = value.to_string();
    } else if path.ends(&["Ntry", "Sts"]) || path.ends(&["Ntry", "Sts", "Cd"]) {
        en.status = value.to_string();
    } else if path.ends(&["Ntry", "BookgDt", "Dt"]) || path.ends(&["Ntry", "BookgDt", "DtTm"]) {
        en.booked = value.chars().take(10).collect();
    } else if path.ends(&["Ntry", "ValDt", "Dt"]) || path.ends(&["Ntry", "ValDt", "DtTm"]) {
        en.value = value.chars().take(10).collect();
    } else if path.ends(&["Ntry", "AcctSvcrRef"]) {
        en.svcr_ref = value.to_string();
    } else if path.ends(&["Ntry", "NtryRef"]) {
        en.ntry_ref = value.to_string();
    } else if path.ends(&["RltdPties", "Dbtr", "Nm"])
        || path.ends(&["RltdPties", "Dbtr", "Pty", "Nm"])
    {
        set(&mut en.payer_name);
    } else if path.ends(&["RltdPties", "DbtrAcct", "Id", "IBAN"]) {
        set(&mut en.payer_iban);
    } else if path.ends(&["RmtInf", "Ustrd"]) {
        en.unstructured.push(value.to_string());
    } else if path.ends(&["RmtInf", "Strd", "CdtrRefInf", "Ref"]) {
        set(&mut en.reference);
    } else if path.ends(&["Ntry", "AddtlNtryInf"]) {
        en.additional = value.to_string();
    }
}

fn finish(en: Entry, position: usize) -> Result<Option<BankLine>, BankFileError> {
    // Pending and information-only entries are not on the account yet.
    if matches!(en.status.as_str(), "PDNG" | "INFO" | "FUTR") {
        return Ok(None);
    }
    let unreadable = |what| BankFileError::Unreadable { position, what };
    let currency: Currency = en.currency.parse().map_err(|_| unreadable("currency"))?;
    let (amount, _) = bank_amount(&en.amount, currency).ok_or(unreadable("amount"))?;
    let direction = match en.indicator.as_str() {
        "CRDT" => Direction::Credit,
        "DBIT" => Direction::Debit,
        _ => return Err(unreadable("direction")),
    };
    let date = |s: &str| NaiveDate::parse_from_str(s, "%Y-%m-%d").ok();
    let booked_on = date(&en.booked)
        .or_else(|| date(&en.value))
        .ok_or(unreadable("date"))?;
    let mut label = en.unstructured.join(" ");
    if label.is_empty() {
        label = en.additional.clone();
    }
    // Only the servicer's reference names an entry for good: NtryRef is often a rank
    // within one statement (1, 2, 3…), so next month's "1" would pass for this one.
    let _ = en.ntry_ref;
    let bank_ref = Some(en.svcr_ref).filter(|r| !r.is_empty());
    let non_empty = |s: String| (!s.is_empty()).then_some(s);
    Ok(Some(BankLine {
        position,
        booked_on,
        value_on: date(&en.value),
        amount,
        direction,
        bank_ref,
        label,
        reference: non_empty(en.reference),
        payer_name: non_empty(en.payer_name),
        payer_iban: non_empty(en.payer_iban),
        identity: String::new(),
    }))
}
