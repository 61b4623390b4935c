//! Bounds on what a partner types: amounts, seat counts, unit prices and dates a partner
//! can exceed only by mistake, each refused with a sentence saying the bound.
//!
//! The arithmetic they guarantee (checked by the property tests in `bounds/tests.rs`):
//! - an amount is at most 999,999,999.99 in any currency, that is at most 10¹² minor
//!   units even for a currency of three decimals (KWD, BHD); a line (quantity × unit
//!   price, prorated) is held to the same bound, so an invoice of 1,000 lines, VAT
//!   included, is under 1.2 × 10¹⁵ minor units;
//! - i64 holds 9.2 × 10¹⁸ minor units: 10,000 invoices of 100 maximal lines each (10⁶
//!   maximal amounts, a customer's statement over centuries), or 10⁶ maximal payments,
//!   still sum in SQL (`SUM` of i64) and in `to_minor` without overflow;
//! - rust_decimal holds 7.9 × 10²⁸: a quantity of at most 1,000,000 times a unit price
//!   of at most 1,000,000, times 36 months and a proration, is under 4 × 10¹³, with 15
//!   digits to spare for the price's decimals.
//! - dates typed in a form lie between 2000-01-01 and 2099-12-31: no due date, aging
//!   bucket or renewal computed from them leaves what chrono, SQLite's date functions
//!   and the documents' four-digit years agree on.

use chrono::NaiveDate;
use rust_decimal::Decimal;

use crate::problem::Problem;

/// The largest amount typed or billed on one line, in any currency: 999,999,999.99.
pub const MAX_AMOUNT: Decimal = Decimal::from_parts(1_215_752_191, 23, 0, false, 2);
/// The largest quantity on one line (seats of a subscription, units of a charge).
pub const MAX_QUANTITY: Decimal = Decimal::from_parts(1_000_000, 0, 0, false, 0);
/// The same bound for seat counts, which are whole numbers.
pub const MAX_SEATS: u32 = 1_000_000;
/// The largest unit price, per unit and month.
pub const MAX_UNIT_PRICE: Decimal = Decimal::from_parts(1_000_000, 0, 0, false, 0);

const fn ymd(y: i32, m: u32, d: u32) -> NaiveDate {
    match NaiveDate::from_ymd_opt(y, m, d) {
        Some(date) => date,
        None => panic!("not a date"),
    }
}

/// The first and last dates a form accepts.
pub const FIRST_DATE: NaiveDate = ymd(2000, 1, 1);
pub const LAST_DATE: NaiveDate = ymd(2099, 12, 31);

/// The value if its size is at most `max`, else `TooLarge` naming the bound.
pub fn within(value: Decimal, max: Decimal) -> Result<Decimal, Problem> {
    if value.abs() > max {
        Err(Problem::TooLarge { max })
    } else {
        Ok(value)
    }
}

/// The date if it lies between `FIRST_DATE` and `LAST_DATE`.
pub fn date_in_range(date: NaiveDate) -> Result<NaiveDate, Problem> {
    if (FIRST_DATE..=LAST_DATE).contains(&date) {
        Ok(date)
    } else {
        Err(Problem::DateRange {
            first: FIRST_DATE,
            last: LAST_DATE,
        })
    }
}

/// A whole number typed by a person, zero or more, at most `max`: "12", "1 000", and
/// also "1,000" or "1.000" (a separator before groups of three digits groups thousands,
/// since a count has no decimals).
pub fn whole_number(input: &str, max: u32) -> Result<u32, Problem> {
    let cleaned: String = input
        .chars()
        .filter(|c| !crate::number_text::is_group_space(*c))
        .collect();
    if cleaned.is_empty() {
        return Err(Problem::Required);
    }
    let (negative, body) = match cleaned.strip_prefix(['-', '\u{2212}']) {
        Some(rest) => (true, rest),
        None => (false, cleaned.as_str()),
    };
    let digits = crate::number_text::ungroup(body)
        .filter(|d| !d.is_empty())
        .ok_or_else(|| {
            // A number, but not a whole one ("1,5"), says so; anything else is not a number.
            match crate::number_text::parse_plain(input) {
                Ok(_) => Problem::NotWhole,
                Err(p) => p,
            }
        })?;
    let significant = digits.trim_start_matches('0');
    if negative && !significant.is_empty() {
        return Err(Problem::Negative);
    }
    let too_large = Problem::TooLarge {
        max: Decimal::from(max),
    };
    if significant.len() > 10 {
        return Err(too_large);
    }
    let n: u64 = if significant.is_empty() {
        0
    } else {
        significant.parse().map_err(|_| Problem::NotANumber)?
    };
    u32::try_from(n).ok().filter(|n| *n <= max).ok_or(too_large)
}

#[cfg(test)]
mod tests;
