use ardoise_domain::catalog::{Price, Product};
use chrono::NaiveDate;
use rusqlite::{params, OptionalExtension};

use crate::rows::{currency, date, decimal};
use crate::{unique, Db, Result, StoreError};

#[derive(Debug, Clone)]
pub struct ProductRecord {
    pub id: i64,
    pub product: Product,
    /// Every price, oldest first.
    pub prices: Vec<Price>,
}

/// A product with the prices in force on the day asked for, one per currency.
#[derive(Debug, Clone)]
pub struct ProductSummary {
    pub id: i64,
    pub product: Product,
    pub current_prices: Vec<Price>,
    pub active_seats: i64,
}

impl Db<'_> {
    pub fn insert_product(&self, p: &Product) -> Result<i64> {
        self.conn
            .execute(
                "INSERT INTO products (ms_product_id, ms_sku_id, name, unit) VALUES (?1, ?2, ?3, ?4)",
                params![p.ms_product_id, p.ms_sku_id, p.name, p.unit],
            )
            .map_err(unique("ms_product_id"))?;
        Ok(self.conn.last_insert_rowid())
    }

    pub fn insert_price(&self, product_id: i64, p: &Price) -> Result<i64> {
        self.conn
            .execute(
                "INSERT INTO prices (product_id, currency, effective_from, partner_cost, resale_price)
                 VALUES (?1, ?2, ?3, ?4, ?5)",
                params![
                    product_id,
                    p.currency.code(),
                    p.effective_from.to_string(),
                    p.partner_cost.to_string(),
                    p.resale_price.to_string(),
                ],
            )
            .map_err(unique("effective_from"))?;
        Ok(self.conn.last_insert_rowid())
    }

    pub fn product(&self, id: i64) -> Result<ProductRecord> {
        let product = self
            .conn
            .query_row(
                "SELECT ms_product_id, ms_sku_id, name, unit FROM products WHERE id = ?1",
                [id],
                |r| {
                    Ok(Product {
                        ms_product_id: r.get(0)?,
                        ms_sku_id: r.get(1)?,
                        name: r.get(2)?,
                        unit: r.get(3)?,
                    })
                },
            )
            .optional()?
            .ok_or(StoreError::NotFound("product"))?;
        Ok(ProductRecord {
            id,
            product,
            prices: self.prices(id)?,
        })
    }

    pub fn prices(&self, product_id: i64) -> Result<Vec<Price>> {
        let mut stmt = self.conn.prepare(
            "SELECT currency, effective_from, partner_cost, resale_price FROM prices
             WHERE product_id = ?1 ORDER BY effective_from, currency",
        )?;
        let rows = stmt.query_map([product_id], |r| {
            Ok(Price {
                currency: currency(r, 0)?,
                effective_from: date(r, 1)?,
                partner_cost: decimal(r, 2)?,
                resale_price: decimal(r, 3)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// The catalog with the prices in force on `on`.
    pub fn product_summaries(&self, on: NaiveDate) -> Result<Vec<ProductSummary>> {
        let mut stmt = self.conn.prepare(
            "SELECT p.id, p.ms_product_id, p.ms_sku_id, p.name, p.unit,
                    (SELECT COALESCE(SUM(quantity), 0) FROM subscriptions s
                     WHERE s.product_id = p.id AND s.status = 'active')
             FROM products p ORDER BY p.name COLLATE NOCASE, p.id",
        )?;
        let rows = stmt
            .query_map([], |r| {
                Ok((
                    r.get::<_, i64>(0)?,
                    Product {
                        ms_product_id: r.get(1)?,
                        ms_sku_id: r.get(2)?,
                        name: r.get(3)?,
                        unit: r.get(4)?,
                    },
                    r.get::<_, i64>(5)?,
                ))
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        rows.into_iter()
            .map(|(id, product, active_seats)| {
                let all = self.prices(id)?;
                let mut currencies: Vec<_> = all.iter().map(|p| p.currency).collect();
                currencies.sort();
                currencies.dedup();
                let current_prices = currencies
                    .into_iter()
                    .filter_map(|c| ardoise_domain::catalog::price_in_force(&all, c, on).cloned())
                    .collect();
                Ok(ProductSummary {
                    id,
                    product,
                    current_prices,
                    active_seats,
                })
            })
            .collect()
    }
}
