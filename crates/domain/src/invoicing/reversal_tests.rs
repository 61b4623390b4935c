use super::*;
use proptest::prelude::*;
use rust_decimal_macros::dec;

fn d(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

fn eur(a: Decimal) -> Money {
    Money::new(a, Currency::EUR)
}

fn facts() -> ReversalFacts {
    ReversalFacts {
        received_on: d("2026-11-12"),
        reversed_on: None,
        refunded: eur(dec!(0)),
    }
}

#[test]
fn a_payment_is_reversed_once_on_or_after_its_date_and_never_once_refunded() {
    assert_eq!(check_reversal(&facts(), d("2026-11-12")), Ok(()));
    assert_eq!(check_reversal(&facts(), d("2026-12-01")), Ok(()));
    assert_eq!(
        check_reversal(&facts(), d("2026-11-11")),
        Err((
            "reversed_on",
            PaymentProblem::BeforePayment {
                received_on: d("2026-11-12")
            }
        ))
    );
    let done = ReversalFacts {
        reversed_on: Some(d("2026-11-20")),
        ..facts()
    };
    assert_eq!(
        check_reversal(&done, d("2026-11-21")),
        Err((
            "payment_id",
            PaymentProblem::AlreadyReversed {
                on: d("2026-11-20")
            }
        ))
    );
    let refunded = ReversalFacts {
        refunded: eur(dec!(10)),
        ..facts()
    };
    assert!(matches!(
        check_reversal(&refunded, d("2026-11-21")),
        Err(("payment_id", PaymentProblem::CreditRefunded { .. }))
    ));
}

#[test]
fn undoing_gives_each_invoice_back_what_it_received() {
    let a = |id, m| Allocation {
        invoice_id: id,
        amount: eur(m),
    };
    assert_eq!(
        undo_allocations(&[a(7, dec!(10)), a(3, dec!(5)), a(7, dec!(2.5))]),
        vec![a(7, dec!(12.5)), a(3, dec!(5))]
    );
    assert_eq!(undo_allocations(&[]), vec![]);
}

fn source(id: i64, on: &str, left: Decimal) -> CreditSource {
    CreditSource {
        payment_id: id,
        received_on: d(on),
        left: eur(left),
    }
}

#[test]
fn a_refund_draws_on_the_oldest_payments_then_on_credit_notes() {
    let sources = [
        source(9, "2026-11-01", dec!(30)),
        source(4, "2026-10-01", dec!(20)),
    ];
    assert_eq!(
        refund_sources(eur(dec!(35)), eur(dec!(80)), &sources),
        Ok(vec![(4, eur(dec!(20))), (9, eur(dec!(15)))])
    );
    // Beyond the payments' credit, the rest is credit notes' (no source recorded).
    assert_eq!(
        refund_sources(eur(dec!(80)), eur(dec!(80)), &sources),
        Ok(vec![(4, eur(dec!(20))), (9, eur(dec!(30)))])
    );
    assert_eq!(
        refund_sources(eur(dec!(80.01)), eur(dec!(80)), &sources),
        Err(PaymentProblem::MoreThanCredit {
            available: eur(dec!(80))
        })
    );
    assert_eq!(
        refund_sources(eur(dec!(1)), eur(dec!(-5)), &sources),
        Err(PaymentProblem::NoCredit {
            currency: Currency::EUR
        })
    );
    assert_eq!(
        refund_sources(eur(dec!(1)), Money::new(dec!(5), Currency::GBP), &sources),
        Err(PaymentProblem::NoCredit {
            currency: Currency::EUR
        })
    );
}

#[test]
fn problems_read_as_sentences_in_both_languages() {
    let all = [
        PaymentProblem::AlreadyReversed {
            on: d("2026-11-20"),
        },
        PaymentProblem::BeforePayment {
            received_on: d("2026-11-12"),
        },
        PaymentProblem::CreditRefunded {
            refunded: eur(dec!(10)),
        },
        PaymentProblem::NoCredit {
            currency: Currency::EUR,
        },
        PaymentProblem::MoreThanCredit {
            available: eur(dec!(12.5)),
        },
    ];
    for p in all {
        let (fr, en) = (p.message(Lang::Fr), p.message(Lang::En));
        assert!(fr.ends_with('.') && en.ends_with('.'), "{fr} / {en}");
        assert_ne!(fr, en);
    }
    assert_eq!(
        PaymentProblem::AlreadyReversed {
            on: d("2026-11-20")
        }
        .message(Lang::Fr),
        "Ce règlement a déjà été annulé le 20/11/2026."
    );
    assert_eq!(
        PaymentProblem::MoreThanCredit {
            available: eur(dec!(12.5))
        }
        .message(Lang::En),
        "The customer’s credit is €12.50: refund at most that amount."
    );
}

proptest! {
    #[test]
    fn a_refund_never_draws_more_than_asked_nor_than_a_payment_has(
        lefts in proptest::collection::vec((0i64..100_000, 0u32..300), 0..8),
        asked in 1i64..1_000_000,
        extra in 0i64..100_000,
    ) {
        let sources: Vec<CreditSource> = lefts
            .iter()
            .enumerate()
            .map(|(i, (cents, day))| CreditSource {
                payment_id: i as i64,
                received_on: d("2026-01-01") + chrono::Days::new(u64::from(*day)),
                left: Money::from_minor(*cents, Currency::EUR),
            })
            .collect();
        let from_payments: i64 = lefts.iter().map(|(c, _)| c).sum();
        let available = Money::from_minor(from_payments + extra, Currency::EUR);
        let amount = Money::from_minor(asked, Currency::EUR);
        match refund_sources(amount, available, &sources) {
            Ok(drawn) => {
                prop_assert!(amount.amount <= available.amount);
                let total: Decimal = drawn.iter().map(|(_, m)| m.amount).sum();
                prop_assert!(total <= amount.amount);
                // Payments are drawn on as far as they go before anything else.
                prop_assert_eq!(total, amount.amount.min(Money::from_minor(from_payments, Currency::EUR).amount));
                for (id, m) in &drawn {
                    let s = &sources[*id as usize];
                    prop_assert!(m.amount > Decimal::ZERO && m.amount <= s.left.amount);
                }
            }
            Err(PaymentProblem::MoreThanCredit { .. }) => prop_assert!(amount.amount > available.amount),
            Err(PaymentProblem::NoCredit { .. }) => prop_assert!(available.amount <= Decimal::ZERO),
            Err(other) => prop_assert!(false, "{other:?}"),
        }
    }
}
