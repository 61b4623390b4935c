//! The catalog: the Microsoft products the partner resells, and their prices over time.
//!
//! Invariant: a price is never edited in place; a new price gets a later
//! `effective_from`, so an invoice can always be re-priced as of its date.

use chrono::NaiveDate;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use crate::bounds::{self, MAX_UNIT_PRICE};
use crate::checks::text;
use crate::money::{parse_bounded, round_commercial, Currency};
use crate::problem::{Checker, Invalid, Problem};

#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct ProductForm {
    /// Microsoft's ProductId, such as CFQ7TTC0LH18.
    pub ms_product_id: String,
    /// Microsoft's SkuId, such as 0001.
    pub ms_sku_id: String,
    pub name: String,
    /// What one unit is: "user", "licence", "plan".
    pub unit: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Product {
    pub ms_product_id: String,
    pub ms_sku_id: String,
    pub name: String,
    pub unit: String,
}

/// Microsoft ids are uppercase letters and digits (ProductId 12, SkuId 4).
fn ms_id(input: &str, max: usize) -> Result<String, Problem> {
    let v = text::required(input, max)?.to_ascii_uppercase();
    if v.chars().all(|c| c.is_ascii_alphanumeric()) {
        Ok(v)
    } else {
        Err(Problem::MicrosoftId)
    }
}

impl ProductForm {
    pub fn validate(&self) -> Result<Product, Invalid> {
        let mut c = Checker::new();
        let pid = c.check("ms_product_id", ms_id(&self.ms_product_id, 20));
        let sku = c.check("ms_sku_id", ms_id(&self.ms_sku_id, 10));
        let name = c.check("name", text::required(&self.name, 200));
        let unit = c.check("unit", text::required(&self.unit, 40));
        c.finish()?;
        let missing = || Invalid::one("form", Problem::Required);
        Ok(Product {
            ms_product_id: pid.ok_or_else(missing)?,
            ms_sku_id: sku.ok_or_else(missing)?,
            name: name.ok_or_else(missing)?,
            unit: unit.ok_or_else(missing)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct PriceForm {
    pub currency: String,
    /// YYYY-MM-DD.
    pub effective_from: String,
    /// What Microsoft charges the partner per unit and month.
    pub partner_cost: String,
    /// What the partner charges per unit and month; empty to apply `markup_percent`.
    pub resale_price: String,
    /// Applied to the cost when no resale price is given.
    pub markup_percent: String,
}

/// Unit prices per month; they keep their full decimals (rounding happens per line).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Price {
    pub currency: Currency,
    pub effective_from: NaiveDate,
    pub partner_cost: Decimal,
    pub resale_price: Decimal,
}

pub fn parse_date(input: &str) -> Result<NaiveDate, Problem> {
    let t = input.trim();
    if t.is_empty() {
        return Err(Problem::Required);
    }
    let date = NaiveDate::parse_from_str(t, "%Y-%m-%d").map_err(|_| Problem::NotADate)?;
    bounds::date_in_range(date)
}

/// The largest markup, in percent: a price eleven times its cost is already a mistake.
pub const MAX_MARKUP_PERCENT: Decimal = Decimal::from_parts(1000, 0, 0, false, 0);

/// A unit price or a markup, zero or more, at most `max`.
fn non_negative(input: &str, max: Decimal) -> Result<Decimal, Problem> {
    let v = parse_bounded(input, max)?;
    if v < Decimal::ZERO {
        Err(Problem::Negative)
    } else {
        Ok(v)
    }
}

/// A resale price from a cost and a markup, kept to 4 decimals like Microsoft's price lists.
pub fn apply_markup(cost: Decimal, markup_percent: Decimal) -> Decimal {
    round_commercial(
        cost * (Decimal::ONE + markup_percent / Decimal::ONE_HUNDRED),
        4,
    )
}

impl PriceForm {
    pub fn validate(&self) -> Result<Price, Invalid> {
        let mut c = Checker::new();
        let currency = c.check("currency", self.currency.parse::<Currency>());
        let from = c.check("effective_from", parse_date(&self.effective_from));
        let cost = c.check(
            "partner_cost",
            non_negative(&self.partner_cost, MAX_UNIT_PRICE),
        );
        let resale = if self.resale_price.trim().is_empty() {
            match (
                cost,
                c.check(
                    "markup_percent",
                    non_negative(&self.markup_percent, MAX_MARKUP_PERCENT),
                ),
            ) {
                (Some(cost), Some(m)) => c.check(
                    "resale_price",
                    bounds::within(apply_markup(cost, m), MAX_UNIT_PRICE),
                ),
                _ => None,
            }
        } else {
            c.check(
                "resale_price",
                non_negative(&self.resale_price, MAX_UNIT_PRICE),
            )
        };
        c.finish()?;
        let missing = || Invalid::one("form", Problem::Required);
        Ok(Price {
            currency: currency.ok_or_else(missing)?,
            effective_from: from.ok_or_else(missing)?,
            partner_cost: cost.ok_or_else(missing)?,
            resale_price: resale.ok_or_else(missing)?,
        })
    }
}

/// The price in force on `date` in `currency`: the one with the latest
/// `effective_from` not after `date`.
pub fn price_in_force(prices: &[Price], currency: Currency, date: NaiveDate) -> Option<&Price> {
    prices
        .iter()
        .filter(|p| p.currency == currency && p.effective_from <= date)
        .max_by_key(|p| p.effective_from)
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_decimal_macros::dec;

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    fn price(from: &str, resale: Decimal) -> Price {
        Price {
            currency: Currency::EUR,
            effective_from: d(from),
            partner_cost: dec!(1),
            resale_price: resale,
        }
    }

    #[test]
    fn the_price_in_force_is_the_latest_before_the_date() {
        let prices = vec![
            price("2026-01-01", dec!(10.5)),
            price("2026-04-01", dec!(11.7)),
            price("2027-01-01", dec!(12)),
        ];
        let cases = [
            ("2025-12-31", None),
            ("2026-01-01", Some(dec!(10.5))),
            ("2026-03-31", Some(dec!(10.5))),
            ("2026-04-01", Some(dec!(11.7))),
            ("2026-11-25", Some(dec!(11.7))),
            ("2027-06-01", Some(dec!(12))),
        ];
        for (date, expected) in cases {
            let got = price_in_force(&prices, Currency::EUR, d(date)).map(|p| p.resale_price);
            assert_eq!(got, expected, "on {date}");
        }
        assert!(price_in_force(&prices, Currency::GBP, d("2026-06-01")).is_none());
    }

    #[test]
    fn a_markup_fills_in_the_resale_price() {
        let p = PriceForm {
            currency: "EUR".into(),
            effective_from: "2026-01-01".into(),
            partner_cost: "10,50".into(),
            resale_price: "".into(),
            markup_percent: "15".into(),
        }
        .validate()
        .unwrap();
        assert_eq!(p.resale_price, dec!(12.075));
    }

    #[test]
    fn a_negative_cost_is_refused() {
        let err = PriceForm {
            currency: "EUR".into(),
            effective_from: "2026-13-01".into(),
            partner_cost: "-1".into(),
            resale_price: "2".into(),
            markup_percent: "".into(),
        }
        .validate()
        .unwrap_err();
        let fields: Vec<_> = err.0.iter().map(|e| e.field.as_str()).collect();
        assert_eq!(fields, ["effective_from", "partner_cost"]);
    }
}
