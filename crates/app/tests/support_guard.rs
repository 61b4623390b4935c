//! What a hostile or careless user could do to the support desk, refused on a real book
//! file: a forgotten timer billing a night, time counted twice or before the request,
//! the built-in plan made a paid one, support switched off on a paid plan, an escalation
//! on a route the plan does not give or on a date outside the request, a request dated
//! before 2000 or on the plan of today rather than of its date, a billing question
//! holding a settled invoice or a credit note; and billing admins reading where time was
//! billed.

mod support_desk;

use std::sync::Arc;

use ardoise_app::clock::ManualClock;
use ardoise_app::demo::DemoOptions;
use ardoise_app::domain::support::{
    Category, EscalationForm, RequestForm, RequestState, Route, Severity, TimeEntryForm,
};
use ardoise_app::domain::Lang;
use ardoise_app::transport_support::RouteHeld;
use ardoise_app::{Ardoise, FixedClock, Role, Session};
use chrono::NaiveDate;
use support_desk::{assert_field, at, desk, office_plan, price, request};

fn entry(request_id: i64, start: &str, minutes: &str) -> TimeEntryForm {
    TimeEntryForm {
        request_id,
        started_at: start.into(),
        ended_at: String::new(),
        minutes: minutes.into(),
        billable: true,
        note: "Appel".into(),
    }
}

#[test]
fn a_timer_forgotten_over_the_weekend_bills_nothing_and_says_so() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("book.db");
    // Friday 4 December, 17:00 in Paris.
    let clock = Arc::new(ManualClock::at(at("2026-12-04T16:00:00Z")));
    let (b, s, c) = desk(&path, clock.clone());
    let r = b
        .add_support_request(&s, &request(c, Severity::Normal, "Accès"), Lang::Fr)
        .unwrap();
    b.start_support_timer(&s, r.id).unwrap();
    drop(b);
    // Stopped on Monday morning.
    clock.set_instant(at("2026-12-07T08:00:00Z"));
    let b = Ardoise::open(&path, clock.clone()).unwrap();
    b.stop_support_timer(&s, true, "Appel").unwrap();
    let view = b.support_request(&s, r.id, Lang::Fr).unwrap();
    let t = &view.time[0];
    // Cut at midnight in Paris, not 24 hours, and not billable.
    assert_eq!((t.minutes, t.billable), (420, false));
    assert_eq!(t.ended_at, "2026-12-04T23:00:00Z");
    assert!(t.note.contains("Minuteur oublié"), "{}", t.note);
    assert!(t.note.contains("04/12/2026 17:00"), "{}", t.note);
    assert!(t.note.ends_with("Appel"), "{}", t.note);
    assert_eq!(view.billable_minutes, 0);

    // Started early and stopped the same day after more than 12 hours: cut at 12 hours.
    clock.set_instant(at("2026-12-08T05:00:00Z"));
    b.start_support_timer(&s, r.id).unwrap();
    clock.set_instant(at("2026-12-08T18:30:00Z"));
    b.stop_support_timer(&s, true, "").unwrap();
    let view = b.support_request(&s, r.id, Lang::En).unwrap();
    let t = view
        .time
        .iter()
        .find(|t| t.started_at == "2026-12-08T05:00:00Z")
        .unwrap();
    assert_eq!((t.minutes, t.billable), (720, false));
    assert!(!t.note.is_empty());

    // A real call is billed as timed.
    clock.set_instant(at("2026-12-09T09:00:00Z"));
    b.start_support_timer(&s, r.id).unwrap();
    clock.set_instant(at("2026-12-09T09:47:10Z"));
    b.stop_support_timer(&s, true, "Appel").unwrap();
    let view = b.support_request(&s, r.id, Lang::Fr).unwrap();
    let t = view
        .time
        .iter()
        .find(|t| t.started_at == "2026-12-09T09:00:00Z")
        .unwrap();
    assert_eq!(
        (t.minutes, t.billable, t.note.as_str()),
        (47, true, "Appel")
    );
}

#[test]
fn time_counted_twice_or_before_the_request_is_refused_on_its_field() {
    let dir = tempfile::tempdir().unwrap();
    let clock = Arc::new(ManualClock::at(at("2026-12-07T10:00:00Z")));
    let (b, s, c) = desk(&dir.path().join("book.db"), clock.clone());
    let r = b
        .add_support_request(&s, &request(c, Severity::Normal, "Accès"), Lang::Fr)
        .unwrap();
    let other = b
        .add_support_request(&s, &request(c, Severity::Low, "Licences"), Lang::Fr)
        .unwrap();
    clock.set_instant(at("2026-12-07T15:00:00Z"));
    b.log_support_time(&s, &entry(r.id, "2026-12-07T10:00:00Z", "60"))
        .unwrap();
    // The same hour on another request, or half of it.
    for (id, start) in [
        (other.id, "2026-12-07T10:00:00Z"),
        (r.id, "2026-12-07T10:30:00Z"),
    ] {
        assert_field(
            b.log_support_time(&s, &entry(id, start, "60")).unwrap_err(),
            "started_at",
        );
    }
    // Before the request was opened.
    assert_field(
        b.log_support_time(&s, &entry(r.id, "2026-12-07T09:00:00Z", "30"))
            .unwrap_err(),
        "started_at",
    );
    assert_eq!(b.support_request(&s, r.id, Lang::Fr).unwrap().time.len(), 1);
    // Right after it, and another staff member's hour, are fine.
    b.log_support_time(&s, &entry(r.id, "2026-12-07T11:00:00Z", "15"))
        .unwrap();
}

#[test]
fn the_built_in_plan_stays_without_support_and_a_paid_plan_keeps_its_support() {
    let dir = tempfile::tempdir().unwrap();
    let clock = Arc::new(ManualClock::at(at("2026-12-07T10:00:00Z")));
    let (b, s, c) = desk(&dir.path().join("book.db"), clock);
    let none = b.support_plan(&s, 1).unwrap();
    let paid = ardoise_app::domain::support::PlanForm {
        no_support: false,
        ..office_plan()
    };
    assert_field(
        b.save_support_plan(&s, Some(1), &paid).unwrap_err(),
        "no_support",
    );
    assert_field(
        b.add_support_plan_price(&s, 1, &price()).unwrap_err(),
        "plan_id",
    );
    let after = b.support_plan(&s, 1).unwrap();
    assert!(after.form.no_support && after.prices.is_empty());
    assert_eq!(after.form, none.form);
    // The built-in plan may still be renamed.
    let renamed = ardoise_app::domain::support::PlanForm {
        name: "Aucun support".into(),
        ..none.form.clone()
    };
    b.save_support_plan(&s, Some(1), &renamed).unwrap();
    // Ticking "no support" on the paid plan would silently stop billing it.
    let plan = b.support_open_status(&s, c, Lang::En).unwrap().plan_id;
    let off = ardoise_app::domain::support::PlanForm {
        no_support: true,
        ..office_plan()
    };
    assert_field(
        b.save_support_plan(&s, Some(plan), &off).unwrap_err(),
        "no_support",
    );
    assert!(!b.support_plan(&s, plan).unwrap().form.no_support);
}

#[test]
fn an_escalation_takes_a_route_of_the_plan_and_a_date_within_the_request() {
    let dir = tempfile::tempdir().unwrap();
    let clock = Arc::new(ManualClock::at(at("2026-12-07T10:00:00Z")));
    let (b, s, c) = desk(&dir.path().join("book.db"), clock);
    // Advanced support is held, but the office plan gives only commercial and partner
    // cloud support.
    b.save_support_routes(
        &s,
        &[
            RouteHeld {
                route: Route::PartnerCloud,
                contract_reference: "PCS-2026".into(),
            },
            RouteHeld {
                route: Route::AdvancedSupport,
                contract_reference: "ADV-2026".into(),
            },
        ],
    )
    .unwrap();
    let r = b
        .add_support_request(&s, &request(c, Severity::High, "Exchange"), Lang::Fr)
        .unwrap();
    let form = |route, on: &str| EscalationForm {
        route,
        case_number: "2612070001".into(),
        opened_on: on.into(),
        note: String::new(),
    };
    for (f, field) in [
        (form(Route::AdvancedSupport, ""), "route"),
        (form(Route::Commercial, "2026-12-06"), "opened_on"),
        (form(Route::Commercial, "2026-12-08"), "opened_on"),
    ] {
        assert_field(b.escalate_support_request(&s, r.id, &f).unwrap_err(), field);
    }
    let view = b.support_request(&s, r.id, Lang::Fr).unwrap();
    assert!(view.escalations.is_empty());
    assert_eq!(view.row.state, RequestState::New);
    b.escalate_support_request(&s, r.id, &form(Route::PartnerCloud, "2026-12-07"))
        .unwrap();
}

#[test]
fn a_request_is_dated_from_2000_to_now_on_the_plan_of_its_date() {
    let dir = tempfile::tempdir().unwrap();
    let clock = Arc::new(ManualClock::at(at("2026-12-07T10:00:00Z")));
    let (b, s, c) = desk(&dir.path().join("book.db"), clock);
    for when in ["1999-12-31T10:00:00Z", "2026-12-08T10:00:00Z"] {
        let form = RequestForm {
            opened_at: when.into(),
            ..request(c, Severity::Normal, "Ancien")
        };
        assert_field(
            b.add_support_request(&s, &form, Lang::Fr).unwrap_err(),
            "opened_at",
        );
    }
    // The customer has had the office plan since 1 January 2026, no support before.
    let form = RequestForm {
        opened_at: "2025-12-15T10:00:00Z".into(),
        ..request(c, Severity::Normal, "Avant le contrat")
    };
    let r = b.add_support_request(&s, &form, Lang::Fr).unwrap();
    assert_eq!(b.support_request(&s, r.id, Lang::Fr).unwrap().plan_id, 1);
    let today = b
        .add_support_request(&s, &request(c, Severity::Normal, "Aujourd’hui"), Lang::Fr)
        .unwrap();
    assert_ne!(
        b.support_request(&s, today.id, Lang::Fr).unwrap().plan_id,
        1
    );
}

/// A billing question holds only an issued invoice still to pay: not a credit note, not
/// an invoice settled (by its credit note here); reopened, it holds nothing settled.
#[test]
fn a_billing_question_holds_only_invoices_still_to_pay() {
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
    let open = letter.invoices[0].invoice_id;
    let question = |ids: Vec<i64>| RequestForm {
        category: Category::Billing,
        invoice_ids: ids,
        ..request(letter.customer_id, Severity::Normal, "Facture contestée")
    };
    // An open invoice is held; resolved, the hold is lifted.
    let r = b
        .add_support_request(&s, &question(vec![open]), Lang::Fr)
        .unwrap();
    assert!(b.support_request(&s, r.id, Lang::Fr).unwrap().links[0].held);
    b.move_support_request(&s, r.id, RequestState::Resolved, "")
        .unwrap();
    // Credited in full meanwhile: reopening holds it no more.
    let credit = b
        .credit_invoice(&s, open, None, "Erreur de facturation")
        .unwrap();
    b.move_support_request(&s, r.id, RequestState::InProgress, "")
        .unwrap();
    assert!(!b.support_request(&s, r.id, Lang::Fr).unwrap().links[0].held);
    // Neither the settled invoice nor its credit note is held by a new question.
    let q = b
        .add_support_request(&s, &question(vec![open, credit]), Lang::Fr)
        .unwrap();
    let links = b.support_request(&s, q.id, Lang::Fr).unwrap().links;
    assert_eq!(links.len(), 2);
    assert!(links.iter().all(|l| !l.held));
    assert!(b
        .collections(&s, TODAY)
        .unwrap()
        .held
        .iter()
        .all(|h| h.invoice_id != open));
}

#[test]
fn billing_admins_read_where_time_was_billed() {
    let dir = tempfile::tempdir().unwrap();
    let clock = Arc::new(ManualClock::at(at("2026-12-07T10:00:00Z")));
    let (b, s, c) = desk(&dir.path().join("book.db"), clock);
    let r = b
        .add_support_request(&s, &request(c, Severity::Normal, "Accès"), Lang::Fr)
        .unwrap();
    let billing = Session {
        staff_id: s.staff_id,
        display_name: "Comptabilité".into(),
        roles: vec![Role::BillingAdmin],
    };
    assert!(b
        .support_time_billed(&billing, r.id, Lang::Fr)
        .unwrap()
        .is_empty());
}

/// A resolved request keeps the due times and met/missed of the plan it was resolved
/// under; an open one follows its plan's new targets.
#[test]
fn a_later_change_of_the_plan_does_not_rewrite_a_resolved_request() {
    let dir = tempfile::tempdir().unwrap();
    // Monday 7 December, 11:00 in Paris.
    let clock = Arc::new(ManualClock::at(at("2026-12-07T10:00:00Z")));
    let (b, s, c) = desk(&dir.path().join("book.db"), clock.clone());
    let done = b
        .add_support_request(&s, &request(c, Severity::Normal, "Teams"), Lang::Fr)
        .unwrap();
    let open = b
        .add_support_request(&s, &request(c, Severity::Normal, "Outlook"), Lang::Fr)
        .unwrap();
    clock.set_instant(at("2026-12-07T10:30:00Z"));
    b.note_support_request(
        &s,
        done.id,
        ardoise_app::transport_support::NoteKind::Reply,
        "Vu.",
    )
    .unwrap();
    clock.set_instant(at("2026-12-07T15:00:00Z"));
    b.move_support_request(&s, done.id, RequestState::Resolved, "")
        .unwrap();
    let row = |id| b.support_request(&s, id, Lang::Fr).unwrap().row;
    let before = row(done.id);
    let open_before = row(open.id).resolution.unwrap().due;
    assert!(!before.breached);
    // Normal requests now due within 2 hours of service: 15:00 UTC would be late.
    let plan = b.support_open_status(&s, c, Lang::En).unwrap().plan_id;
    let mut stricter = office_plan();
    stricter.targets[2] = support_desk::target(Severity::Normal, "1", "2", false);
    b.save_support_plan(&s, Some(plan), &stricter).unwrap();
    let after = row(done.id);
    assert_eq!(
        (after.first_response, after.resolution, after.breached),
        (
            before.first_response.clone(),
            before.resolution.clone(),
            false
        )
    );
    assert_ne!(row(open.id).resolution.unwrap().due, open_before);
    // Closed, it still reads as resolved; the report counts it met.
    b.move_support_request(&s, done.id, RequestState::Closed, "")
        .unwrap();
    let closed = row(done.id);
    assert_eq!(closed.resolution, before.resolution);
    assert!(!closed.breached);
    // Reopened, it follows the plan again.
    let reopened = b
        .add_support_request(&s, &request(c, Severity::Normal, "Teams encore"), Lang::Fr)
        .unwrap();
    b.move_support_request(&s, reopened.id, RequestState::Resolved, "")
        .unwrap();
    b.move_support_request(&s, reopened.id, RequestState::InProgress, "")
        .unwrap();
    assert!(row(reopened.id).resolution.unwrap().met_at.is_none());
}
