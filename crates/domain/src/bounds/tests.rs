//! The bounds, what the parsers accept, and the arithmetic the bounds guarantee at their
//! limits: the largest amounts and quantities accepted still sum, VAT included, on an
//! invoice, in a statement's ledger and in the aging buckets, without overflow or panic.

use super::*;
use crate::display;
use crate::invoicing::{totals, Allocation, InvoiceLine, LineKind};
use crate::money::{parse_amount, parse_bounded, Currency, Money};
use crate::statements::{aging, statement, Aging, LedgerEntry};
use crate::Lang;
use proptest::prelude::*;
use rust_decimal_macros::dec;

fn d(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

fn line(quantity: Decimal, unit_price: Decimal, vat_rate: Decimal) -> InvoiceLine {
    InvoiceLine {
        kind: LineKind::OneOff,
        description: "Maximal".into(),
        subscription_id: None,
        service_start: None,
        service_end: None,
        quantity,
        unit_price,
        proration: None,
        vat_rate,
    }
}

/// A currency of three decimals: its minor units are the most numerous.
fn kwd() -> Currency {
    "KWD".parse().unwrap()
}

#[test]
fn amounts_are_read_as_french_and_english_users_type_them() {
    for (typed, value) in [
        ("1234.56", dec!(1234.56)),
        ("1234,56", dec!(1234.56)),
        ("1 234,56", dec!(1234.56)),
        ("1\u{202f}234,56", dec!(1234.56)),
        ("1\u{a0}234,56", dec!(1234.56)),
        ("1,234.56", dec!(1234.56)),
        ("1.234,56", dec!(1234.56)),
        ("1,234,567", dec!(1234567)),
        ("1.234.567,5", dec!(1234567.5)),
        ("12", dec!(12)),
        ("0,5", dec!(0.5)),
        (",5", dec!(0.5)),
        ("-12,50", dec!(-12.50)),
        ("\u{2212}3", dec!(-3)),
        ("999 999 999,99", MAX_AMOUNT),
        ("-999999999.99", -MAX_AMOUNT),
        ("0000000000000000000000000000000042", dec!(42)),
    ] {
        assert_eq!(parse_amount(typed), Ok(value), "{typed:?}");
    }
}

#[test]
fn only_plain_decimals_are_read() {
    for typed in [
        "1e5",
        "1E5",
        "1e-2",
        "inf",
        "-inf",
        "Infinity",
        "NaN",
        "nan",
        "0x10",
        "0b1",
        "+5",
        "--5",
        "5-",
        "1,2,3",
        "1.2.3",
        "12.345.6",
        "1,234.56.7",
        "1.5,3",
        "1 234,5,6",
        ",",
        ".",
        "-",
        "12 €",
        "€12",
        "١٢",
        "12'000",
    ] {
        assert_eq!(parse_amount(typed), Err(Problem::NotANumber), "{typed:?}");
    }
    assert_eq!(parse_amount("   "), Err(Problem::Required));
}

#[test]
fn amounts_beyond_the_bound_are_refused_with_it() {
    let too_large = Err(Problem::TooLarge { max: MAX_AMOUNT });
    for typed in [
        "1 000 000 000",
        "999999999,991",
        "-1000000000",
        "500000000000000",
        "4294967295000",
        // More digits than a decimal holds reads as too large, not as a panic.
        "123456789012345678901234567890123456789",
    ] {
        assert_eq!(parse_amount(typed), too_large, "{typed:?}");
    }
    assert_eq!(
        parse_bounded("1 000 000,01", MAX_UNIT_PRICE),
        Err(Problem::TooLarge {
            max: MAX_UNIT_PRICE
        })
    );
    assert_eq!(
        parse_bounded("1 000 000", MAX_UNIT_PRICE),
        Ok(MAX_UNIT_PRICE)
    );
}

#[test]
fn seat_counts_are_whole_and_bounded() {
    assert_eq!(whole_number("1 000", MAX_SEATS), Ok(1000));
    assert_eq!(whole_number("1,000", MAX_SEATS), Ok(1000));
    assert_eq!(whole_number("1.000.000", MAX_SEATS), Ok(MAX_SEATS));
    assert_eq!(whole_number("0", MAX_SEATS), Ok(0));
    assert_eq!(whole_number("-0", MAX_SEATS), Ok(0));
    assert_eq!(whole_number("12,5", MAX_SEATS), Err(Problem::NotWhole));
    assert_eq!(whole_number("-3", MAX_SEATS), Err(Problem::Negative));
    assert_eq!(whole_number("1e3", MAX_SEATS), Err(Problem::NotANumber));
    assert_eq!(whole_number("+3", MAX_SEATS), Err(Problem::NotANumber));
    assert_eq!(whole_number("-", MAX_SEATS), Err(Problem::NotANumber));
    assert_eq!(whole_number("", MAX_SEATS), Err(Problem::Required));
    let too_large = Err(Problem::TooLarge {
        max: Decimal::from(MAX_SEATS),
    });
    for typed in [
        "1000001",
        "4294967295",
        "4 294 967 296",
        "99999999999999999999999",
    ] {
        assert_eq!(whole_number(typed, MAX_SEATS), too_large, "{typed:?}");
    }
}

#[test]
fn payment_terms_are_whole_days_up_to_120() {
    use crate::customer::payment_terms;
    assert_eq!(payment_terms("45"), Ok(45));
    assert_eq!(
        payment_terms("121"),
        Err(Problem::TooLarge { max: dec!(120) })
    );
    assert_eq!(payment_terms("+30"), Err(Problem::NotANumber));
    assert_eq!(payment_terms("30,5"), Err(Problem::NotWhole));
    assert_eq!(
        Problem::TooLarge { max: dec!(120) }.message(Lang::En),
        "At most 120: check the number of digits."
    );
}

#[test]
fn a_price_with_every_decimal_a_decimal_holds_still_multiplies() {
    // 28 decimals × the largest seat count × 36 months, prorated: rust_decimal rescales
    // instead of overflowing.
    let price = Decimal::from_str_exact("0.9999999999999999999999999999").unwrap();
    let mut l = line(MAX_QUANTITY, price * Decimal::from(36), dec!(20));
    l.proration = Some(crate::invoicing::Proration {
        days: 29,
        of_days: 31,
    });
    let net = l.try_net(Currency::EUR).expect("no overflow");
    assert!(net.amount > dec!(33_677_419) && net.amount < dec!(33_677_420));
    assert!(l.bounded_net(Currency::EUR).is_some());
}

#[test]
fn dates_outside_the_century_are_refused() {
    use crate::catalog::parse_date;
    assert_eq!(parse_date("2000-01-01"), Ok(FIRST_DATE));
    assert_eq!(parse_date("2099-12-31"), Ok(LAST_DATE));
    let range = Problem::DateRange {
        first: FIRST_DATE,
        last: LAST_DATE,
    };
    for typed in [
        "9999-12-31",
        "0001-01-01",
        "1999-12-31",
        "2100-01-01",
        "+12026-01-01",
    ] {
        assert_eq!(parse_date(typed), Err(range.clone()), "{typed:?}");
    }
    assert_eq!(parse_date("2026-02-30"), Err(Problem::NotADate));
    use crate::invoicing::Period;
    assert!(Period::parse_typed("2026-11").is_ok());
    assert_eq!(Period::parse_typed("9999-12"), Err(range.clone()));
    assert_eq!(Period::parse_typed("0001-01"), Err(range));
    assert_eq!(Period::parse_typed("2026-13"), Err(Problem::NotAMonth));
}

#[test]
fn each_bound_is_said_in_both_languages() {
    let cases = [
        (
            Problem::TooLarge { max: MAX_AMOUNT },
            "Au plus 999\u{202f}999\u{202f}999,99 : vérifiez le nombre de chiffres.",
            "At most 999,999,999.99: check the number of digits.",
        ),
        (
            Problem::TooLarge {
                max: Decimal::from(MAX_SEATS),
            },
            "Au plus 1\u{202f}000\u{202f}000 : vérifiez le nombre de chiffres.",
            "At most 1,000,000: check the number of digits.",
        ),
        (
            Problem::DateRange {
                first: FIRST_DATE,
                last: LAST_DATE,
            },
            "Date hors de la période acceptée (01/01/2000 – 31/12/2099) : vérifiez l'année.",
            "Date outside the range accepted (1 Jan 2000 – 31 Dec 2099): check the year.",
        ),
        (
            Problem::LineTooLarge { max: MAX_AMOUNT },
            "Quantité × prix unitaire dépasse 999\u{202f}999\u{202f}999,99 : vérifiez l'une et l'autre.",
            "Quantity × unit price comes to more than 999,999,999.99: check both.",
        ),
    ];
    for (p, fr, en) in cases {
        assert_eq!(p.message(Lang::Fr), fr);
        assert_eq!(p.message(Lang::En), en);
    }
}

/// The largest amount in `currency`: 999,999,999.99, or 999,999,999 yen.
fn max_in(currency: Currency) -> Decimal {
    MAX_AMOUNT.round_dp_with_strategy(
        currency.minor_units(),
        rust_decimal::RoundingStrategy::ToZero,
    )
}

/// 1,000 × 999,999.99999 = 999,999,999.99: a line at the amount bound, reached from the
/// quantity and unit price bounds' side.
fn maximal_line(vat_rate: Decimal, currency: Currency) -> InvoiceLine {
    line(dec!(1000), max_in(currency) / dec!(1000), vat_rate)
}

#[test]
fn an_invoice_of_a_thousand_maximal_lines_sums_in_every_currency() {
    for currency in [Currency::EUR, kwd(), "JPY".parse().unwrap()] {
        let mut lines: Vec<InvoiceLine> =
            (0..500).map(|_| maximal_line(dec!(20), currency)).collect();
        lines.extend((0..500).map(|_| maximal_line(dec!(5.5), currency)));
        for l in &lines {
            assert!(l.bounded_net(currency).is_some());
        }
        let t = totals(&lines, currency);
        let net = max_in(currency) * dec!(1000);
        assert_eq!(t.net.amount, net, "{currency}");
        assert_eq!(t.gross.amount, t.net.amount + t.vat.amount);
        assert!(t.gross.to_minor().is_ok());
        assert!(t.gross.amount < dec!(1_200_000_000_000));
    }
}

#[test]
fn a_maximal_subscription_line_stays_within_the_amount_bound_or_is_refused() {
    // The largest seat count at the largest price is refused (10¹² per month), not
    // overflowed; at the amount bound's edge it is accepted.
    assert!(line(MAX_QUANTITY, MAX_UNIT_PRICE, dec!(20))
        .bounded_net(Currency::EUR)
        .is_none());
    assert!(line(MAX_QUANTITY, dec!(999.99999999), dec!(20))
        .bounded_net(Currency::EUR)
        .is_some());
}

/// A ledger of `n` invoices of 100 maximal lines each (VAT at 20 %), each paid by
/// payments of the maximal amount, the last invoice left open; and `n` more maximal
/// payments left unallocated.
fn maximal_ledger(n: i64, currency: Currency) -> Vec<LedgerEntry> {
    let gross = totals(
        &(0..100)
            .map(|_| maximal_line(dec!(20), currency))
            .collect::<Vec<_>>(),
        currency,
    )
    .gross;
    let max = Money::new(max_in(currency), currency);
    let mut entries = Vec::new();
    let start = d("2000-01-01");
    for i in 0..n {
        let day = start + chrono::Days::new(u64::try_from(i).unwrap() % 36_000);
        entries.push(LedgerEntry::invoice(
            i,
            format!("F{i}"),
            day,
            day + chrono::Days::new(30),
            gross,
        ));
        entries.push(LedgerEntry::payment(
            i,
            format!("P{i}"),
            day,
            max,
            vec![Allocation {
                invoice_id: i,
                amount: max,
            }],
        ));
        entries.push(LedgerEntry::payment(
            n + i,
            format!("Q{i}"),
            day,
            max,
            vec![],
        ));
    }
    entries
}

#[test]
fn a_statement_of_ten_thousand_maximal_invoices_and_twenty_thousand_payments_sums() {
    for currency in [Currency::EUR, kwd()] {
        let entries = maximal_ledger(10_000, currency);
        let s = statement(&entries, currency, d("2000-01-01"), LAST_DATE, LAST_DATE).unwrap();
        let invoiced: Decimal = entries
            .iter()
            .filter(|e| e.kind == crate::statements::EntryKind::Invoice)
            .map(|e| e.amount.amount)
            .sum();
        let paid = max_in(currency) * dec!(20000);
        assert_eq!(s.closing_balance.amount, invoiced - paid);
        assert!(s.closing_balance.to_minor().is_ok());
        assert_eq!(s.open_items.len(), 10_000);
        let open: Decimal = s.open_items.iter().map(|o| o.open.amount).sum();
        assert_eq!(s.aging.total().amount, open);
        assert!(s.aging.total().to_minor().is_ok());
        assert_eq!(
            s.closing_balance.amount,
            open - s.unapplied_credit.amount,
            "closing = open items − unapplied credit"
        );
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    /// Every amount within the bound survives being printed the French or English way
    /// and typed back, and converts to minor units.
    #[test]
    fn printed_amounts_are_read_back(cents in -99_999_999_999i64..=99_999_999_999i64) {
        let v = Decimal::new(cents, 2);
        for lang in [Lang::Fr, Lang::En] {
            let printed = display::number(v, 2, lang);
            prop_assert_eq!(parse_amount(&printed), Ok(v), "{}", printed);
        }
        for c in [Currency::EUR, kwd()] {
            prop_assert!(Money::new(v, c).to_minor().is_ok());
        }
    }

    /// Lines anywhere within the quantity and price bounds either fit the amount bound
    /// or are refused; the accepted ones, up to a thousand, total without saturating.
    #[test]
    fn lines_within_bounds_total_exactly(
        lines in proptest::collection::vec(
            (1u32..=1_000_000, 0i64..=10_000_000_000, prop::sample::select(vec![dec!(0), dec!(5.5), dec!(20)])),
            1..1000,
        ),
    ) {
        let lines: Vec<InvoiceLine> = lines
            .into_iter()
            .map(|(q, p, rate)| line(Decimal::from(q), Decimal::new(p, 4), rate))
            .filter(|l| l.bounded_net(Currency::EUR).is_some())
            .collect();
        let t = totals(&lines, Currency::EUR);
        let mut cents = 0i64;
        for l in &lines {
            cents += l.net(Currency::EUR).to_minor().unwrap();
        }
        prop_assert_eq!(t.net.to_minor().unwrap(), cents);
        prop_assert_eq!(t.gross.amount, t.net.amount + t.vat.amount);
        prop_assert!(t.gross.to_minor().is_ok());
    }

    /// A statement of maximal invoices and payments over the whole century of dates
    /// sums, and its aging buckets merged over many customers still fit minor units.
    #[test]
    fn maximal_statements_and_their_aging_sum(n in 1i64..300, customers in 1usize..200) {
        let entries = maximal_ledger(n, Currency::EUR);
        let s = statement(&entries, Currency::EUR, FIRST_DATE, LAST_DATE, LAST_DATE).unwrap();
        prop_assert!(s.closing_balance.to_minor().is_ok());
        let a = aging(Currency::EUR, &s.open_items).unwrap();
        prop_assert_eq!(a, s.aging);
        let mut all = Aging::zero(Currency::EUR);
        for _ in 0..customers {
            all.merge(&a).unwrap();
        }
        prop_assert!(all.total().to_minor().is_ok());
    }
}
