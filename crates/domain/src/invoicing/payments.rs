//! Allocating a payment to the invoices it settles.
//!
//! Whatever is not allocated stays the customer's credit, so allocating never loses or
//! creates a cent: allocations plus credit left always equal the payment.

use crate::words::tr;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::display;
use crate::money::{Currency, Money};
use crate::Lang;

/// An issued invoice with something left to pay.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct OpenItem {
    pub invoice_id: i64,
    pub number: String,
    pub issue_date: NaiveDate,
    pub due_date: NaiveDate,
    pub open: Money,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Allocation {
    pub invoice_id: i64,
    pub amount: Money,
}

/// The open items in the order a payment settles them: the oldest due first, then the
/// oldest issued, then the lowest id (the window lists them in this order too).
pub fn oldest_first(items: &[OpenItem]) -> Vec<&OpenItem> {
    let mut order: Vec<&OpenItem> = items.iter().collect();
    order.sort_by_key(|i| (i.due_date, i.issue_date, i.invoice_id));
    order
}

/// Spreads a payment over the open items, the oldest due first (then the oldest issued,
/// then the lowest id, so the result never depends on the order given). Items in another
/// currency than the payment, or with nothing open, are skipped. Returns what is left as
/// the customer's credit.
pub fn allocate_oldest_first(payment: Money, items: &[OpenItem]) -> (Vec<Allocation>, Money) {
    let order: Vec<&OpenItem> = oldest_first(items)
        .into_iter()
        .filter(|i| i.open.currency == payment.currency && i.open.amount.is_sign_positive())
        .filter(|i| !i.open.amount.is_zero())
        .collect();
    let mut left = payment.amount;
    let mut allocations = Vec::new();
    for item in order {
        if left <= rust_decimal::Decimal::ZERO {
            break;
        }
        let amount = left.min(item.open.amount);
        left -= amount;
        allocations.push(Allocation {
            invoice_id: item.invoice_id,
            amount: Money::new(amount, payment.currency),
        });
    }
    (allocations, Money::new(left, payment.currency))
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum AllocationError {
    #[error("a {payment} payment cannot settle a {other} amount")]
    CurrencyMismatch { payment: Currency, other: Currency },
    #[error("an allocation must be positive")]
    NotPositive,
    #[error("an allocation must be in whole {currency} cents")]
    FractionOfCent { currency: Currency },
    #[error("invoice {invoice_id} is not open for this customer")]
    UnknownInvoice { invoice_id: i64 },
    #[error("more than the {open} open on {number}")]
    MoreThanOpen { number: String, open: Money },
    #[error("more than the {left} the payment has left")]
    MoreThanPayment { left: Money },
}

impl AllocationError {
    pub fn message(&self, lang: Lang) -> String {
        use AllocationError::*;
        let money = |m: &Money| display::money(m, lang);
        match self {
            CurrencyMismatch { payment, other } => tr!(
                lang,
                ALLOCATION_CURRENCY_MISMATCH,
                payment = payment.to_string(),
                other = other.to_string()
            ),
            NotPositive => tr!(lang, ALLOCATION_NOT_POSITIVE),
            FractionOfCent { currency } => tr!(
                lang,
                ALLOCATION_FRACTION_OF_CENT,
                decimals = currency.minor_units().to_string()
            ),
            UnknownInvoice { .. } => tr!(lang, ALLOCATION_UNKNOWN_INVOICE),
            MoreThanOpen { number, open } => tr!(
                lang,
                ALLOCATION_MORE_THAN_OPEN,
                open = money(open),
                number = number.as_str()
            ),
            MoreThanPayment { left } => tr!(lang, ALLOCATION_MORE_THAN_PAYMENT, left = money(left)),
        }
    }
}

/// Checks allocations made by hand before anything is written: each positive, in whole
/// minor units, in the payment's currency, no invoice given more than it has open (also
/// across several allocations to it), and no more in total than the payment has left.
pub fn check_allocations(
    payment: Money,
    unallocated_before: Money,
    allocations: &[Allocation],
    items: &[OpenItem],
) -> Result<(), AllocationError> {
    let currency = payment.currency;
    let mismatch = |other: Currency| AllocationError::CurrencyMismatch {
        payment: currency,
        other,
    };
    if unallocated_before.currency != currency {
        return Err(mismatch(unallocated_before.currency));
    }
    let mut total = Money::zero(currency);
    for (n, a) in allocations.iter().enumerate() {
        if a.amount.currency != currency {
            return Err(mismatch(a.amount.currency));
        }
        if a.amount.amount <= rust_decimal::Decimal::ZERO {
            return Err(AllocationError::NotPositive);
        }
        if a.amount.rounded() != a.amount {
            return Err(AllocationError::FractionOfCent { currency });
        }
        let item = items.iter().find(|i| i.invoice_id == a.invoice_id).ok_or(
            AllocationError::UnknownInvoice {
                invoice_id: a.invoice_id,
            },
        )?;
        if item.open.currency != currency {
            return Err(mismatch(item.open.currency));
        }
        // Earlier allocations to the same invoice count against its open amount.
        let to_item = allocations[..=n]
            .iter()
            .filter(|b| b.invoice_id == a.invoice_id)
            .fold(rust_decimal::Decimal::ZERO, |s, b| {
                s.saturating_add(b.amount.amount)
            });
        if to_item > item.open.amount {
            return Err(AllocationError::MoreThanOpen {
                number: item.number.clone(),
                open: item.open,
            });
        }
        total.amount = total.amount.saturating_add(a.amount.amount);
    }
    if total.amount > unallocated_before.amount {
        return Err(AllocationError::MoreThanPayment {
            left: unallocated_before,
        });
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use rust_decimal::Decimal;
    use rust_decimal_macros::dec;

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    fn eur(a: Decimal) -> Money {
        Money::new(a, Currency::EUR)
    }

    fn item(id: i64, issued: &str, due: &str, open: Decimal) -> OpenItem {
        OpenItem {
            invoice_id: id,
            number: format!("F2026-{id:05}"),
            issue_date: d(issued),
            due_date: d(due),
            open: eur(open),
        }
    }

    fn items() -> Vec<OpenItem> {
        vec![
            item(3, "2026-10-01", "2026-10-31", dec!(50)),
            item(1, "2026-09-01", "2026-10-31", dec!(100)),
            item(2, "2026-08-01", "2026-09-30", dec!(30)),
            item(4, "2026-09-01", "2026-10-31", dec!(70)),
        ]
    }

    fn alloc(id: i64, amount: Decimal) -> Allocation {
        Allocation {
            invoice_id: id,
            amount: eur(amount),
        }
    }

    #[test]
    fn oldest_due_first_then_issued_then_id() {
        let cases = [
            (dec!(10), vec![alloc(2, dec!(10))], dec!(0)),
            (
                dec!(130),
                vec![alloc(2, dec!(30)), alloc(1, dec!(100))],
                dec!(0),
            ),
            (
                dec!(200),
                vec![alloc(2, dec!(30)), alloc(1, dec!(100)), alloc(4, dec!(70))],
                dec!(0),
            ),
            (
                dec!(300),
                vec![
                    alloc(2, dec!(30)),
                    alloc(1, dec!(100)),
                    alloc(4, dec!(70)),
                    alloc(3, dec!(50)),
                ],
                dec!(50),
            ),
            (dec!(0), vec![], dec!(0)),
        ];
        for (payment, expected, left) in cases {
            let (got, credit) = allocate_oldest_first(eur(payment), &items());
            assert_eq!(got, expected, "{payment}");
            assert_eq!(credit, eur(left), "{payment}");
        }
    }

    #[test]
    fn other_currencies_and_settled_items_are_skipped() {
        let mut list = items();
        list[2].open = Money::new(dec!(30), Currency::GBP);
        list[1].open = eur(dec!(0));
        let (got, left) = allocate_oldest_first(eur(dec!(60)), &list);
        assert_eq!(got, vec![alloc(4, dec!(60))]);
        assert_eq!(left, eur(dec!(0)));
    }

    #[test]
    fn hand_allocations_are_checked() {
        use AllocationError::*;
        let p = eur(dec!(100));
        let gbp = Money::new(dec!(10), Currency::GBP);
        let cases: Vec<(Money, Vec<Allocation>, Result<(), AllocationError>)> = vec![
            (p, vec![alloc(1, dec!(60)), alloc(2, dec!(30))], Ok(())),
            (p, vec![], Ok(())),
            (
                p,
                vec![alloc(2, dec!(31))],
                Err(MoreThanOpen {
                    number: "F2026-00002".into(),
                    open: eur(dec!(30)),
                }),
            ),
            (
                p,
                vec![alloc(2, dec!(20)), alloc(2, dec!(20))],
                Err(MoreThanOpen {
                    number: "F2026-00002".into(),
                    open: eur(dec!(30)),
                }),
            ),
            (
                eur(dec!(50)),
                vec![alloc(1, dec!(40)), alloc(2, dec!(20))],
                Err(MoreThanPayment {
                    left: eur(dec!(50)),
                }),
            ),
            (p, vec![alloc(1, dec!(0))], Err(NotPositive)),
            (p, vec![alloc(1, dec!(-5))], Err(NotPositive)),
            (
                p,
                vec![alloc(1, dec!(5.005))],
                Err(FractionOfCent {
                    currency: Currency::EUR,
                }),
            ),
            (
                p,
                vec![alloc(9, dec!(5))],
                Err(UnknownInvoice { invoice_id: 9 }),
            ),
            (
                p,
                vec![Allocation {
                    invoice_id: 1,
                    amount: gbp,
                }],
                Err(CurrencyMismatch {
                    payment: Currency::EUR,
                    other: Currency::GBP,
                }),
            ),
        ];
        for (left, allocations, expected) in cases {
            assert_eq!(
                check_allocations(p, left, &allocations, &items()),
                expected,
                "{allocations:?}"
            );
        }
        let mut list = items();
        list[1].open = Money::new(dec!(100), Currency::USD);
        assert_eq!(
            check_allocations(p, p, &[alloc(1, dec!(1))], &list),
            Err(CurrencyMismatch {
                payment: Currency::EUR,
                other: Currency::USD
            })
        );
    }

    #[test]
    fn errors_read_as_sentences() {
        let e = AllocationError::MoreThanOpen {
            number: "F2026-00042".into(),
            open: eur(dec!(12.5)),
        };
        assert_eq!(
            e.message(Lang::Fr),
            "Il ne reste que 12,50\u{202f}€ à payer sur la facture F2026-00042 : affectez au plus ce montant."
        );
        assert_eq!(
            e.message(Lang::En),
            "Only €12.50 is left to pay on invoice F2026-00042: allocate at most that amount."
        );
        let m = AllocationError::CurrencyMismatch {
            payment: Currency::USD,
            other: Currency::EUR,
        };
        assert!(m.message(Lang::Fr).contains("USD") && m.message(Lang::En).contains("EUR"));
    }

    fn arb_items() -> impl Strategy<Value = Vec<OpenItem>> {
        proptest::collection::vec((0i64..1_000_000, 0u32..400, 0u32..400), 0..15).prop_map(|v| {
            v.into_iter()
                .enumerate()
                .map(|(i, (cents, issue, due))| {
                    let base = d("2026-01-01");
                    OpenItem {
                        invoice_id: i as i64,
                        number: format!("F2026-{i:05}"),
                        issue_date: base + chrono::Days::new(u64::from(issue)),
                        due_date: base + chrono::Days::new(u64::from(due)),
                        open: Money::from_minor(cents, Currency::EUR),
                    }
                })
                .collect()
        })
    }

    proptest! {
        #[test]
        fn allocation_conserves_every_cent(payment in 0i64..5_000_000, items in arb_items()) {
            let payment = Money::from_minor(payment, Currency::EUR);
            let (allocations, left) = allocate_oldest_first(payment, &items);
            let allocated: Decimal = allocations.iter().map(|a| a.amount.amount).sum();
            prop_assert_eq!(allocated + left.amount, payment.amount);
            prop_assert!(!left.is_negative());
            for a in &allocations {
                let item = items.iter().find(|i| i.invoice_id == a.invoice_id).unwrap();
                prop_assert!(a.amount.amount > Decimal::ZERO);
                prop_assert!(a.amount.amount <= item.open.amount);
            }
            // Credit is left only when every open item is settled.
            if left.amount > Decimal::ZERO {
                let open: Decimal = items.iter().map(|i| i.open.amount).sum();
                prop_assert_eq!(allocated, open);
            }
            // What the default does, a hand check accepts.
            prop_assert_eq!(check_allocations(payment, payment, &allocations, &items), Ok(()));
        }
    }
}
