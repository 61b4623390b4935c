//! Aging: what is open, by how late it is, per customer and in total.
//!
//! Buckets count days past the due date: due on the due date means late from the day
//! after, so an item due today is "not yet due". Amounts are summed exactly, per
//! currency: amounts in different currencies are never added together.

use crate::words::{self, keys};
use std::collections::BTreeMap;

use chrono::NaiveDate;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use super::error::StatementError;
use crate::money::{Currency, Money};
use crate::Lang;

/// An invoice with something still to pay as of a date (a statement's, an aging report's).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct OpenLine {
    pub invoice_id: i64,
    pub number: String,
    pub date: NaiveDate,
    pub due_date: NaiveDate,
    pub original: Money,
    /// The amount less its credit notes and the payments allocated to it, as of the date.
    pub open: Money,
    /// Days past the due date as of the date; zero while not yet due.
    pub days_overdue: i64,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Bucket {
    NotDue,
    D1To30,
    D31To60,
    D61To90,
    Over90,
}

impl Bucket {
    pub const ALL: &'static [Bucket] = &[
        Bucket::NotDue,
        Bucket::D1To30,
        Bucket::D31To60,
        Bucket::D61To90,
        Bucket::Over90,
    ];

    pub fn code(self) -> &'static str {
        match self {
            Bucket::NotDue => "not_due",
            Bucket::D1To30 => "1_30",
            Bucket::D31To60 => "31_60",
            Bucket::D61To90 => "61_90",
            Bucket::Over90 => "over_90",
        }
    }

    pub fn label(self, lang: Lang) -> &'static str {
        let key = match self {
            Bucket::NotDue => keys::BUCKET_NOT_DUE,
            Bucket::D1To30 => keys::BUCKET_1_30,
            Bucket::D31To60 => keys::BUCKET_31_60,
            Bucket::D61To90 => keys::BUCKET_61_90,
            Bucket::Over90 => keys::BUCKET_OVER_90,
        };
        words::word(lang, key)
    }
}

/// The bucket of an item `days_overdue` days past its due date (zero or less: not due).
pub fn bucket(days_overdue: i64) -> Bucket {
    match days_overdue {
        i64::MIN..=0 => Bucket::NotDue,
        1..=30 => Bucket::D1To30,
        31..=60 => Bucket::D31To60,
        61..=90 => Bucket::D61To90,
        _ => Bucket::Over90,
    }
}

/// Open amounts by bucket, in one currency.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Aging {
    pub not_due: Money,
    pub d1_30: Money,
    pub d31_60: Money,
    pub d61_90: Money,
    pub over_90: Money,
}

impl Aging {
    pub fn zero(currency: Currency) -> Self {
        let z = Money::zero(currency);
        Aging {
            not_due: z,
            d1_30: z,
            d31_60: z,
            d61_90: z,
            over_90: z,
        }
    }

    pub fn currency(&self) -> Currency {
        self.not_due.currency
    }

    pub fn get(&self, b: Bucket) -> Money {
        match b {
            Bucket::NotDue => self.not_due,
            Bucket::D1To30 => self.d1_30,
            Bucket::D31To60 => self.d31_60,
            Bucket::D61To90 => self.d61_90,
            Bucket::Over90 => self.over_90,
        }
    }

    fn slot(&mut self, b: Bucket) -> &mut Decimal {
        match b {
            Bucket::NotDue => &mut self.not_due.amount,
            Bucket::D1To30 => &mut self.d1_30.amount,
            Bucket::D31To60 => &mut self.d31_60.amount,
            Bucket::D61To90 => &mut self.d61_90.amount,
            Bucket::Over90 => &mut self.over_90.amount,
        }
    }

    /// The sum of the buckets.
    pub fn total(&self) -> Money {
        let amount = Bucket::ALL.iter().map(|b| self.get(*b).amount).sum();
        Money::new(amount, self.currency())
    }

    /// Adds an open amount `days_overdue` days late to its bucket. Allocation-free, for
    /// folding hundreds of thousands of open items by customer.
    pub fn add(&mut self, open: &Money, days_overdue: i64) -> Result<(), StatementError> {
        if open.currency != self.currency() {
            return Err(StatementError::CurrencyMismatch {
                expected: self.currency(),
                found: open.currency,
                document: None,
            });
        }
        *self.slot(bucket(days_overdue)) += open.amount;
        Ok(())
    }

    /// Adds another aging of the same currency, bucket by bucket.
    pub fn merge(&mut self, other: &Aging) -> Result<(), StatementError> {
        if other.currency() != self.currency() {
            return Err(StatementError::CurrencyMismatch {
                expected: self.currency(),
                found: other.currency(),
                document: None,
            });
        }
        for b in Bucket::ALL {
            *self.slot(*b) += other.get(*b).amount;
        }
        Ok(())
    }
}

/// The aging of a statement's open items, all in `currency`.
pub fn aging(currency: Currency, open_items: &[OpenLine]) -> Result<Aging, StatementError> {
    let mut a = Aging::zero(currency);
    for item in open_items {
        a.add(&item.open, item.days_overdue).map_err(|e| match e {
            StatementError::CurrencyMismatch {
                expected, found, ..
            } => StatementError::CurrencyMismatch {
                expected,
                found,
                document: Some(item.number.clone()),
            },
            other => other,
        })?;
    }
    Ok(a)
}

/// One line of the aging report: a customer's open amounts in one currency.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AgingRow {
    pub customer_id: i64,
    pub customer_name: String,
    pub currency: Currency,
    pub aging: Aging,
}

/// The report's totals, one per currency, in currency-code order.
pub fn totals(rows: &[AgingRow]) -> Vec<(Currency, Aging)> {
    let mut by: BTreeMap<Currency, Aging> = BTreeMap::new();
    for row in rows {
        let t = by
            .entry(row.aging.currency())
            .or_insert_with(|| Aging::zero(row.aging.currency()));
        // Same currency by construction of the key: cannot fail.
        let _ = t.merge(&row.aging);
    }
    by.into_iter().collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDate;
    use proptest::prelude::*;
    use rust_decimal_macros::dec;

    fn eur(a: Decimal) -> Money {
        Money::new(a, Currency::EUR)
    }

    #[test]
    fn buckets_by_days_overdue() {
        use Bucket::*;
        let cases = [
            (i64::MIN, NotDue),
            (-5, NotDue),
            (0, NotDue),
            (1, D1To30),
            (30, D1To30),
            (31, D31To60),
            (60, D31To60),
            (61, D61To90),
            (90, D61To90),
            (91, Over90),
            (i64::MAX, Over90),
        ];
        for (days, expected) in cases {
            assert_eq!(bucket(days), expected, "{days} days");
        }
    }

    #[test]
    fn labels_in_both_languages() {
        let fr: Vec<_> = Bucket::ALL.iter().map(|b| b.label(Lang::Fr)).collect();
        let en: Vec<_> = Bucket::ALL.iter().map(|b| b.label(Lang::En)).collect();
        assert_eq!(
            fr,
            [
                "Non échu",
                "1–30 jours",
                "31–60 jours",
                "61–90 jours",
                "Plus de 90 jours"
            ]
        );
        assert_eq!(
            en,
            [
                "Not yet due",
                "1–30 days",
                "31–60 days",
                "61–90 days",
                "Over 90 days"
            ]
        );
    }

    #[test]
    fn add_refuses_another_currency() {
        let mut a = Aging::zero(Currency::EUR);
        let err = a
            .add(&Money::new(dec!(1), Currency::GBP), 3)
            .expect_err("GBP into EUR");
        assert!(matches!(err, StatementError::CurrencyMismatch { .. }));
        assert_eq!(a, Aging::zero(Currency::EUR));
    }

    #[test]
    fn aging_names_the_document_in_another_currency() {
        let d = NaiveDate::from_ymd_opt(2026, 1, 1).unwrap();
        let item = OpenLine {
            invoice_id: 1,
            number: "F1".into(),
            date: d,
            due_date: d,
            original: Money::new(dec!(5), Currency::GBP),
            open: Money::new(dec!(5), Currency::GBP),
            days_overdue: 0,
        };
        let err = aging(Currency::EUR, &[item]).unwrap_err();
        assert_eq!(
            err,
            StatementError::CurrencyMismatch {
                expected: Currency::EUR,
                found: Currency::GBP,
                document: Some("F1".into())
            }
        );
    }

    #[test]
    fn totals_per_currency() {
        let row = |id: i64, cur: Currency, days: i64, amount: Decimal| {
            let mut aging = Aging::zero(cur);
            aging.add(&Money::new(amount, cur), days).unwrap();
            AgingRow {
                customer_id: id,
                customer_name: format!("C{id}"),
                currency: cur,
                aging,
            }
        };
        let rows = [
            row(1, Currency::EUR, 0, dec!(10.50)),
            row(2, Currency::GBP, 45, dec!(7)),
            row(3, Currency::EUR, 100, dec!(2.25)),
            row(4, Currency::EUR, 0, dec!(1)),
        ];
        let t = totals(&rows);
        assert_eq!(t.len(), 2);
        let (c, e) = &t[0];
        assert_eq!(*c, Currency::EUR);
        assert_eq!(e.not_due, eur(dec!(11.50)));
        assert_eq!(e.over_90, eur(dec!(2.25)));
        assert_eq!(e.total(), eur(dec!(13.75)));
        assert_eq!(t[1].0, Currency::GBP);
        assert_eq!(t[1].1.d31_60, Money::new(dec!(7), Currency::GBP));
        assert!(totals(&[]).is_empty());
    }

    /// The report's scale: 10,000 customers, 600,000 open invoices, folded without a
    /// clone per item. Timed by the benchmark in release; here it checks the sums.
    #[test]
    fn folds_six_hundred_thousand_items_by_customer() {
        let customers = 10_000usize;
        let mut rows: Vec<Aging> = vec![Aging::zero(Currency::EUR); customers];
        let mut expected = Decimal::ZERO;
        for i in 0..600_000i64 {
            let open = Money::from_minor(1 + i % 100_000, Currency::EUR);
            expected += open.amount;
            rows[(i as usize) % customers]
                .add(&open, i % 200 - 20)
                .unwrap();
        }
        let mut all = Aging::zero(Currency::EUR);
        for r in &rows {
            all.merge(r).unwrap();
        }
        assert_eq!(all.total().amount, expected);
    }

    proptest! {
        #[test]
        fn buckets_sum_to_what_was_added(
            items in proptest::collection::vec((0i64..10_000_000, -400i64..400), 0..60)
        ) {
            let mut a = Aging::zero(Currency::EUR);
            let mut sum = Decimal::ZERO;
            for (cents, days) in &items {
                let m = Money::from_minor(*cents, Currency::EUR);
                a.add(&m, *days).unwrap();
                sum += m.amount;
            }
            prop_assert_eq!(a.total(), eur(sum));
        }

        #[test]
        fn buckets_are_ordered_by_lateness(x in -500i64..500, y in -500i64..500) {
            if x <= y {
                prop_assert!(bucket(x) <= bucket(y));
            }
        }
    }
}
