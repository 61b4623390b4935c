//! Bank details and secrets never reach the audit trail: an IBAN keeps its last four
//! characters (enough to tell two accounts apart), a BIC, a password's hash, a token or a
//! secret is replaced whole. The rule is by name, for table columns and for the keys of
//! the use case's own detail alike, so a column added later is masked by being named so.

use serde_json::Value;

/// What stands for a masked value.
pub const MASK: &str = "••••";

/// Whether a column or key holds something the trail must not show.
pub fn masked_column(name: &str) -> bool {
    let n = name.to_ascii_lowercase();
    bank_account(&n)
        || n == "bic"
        || n.ends_with("_bic")
        || n.contains("password")
        || n.contains("secret")
        || n.contains("token")
}

/// An account number (an IBAN, a bank statement's account): its last four are kept.
fn bank_account(lowercase: &str) -> bool {
    lowercase.contains("iban") || lowercase == "account" || lowercase.ends_with("_account")
}

/// The masked form of a value held by `name` (see [`masked_column`]).
pub fn mask_value(name: &str, v: &Value) -> Value {
    match v {
        Value::Null => Value::Null,
        // Empty, or masked already: masking twice keeps the IBAN's last four.
        Value::String(s) if s.is_empty() || s.starts_with(MASK) => Value::String(s.clone()),
        Value::String(s) if bank_account(&name.to_ascii_lowercase()) => {
            let chars: Vec<char> = s.chars().filter(|c| !c.is_whitespace()).collect();
            let tail: String = chars[chars.len().saturating_sub(4)..].iter().collect();
            if chars.len() > 8 {
                Value::String(format!("{MASK} {tail}"))
            } else {
                Value::String(MASK.into())
            }
        }
        _ => Value::String(MASK.into()),
    }
}

/// `v` with every value under a masked key masked, at any depth.
pub fn mask_json(v: &Value) -> Value {
    match v {
        Value::Object(map) => Value::Object(
            map.iter()
                .map(|(k, x)| {
                    let x = if masked_column(k) && !x.is_object() && !x.is_array() {
                        mask_value(k, x)
                    } else {
                        mask_json(x)
                    };
                    (k.clone(), x)
                })
                .collect(),
        ),
        Value::Array(items) => Value::Array(items.iter().map(mask_json).collect()),
        other => other.clone(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn an_iban_keeps_its_last_four_characters_and_the_rest_is_masked() {
        assert_eq!(
            mask_value("iban", &json!("FR76 3000 6000 0112 3456 7890 189")),
            json!("•••• 0189")
        );
        assert_eq!(mask_value("payer_iban", &json!("FR7612")), json!("••••"));
        assert_eq!(mask_value("bic", &json!("AGRIFRPP")), json!("••••"));
        assert_eq!(
            mask_value("password_hash", &json!("$argon2id$v=19$")),
            json!("••••")
        );
        assert_eq!(mask_value("iban", &Value::Null), Value::Null);
        assert_eq!(mask_value("iban", &json!("•••• 0189")), json!("•••• 0189"));
        assert!(!masked_column("legal_name"));
        assert!(!masked_column("bic_count_of_nothing"));
        assert!(masked_column("api_token"));
        assert_eq!(
            mask_value("account", &json!("FR7630006000011234567890189")),
            json!("•••• 0189")
        );
    }

    #[test]
    fn a_detail_is_masked_at_any_depth() {
        let d = json!({ "form": { "iban": "FR7630006000011234567890189", "name": "ACME",
            "bic": "AGRIFRPP" }, "lines": [{ "payer_iban": "DE89370400440532013000" }] });
        let m = mask_json(&d);
        assert_eq!(m["form"]["iban"], json!("•••• 0189"));
        assert_eq!(m["form"]["bic"], json!("••••"));
        assert_eq!(m["form"]["name"], json!("ACME"));
        assert_eq!(m["lines"][0]["payer_iban"], json!("•••• 3000"));
        assert!(!m.to_string().contains("FR7630006000011234567890189"));
    }
}
