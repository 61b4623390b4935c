//! The support desk on the demo book: its plans, customers and months of requests, and
//! a billing question's dispute hold through the collections use cases.

mod support_desk;

use std::sync::Arc;

use ardoise_app::demo::DemoOptions;
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
    let letter = &work.letters[0];
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
