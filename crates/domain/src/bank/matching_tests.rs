use std::collections::HashMap;

use proptest::prelude::*;
use rust_decimal_macros::dec;

use super::*;
use crate::Lang;

fn d(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

fn inv(id: i64, customer: i64, due: &str, open: i64) -> OpenInvoiceRef {
    OpenInvoiceRef {
        invoice_id: id,
        customer_id: customer,
        number: format!("F2026-{id:05}"),
        issue_date: d(due) - chrono::Duration::days(30),
        due_date: d(due),
        open: Money::from_minor(open, Currency::EUR),
    }
}

fn customer(id: i64) -> CustomerRef {
    CustomerRef {
        customer_id: id,
        name: format!("Client {id}"),
        currency: if id == 9 {
            Currency::GBP
        } else {
            Currency::EUR
        },
        references: vec![format!("C-{id:06}")],
    }
}

fn credit(position: usize, minor: i64, label: &str) -> BankLine {
    BankLine {
        position,
        booked_on: d("2026-11-16"),
        value_on: None,
        amount: Money::from_minor(minor, Currency::EUR),
        direction: Direction::Credit,
        bank_ref: None,
        label: label.into(),
        reference: None,
        payer_name: None,
        payer_iban: None,
        identity: String::new(),
    }
}

fn book() -> BookIndex {
    BookIndex::new(
        vec![
            inv(1, 1, "2026-09-30", 10_000),
            inv(2, 1, "2026-10-31", 20_000),
            inv(3, 1, "2026-11-30", 30_000),
            inv(4, 2, "2026-10-31", 4_955),
            inv(5, 3, "2026-10-31", 77_777),
            inv(6, 4, "2026-10-31", 12_345),
            inv(7, 5, "2026-10-31", 12_345),
            inv(8, 9, "2026-10-31", 5_000),
        ],
        (1..=9).map(customer).collect(),
        vec![LearntPayer {
            key: "iban:FR7611315000011234567890138".into(),
            customer_id: 3,
        }],
    )
}

fn allocated(p: &Proposal) -> Vec<(i64, i64)> {
    p.allocations
        .iter()
        .map(|a| (a.invoice_id, a.amount.to_minor().unwrap()))
        .collect()
}

#[test]
fn invoice_number_in_the_label_tolerant_of_spaces_and_dashes() {
    let index = book();
    for label in [
        "VIR F2026-00002",
        "f2026 00002 merci",
        "FACT F 2026-00002",
        "F202600002",
    ] {
        let p = index.matcher().propose(&credit(1, 20_000, label));
        assert_eq!(p.customer_id, Some(1), "{label}");
        assert_eq!(allocated(&p), vec![(2, 20_000)], "{label}");
        assert_eq!(
            p.reason,
            Reason::InvoiceNumber {
                numbers: vec!["F2026-00002".into()]
            }
        );
    }
}

#[test]
fn more_than_the_named_invoice_stays_on_account() {
    let p = book().matcher().propose(&credit(1, 25_000, "F2026-00002"));
    assert_eq!(allocated(&p), vec![(2, 20_000)]);
    assert_eq!(p.on_account.to_minor().unwrap(), 5_000);
}

#[test]
fn customer_reference_then_a_set_of_invoices_summing_to_the_amount() {
    let index = book();
    // 100 + 300 = 400: not the oldest two (100 + 200), a set.
    let p = index
        .matcher()
        .propose(&credit(1, 40_000, "Virement ref C-000001"));
    assert_eq!(p.customer_id, Some(1));
    assert_eq!(allocated(&p), vec![(1, 10_000), (3, 30_000)]);
    assert_eq!(
        p.reason,
        Reason::CustomerReference {
            reference: "C-000001".into()
        }
    );
    // One invoice of exactly the amount before any set.
    let p = index.matcher().propose(&credit(1, 30_000, "C 000001"));
    assert_eq!(allocated(&p), vec![(3, 30_000)]);
    // No set makes it: all on account.
    let p = index.matcher().propose(&credit(1, 12_300, "C000001"));
    assert_eq!(allocated(&p), vec![]);
    assert_eq!(p.on_account.to_minor().unwrap(), 12_300);
    assert!(p.confirmable());
}

#[test]
fn the_amount_alone_when_only_one_customer_owes_it() {
    let index = book();
    let p = index.matcher().propose(&credit(1, 77_777, "VIREMENT"));
    assert_eq!((p.customer_id, allocated(&p)), (Some(3), vec![(5, 77_777)]));
    assert_eq!(p.reason, Reason::Amount);
    // All of one customer's open invoices.
    let p = index.matcher().propose(&credit(1, 60_000, "VIREMENT"));
    assert_eq!(p.customer_id, Some(1));
    assert_eq!(allocated(&p).len(), 3);
    // Two customers owe 123,45: nobody is guessed.
    let p = index.matcher().propose(&credit(1, 12_345, "VIREMENT"));
    assert_eq!(p.customer_id, None);
    assert_eq!(p.reason, Reason::NoMatch);
}

#[test]
fn a_learnt_payer_is_recognised_by_iban() {
    let mut line = credit(1, 1_000, "VIR SEPA");
    line.payer_iban = Some("FR76 1131 5000 0112 3456 7890 138".into());
    let p = book().matcher().propose(&line);
    assert_eq!(p.customer_id, Some(3));
    assert!(matches!(p.reason, Reason::LearntIban { .. }));
    assert_eq!(p.on_account.to_minor().unwrap(), 1_000);
}

#[test]
fn nothing_matched_and_debits_ignored() {
    let index = book();
    let p = index.matcher().propose(&credit(1, 999, "CADEAU"));
    assert_eq!((p.customer_id, p.reason.clone()), (None, Reason::NoMatch));
    assert!(!p.confirmable());
    let mut debit = credit(2, 4_955, "F2026-00004");
    debit.direction = Direction::Debit;
    assert_eq!(index.matcher().propose(&debit).reason, Reason::Debit);
}

#[test]
fn a_credit_in_another_currency_than_the_customers_is_not_proposed() {
    let p = book().matcher().propose(&credit(1, 5_000, "F2026-00008"));
    assert_eq!(p.customer_id, Some(9));
    assert!(p.allocations.is_empty());
    assert!(!p.confirmable());
    assert_eq!(
        p.reason.sentence(Lang::Fr),
        "Encaissement en EUR pour un client facturé en GBP : à traiter à la main"
    );
}

#[test]
fn two_lines_never_settle_the_same_invoice_twice() {
    let index = book();
    let mut m = index.matcher();
    let a = m.propose(&credit(1, 4_955, "F2026-00004"));
    let b = m.propose(&credit(2, 4_955, "F2026-00004"));
    assert_eq!(allocated(&a), vec![(4, 4_955)]);
    assert_eq!(allocated(&b), vec![]);
    assert_eq!(b.on_account.to_minor().unwrap(), 4_955);
}

#[test]
fn reasons_read_in_both_languages() {
    let r = Reason::InvoiceNumber {
        numbers: vec!["F2026-00002".into()],
    };
    assert_eq!(
        r.sentence(Lang::Fr),
        "Numéro de facture F2026-00002 dans le libellé"
    );
    assert_eq!(
        r.sentence(Lang::En),
        "Invoice number F2026-00002 in the label"
    );
    let _ = dec!(1);
}

fn arb_book() -> impl Strategy<Value = (Vec<OpenInvoiceRef>, Vec<(i64, usize, u8)>)> {
    let invoices = prop::collection::vec((1i64..6, 1i64..200_000, 0u32..90), 1..25);
    // Each credit: an amount, which invoice its label may name, how the label is made.
    let credits = prop::collection::vec((1i64..400_000, 0usize..30, 0u8..5), 1..25);
    (invoices, credits).prop_map(|(invs, credits)| {
        let invoices = invs
            .into_iter()
            .enumerate()
            .map(|(n, (c, open, day))| OpenInvoiceRef {
                invoice_id: n as i64 + 1,
                customer_id: c,
                number: format!("F2026-{:05}", n + 1),
                issue_date: d("2026-06-01"),
                due_date: d("2026-07-01") + chrono::Duration::days(day as i64),
                open: Money::from_minor(open, Currency::EUR),
            })
            .collect();
        (invoices, credits)
    })
}

proptest! {
    /// Whatever the lines say, confirmed proposals conserve every cent: what is
    /// allocated plus what stays on account is what was credited, no invoice gets more
    /// than it has open, and an allocation goes to an invoice of the proposed customer.
    #[test]
    fn confirmed_matches_conserve_every_cent((invoices, credits) in arb_book()) {
        let index = BookIndex::new(
            invoices.clone(),
            (1..6).map(customer).collect(),
            vec![],
        );
        let mut m = index.matcher();
        let mut given: HashMap<i64, i64> = HashMap::new();
        for (i, (amount, named, how)) in credits.iter().enumerate() {
            let label = match how {
                0 => format!("VIR F2026-{:05}", named + 1),
                1 => format!("REF C-{:06}", named % 6),
                2 => format!("F2026-{:05} F2026-{:05}", named + 1, named + 2),
                3 => "VIREMENT".to_string(),
                _ => format!("f 2026 {:05}", named + 1),
            };
            let p = m.propose(&credit(i + 1, *amount, &label));
            if !p.confirmable() {
                continue;
            }
            let sum: i64 = p.allocations.iter().map(|a| a.amount.to_minor().unwrap()).sum();
            prop_assert_eq!(sum + p.on_account.to_minor().unwrap(), *amount);
            prop_assert!(p.on_account.amount >= rust_decimal::Decimal::ZERO);
            for a in &p.allocations {
                prop_assert!(a.amount.amount > rust_decimal::Decimal::ZERO);
                let inv = invoices.iter().find(|x| x.invoice_id == a.invoice_id).unwrap();
                prop_assert_eq!(Some(inv.customer_id), p.customer_id);
                *given.entry(a.invoice_id).or_insert(0) += a.amount.to_minor().unwrap();
            }
        }
        for inv in &invoices {
            let g = given.get(&inv.invoice_id).copied().unwrap_or(0);
            prop_assert!(g <= inv.open.to_minor().unwrap(), "{} over-allocated", inv.number);
        }
    }
}

#[test]
fn ofx_fixtures_are_matched_by_number_and_by_a_learnt_name() {
    let ofx1 = super::parse(include_bytes!(
        "../../tests/fixtures/bank/ofx-1.02-sgml.ofx"
    ))
    .unwrap();
    let ofx2 = super::parse(include_bytes!("../../tests/fixtures/bank/ofx-2.2.ofx")).unwrap();
    let index = BookIndex::new(
        vec![
            inv(19, 3, "2026-10-01", 83_226),
            inv(21, 1, "2026-11-15", 24_776),
        ],
        (1..=3).map(customer).collect(),
        vec![LearntPayer {
            key: payer_keys(Some("Garage Rousseau S.A.S."), None).remove(0),
            customer_id: 1,
        }],
    );
    let mut m = index.matcher();
    let p = m.propose(&ofx1.lines[0]);
    assert_eq!(
        (p.customer_id, allocated(&p)),
        (Some(3), vec![(19, 83_226)])
    );
    assert_eq!(m.propose(&ofx1.lines[1]).reason, Reason::Debit);
    // The amount alone would do as well; the name is not needed then. Without the
    // invoice, the learnt name still finds the customer.
    let index = BookIndex::new(
        vec![],
        (1..=3).map(customer).collect(),
        vec![LearntPayer {
            key: payer_keys(Some("Garage Rousseau S.A.S."), None).remove(0),
            customer_id: 1,
        }],
    );
    let p = index.matcher().propose(&ofx2.lines[0]);
    assert_eq!(p.customer_id, Some(1));
    assert!(
        matches!(p.reason, Reason::LearntName { .. }),
        "{:?}",
        p.reason
    );
    assert_eq!(p.on_account.to_minor().unwrap(), 24_776);
}
