//! ISO 20022 camt.053 (BankToCustomerStatement), the file French banks export: versions
//! .001.02 to .001.08 read alike, since the elements read here kept their names (only
//! the debtor's name moved under `Pty` in later versions; both places are read).

use quick_xml::events::Event;
use quick_xml::Reader;

use super::{bank_amount, identity, BankFileError, BankLine, BankStatement, Direction, FileKind};
use crate::money::{Currency, Money};
use chrono::NaiveDate;

/// One transaction of an entry (`TxDtls`): a batch booking holds several.
#[derive(Default)]
struct Tx {
    /// `TxDtls/Amt` (camt.053.001.04 and later), else `AmtDtls/TxAmt/Amt`, else
    /// `AmtDtls/InstdAmt/Amt`: (amount, currency).
    amount: Option<(String, String)>,
    tx_amount: Option<(String, String)>,
    instructed: Option<(String, String)>,
    indicator: String,
    svcr_ref: String,
    payer_name: String,
    payer_iban: String,
    unstructured: Vec<String>,
    reference: String,
}

#[derive(Default)]
struct Entry {
    amount: String,
    currency: String,
    indicator: String,
    status: String,
    booked: String,
    value: String,
    svcr_ref: String,
    additional: String,
    txs: Vec<Tx>,
}

impl Entry {
    /// The transaction being read; details outside any `TxDtls` count as one.
    fn tx(&mut self) -> &mut Tx {
        if self.txs.is_empty() {
            self.txs.push(Tx::default());
        }
        let last = self.txs.len() - 1;
        &mut self.txs[last]
    }
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
    // The `Ccy` of the last `Amt` opened (an `Amt` has no child).
    let mut currency = String::new();
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
                if let Some(en) = entry.as_mut() {
                    if name == "TxDtls" {
                        en.txs.push(Tx::default());
                    }
                    if name == "Amt" {
                        currency = match e.try_get_attribute("Ccy") {
                            Ok(Some(a)) => a.value.trim().to_string(),
                            _ => String::new(),
                        };
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
                closing(&path, &value, &currency, &mut account, entry.as_mut());
                if path.ends(&["Ntry"]) {
                    if let Some(done) = entry.take() {
                        lines.extend(finish(done, entries)?);
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

fn closing(
    path: &Path,
    value: &str,
    currency: &str,
    account: &mut String,
    entry: Option<&mut Entry>,
) {
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
    let amount = || Some((value.to_string(), currency.to_string()));
    if path.ends(&["Ntry", "Amt"]) {
        en.amount = value.to_string();
        en.currency = currency.to_string();
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
    } else if path.ends(&["Ntry", "AddtlNtryInf"]) {
        en.additional = value.to_string();
    } else if path.ends(&["TxDtls", "Amt"]) {
        en.tx().amount = amount();
    } else if path.ends(&["TxDtls", "AmtDtls", "TxAmt", "Amt"]) {
        en.tx().tx_amount = amount();
    } else if path.ends(&["TxDtls", "AmtDtls", "InstdAmt", "Amt"]) {
        en.tx().instructed = amount();
    } else if path.ends(&["TxDtls", "CdtDbtInd"]) {
        en.tx().indicator = value.to_string();
    } else if path.ends(&["TxDtls", "Refs", "AcctSvcrRef"]) {
        set(&mut en.tx().svcr_ref);
    } else if path.ends(&["RltdPties", "Dbtr", "Nm"])
        || path.ends(&["RltdPties", "Dbtr", "Pty", "Nm"])
    {
        set(&mut en.tx().payer_name);
    } else if path.ends(&["RltdPties", "DbtrAcct", "Id", "IBAN"]) {
        set(&mut en.tx().payer_iban);
    } else if path.ends(&["RmtInf", "Ustrd"]) {
        en.tx().unstructured.push(value.to_string());
    } else if path.ends(&["RmtInf", "Strd", "CdtrRefInf", "Ref"]) {
        set(&mut en.tx().reference);
    }
}

/// The entry's lines: one per transaction when it is a batch whose transactions each
/// say their amount, in the entry's currency and direction, and sum to the entry (what
/// the account received); else the entry as one line, its details put together, since
/// splitting it otherwise would lose or invent cents.
fn finish(en: Entry, position: usize) -> Result<Vec<BankLine>, BankFileError> {
    // Pending and information-only entries are not on the account yet.
    if matches!(en.status.as_str(), "PDNG" | "INFO" | "FUTR") {
        return Ok(Vec::new());
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
    let non_empty = |s: &str| (!s.is_empty()).then(|| s.to_string());
    let line = |amount, label: String, tx: &Tx, bank_ref| BankLine {
        position,
        booked_on,
        value_on: date(&en.value),
        amount,
        direction,
        bank_ref,
        label: if label.is_empty() {
            en.additional.clone()
        } else {
            label
        },
        reference: non_empty(&tx.reference),
        payer_name: non_empty(&tx.payer_name),
        payer_iban: non_empty(&tx.payer_iban),
        identity: String::new(),
    };
    // Only the servicer's reference names an entry for good: NtryRef is often a rank
    // within one statement (1, 2, 3…), so next month's "1" would pass for this one.
    let entry_ref = non_empty(&en.svcr_ref);
    if let Some(amounts) = batch_amounts(&en, currency, direction, amount) {
        return Ok(en
            .txs
            .iter()
            .zip(amounts)
            .enumerate()
            .map(|(k, (tx, amount))| {
                // The entry's reference and the rank in it: a bank often repeats the
                // entry's reference, or none, in each transaction.
                let bank_ref = match &entry_ref {
                    Some(r) => Some(format!("{r}/{}", k + 1)),
                    None => non_empty(&tx.svcr_ref),
                };
                line(amount, tx.unstructured.join(" "), tx, bank_ref)
            })
            .collect());
    }
    let mut whole = Tx::default();
    for tx in &en.txs {
        for (slot, value) in [
            (&mut whole.payer_name, &tx.payer_name),
            (&mut whole.payer_iban, &tx.payer_iban),
            (&mut whole.reference, &tx.reference),
        ] {
            if slot.is_empty() {
                slot.clone_from(value);
            }
        }
        whole.unstructured.extend(tx.unstructured.iter().cloned());
    }
    Ok(vec![line(
        amount,
        whole.unstructured.join(" "),
        &whole,
        entry_ref,
    )])
}

/// Each transaction's amount when the entry is a batch that can be split exactly.
fn batch_amounts(
    en: &Entry,
    currency: Currency,
    direction: Direction,
    total: Money,
) -> Option<Vec<Money>> {
    if en.txs.len() < 2 {
        return None;
    }
    let mut amounts = Vec::with_capacity(en.txs.len());
    for tx in &en.txs {
        let own = match tx.indicator.as_str() {
            "" => direction,
            "CRDT" => Direction::Credit,
            "DBIT" => Direction::Debit,
            _ => return None,
        };
        let (value, _) = [&tx.amount, &tx.tx_amount, &tx.instructed]
            .into_iter()
            .flatten()
            .find(|(_, ccy)| ccy.parse::<Currency>().ok() == Some(currency))
            .and_then(|(value, _)| bank_amount(value, currency))?;
        if own != direction || value.amount.is_zero() {
            return None;
        }
        amounts.push(value);
    }
    let sum: rust_decimal::Decimal = amounts.iter().map(|m| m.amount).sum();
    (sum == total.amount).then_some(amounts)
}
