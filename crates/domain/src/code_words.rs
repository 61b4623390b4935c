//! The word a reader sees for each code of the closed lists that have no `label` of
//! their own (terms, billing frequencies, contact roles, languages, units, step kinds):
//! one catalogue message per list (`codes.ftl`), so the CLI, the documents and any
//! later reader say the same word, and a code never reaches a reader.

use std::collections::BTreeMap;

use rust_decimal::Decimal;

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
}
