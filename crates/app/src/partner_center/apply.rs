//! The plan written into the book, inside the import's transaction: products the
//! catalogue lacked (without a price), customers the book lacked, subscriptions created
//! or brought in step.

use std::collections::HashMap;

use ardoise_domain::catalog::Product;
use ardoise_domain::checks::codes;
use ardoise_domain::customer::{domain_name, Address, Customer, CustomerStatus};
use ardoise_domain::money::Currency;
use ardoise_domain::subscription::Subscription;
use ardoise_domain::words::tr;
use ardoise_domain::Lang;
use ardoise_store::Db;
use chrono::{DateTime, Utc};

use super::plan::{Action, BookState, Plan};
use crate::Result;

#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct Applied {
    pub customers: u64,
    pub products: u64,
    pub subscriptions_created: u64,
    pub subscriptions_changed: u64,
}

/// Countries whose customers are written to in French by default.
const FRENCH_SPEAKING: &[&str] = &["FR", "BE", "LU", "MC", "CH"];

/// A customer from what the file says of it. The file gives no postal address: those
/// fields are left blank, so the customer's form asks for them (they are required), and
/// the note says where the customer came from.
fn new_customer(
    tenant: &str,
    seen: &super::scan::CustomerSeen,
    file_name: &str,
    book_lang: Lang,
) -> Customer {
    let country = seen
        .country
        .as_deref()
        .and_then(|c| codes::country(c).ok())
        .unwrap_or_default();
    let language = if FRENCH_SPEAKING.contains(&country.as_str()) {
        Lang::Fr
    } else {
        Lang::En
    };
    let name = if seen.name.is_empty() {
        tenant.to_string()
    } else {
        seen.name.clone()
    };
    Customer {
        legal_name: name,
        vat_number: None,
        address: Address {
            line1: String::new(),
            line2: None,
            postal_code: String::new(),
            city: String::new(),
            country,
        },
        language,
        currency: seen.currency.parse::<Currency>().unwrap_or(Currency::EUR),
        payment_terms_days: 30,
        tenant_id: Some(tenant.to_string()),
        domain: seen
            .domain
            .as_deref()
            .and_then(|d| domain_name(d).ok().flatten()),
        support_plan: None,
        status: CustomerStatus::Active,
        notes: Some(tr!(
            book_lang,
            PARTNER_CENTER_IMPORT_CUSTOMER_NOTE,
            file = file_name
        )),
        reference: None,
    }
}

pub(crate) fn apply(
    db: &Db<'_>,
    plan: &Plan,
    book: &BookState,
    file_name: &str,
    book_lang: Lang,
    now: DateTime<Utc>,
) -> Result<Applied> {
    let mut applied = Applied::default();
    let mut products: HashMap<(String, String), i64> = book
        .products
        .iter()
        .map(|(k, p)| (k.clone(), p.id))
        .collect();
    for (key, name) in &plan.products {
        let product = Product {
            ms_product_id: key.0.clone(),
            ms_sku_id: key.1.clone(),
            name: if name.is_empty() {
                key.0.clone()
            } else {
                name.clone()
            },
            unit: if plan.usage_products.contains(key) {
                "usage"
            } else {
                "licence"
            }
            .into(),
        };
        products.insert(key.clone(), db.insert_product(&product)?);
        applied.products += 1;
    }
    let mut customers = book.customers.clone();
    for (tenant, seen) in &plan.customers {
        let id = db.insert_customer(&new_customer(tenant, seen, file_name, book_lang), now)?;
        customers.insert(tenant.clone(), id);
        applied.customers += 1;
    }
    for s in &plan.subscriptions {
        let (Some(&customer_id), Some(&product_id)) =
            (customers.get(&s.tenant), products.get(&s.product))
        else {
            continue;
        };
        match (s.action, &s.book) {
            (Action::Create, _) => {
                let subscription = Subscription {
                    product_id,
                    quantity: s.seats,
                    term: s.term,
                    billing_frequency: s.frequency,
                    start_date: s.start,
                    renewal_date: s.renewal,
                    auto_renew: true,
                    status: s.status,
                    pc_subscription_id: Some(s.pc_id.clone()),
                };
                db.insert_subscription(customer_id, &subscription, now)?;
                applied.subscriptions_created += 1;
            }
            (Action::Change, Some((id, before))) => {
                let subscription = Subscription {
                    quantity: s.seats,
                    term: s.term,
                    billing_frequency: s.frequency,
                    status: s.status,
                    ..before.clone()
                };
                db.update_subscription(*id, &subscription, s.effective, now)?;
                applied.subscriptions_changed += 1;
            }
            _ => {}
        }
    }
    Ok(applied)
}
