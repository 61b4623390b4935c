//! The month's margin per customer, per product and in total: Microsoft's cost (the
//! Subtotal of its lines of the month, as the reconciliation counts it) against the
//! resale billed for the month (the lines of the customers' invoices for the month,
//! drafts included, less the issued credit notes correcting them). Pure.
//!
//! A product is its name: the catalogue's when it has Microsoft's ids, else the file's;
//! a partner thinks of "Microsoft 365 Business Standard", whatever SKU bills it.
//! Only what re-bills a product counts as resale (lines tied to a subscription): a
//! support fee is not a Microsoft product and has no Microsoft cost. Each row is in one
//! currency; a customer billed in two currencies has two rows.

use std::collections::BTreeMap;

use ardoise_domain::money::round_commercial;
use ardoise_store::{PcPeriodLine, SubscriptionInvoiceLine};
use rust_decimal::Decimal;

use super::compute::{customer_of, decimal, minor, product_of};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MarginRow {
    /// The book's customer id, when the row is a customer of the book.
    pub customer_id: Option<i64>,
    pub name: String,
    pub currency: String,
    pub cost: Decimal,
    pub resale: Decimal,
    /// Of the resale, what drafts bill (not issued yet).
    pub draft: Decimal,
}

impl MarginRow {
    pub fn margin(&self) -> Decimal {
        self.resale - self.cost
    }

    /// The margin over the resale, in percent to two decimals; `None` without resale
    /// (nothing, or only credits, billed), where a rate would say nothing.
    pub fn rate(&self) -> Option<Decimal> {
        if self.resale <= Decimal::ZERO {
            return None;
        }
        self.margin()
            .checked_mul(Decimal::ONE_HUNDRED)?
            .checked_div(self.resale)
            .map(|r| round_commercial(r, 2))
    }
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Margin {
    pub customers: Vec<MarginRow>,
    pub products: Vec<MarginRow>,
    /// One per currency.
    pub totals: Vec<MarginRow>,
}

#[derive(Default)]
struct Rows(BTreeMap<(String, String), MarginRow>);

impl Rows {
    fn row(&mut self, key: String, id: Option<i64>, name: &str, currency: &str) -> &mut MarginRow {
        self.0
            .entry((key, currency.to_string()))
            .or_insert_with(|| MarginRow {
                customer_id: id,
                name: name.to_string(),
                currency: currency.to_string(),
                cost: Decimal::ZERO,
                resale: Decimal::ZERO,
                draft: Decimal::ZERO,
            })
    }

    fn sorted(self) -> Vec<MarginRow> {
        let mut rows: Vec<MarginRow> = self.0.into_values().collect();
        rows.sort_by(|a, b| {
            (a.name.to_lowercase(), &a.currency).cmp(&(b.name.to_lowercase(), &b.currency))
        });
        rows
    }
}

fn customer_key(id: Option<i64>, tenant: &str) -> String {
    match id {
        Some(id) => format!("book:{id}"),
        None => format!("tenant:{tenant}"),
    }
}

/// The margin of the month from its Microsoft lines and its resale lines; `untied`
/// names the product row of credit note lines tied to no subscription.
pub fn margin(rows: &[PcPeriodLine], resale: &[SubscriptionInvoiceLine], untied: &str) -> Margin {
    let (mut customers, mut products, mut totals) =
        (Rows::default(), Rows::default(), Rows::default());
    for row in rows {
        let cost = decimal(&row.subtotal);
        let (id, name) = customer_of(row);
        let c = &row.currency;
        customers
            .row(customer_key(id, &row.customer_tenant), id, &name, c)
            .cost += cost;
        let product = product_of(row);
        products.row(product.to_lowercase(), None, &product, c).cost += cost;
        totals.row(String::new(), None, "", c).cost += cost;
    }
    for line in resale {
        let net = minor(line.net_minor, &line.currency);
        let signed = if line.kind == "credit_note" {
            -net
        } else {
            net
        };
        let draft = if line.status == "draft" {
            signed
        } else {
            Decimal::ZERO
        };
        let c = &line.currency;
        let id = Some(line.customer_id);
        let product = match line.subscription_id {
            Some(_) => line.product_name.as_str(),
            None => untied,
        };
        for r in [
            customers.row(customer_key(id, ""), id, &line.customer_name, c),
            products.row(product.to_lowercase(), None, product, c),
            totals.row(String::new(), None, "", c),
        ] {
            r.resale += signed;
            r.draft += draft;
        }
    }
    Margin {
        customers: customers.sorted(),
        products: products.sorted(),
        totals: totals.sorted(),
    }
}
