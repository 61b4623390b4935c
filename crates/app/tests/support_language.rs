//! The desk's words in the reader's language: the "no support" plan (stored in French)
//! named in English for an English reader, and the reason of a dispute hold written in
//! the language collections shows it in, however the question was taken.

mod support_desk;

use std::sync::Arc;

use ardoise_app::clock::ManualClock;
use ardoise_app::demo::DemoOptions;
use ardoise_app::domain::support::{Category, RequestForm, RequestState, Severity};
use ardoise_app::domain::Lang;
use ardoise_app::{Ardoise, FixedClock};
use chrono::NaiveDate;
use support_desk::{at, customer, desk, request};

#[test]
fn the_no_support_plan_is_named_in_the_reader_s_language_wherever_it_shows() {
    let dir = tempfile::tempdir().unwrap();
    let clock = Arc::new(ManualClock::at(at("2026-11-25T10:00:00Z")));
    let (b, s, _) = desk(&dir.path().join("book.db"), clock);
    let bare = b
        .create_customer(&s, &customer("Boulangerie Petit"))
        .unwrap();
    b.set_language(&s, Some(Lang::En)).unwrap();
    let plans = b.support_plans(&s).unwrap();
    let none = plans.iter().find(|p| p.no_support).unwrap();
    assert_eq!(none.name, "No support");
    assert!(plans.iter().any(|p| p.name == "Essentiel"), "{plans:?}");
    for (lang, name) in [(Lang::En, "No support"), (Lang::Fr, "Sans support")] {
        let status = b.support_open_status(&s, bare, lang).unwrap();
        assert_eq!(status.plan_name, name);
    }
    let r = b
        .add_support_request(&s, &request(bare, Severity::Low, "Question"), Lang::En)
        .unwrap();
    assert_eq!(
        b.support_request(&s, r.id, Lang::En).unwrap().plan_name,
        "No support"
    );
    assert_eq!(
        b.support_request(&s, r.id, Lang::Fr).unwrap().plan_name,
        "Sans support"
    );
}

#[test]
fn a_dispute_hold_s_reason_is_in_the_book_s_language_when_asked_and_when_reopened() {
    const TODAY: &str = "2026-11-25";
    let dir = tempfile::tempdir().unwrap();
    let today = NaiveDate::parse_from_str(TODAY, "%Y-%m-%d").unwrap();
    let mut b =
        Ardoise::open(&dir.path().join("book.db"), Arc::new(FixedClock::on(today))).unwrap();
    let s = b.admin_session().unwrap();
    let options = DemoOptions {
        history_months: 3,
        ..Default::default()
    };
    b.seed_demo(&s, options).unwrap();
    b.set_clock(Arc::new(FixedClock::on(today)));
    b.set_language(&s, Some(Lang::En)).unwrap();
    let letter = b.collections(&s, TODAY).unwrap().letters[0].clone();
    let invoice = letter.invoices[0].invoice_id;
    let note = |b: &Ardoise| {
        b.collections(&s, TODAY)
            .unwrap()
            .held
            .into_iter()
            .find(|h| h.invoice_id == invoice)
            .map(|h| h.note)
    };
    // Taken in a French window, listed among the held invoices of an English book.
    let form = RequestForm {
        category: Category::Billing,
        invoice_ids: vec![invoice],
        ..request(letter.customer_id, Severity::Normal, "Facture contestée")
    };
    let r = b.add_support_request(&s, &form, Lang::Fr).unwrap();
    let asked = note(&b).expect("held");
    assert_eq!(asked, format!("Disputed in support request {}", r.number));
    b.move_support_request(&s, r.id, RequestState::Resolved, "")
        .unwrap();
    assert_eq!(note(&b), None);
    b.move_support_request(&s, r.id, RequestState::InProgress, "")
        .unwrap();
    assert_eq!(note(&b), Some(asked));
}
