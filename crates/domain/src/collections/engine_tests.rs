//! Tests of `evaluate`: calendars replayed day by day (see `simulation`), the rule on
//! single dates, and properties over random ledgers and random run days.

use super::*;
use crate::collections::simulation::{HeldOn, Ledger, Letter, Produced, SimInvoice};
use crate::money::Currency;
use proptest::prelude::*;
use rust_decimal_macros::dec;

fn inv(id: i64, customer: i64, issue_day: i64, due_day: i64, cents: i64) -> SimInvoice {
    SimInvoice {
        id,
        customer,
        issue_day,
        due_day,
        cents,
    }
}

fn produced(day: i64, invoice_id: i64, step: &str, open_cents: i64) -> Produced {
    Produced {
        day,
        invoice_id,
        step_code: step.to_string(),
        open_cents,
    }
}

fn letter(day: i64, customer_id: i64, step: &str, overdue: &[i64], coming: &[i64]) -> Letter {
    Letter {
        day,
        customer_id,
        step_code: step.to_string(),
        overdue: overdue.to_vec(),
        coming: coming.to_vec(),
    }
}

/// Consecutive days an invoice was held at the same step for the same reason:
/// (invoice, step, reason, first day, last day).
fn held_spans(held: &[HeldOn]) -> Vec<(i64, String, HoldReason, i64, i64)> {
    let mut sorted = held.to_vec();
    sorted.sort_by_key(|h| (h.invoice_id, h.day));
    let mut spans: Vec<(i64, String, HoldReason, i64, i64)> = Vec::new();
    for h in sorted {
        match spans.last_mut() {
            Some(s)
                if s.0 == h.invoice_id
                    && s.1 == h.step_code
                    && s.2 == h.reason
                    && s.4 + 1 == h.day =>
            {
                s.4 = h.day
            }
            _ => spans.push((h.invoice_id, h.step_code, h.reason, h.day, h.day)),
        }
    }
    spans
}

fn span(
    invoice: i64,
    step: &str,
    reason: HoldReason,
    from: i64,
    to: i64,
) -> (i64, String, HoldReason, i64, i64) {
    (invoice, step.to_string(), reason, from, to)
}

/// Three customers over 120 days from 1 January 2026, run every day:
/// - customer 1: 101 paid in full after its first reminder; 102 partly paid after its
///   first reminder, so it goes on to suspension with 300 € open; 103 and 104 due the
///   same day (one courtesy letter for both), 103 paid before its due date, 104 the day
///   before its first reminder would have gone;
/// - customer 2: 201 disputed from day 22 to day 40, through two steps; the day the
///   dispute closes, only its second reminder goes (catch-up), then the rest on time;
/// - customer 3: on hold from day 85; its courtesy letter went before, its reminders are
///   held.
fn calendar() -> Ledger {
    Ledger {
        start: NaiveDate::from_ymd_opt(2026, 1, 1),
        invoices: vec![
            inv(101, 1, 0, 30, 120_000),
            inv(102, 1, 10, 40, 50_000),
            inv(103, 1, 20, 60, 30_000),
            inv(104, 1, 30, 60, 15_000),
            inv(201, 2, 0, 20, 80_000),
            inv(301, 3, 60, 90, 25_000),
        ],
        payments: vec![
            (40, 101, 120_000),
            (50, 102, 20_000),
            (58, 103, 30_000),
            (62, 104, 15_000),
            (95, 102, 30_000),
            (100, 201, 80_000),
        ],
        disputes: vec![(201, 22, 40)],
        customer_holds: vec![(3, 85, 119)],
    }
}

#[test]
fn a_120_day_calendar_produces_exactly_these_steps_on_these_days() {
    let ledger = calendar();
    let run = ledger.run(&Policy::default_policy(), 0..120);
    assert_eq!(
        run.produced,
        vec![
            produced(13, 201, "courtesy", 80_000),
            produced(23, 101, "courtesy", 120_000),
            produced(33, 101, "first_reminder", 120_000),
            produced(33, 102, "courtesy", 50_000),
            produced(41, 201, "second_reminder", 80_000),
            produced(43, 102, "first_reminder", 50_000),
            produced(50, 201, "formal_notice", 80_000),
            produced(53, 103, "courtesy", 30_000),
            produced(53, 104, "courtesy", 15_000),
            produced(55, 102, "second_reminder", 30_000),
            produced(65, 201, "suspension", 80_000),
            produced(70, 102, "formal_notice", 30_000),
            produced(83, 301, "courtesy", 25_000),
            produced(85, 102, "suspension", 30_000),
        ]
    );
    // One letter per customer and round, at the highest step due, listing every overdue
    // invoice and apart those coming due: on day 33 customer 1 gets one first reminder
    // for 101 with 102 (whose courtesy step fell due the same day), 103 and 104 coming.
    assert_eq!(
        run.letters,
        vec![
            letter(13, 2, "courtesy", &[], &[201]),
            letter(23, 1, "courtesy", &[], &[101, 102]),
            letter(33, 1, "first_reminder", &[101], &[102, 103, 104]),
            letter(41, 2, "second_reminder", &[201], &[]),
            letter(43, 1, "first_reminder", &[102], &[103, 104]),
            letter(50, 2, "formal_notice", &[201], &[]),
            letter(53, 1, "courtesy", &[102], &[103, 104]),
            letter(55, 1, "second_reminder", &[102], &[103, 104]),
            letter(65, 2, "suspension", &[201], &[]),
            letter(70, 1, "formal_notice", &[102], &[]),
            letter(83, 3, "courtesy", &[], &[301]),
            letter(85, 1, "suspension", &[102], &[]),
        ]
    );
    use HoldReason::*;
    assert_eq!(
        held_spans(&run.held),
        vec![
            span(201, "first_reminder", Invoice, 23, 34),
            span(201, "second_reminder", Invoice, 35, 40),
            span(301, "first_reminder", Customer, 93, 104),
            span(301, "second_reminder", Customer, 105, 119),
        ]
    );
    let suspended: Vec<(i64, i64)> = run
        .evaluations
        .iter()
        .flat_map(|(day, e)| {
            e.suspensions()
                .into_iter()
                .map(move |p| (*day, p.invoice_id))
        })
        .collect();
    assert_eq!(suspended, vec![(65, 201), (85, 102)]);
}

#[test]
fn twenty_days_without_a_run_produce_a_single_catch_up_letter() {
    let ledger = Ledger {
        invoices: vec![inv(1, 1, 0, 10, 100_000)],
        ..Ledger::default()
    };
    let policy = Policy::default_policy();
    let daily = ledger.run(&policy, 0..120);
    assert_eq!(
        daily.triples(),
        vec![
            (3, 1, "courtesy"),
            (13, 1, "first_reminder"),
            (25, 1, "second_reminder"),
            (40, 1, "formal_notice"),
            (55, 1, "suspension"),
        ]
    );
    // No run from day 12 to day 31: the first reminder (day 13) is never sent; on day 32
    // only the second, the highest then due.
    let gap = ledger.run(&policy, (0..12).chain(32..120));
    assert_eq!(
        gap.triples(),
        vec![
            (3, 1, "courtesy"),
            (32, 1, "second_reminder"),
            (40, 1, "formal_notice"),
            (55, 1, "suspension"),
        ]
    );
    let day_32 = &gap.evaluations.iter().find(|(d, _)| *d == 32).unwrap().1;
    assert_eq!(day_32.proposals.len(), 1);
    assert_eq!(day_32.proposals[0].due_on, ledger.date(25));
    assert_eq!(day_32.proposals[0].days_overdue, 22);
    // Two runs 60 days apart: one letter each, the highest step due.
    let sparse = ledger.run(&policy, [0, 60]);
    assert_eq!(sparse.triples(), vec![(60, 1, "suspension")]);
}

#[test]
fn a_disputed_invoice_is_held_then_proposed_at_the_step_reached() {
    let ledger = Ledger {
        invoices: vec![inv(1, 1, 0, 10, 100_000), inv(2, 1, 0, 10, 50_000)],
        disputes: vec![(1, 0, 50)],
        ..Ledger::default()
    };
    let run = ledger.run(&Policy::default_policy(), 0..70);
    use HoldReason::Invoice;
    assert_eq!(
        held_spans(&run.held),
        vec![
            span(1, "courtesy", Invoice, 3, 12),
            span(1, "first_reminder", Invoice, 13, 24),
            span(1, "second_reminder", Invoice, 25, 39),
            span(1, "formal_notice", Invoice, 40, 50),
        ]
    );
    // The other invoice of the customer goes on as usual; the disputed one gets its
    // formal notice the day the dispute closes, and its suspension only once the
    // notice's 8 days are over (day 60), although the suspension step fell due on 55.
    assert_eq!(
        run.triples(),
        vec![
            (3, 2, "courtesy"),
            (13, 2, "first_reminder"),
            (25, 2, "second_reminder"),
            (40, 2, "formal_notice"),
            (51, 1, "formal_notice"),
            (55, 2, "suspension"),
            (60, 1, "suspension"),
        ]
    );
    // Its suspension notice lists the other invoice, still unpaid, as well.
    assert_eq!(
        run.letters.last(),
        Some(&letter(60, 1, "suspension", &[1, 2], &[]))
    );
}

#[test]
fn a_customer_on_hold_holds_every_invoice_and_says_so() {
    let ledger = Ledger {
        invoices: vec![inv(1, 1, 0, 10, 100_000), inv(2, 2, 0, 10, 100_000)],
        disputes: vec![(1, 0, 119)],
        customer_holds: vec![(1, 0, 20)],
        ..Ledger::default()
    };
    let run = ledger.run(&Policy::default_policy(), [15, 30]);
    assert_eq!(
        run.held,
        vec![
            HeldOn {
                day: 15,
                invoice_id: 1,
                step_code: "first_reminder".into(),
                reason: HoldReason::Customer,
            },
            HeldOn {
                day: 30,
                invoice_id: 1,
                step_code: "second_reminder".into(),
                reason: HoldReason::Invoice,
            },
        ]
    );
    assert_eq!(
        run.triples(),
        vec![(15, 2, "first_reminder"), (30, 2, "second_reminder")]
    );
}

fn eur(a: rust_decimal::Decimal) -> Money {
    Money::new(a, Currency::EUR)
}

fn d(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

fn facts(id: i64, customer: i64, due: &str, open: rust_decimal::Decimal) -> InvoiceFacts {
    InvoiceFacts {
        invoice_id: id,
        customer_id: customer,
        number: format!("F2026-{id:05}"),
        issue_date: d(due) - Duration::days(30),
        due_date: d(due),
        original: eur(dec!(1000)),
        open: eur(open),
        held: false,
    }
}

#[test]
fn a_partial_payment_leaves_the_open_amount_and_full_payment_leaves_nothing() {
    let policy = Policy::default_policy();
    let as_of = d("2026-11-20");
    let partly = [facts(1, 1, "2026-11-10", dec!(600))];
    let e = evaluate(&policy, &partly, &[], &[], as_of);
    assert_eq!(e.proposals.len(), 1);
    let p = &e.proposals[0];
    assert_eq!(
        (
            p.step_code.as_str(),
            p.open,
            p.days_overdue,
            p.due_on,
            p.kind,
            p.offset_days
        ),
        (
            "first_reminder",
            eur(dec!(600)),
            10,
            d("2026-11-13"),
            StepKind::Reminder,
            3
        )
    );
    for open in [dec!(0), dec!(-25)] {
        let settled = [facts(1, 1, "2026-11-10", open)];
        assert!(evaluate(&policy, &settled, &[], &[], as_of).is_empty());
    }
}

#[test]
fn the_courtesy_step_falls_due_a_week_before_the_due_date() {
    let policy = Policy::default_policy();
    let invoices = [facts(1, 1, "2026-11-10", dec!(100))];
    assert!(evaluate(&policy, &invoices, &[], &[], d("2026-11-02")).is_empty());
    let e = evaluate(&policy, &invoices, &[], &[], d("2026-11-03"));
    let p = &e.proposals[0];
    assert_eq!(
        (p.step_code.as_str(), p.days_overdue, p.due_on),
        ("courtesy", -7, d("2026-11-03"))
    );
}

#[test]
fn what_was_done_stops_that_step_and_every_earlier_one() {
    let policy = Policy::default_policy();
    let invoices = [facts(1, 1, "2026-11-10", dec!(100))];
    let done = |code: &str| {
        vec![StepDone {
            invoice_id: 1,
            step_code: code.to_string(),
            produced_on: d("2026-11-20"),
        }]
    };
    let as_of = d("2026-11-26"); // +16: the second reminder is the highest due
    assert!(evaluate(&policy, &invoices, &done("second_reminder"), &[], as_of).is_empty());
    // Produced by hand ahead of the policy: nothing until a later step falls due.
    assert!(evaluate(&policy, &invoices, &done("formal_notice"), &[], as_of).is_empty());
    let e = evaluate(&policy, &invoices, &done("first_reminder"), &[], as_of);
    assert_eq!(e.proposals[0].step_code, "second_reminder");
    // A code the policy no longer has counts for nothing.
    let e = evaluate(&policy, &invoices, &done("old_step"), &[], as_of);
    assert_eq!(e.proposals[0].step_code, "second_reminder");
    // Another invoice's steps count for nothing either.
    let other = vec![StepDone {
        invoice_id: 2,
        step_code: "suspension".into(),
        produced_on: d("2026-11-20"),
    }];
    assert_eq!(
        evaluate(&policy, &invoices, &other, &[], as_of)
            .proposals
            .len(),
        1
    );
}

#[test]
fn proposals_come_in_customer_then_due_date_order_and_make_one_letter_per_customer() {
    let policy = Policy::default_policy();
    let invoices = [
        facts(5, 2, "2026-10-01", dec!(10)),
        facts(4, 1, "2026-11-01", dec!(10)),
        facts(3, 1, "2026-10-01", dec!(10)),
        facts(2, 1, "2026-11-01", dec!(10)),
        facts(1, 2, "2026-11-01", dec!(10)),
    ];
    let e = evaluate(&policy, &invoices, &[], &[], d("2026-11-05"));
    let order: Vec<(i64, &str)> = e
        .proposals
        .iter()
        .map(|p| (p.invoice_id, p.step_code.as_str()))
        .collect();
    assert_eq!(
        order,
        vec![
            (3, "formal_notice"),
            (2, "first_reminder"),
            (4, "first_reminder"),
            (5, "formal_notice"),
            (1, "first_reminder"),
        ]
    );
    let letters: Vec<(i64, &str, StepKind, Vec<i64>)> =
        crate::collections::round_letters(&policy, &e, &invoices, &[], d("2026-11-05"))
            .into_iter()
            .map(|l| {
                let ids = l.invoice_ids();
                (
                    l.customer_id,
                    policy.step(&l.step_code).unwrap().code.as_str(),
                    l.kind,
                    ids,
                )
            })
            .collect();
    use StepKind::*;
    // One letter per customer, at its highest step, listing every overdue invoice.
    assert_eq!(
        letters,
        vec![
            (1, "formal_notice", FormalNotice, vec![3, 2, 4]),
            (2, "formal_notice", FormalNotice, vec![5, 1]),
        ]
    );
    assert!(e.suspensions().is_empty());
}

/// A random ledger of up to six invoices of three customers, with payments, disputes
/// and customer holds anywhere in 120 days.
fn ledgers() -> impl Strategy<Value = Ledger> {
    let invoices = prop::collection::vec((1i64..=3, 0i64..90, 0i64..60, 1i64..500_000), 1..7);
    let payments = prop::collection::vec((0usize..6, 0i64..120, 1i64..300_000), 0..8);
    let disputes = prop::collection::vec((0usize..6, 0i64..120, 0i64..40), 0..3);
    let holds = prop::collection::vec((1i64..=3, 0i64..120, 0i64..40), 0..2);
    (invoices, payments, disputes, holds).prop_map(|(invoices, payments, disputes, holds)| {
        let invoices: Vec<SimInvoice> = invoices
            .into_iter()
            .enumerate()
            .map(|(i, (customer, issue, term, cents))| {
                inv(i as i64 + 1, customer, issue, issue + term, cents)
            })
            .collect();
        let id = |index: usize| invoices[index % invoices.len()].id;
        Ledger {
            start: NaiveDate::from_ymd_opt(2026, 3, 1),
            payments: payments
                .iter()
                .map(|(i, day, c)| (*day, id(*i), *c))
                .collect(),
            disputes: disputes
                .iter()
                .map(|(i, from, len)| (id(*i), *from, from + len))
                .collect(),
            customer_holds: holds
                .iter()
                .map(|(c, from, len)| (*c, *from, from + len))
                .collect(),
            invoices,
        }
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn never_twice_always_forward_and_only_the_highest_step(
        ledger in ledgers(),
        runs in prop::collection::vec(any::<bool>(), 120),
    ) {
        let policy = Policy::default_policy();
        let days: Vec<i64> = (0..120).filter(|d| runs[*d as usize]).collect();
        let run = ledger.run(&policy, days.iter().copied());

        for invoice in &ledger.invoices {
            // Never a step twice, and each one after the one before.
            let ranks: Vec<usize> = run
                .produced
                .iter()
                .filter(|p| p.invoice_id == invoice.id)
                .map(|p| policy.position(&p.step_code).unwrap())
                .collect();
            prop_assert!(ranks.windows(2).all(|w| w[0] < w[1]), "{:?}", ranks);
        }
        for p in &run.produced {
            let invoice = ledger.invoices.iter().find(|i| i.id == p.invoice_id).unwrap();
            // At least the highest step due that day (catch-up, not the missed ones; a
            // higher one when the customer's letter is at a higher step).
            let highest = policy
                .steps
                .iter()
                .rposition(|s| invoice.due_day + i64::from(s.offset_days) <= p.day);
            prop_assert!(policy.position(&p.step_code) >= highest);
            // With what is open that day; never for a paid or held invoice.
            prop_assert_eq!(p.open_cents, ledger.open_cents(invoice, p.day));
            prop_assert!(p.open_cents > 0);
            let facts = ledger.facts(p.day);
            let f = facts.iter().find(|f| f.invoice_id == p.invoice_id).unwrap();
            prop_assert!(!f.held);
            prop_assert!(!ledger.customers_on_hold(p.day).contains(&invoice.customer));
        }
        // Nothing after a formal notice until its deadline is over.
        for p in &run.produced {
            let notice = run.produced.iter().find(|n| {
                n.invoice_id == p.invoice_id && n.step_code == "formal_notice"
            });
            if let Some(n) = notice {
                if policy.position(&p.step_code) > policy.position("formal_notice") {
                    prop_assert!(p.day > n.day + i64::from(policy.notice_deadline_days), "{:?} after {:?}", p, n);
                }
            }
        }
        // Idempotent: evaluating any run day again, with what was recorded, proposes
        // nothing.
        for day in &days {
            let again = evaluate(
                &policy,
                &ledger.facts(*day),
                &run.done,
                &ledger.customers_on_hold(*day),
                ledger.date(*day),
            );
            prop_assert!(again.proposals.is_empty(), "day {}: {:?}", day, again.proposals);
        }
        // One letter per customer and round; every proposal is recorded by its
        // customer's letter, at its step or a higher one.
        for (day, e) in &run.evaluations {
            let letters: Vec<_> = run.letters.iter().filter(|l| l.day == *day).collect();
            let customers: std::collections::BTreeSet<i64> =
                letters.iter().map(|l| l.customer_id).collect();
            prop_assert_eq!(customers.len(), letters.len());
            for p in &e.proposals {
                let recorded = run.produced.iter().find(|r| r.day == *day && r.invoice_id == p.invoice_id);
                prop_assert!(recorded.is_some_and(|r| policy.position(&r.step_code) >= policy.position(&p.step_code)));
            }
        }
    }
}
