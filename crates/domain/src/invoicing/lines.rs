//! Invoice lines and their totals.
//!
//! A line keeps its quantity and unit price with full decimals and is rounded once, to
//! the currency's minor unit, when its net amount is taken. VAT is then computed per
//! rate on the sum of that rate's line nets, and rounded once per rate: rounding VAT
//! per line would drift from what the customer's accountant recomputes.

use chrono::NaiveDate;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use crate::checks::text;
use crate::code_enum;
use crate::money::{parse_bounded, round_commercial, Currency, Money};
use crate::problem::{Checker, Invalid, Problem};

code_enum!(
    #[cfg_attr(feature = "ts", derive(ts_rs::TS))]
    pub enum LineKind {
        Subscription => "subscription",
        OneOff => "one_off",
        SupportFee => "support_fee",
        BillableHours => "billable_hours",
        /// Usage Microsoft charged (Azure, metered products), re-billed at the markup.
        Usage => "usage",
    }
);

/// The share of a period billed: `days` out of `of_days`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Proration {
    pub days: u32,
    pub of_days: u32,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct InvoiceLine {
    pub kind: LineKind,
    pub description: String,
    pub subscription_id: Option<i64>,
    /// The period of service, both days included.
    pub service_start: Option<NaiveDate>,
    pub service_end: Option<NaiveDate>,
    pub quantity: Decimal,
    /// Excluding VAT, with full decimals.
    pub unit_price: Decimal,
    pub proration: Option<Proration>,
    /// In percent: 20 means 20 %.
    pub vat_rate: Decimal,
}

/// Bounds on typed and billed values (see `crate::bounds` for the arithmetic they keep).
pub use crate::bounds::{MAX_AMOUNT, MAX_QUANTITY, MAX_UNIT_PRICE};

impl InvoiceLine {
    /// The exact amount before rounding, or `None` when it would overflow.
    fn exact(&self) -> Option<Decimal> {
        let amount = self.quantity.checked_mul(self.unit_price)?;
        match self.proration {
            Some(p) if p.of_days > 0 => amount
                .checked_mul(Decimal::from(p.days))?
                .checked_div(Decimal::from(p.of_days)),
            _ => Some(amount),
        }
    }

    /// quantity × unit price (× days / of days), rounded once; `None` on overflow, which
    /// only values far beyond `MAX_QUANTITY` and `MAX_UNIT_PRICE` can cause.
    pub fn try_net(&self, currency: Currency) -> Option<Money> {
        let amount = round_commercial(self.exact()?, currency.minor_units());
        Some(Money::new(amount, currency))
    }

    /// The net amount if it is at most `MAX_AMOUNT` in size: what a typed or billed line
    /// may come to.
    pub fn bounded_net(&self, currency: Currency) -> Option<Money> {
        self.try_net(currency)
            .filter(|m| m.amount.abs() <= MAX_AMOUNT)
    }

    /// The line's net amount. Lines built by this module are within bounds; one built
    /// by hand beyond them saturates rather than bringing the application down.
    pub fn net(&self, currency: Currency) -> Money {
        self.try_net(currency).unwrap_or_else(|| {
            let negative = self.quantity.is_sign_negative() != self.unit_price.is_sign_negative();
            let max = if negative { Decimal::MIN } else { Decimal::MAX };
            Money::new(max, currency)
        })
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct VatLine {
    /// In percent, normalized (20, not 20.00).
    pub rate: Decimal,
    pub base: Money,
    pub vat: Money,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Totals {
    pub net: Money,
    /// One per rate, lowest rate first; a 0 % rate is listed too, since a reverse-charged
    /// invoice must show its base.
    pub vat_lines: Vec<VatLine>,
    pub vat: Money,
    pub gross: Money,
}

/// VAT on a base at a rate in percent, rounded once.
pub(crate) fn vat_on(base: Decimal, rate: Decimal, currency: Currency) -> Decimal {
    let exact = base
        .saturating_mul(rate)
        .checked_div(Decimal::ONE_HUNDRED)
        .unwrap_or(Decimal::ZERO);
    round_commercial(exact, currency.minor_units())
}

pub fn totals(lines: &[InvoiceLine], currency: Currency) -> Totals {
    // Invoices carry one or two rates: a small vector beats a map.
    let mut groups: Vec<(Decimal, Decimal)> = Vec::with_capacity(2);
    for line in lines {
        let net = line.net(currency).amount;
        match groups.iter_mut().find(|(rate, _)| *rate == line.vat_rate) {
            Some((_, base)) => *base = base.saturating_add(net),
            None => groups.push((line.vat_rate, net)),
        }
    }
    groups.sort_by_key(|g| g.0);
    let (mut net, mut vat) = (Decimal::ZERO, Decimal::ZERO);
    let vat_lines = groups
        .into_iter()
        .map(|(rate, base)| {
            let tax = vat_on(base, rate, currency);
            net = net.saturating_add(base);
            vat = vat.saturating_add(tax);
            VatLine {
                rate: rate.normalize(),
                base: Money::new(base, currency),
                vat: Money::new(tax, currency),
            }
        })
        .collect();
    Totals {
        net: Money::new(net, currency),
        vat_lines,
        vat: Money::new(vat, currency),
        gross: Money::new(net.saturating_add(vat), currency),
    }
}

/// A charge typed by hand: every field a string, so nothing typed is lost unchecked.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct OneOffForm {
    pub description: String,
    pub quantity: String,
    /// Excluding VAT.
    pub unit_price: String,
}

fn quantity(input: &str) -> Result<Decimal, Problem> {
    let q = parse_bounded(input, MAX_QUANTITY)?;
    if q.is_sign_negative() && !q.is_zero() {
        Err(Problem::Negative)
    } else if q.is_zero() {
        Err(Problem::NotPositive)
    } else {
        Ok(q)
    }
}

fn unit_price(input: &str) -> Result<Decimal, Problem> {
    let p = parse_bounded(input, MAX_UNIT_PRICE)?;
    if p.is_sign_negative() && !p.is_zero() {
        Err(Problem::Negative)
    } else {
        Ok(p)
    }
}

impl OneOffForm {
    /// The line this charge makes on an invoice at `vat_rate` (the invoice's VAT
    /// treatment decides it, not the person typing).
    pub fn validate(&self, vat_rate: Decimal) -> Result<InvoiceLine, Invalid> {
        let mut c = Checker::new();
        let description = c.check("description", text::required(&self.description, 500));
        let qty = c.check("quantity", quantity(&self.quantity));
        let price = c.check("unit_price", unit_price(&self.unit_price));
        c.finish()?;
        let missing = || Invalid::one("form", Problem::Required);
        let line = InvoiceLine {
            kind: LineKind::OneOff,
            description: description.ok_or_else(missing)?,
            subscription_id: None,
            service_start: None,
            service_end: None,
            quantity: qty.ok_or_else(missing)?,
            unit_price: price.ok_or_else(missing)?,
            proration: None,
            vat_rate,
        };
        // The currency's decimals do not matter here: the bound is far from a rounding.
        match line.bounded_net(Currency::EUR) {
            Some(_) => Ok(line),
            None => Err(Invalid::one(
                "unit_price",
                Problem::LineTooLarge { max: MAX_AMOUNT },
            )),
        }
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use proptest::prelude::*;
    use rust_decimal_macros::dec;

    pub(crate) fn line(quantity: Decimal, unit_price: Decimal, vat_rate: Decimal) -> InvoiceLine {
        InvoiceLine {
            kind: LineKind::OneOff,
            description: "Test".into(),
            subscription_id: None,
            service_start: None,
            service_end: None,
            quantity,
            unit_price,
            proration: None,
            vat_rate,
        }
    }

    #[test]
    fn bounds_are_what_they_say() {
        assert_eq!(MAX_AMOUNT, dec!(999_999_999.99));
        assert_eq!(MAX_QUANTITY, dec!(1_000_000));
        assert_eq!(MAX_UNIT_PRICE, dec!(1_000_000));
        let huge = line(MAX_QUANTITY, MAX_UNIT_PRICE, dec!(20));
        let prorated = InvoiceLine {
            proration: Some(Proration {
                days: 366,
                of_days: 366,
            }),
            ..huge
        };
        assert!(prorated.try_net(Currency::EUR).is_some());
    }

    #[test]
    fn a_line_is_rounded_once() {
        let cases = [
            // (quantity, unit price, proration, net)
            (dec!(3), dec!(3.335), None, dec!(10.01)),
            (dec!(1), dec!(0.005), None, dec!(0.01)),
            (dec!(10), dec!(12.075), None, dec!(120.75)),
            // 10 × 12.5 × 16 / 30 = 66.666… → 66.67
            (dec!(10), dec!(12.5), Some((16, 30)), dec!(66.67)),
            // 1 × 10 × 1 / 8 = 1.25 exactly; prorating the price first would round twice.
            (dec!(1), dec!(10), Some((1, 8)), dec!(1.25)),
            (dec!(7), dec!(10.99), Some((15, 30)), dec!(38.47)),
            (dec!(2), dec!(5), Some((3, 0)), dec!(10)),
        ];
        for (q, p, pr, expected) in cases {
            let l = InvoiceLine {
                proration: pr.map(|(days, of_days)| Proration { days, of_days }),
                ..line(q, p, dec!(20))
            };
            assert_eq!(l.net(Currency::EUR).amount, expected, "{q} × {p} {pr:?}");
        }
        let jpy: Currency = "JPY".parse().unwrap();
        assert_eq!(line(dec!(3), dec!(0.5), dec!(10)).net(jpy).amount, dec!(2));
    }

    #[test]
    fn overflow_saturates_instead_of_panicking() {
        let l = line(Decimal::MAX, dec!(2), dec!(20));
        assert_eq!(l.try_net(Currency::EUR), None);
        assert_eq!(l.net(Currency::EUR).amount, Decimal::MAX);
        let t = totals(&[l.clone(), l], Currency::EUR);
        assert_eq!(t.gross.amount, Decimal::MAX);
    }

    #[test]
    fn vat_is_computed_per_rate_on_the_sum() {
        // Three lines of 0.05 at 10 %: per line 0.005 → 0.01 each (0.03); on the sum 0.015 → 0.02.
        let lines = [
            line(dec!(1), dec!(0.05), dec!(10)),
            line(dec!(1), dec!(0.05), dec!(10)),
            line(dec!(1), dec!(0.05), dec!(10.0)),
            line(dec!(2), dec!(100), dec!(20)),
            line(dec!(1), dec!(7), dec!(0)),
        ];
        let t = totals(&lines, Currency::EUR);
        let eur = |a| Money::new(a, Currency::EUR);
        assert_eq!(
            t.vat_lines,
            vec![
                VatLine {
                    rate: dec!(0),
                    base: eur(dec!(7)),
                    vat: eur(dec!(0))
                },
                VatLine {
                    rate: dec!(10),
                    base: eur(dec!(0.15)),
                    vat: eur(dec!(0.02))
                },
                VatLine {
                    rate: dec!(20),
                    base: eur(dec!(200)),
                    vat: eur(dec!(40))
                },
            ]
        );
        assert_eq!(t.net, eur(dec!(207.15)));
        assert_eq!(t.vat, eur(dec!(40.02)));
        assert_eq!(t.gross, eur(dec!(247.17)));
        assert_eq!(t.vat_lines[1].rate.to_string(), "10");
    }

    #[test]
    fn an_empty_invoice_totals_zero() {
        let t = totals(&[], Currency::EUR);
        assert_eq!(t.gross, Money::zero(Currency::EUR));
        assert!(t.vat_lines.is_empty());
    }

    fn form(description: &str, quantity: &str, unit_price: &str) -> OneOffForm {
        OneOffForm {
            description: description.into(),
            quantity: quantity.into(),
            unit_price: unit_price.into(),
        }
    }

    #[test]
    fn a_typed_charge_becomes_a_line() {
        let l = form(" Installation ", "1,5", "80")
            .validate(dec!(20))
            .unwrap();
        assert_eq!(l.description, "Installation");
        assert_eq!(
            (l.quantity, l.unit_price, l.kind),
            (dec!(1.5), dec!(80), LineKind::OneOff)
        );
        assert_eq!(l.net(Currency::EUR).amount, dec!(120));
        // A free line is allowed (a gesture shown at 0).
        assert!(form("Geste", "1", "0").validate(dec!(20)).is_ok());
    }

    #[test]
    fn a_typed_charge_names_each_field_at_fault() {
        let cases: &[(OneOffForm, &[(&str, Problem)])] = &[
            (form("", "1", "1"), &[("description", Problem::Required)]),
            (form("x", "-2", "1"), &[("quantity", Problem::Negative)]),
            (form("x", "0", "1"), &[("quantity", Problem::NotPositive)]),
            (form("x", "deux", "1"), &[("quantity", Problem::NotANumber)]),
            (form("x", "1e30", "1"), &[("quantity", Problem::NotANumber)]),
            (form("x", "1e5", "1"), &[("quantity", Problem::NotANumber)]),
            (
                form("x", "1000001", "1"),
                &[("quantity", Problem::TooLarge { max: MAX_QUANTITY })],
            ),
            (
                form("x", "1", "1 000 000,01"),
                &[(
                    "unit_price",
                    Problem::TooLarge {
                        max: MAX_UNIT_PRICE,
                    },
                )],
            ),
            (
                form("x", "1000", "1000000"),
                &[("unit_price", Problem::LineTooLarge { max: MAX_AMOUNT })],
            ),
            (
                form("x", "1", "-0,01"),
                &[("unit_price", Problem::Negative)],
            ),
            (form("x", "1", ""), &[("unit_price", Problem::Required)]),
            (
                form(" ", "-1", "-1"),
                &[
                    ("description", Problem::Required),
                    ("quantity", Problem::Negative),
                    ("unit_price", Problem::Negative),
                ],
            ),
        ];
        for (f, expected) in cases {
            let err = f.validate(dec!(20)).unwrap_err();
            let got: Vec<(&str, Problem)> = err
                .0
                .iter()
                .map(|e| (e.field.as_str(), e.problem.clone()))
                .collect();
            assert_eq!(got, *expected, "{f:?}");
        }
        let long = "x".repeat(501);
        let err = form(&long, "1", "1").validate(dec!(20)).unwrap_err();
        assert_eq!(err.0[0].problem, Problem::TooLong { max: 500 });
    }

    #[test]
    fn kinds_round_trip_their_codes() {
        for k in LineKind::ALL {
            assert_eq!(LineKind::parse(k.code()), Some(*k));
        }
        assert_eq!(LineKind::parse("refund"), None);
    }

    pub(crate) fn arb_line() -> impl Strategy<Value = InvoiceLine> {
        (
            1i64..10_000,
            0i64..100_000_000,
            prop_oneof![
                Just(dec!(0)),
                Just(dec!(5.5)),
                Just(dec!(10)),
                Just(dec!(20))
            ],
            proptest::option::of((1u32..=31).prop_flat_map(|of| (1..=of, Just(of)))),
        )
            .prop_map(|(q, p, rate, pr)| InvoiceLine {
                proration: pr.map(|(days, of_days)| Proration { days, of_days }),
                ..line(Decimal::new(q, 1), Decimal::new(p, 4), rate)
            })
    }

    proptest! {
        #[test]
        fn lines_sum_to_totals(lines in proptest::collection::vec(arb_line(), 0..30)) {
            let t = totals(&lines, Currency::EUR);
            let sum: Decimal = lines.iter().map(|l| l.net(Currency::EUR).amount).sum();
            prop_assert_eq!(t.net.amount, sum);
            prop_assert_eq!(t.gross.amount, t.net.amount + t.vat.amount);
            let bases: Decimal = t.vat_lines.iter().map(|v| v.base.amount).sum();
            let vats: Decimal = t.vat_lines.iter().map(|v| v.vat.amount).sum();
            prop_assert_eq!(bases, t.net.amount);
            prop_assert_eq!(vats, t.vat.amount);
            // Every amount is in whole cents, as the store keeps it.
            for m in [t.net, t.vat, t.gross] {
                prop_assert_eq!(m.rounded(), m);
            }
        }

        #[test]
        fn vat_per_rate_is_the_rounded_rate_times_its_base(
            lines in proptest::collection::vec(arb_line(), 1..30)
        ) {
            let t = totals(&lines, Currency::EUR);
            for v in &t.vat_lines {
                let base: Decimal = lines
                    .iter()
                    .filter(|l| l.vat_rate == v.rate)
                    .map(|l| l.net(Currency::EUR).amount)
                    .sum();
                prop_assert_eq!(v.base.amount, base);
                prop_assert_eq!(v.vat.amount, round_commercial(base * v.rate / dec!(100), 2));
            }
            let rates: Vec<Decimal> = t.vat_lines.iter().map(|v| v.rate).collect();
            let mut sorted = rates.clone();
            sorted.sort();
            sorted.dedup();
            prop_assert_eq!(rates, sorted);
        }
    }
}
