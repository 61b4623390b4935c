//! The reference a customer quotes on its transfers (« C-00042 » unless the partner gave
//! another): it goes through banks, so it holds only what a SEPA transfer carries.

use crate::problem::Problem;
use crate::words::tr;
use crate::Lang;

/// The longest reference a SEPA transfer's remittance information keeps whole.
pub const MAX_REFERENCE: usize = 35;

/// Why a reference is refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CustomerProblem {
    /// A character a SEPA transfer does not carry (an accent, an ampersand…).
    ReferenceCharacters,
    /// Another customer has it already.
    ReferenceTaken { reference: String, customer: String },
    /// « C-00042 » is how Ardoise numbers customers: another customer's number.
    ReferenceReserved { reference: String },
}

impl CustomerProblem {
    pub fn message(&self, lang: Lang) -> String {
        match self {
            CustomerProblem::ReferenceCharacters => tr!(lang, CUSTOMER_REFERENCE_CHARACTERS),
            CustomerProblem::ReferenceTaken {
                reference,
                customer,
            } => tr!(
                lang,
                CUSTOMER_REFERENCE_TAKEN,
                reference = reference.clone(),
                customer = customer.clone()
            ),
            CustomerProblem::ReferenceReserved { reference } => tr!(
                lang,
                CUSTOMER_REFERENCE_RESERVED,
                reference = reference.clone()
            ),
        }
    }
}

impl From<CustomerProblem> for Problem {
    fn from(p: CustomerProblem) -> Self {
        Problem::Customer(p)
    }
}

/// The SEPA set (EPC's basic Latin): letters without accents, digits, space and
/// `/ - ? : ( ) . , ' +`.
fn sepa(c: char) -> bool {
    c.is_ascii_alphanumeric() || " /-?:().,'+".contains(c)
}

/// The reference as typed: blank is none (the customer keeps Ardoise's « C-00042 »);
/// inner runs of spaces are one, as a bank prints them.
pub fn reference(input: &str) -> Result<Option<String>, Problem> {
    let words: Vec<&str> = input.split_whitespace().collect();
    if words.is_empty() {
        return Ok(None);
    }
    let value = words.join(" ");
    if !value.chars().all(sepa) {
        return Err(CustomerProblem::ReferenceCharacters.into());
    }
    if value.chars().count() > MAX_REFERENCE {
        return Err(Problem::TooLong { max: MAX_REFERENCE });
    }
    Ok(Some(value))
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn a_reference_is_trimmed_and_checked() {
        assert_eq!(reference("  "), Ok(None));
        assert_eq!(
            reference("  DUPONT   2026 "),
            Ok(Some("DUPONT 2026".into()))
        );
        assert_eq!(reference("C-00042"), Ok(Some("C-00042".into())));
        assert_eq!(
            reference("Société"),
            Err(Problem::Customer(CustomerProblem::ReferenceCharacters))
        );
        assert_eq!(
            reference("A&B"),
            Err(Problem::Customer(CustomerProblem::ReferenceCharacters))
        );
        assert_eq!(reference(&"X".repeat(35)), Ok(Some("X".repeat(35))));
        assert_eq!(
            reference(&"X".repeat(36)),
            Err(Problem::TooLong { max: 35 })
        );
    }

    #[test]
    fn every_refusal_is_a_sentence_in_both_languages() {
        let all = [
            CustomerProblem::ReferenceCharacters,
            CustomerProblem::ReferenceTaken {
                reference: "DUPONT".into(),
                customer: "Dupont SARL".into(),
            },
            CustomerProblem::ReferenceReserved {
                reference: "C-00007".into(),
            },
        ];
        for p in all {
            for lang in [Lang::Fr, Lang::En] {
                let m = p.message(lang);
                assert!(m.ends_with('.'), "{m}");
                assert!(!m.contains('{'), "{m}");
            }
        }
        let taken = CustomerProblem::ReferenceTaken {
            reference: "DUPONT".into(),
            customer: "Dupont SARL".into(),
        };
        assert!(taken.message(Lang::Fr).contains("Dupont SARL"));
    }

    proptest! {
        #[test]
        fn what_is_kept_is_what_a_transfer_carries(s in "\\PC{0,50}") {
            if let Ok(Some(r)) = reference(&s) {
                prop_assert!(r.chars().all(sepa));
                prop_assert!((1..=MAX_REFERENCE).contains(&r.chars().count()));
                prop_assert_eq!(reference(&r), Ok(Some(r.clone())));
            }
        }
    }
}
