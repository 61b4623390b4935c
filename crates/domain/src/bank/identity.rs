//! What makes a statement line the same line when its file is imported again, and the
//! keys a payer is recognised by.

use sha2::{Digest, Sha256};

use super::label::key;
use super::BankLine;

/// The bank's own reference when it gives one; else a hash of what the line says and
/// its rank among identical lines of the file, so two equal transfers on one day stay
/// two lines while the same file read twice gives the same identities. A reference the
/// file repeats (a bank reusing it) is told apart by its rank the same way.
pub(crate) fn assign(account: &str, lines: &mut [BankLine]) {
    let mut seen: std::collections::HashMap<String, usize> = std::collections::HashMap::new();
    for line in lines.iter_mut() {
        if let Some(r) = line.bank_ref.as_deref().filter(|r| !r.trim().is_empty()) {
            let identity = format!("ref:{}", r.trim());
            let rank = seen.entry(identity.clone()).or_insert(0);
            *rank += 1;
            line.identity = match *rank {
                1 => identity,
                n => format!("{identity}#{n}"),
            };
            continue;
        }
        let what = format!(
            "{account}\u{1f}{}\u{1f}{}\u{1f}{}\u{1f}{:?}\u{1f}{}",
            line.booked_on,
            line.amount.amount,
            line.amount.currency,
            line.direction,
            line.label.trim()
        );
        let rank = seen.entry(what.clone()).or_insert(0);
        *rank += 1;
        let digest = Sha256::digest(format!("{what}\u{1f}{rank}").as_bytes());
        let hex: String = digest[..16].iter().map(|b| format!("{b:02x}")).collect();
        line.identity = format!("hash:{hex}");
    }
}

/// The keys a payer is learnt and recognised by: its IBAN (spaces dropped, upper case)
/// and its name (accents, case, spaces and punctuation aside: "S.A.S." is "SAS").
pub fn payer_keys(name: Option<&str>, iban: Option<&str>) -> Vec<String> {
    let mut keys = Vec::new();
    if let Some(iban) = iban {
        let iban: String = iban
            .chars()
            .filter(|c| c.is_ascii_alphanumeric())
            .collect::<String>()
            .to_ascii_uppercase();
        if iban.len() >= 15 {
            keys.push(format!("iban:{iban}"));
        }
    }
    if let Some(name) = name {
        let folded = key(name);
        if folded.len() >= 3 {
            keys.push(format!("name:{folded}"));
        }
    }
    keys
}
