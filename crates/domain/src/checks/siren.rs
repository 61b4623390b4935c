//! French company identifiers: SIREN (the company) and SIRET (one of its establishments).

use crate::problem::Problem;

/// La Poste registered every post office under one SIREN, more than a Luhn key can
/// number, so INSEE gave its SIRETs another key: the digits add up to a multiple of 5.
const LA_POSTE_SIREN: &str = "356000000";
/// La Poste's head office was numbered before that rule and keeps a Luhn key.
const LA_POSTE_HEAD_OFFICE: &str = "35600000000048";

/// A SIREN: 9 digits whose Luhn key holds. People type it as "732 829 320", hence the
/// spaces (also non-breaking ones, pasted from the INSEE site) are dropped.
pub fn siren(input: &str) -> Result<String, Problem> {
    let digits = digits_only(input, 9, Problem::SirenFormat)?;
    if luhn_ok(&digits) {
        Ok(digits)
    } else {
        Err(Problem::SirenChecksum)
    }
}

/// A SIRET: 14 digits, the SIREN followed by the establishment's 5-digit NIC.
pub fn siret(input: &str) -> Result<String, Problem> {
    let digits = digits_only(input, 14, Problem::SiretFormat)?;
    let key_ok = if digits.starts_with(LA_POSTE_SIREN) && digits != LA_POSTE_HEAD_OFFICE {
        digit_values(&digits).sum::<u32>().is_multiple_of(5)
    } else {
        luhn_ok(&digits)
    };
    if key_ok {
        Ok(digits)
    } else {
        Err(Problem::SiretChecksum)
    }
}

/// The compact digits if there are exactly `len` of them. A blank input is `Required`
/// rather than malformed, so a form says the field is missing, not mistyped.
fn digits_only(input: &str, len: usize, malformed: Problem) -> Result<String, Problem> {
    let compact: String = input.chars().filter(|c| !c.is_whitespace()).collect();
    if compact.is_empty() {
        Err(Problem::Required)
    } else if compact.len() == len && compact.bytes().all(|b| b.is_ascii_digit()) {
        Ok(compact)
    } else {
        Err(malformed)
    }
}

fn digit_values(digits: &str) -> impl DoubleEndedIterator<Item = u32> + '_ {
    digits.bytes().map(|b| u32::from(b - b'0'))
}

/// Luhn over ASCII digits: from the right, every second digit is doubled.
fn luhn_ok(digits: &str) -> bool {
    let sum: u32 = digit_values(digits)
        .rev()
        .enumerate()
        .map(|(i, d)| {
            if i % 2 == 1 {
                let doubled = d * 2;
                if doubled > 9 {
                    doubled - 9
                } else {
                    doubled
                }
            } else {
                d
            }
        })
        .sum();
    sum.is_multiple_of(10)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn sirens() {
        let cases: &[(&str, Result<&str, Problem>)] = &[
            ("732829320", Ok("732829320")),
            ("732 829 320", Ok("732829320")),
            ("732\u{a0}829\u{a0}320", Ok("732829320")),
            ("303265045", Ok("303265045")),
            ("356000000", Ok("356000000")),
            ("732829321", Err(Problem::SirenChecksum)),
            ("732829302", Err(Problem::SirenChecksum)),
            ("73282932", Err(Problem::SirenFormat)),
            ("7328293200", Err(Problem::SirenFormat)),
            ("73282932A", Err(Problem::SirenFormat)),
            ("732-829-320", Err(Problem::SirenFormat)),
            ("", Err(Problem::Required)),
            (" \u{a0} ", Err(Problem::Required)),
        ];
        for (input, expected) in cases {
            let expected = expected.clone().map(str::to_string);
            assert_eq!(siren(input), expected, "input {input:?}");
        }
    }

    #[test]
    fn sirets() {
        let cases: &[(&str, Result<&str, Problem>)] = &[
            ("73282932000074", Ok("73282932000074")),
            ("732 829 320 00074", Ok("73282932000074")),
            ("73282932000075", Err(Problem::SiretChecksum)),
            ("73282932000047", Err(Problem::SiretChecksum)),
            // La Poste: digits summing to a multiple of 5, though Luhn fails.
            ("35600000049837", Ok("35600000049837")),
            ("35600000049838", Err(Problem::SiretChecksum)),
            // Its head office keeps a Luhn key, and its digits sum to 26.
            ("356 000 000 00048", Ok("35600000000048")),
            ("7328293200007", Err(Problem::SiretFormat)),
            ("732829320000740", Err(Problem::SiretFormat)),
            ("7328293200007O", Err(Problem::SiretFormat)),
            ("", Err(Problem::Required)),
        ];
        for (input, expected) in cases {
            let expected = expected.clone().map(str::to_string);
            assert_eq!(siret(input), expected, "input {input:?}");
        }
    }

    /// Appends the digit that makes `body` pass Luhn.
    fn with_luhn_key(body: &str) -> String {
        (0..10)
            .map(|key| format!("{body}{key}"))
            .find(|candidate| luhn_ok(candidate))
            .expect("exactly one key digit completes a Luhn number")
    }

    fn change_digit(number: &str, position: usize, bump: u8) -> String {
        number
            .bytes()
            .enumerate()
            .map(|(i, b)| {
                if i == position {
                    char::from(b'0' + (b - b'0' + bump) % 10)
                } else {
                    char::from(b)
                }
            })
            .collect()
    }

    proptest! {
        #[test]
        fn one_changed_digit_is_caught_in_a_siren(
            body in "[0-9]{8}",
            position in 0usize..9,
            bump in 1u8..10,
        ) {
            let valid = with_luhn_key(&body);
            prop_assert_eq!(siren(&valid), Ok(valid.clone()));
            let typo = change_digit(&valid, position, bump);
            prop_assert_eq!(siren(&typo), Err(Problem::SirenChecksum));
        }

        #[test]
        fn one_changed_digit_is_caught_in_a_siret(
            body in "[0-9]{13}",
            position in 0usize..14,
            bump in 1u8..10,
        ) {
            let valid = with_luhn_key(&body);
            // La Poste's numbers follow another rule, tested above.
            prop_assume!(!valid.starts_with(LA_POSTE_SIREN));
            let typo = change_digit(&valid, position, bump);
            prop_assume!(!typo.starts_with(LA_POSTE_SIREN));
            prop_assert_eq!(siret(&valid), Ok(valid.clone()));
            prop_assert_eq!(siret(&typo), Err(Problem::SiretChecksum));
        }
    }
}
