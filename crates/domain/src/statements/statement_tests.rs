//! Tests of `statement`: a worked example to the cent, the errors, and properties over
//! random ledgers.

use super::*;
use crate::invoicing::{allocate_oldest_first, Allocation, OpenItem};
use crate::statements::example::{worked_ledger, worked_period};
use crate::Lang;
use chrono::Duration;
use proptest::prelude::*;
use rust_decimal_macros::dec;

#[path = "statement_tests_reversal.rs"]
mod reversal_ops;

fn d(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

fn eur(a: Decimal) -> Money {
    Money::new(a, Currency::EUR)
}

fn alloc(invoice_id: i64, a: Decimal) -> Allocation {
    Allocation {
        invoice_id,
        amount: eur(a),
    }
}

#[test]
fn worked_example_to_the_cent() {
    assert_eq!(
        worked_period(),
        (d("2026-10-01"), d("2026-11-30"), d("2026-11-30"))
    );
    let s = statement(
        &worked_ledger(),
        Currency::EUR,
        d("2026-10-01"),
        d("2026-11-30"),
        d("2026-11-30"),
    )
    .unwrap();
    // 420.00 + 1 200.00 − 500.00 + 845.50
    assert_eq!(s.brought_forward, eur(dec!(1965.50)));
    let got: Vec<_> = s
        .lines
        .iter()
        .map(|l| {
            (
                l.date,
                l.kind,
                l.number.as_str(),
                l.debit.map(|m| m.amount),
                l.credit.map(|m| m.amount),
                l.running_balance.amount,
            )
        })
        .collect();
    use EntryKind::*;
    let expected = vec![
        (
            d("2026-10-15"),
            Invoice,
            "F2026-00142",
            Some(dec!(2310.75)),
            None,
            dec!(4276.25),
        ),
        (
            d("2026-10-20"),
            CreditNote,
            "A2026-00007",
            None,
            Some(dec!(145.50)),
            dec!(4130.75),
        ),
        (
            d("2026-10-28"),
            Payment,
            "VIR-1028",
            None,
            Some(dec!(1000.00)),
            dec!(3130.75),
        ),
        // Same day: the invoice (id 4) before the payment (id 3).
        (
            d("2026-11-05"),
            Invoice,
            "F2026-00167",
            Some(dec!(612.40)),
            None,
            dec!(3743.15),
        ),
        (
            d("2026-11-05"),
            Payment,
            "VIR-1105",
            None,
            Some(dec!(400.00)),
            dec!(3343.15),
        ),
    ];
    assert_eq!(got, expected);
    assert_eq!(
        s.lines[1].settled,
        vec![("F2026-00118".to_string(), eur(dec!(145.50)))]
    );
    assert_eq!(
        s.lines[2].settled,
        vec![
            ("F2026-00101".to_string(), eur(dec!(700.00))),
            ("F2026-00118".to_string(), eur(dec!(300.00)))
        ]
    );
    assert_eq!(
        s.lines[4].settled,
        vec![("F2026-00118".to_string(), eur(dec!(250.00)))]
    );
    assert!(s.lines[0].settled.is_empty());
    assert_eq!(s.closing_balance, eur(dec!(3343.15)));

    let open: Vec<_> = s
        .open_items
        .iter()
        .map(|o| {
            (
                o.number.as_str(),
                o.due_date,
                o.original.amount,
                o.open.amount,
                o.days_overdue,
            )
        })
        .collect();
    assert_eq!(
        open,
        vec![
            (
                "F2026-00077",
                d("2026-08-30"),
                dec!(420.00),
                dec!(420.00),
                92
            ),
            (
                "F2026-00118",
                d("2026-10-30"),
                dec!(845.50),
                dec!(150.00),
                31
            ),
            (
                "F2026-00142",
                d("2026-11-14"),
                dec!(2310.75),
                dec!(2310.75),
                16
            ),
            (
                "F2026-00167",
                d("2026-12-05"),
                dec!(612.40),
                dec!(612.40),
                0
            ),
        ]
    );
    // 400.00 − 250.00 of VIR-1105 is on account.
    assert_eq!(s.unapplied_credit, eur(dec!(150.00)));
    assert_eq!(s.aging.not_due, eur(dec!(612.40)));
    assert_eq!(s.aging.d1_30, eur(dec!(2310.75)));
    assert_eq!(s.aging.d31_60, eur(dec!(150.00)));
    assert_eq!(s.aging.d61_90, eur(dec!(0)));
    assert_eq!(s.aging.over_90, eur(dec!(420.00)));
    assert_eq!(s.aging.total(), eur(dec!(3493.15)));
    // 3 493.15 open − 150.00 on account
    assert_eq!(
        s.aging.total().amount - s.unapplied_credit.amount,
        s.closing_balance.amount
    );
}

#[test]
fn worked_example_as_it_was_at_the_end_of_october() {
    // `to` after `as_of` is clamped; November's invoice and payment do not exist yet.
    let s = statement(
        &worked_ledger(),
        Currency::EUR,
        d("2026-10-01"),
        d("2026-11-30"),
        d("2026-10-31"),
    )
    .unwrap();
    assert_eq!(s.to, d("2026-10-31"));
    assert_eq!(s.brought_forward, eur(dec!(1965.50)));
    assert_eq!(s.lines.len(), 3);
    assert_eq!(s.closing_balance, eur(dec!(3130.75)));
    let open: Vec<_> = s
        .open_items
        .iter()
        .map(|o| (o.number.as_str(), o.open.amount, o.days_overdue))
        .collect();
    assert_eq!(
        open,
        vec![
            ("F2026-00077", dec!(420.00), 62),
            ("F2026-00118", dec!(400.00), 1),
            ("F2026-00142", dec!(2310.75), 0),
        ]
    );
    assert_eq!(s.unapplied_credit, eur(dec!(0)));
    assert_eq!(s.aging.not_due, eur(dec!(2310.75)));
    assert_eq!(s.aging.d1_30, eur(dec!(400.00)));
    assert_eq!(s.aging.d61_90, eur(dec!(420.00)));
    assert_eq!(s.aging.total(), s.closing_balance);
}

#[test]
fn a_period_before_any_document_and_an_empty_ledger() {
    let s = statement(
        &worked_ledger(),
        Currency::EUR,
        d("2026-01-01"),
        d("2026-01-31"),
        d("2026-11-30"),
    )
    .unwrap();
    assert_eq!(s.brought_forward, eur(dec!(0)));
    assert!(s.lines.is_empty());
    assert_eq!(s.closing_balance, eur(dec!(0)));
    assert_eq!(s.open_items.len(), 4, "open items are as of as_of");

    let s = statement(
        &[],
        Currency::GBP,
        d("2026-01-01"),
        d("2026-01-31"),
        d("2026-01-31"),
    )
    .unwrap();
    assert_eq!(s.closing_balance, Money::zero(Currency::GBP));
    assert_eq!(s.aging.total(), Money::zero(Currency::GBP));
}

#[test]
fn over_settled_and_unattached_credits_are_unapplied() {
    let ledger = vec![
        LedgerEntry::invoice(1, "F1", d("2026-01-01"), d("2026-01-31"), eur(dec!(100))),
        LedgerEntry::credit_note(1, "A1", d("2026-01-02"), Some(1), eur(dec!(30))),
        // Allocates 80 to an invoice with 70 left: 10 too many.
        LedgerEntry::payment(
            1,
            "P1",
            d("2026-01-03"),
            eur(dec!(80)),
            vec![alloc(1, dec!(80))],
        ),
        LedgerEntry::credit_note(2, "A2", d("2026-01-04"), None, eur(dec!(5))),
        // Credits an invoice the ledger does not hold.
        LedgerEntry::credit_note(3, "A3", d("2026-01-05"), Some(99), eur(dec!(7))),
    ];
    let s = statement(
        &ledger,
        Currency::EUR,
        d("2026-01-01"),
        d("2026-01-31"),
        d("2026-01-31"),
    )
    .unwrap();
    assert!(s.open_items.is_empty());
    assert_eq!(s.closing_balance, eur(dec!(-22)));
    assert_eq!(s.unapplied_credit, eur(dec!(22)));
}

#[test]
fn errors_say_what_to_do_in_both_languages() {
    let cases = [
        (
            StatementError::PeriodReversed {
                from: d("2026-11-30"),
                to: d("2026-11-01"),
            },
            "La période commence le 30/11/2026 après sa fin le 01/11/2026 : inversez les dates.",
            "The period starts on 30 Nov 2026, after it ends on 1 Nov 2026: swap the dates.",
        ),
        (
            StatementError::CurrencyMismatch {
                expected: Currency::EUR,
                found: Currency::GBP,
                document: Some("F2026-00001".into()),
            },
            "Le document F2026-00001 est en GBP et le relevé en EUR : faites un relevé par devise.",
            "Document F2026-00001 is in GBP and the statement in EUR: make one statement per currency.",
        ),
        (
            StatementError::CurrencyMismatch {
                expected: Currency::EUR,
                found: Currency::USD,
                document: None,
            },
            "Un montant est en USD et le relevé en EUR : faites un relevé par devise.",
            "An amount is in USD and the statement in EUR: make one statement per currency.",
        ),
        (
            StatementError::NegativeAmount {
                document: "P7".into(),
            },
            "Le document P7 a un montant négatif : corrigez-le avant d'éditer le relevé.",
            "Document P7 has a negative amount: correct it before producing the statement.",
        ),
    ];
    for (err, fr, en) in cases {
        assert_eq!(err.message(Lang::Fr), fr);
        assert_eq!(err.message(Lang::En), en);
    }
}

#[test]
fn refuses_bad_input() {
    let (from, to) = (d("2026-10-01"), d("2026-11-30"));
    assert_eq!(
        statement(&worked_ledger(), Currency::EUR, to, from, to),
        Err(StatementError::PeriodReversed { from: to, to: from })
    );
    let gbp = Money::new(dec!(1), Currency::GBP);
    let mut ledger = worked_ledger();
    ledger.push(LedgerEntry::invoice(9, "F9", from, from, gbp));
    assert_eq!(
        statement(&ledger, Currency::EUR, from, to, to),
        Err(StatementError::CurrencyMismatch {
            expected: Currency::EUR,
            found: Currency::GBP,
            document: Some("F9".into())
        })
    );
    // Dated after as_of: ignored entirely, even in another currency.
    assert!(statement(&ledger, Currency::EUR, d("2026-09-01"), to, d("2026-09-30")).is_ok());

    let mut ledger = worked_ledger();
    ledger.push(LedgerEntry::payment(
        9,
        "P9",
        from,
        eur(dec!(10)),
        vec![Allocation {
            invoice_id: 1,
            amount: gbp,
        }],
    ));
    assert!(matches!(
        statement(&ledger, Currency::EUR, from, to, to),
        Err(StatementError::CurrencyMismatch { .. })
    ));
    let mut ledger = worked_ledger();
    ledger.push(LedgerEntry::payment(9, "P9", from, eur(dec!(-10)), vec![]));
    assert_eq!(
        statement(&ledger, Currency::EUR, from, to, to),
        Err(StatementError::NegativeAmount {
            document: "P9".into()
        })
    );
}

// ---- Properties over random ledgers ----

const BASE: &str = "2026-01-01";

fn day(n: i64) -> NaiveDate {
    d(BASE) + Duration::days(n)
}

/// (kind 0..3, day, cents, choice, payment terms)
type Op = (u8, i64, i64, u32, i64);

/// A consistent ledger, built in date order: credit notes credit at most what their
/// invoice has open (or no invoice), payments are allocated oldest first to invoices
/// issued by their date (or left on account).
fn build(mut ops: Vec<Op>) -> Vec<LedgerEntry> {
    ops.sort_by_key(|(k, day, ..)| (*day, *k));
    let cents = |c: i64| Money::from_minor(c, Currency::EUR);
    let mut entries = Vec::new();
    let mut items: Vec<OpenItem> = Vec::new();
    for (n, (kind, when, amount, choice, terms)) in ops.into_iter().enumerate() {
        let id = n as i64;
        let date = day(when);
        match kind {
            0 => {
                let due = date + Duration::days(terms);
                let number = format!("F{id:05}");
                items.push(OpenItem {
                    invoice_id: id,
                    number: number.clone(),
                    issue_date: date,
                    due_date: due,
                    open: cents(amount),
                });
                entries.push(LedgerEntry::invoice(id, number, date, due, cents(amount)));
            }
            1 => {
                let open: Vec<usize> = (0..items.len())
                    .filter(|i| items[*i].open.amount > Decimal::ZERO)
                    .collect();
                let target = if choice % 4 == 0 || open.is_empty() {
                    None
                } else {
                    Some(open[choice as usize % open.len()])
                };
                let amount = match target {
                    Some(i) => {
                        let a = cents(amount).amount.min(items[i].open.amount);
                        items[i].open.amount -= a;
                        eur(a)
                    }
                    None => cents(amount),
                };
                let credits = target.map(|i| items[i].invoice_id);
                entries.push(LedgerEntry::credit_note(
                    id,
                    format!("A{id:05}"),
                    date,
                    credits,
                    amount,
                ));
            }
            3 => reversal_ops::reverse_or_refund(
                &mut entries,
                &mut items,
                (id, date, cents(amount)),
                choice,
            ),
            _ => {
                let allocations = if choice % 3 == 0 {
                    Vec::new()
                } else {
                    allocate_oldest_first(cents(amount), &items).0
                };
                for a in &allocations {
                    if let Some(i) = items.iter_mut().find(|i| i.invoice_id == a.invoice_id) {
                        i.open.amount -= a.amount.amount;
                    }
                }
                entries.push(LedgerEntry::payment(
                    id,
                    format!("P{id:05}"),
                    date,
                    cents(amount),
                    allocations,
                ));
            }
        }
    }
    entries
}

fn ops() -> impl Strategy<Value = Vec<Op>> {
    proptest::collection::vec(
        (0u8..4, 0i64..200, 1i64..500_000, any::<u32>(), 0i64..60),
        0..40,
    )
}

fn signed(e: &LedgerEntry) -> Decimal {
    if e.kind.is_debit() {
        e.amount.amount
    } else {
        -e.amount.amount
    }
}

proptest! {
    #[test]
    fn closing_is_brought_forward_plus_invoices_less_credit_notes_and_payments(
        ops in ops(), a in 0i64..220, b in 0i64..220, c in 0i64..220,
    ) {
        let ledger = build(ops);
        let (from, to) = (day(a.min(b)), day(a.max(b)));
        let as_of = day(c);
        let s = statement(&ledger, Currency::EUR, from, to, as_of).unwrap();
        let to = to.min(as_of);
        let period = |k: EntryKind| -> Decimal {
            ledger
                .iter()
                .filter(|e| e.kind == k && e.date >= from && e.date <= to)
                .map(|e| e.amount.amount)
                .sum()
        };
        let before: Decimal = ledger.iter().filter(|e| e.date < from && e.date <= as_of).map(signed).sum();
        prop_assert_eq!(s.brought_forward.amount, before);
        prop_assert_eq!(
            s.closing_balance.amount,
            before + period(EntryKind::Invoice) - period(EntryKind::CreditNote) - period(EntryKind::Payment)
                + period(EntryKind::Reversal) + period(EntryKind::Refund)
        );
        // Each line moves the running balance by its own amount.
        let mut running = s.brought_forward.amount;
        for l in &s.lines {
            prop_assert!(l.date >= from && l.date <= to);
            running += l.debit.map_or(Decimal::ZERO, |m| m.amount) - l.credit.map_or(Decimal::ZERO, |m| m.amount);
            prop_assert_eq!(l.running_balance.amount, running);
        }
        prop_assert_eq!(running, s.closing_balance.amount);
    }

    #[test]
    fn buckets_sum_to_the_open_items(ops in ops(), c in 0i64..260) {
        let s = statement(&build(ops), Currency::EUR, day(0), day(c), day(c)).unwrap();
        let open: Decimal = s.open_items.iter().map(|o| o.open.amount).sum();
        prop_assert_eq!(s.aging.total().amount, open);
        for o in &s.open_items {
            prop_assert!(o.open.amount > Decimal::ZERO && o.open.amount <= o.original.amount);
            prop_assert_eq!(o.days_overdue, (day(c) - o.due_date).num_days().max(0));
        }
    }

    /// As of any date D, with the period ending on D:
    /// closing balance = Σ open items − (Σ over payments dated ≤ D of their amount less
    /// their allocations + Σ credit notes dated ≤ D that credit no invoice).
    /// (The ledger is consistent: nothing settles an invoice beyond its amount.)
    #[test]
    fn closing_is_open_items_less_unallocated_credit(ops in ops(), a in 0i64..220, c in 0i64..220) {
        let ledger = build(ops);
        let as_of = day(c);
        let s = statement(&ledger, Currency::EUR, day(a.min(c)), as_of, as_of).unwrap();
        let unallocated: Decimal = ledger
            .iter()
            .filter(|e| e.date <= as_of)
            .map(|e| match e.kind {
                EntryKind::Invoice => Decimal::ZERO,
                EntryKind::CreditNote if e.credits_invoice.is_none() => e.amount.amount,
                EntryKind::CreditNote => Decimal::ZERO,
                EntryKind::Payment => {
                    e.amount.amount - e.allocations.iter().map(|x| x.amount.amount).sum::<Decimal>()
                }
                // What the payment left on account goes with it.
                EntryKind::Reversal => {
                    e.allocations.iter().map(|x| x.amount.amount).sum::<Decimal>() - e.amount.amount
                }
                EntryKind::Refund => -e.amount.amount,
            })
            .sum();
        let open: Decimal = s.open_items.iter().map(|o| o.open.amount).sum();
        prop_assert_eq!(s.unapplied_credit.amount, unallocated);
        prop_assert_eq!(s.closing_balance.amount, open - unallocated);
    }

    /// Documents dated after the as-of date change nothing, whatever they settle.
    #[test]
    fn later_documents_change_nothing(
        ops in ops(),
        later in proptest::collection::vec((0u8..3, 1i64..100, 1i64..500_000, 0i64..40), 1..10),
        a in 0i64..200, c in 0i64..200,
    ) {
        let ledger = build(ops);
        let as_of = day(c);
        let from = day(a.min(c));
        let before = statement(&ledger, Currency::EUR, from, as_of, as_of).unwrap();
        let mut more = ledger.clone();
        for (n, (kind, after, amount, target)) in later.into_iter().enumerate() {
            let id = 1_000 + n as i64;
            let date = as_of + Duration::days(after);
            let m = Money::from_minor(amount, Currency::EUR);
            more.push(match kind {
                0 => LedgerEntry::invoice(id, format!("F{id}"), date, date, m),
                1 => LedgerEntry::credit_note(id, format!("A{id}"), date, Some(target), m),
                _ => LedgerEntry::payment(id, format!("P{id}"), date, m, vec![Allocation { invoice_id: target, amount: m }]),
            });
        }
        let after = statement(&more, Currency::EUR, from, as_of + Duration::days(365), as_of).unwrap();
        prop_assert_eq!(after, before);
    }

    /// The order the store returns entries in does not matter.
    #[test]
    fn entry_order_does_not_matter(ops in ops(), c in 0i64..220) {
        let ledger = build(ops);
        let mut reversed = ledger.clone();
        reversed.reverse();
        let s = |l: &[LedgerEntry]| statement(l, Currency::EUR, day(30), day(c.max(30)), day(c));
        prop_assert_eq!(s(&ledger), s(&reversed));
    }
}
