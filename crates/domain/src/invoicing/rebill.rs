//! Re-billing what Microsoft charged the partner: usage (Azure and metered products, from
//! the daily rated usage file) at the partner's markup, and, when the partner says so,
//! licences Microsoft prorated (`rebill_prorated`).
//!
//! The rule of a usage line: one line per subscription and meter, its quantity the sum
//! of the usage lines' quantities, its amount Σ Microsoft's cost × (1 + markup / 100)
//! rounded half away from zero to the currency's minor unit once, on the line's sum; each
//! Microsoft cost is Microsoft's own (already truncated as Microsoft rounds it).

use std::collections::{BTreeMap, HashMap};

use chrono::NaiveDate;
use rust_decimal::Decimal;

use crate::bounds::{MAX_QUANTITY, MAX_UNIT_PRICE};
use crate::code_enum;
use crate::display;
use crate::money::{parse_bounded, round_commercial, Currency};
use crate::problem::Problem;
use crate::words::{self, keys, tr};
use crate::Lang;

use super::lines::{InvoiceLine, LineKind};

/// The largest markup: 1,000 %.
pub const MAX_MARKUP: Decimal = Decimal::from_parts(1000, 0, 0, false, 0);

code_enum!(
    #[cfg_attr(feature = "ts", derive(ts_rs::TS))]
    /// How licence charges Microsoft prorated (seats added or removed mid-term) are
    /// billed to the customer.
    pub enum ProratedLicences {
        /// By Ardoise's own proration of the seats added (the default).
        Ardoise => "ardoise",
        /// As Microsoft prorated them, at the resale price, stated on the line.
        Microsoft => "microsoft",
    }
);

impl ProratedLicences {
    /// « Comme Microsoft les a proratisées ».
    pub fn label(self, lang: Lang) -> &'static str {
        match self {
            ProratedLicences::Ardoise => words::word(lang, keys::REBILL_PRORATED_ARDOISE),
            ProratedLicences::Microsoft => words::word(lang, keys::REBILL_PRORATED_MICROSOFT),
        }
    }
}

/// A markup typed in percent ("12,5", "12.5"): from 0 to 1,000 %.
pub fn parse_markup(input: &str) -> Result<Decimal, Problem> {
    let rate = parse_bounded(input, MAX_MARKUP)?;
    if rate.is_sign_negative() && !rate.is_zero() {
        return Err(Problem::Negative);
    }
    Ok(rate.normalize())
}

/// The partner's markups: a default, per product, and per customer and product.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Markups {
    pub default: Decimal,
    pub per_product: HashMap<i64, Decimal>,
    /// By (product, customer).
    pub per_customer: HashMap<(i64, i64), Decimal>,
}

impl Markups {
    /// The markup on `product` for `customer`: the most specific one set.
    pub fn rate(&self, product: Option<i64>, customer: i64) -> Decimal {
        let Some(product) = product else {
            return self.default;
        };
        self.per_customer
            .get(&(product, customer))
            .or_else(|| self.per_product.get(&product))
            .copied()
            .unwrap_or(self.default)
    }
}

/// One line of Microsoft's daily rated usage, as re-billing reads it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UsageCharge {
    /// The Partner Center line, linked to the invoice line that bills it.
    pub pc_line_id: i64,
    /// Microsoft's subscription id.
    pub subscription: String,
    /// The book's subscription, when the book has it.
    pub subscription_id: Option<i64>,
    /// The book's product, when the catalogue has it (its markup then applies).
    pub product_id: Option<i64>,
    pub product_name: String,
    pub meter: String,
    pub usage_date: NaiveDate,
    pub quantity: Decimal,
    /// What Microsoft charged, in the customer's currency.
    pub cost: Decimal,
}

/// An invoice line and the Partner Center lines it bills.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rebilled {
    pub line: InvoiceLine,
    pub pc_lines: Vec<i64>,
}

/// Σ cost × (1 + markup / 100), rounded once to the currency's minor unit.
pub fn usage_amount(costs: impl IntoIterator<Item = Decimal>, markup: Decimal, dp: u32) -> Decimal {
    let factor = Decimal::ONE + markup / Decimal::ONE_HUNDRED;
    let exact = costs.into_iter().fold(Decimal::ZERO, |sum, c| {
        sum.saturating_add(c.saturating_mul(factor))
    });
    round_commercial(exact, dp)
}

/// The line whose net is `amount`: the summed quantity and a unit price of at most four
/// decimals each (what an invoice prints) when quantity × price, rounded once, comes back
/// to the amount, so a reader who recomputes the line finds it; else one unit at the
/// amount (a quantity of zero, beyond what a line holds, or a price that needs more
/// decimals than an invoice prints).
pub(crate) fn line_of(
    amount: Decimal,
    quantity: Decimal,
    currency: Currency,
    template: InvoiceLine,
) -> InvoiceLine {
    let whole = InvoiceLine {
        quantity: Decimal::ONE,
        unit_price: amount,
        ..template.clone()
    };
    let quantity = round_commercial(quantity, 4);
    if quantity <= Decimal::ZERO || quantity > MAX_QUANTITY {
        return whole;
    }
    let Some(exact) = amount.checked_div(quantity) else {
        return whole;
    };
    let dp = currency.minor_units();
    (dp..=dp.max(4))
        .map(|places| round_commercial(exact, places))
        .filter(|price| price.abs() <= MAX_UNIT_PRICE)
        .map(|unit_price| InvoiceLine {
            quantity,
            unit_price,
            ..template.clone()
        })
        .find(|line| {
            line.try_net(currency)
                .is_some_and(|net| net.amount == amount)
        })
        .unwrap_or(whole)
}

/// The usage lines of one customer for a month: one per subscription and meter, at the
/// markup of the subscription's product for that customer. Lines whose amount comes to
/// zero bill nothing and are left out.
pub fn usage_lines(
    charges: &[UsageCharge],
    markups: &Markups,
    customer_id: i64,
    currency: Currency,
    vat_rate: Decimal,
    lang: Lang,
) -> Vec<Rebilled> {
    let mut groups: BTreeMap<(&str, &str), Vec<&UsageCharge>> = BTreeMap::new();
    for c in charges {
        groups
            .entry((c.subscription.as_str(), c.meter.as_str()))
            .or_default()
            .push(c);
    }
    let mut out = Vec::with_capacity(groups.len());
    for group in groups.into_values() {
        let first = group[0];
        let markup = markups.rate(first.product_id, customer_id);
        let amount = usage_amount(group.iter().map(|c| c.cost), markup, currency.minor_units());
        if amount.is_zero() {
            continue;
        }
        let quantity = group
            .iter()
            .fold(Decimal::ZERO, |q, c| q.saturating_add(c.quantity));
        let from = group
            .iter()
            .map(|c| c.usage_date)
            .min()
            .unwrap_or(first.usage_date);
        let to = group
            .iter()
            .map(|c| c.usage_date)
            .max()
            .unwrap_or(first.usage_date);
        let markup_text = display::percent(markup, lang);
        let (product, meter) = (first.product_name.as_str(), first.meter.as_str());
        let description = if from == to {
            let day = display::date(from, lang);
            tr!(
                lang,
                REBILL_USAGE_LINE_DAY,
                product = product,
                meter = meter,
                day = day,
                markup = markup_text
            )
        } else {
            let (from, to) = (display::date(from, lang), display::date(to, lang));
            tr!(
                lang,
                REBILL_USAGE_LINE,
                product = product,
                meter = meter,
                from = from,
                to = to,
                markup = markup_text
            )
        };
        let template = InvoiceLine {
            kind: LineKind::Usage,
            description,
            subscription_id: first.subscription_id,
            service_start: Some(from),
            service_end: Some(to),
            quantity: Decimal::ONE,
            unit_price: amount,
            proration: None,
            vat_rate,
        };
        let mut pc_lines: Vec<i64> = group.iter().map(|c| c.pc_line_id).collect();
        pc_lines.sort_unstable();
        out.push(Rebilled {
            line: line_of(amount, quantity, currency, template),
            pc_lines,
        });
    }
    out
}

#[cfg(test)]
#[path = "rebill_tests.rs"]
mod tests;
