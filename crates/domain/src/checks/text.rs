//! Free text fields: names, addresses, notes.

use crate::problem::Problem;

/// A text that must be there, trimmed, at most `max` characters.
///
/// The limit counts characters, not bytes, so "Société Générale" costs the same as
/// "Societe Generale" and a French name is not refused for its accents.
pub fn required(input: &str, max: usize) -> Result<String, Problem> {
    let value = input.trim();
    if value.is_empty() {
        return Err(Problem::Required);
    }
    if value.chars().count() > max {
        return Err(Problem::TooLong { max });
    }
    Ok(value.to_string())
}

/// A text that may be left blank: only blanks is the same as nothing, so a stray space
/// does not store an empty-looking value.
pub fn optional(input: &str, max: usize) -> Result<Option<String>, Problem> {
    match required(input, max) {
        Ok(value) => Ok(Some(value)),
        Err(Problem::Required) => Ok(None),
        Err(problem) => Err(problem),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn required_trims_and_limits() {
        let cases: &[(&str, usize, Result<&str, Problem>)] = &[
            ("  Contoso SARL ", 40, Ok("Contoso SARL")),
            ("", 40, Err(Problem::Required)),
            (" \t\n ", 40, Err(Problem::Required)),
            ("abcd", 3, Err(Problem::TooLong { max: 3 })),
            ("abc", 3, Ok("abc")),
            // Five characters, more bytes than that: still within a limit of 5.
            ("Éléa ", 5, Ok("Éléa")),
            ("Génér", 5, Ok("Génér")),
        ];
        for (input, max, expected) in cases {
            let expected = expected.clone().map(str::to_string);
            assert_eq!(required(input, *max), expected, "input {input:?}");
        }
    }

    #[test]
    fn optional_blank_is_none() {
        assert_eq!(optional("", 10), Ok(None));
        assert_eq!(optional("   ", 10), Ok(None));
        assert_eq!(optional(" x ", 10), Ok(Some("x".to_string())));
        assert_eq!(optional("too long", 3), Err(Problem::TooLong { max: 3 }));
    }
}
