use super::*;
use proptest::prelude::*;
use rust_decimal_macros::dec;

use crate::money::Money;

const PRODUCT: &str = "Microsoft 365 Business Standard";

fn d(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

fn price(from: &str, resale: Decimal) -> Price {
    Price {
        currency: Currency::EUR,
        effective_from: d(from),
        partner_cost: dec!(10),
        resale_price: resale,
    }
}

fn sub(
    frequency: BillingFrequency,
    term: Term,
    start: &str,
    history: &[(&str, u32)],
) -> BillableSubscription {
    BillableSubscription {
        id: 7,
        product_name: PRODUCT.into(),
        term,
        billing_frequency: frequency,
        start_date: d(start),
        renewal_date: term.renewal_after(d(start)).unwrap(),
        status: SubscriptionStatus::Active,
        cancelled_on: None,
        history: history
            .iter()
            .map(|(day, quantity)| QuantityChange {
                effective_date: d(day),
                quantity: *quantity,
            })
            .collect(),
        prices: vec![
            price("2020-01-01", dec!(12.5)),
            price("2026-11-20", dec!(13)),
        ],
    }
}

fn monthly(start: &str, history: &[(&str, u32)]) -> BillableSubscription {
    sub(BillingFrequency::Monthly, Term::Monthly, start, history)
}

fn month(y: i32, m: u32) -> Period {
    Period::month(y, m).unwrap()
}

/// (first day, last day, quantity, unit price, proration) of each line.
type Shape = (&'static str, &'static str, u32, Decimal, Option<(u32, u32)>);

type Got = (NaiveDate, NaiveDate, Decimal, Decimal, Option<(u32, u32)>);

fn shapes(lines: &[InvoiceLine]) -> Vec<Got> {
    lines
        .iter()
        .map(|l| {
            (
                l.service_start.unwrap(),
                l.service_end.unwrap(),
                l.quantity,
                l.unit_price,
                l.proration.map(|p| (p.days, p.of_days)),
            )
        })
        .collect()
}

fn expect(sub: &BillableSubscription, period: Period, expected: &[Shape]) {
    let lines = subscription_lines(sub, period, Currency::EUR, dec!(20), Lang::Fr).unwrap();
    let expected: Vec<_> = expected
        .iter()
        .map(|(from, to, q, p, pr)| (d(from), d(to), Decimal::from(*q), *p, *pr))
        .collect();
    assert_eq!(shapes(&lines), expected, "{sub:?} in {period}");
    for l in &lines {
        assert_eq!(
            (l.kind, l.subscription_id, l.vat_rate),
            (LineKind::Subscription, Some(7), dec!(20))
        );
    }
}

#[test]
fn monthly_billing_follows_starts_changes_and_cancellations() {
    let nov = month(2026, 11);
    let p = dec!(12.5);
    let cases: Vec<(BillableSubscription, Vec<Shape>)> = vec![
        // A whole month: one line, not prorated.
        (
            monthly("2026-01-10", &[("2026-01-10", 10)]),
            vec![("2026-11-01", "2026-11-30", 10, p, None)],
        ),
        // Started in the month: from its first day.
        (
            monthly("2026-11-15", &[("2026-11-15", 10)]),
            vec![("2026-11-15", "2026-11-30", 10, p, Some((16, 30)))],
        ),
        // A change of quantity splits the month.
        (
            monthly("2026-01-10", &[("2026-01-10", 10), ("2026-11-10", 14)]),
            vec![
                ("2026-11-01", "2026-11-09", 10, p, Some((9, 30))),
                ("2026-11-10", "2026-11-30", 14, p, Some((21, 30))),
            ],
        ),
        // A change that keeps the quantity does not.
        (
            monthly("2026-01-10", &[("2026-01-10", 10), ("2026-11-10", 10)]),
            vec![("2026-11-01", "2026-11-30", 10, p, None)],
        ),
        // A run after the price change uses the new price; the month's first run the old.
        (
            monthly("2026-01-10", &[("2026-01-10", 10), ("2026-11-25", 4)]),
            vec![
                ("2026-11-01", "2026-11-24", 10, p, Some((24, 30))),
                ("2026-11-25", "2026-11-30", 4, dec!(13), Some((6, 30))),
            ],
        ),
        // Down to zero seats bills nothing for those days.
        (
            monthly("2026-01-10", &[("2026-01-10", 10), ("2026-11-21", 0)]),
            vec![("2026-11-01", "2026-11-20", 10, p, Some((20, 30)))],
        ),
        // Starting after the month, or before the first seat, bills nothing.
        (monthly("2026-12-01", &[("2026-12-01", 10)]), vec![]),
        (monthly("2026-01-01", &[]), vec![]),
    ];
    for (s, expected) in cases {
        expect(&s, nov, &expected);
    }
}

#[test]
fn cancelled_and_expired_subscriptions_stop_billing() {
    let nov = month(2026, 11);
    let p = dec!(12.5);
    let base = monthly("2026-01-10", &[("2026-01-10", 10)]);
    let with = |status, cancelled_on: Option<&str>, renewal: &str| BillableSubscription {
        status,
        cancelled_on: cancelled_on.map(d),
        renewal_date: d(renewal),
        ..base.clone()
    };
    use SubscriptionStatus::*;
    let cases: Vec<(BillableSubscription, Vec<Shape>)> = vec![
        (
            with(Cancelled, Some("2026-11-16"), "2027-01-10"),
            vec![("2026-11-01", "2026-11-15", 10, p, Some((15, 30)))],
        ),
        (with(Cancelled, Some("2026-11-01"), "2027-01-10"), vec![]),
        (with(Cancelled, Some("2026-10-05"), "2027-01-10"), vec![]),
        (
            with(Cancelled, Some("2026-12-01"), "2027-01-10"),
            vec![("2026-11-01", "2026-11-30", 10, p, None)],
        ),
        // Without a date, billing stops at the renewal date.
        (
            with(Expired, None, "2026-11-10"),
            vec![("2026-11-01", "2026-11-09", 10, p, Some((9, 30)))],
        ),
        // A cancellation planned for a later day bills up to it.
        (
            with(Active, Some("2026-11-21"), "2027-01-10"),
            vec![("2026-11-01", "2026-11-20", 10, p, Some((20, 30)))],
        ),
        // Microsoft keeps billing a suspended subscription, so the partner does too.
        (
            with(Suspended, None, "2027-01-10"),
            vec![("2026-11-01", "2026-11-30", 10, p, None)],
        ),
    ];
    for (s, expected) in cases {
        expect(&s, nov, &expected);
    }
}

#[test]
fn descriptions_name_the_product_and_the_days() {
    let s = monthly("2026-11-15", &[("2026-11-15", 10)]);
    let nov = month(2026, 11);
    let fr = subscription_lines(&s, nov, Currency::EUR, dec!(20), Lang::Fr).unwrap();
    assert_eq!(
        fr[0].description,
        "Microsoft 365 Business Standard — du 15/11/2026 au 30/11/2026 (16 j / 30)"
    );
    let en = subscription_lines(&s, nov, Currency::EUR, dec!(20), Lang::En).unwrap();
    assert_eq!(
        en[0].description,
        "Microsoft 365 Business Standard — 15 Nov 2026 to 30 Nov 2026 (16 of 30 days)"
    );
    // 10 × 12.5 × 16 / 30 = 66.666… → 66.67, rounded once.
    assert_eq!(
        en[0].net(Currency::EUR),
        Money::new(dec!(66.67), Currency::EUR)
    );
    let whole = monthly("2026-01-01", &[("2026-01-01", 1)]);
    let en = subscription_lines(&whole, nov, Currency::EUR, dec!(20), Lang::En).unwrap();
    assert_eq!(
        en[0].description,
        "Microsoft 365 Business Standard — 1 Nov 2026 to 30 Nov 2026"
    );
}

#[test]
fn upfront_billing_on_anniversaries() {
    let annual = |start: &str| {
        sub(
            BillingFrequency::Annual,
            Term::Annual,
            start,
            &[(start, 10)],
        )
    };
    // 12 or 36 months at the price in force on the anniversary (13 from 20 Nov 2026).
    let year = dec!(150);
    let later_year = dec!(156);
    let cases: Vec<(BillableSubscription, Period, Vec<Shape>)> = vec![
        (
            annual("2025-11-15"),
            month(2026, 11),
            vec![("2026-11-15", "2027-11-14", 10, year, None)],
        ),
        (
            annual("2025-11-15"),
            month(2025, 11),
            vec![("2025-11-15", "2026-11-14", 10, year, None)],
        ),
        (annual("2025-11-15"), month(2026, 10), vec![]),
        (annual("2025-11-15"), month(2026, 12), vec![]),
        (annual("2025-11-15"), month(2025, 10), vec![]),
        // The 29th of February comes back on the 28th, then on the 29th again.
        (
            annual("2028-02-29"),
            month(2029, 2),
            vec![("2029-02-28", "2030-02-27", 10, later_year, None)],
        ),
        (
            annual("2028-02-29"),
            month(2032, 2),
            vec![("2032-02-29", "2033-02-27", 10, later_year, None)],
        ),
        // Annual billing of a triennial term: every year.
        (
            sub(
                BillingFrequency::Annual,
                Term::Triennial,
                "2024-11-05",
                &[("2024-11-05", 2)],
            ),
            month(2026, 11),
            vec![("2026-11-05", "2027-11-04", 2, year, None)],
        ),
        // Triennial billing: every three years, 36 months at once.
        (
            sub(
                BillingFrequency::Triennial,
                Term::Triennial,
                "2024-11-05",
                &[("2024-11-05", 2)],
            ),
            month(2027, 11),
            vec![("2027-11-05", "2030-11-04", 2, dec!(468), None)],
        ),
        (
            sub(
                BillingFrequency::Triennial,
                Term::Triennial,
                "2024-11-05",
                &[("2024-11-05", 2)],
            ),
            month(2026, 11),
            vec![],
        ),
        // One-time: the whole term once, in the month it starts.
        (
            sub(
                BillingFrequency::OneTime,
                Term::Annual,
                "2026-11-05",
                &[("2026-11-05", 3)],
            ),
            month(2026, 11),
            vec![("2026-11-05", "2027-11-04", 3, year, None)],
        ),
        (
            sub(
                BillingFrequency::OneTime,
                Term::Annual,
                "2026-11-05",
                &[("2026-11-05", 3)],
            ),
            month(2027, 11),
            vec![],
        ),
    ];
    for (s, period, expected) in cases {
        expect(&s, period, &expected);
    }
    let lines = subscription_lines(
        &annual("2025-11-15"),
        month(2026, 11),
        Currency::EUR,
        dec!(20),
        Lang::En,
    )
    .unwrap();
    assert_eq!(
        lines[0].description,
        "Microsoft 365 Business Standard — 15 Nov 2026 to 14 Nov 2027 (12 months)"
    );
    assert_eq!(lines[0].net(Currency::EUR).amount, dec!(1500));
}

#[test]
fn cancelled_upfront_subscriptions_bill_no_new_term() {
    let mut s = sub(
        BillingFrequency::Annual,
        Term::Annual,
        "2025-11-15",
        &[("2025-11-15", 10)],
    );
    s.status = SubscriptionStatus::Cancelled;
    s.cancelled_on = Some(d("2026-11-15"));
    expect(&s, month(2026, 11), &[]);
    s.cancelled_on = Some(d("2026-11-16"));
    expect(
        &s,
        month(2026, 11),
        &[("2026-11-15", "2027-11-14", 10, dec!(150), None)],
    );
}

#[test]
fn seats_added_during_an_annual_term_are_prorated_to_its_end() {
    let history = [("2026-03-01", 10), ("2026-11-10", 13), ("2026-11-20", 11)];
    let s = sub(
        BillingFrequency::Annual,
        Term::Annual,
        "2026-03-01",
        &history,
    );
    // 10 Nov 2026 to 28 Feb 2027 is 111 days of the 365 of the term; the decrease on the
    // 20th is not refunded (Microsoft does not refund it either).
    expect(
        &s,
        month(2026, 11),
        &[("2026-11-10", "2027-02-28", 3, dec!(150), Some((111, 365)))],
    );
    let lines = subscription_lines(&s, month(2026, 11), Currency::EUR, dec!(20), Lang::Fr).unwrap();
    // 3 × 150 × 111 / 365 = 136.849… → 136.85.
    assert_eq!(lines[0].net(Currency::EUR).amount, dec!(136.85));
    assert_eq!(
        lines[0].description,
        "Microsoft 365 Business Standard — licences ajoutées, du 10/11/2026 au 28/02/2027 (111 j / 365)"
    );
    // Seats added on the anniversary are in the anniversary's line, not billed twice.
    let on_anniversary = sub(
        BillingFrequency::Annual,
        Term::Annual,
        "2025-11-15",
        &[("2025-11-15", 10), ("2026-11-15", 12)],
    );
    expect(
        &on_anniversary,
        month(2026, 11),
        &[("2026-11-15", "2027-11-14", 12, dec!(150), None)],
    );
    // Two entries on one day count once, for the day's final quantity.
    let twice = sub(
        BillingFrequency::Annual,
        Term::Annual,
        "2026-03-01",
        &[("2026-03-01", 10), ("2026-11-10", 12), ("2026-11-10", 13)],
    );
    expect(
        &twice,
        month(2026, 11),
        &[("2026-11-10", "2027-02-28", 3, dec!(150), Some((111, 365)))],
    );
}

#[test]
fn a_missing_price_names_the_subscription_and_the_day() {
    let mut s = monthly("2026-11-15", &[("2026-11-15", 10)]);
    s.prices = vec![Price {
        currency: Currency::GBP,
        ..price("2020-01-01", dec!(10))
    }];
    let err =
        subscription_lines(&s, month(2026, 11), Currency::EUR, dec!(20), Lang::Fr).unwrap_err();
    assert_eq!(
        err,
        BillingError::NoPrice {
            subscription_id: 7,
            product: PRODUCT.into(),
            currency: Currency::EUR,
            on: d("2026-11-15"),
        }
    );
    assert_eq!(err.subscription_id(), 7);
    assert_eq!(
        err.message(Lang::Fr),
        "Aucun prix de vente en EUR n'est en vigueur le 15/11/2026 pour « Microsoft 365 Business Standard » : ajoutez-en un au catalogue, puis relancez la facturation."
    );
    assert!(err
        .message(Lang::En)
        .starts_with("No EUR resale price is in force on 15 Nov 2026"));
}

#[test]
fn absurd_prices_are_refused_not_panicked_on() {
    let mut s = sub(
        BillingFrequency::Triennial,
        Term::Triennial,
        "2026-11-01",
        &[("2026-11-01", u32::MAX)],
    );
    s.prices = vec![price("2020-01-01", Decimal::MAX / dec!(2))];
    let err =
        subscription_lines(&s, month(2026, 11), Currency::EUR, dec!(20), Lang::En).unwrap_err();
    assert!(matches!(
        err,
        BillingError::TooLarge {
            subscription_id: 7,
            ..
        }
    ));
    assert!(err
        .message(Lang::En)
        .contains("more than 999,999,999.99 on one line"));
}

#[test]
fn a_line_beyond_the_amount_bound_is_refused_even_without_overflow() {
    // 1,000,000 seats at 1,000 € a month: 10⁹ €, a cent over the bound.
    let mut s = monthly("2026-11-01", &[("2026-11-01", 1_000_000)]);
    s.prices = vec![price("2020-01-01", dec!(1000))];
    let err =
        subscription_lines(&s, month(2026, 11), Currency::EUR, dec!(20), Lang::Fr).unwrap_err();
    assert!(matches!(err, BillingError::TooLarge { .. }));
    s.prices = vec![price("2020-01-01", dec!(999.99))];
    assert!(subscription_lines(&s, month(2026, 11), Currency::EUR, dec!(20), Lang::Fr).is_ok());
}

#[test]
fn a_customer_draft_keeps_good_lines_and_reports_the_rest() {
    let good = monthly("2026-01-01", &[("2026-01-01", 2)]);
    // Its first run bills, its second is too large: the whole subscription is left out,
    // not half of it.
    let mut bad = monthly("2026-01-01", &[("2026-01-01", 1), ("2026-11-25", u32::MAX)]);
    bad.prices = vec![price("2020-01-01", Decimal::MAX / dec!(2))];
    bad.id = 8;
    let (lines, errors) = draft_customer_lines(
        &[good.clone(), bad, good],
        month(2026, 11),
        Currency::EUR,
        dec!(20),
        Lang::Fr,
    );
    assert_eq!(lines.len(), 2);
    assert_eq!(errors.len(), 1);
    assert_eq!(errors[0].subscription_id(), 8);
}

fn arb_monthly() -> impl Strategy<Value = BillableSubscription> {
    (
        0u64..500,
        proptest::collection::vec((0u64..500, 0u32..50), 0..6),
        proptest::option::of(0u64..600),
    )
        .prop_map(|(start, changes, cancel)| {
            let base = d("2026-01-01");
            let day = |n: u64| base + chrono::Days::new(n);
            let mut s = monthly("2026-01-01", &[]);
            s.start_date = day(start);
            s.history = std::iter::once((start, 5))
                .chain(changes)
                .map(|(n, quantity)| QuantityChange {
                    effective_date: day(n),
                    quantity,
                })
                .collect();
            if let Some(c) = cancel {
                s.status = SubscriptionStatus::Cancelled;
                s.cancelled_on = Some(day(c));
            }
            s
        })
}

proptest! {
    /// Over any month, monthly lines bill each day once, for the seats held that day.
    #[test]
    fn monthly_lines_bill_every_seat_day_once(s in arb_monthly(), m in 1u32..=12, y in 2026i32..2028) {
        let period = month(y, m);
        let lines = subscription_lines(&s, period, Currency::EUR, dec!(20), Lang::En).unwrap();
        let billed: u64 = lines
            .iter()
            .map(|l| {
                let days = l.proration.map_or(period.days(), |p| p.days);
                prop_assert_eq!(l.proration.map_or(period.days(), |p| p.of_days), period.days());
                prop_assert!(period.contains(l.service_start.unwrap()));
                prop_assert!(period.contains(l.service_end.unwrap()));
                let q = u64::try_from(l.quantity.mantissa()).unwrap();
                Ok(q * u64::from(days))
            })
            .sum::<Result<u64, TestCaseError>>()?;
        let expected: u64 = period
            .start()
            .iter_days()
            .take(period.days() as usize)
            .filter(|day| *day >= s.start_date && s.cancelled_on.is_none_or(|c| *day < c))
            .map(|day| u64::from(quantity_on(&s.history, day)))
            .sum();
        prop_assert_eq!(billed, expected);
        for pair in lines.windows(2) {
            prop_assert!(pair[0].service_end < pair[1].service_start);
        }
    }
}
