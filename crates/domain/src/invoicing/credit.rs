//! Credit notes: the only way to correct an issued invoice, for all or part of it.
//!
//! Amounts here are gross (VAT included), as a customer asks for them. A credit note's
//! lines carry positive amounts; the document's kind says it reduces what is owed.

use crate::words::tr;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use crate::display;
use crate::money::{round_commercial, Currency, Money};
use crate::Lang;

use super::lines::{totals, vat_on, InvoiceLine, LineKind, Totals};

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum CreditError {
    #[error("a {other} credit cannot correct a {invoice} invoice")]
    CurrencyMismatch { invoice: Currency, other: Currency },
    #[error("a credit must be positive")]
    NotPositive,
    #[error("a credit must be in whole {currency} cents")]
    FractionOfCent { currency: Currency },
    #[error("only {creditable} is still creditable")]
    MoreThanCreditable { creditable: Money },
}

impl CreditError {
    pub fn message(&self, lang: Lang) -> String {
        use CreditError::*;
        match self {
            CurrencyMismatch { invoice, other } => tr!(
                lang,
                CREDIT_CURRENCY_MISMATCH,
                invoice = invoice.to_string(),
                other = other.to_string()
            ),
            NotPositive => tr!(lang, CREDIT_NOT_POSITIVE),
            FractionOfCent { currency } => tr!(
                lang,
                CREDIT_FRACTION_OF_CENT,
                decimals = currency.minor_units().to_string()
            ),
            MoreThanCreditable { creditable } if creditable.amount <= Decimal::ZERO => {
                tr!(lang, CREDIT_FULLY_CREDITED)
            }
            MoreThanCreditable { creditable } => tr!(
                lang,
                CREDIT_MORE_THAN_CREDITABLE,
                creditable = display::money(creditable, lang)
            ),
        }
    }
}

/// Whether a credit of `requested` (gross) may be issued against an invoice of
/// `invoice_gross` already credited by `already_credited`.
pub fn check_credit(
    invoice_gross: Money,
    already_credited: Money,
    requested: Money,
) -> Result<(), CreditError> {
    let currency = invoice_gross.currency;
    for other in [already_credited.currency, requested.currency] {
        if other != currency {
            return Err(CreditError::CurrencyMismatch {
                invoice: currency,
                other,
            });
        }
    }
    if requested.amount <= Decimal::ZERO {
        return Err(CreditError::NotPositive);
    }
    if requested.rounded() != requested {
        return Err(CreditError::FractionOfCent { currency });
    }
    let creditable = invoice_gross
        .amount
        .saturating_sub(already_credited.amount)
        .max(Decimal::ZERO);
    if requested.amount > creditable {
        return Err(CreditError::MoreThanCreditable {
            creditable: Money::new(creditable, currency),
        });
    }
    Ok(())
}

/// A full credit repeats the invoice's lines, so its totals are the invoice's to the
/// cent. Allowed only while nothing was credited yet (`check_credit` refuses otherwise).
pub fn full_credit_lines(invoice_lines: &[InvoiceLine]) -> Vec<InvoiceLine> {
    invoice_lines.to_vec()
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PartialCredit {
    pub line: InvoiceLine,
    pub totals: Totals,
}

/// One line crediting `amount` (gross) of an invoice at its VAT rate (in percent).
///
/// The net is chosen so that net + VAT, with VAT rounded as `totals` rounds it, is the
/// amount to the cent. Per-rate rounding leaves some amounts unreachable (at 20 %, one
/// cent value in six): then the credit is the nearest reachable amount below, one cent
/// less, so a credit never exceeds what was checked. `totals.gross` says which it is.
pub fn partial_credit(
    invoice_number: &str,
    amount: Money,
    vat_rate: Decimal,
    lang: Lang,
) -> PartialCredit {
    let currency = amount.currency;
    let dp = currency.minor_units();
    let unit = Decimal::new(1, dp);
    let gross = round_commercial(amount.amount, dp).max(Decimal::ZERO);
    let divisor = Decimal::ONE + vat_rate / Decimal::ONE_HUNDRED;
    let guess = if divisor > Decimal::ZERO {
        round_commercial(gross.checked_div(divisor).unwrap_or(gross), dp)
    } else {
        gross
    };
    // net + VAT(net) grows with net, and moves by at most two units per
    // unit of net for rates up to 100 %: the answer is within a few units of the guess.
    let gross_of = |net: Decimal| net + vat_on(net, vat_rate, currency);
    let net = (-3i64..=3)
        .map(|k| guess + unit * Decimal::from(k))
        .filter(|n| *n >= Decimal::ZERO && gross_of(*n) <= gross)
        .max_by_key(|n| gross_of(*n))
        .unwrap_or(Decimal::ZERO);
    let mut line = InvoiceLine {
        kind: LineKind::OneOff,
        description: String::new(),
        subscription_id: None,
        service_start: None,
        service_end: None,
        quantity: Decimal::ONE,
        unit_price: net,
        proration: None,
        vat_rate,
    };
    let totals = totals(std::slice::from_ref(&line), currency);
    // The amount named is the one credited, which may be a cent below the one asked.
    line.description = tr!(
        lang,
        CREDIT_PARTIAL_LINE,
        amount = display::money(&totals.gross, lang),
        invoice_number = invoice_number
    );
    PartialCredit { line, totals }
}

/// The longest reason a credit note prints (the schema holds the same bound).
pub const REASON_MAX: usize = 500;

/// Why a credit note is issued, as the clerk typed it: required, at most [`REASON_MAX`]
/// characters, surrounding spaces dropped.
pub fn credit_reason(typed: &str) -> Result<String, crate::Problem> {
    crate::checks::text::required(typed, REASON_MAX)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::invoicing::lines::tests::line;
    use proptest::prelude::*;
    use rust_decimal_macros::dec;

    fn eur(a: Decimal) -> Money {
        Money::new(a, Currency::EUR)
    }

    #[test]
    fn what_may_be_credited() {
        use CreditError::*;
        let g = eur(dec!(120));
        let cases = [
            (dec!(0), eur(dec!(120)), Ok(())),
            (dec!(0), eur(dec!(0.01)), Ok(())),
            (dec!(100), eur(dec!(20)), Ok(())),
            (
                dec!(100),
                eur(dec!(20.01)),
                Err(MoreThanCreditable {
                    creditable: eur(dec!(20)),
                }),
            ),
            (
                dec!(120),
                eur(dec!(1)),
                Err(MoreThanCreditable {
                    creditable: eur(dec!(0)),
                }),
            ),
            (dec!(0), eur(dec!(0)), Err(NotPositive)),
            (dec!(0), eur(dec!(-5)), Err(NotPositive)),
            (
                dec!(0),
                eur(dec!(1.005)),
                Err(FractionOfCent {
                    currency: Currency::EUR,
                }),
            ),
            (
                dec!(0),
                Money::new(dec!(5), Currency::GBP),
                Err(CurrencyMismatch {
                    invoice: Currency::EUR,
                    other: Currency::GBP,
                }),
            ),
        ];
        for (already, requested, expected) in cases {
            assert_eq!(
                check_credit(g, eur(already), requested),
                expected,
                "{requested:?}"
            );
        }
    }

    #[test]
    fn errors_read_as_sentences() {
        let e = CreditError::MoreThanCreditable {
            creditable: eur(dec!(20)),
        };
        assert_eq!(
            e.message(Lang::En),
            "Only €20.00 is left to credit on this invoice (VAT included): reduce the credit amount."
        );
        let full = CreditError::MoreThanCreditable {
            creditable: eur(dec!(0)),
        };
        assert_eq!(
            full.message(Lang::Fr),
            "Cette facture est déjà entièrement annulée par des avoirs."
        );
    }

    #[test]
    fn a_full_credit_has_the_invoice_totals() {
        let lines = vec![
            line(dec!(3), dec!(12.345), dec!(20)),
            line(dec!(1), dec!(9.99), dec!(5.5)),
        ];
        let credit = full_credit_lines(&lines);
        assert_eq!(
            totals(&credit, Currency::EUR),
            totals(&lines, Currency::EUR)
        );
    }

    #[test]
    fn a_partial_credit_splits_net_and_vat() {
        let cases = [
            // (gross asked, rate, net, vat, gross)
            (dec!(100), dec!(20), dec!(83.33), dec!(16.67), dec!(100)),
            (dec!(120), dec!(20), dec!(100), dec!(20), dec!(120)),
            (dec!(50), dec!(0), dec!(50), dec!(0), dec!(50)),
            (dec!(10), dec!(5.5), dec!(9.48), dec!(0.52), dec!(10)),
            // 0.09 is not reachable at 20 %: 0.07 + 0.01 = 0.08 and 0.08 + 0.02 = 0.10.
            (dec!(0.09), dec!(20), dec!(0.07), dec!(0.01), dec!(0.08)),
        ];
        for (asked, rate, net, vat, gross) in cases {
            let c = partial_credit("F2026-00042", eur(asked), rate, Lang::Fr);
            assert_eq!(
                (
                    c.totals.net.amount,
                    c.totals.vat.amount,
                    c.totals.gross.amount
                ),
                (net, vat, gross),
                "{asked} at {rate} %"
            );
            assert_eq!(
                c.line.description,
                format!(
                    "Avoir partiel de {} TTC sur le total de la facture F2026-00042",
                    display::money(&c.totals.gross, Lang::Fr)
                )
            );
            assert_eq!(c.line.vat_rate, rate);
        }
        let en = partial_credit("F2026-00042", eur(dec!(1)), dec!(20), Lang::En);
        assert_eq!(
            en.line.description,
            "Partial credit of €1.00 incl. VAT on the total of invoice F2026-00042"
        );
        assert_eq!(
            credit_reason("  Licences facturées en trop "),
            Ok("Licences facturées en trop".into())
        );
        assert_eq!(credit_reason("  "), Err(crate::Problem::Required));
        assert!(credit_reason(&"x".repeat(REASON_MAX + 1)).is_err());
    }

    proptest! {
        #[test]
        fn a_credit_note_never_exceeds_what_is_still_creditable(
            gross in 1i64..10_000_000,
            asks in proptest::collection::vec(1i64..5_000_000, 1..10),
            rate in prop_oneof![Just(dec!(0)), Just(dec!(5.5)), Just(dec!(10)), Just(dec!(20))],
        ) {
            let cents = |c: i64| Money::from_minor(c, Currency::EUR);
            let invoice = cents(gross);
            let mut credited = cents(0);
            for ask in asks {
                if check_credit(invoice, credited, cents(ask)).is_ok() {
                    let c = partial_credit("F2026-00001", cents(ask), rate, Lang::En);
                    prop_assert!(c.totals.gross.amount <= cents(ask).amount);
                    credited.amount += c.totals.gross.amount;
                }
                prop_assert!(credited.amount <= invoice.amount);
            }
        }

        #[test]
        fn a_partial_credit_is_exact_whenever_it_can_be(
            asked in 1i64..3_000,
            rate in prop_oneof![Just(dec!(0)), Just(dec!(2.1)), Just(dec!(5.5)), Just(dec!(10)), Just(dec!(20)), Just(dec!(100))],
        ) {
            let c = partial_credit("F2026-00001", Money::from_minor(asked, Currency::EUR), rate, Lang::Fr);
            let gross_of = |n: i64| {
                let net = Decimal::new(n, 2);
                net + vat_on(net, rate, Currency::EUR)
            };
            let target = Decimal::new(asked, 2);
            let best = (0..=asked).map(gross_of).filter(|g| *g <= target).max().unwrap_or_default();
            prop_assert_eq!(c.totals.gross.amount, best);
            prop_assert_eq!(c.totals.net.amount + c.totals.vat.amount, c.totals.gross.amount);
        }
    }
}
