//! Email addresses of customer contacts, where statements and reminders are sent.

use crate::problem::Problem;

/// RFC 5321 limits: beyond them a mail server refuses the address anyway.
const MAX_LOCAL: usize = 64;
const MAX_ADDRESS: usize = 254;
const MAX_LABEL: usize = 63;

/// A pragmatic check, not RFC 5322: it refuses the typing mistakes seen in forms (a
/// missing domain, a space, a comma, two @) and accepts every address real customers
/// use, including internationalized domains. Quoted local parts are refused on purpose:
/// no billing contact has one, and a typo is far likelier.
///
/// The domain is lowercased (it is case-insensitive, so this makes duplicates compare
/// equal); the local part is kept as typed because servers may treat its case as
/// meaningful.
pub fn email(input: &str) -> Result<String, Problem> {
    let address = input.trim();
    if address.is_empty() {
        return Err(Problem::Required);
    }
    let (local, domain) = address.split_once('@').ok_or(Problem::InvalidEmail)?;
    if address.chars().count() > MAX_ADDRESS || !local_part_ok(local) || !domain_ok(domain) {
        return Err(Problem::InvalidEmail);
    }
    Ok(format!("{local}@{}", domain.to_lowercase()))
}

fn local_part_ok(local: &str) -> bool {
    !local.is_empty()
        && local.len() <= MAX_LOCAL
        && !local.starts_with('.')
        && !local.ends_with('.')
        && !local.contains("..")
        && local
            .chars()
            .all(|c| !c.is_whitespace() && !c.is_control() && !"@<>()[]\\,;:\"".contains(c))
}

fn domain_ok(domain: &str) -> bool {
    let labels: Vec<&str> = domain.split('.').collect();
    let Some(tld) = labels.last() else {
        return false;
    };
    labels.len() >= 2
        && labels.iter().all(|label| label_ok(label))
        // A top-level domain is never all digits: "x@10.0.0.1" is a mistake here.
        && !tld.chars().all(|c| c.is_ascii_digit())
}

fn label_ok(label: &str) -> bool {
    !label.is_empty()
        && label.chars().count() <= MAX_LABEL
        && !label.starts_with('-')
        && !label.ends_with('-')
        && label.chars().all(|c| c.is_alphanumeric() || c == '-')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accepts_real_addresses() {
        let cases = [
            ("compta@contoso.fr", "compta@contoso.fr"),
            ("  Jean.Dupont@Contoso.FR ", "Jean.Dupont@contoso.fr"),
            (
                "facturation+csp@sub.example.co.uk",
                "facturation+csp@sub.example.co.uk",
            ),
            ("o'brien@example.ie", "o'brien@example.ie"),
            ("a@b.co", "a@b.co"),
            ("x_y-z@my-domain.com", "x_y-z@my-domain.com"),
            ("contact@société.fr", "contact@société.fr"),
            ("contact@xn--socit-esab.fr", "contact@xn--socit-esab.fr"),
        ];
        for (input, expected) in cases {
            assert_eq!(email(input).as_deref(), Ok(expected), "input {input:?}");
        }
    }

    #[test]
    fn refuses_typing_mistakes() {
        let long_local = format!("{}@example.com", "a".repeat(65));
        let long_label = format!("a@{}.com", "b".repeat(64));
        let long_address = format!("a@{}.com", vec!["b".repeat(60); 5].join("."));
        assert_eq!(email(""), Err(Problem::Required));
        assert_eq!(email(" \t "), Err(Problem::Required));
        let cases = [
            "compta",
            "compta@",
            "@contoso.fr",
            "compta@contoso",
            "compta@@contoso.fr",
            "compta@contoso@fr.fr",
            "jean dupont@contoso.fr",
            "compta@contoso .fr",
            "compta@contoso,fr",
            "compta,jean@contoso.fr",
            "compta@contoso..fr",
            "compta@.contoso.fr",
            "compta@contoso.fr.",
            "compta@-contoso.fr",
            "compta@contoso-.fr",
            "compta@con_toso.fr",
            ".compta@contoso.fr",
            "compta.@contoso.fr",
            "jean..dupont@contoso.fr",
            "\"jean\"@contoso.fr",
            "<compta@contoso.fr>",
            "compta@10.0.0.1",
            "compta@[10.0.0.1]",
            long_local.as_str(),
            long_label.as_str(),
            long_address.as_str(),
        ];
        for input in cases {
            assert_eq!(email(input), Err(Problem::InvalidEmail), "input {input:?}");
        }
    }
}
