//! Sentences of the CLI's own that need more than a lookup in the catalogue.

use ardoise_app::domain::words::tr;
use ardoise_app::domain::Lang;

/// "No customer matches …", with the command that lists the right names.
pub fn not_found(lang: Lang, what: &str, key: &str) -> String {
    let query = shell_quoted(key);
    match what {
        "customer" => tr!(lang, CLI_NOT_FOUND_CUSTOMER, key = key, query = query),
        "product" => tr!(lang, CLI_NOT_FOUND_PRODUCT, key = key, query = query),
        "support request" => tr!(lang, CLI_SUPPORT_NOT_FOUND_REQUEST, key = key),
        "support plan" => tr!(lang, CLI_SUPPORT_NOT_FOUND_PLAN, key = key),
        "staff member" => tr!(lang, STAFF_CLI_NOT_FOUND, key = key),
        _ => tr!(lang, CLI_NOT_FOUND_INVOICE, key = key, query = query),
    }
}

/// `text` as a POSIX shell reads it back: as is when it is a plain word, else in single
/// quotes, so the command suggested can be pasted.
fn shell_quoted(text: &str) -> String {
    let plain = !text.is_empty()
        && text
            .chars()
            .all(|c| c.is_alphanumeric() || "-_.@:/+,".contains(c));
    if plain {
        text.to_string()
    } else {
        format!("'{}'", text.replace('\'', r"'\''"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quotes_only_what_the_shell_would_split() {
        assert_eq!(shell_quoted("societe"), "societe");
        assert_eq!(shell_quoted("Société"), "Société");
        assert_eq!(shell_quoted("Acme Corp"), "'Acme Corp'");
        assert_eq!(shell_quoted("O'Neil"), r"'O'\''Neil'");
    }
}
