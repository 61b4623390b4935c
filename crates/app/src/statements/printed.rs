//! A statement as printed: the partner, the customer, the figures, how to pay and whom to
//! call, handed to `ardoise-documents`; and the names and hashes of the files written.

use ardoise_documents::StatementDocument;
use ardoise_domain::customer::Customer;
use ardoise_domain::partner::Partner;
use ardoise_domain::statements::Statement;
use ardoise_domain::words::{self, keys, tr};
use ardoise_domain::Lang;
use chrono::NaiveDate;

use crate::invoicing::documents::{buyer, seller};

/// What the customer quotes with a transfer to say whose account it is.
pub(crate) fn account_reference(customer_id: i64) -> String {
    format!("C-{customer_id:05}")
}

/// The customer id an account reference names: "C-00042" (any case) → 42.
pub(crate) fn customer_of_reference(reference: &str) -> Option<i64> {
    let digits = reference
        .trim()
        .strip_prefix(['C', 'c'])?
        .strip_prefix('-')?;
    if digits.is_empty() || !digits.chars().all(|c| c.is_ascii_digit()) {
        return None;
    }
    digits.parse().ok()
}

/// How to reach the partner about the statement, in the customer's language.
fn support_lines(p: &Partner, lang: Lang) -> Vec<String> {
    let mut reach = Vec::new();
    reach.extend(p.email.clone());
    reach.extend(p.phone.clone());
    if reach.is_empty() {
        reach.extend(p.website.clone());
    }
    if reach.is_empty() {
        return Vec::new();
    }
    vec![tr!(lang, STATEMENT_SUPPORT), reach.join(" · ")]
}

pub(crate) fn statement_document(
    partner: &Partner,
    logo_png: Option<Vec<u8>>,
    customer_id: i64,
    customer: &Customer,
    statement: Statement,
    produced_on: NaiveDate,
) -> StatementDocument {
    let lang = customer.language;
    StatementDocument {
        lang,
        seller: seller(partner, lang),
        buyer: buyer(customer, lang),
        // What the customer quotes on its transfers: the one it was given, if any.
        account_reference: customer
            .reference
            .clone()
            .unwrap_or_else(|| account_reference(customer_id)),
        statement,
        produced_on,
        support: support_lines(partner, lang),
        logo_png,
    }
}

/// "Releve-C-00042-Patisserie-Coeur-de-Lyon-2026-11-30.pdf": sorts by customer in a
/// folder, and safe on every file system.
pub(crate) fn statement_file_name(
    customer_id: i64,
    customer: &Customer,
    currency: &str,
    as_of: NaiveDate,
) -> String {
    let word = words::word(customer.language, keys::FILE_STATEMENT);
    let name: String = slug::slugify(&customer.legal_name)
        .split('-')
        .filter(|w| !w.is_empty())
        .map(|w| {
            let mut c = w.chars();
            c.next()
                .map(|f| f.to_uppercase().collect::<String>() + c.as_str())
                .unwrap_or_default()
        })
        .collect::<Vec<_>>()
        .join("-");
    let name: String = name.chars().take(60).collect();
    let suffix = if currency == customer.currency.code() {
        String::new()
    } else {
        format!("-{currency}")
    };
    format!(
        "{word}-{}-{name}{suffix}-{as_of}.pdf",
        account_reference(customer_id)
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_account_reference_reads_back_to_its_customer() {
        assert_eq!(customer_of_reference(&account_reference(42)), Some(42));
        assert_eq!(customer_of_reference(" c-00007 "), Some(7));
        for not_one in ["C-", "C00042", "X-00042", "C-12a", "Garage Rousseau"] {
            assert_eq!(customer_of_reference(not_one), None, "{not_one}");
        }
    }
}
