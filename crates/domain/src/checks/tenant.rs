//! Microsoft Entra (Azure AD) tenant ids, the key that ties a customer to Partner Center.

use crate::problem::Problem;

/// A tenant id is a GUID; it is stored lowercase and without braces because Partner
/// Center exports write it that way and the reconciliation compares strings.
pub fn tenant_id(input: &str) -> Result<String, Problem> {
    let trimmed = input.trim();
    if trimmed.is_empty() {
        return Err(Problem::Required);
    }
    // Registry editors and PowerShell show GUIDs in braces; accept them only as a pair
    // (a lone closing brace fails the hex check below).
    let guid = match trimmed.strip_prefix('{') {
        Some(rest) => rest.strip_suffix('}').ok_or(Problem::TenantId)?,
        None => trimmed,
    };
    let groups: Vec<&str> = guid.split('-').collect();
    let lengths_ok = groups.len() == 5
        && groups
            .iter()
            .zip([8, 4, 4, 4, 12])
            .all(|(group, len)| group.len() == len);
    let hex_ok = groups
        .iter()
        .all(|group| group.bytes().all(|b| b.is_ascii_hexdigit()));
    if lengths_ok && hex_ok {
        Ok(guid.to_ascii_lowercase())
    } else {
        Err(Problem::TenantId)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accepts_and_normalizes() {
        let cases = [
            (
                "72f988bf-86f1-41af-91ab-2d7cd011db47",
                "72f988bf-86f1-41af-91ab-2d7cd011db47",
            ),
            (
                " 72F988BF-86F1-41AF-91AB-2D7CD011DB47 ",
                "72f988bf-86f1-41af-91ab-2d7cd011db47",
            ),
            (
                "{00000000-0000-0000-0000-000000000000}",
                "00000000-0000-0000-0000-000000000000",
            ),
        ];
        for (input, expected) in cases {
            assert_eq!(tenant_id(input).as_deref(), Ok(expected), "input {input:?}");
        }
    }

    #[test]
    fn refuses_what_is_not_a_guid() {
        assert_eq!(tenant_id("  "), Err(Problem::Required));
        let cases = [
            "{}",
            "{",
            "}",
            "contoso.onmicrosoft.com",
            "72f988bf86f141af91ab2d7cd011db47",
            "{72f988bf-86f1-41af-91ab-2d7cd011db47",
            "72f988bf-86f1-41af-91ab-2d7cd011db47}",
            "72f988bf-86f1-41af-91ab-2d7cd011db4",
            "72f988bf-86f1-41af-91ab-2d7cd011db477",
            "72f988bf-86f1-41af-91ab2-d7cd011db47",
            "72f988bg-86f1-41af-91ab-2d7cd011db47",
            "72f988bf-86f1-41af-91ab-2d7cd011db47-",
            "72f988bf 86f1 41af 91ab 2d7cd011db47",
            "72f988bf-86f1-41af-91ab-2d7cd011dé4",
        ];
        for input in cases {
            assert_eq!(tenant_id(input), Err(Problem::TenantId), "input {input:?}");
        }
    }
}
