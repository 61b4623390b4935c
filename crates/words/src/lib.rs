//! Every sentence and word Ardoise prints, in French and English, in one catalogue.
//!
//! The words live in Fluent files (`ftl/fr/*.ftl`, `ftl/en/*.ftl`), one file per area,
//! so a translator reads and edits them without touching Rust. The build turns each
//! message id into a constant of [`keys`]: asking for a message that does not exist does
//! not compile, and a message one language lacks, or whose variables differ between the
//! languages, fails the build. Formatting is done by `fluent-bundle` (Project Fluent's
//! reference implementation: plural rules, selectors), not by hand.
//!
//! Amounts, dates and rates are formatted by the caller (`ardoise_domain::display`) and
//! passed as text: Fluent's own number formatting knows neither currencies nor the
//! French narrow no-break space.

use std::collections::HashMap;
use std::sync::LazyLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource};

pub use fluent_bundle::FluentValue as Value;

mod lang;
pub use lang::Lang;

/// The id of one message of the catalogue; the only values are the constants of [`keys`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Key(&'static str);

impl Key {
    pub fn id(self) -> &'static str {
        self.0
    }
}

/// One constant per message, named after its id (`problem-required` → `PROBLEM_REQUIRED`).
pub mod keys {
    include!(concat!(env!("OUT_DIR"), "/keys.rs"));
}

mod sources {
    include!(concat!(env!("OUT_DIR"), "/sources.rs"));
}

fn bundle(lang: Lang, files: &[(&str, &str)]) -> FluentBundle<FluentResource> {
    let tag = lang.code().parse().expect("fr and en are language tags");
    let mut bundle = FluentBundle::new_concurrent(vec![tag]);
    // Unicode isolation marks around every variable would end up in PDFs and terminals.
    bundle.set_use_isolating(false);
    for (name, text) in files {
        let resource = FluentResource::try_new(text.to_string())
            .unwrap_or_else(|_| panic!("{name} was parsed by build.rs"));
        bundle
            .add_resource(resource)
            .unwrap_or_else(|_| panic!("{name}: ids are unique, build.rs checked"));
    }
    bundle
}

static BUNDLES: LazyLock<[FluentBundle<FluentResource>; 2]> =
    LazyLock::new(|| [bundle(Lang::Fr, sources::FR), bundle(Lang::En, sources::EN)]);

fn bundle_for(lang: Lang) -> &'static FluentBundle<FluentResource> {
    match lang {
        Lang::Fr => &BUNDLES[0],
        Lang::En => &BUNDLES[1],
    }
}

/// The message `key` in `lang`, its variables filled from `args` (name, value).
///
/// A variable the message uses but `args` lacks shows as `{$name}`; debug builds (and so
/// every test) panic instead, so a forgotten argument cannot reach a user unseen.
pub fn format(lang: Lang, key: Key, args: &[(&str, Value<'_>)]) -> String {
    let bundle = bundle_for(lang);
    let message = bundle
        .get_message(key.0)
        .unwrap_or_else(|| panic!("{} exists: keys are generated from the catalogue", key.0));
    let pattern = message
        .value()
        .unwrap_or_else(|| panic!("{} has a value", key.0));
    let fluent_args = (!args.is_empty()).then(|| {
        let mut a = FluentArgs::with_capacity(args.len());
        for (name, value) in args {
            a.set(*name, value.clone());
        }
        a
    });
    let mut errors = Vec::new();
    let text = bundle.format_pattern(pattern, fluent_args.as_ref(), &mut errors);
    debug_assert!(errors.is_empty(), "{} in {lang:?}: {errors:?}", key.0);
    text.into_owned()
}

/// The message `key` in `lang`, for a message without variables.
pub fn text(lang: Lang, key: Key) -> String {
    format(lang, key, &[])
}

/// The message `key` in `lang` as a `&'static str`, for a word without variables that
/// callers keep in tables and layouts (a state's label, a column's title). Every such
/// word is formatted once, on first use, and kept for the life of the program.
pub fn word(lang: Lang, key: Key) -> &'static str {
    static WORDS: LazyLock<HashMap<(Lang, &'static str), String>> = LazyLock::new(|| {
        catalogue()
            .filter(|(_, vars)| vars.is_empty())
            .flat_map(|(key, _)| [Lang::Fr, Lang::En].map(|lang| ((lang, key.0), text(lang, key))))
            .collect()
    });
    WORDS
        .get(&(lang, key.0))
        .map(String::as_str)
        .unwrap_or_else(|| panic!("{} takes variables: use format", key.0))
}

/// `tr!(lang, KEY)` or `tr!(lang, KEY, name = value, ...)`: the message `keys::KEY` in
/// `lang`. Values are anything `fluent_bundle::FluentValue` converts from: text for
/// words and pre-formatted amounts, integers for counts that choose a plural form.
#[macro_export]
macro_rules! tr {
    ($lang:expr, $key:ident) => {
        $crate::text($lang, $crate::keys::$key)
    };
    ($lang:expr, $key:ident, $($name:ident = $value:expr),+ $(,)?) => {
        $crate::format(
            $lang,
            $crate::keys::$key,
            &[$((stringify!($name), $crate::Value::from($value))),+],
        )
    };
}

/// Every message id with the variables it takes (for tests that format them all).
pub fn catalogue() -> impl Iterator<Item = (Key, &'static [&'static str])> {
    sources::VARS.iter().map(|(id, vars)| (Key(id), *vars))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every message formats in both languages, with every variable given, without a
    /// Fluent error (a misspelt variable, a selector without a default).
    #[test]
    fn every_message_formats_in_both_languages() {
        for (key, vars) in catalogue() {
            for lang in [Lang::Fr, Lang::En] {
                let args: Vec<(&str, Value)> = vars.iter().map(|v| (*v, Value::from(2))).collect();
                let text = format(lang, key, &args);
                assert!(!text.trim().is_empty(), "{} is empty in {lang:?}", key.id());
                assert!(
                    !text.contains("{$"),
                    "{} leaves a variable in {lang:?}: {text}",
                    key.id()
                );
            }
        }
    }

    #[test]
    fn plural_and_variables() {
        assert_eq!(tr!(Lang::Fr, WORDS_SAMPLE, count = 1), "1 facture");
        assert_eq!(tr!(Lang::Fr, WORDS_SAMPLE, count = 0), "0 facture");
        assert_eq!(tr!(Lang::Fr, WORDS_SAMPLE, count = 3), "3 factures");
        assert_eq!(tr!(Lang::En, WORDS_SAMPLE, count = 0), "0 invoices");
        assert_eq!(tr!(Lang::En, WORDS_SAMPLE, count = 1), "1 invoice");
    }

    #[test]
    fn a_word_without_variables_is_kept() {
        let fr = word(Lang::Fr, keys::PROBLEM_REQUIRED);
        assert_eq!(fr, text(Lang::Fr, keys::PROBLEM_REQUIRED));
        assert!(std::ptr::eq(fr, word(Lang::Fr, keys::PROBLEM_REQUIRED)));
        assert_ne!(fr, word(Lang::En, keys::PROBLEM_REQUIRED));
    }
}
