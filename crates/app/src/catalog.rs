//! The catalog: products and their prices over time.

use ardoise_domain::catalog::{Price, PriceForm, ProductForm};
use ardoise_domain::problem::Checker;
use ardoise_domain::Invalid;
use rust_decimal::Decimal;
use serde_json::json;

use crate::transport::{PriceView, ProductRow, ProductView};
use crate::{Ardoise, Audit, Permission, Result, Session};

fn price_view(p: &Price) -> PriceView {
    let margin = (!p.resale_price.is_zero()).then(|| {
        let pct = (p.resale_price - p.partner_cost) / p.resale_price * Decimal::ONE_HUNDRED;
        ardoise_domain::money::round_commercial(pct, 1).to_string()
    });
    PriceView {
        currency: p.currency.code().to_string(),
        effective_from: p.effective_from.to_string(),
        partner_cost: p.partner_cost.normalize().to_string(),
        resale_price: p.resale_price.normalize().to_string(),
        margin_percent: margin,
    }
}

impl Ardoise {
    pub fn products(&self, session: &Session) -> Result<Vec<ProductRow>> {
        session.require(Permission::ViewBook)?;
        Ok(self
            .store
            .read()
            .product_summaries(self.today())?
            .into_iter()
            .map(|s| ProductRow {
                id: s.id,
                ms_product_id: s.product.ms_product_id,
                ms_sku_id: s.product.ms_sku_id,
                name: s.product.name,
                unit: s.product.unit,
                prices: s.current_prices.iter().map(price_view).collect(),
                active_seats: s.active_seats,
            })
            .collect())
    }

    pub fn product(&self, session: &Session, id: i64) -> Result<ProductView> {
        session.require(Permission::ViewBook)?;
        let r = self.store.read().product(id)?;
        Ok(ProductView {
            id: r.id,
            ms_product_id: r.product.ms_product_id,
            ms_sku_id: r.product.ms_sku_id,
            name: r.product.name,
            unit: r.product.unit,
            price_history: r.prices.iter().map(price_view).collect(),
        })
    }

    /// Adds a product with its first price.
    pub fn add_product(
        &self,
        session: &Session,
        form: &ProductForm,
        price: &PriceForm,
    ) -> Result<i64> {
        session.require(Permission::EditCatalog)?;
        let (product, first) = match (form.validate(), price.validate()) {
            (Ok(product), Ok(first)) => (product, first),
            (product, first) => {
                // Report the product's and the price's faults together, in one form.
                let mut c = Checker::new();
                if let Err(e) = product {
                    c.absorb("", e);
                }
                if let Err(e) = first {
                    c.absorb("price.", e);
                }
                return Err(c.finish().err().unwrap_or(Invalid(Vec::new())).into());
            }
        };
        self.write(
            session,
            Audit {
                action: "product.create",
                entity: "product",
                entity_id: None,
                detail: json!({ "product": form, "price": price }),
            },
            |db| {
                let id = db.insert_product(&product)?;
                db.insert_price(id, &first)?;
                Ok(id)
            },
        )
    }

    /// A new price from a date: earlier invoices keep the price of their own date.
    pub fn add_price(&self, session: &Session, product_id: i64, form: &PriceForm) -> Result<()> {
        session.require(Permission::EditCatalog)?;
        let price = form.validate()?;
        self.write(
            session,
            Audit {
                action: "price.create",
                entity: "product",
                entity_id: Some(product_id),
                detail: json!(form),
            },
            |db| {
                db.product(product_id)?;
                db.insert_price(product_id, &price)?;
                Ok(())
            },
        )
    }
}
