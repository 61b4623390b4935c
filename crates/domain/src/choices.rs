//! The closed lists a field chooses from, for the sentence that refuses a choice outside
//! them: « Choisissez parmi : virement, carte bancaire, prélèvement, chèque, espèces. »
//! names the words a reader knows, never the codes the book stores, and a choice typed
//! as its word (in either language) is taken as well as its code, so the CLI's reader
//! can type what the sentence says.

use crate::code_words::{frequency, term};
use crate::invoicing::{InvoiceState, PaymentMethod, ProratedLicences};
use crate::subscription::{BillingFrequency, SubscriptionStatus, Term};
use crate::support::{Category, Channel, DeliveredBy, RequestState, Rounding, Route, Severity};
use crate::words::tr;
use crate::{Lang, Problem};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Choices {
    PaymentMethod,
    /// How a letter or a statement left: by post or by email.
    SendVia,
    Term,
    Frequency,
    SubscriptionStatus,
    /// The states an invoice list can be filtered on (not a credit note's `issued`).
    InvoiceState,
    Severity,
    Category,
    Channel,
    RequestState,
    Route,
    DeliveredBy,
    Rounding,
    /// A day of the week, as the CLI's hours are typed (`mon-fri 09:00-12:30`).
    Weekday,
    /// How licences Microsoft prorated are re-billed.
    ProratedLicences,
}

const SEND_VIA: [&str; 2] = ["post", "email"];
/// The CLI's day codes, Monday first, and the catalogue's names for them.
pub const WEEKDAYS: [(&str, &str); 7] = [
    ("mon", "monday"),
    ("tue", "tuesday"),
    ("wed", "wednesday"),
    ("thu", "thursday"),
    ("fri", "friday"),
    ("sat", "saturday"),
    ("sun", "sunday"),
];

impl Choices {
    pub const ALL: [Choices; 15] = [
        Choices::PaymentMethod,
        Choices::SendVia,
        Choices::Term,
        Choices::Frequency,
        Choices::SubscriptionStatus,
        Choices::InvoiceState,
        Choices::Severity,
        Choices::Category,
        Choices::Channel,
        Choices::RequestState,
        Choices::Route,
        Choices::DeliveredBy,
        Choices::Rounding,
        Choices::Weekday,
        Choices::ProratedLicences,
    ];

    /// Each choice's code and its word in `lang`, in the order a form offers them.
    pub fn items(self, lang: Lang) -> Vec<(&'static str, String)> {
        fn each<T: Copy>(
            all: &[T],
            code: fn(T) -> &'static str,
            word: impl Fn(T) -> String,
        ) -> Vec<(&'static str, String)> {
            all.iter().map(|v| (code(*v), word(*v))).collect()
        }
        match self {
            Choices::PaymentMethod => {
                each(PaymentMethod::ALL, PaymentMethod::code, |m| m.label(lang))
            }
            Choices::SendVia => SEND_VIA
                .iter()
                .map(|c| (*c, tr!(lang, CHOICE_SEND_VIA, code = *c)))
                .collect(),
            Choices::Term => each(Term::ALL, Term::code, |t| term(t, lang)),
            Choices::Frequency => each(BillingFrequency::ALL, BillingFrequency::code, |f| {
                frequency(f, lang)
            }),
            Choices::SubscriptionStatus => {
                each(SubscriptionStatus::ALL, SubscriptionStatus::code, |s| {
                    tr!(lang, CLI_STATUS_WORD, code = s.code())
                })
            }
            Choices::InvoiceState => each(
                &InvoiceState::ALL[..InvoiceState::ALL.len() - 1],
                InvoiceState::code,
                |s| s.label(lang).to_string(),
            ),
            Choices::Severity => each(Severity::ALL, Severity::code, |s| s.name(lang)),
            Choices::Category => each(Category::ALL, Category::code, |c| c.name(lang)),
            Choices::Channel => each(Channel::ALL, Channel::code, |c| c.name(lang)),
            Choices::RequestState => each(RequestState::ALL, RequestState::code, |s| s.name(lang)),
            Choices::Route => each(Route::ALL, Route::code, |r| r.name(lang)),
            Choices::DeliveredBy => each(DeliveredBy::ALL, DeliveredBy::code, |d| d.name(lang)),
            Choices::Rounding => each(Rounding::ALL, Rounding::code, |r| r.name(lang)),
            Choices::Weekday => WEEKDAYS
                .iter()
                .map(|(code, day)| (*code, tr!(lang, SUPPORT_HOURS_WEEKDAY, day = *day)))
                .collect(),
            Choices::ProratedLicences => each(ProratedLicences::ALL, ProratedLicences::code, |m| {
                m.label(lang).to_string()
            }),
        }
    }

    /// « virement, carte bancaire, prélèvement, chèque, espèces »: the words in the
    /// middle of a sentence, so a capital that only starts a label is lowered
    /// (« SEPA » keeps its own; Microsoft's programmes and English days are names).
    pub fn words(self, lang: Lang) -> String {
        self.items(lang)
            .into_iter()
            .map(|(_, w)| {
                let names = self == Choices::Route || self == Choices::Weekday && lang == Lang::En;
                if names {
                    w
                } else {
                    lowered(&w)
                }
            })
            .collect::<Vec<_>>()
            .join(", ")
    }

    /// The code `typed` names: the code itself or its word in either language, whatever
    /// the case and the spaces around it.
    pub fn code_of(self, typed: &str) -> Option<&'static str> {
        let typed = typed.trim().to_lowercase();
        if typed.is_empty() {
            return None;
        }
        [Lang::Fr, Lang::En]
            .into_iter()
            .flat_map(|lang| self.items(lang))
            .find(|(code, word)| *code == typed || word.to_lowercase() == typed)
            .map(|(code, _)| code)
    }

    /// The value `typed` names (a code or a word), or the problem naming the choices.
    pub fn pick<T>(
        self,
        typed: &str,
        parse: impl Fn(&'static str) -> Option<T>,
    ) -> Result<T, Problem> {
        self.code_of(typed)
            .and_then(parse)
            .ok_or(Problem::NotAChoice { allowed: self })
    }
}

fn lowered(word: &str) -> String {
    let mut chars = word.chars();
    match (chars.next(), chars.next()) {
        (Some(first), Some(second))
            if first.is_uppercase() && !second.is_uppercase() && !second.is_ascii_digit() =>
        {
            first.to_lowercase().chain(word.chars().skip(1)).collect()
        }
        _ => word.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::printed_codes::codes_printed;

    /// The sentence names words, not codes, in both languages.
    #[test]
    fn a_refused_choice_names_words() {
        for c in Choices::ALL {
            for lang in [Lang::Fr, Lang::En] {
                let text = Problem::NotAChoice { allowed: c }.message(lang);
                let found = codes_printed(&text, lang);
                assert!(found.is_empty(), "{c:?} {lang:?}: {found:?}");
                assert!(!text.contains('_'), "{text}");
            }
        }
        assert_eq!(
            Problem::NotAChoice {
                allowed: Choices::PaymentMethod
            }
            .message(Lang::Fr),
            "Choisissez parmi\u{a0}: virement, carte bancaire, prélèvement, chèque, espèces."
        );
    }

    /// A choice is taken as its code or as its word in either language.
    #[test]
    fn a_word_is_taken_as_its_code() {
        let m = |t: &str| Choices::PaymentMethod.pick(t, PaymentMethod::parse);
        assert_eq!(m("direct_debit"), Ok(PaymentMethod::DirectDebit));
        assert_eq!(m(" Prélèvement "), Ok(PaymentMethod::DirectDebit));
        assert_eq!(m("carte bancaire"), Ok(PaymentMethod::Card));
        assert_eq!(Choices::SendVia.code_of("Courrier"), Some("post"));
        assert_eq!(Choices::Channel.code_of("sur site"), Some("on_site"));
        assert_eq!(Choices::Weekday.code_of("Vendredi"), Some("fri"));
        assert!(m("bitcoin").is_err());
        assert!(m("").is_err());
    }
}
