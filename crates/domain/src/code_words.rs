//! The word a reader sees for each code of the closed lists that have no `label` of
//! their own (terms, billing frequencies, contact roles, languages, units, step kinds):
//! one catalogue message per list (`codes.ftl`), so the CLI, the documents and any
//! later reader say the same word, and a code never reaches a reader.

use crate::collections::StepKind;
use crate::customer::ContactRole;
use crate::subscription::{BillingFrequency, Term};
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
    let code = match k {
        StepKind::Courtesy => "courtesy",
        StepKind::Reminder => "reminder",
        StepKind::FormalNotice => "formal_notice",
        StepKind::Suspension => "suspension",
    };
    tr!(lang, CODE_STEP_KIND, code = code)
}

impl StepKind {
    /// Every kind, so lists of codes (and the tests that look for them) stay complete.
    pub const ALL: &'static [StepKind] = &[
        StepKind::Courtesy,
        StepKind::Reminder,
        StepKind::FormalNotice,
        StepKind::Suspension,
    ];
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
