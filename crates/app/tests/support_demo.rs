//! The support desk on the demo book: its plans, customers and months of requests, and
//! a billing question's dispute hold through the collections use cases.

mod support_desk;

use std::sync::Arc;

use ardoise_app::demo::DemoOptions;
use ardoise_app::domain::support::billable::month_of;
use ardoise_app::domain::support::{Category, RequestForm, RequestState, Severity};
use ardoise_app::domain::Lang;
use ardoise_app::transport_support::QueueFilter;
use ardoise_app::{Ardoise, FixedClock};
use chrono::NaiveDate;
use support_desk::{assert_field, request};

/// A billing question naming an overdue invoice takes it out of the collection letters
/// (the dispute hold), and resolving the request puts it back.
#[test]
fn a_disputed_invoice_leaves_the_letters_until_the_question_is_resolved() {
    const TODAY: &str = "2026-11-25";
    let dir = tempfile::tempdir().unwrap();
    let today = NaiveDate::parse_from_str(TODAY, "%Y-%m-%d").unwrap();
    let mut b =
        Ardoise::open(&dir.path().join("book.db"), Arc::new(FixedClock::on(today))).unwrap();
    let s = b.admin_session().unwrap();
    b.seed_demo(&s, DemoOptions::default()).unwrap();
    b.set_clock(Arc::new(FixedClock::on(today)));
    let work = b.collections(&s, TODAY).unwrap();
    // A letter about one invoice alone: that invoice is the one whose step is due (a
    // letter lists every overdue invoice, some at steps already sent).
    let letter = work
        .letters
        .iter()
        .find(|l| l.invoices.len() == 1 && l.coming.is_empty())
        .expect("a letter about one invoice");
    let invoice = letter.invoices[0].invoice_id;
    let proposed = |b: &Ardoise| {
        b.collections(&s, TODAY)
            .unwrap()
            .letters
            .iter()
            .any(|l| l.invoices.iter().any(|i| i.invoice_id == invoice))
    };
    assert!(proposed(&b));
    let form = RequestForm {
        category: Category::Billing,
        invoice_ids: vec![invoice],
        ..request(letter.customer_id, Severity::Normal, "Facture contestée")
    };
    let r = b.add_support_request(&s, &form, Lang::Fr).unwrap();
    assert!(!proposed(&b), "a disputed invoice is not chased");
    let held = b.collections(&s, TODAY).unwrap().held;
    let hold = held
        .iter()
        .find(|h| h.invoice_id == invoice)
        .expect("listed as held");
    assert!(hold.note.contains(&r.number), "{}", hold.note);
    let view = b.support_request(&s, r.id, Lang::Fr).unwrap();
    assert!(view.links[0].held);
    b.move_support_request(&s, r.id, RequestState::Resolved, "Avoir promis.")
        .unwrap();
    assert!(proposed(&b), "proposed again once resolved");
    assert!(!b.support_request(&s, r.id, Lang::Fr).unwrap().links[0].held);
    // Reopened, the question disputes the invoice again.
    b.move_support_request(&s, r.id, RequestState::InProgress, "")
        .unwrap();
    assert!(!proposed(&b));
    b.move_support_request(&s, r.id, RequestState::Closed, "")
        .unwrap();
    assert!(proposed(&b));
    // An invoice of another customer is refused on its field.
    let other = work
        .letters
        .iter()
        .find(|l| l.customer_id != letter.customer_id)
        .map(|l| l.invoices[0].invoice_id)
        .unwrap();
    let foreign = RequestForm {
        invoice_ids: vec![other],
        ..form
    };
    assert_field(
        b.add_support_request(&s, &foreign, Lang::Fr).unwrap_err(),
        "invoice_ids[0]",
    );
}

#[test]
fn the_demo_book_has_its_plans_customers_on_them_and_months_of_requests() {
    let dir = tempfile::tempdir().unwrap();
    let today = NaiveDate::from_ymd_opt(2026, 11, 25).unwrap();
    let mut b =
        Ardoise::open(&dir.path().join("book.db"), Arc::new(FixedClock::on(today))).unwrap();
    let s = b.admin_session().unwrap();
    b.seed_demo(&s, DemoOptions::default()).unwrap();
    let plans = b.support_plans(&s).unwrap();
    let names: Vec<(&str, bool, i64)> = plans
        .iter()
        .map(|p| (p.name.as_str(), p.no_support, p.customers))
        .collect();
    assert_eq!(
        names,
        vec![
            ("Sans support", true, 16),
            ("Essentiel", false, 16),
            ("Premium", false, 8)
        ]
    );
    assert_eq!(plans[2].prices[0].monthly_fee.amount, "490");
    let all = |states: Vec<RequestState>| {
        b.support_queue(
            &s,
            &QueueFilter {
                states,
                ..Default::default()
            },
        )
        .unwrap()
    };
    let closed = all(vec![RequestState::Closed]);
    assert!(closed.len() > 30, "{} closed", closed.len());
    assert!(!all(vec![]).is_empty(), "the last days' requests are open");
    let pages: Vec<_> = closed
        .iter()
        .map(|r| b.support_request(&s, r.id, Lang::Fr).unwrap())
        .collect();
    assert!(pages.iter().any(|p| !p.escalations.is_empty()));
    assert!(pages
        .iter()
        .any(|p| p.links.iter().any(|l| l.invoice_id.is_some())));
    assert!(pages.iter().all(|p| p.links.iter().all(|l| !l.held)));
    assert!(pages.iter().all(|p| p.minutes_logged > 0));
    let report = b.support_report(&s, "2026-05", "2026-11").unwrap();
    assert!(report.hours.iter().map(|h| h.billable_minutes).sum::<i64>() > 0);
    let premium = b
        .support_queue(&s, &QueueFilter::default())
        .unwrap()
        .into_iter()
        .chain(closed)
        .map(|r| r.customer_id)
        .find(|c| b.support_open_status(&s, *c, Lang::Fr).unwrap().plan_name == "Premium")
        .unwrap();
    // Wednesday 10:00 in Paris, within 8:00–19:00.
    let status = b.support_open_status(&s, premium, Lang::Fr).unwrap();
    assert!(status.open, "{status:?}");
}

/// The month of an instant in Paris, as the demo's plans count it ("2026-10").
fn paris_month(instant: &str) -> String {
    let utc = chrono::DateTime::parse_from_rfc3339(instant).unwrap();
    month_of(utc.to_utc(), "Europe/Paris").unwrap().to_string()
}

/// The demo's support is lived through the same months as its billing: each run billed
/// the month before's extra time, so the next run (November's) has only October's to
/// bill, one hours line at most per customer; and the desk looks like a real one.
#[test]
fn each_month_of_the_demo_bills_the_month_before_s_support_and_the_desk_mostly_meets_its_targets() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("book.db");
    let today = NaiveDate::from_ymd_opt(2026, 11, 25).unwrap();
    let mut b = Ardoise::open(&path, Arc::new(FixedClock::on(today))).unwrap();
    let s = b.admin_session().unwrap();
    b.seed_demo(&s, DemoOptions::default()).unwrap();
    b.set_clock(Arc::new(FixedClock::on(today)));
    let billed = || -> Vec<(String, String, i64, i64)> {
        let db = rusqlite::Connection::open(&path).unwrap();
        let mut stmt = db
            .prepare(
                "SELECT substr(i.period_start, 1, 7), t.started_at, i.id, b.invoice_line_id
                 FROM support_time_billed b
                 JOIN support_time_entries t ON t.id = b.time_entry_id
                 JOIN invoice_lines l ON l.id = b.invoice_line_id
                 JOIN invoices i ON i.id = l.invoice_id",
            )
            .unwrap();
        let rows = stmt
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)))
            .unwrap();
        rows.map(Result::unwrap).collect()
    };
    let month_before = |period: &str| {
        let first = NaiveDate::parse_from_str(&format!("{period}-01"), "%Y-%m-%d").unwrap();
        (first - chrono::Duration::days(1))
            .format("%Y-%m")
            .to_string()
    };
    let history = billed();
    assert!(!history.is_empty(), "the history's runs billed extra time");
    for (period, started, _, _) in &history {
        assert_eq!(
            paris_month(started),
            month_before(period),
            "{started} on {period}"
        );
    }
    // November's run: October's time only, never more than one hours line a draft.
    b.bill(
        &s,
        "2026-11",
        Lang::Fr,
        &|_| {},
        &ardoise_app::CancelFlag::default(),
    )
    .unwrap();
    let after = billed();
    let mut lines: std::collections::HashMap<i64, std::collections::HashSet<i64>> =
        Default::default();
    for (period, started, invoice, line) in after.iter().filter(|e| e.0 == "2026-11") {
        assert_eq!(paris_month(started), "2026-10", "{started} on {period}");
        lines.entry(*invoice).or_default().insert(*line);
    }
    assert!(lines.values().all(|l| l.len() == 1), "{lines:?}");
    // A desk that mostly keeps its word: a handful of targets missed, most met.
    let report = b.support_report(&s, "2026-05", "2026-11").unwrap();
    let missed: i64 = report
        .targets
        .iter()
        .map(|t| t.first_response_missed + t.resolution_missed)
        .sum();
    let met: i64 = report.targets.iter().map(|t| t.resolution_met).sum();
    assert!((1..=6).contains(&missed), "{missed} missed");
    assert!(met > 30, "{met} met");
    // A few open now, one of them close to breaching this morning.
    let open = b.support_queue(&s, &QueueFilter::default()).unwrap();
    assert!((2..=10).contains(&open.len()), "{} open", open.len());
    let soon = b.support_due_soon(&s, 120).unwrap();
    assert!(
        soon.iter()
            .any(|r| !r.breached && r.remaining_minutes.is_some_and(|m| m > 0)),
        "{soon:?}"
    );
    // Billing questions name their invoices.
    let questions = open
        .iter()
        .map(|r| r.id)
        .chain(
            b.support_queue(
                &s,
                &QueueFilter {
                    states: vec![RequestState::Closed],
                    ..Default::default()
                },
            )
            .unwrap()
            .iter()
            .filter(|r| r.category == Category::Billing)
            .map(|r| r.id),
        )
        .filter(|id| {
            b.support_request(&s, *id, Lang::Fr)
                .unwrap()
                .links
                .iter()
                .any(|l| l.invoice_id.is_some())
        })
        .count();
    assert!(
        questions >= 3,
        "{questions} billing questions name an invoice"
    );
}
