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
    // A letter about one invoice alone: that invoice is the one whose step is due.
    let letter = b
        .collections(&s, TODAY)
        .unwrap()
        .letters
        .into_iter()
        .find(|l| l.invoices.len() == 1 && l.coming.is_empty())
        .expect("a letter about one invoice");
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

/// Quotes and parentheses never open inside their own kind: French nests “ ” inside « »,
/// English ‘ ’ inside “ ”, and a parenthesis is never opened inside another.
fn assert_not_nested(text: &str) {
    for (open, close) in [('«', '»'), ('“', '”'), ('‘', '’'), ('(', ')')] {
        let mut depth = 0;
        for ch in text.chars() {
            if ch == open {
                depth += 1;
                assert!(depth < 2, "{open} inside {open}: {text}");
            } else if ch == close {
                depth -= 1;
            }
        }
    }
}

#[test]
fn an_explained_fee_line_and_an_escalation_to_commercial_support_nest_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let clock = Arc::new(ManualClock::at(at("2026-11-25T10:00:00Z")));
    let (b, s, fr) = desk(&dir.path().join("book.db"), clock);
    let plan = b
        .support_plans(&s)
        .unwrap()
        .into_iter()
        .find(|p| p.name == "Essentiel")
        .unwrap()
        .id;
    let english = ardoise_app::domain::customer::CustomerForm {
        language: "en".into(),
        ..customer("Harbour Tools Ltd")
    };
    let en = b.create_customer(&s, &english).unwrap();
    b.set_customer_support_plan(&s, en, plan, "2026-01-01")
        .unwrap();
    b.bill(
        &s,
        "2026-11",
        Lang::Fr,
        &|_| {},
        &ardoise_app::CancelFlag::default(),
    )
    .unwrap();
    let drafts = b
        .invoices(
            &s,
            &ardoise_app::transport_invoicing::InvoiceFilter::default(),
        )
        .unwrap();
    for customer in [fr, en] {
        let draft = drafts.iter().find(|i| i.customer_id == customer).unwrap();
        let explained = b.explain_invoice(&s, draft.id).unwrap();
        assert!(explained.text.contains("Essentiel"), "{}", explained.text);
        assert_not_nested(&explained.text);
    }
    let r = b
        .add_support_request(
            &s,
            &RequestForm {
                category: Category::Billing,
                ..request(fr, Severity::Normal, "Facture de novembre")
            },
            Lang::Fr,
        )
        .unwrap();
    let form = ardoise_app::domain::support::EscalationForm {
        route: ardoise_app::domain::support::Route::Commercial,
        case_number: "2611250010001".into(),
        opened_on: String::new(),
        note: String::new(),
    };
    b.escalate_support_request(&s, r.id, &form).unwrap();
    for lang in [Lang::Fr, Lang::En] {
        let page = b.support_request(&s, r.id, lang).unwrap();
        let escalated = page
            .timeline
            .iter()
            .find(|e| e.summary.contains("2611250010001"))
            .unwrap();
        assert!(escalated.summary.contains("Microsoft"));
        assert_not_nested(&escalated.summary);
    }
}
