use super::*;
use proptest::prelude::*;
use rust_decimal_macros::dec;

use crate::catalog::Price;
use crate::invoicing::billing_run::{subscription_lines, BillableSubscription};
use crate::invoicing::period::Period;
use crate::invoicing::rebill_prorated::{prorated_lines, without_changes_in, ProratedCharge};
use crate::subscription::{BillingFrequency, QuantityChange, SubscriptionStatus, Term};

fn d(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

fn usage(id: i64, meter: &str, day: &str, quantity: Decimal, cost: Decimal) -> UsageCharge {
    UsageCharge {
        pc_line_id: id,
        subscription: "sub-a".into(),
        subscription_id: Some(3),
        product_id: Some(9),
        product_name: "Azure plan".into(),
        meter: meter.into(),
        usage_date: d(day),
        quantity,
        cost,
    }
}

#[test]
fn markups_parse_within_bounds() {
    assert_eq!(parse_markup("12,5"), Ok(dec!(12.5)));
    assert_eq!(parse_markup("0"), Ok(dec!(0)));
    assert_eq!(parse_markup("1000"), Ok(dec!(1000)));
    assert_eq!(parse_markup("-1"), Err(Problem::Negative));
    assert!(matches!(
        parse_markup("1000.01"),
        Err(Problem::TooLarge { .. })
    ));
    assert_eq!(parse_markup("quinze"), Err(Problem::NotANumber));
}

#[test]
fn the_most_specific_markup_wins() {
    let m = Markups {
        default: dec!(10),
        per_product: [(9, dec!(15))].into(),
        per_customer: [((9, 1), dec!(20))].into(),
    };
    assert_eq!(m.rate(Some(9), 1), dec!(20));
    assert_eq!(m.rate(Some(9), 2), dec!(15));
    assert_eq!(m.rate(Some(8), 1), dec!(10));
    assert_eq!(m.rate(None, 1), dec!(10));
}

#[test]
fn one_line_per_meter_rounded_once_on_its_sum() {
    // 3 × 0.335 × 1.15 = 1.155750… → 1.16; rounding each day first gives 3 × 0.39 = 1.17.
    let charges = vec![
        usage(1, "D2s v3", "2026-11-01", dec!(24), dec!(0.335)),
        usage(2, "D2s v3", "2026-11-02", dec!(24), dec!(0.335)),
        usage(3, "D2s v3", "2026-11-30", dec!(24), dec!(0.335)),
        usage(4, "Stockage", "2026-11-05", dec!(1.5), dec!(2)),
    ];
    let m = Markups {
        default: dec!(15),
        ..Markups::default()
    };
    let lines = usage_lines(&charges, &m, 1, Currency::EUR, dec!(20), Lang::Fr);
    assert_eq!(lines.len(), 2);
    let vm = &lines[0];
    assert_eq!(vm.pc_lines, vec![1, 2, 3]);
    assert_eq!(vm.line.kind, LineKind::Usage);
    assert_eq!(vm.line.quantity, dec!(72));
    // The price an invoice prints (four decimals), and 72 × 0.0161 = 1.1592 → 1.16.
    assert_eq!(vm.line.unit_price, dec!(0.0161));
    assert_eq!(vm.line.net(Currency::EUR).amount, dec!(1.16));
    assert_eq!(
        vm.line.description,
        "Azure plan — D2s v3, du 01/11/2026 au 30/11/2026, majoration 15\u{202f}%"
    );
    assert_eq!(lines[1].line.net(Currency::EUR).amount, dec!(2.30));
    assert_eq!(lines[1].line.quantity, dec!(1.5));
}

#[test]
fn a_quantity_of_zero_bills_one_unit_at_the_amount() {
    let charges = vec![usage(1, "Support", "2026-11-01", dec!(0), dec!(29))];
    let lines = usage_lines(
        &charges,
        &Markups::default(),
        1,
        Currency::EUR,
        dec!(20),
        Lang::En,
    );
    assert_eq!(lines[0].line.quantity, dec!(1));
    assert_eq!(lines[0].line.unit_price, dec!(29));
}

proptest! {
    /// The drafted usage lines sum to Σ over (subscription, meter) groups of
    /// round_half_away(Σ cost × (1 + markup / 100), 2): rounded once per line, never per day.
    #[test]
    fn usage_lines_sum_to_the_rule(
        rows in prop::collection::vec((0usize..3, 0u32..30, 0i64..10_000_000, 1i64..100_000), 1..40),
        markup in 0i64..100_000,
    ) {
        let markup = Decimal::new(markup, 2);
        let meters = ["A", "B", "C"];
        let charges: Vec<UsageCharge> = rows.iter().enumerate().map(|(i, (m, day, cost, q))| {
            usage(i as i64, meters[*m], &format!("2026-11-{:02}", day + 1),
                  Decimal::new(*q, 3), Decimal::new(*cost, 6))
        }).collect();
        let m = Markups { default: markup, ..Markups::default() };
        let lines = usage_lines(&charges, &m, 1, Currency::EUR, dec!(20), Lang::En);
        let drafted: Decimal = lines.iter().map(|l| l.line.net(Currency::EUR).amount).sum();
        let factor = Decimal::ONE + markup / dec!(100);
        let expected: Decimal = meters.iter().map(|meter| {
            let exact: Decimal = charges.iter().filter(|c| c.meter == *meter)
                .map(|c| c.cost * factor).sum();
            exact.round_dp_with_strategy(2, rust_decimal::RoundingStrategy::MidpointAwayFromZero)
        }).sum();
        prop_assert_eq!(drafted, expected);
        for l in &lines {
            prop_assert!(l.line.unit_price.scale() <= 4, "{:?}", l.line);
            prop_assert!(l.line.quantity.scale() <= 4, "{:?}", l.line);
        }
        let linked: usize = lines.iter().map(|l| l.pc_lines.len()).sum();
        let billed: usize = charges.iter().filter(|c| lines.iter().any(|l| l.line.description.contains(&format!("— {},", c.meter)))).count();
        prop_assert_eq!(linked, billed);
    }
}

fn annual(history: &[(&str, u32)]) -> BillableSubscription {
    BillableSubscription {
        id: 5,
        product_name: "Microsoft 365 E3".into(),
        term: Term::Annual,
        billing_frequency: BillingFrequency::Annual,
        start_date: d("2026-03-01"),
        renewal_date: d("2027-03-01"),
        status: SubscriptionStatus::Active,
        cancelled_on: None,
        history: history
            .iter()
            .map(|(day, q)| QuantityChange {
                effective_date: d(day),
                quantity: *q,
            })
            .collect(),
        prices: vec![Price {
            currency: Currency::EUR,
            effective_from: d("2020-01-01"),
            partner_cost: dec!(30),
            resale_price: dec!(36),
        }],
    }
}

fn pair(from: &str, before: u32, after: u32, share: Decimal) -> Vec<ProratedCharge> {
    let price = dec!(360);
    [(1, before, -share), (2, after, share)]
        .into_iter()
        .map(|(id, q, s)| ProratedCharge {
            pc_line_id: id,
            subscription_id: 5,
            reference: "ref".into(),
            quantity: Decimal::from(q),
            unit_price: price,
            effective_unit_price: price * s,
            from: d(from),
            to: d("2027-02-28"),
        })
        .collect()
}

#[test]
fn seats_added_mid_term_are_billed_once_in_each_mode() {
    let november = Period::month(2026, 11).unwrap();
    let sub = annual(&[("2026-03-01", 10), ("2026-11-12", 15)]);
    // Ardoise's proration: one line of 5 seats added, prorated by its own days.
    let own = subscription_lines(&sub, november, Currency::EUR, dec!(20), Lang::Fr).unwrap();
    assert_eq!(own.len(), 1);
    assert_eq!(own[0].quantity, dec!(5));
    assert!(own[0].proration.is_some());
    // Microsoft's: the same 5 seats at Microsoft's share, and no line of Ardoise's own.
    let share = dec!(0.30958904109589041095);
    let stripped = without_changes_in(&sub, november);
    let own = subscription_lines(&stripped, november, Currency::EUR, dec!(20), Lang::Fr).unwrap();
    assert!(own.is_empty(), "{own:?}");
    let (lines, missing) = prorated_lines(
        &pair("2026-11-12", 10, 15, share),
        std::slice::from_ref(&sub),
        Currency::EUR,
        dec!(20),
        Lang::Fr,
    );
    assert!(missing.is_empty());
    assert_eq!(lines.len(), 1);
    let line = &lines[0].line;
    assert_eq!(lines[0].pc_lines, vec![1, 2]);
    assert_eq!(line.quantity, dec!(5));
    // 5 × 36 × 12 × share = 668.71…
    assert_eq!(line.net(Currency::EUR).amount, dec!(668.71));
    assert_eq!(
        line.description,
        "Microsoft 365 E3 — licences ajoutées, au prorata de Microsoft, du 12/11/2026 au 28/02/2027"
    );
}

#[test]
fn a_monthly_subscription_keeps_its_month_whole_under_microsofts_proration() {
    let november = Period::month(2026, 11).unwrap();
    let mut sub = annual(&[("2026-03-01", 10), ("2026-11-12", 12)]);
    sub.billing_frequency = BillingFrequency::Monthly;
    let stripped = without_changes_in(&sub, november);
    let own = subscription_lines(&stripped, november, Currency::EUR, dec!(20), Lang::Fr).unwrap();
    assert_eq!(own.len(), 1);
    assert_eq!(own[0].quantity, dec!(10));
    assert_eq!(own[0].proration, None);
    // Only November's run leaves the change out: December bills the 12 seats.
    let december = Period::month(2026, 12).unwrap();
    let own = subscription_lines(
        &without_changes_in(&sub, december),
        december,
        Currency::EUR,
        dec!(20),
        Lang::Fr,
    )
    .unwrap();
    assert_eq!(own[0].quantity, dec!(12));
}
