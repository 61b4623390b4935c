//! Finding a customer or a product as a person types it: the customer list's search
//! (accents and case folded, so "societe" finds « Société Générale ») and the lookup of
//! one record by id, number, tenant, reference or name. Both shells use these; the
//! window's client-side filter (`ui/src/lib/search.ts`) folds the same way.

use ardoise_domain::similar_names::name_key;
use ardoise_store::CustomerIdentity;

use crate::statements::customer_of_reference;
use crate::transport::CustomerRow;
use crate::{AppError, Ardoise, Permission, Result, Session};

/// Case- and accent-insensitive form of a text: "Société Générale" → "societe generale".
/// Canonical decomposition with the combining marks dropped, then lower case: what the
/// window's `fold` does with `normalize("NFD")` and `\p{Diacritic}`.
pub use ardoise_domain::similar_names::fold;

/// True when every word of the (folded) query appears somewhere in the folded haystack;
/// an empty query matches everything.
pub fn matches(folded_haystack: &str, folded_query: &str) -> bool {
    folded_query
        .split_whitespace()
        .all(|word| folded_haystack.contains(word))
}

/// The text a customer is searched by: the same fields as the window's list.
fn haystack(r: &CustomerRow) -> String {
    let fields = [
        Some(r.legal_name.as_str()),
        Some(r.city.as_str()),
        r.vat_number.as_deref(),
        r.domain.as_deref(),
        r.tenant_id.as_deref(),
    ];
    fold(&fields.into_iter().flatten().collect::<Vec<_>>().join(" "))
}

impl Ardoise {
    /// The customer list, only those matching `query` when there is one (every word of
    /// it, accents and case aside, in the name, city, VAT number, domain or tenant).
    pub fn search_customers(
        &self,
        session: &Session,
        query: Option<&str>,
    ) -> Result<Vec<CustomerRow>> {
        let mut rows = self.customers(session)?;
        if let Some(q) = query.map(fold).filter(|q| !q.trim().is_empty()) {
            rows.retain(|r| matches(&haystack(r), &q));
        }
        Ok(rows)
    }

    /// Finds a customer by id, tenant id, account reference ("C-00042") or name. A name
    /// is taken as typed first, then accents and case aside, then punctuation and the
    /// legal form aside too ("Garage Rousseau" for « GARAGE ROUSSEAU SAS »): the first
    /// of these that one customer alone answers to wins. Several customers answering to
    /// the same is refused with each of them, never the first one picked.
    pub fn find_customer(&self, session: &Session, key: &str) -> Result<i64> {
        session.require(Permission::ViewBook)?;
        let db = self.store.read();
        if let Some(id) = customer_of_reference(key) {
            if db.customer(id).is_ok() {
                return Ok(id);
            }
        }
        if let Some(id) = db.find_customer(key)? {
            return Ok(id);
        }
        let typed = key.trim();
        let folded = fold(typed);
        let keyed = name_key(typed);
        let everyone = db.customer_identities()?;
        let ways: [&dyn Fn(&str) -> bool; 3] = [
            &|name| name.trim() == typed,
            &|name| fold(name.trim()) == folded,
            &|name| !keyed.is_empty() && name_key(name) == keyed,
        ];
        for same in ways {
            let hits: Vec<&CustomerIdentity> =
                everyone.iter().filter(|c| same(&c.legal_name)).collect();
            match hits.as_slice() {
                [] => continue,
                [one] => return Ok(one.id),
                many => {
                    return Err(AppError::Ambiguous {
                        key: typed.to_string(),
                        candidates: many
                            .iter()
                            .map(|c| (c.reference.clone(), c.legal_name.clone()))
                            .collect(),
                    })
                }
            }
        }
        Err(AppError::NotFound("customer"))
    }

    /// Finds a product by id, Microsoft ProductId or SkuId (any case), or name (accents
    /// and case aside, when one product alone has it).
    pub fn find_product(&self, session: &Session, key: &str) -> Result<i64> {
        session.require(Permission::ViewBook)?;
        let key = key.trim();
        let products = self.products(session)?;
        if let Ok(id) = key.parse::<i64>() {
            if products.iter().any(|p| p.id == id) {
                return Ok(id);
            }
        }
        let by_code = products.iter().find(|p| {
            p.ms_product_id.eq_ignore_ascii_case(key) || p.ms_sku_id.eq_ignore_ascii_case(key)
        });
        if let Some(p) = by_code {
            return Ok(p.id);
        }
        let wanted = fold(key);
        let named: Vec<i64> = products
            .iter()
            .filter(|p| fold(&p.name) == wanted)
            .map(|p| p.id)
            .collect();
        match named.as_slice() {
            [one] => Ok(*one),
            _ => Err(AppError::NotFound("product")),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_accents_and_case_as_the_window_does() {
        assert_eq!(fold("Société Générale"), "societe generale");
        assert_eq!(fold("SOCIÉTÉ"), "societe");
        assert_eq!(fold("Pâtisserie Cœur"), "patisserie cœur");
        assert!(matches(
            &fold("Société Générale Paris"),
            &fold("generale  SOC")
        ));
        assert!(!matches(&fold("Société Générale"), &fold("societe lyon")));
        assert!(matches("anything", ""));
    }
}
