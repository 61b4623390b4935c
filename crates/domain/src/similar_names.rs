//! When a new customer is probably one the book already has: the same name once accents,
//! case, punctuation and the legal form are set aside ("Garage Rousseau SAS" and
//! « GARAGE ROUSSEAU, s.a.s. »), or the same VAT number however it was spaced.
//!
//! Accents are folded the way the window's search folds them (canonical decomposition,
//! combining marks dropped, lower case), so "societe" finds « Société » on both sides.

use unicode_normalization::char::is_combining_mark;
use unicode_normalization::UnicodeNormalization;

/// Legal forms a company's name may carry or leave out: French first, then those a
/// reseller meets across Europe and in English-speaking countries. Compared after
/// folding and with the dots of "S.A.R.L." removed.
const LEGAL_FORMS: &[&str] = &[
    "sarl", "sas", "sasu", "eurl", "sa", "sca", "scs", "snc", "sci", "scp", "scm", "scop",
    "selarl", "selas", "selafa", "sem", "gie", "ei", "eirl", "sprl", "srl", "bv", "nv", "gmbh",
    "ag", "kg", "spa", "sl", "ltd", "limited", "llc", "llp", "plc", "inc", "corp", "co", "cie",
];

/// Case- and accent-insensitive form of a text: "Société Générale" → "societe generale".
pub fn fold(text: &str) -> String {
    text.nfd()
        .filter(|c| !is_combining_mark(*c))
        .collect::<String>()
        .to_lowercase()
}

/// What two names of one company have in common: folded, punctuation and legal forms
/// set aside, words single-spaced. A name made of a legal form alone keeps it, so
/// "SAS" is not everyone's twin.
pub fn name_key(name: &str) -> String {
    let folded: String = fold(name)
        .chars()
        .filter(|c| *c != '.')
        .map(|c| if c.is_alphanumeric() { c } else { ' ' })
        .collect();
    let words: Vec<&str> = folded.split_whitespace().collect();
    let kept: Vec<&str> = words
        .iter()
        .copied()
        .filter(|w| !LEGAL_FORMS.contains(w))
        .collect();
    if kept.is_empty() {
        words.join(" ")
    } else {
        kept.join(" ")
    }
}

/// A VAT number as it is compared: letters and digits only, upper case.
pub fn vat_key(vat: &str) -> String {
    vat.chars()
        .filter(|c| c.is_ascii_alphanumeric())
        .map(|c| c.to_ascii_uppercase())
        .collect()
}

/// Why an existing customer looks like the one being created.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Likeness {
    Name,
    VatNumber,
    Both,
}

/// Whether the customer `(name, vat)` looks like the existing `(other_name, other_vat)`.
/// An empty name or VAT number matches nothing.
pub fn likeness(
    name: &str,
    vat: Option<&str>,
    other_name: &str,
    other_vat: Option<&str>,
) -> Option<Likeness> {
    let key = name_key(name);
    let same_name = !key.is_empty() && key == name_key(other_name);
    let same_vat = match (vat.map(vat_key), other_vat.map(vat_key)) {
        (Some(a), Some(b)) => !a.is_empty() && a == b,
        _ => false,
    };
    match (same_name, same_vat) {
        (true, true) => Some(Likeness::Both),
        (true, false) => Some(Likeness::Name),
        (false, true) => Some(Likeness::VatNumber),
        (false, false) => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn legal_forms_accents_case_and_punctuation_are_set_aside() {
        let key = name_key("Garage Rousseau SAS");
        assert_eq!(key, "garage rousseau");
        for twin in [
            "GARAGE ROUSSEAU",
            "Garage Rousseau, S.A.S.",
            "garage  rousseau sarl",
            "Garage-Rousseau",
            "SAS Garage Rousseau",
        ] {
            assert_eq!(name_key(twin), key, "{twin}");
        }
        assert_eq!(
            name_key("Société Générale"),
            name_key("SOCIETE GENERALE SA")
        );
        assert_ne!(
            name_key("Garage Rousseau"),
            name_key("Garage Rousseau et Fils")
        );
        assert_ne!(name_key("Société Générale"), name_key("Générale"));
    }

    #[test]
    fn a_name_that_is_only_a_legal_form_is_not_everyones_twin() {
        assert_eq!(name_key("SAS"), "sas");
        assert_eq!(likeness("SAS", None, "Garage SAS", None), None);
    }

    #[test]
    fn the_same_vat_number_however_spaced_is_the_same_company() {
        assert_eq!(
            likeness(
                "Acme",
                Some("FR40 303 265 045"),
                "Zeta",
                Some("FR40303265045")
            ),
            Some(Likeness::VatNumber)
        );
        assert_eq!(
            likeness(
                "Acme SARL",
                Some("FR40303265045"),
                "ACME",
                Some("fr40303265045")
            ),
            Some(Likeness::Both)
        );
        assert_eq!(likeness("Acme", Some(""), "Zeta", Some("")), None);
        assert_eq!(likeness("Acme", None, "Zeta", None), None);
        assert_eq!(likeness("", None, "", None), None);
    }

    proptest! {
        #[test]
        fn the_key_ignores_what_it_promises_to(
            words in proptest::collection::vec("[a-zà-ÿ]{1,8}", 1..4),
            form in proptest::sample::select(LEGAL_FORMS),
            upper in any::<bool>(),
        ) {
            let name = words.join(" ");
            let typed = if upper { name.to_uppercase() } else { name.clone() };
            let with_form = format!("{typed}, {}.", form.to_uppercase());
            // A name whose every word is a legal form keeps them all: nothing else is left.
            prop_assume!(words.iter().any(|w| !LEGAL_FORMS.contains(&fold(w).as_str())));
            prop_assert_eq!(name_key(&with_form), name_key(&name));
            prop_assert_eq!(name_key(&name_key(&name)), name_key(&name));
        }
    }
}
