//! The round's letters over calendars: a year of rounds over a book of customers, and
//! the rule on single dates.

use std::collections::{BTreeSet, HashMap};

use super::*;
use crate::collections::engine::evaluate;
use crate::collections::simulation::{Ledger, Run, SimInvoice};
use crate::money::{Currency, Money};
use rust_decimal_macros::dec;

/// Twelve customers billed monthly for a year from 1 January 2026, with terms of 15 to
/// 60 days; some pay on time, some late, some in part, some never; two invoices are
/// disputed for a while; customer 7 is on hold for two months.
fn year() -> Ledger {
    let mut invoices = Vec::new();
    let mut payments = Vec::new();
    let mut id = 0;
    for customer in 1..=12i64 {
        let term = [15, 30, 45, 60][(customer % 4) as usize];
        for month in 0..12i64 {
            id += 1;
            let issue = month * 30 + customer % 5;
            let cents = 10_000 + customer * 1_234 + month * 77;
            invoices.push(SimInvoice {
                id,
                customer,
                issue_day: issue,
                due_day: issue + term,
                cents,
            });
            // Customer 1 pays on time, 2 a week late, 3 two months late, 4 half at
            // the due date and the rest three weeks later, 5 and 6 never, the others
            // with a delay that grows with the month.
            let due = issue + term;
            match customer {
                1 => payments.push((due - 1, id, cents)),
                2 => payments.push((due + 7, id, cents)),
                3 => payments.push((due + 60, id, cents)),
                4 => {
                    payments.push((due, id, cents / 2));
                    payments.push((due + 21, id, cents - cents / 2));
                }
                5 | 6 => {}
                _ => payments.push((due + month * 4 + customer, id, cents)),
            }
        }
    }
    Ledger {
        start: chrono::NaiveDate::from_ymd_opt(2026, 1, 1),
        invoices,
        payments,
        // Invoice 53 (customer 5) disputed for 80 days, 63 (customer 6) for 40.
        disputes: vec![(53, 120, 200), (63, 100, 140)],
        customer_holds: vec![(7, 100, 160)],
    }
}

/// Rounds on working days only (five a week), as a clerk runs them.
fn working_days() -> Vec<i64> {
    (0..365).filter(|d| d % 7 < 5).collect()
}

fn check_round_rules(ledger: &Ledger, policy: &Policy, run: &Run) {
    // One letter per customer and round.
    let mut seen = BTreeSet::new();
    for l in &run.letters {
        assert!(
            seen.insert((l.day, l.customer_id)),
            "two letters for customer {} on day {}",
            l.customer_id,
            l.day
        );
    }
    for (day, evaluation) in &run.evaluations {
        let facts = ledger.facts(*day);
        let date = ledger.date(*day);
        let on_hold = ledger.customers_on_hold(*day);
        // The highest step proposed for each customer that day.
        let mut top: HashMap<i64, usize> = HashMap::new();
        for p in &evaluation.proposals {
            let rank = policy.position(&p.step_code).unwrap();
            let t = top.entry(p.customer_id).or_insert(rank);
            *t = (*t).max(rank);
        }
        let letters: Vec<_> = run.letters.iter().filter(|l| l.day == *day).collect();
        assert_eq!(letters.len(), top.len(), "day {day}");
        for l in letters {
            assert_eq!(
                policy.position(&l.step_code),
                top.get(&l.customer_id).copied(),
                "day {day}: customer {}'s letter is not at the highest step",
                l.customer_id
            );
            assert!(
                !on_hold.contains(&l.customer_id),
                "day {day}: a customer on hold"
            );
            // Every overdue invoice of the customer, held ones left out.
            let expected: Vec<i64> = {
                let mut mine: Vec<_> = facts
                    .iter()
                    .filter(|f| f.customer_id == l.customer_id && f.due_date < date && !f.held)
                    .collect();
                mine.sort_by_key(|f| (f.due_date, f.invoice_id));
                mine.iter().map(|f| f.invoice_id).collect()
            };
            assert_eq!(l.overdue, expected, "day {day}, customer {}", l.customer_id);
            for id in l.overdue.iter().chain(&l.coming) {
                let f = facts.iter().find(|f| f.invoice_id == *id).unwrap();
                assert!(!f.held, "day {day}: held invoice {id} listed");
            }
            for id in &l.coming {
                let f = facts.iter().find(|f| f.invoice_id == *id).unwrap();
                assert!(f.due_date >= date);
            }
        }
    }
    // Never a step twice for an invoice, each after the one before; never a step
    // recorded for an invoice held that day.
    for invoice in &ledger.invoices {
        let ranks: Vec<usize> = run
            .produced
            .iter()
            .filter(|p| p.invoice_id == invoice.id)
            .map(|p| policy.position(&p.step_code).unwrap())
            .collect();
        assert!(
            ranks.windows(2).all(|w| w[0] < w[1]),
            "{}: {ranks:?}",
            invoice.id
        );
    }
    for p in &run.produced {
        let facts = ledger.facts(p.day);
        let f = facts.iter().find(|f| f.invoice_id == p.invoice_id).unwrap();
        assert!(!f.held && p.open_cents > 0, "{p:?}");
    }
    // Idempotent: each round day evaluated again with what was recorded proposes nothing.
    for (day, _) in &run.evaluations {
        let again = evaluate(
            policy,
            &ledger.facts(*day),
            &run.done,
            &ledger.customers_on_hold(*day),
            ledger.date(*day),
        );
        assert!(
            again.proposals.is_empty(),
            "day {day}: {:?}",
            again.proposals
        );
    }
}

#[test]
fn a_year_of_rounds_sends_one_letter_per_customer_at_the_highest_step_listing_every_overdue_invoice(
) {
    let ledger = year();
    let policy = Policy::default_policy();
    let run = ledger.run(&policy, working_days());
    check_round_rules(&ledger, &policy, &run);
    // The year is not empty of the interesting cases: letters listing several overdue
    // invoices, letters with invoices coming due apart, every step used, invoices held.
    assert!(run.letters.iter().any(|l| l.overdue.len() >= 3));
    assert!(run
        .letters
        .iter()
        .any(|l| !l.overdue.is_empty() && !l.coming.is_empty()));
    for step in &policy.steps {
        assert!(
            run.letters.iter().any(|l| l.step_code == step.code),
            "{}",
            step.code
        );
    }
    assert!(run.held.iter().any(|h| h.invoice_id == 53));
    assert!(run.held.iter().any(|h| h.invoice_id == 63));
    // Customer 7, on hold from day 100 to 160, gets no letter then.
    assert!(!run
        .letters
        .iter()
        .any(|l| l.customer_id == 7 && (100..=160).contains(&l.day)));
    // Customer 1 pays the day before each due date: courtesy letters only.
    assert!(run
        .letters
        .iter()
        .filter(|l| l.customer_id == 1)
        .all(|l| l.step_code == "courtesy"));
}

#[test]
fn daily_and_weekly_rounds_keep_the_rules_too() {
    let ledger = year();
    let policy = Policy::default_policy();
    for days in [
        (0..365).collect::<Vec<i64>>(),
        (0..365).step_by(7).collect(),
    ] {
        let run = ledger.run(&policy, days);
        check_round_rules(&ledger, &policy, &run);
    }
}

fn facts(id: i64, customer: i64, due: &str, open: rust_decimal::Decimal) -> InvoiceFacts {
    let due = chrono::NaiveDate::parse_from_str(due, "%Y-%m-%d").unwrap();
    InvoiceFacts {
        invoice_id: id,
        customer_id: customer,
        number: format!("F2026-{id:05}"),
        issue_date: due - chrono::Duration::days(30),
        due_date: due,
        original: Money::new(dec!(1000), Currency::EUR),
        open: Money::new(open, Currency::EUR),
        held: false,
    }
}

#[test]
fn a_courtesy_and_a_formal_notice_due_the_same_day_make_one_formal_notice() {
    let policy = Policy::default_policy();
    let as_of = chrono::NaiveDate::from_ymd_opt(2026, 11, 5).unwrap();
    let mut invoices = vec![
        facts(1, 1, "2026-10-01", dec!(247.76)), // formal notice due (+35)
        facts(2, 1, "2026-11-10", dec!(300)),    // courtesy due (−5)
        facts(3, 1, "2026-11-04", dec!(443.28)), // one day late: no step of its own
        facts(4, 1, "2026-12-20", dec!(50)),     // beyond the horizon, nothing proposed
        facts(5, 1, "2026-09-20", dec!(80)),     // disputed: held, not listed
    ];
    invoices[4].held = true;
    // Invoice 3 had its courtesy reminder.
    let done = vec![StepDone {
        invoice_id: 3,
        step_code: "courtesy".into(),
        produced_on: chrono::NaiveDate::from_ymd_opt(2026, 10, 28).unwrap(),
    }];
    let e = evaluate(&policy, &invoices, &done, &[], as_of);
    let letters = round_letters(&policy, &e, &invoices, &done, as_of);
    assert_eq!(letters.len(), 1);
    let l = &letters[0];
    assert_eq!(
        (l.step_code.as_str(), l.kind),
        ("formal_notice", StepKind::FormalNotice)
    );
    assert_eq!(l.invoice_ids(), vec![1, 3, 2]);
    assert_eq!(
        l.records,
        vec![
            (1, "formal_notice".to_string()),
            (3, "formal_notice".to_string()),
            (2, "courtesy".to_string()),
        ]
    );
    assert!(l.suspended(&policy).is_empty());
}

#[test]
fn a_suspension_does_not_overrun_another_invoices_notice_deadline() {
    let policy = Policy::default_policy();
    let as_of = chrono::NaiveDate::from_ymd_opt(2026, 11, 20).unwrap();
    let invoices = [
        facts(1, 1, "2026-10-01", dec!(100)), // suspension due (+50)
        facts(2, 1, "2026-10-15", dec!(100)), // its formal notice went on 18 November
    ];
    let done = vec![
        StepDone {
            invoice_id: 1,
            step_code: "formal_notice".into(),
            produced_on: chrono::NaiveDate::from_ymd_opt(2026, 11, 1).unwrap(),
        },
        StepDone {
            invoice_id: 2,
            step_code: "formal_notice".into(),
            produced_on: chrono::NaiveDate::from_ymd_opt(2026, 11, 18).unwrap(),
        },
    ];
    let e = evaluate(&policy, &invoices, &done, &[], as_of);
    let letters = round_letters(&policy, &e, &invoices, &done, as_of);
    assert_eq!(letters.len(), 1);
    assert_eq!(letters[0].step_code, "suspension");
    assert_eq!(letters[0].invoice_ids(), vec![1, 2]);
    assert_eq!(letters[0].records, vec![(1, "suspension".to_string())]);
    assert_eq!(letters[0].suspended(&policy), vec![1]);
}

#[test]
fn a_held_invoice_whose_own_step_was_sent_is_reported_held_beside_the_letter() {
    let policy = Policy::default_policy();
    let as_of = chrono::NaiveDate::from_ymd_opt(2026, 11, 5).unwrap();
    let mut invoices = vec![
        facts(1, 1, "2026-10-01", dec!(247.76)), // formal notice due
        facts(6, 1, "2026-10-02", dec!(90)),     // its formal notice already sent, now disputed
        facts(7, 2, "2026-10-02", dec!(90)),     // another customer's, held, no letter for them
    ];
    invoices[1].held = true;
    invoices[2].held = true;
    let done = vec![
        StepDone {
            invoice_id: 6,
            step_code: "formal_notice".into(),
            produced_on: chrono::NaiveDate::from_ymd_opt(2026, 10, 1).unwrap(),
        },
        StepDone {
            invoice_id: 7,
            step_code: "suspension".into(),
            produced_on: chrono::NaiveDate::from_ymd_opt(2026, 10, 30).unwrap(),
        },
    ];
    let e = evaluate(&policy, &invoices, &done, &[], as_of);
    assert!(e.held.iter().all(|h| h.invoice_id != 6), "{:?}", e.held);
    let letters = round_letters(&policy, &e, &invoices, &done, as_of);
    assert_eq!(letters.len(), 1);
    assert_eq!(letters[0].invoice_ids(), vec![1], "the held one stays out");
    let beside = held_beside_letters(&letters, &e, &invoices, as_of);
    assert_eq!(
        beside,
        vec![Held {
            invoice_id: 6,
            customer_id: 1,
            reason: HoldReason::Invoice,
            step_code: "formal_notice".into(),
        }]
    );
}
