//! Whether a text prints a code where a word belongs: the check the documents' and the
//! CLI's tests run on everything a reader is given, in French and in English.

use crate::choices::Choices;
use crate::code_words::{contact_role, every_code};
use crate::customer::ContactRole;
use crate::Lang;

/// Codes that are French words too: printing one in French says the word.
const FRENCH_TOO: &[&str] = &[
    "active",     // « une licence active »
    "inactive",   // « inactive »
    "suspension", // « suspension des services »
    "date",       // « date d’échéance »
    "note",       // « une note »
    "ascension",  // « Ascension »
    "armistice",  // « Armistice »
    "commercial", // « geste commercial »
];

/// Codes that are English words too, in prose: « access to the services », "our
/// subcontractor", "Microsoft's commercial support".
const ENGLISH_TOO: &[&str] = &["access", "commercial", "subcontractor", "resold"];

/// Every code `text` prints as a whole word, as "list « code » in: line". Case is kept
/// (codes are lower case; « Microsoft » is a name, not the request event `microsoft`).
/// French text may print none but the French words above. English text may print a
/// code only where it is the word itself ("card", "monthly"): the words of the lists
/// are taken out of each line first, then any code left whose word is another ("transfer"
/// for "bank transfer", `direct_debit`) is one printed where a word belongs.
pub fn codes_printed(text: &str, lang: Lang) -> Vec<String> {
    let codes = every_code();
    let english = english_words();
    let mut found = Vec::new();
    for line in text.lines() {
        let read = match lang {
            Lang::Fr => line.to_string(),
            Lang::En => english
                .iter()
                .fold(line.to_lowercase(), |l, (_, w)| without_word(&l, w)),
        };
        let words = read
            .split(|c: char| !(c.is_alphanumeric() || c == '_'))
            .filter(|w| !w.is_empty());
        for w in words {
            let Some(list) = codes.get(w) else { continue };
            let leak = match lang {
                Lang::Fr => !FRENCH_TOO.contains(&w),
                // Read lower case, so the line must print the code as it is.
                Lang::En => {
                    line.contains(w) && w.contains('_')
                        || line.contains(w)
                            && !ENGLISH_TOO.contains(&w)
                            && english.iter().any(|(c, _)| *c == w)
                            && !english.iter().any(|(c, e)| *c == w && e == w)
                }
            };
            if leak {
                found.push(format!("{list} « {w} » in: {}", line.trim()));
            }
        }
    }
    found
}

/// The English word of each code of the closed lists a reader chooses from, lower case,
/// longest first so "bank transfer" goes before "transfer".
fn english_words() -> Vec<(&'static str, String)> {
    let mut out: Vec<(&'static str, String)> = Choices::ALL
        .iter()
        .filter(|c| **c != Choices::Weekday)
        .flat_map(|c| c.items(Lang::En))
        .chain(
            ContactRole::ALL
                .iter()
                .map(|r| (r.code(), contact_role(*r, Lang::En))),
        )
        .map(|(code, w)| (code, w.to_lowercase()))
        .collect();
    out.sort_by_key(|(_, w)| std::cmp::Reverse(w.len()));
    out
}

/// `line` with each whole-word occurrence of `word` blanked.
fn without_word(line: &str, word: &str) -> String {
    let mut out = String::with_capacity(line.len());
    let mut rest = line;
    let edge = |c: Option<char>| c.is_none_or(|c| !(c.is_alphanumeric() || c == '_'));
    while let Some(i) = rest.find(word) {
        let before = rest[..i].chars().next_back();
        let after = rest[i + word.len()..].chars().next();
        out.push_str(&rest[..i]);
        out.push_str(if edge(before) && edge(after) {
            " "
        } else {
            word
        });
        rest = &rest[i + word.len()..];
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The check finds a code where one is printed, in either language, and leaves the
    /// French words that are codes too.
    #[test]
    fn a_printed_code_is_found() {
        assert_eq!(
            codes_printed("Règlement par direct_debit n° 3", Lang::Fr).len(),
            1
        );
        assert_eq!(codes_printed("Engagement : monthly", Lang::Fr).len(), 1);
        assert_eq!(codes_printed("Rôle : billing", Lang::Fr).len(), 1);
        assert_eq!(codes_printed("Step: formal_notice", Lang::En).len(), 1);
        assert_eq!(
            codes_printed("Deuxième relance (second_reminder)", Lang::Fr).len(),
            1
        );
        assert!(codes_printed("Payment by card, monthly", Lang::En).is_empty());
        assert!(codes_printed("Bank transfer no. 52, paid", Lang::En).is_empty());
        assert_eq!(
            codes_printed("Choose one of: transfer, card, cheque.", Lang::En).len(),
            1
        );
        assert_eq!(
            codes_printed("Channel: on site, via post", Lang::En).len(),
            0
        );
        assert!(codes_printed("Suspension des services à la date prévue", Lang::Fr).is_empty());
        assert!(codes_printed("Microsoft 365 Business Standard", Lang::Fr).is_empty());
        assert!(every_code().len() > 80);
    }
}
