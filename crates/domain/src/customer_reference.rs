//! Why the reference a customer quotes on its transfers (« C-00042 » unless the partner
//! gave another) is refused: data and its sentences (`customer-reference.ftl`); the
//! check itself is `customer::reference`.

use crate::words::tr;
use crate::Lang;

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

#[cfg(test)]
mod tests {
    use super::*;

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
}
