//! The word a reader sees for each code of the closed lists that have no `label` of
//! their own (terms, billing frequencies, contact roles, languages, units, step kinds):
//! one catalogue message per list (`codes.ftl`), so the CLI, the documents and any
//! later reader say the same word, and a code never reaches a reader.

use std::collections::BTreeMap;

use rust_decimal::Decimal;

use crate::choices::Choices;
use crate::collections::{Placeholder, Policy, StepKind};
use crate::customer::{ContactRole, CustomerStatus};
use crate::invoicing::{InvoiceState, LineKind, PaymentMethod, VatTreatment};
use crate::statements::{Bucket, EntryKind};
use crate::subscription::{BillingFrequency, SubscriptionStatus, Term};
use crate::support::{
    Category, Channel, DeliveredBy, EventKind, Holiday, RequestState, Rounding, Route, Severity,
};
use crate::words::tr;
use crate::Lang;

/// « mensuel », "monthly".
pub fn term(t: Term, lang: Lang) -> String {
    tr!(lang, CODE_TERM, code = t.code())
}

/// « mensuelle », "one-time".
pub fn frequency(f: BillingFrequency, lang: Lang) -> String {
    tr!(lang, CODE_FREQUENCY, code = f.code())
}

/// « facturation », "technical".
pub fn contact_role(r: ContactRole, lang: Lang) -> String {
    tr!(lang, CODE_CONTACT_ROLE, code = r.code())
}

/// The language `of` named in the reader's: « anglais », "French".
pub fn language(of: Lang, lang: Lang) -> String {
    tr!(lang, CODE_LANGUAGE, code = of.code())
}

/// A product's unit as the partner typed it, in the reader's words when it is one of the
/// usual ones (« utilisateur » for `user`, « forfait » for `plan`).
pub fn unit(typed: &str, lang: Lang) -> String {
    tr!(lang, CODE_UNIT, code = typed.trim())
}

/// « mise en demeure », "courtesy reminder".
pub fn step_kind(k: StepKind, lang: Lang) -> String {
    tr!(lang, CODE_STEP_KIND, code = k.code())
}

impl StepKind {
    /// Every kind, so lists of codes (and the tests that look for them) stay complete.
    pub const ALL: &'static [StepKind] = &[
        StepKind::Courtesy,
        StepKind::Reminder,
        StepKind::FormalNotice,
        StepKind::Suspension,
    ];

    /// The kind as serde writes it (`formal_notice`), what the catalogue selects on.
    pub fn code(self) -> &'static str {
        match self {
            StepKind::Courtesy => "courtesy",
            StepKind::Reminder => "reminder",
            StepKind::FormalNotice => "formal_notice",
            StepKind::Suspension => "suspension",
        }
    }
}

/// Every code of every closed list the book stores, each once, with the first list it
/// belongs to: read from the enums themselves, so a code added later is in it. For the
/// tests that read documents and CLI output back and look for codes.
pub fn every_code() -> BTreeMap<String, &'static str> {
    fn add<T: Copy>(
        out: &mut BTreeMap<String, &'static str>,
        list: &'static str,
        all: &[T],
        code: impl Fn(T) -> &'static str,
    ) {
        for v in all {
            out.entry(code(*v).to_string()).or_insert(list);
        }
    }
    let mut out = BTreeMap::new();
    add(
        &mut out,
        "payment method",
        PaymentMethod::ALL,
        PaymentMethod::code,
    );
    add(
        &mut out,
        "invoice state",
        InvoiceState::ALL,
        InvoiceState::code,
    );
    add(&mut out, "line kind", LineKind::ALL, LineKind::code);
    add(
        &mut out,
        "customer status",
        CustomerStatus::ALL,
        CustomerStatus::code,
    );
    add(
        &mut out,
        "contact role",
        ContactRole::ALL,
        ContactRole::code,
    );
    add(&mut out, "term", Term::ALL, Term::code);
    add(
        &mut out,
        "billing frequency",
        BillingFrequency::ALL,
        BillingFrequency::code,
    );
    add(
        &mut out,
        "subscription status",
        SubscriptionStatus::ALL,
        SubscriptionStatus::code,
    );
    add(&mut out, "support channel", Channel::ALL, Channel::code);
    add(&mut out, "support category", Category::ALL, Category::code);
    add(&mut out, "severity", Severity::ALL, Severity::code);
    add(
        &mut out,
        "request state",
        RequestState::ALL,
        RequestState::code,
    );
    add(&mut out, "escalation route", Route::ALL, Route::code);
    add(
        &mut out,
        "delivered by",
        DeliveredBy::ALL,
        DeliveredBy::code,
    );
    add(&mut out, "rounding", Rounding::ALL, Rounding::code);
    add(&mut out, "request event", EventKind::ALL, EventKind::code);
    add(&mut out, "holiday", Holiday::ALL, Holiday::code);
    add(&mut out, "ledger entry", EntryKind::ALL, EntryKind::code);
    add(&mut out, "aging bucket", Bucket::ALL, Bucket::code);
    add(&mut out, "placeholder", Placeholder::ALL, Placeholder::code);
    add(&mut out, "step kind", StepKind::ALL, StepKind::code);
    let vat = [
        VatTreatment::Domestic {
            rate: Decimal::from(20),
        },
        VatTreatment::ReverseCharge,
        VatTreatment::OutsideScope,
    ];
    for t in vat {
        out.entry(t.code().to_string()).or_insert("VAT treatment");
    }
    for step in Policy::default_policy().steps {
        out.entry(step.code).or_insert("collection step");
    }
    out
}

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

    /// Each code has its own word, and in French none is the code itself: a misspelt code
    /// would fall to the default variant, a missing one would print the code.
    #[test]
    fn every_code_has_its_own_word() {
        fn distinct(words: Vec<String>, codes: Vec<&str>, lang: Lang) {
            let mut sorted = words.clone();
            sorted.sort();
            sorted.dedup();
            assert_eq!(sorted.len(), words.len(), "{lang:?}: {words:?}");
            if lang == Lang::Fr {
                for (w, c) in words.iter().zip(codes) {
                    assert_ne!(w, c, "the French word of {c} is its code");
                }
            }
        }
        for lang in [Lang::Fr, Lang::En] {
            distinct(
                Term::ALL.iter().map(|t| term(*t, lang)).collect(),
                Term::ALL.iter().map(|t| t.code()).collect(),
                lang,
            );
            distinct(
                BillingFrequency::ALL
                    .iter()
                    .map(|f| frequency(*f, lang))
                    .collect(),
                BillingFrequency::ALL.iter().map(|f| f.code()).collect(),
                lang,
            );
            distinct(
                ContactRole::ALL
                    .iter()
                    .map(|r| contact_role(*r, lang))
                    .collect(),
                ContactRole::ALL.iter().map(|r| r.code()).collect(),
                lang,
            );
            distinct(
                StepKind::ALL.iter().map(|k| step_kind(*k, lang)).collect(),
                vec![
                    "courtesy",
                    "reminder",
                    "formal_notice",
                    "suspension-is-french-too",
                ],
                lang,
            );
            for k in StepKind::ALL {
                assert!(!step_kind(*k, lang).contains('_'));
            }
        }
        assert_eq!(frequency(BillingFrequency::OneTime, Lang::En), "one-time");
        assert_eq!(language(Lang::En, Lang::Fr), "anglais");
        assert_eq!(language(Lang::Fr, Lang::En), "French");
        assert_eq!(unit("user", Lang::Fr), "utilisateur");
        assert_eq!(unit("plan", Lang::Fr), "forfait");
        assert_eq!(unit("poste", Lang::Fr), "poste");
    }

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
