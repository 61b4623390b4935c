//! Money: an exact decimal amount with its ISO currency.
//!
//! Invariants: amounts are never floats; stored amounts are whole minor units (cents)
//! so SQL sums are exact; rounding is half away from zero ("commercial"), applied once
//! per line, never on partial results.

use std::fmt;
use std::str::FromStr;

use rust_decimal::prelude::ToPrimitive;
use rust_decimal::{Decimal, RoundingStrategy};
use serde::{Deserialize, Serialize};

use crate::bounds::MAX_AMOUNT;
use crate::checks::codes;
use crate::number_text::parse_plain;
use crate::Problem;

/// An ISO 4217 currency code, checked on construction.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Currency([u8; 3]);

impl Currency {
    pub const EUR: Currency = Currency(*b"EUR");
    pub const GBP: Currency = Currency(*b"GBP");
    pub const USD: Currency = Currency(*b"USD");

    pub fn code(&self) -> &str {
        // Built only from checked ASCII letters.
        std::str::from_utf8(&self.0).unwrap_or("XXX")
    }

    /// Decimal places of the currency's minor unit (2 for EUR, 0 for JPY).
    pub fn minor_units(&self) -> u32 {
        codes::minor_units(self.code())
    }
}

impl FromStr for Currency {
    type Err = Problem;
    fn from_str(s: &str) -> Result<Self, Problem> {
        let code = codes::currency(s)?;
        let bytes: [u8; 3] = code
            .as_bytes()
            .try_into()
            .map_err(|_| Problem::UnknownCurrency { code: code.clone() })?;
        Ok(Currency(bytes))
    }
}

impl fmt::Display for Currency {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

impl Serialize for Currency {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.code())
    }
}

impl<'de> Deserialize<'de> for Currency {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        s.parse()
            .map_err(|_| serde::de::Error::custom(format!("unknown currency {s}")))
    }
}

/// Rounds half away from zero to `dp` places: 0.125 → 0.13, −0.125 → −0.13.
pub fn round_commercial(value: Decimal, dp: u32) -> Decimal {
    value.round_dp_with_strategy(dp, RoundingStrategy::MidpointAwayFromZero)
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Money {
    pub amount: Decimal,
    pub currency: Currency,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum MoneyError {
    #[error("cannot combine {0} and {1}")]
    CurrencyMismatch(Currency, Currency),
    #[error("amount too large to store")]
    Overflow,
}

impl Money {
    pub fn new(amount: Decimal, currency: Currency) -> Self {
        Money { amount, currency }
    }

    pub fn zero(currency: Currency) -> Self {
        Money::new(Decimal::ZERO, currency)
    }

    pub fn from_minor(minor: i64, currency: Currency) -> Self {
        Money::new(Decimal::new(minor, currency.minor_units()), currency)
    }

    /// The amount in minor units, rounded commercially first: what the store keeps.
    pub fn to_minor(&self) -> Result<i64, MoneyError> {
        let dp = self.currency.minor_units();
        let rounded = round_commercial(self.amount, dp);
        let scaled = rounded * Decimal::from(10i64.pow(dp));
        scaled.to_i64().ok_or(MoneyError::Overflow)
    }

    pub fn rounded(&self) -> Money {
        Money::new(
            round_commercial(self.amount, self.currency.minor_units()),
            self.currency,
        )
    }

    /// A line's amount: quantity × unit price, rounded once to the currency's minor unit.
    pub fn line(quantity: Decimal, unit_price: Decimal, currency: Currency) -> Money {
        Money::new(quantity * unit_price, currency).rounded()
    }

    pub fn checked_add(&self, other: &Money) -> Result<Money, MoneyError> {
        if self.currency != other.currency {
            return Err(MoneyError::CurrencyMismatch(self.currency, other.currency));
        }
        let amount = self
            .amount
            .checked_add(other.amount)
            .ok_or(MoneyError::Overflow)?;
        Ok(Money::new(amount, self.currency))
    }

    pub fn checked_sub(&self, other: &Money) -> Result<Money, MoneyError> {
        self.checked_add(&Money::new(-other.amount, other.currency))
    }

    pub fn is_negative(&self) -> bool {
        self.amount.is_sign_negative() && !self.amount.is_zero()
    }
}

impl fmt::Display for Money {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} {}", self.rounded().amount, self.currency)
    }
}

/// Parses an amount typed by a person: "1 234,56", "1234,56", "1234.56", "1,234.56",
/// "1.234,56", "12" (no currency sign), at most `MAX_AMOUNT` in size. Only plain decimals
/// are read: "1e5", "inf", "NaN", "0x10" and "+5" are refused. A leading minus is read;
/// the caller refuses it where negatives make no sense.
pub fn parse_amount(input: &str) -> Result<Decimal, Problem> {
    parse_bounded(input, MAX_AMOUNT)
}

/// The same, at most `max` in size (a unit price, a quantity).
pub fn parse_bounded(input: &str, max: Decimal) -> Result<Decimal, Problem> {
    crate::bounds::within(parse_plain(input)?, max)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use rust_decimal_macros::dec;

    #[test]
    fn rounds_half_away_from_zero() {
        assert_eq!(round_commercial(dec!(0.125), 2), dec!(0.13));
        assert_eq!(round_commercial(dec!(-0.125), 2), dec!(-0.13));
        assert_eq!(round_commercial(dec!(2.5), 0), dec!(3));
        assert_eq!(round_commercial(dec!(0.124999), 2), dec!(0.12));
    }

    #[test]
    fn line_is_rounded_once() {
        // 3 × 3.335 = 10.005 → 10.01; rounding the unit price first would give 10.02.
        let m = Money::line(dec!(3), dec!(3.335), Currency::EUR);
        assert_eq!(m.amount, dec!(10.01));
    }

    #[test]
    fn minor_units_follow_the_currency() {
        let jpy: Currency = "jpy".parse().unwrap();
        assert_eq!(Money::new(dec!(1234.5), jpy).to_minor().unwrap(), 1235);
        assert_eq!(
            Money::new(dec!(12.345), Currency::EUR).to_minor().unwrap(),
            1235
        );
        assert_eq!(
            Money::from_minor(123456, Currency::EUR).amount,
            dec!(1234.56)
        );
    }

    #[test]
    fn refuses_to_mix_currencies() {
        let a = Money::new(dec!(1), Currency::EUR);
        let b = Money::new(dec!(1), Currency::GBP);
        assert_eq!(
            a.checked_add(&b),
            Err(MoneyError::CurrencyMismatch(Currency::EUR, Currency::GBP))
        );
    }

    #[test]
    fn parses_amounts_as_people_type_them() {
        assert_eq!(parse_amount("1 234,56"), Ok(dec!(1234.56)));
        assert_eq!(parse_amount("1,234.56"), Ok(dec!(1234.56)));
        assert_eq!(parse_amount("12"), Ok(dec!(12)));
        assert_eq!(parse_amount("douze"), Err(Problem::NotANumber));
        assert_eq!(parse_amount("  "), Err(Problem::Required));
    }

    proptest! {
        #[test]
        fn minor_units_round_trip(cents in -1_000_000_000_000i64..1_000_000_000_000i64) {
            let m = Money::from_minor(cents, Currency::EUR);
            prop_assert_eq!(m.to_minor().unwrap(), cents);
        }

        #[test]
        fn sum_of_stored_lines_equals_stored_sum(
            lines in proptest::collection::vec((1u32..500, 0i64..10_000_000), 1..40)
        ) {
            // Each line is rounded once; summing stored cents must equal summing amounts.
            let mut total = Money::zero(Currency::EUR);
            let mut cents = 0i64;
            for (qty, unit_millis) in lines {
                let line = Money::line(Decimal::from(qty), Decimal::new(unit_millis, 4), Currency::EUR);
                cents += line.to_minor().unwrap();
                total = total.checked_add(&line).unwrap();
            }
            prop_assert_eq!(total.to_minor().unwrap(), cents);
        }

        #[test]
        fn rounding_is_symmetric(units in 0i64..100_000_000, dp in 0u32..4) {
            let v = Decimal::new(units, 5);
            prop_assert_eq!(round_commercial(-v, dp), -round_commercial(v, dp));
        }

        #[test]
        fn rounding_moves_less_than_half_a_unit(units in -100_000_000i64..100_000_000) {
            let v = Decimal::new(units, 5);
            let r = round_commercial(v, 2);
            prop_assert!((r - v).abs() <= dec!(0.005));
        }
    }
}
