//! Collections against a real book: the demo's six months of history, letters produced
//! once, holds, and a suspension through to its reactivation once paid.

use std::path::Path;
use std::sync::Arc;

use ardoise_app::demo::DemoOptions;
use ardoise_app::domain::Lang;
use ardoise_app::transport_collections::{LettersRequest, SuspensionState};
use ardoise_app::transport_invoicing::PaymentForm;
use ardoise_app::{Ardoise, FixedClock, Session};
use chrono::NaiveDate;

const TODAY: &str = "2026-11-25";

fn demo(path: &Path) -> (Ardoise, Session) {
    let today = NaiveDate::parse_from_str(TODAY, "%Y-%m-%d").unwrap();
    let mut b = Ardoise::open(path, Arc::new(FixedClock::on(today))).unwrap();
    let s = b.admin_session().unwrap();
    b.seed_demo(&s, DemoOptions::default()).unwrap();
    (b, s)
}

fn all_letters(as_of: &str) -> LettersRequest {
    LettersRequest {
        as_of: as_of.into(),
        only: Vec::new(),
        out_dir: String::new(),
        signed_by_me: None,
    }
}

#[test]
fn letters_are_produced_once_logged_and_the_suspensions_listed() {
    let dir = tempfile::tempdir().unwrap();
    let (b, s) = demo(&dir.path().join("book.db"));
    let work = b.collections(&s, TODAY).unwrap();
    assert!(
        !work.letters.is_empty(),
        "the demo's late payers get letters"
    );
    // The demo ran the policy every Monday up to last week's: today's letters are the
    // steps that fell due since that round (16 November), not months of backlog.
    let policy = b.collection_policy(&s).unwrap();
    let last_round = NaiveDate::from_ymd_opt(2026, 11, 16).unwrap();
    // A letter is at the highest step due among its customer's invoices: one of them
    // reached it since that round; the others are listed as they stand.
    for l in &work.letters {
        let step = policy.step(&l.step_code).unwrap();
        let fell_due: Vec<NaiveDate> = l
            .invoices
            .iter()
            .chain(&l.coming)
            .map(|i| {
                let due: NaiveDate = i.due_date.parse().unwrap();
                due + chrono::Duration::days(i64::from(step.offset_days))
            })
            .collect();
        assert!(
            fell_due.iter().any(|d| *d > last_round),
            "{} {}: {fell_due:?}",
            l.customer_name,
            l.step_code
        );
    }
    // Earlier rounds are in the customers' logs, sent; the customers who stopped paying
    // in the summer went through every step up to suspension.
    let customers = b.customers(&s).unwrap();
    let log: Vec<_> = customers
        .iter()
        .flat_map(|c| b.communications(&s, c.id).unwrap())
        .filter(|c| c.kind == "letter")
        .collect();
    for step in [
        "courtesy",
        "first_reminder",
        "second_reminder",
        "formal_notice",
        "suspension",
    ] {
        assert!(
            log.iter().any(|c| c.step_code.as_deref() == Some(step)),
            "{step} sent before"
        );
    }
    assert!(
        log.iter().all(|c| c.sent_on.is_some()),
        "every earlier letter went out"
    );
    assert!(
        log.iter()
            .filter(|c| c.step_code.as_deref() == Some("formal_notice"))
            .all(|c| c.sent_via.as_deref() == Some("post")),
        "formal notices by registered post"
    );
    // Last Monday's suspensions wait to be done in Partner Center.
    assert!(work
        .suspensions
        .iter()
        .any(|x| x.state == SuspensionState::ToSuspend));
    // The disputed invoice is held, with its reason.
    assert!(
        work.held
            .iter()
            .any(|h| h.reason == "invoice" && h.note.contains("licences")),
        "{:?}",
        work.held
    );
    // One letter per customer; an invoice in one letter only.
    let mut seen = std::collections::HashSet::new();
    let mut customers_seen = std::collections::HashSet::new();
    for l in &work.letters {
        assert!(
            customers_seen.insert(l.customer_id),
            "{} twice",
            l.customer_name
        );
        for i in l.invoices.iter().chain(&l.coming) {
            assert!(seen.insert(i.invoice_id), "{} twice", i.number);
        }
    }

    let result = b
        .produce_letters(&s, &all_letters(TODAY), Lang::Fr, dir.path())
        .unwrap();
    assert_eq!(result.letters.len(), work.letters.len());
    for l in &result.letters {
        assert!(Path::new(&l.path).exists(), "{}", l.path);
        let log = b.communications(&s, l.customer_id).unwrap();
        let entry = log.iter().find(|c| c.id == l.communication_id).unwrap();
        assert_eq!(entry.kind, "letter");
        assert_eq!(entry.step_code.as_deref(), Some(l.step_code.as_str()));
        assert_eq!(entry.sha256, l.sha256);
    }
    assert!(result.combined.is_some(), "one file to print them all");
    // A courtesy reminder announces the next invoice and what it should come to.
    let courtesy = result
        .letters
        .iter()
        .find(|l| l.step_code == "courtesy")
        .expect("a courtesy reminder today");
    let text = std::process::Command::new("pdftotext")
        .args([&courtesy.path, "-"])
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&text.stdout)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    // The demo leaves November to bill: that is the invoice announced, and its figure is
    // what the billing run then drafts for the customer.
    let announced = text
        .split("prochaine facture, pour novembre 2026, devrait s'élever à ")
        .nth(1)
        .and_then(|rest| rest.split(" TTC").next())
        .unwrap_or_else(|| panic!("the next invoice announced: {text}"));
    let announced: rust_decimal::Decimal = announced
        .chars()
        .filter(|c| c.is_ascii_digit() || *c == ',')
        .collect::<String>()
        .replace(',', ".")
        .parse()
        .unwrap();
    let run = b
        .bill(
            &s,
            "2026-11",
            Lang::Fr,
            &|_| {},
            &ardoise_app::CancelFlag::default(),
        )
        .unwrap();
    let draft = run
        .drafted
        .iter()
        .find(|d| d.customer_id == courtesy.customer_id)
        .expect("the customer's November draft");
    assert_eq!(
        announced,
        draft.gross.amount.parse::<rust_decimal::Decimal>().unwrap()
    );

    // Idempotent: the same day again proposes nothing.
    let again = b.collections(&s, TODAY).unwrap();
    assert!(again.letters.is_empty(), "{:?}", again.letters);
    let twice = b
        .produce_letters(&s, &all_letters(TODAY), Lang::Fr, dir.path())
        .unwrap();
    assert!(twice.letters.is_empty());

    // Marked sent by post.
    let ids: Vec<i64> = result.letters.iter().map(|l| l.communication_id).collect();
    b.mark_sent(&s, &ids, TODAY, "post").unwrap();
    let first = &result.letters[0];
    let log = b.communications(&s, first.customer_id).unwrap();
    let entry = log.iter().find(|c| c.id == first.communication_id).unwrap();
    assert_eq!(entry.sent_on.as_deref(), Some(TODAY));
    assert_eq!(entry.sent_via.as_deref(), Some("post"));
    assert!(b.mark_sent(&s, &ids, TODAY, "pigeon").is_err());
}

#[test]
fn a_suspension_is_done_then_reactivated_once_the_customer_pays() {
    let dir = tempfile::tempdir().unwrap();
    let (b, s) = demo(&dir.path().join("book.db"));
    b.produce_letters(&s, &all_letters(TODAY), Lang::Fr, dir.path())
        .unwrap();
    let work = b.collections(&s, TODAY).unwrap();
    let to_suspend = work
        .suspensions
        .iter()
        .find(|x| x.state == SuspensionState::ToSuspend)
        .expect("a subscription to suspend")
        .clone();
    assert!(
        to_suspend.pc_subscription_id.is_some(),
        "what Partner Center needs"
    );
    let suspended_count = |b: &Ardoise| {
        b.customers(&s)
            .unwrap()
            .iter()
            .find(|c| c.id == to_suspend.customer_id)
            .unwrap()
            .suspended_subscriptions
    };
    let before = suspended_count(&b);
    b.mark_suspended(&s, to_suspend.id, TODAY).unwrap();
    // The customers list says so too.
    assert_eq!(suspended_count(&b), before + 1);
    let subs = b.subscriptions(&s, Some(to_suspend.customer_id)).unwrap();
    let sub = subs
        .iter()
        .find(|x| x.id == to_suspend.subscription_id)
        .unwrap();
    assert_eq!(sub.status.code(), "suspended");

    // The customer pays everything it owes: the suspension turns into a reactivation.
    let balances = b.customer_balances(&s, to_suspend.customer_id).unwrap();
    for bal in balances {
        let owed: rust_decimal::Decimal = bal.balance.amount.parse().unwrap();
        if owed > rust_decimal::Decimal::ZERO {
            let form = PaymentForm {
                customer_id: to_suspend.customer_id,
                received_on: TODAY.into(),
                amount: owed.to_string(),
                currency: bal.currency.clone(),
                method: "transfer".into(),
                reference: "VIR SOLDE".into(),
            };
            b.record_payment(&s, &form, None).unwrap();
        }
    }
    let work = b.collections(&s, TODAY).unwrap();
    let now = work
        .suspensions
        .iter()
        .find(|x| x.id == to_suspend.id)
        .expect("still listed, to reactivate");
    assert_eq!(now.state, SuspensionState::ToReactivate);
    b.mark_reactivated(&s, to_suspend.id, TODAY).unwrap();
    assert_eq!(suspended_count(&b), before);
    let subs = b.subscriptions(&s, Some(to_suspend.customer_id)).unwrap();
    let sub = subs
        .iter()
        .find(|x| x.id == to_suspend.subscription_id)
        .unwrap();
    assert_eq!(sub.status.code(), "active");
    let work = b.collections(&s, TODAY).unwrap();
    assert!(work.suspensions.iter().all(|x| x.id != to_suspend.id));
}

#[test]
fn a_disputed_invoice_is_held_until_the_hold_is_lifted() {
    let dir = tempfile::tempdir().unwrap();
    let (b, s) = demo(&dir.path().join("book.db"));
    let work = b.collections(&s, TODAY).unwrap();
    // A letter about one invoice alone: that invoice is the one whose step is due.
    let letter = work
        .letters
        .iter()
        .find(|l| l.invoices.len() == 1 && l.coming.is_empty())
        .expect("a letter about one invoice");
    let disputed = &letter.invoices[0];
    let hold = b
        .hold(
            &s,
            letter.customer_id,
            Some(disputed.invoice_id),
            "Question sur la facture (ticket 42)",
        )
        .unwrap();
    let work = b.collections(&s, TODAY).unwrap();
    assert!(work.letters.iter().all(|l| l
        .invoices
        .iter()
        .all(|i| i.invoice_id != disputed.invoice_id)));
    let held = work
        .held
        .iter()
        .find(|h| h.invoice_id == disputed.invoice_id)
        .expect("shown as held");
    assert_eq!(held.reason, "invoice");
    assert_eq!(held.note, "Question sur la facture (ticket 42)");
    b.lift_hold(&s, hold).unwrap();
    let work = b.collections(&s, TODAY).unwrap();
    assert!(work.letters.iter().any(|l| l
        .invoices
        .iter()
        .any(|i| i.invoice_id == disputed.invoice_id)));
    assert!(
        b.hold(&s, letter.customer_id, None, "  ").is_err(),
        "a reason is required"
    );
}

#[test]
fn the_dashboard_shows_the_days_work_the_overdue_trend_and_who_owes_most() {
    let dir = tempfile::tempdir().unwrap();
    let (b, s) = demo(&dir.path().join("book.db"));
    let d = b.dashboard(&s, TODAY).unwrap();
    let work = b.collections(&s, TODAY).unwrap();
    let letters: i64 = d.steps.iter().map(|x| x.letters).sum();
    assert_eq!(letters as usize, work.letters.len());
    assert_eq!(d.trend.len(), 13, "twelve month-ends and today");
    assert_eq!(d.trend[11].as_of, "2026-10-31");
    assert_eq!(d.trend[12].as_of, TODAY);
    assert_eq!(d.trend[12].overdue, d.overdue);
    // Before the demo's history began, nothing was overdue.
    assert!(d.trend[0].overdue.is_empty());
    assert!(!d.overdue.is_empty());
    assert!(!d.top_debtors.is_empty() && d.top_debtors.len() <= 5);
    let totals: Vec<rust_decimal::Decimal> = d
        .top_debtors
        .iter()
        .map(|r| r.aging.total.amount.parse().unwrap())
        .collect();
    assert!(totals.windows(2).all(|w| w[0] >= w[1]), "largest first");
    for r in &d.renewals {
        assert!(r.renewal_date.as_str() >= TODAY && r.term != "monthly");
    }
}

#[test]
fn an_unknown_placeholder_is_refused_by_name_and_nothing_is_saved() {
    let dir = tempfile::tempdir().unwrap();
    let (b, s) = demo(&dir.path().join("book.db"));
    let mut policy = b.collection_policy(&s).unwrap();
    policy.steps[1].fr.body.push_str("\n\nMontant : {montant}");
    let err = b.save_collection_policy(&s, &policy).unwrap_err();
    let view = err.view(Lang::Fr);
    assert_eq!(view.code, "invalid_input");
    assert_eq!(view.fields[0].field, "steps[1].fr.body");
    assert!(
        view.fields[0].message.contains("{montant}"),
        "{}",
        view.fields[0].message
    );
    assert_eq!(
        b.collection_policy(&s).unwrap(),
        ardoise_app::domain::collections::Policy::default_policy()
    );

    // A valid edit is kept.
    let mut policy = b.collection_policy(&s).unwrap();
    policy.steps[1].fr.subject = "Premier rappel — {account_reference}".into();
    b.save_collection_policy(&s, &policy).unwrap();
    assert_eq!(b.collection_policy(&s).unwrap(), policy);

    let (name, pdf) = b.policy_sheet_pdf(&s, Lang::Fr).unwrap();
    let path = dir.path().join(name);
    std::fs::write(&path, pdf).unwrap();
    let text = std::process::Command::new("pdftotext")
        .arg(&path)
        .arg("-")
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&text.stdout);
    assert!(text.contains("L441-10"), "{text}");
}

#[test]
fn renewal_notices_go_out_once_per_renewal_and_state_the_seven_day_rule() {
    let dir = tempfile::tempdir().unwrap();
    let (b, s) = demo(&dir.path().join("book.db"));
    let today = NaiveDate::parse_from_str(TODAY, "%Y-%m-%d").unwrap();
    let work = b.collections(&s, TODAY).unwrap();
    assert!(!work.renewals.is_empty());
    for r in &work.renewals {
        assert_ne!(r.term, "monthly");
        let on: NaiveDate = r.renewal_date.parse().unwrap();
        assert!(on >= today && on <= today + chrono::Duration::days(30));
        let until: NaiveDate = r.cancellable_until.parse().unwrap();
        assert_eq!(until, on + chrono::Duration::days(7));
    }
    // Last Monday's round told some customers already; the others are still to tell.
    assert!(work.renewals.iter().any(|r| r.notice_sent_on.is_some()));
    let to_tell: Vec<_> = work
        .renewals
        .iter()
        .filter(|r| r.notice_sent_on.is_none())
        .cloned()
        .collect();
    assert!(!to_tell.is_empty());

    let req = ardoise_app::transport_collections::RenewalNoticesRequest {
        as_of: TODAY.into(),
        customer_ids: Vec::new(),
        out_dir: String::new(),
    };
    let result = b
        .produce_renewal_notices(&s, &req, Lang::Fr, dir.path())
        .unwrap();
    let customers: std::collections::BTreeSet<i64> =
        to_tell.iter().map(|r| r.customer_id).collect();
    assert_eq!(
        result.letters.len(),
        customers.len(),
        "one letter per customer"
    );
    for l in &result.letters {
        let log = b.communications(&s, l.customer_id).unwrap();
        let entry = log.iter().find(|c| c.id == l.communication_id).unwrap();
        assert_eq!(entry.step_code.as_deref(), Some("renewal"));
        assert_eq!(entry.sha256, l.sha256);
        let text = std::process::Command::new("pdftotext")
            .args([&l.path, "-"])
            .output()
            .unwrap();
        let text = String::from_utf8_lossy(&text.stdout)
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ");
        for r in to_tell.iter().filter(|r| r.customer_id == l.customer_id) {
            assert!(text.contains(&r.product_name), "{text}");
        }
        assert!(
            text.contains("dans les 7 jours qui suivent son renouvellement")
                || text.contains("within 7 days after it renews"),
            "{text}"
        );
    }
    // Each renewal now shows its notice, and none goes out twice.
    let after = b.collections(&s, TODAY).unwrap();
    assert!(after.renewals.iter().all(|r| r.notice_sent_on.is_some()));
    let again = b
        .produce_renewal_notices(&s, &req, Lang::Fr, dir.path())
        .unwrap();
    assert!(again.letters.is_empty());
    // The dashboard lists the same renewals.
    let d = b.dashboard(&s, TODAY).unwrap();
    assert_eq!(d.renewals, after.renewals);
}
