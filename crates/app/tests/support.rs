//! The support desk against a real book file: a month of requests lived day by day with
//! their due times and breaches computed by hand, every refusal of the issue with its
//! field and nothing written, permissions, the timer across a reopening of the book, two
//! writers numbering requests, and an archived plan. The demo book and the dispute hold
//! are in `support_demo.rs`.

mod support_desk;

use std::sync::Arc;

use ardoise_app::clock::ManualClock;
use ardoise_app::domain::support::{
    EscalationForm, RangeForm, RequestState, Route, Severity, TimeEntryForm,
};
use ardoise_app::domain::Lang;
use ardoise_app::transport_support::{NoteKind, QueueFilter, QueueRow};
use ardoise_app::{AppError, Ardoise, Permission, Role, Session};
use chrono::NaiveDate;
use support_desk::{assert_field, at, desk, fingerprint, office_plan, request};

fn row(b: &Ardoise, s: &Session, id: i64) -> QueueRow {
    b.support_request(s, id, Lang::Fr).unwrap().row
}

fn due(r: &QueueRow) -> (Option<String>, Option<String>) {
    (
        r.first_response.as_ref().and_then(|t| t.due.clone()),
        r.resolution.as_ref().and_then(|t| t.due.clone()),
    )
}

fn some(s: &str) -> Option<String> {
    Some(s.to_string())
}

/// December 2026 in Paris (UTC+1): Tuesday the 1st, Christmas on Friday the 25th. Each
/// day the clock is moved through what happens that day; due times and breaches are
/// checked against sums of the plan's hours done by hand.
#[test]
fn a_month_of_requests_lived_day_by_day() {
    let dir = tempfile::tempdir().unwrap();
    let clock = Arc::new(ManualClock::at(at("2026-11-30T08:00:00Z")));
    let (b, s, c) = desk(&dir.path().join("book.db"), clock.clone());
    let mut ids = std::collections::HashMap::new();
    for day in 1..=31u32 {
        let date = NaiveDate::from_ymd_opt(2026, 12, day).unwrap();
        let moment = |hm: &str| at(&format!("{date}T{hm}:00Z"));
        let set = |hm: &str| clock.set_instant(moment(hm));
        match day {
            1 => {
                // Normal, opened 9:00 Paris: 3 h 30 until 12:30 then 30 min from 14:00.
                set("08:00");
                let r = b
                    .add_support_request(&s, &request(c, Severity::Normal, "Teams"), Lang::Fr)
                    .unwrap();
                assert_eq!(r.number, "S-2026-00001");
                ids.insert("teams", r.id);
                assert_eq!(
                    due(&row(&b, &s, r.id)),
                    // 16 h = 7 h 30 on the 1st and the 2nd, 1 h on the 3rd.
                    (some("2026-12-01T13:30:00Z"), some("2026-12-03T09:00:00Z"))
                );
                set("10:00");
                b.note_support_request(&s, r.id, NoteKind::Reply, "Nous regardons.")
                    .unwrap();
                let fr = row(&b, &s, r.id).first_response.unwrap();
                assert_eq!(fr.met_at, some("2026-12-01T10:00:00Z"));
                assert!(!fr.breached);
                let call = TimeEntryForm {
                    request_id: r.id,
                    started_at: "2026-12-01T10:00:00+01:00".into(),
                    ended_at: "2026-12-01T10:45:00+01:00".into(),
                    minutes: String::new(),
                    billable: true,
                    note: "Appel".into(),
                };
                b.log_support_time(&s, &call).unwrap();
                let internal = TimeEntryForm {
                    started_at: "2026-12-01T10:45:00+01:00".into(),
                    minutes: "20".into(),
                    ended_at: String::new(),
                    billable: false,
                    ..call
                };
                b.log_support_time(&s, &internal).unwrap();
            }
            2 => {
                set("11:00");
                b.move_support_request(
                    &s,
                    ids["teams"],
                    RequestState::Resolved,
                    "Licence réattribuée.",
                )
                .unwrap();
                // Opened 14:30 Paris, waiting on the customer from 16:00: 90 min used.
                set("13:30");
                let r = b
                    .add_support_request(&s, &request(c, Severity::Normal, "Partage"), Lang::Fr)
                    .unwrap();
                ids.insert("partage", r.id);
                set("15:00");
                b.move_support_request(&s, r.id, RequestState::WaitingOnCustomer, "Quel dossier ?")
                    .unwrap();
                let row = row(&b, &s, r.id);
                assert!(row.paused);
                assert_eq!(
                    row.first_response.as_ref().unwrap().met_at,
                    some("2026-12-02T15:00:00Z")
                );
                assert_eq!(
                    row.resolution.as_ref().unwrap().due,
                    None,
                    "paused: no due time"
                );
            }
            7 => {
                // The customer answers Monday 10:00 Paris: 870 min left = 390 on Monday,
                // 450 on Tuesday, 30 on Wednesday: due Wednesday 9:30 Paris.
                set("09:00");
                b.move_support_request(
                    &s,
                    ids["partage"],
                    RequestState::InProgress,
                    "Réponse du client.",
                )
                .unwrap();
                assert_eq!(
                    due(&row(&b, &s, ids["partage"])).1,
                    some("2026-12-09T08:30:00Z")
                );
            }
            9 => {
                set("08:00");
                let r = row(&b, &s, ids["partage"]);
                assert_eq!(r.resolution.as_ref().unwrap().remaining_minutes, Some(30));
                assert!(!r.breached);
                let soon = b.support_due_soon(&s, 60).unwrap();
                assert_eq!(
                    soon.iter().map(|r| r.id).collect::<Vec<_>>(),
                    vec![ids["partage"]]
                );
                set("12:00");
                let r = row(&b, &s, ids["partage"]);
                assert!(r.breached && r.resolution.as_ref().unwrap().breached);
                // Due 9:30 Paris, now 13:00: 9:30 to 12:30 is 3 h of service past due.
                assert_eq!(r.resolution.as_ref().unwrap().remaining_minutes, Some(-180));
                let breached = QueueFilter {
                    breached_only: true,
                    ..Default::default()
                };
                assert_eq!(b.support_queue(&s, &breached).unwrap().len(), 1);
                set("14:00");
                b.move_support_request(&s, ids["partage"], RequestState::Resolved, "")
                    .unwrap();
                assert!(
                    row(&b, &s, ids["partage"]).resolution.unwrap().breached,
                    "met late"
                );
            }
            12 => {
                // Saturday: a critical outage counts around the clock.
                set("10:00");
                let r = b
                    .add_support_request(
                        &s,
                        &request(c, Severity::Critical, "Exchange en panne"),
                        Lang::Fr,
                    )
                    .unwrap();
                ids.insert("exchange", r.id);
                assert_eq!(
                    due(&row(&b, &s, r.id)),
                    (some("2026-12-12T11:00:00Z"), some("2026-12-12T14:00:00Z"))
                );
                set("10:30");
                let premier = EscalationForm {
                    route: Route::PremierSupport,
                    case_number: "2612120040001".into(),
                    opened_on: String::new(),
                    note: String::new(),
                };
                let refused = b.escalate_support_request(&s, r.id, &premier).unwrap_err();
                assert_field(refused, "route");
                b.escalate_support_request(
                    &s,
                    r.id,
                    &EscalationForm {
                        route: Route::PartnerCloud,
                        ..premier
                    },
                )
                .unwrap();
                set("10:40");
                b.note_support_request(&s, r.id, NoteKind::Reply, "Cas ouvert chez Microsoft.")
                    .unwrap();
                b.note_support_request(
                    &s,
                    r.id,
                    NoteKind::Microsoft,
                    "Microsoft : incident global.",
                )
                .unwrap();
                set("15:00");
                b.move_support_request(&s, r.id, RequestState::Resolved, "Rétabli par Microsoft.")
                    .unwrap();
                let row = row(&b, &s, r.id);
                assert!(!row.first_response.unwrap().breached);
                assert!(row.resolution.unwrap().breached, "resolved an hour late");
            }
            24 => {
                // High, opened 17:00 Paris the day before Christmas: 60 min that day,
                // then Monday the 28th (Christmas and the weekend closed).
                set("16:00");
                let r = b
                    .add_support_request(&s, &request(c, Severity::High, "Licences"), Lang::Fr)
                    .unwrap();
                ids.insert("licences", r.id);
                assert_eq!(
                    due(&row(&b, &s, r.id)),
                    (some("2026-12-28T09:00:00Z"), some("2026-12-28T16:30:00Z"))
                );
            }
            25 => {
                // A holiday: nothing runs down.
                set("12:00");
                let r = row(&b, &s, ids["licences"]);
                assert_eq!(r.first_response.unwrap().remaining_minutes, Some(60));
            }
            28 => {
                set("08:30");
                b.note_support_request(&s, ids["licences"], NoteKind::Reply, "Reçu.")
                    .unwrap();
                set("15:00");
                b.move_support_request(&s, ids["licences"], RequestState::Resolved, "")
                    .unwrap();
            }
            31 => {
                set("17:00");
                for id in ids.values() {
                    b.move_support_request(&s, *id, RequestState::Closed, "")
                        .unwrap();
                }
            }
            _ => {}
        }
        // Each evening: the queue is in order of the time left, nothing closed in it.
        clock.set_instant(moment("20:00"));
        let queue = b.support_queue(&s, &QueueFilter::default()).unwrap();
        assert!(queue.iter().all(|r| r.state.is_open()));
        let left: Vec<Option<i64>> = queue.iter().map(|r| r.remaining_minutes).collect();
        let mut sorted = left.clone();
        sorted.sort_by_key(|m| (m.is_none(), *m));
        assert_eq!(left, sorted, "day {day}");
    }
    let report = b.support_report(&s, "2026-12", "2026-12").unwrap();
    let hours: Vec<(String, i64, i64)> = report
        .hours
        .iter()
        .map(|h| (h.month.clone(), h.minutes, h.billable_minutes))
        .collect();
    assert_eq!(hours, vec![("2026-12".to_string(), 65, 45)]);
    let line = |sev| {
        report
            .targets
            .iter()
            .find(|t| t.severity == sev)
            .unwrap()
            .clone()
    };
    let normal = line(Severity::Normal);
    assert_eq!(
        (
            normal.requests,
            normal.first_response_met,
            normal.resolution_met,
            normal.resolution_missed
        ),
        (2, 2, 1, 1)
    );
    let critical = line(Severity::Critical);
    assert_eq!(
        (critical.first_response_met, critical.resolution_missed),
        (1, 1)
    );
    let high = line(Severity::High);
    assert_eq!((high.first_response_met, high.resolution_met), (1, 1));
}

#[test]
fn every_bad_input_of_the_issue_is_refused_on_its_field_and_writes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("book.db");
    let clock = Arc::new(ManualClock::at(at("2026-12-07T10:00:00Z")));
    let (b, s, c) = desk(&path, clock.clone());
    let r = b
        .add_support_request(&s, &request(c, Severity::Normal, "Accès"), Lang::Fr)
        .unwrap();
    let closed = b
        .add_support_request(&s, &request(c, Severity::Low, "Doublon"), Lang::Fr)
        .unwrap();
    b.move_support_request(&s, closed.id, RequestState::Closed, "Doublon.")
        .unwrap();
    let before = fingerprint(&path);
    let time = |request_id: i64, start: &str, end: &str| TimeEntryForm {
        request_id,
        started_at: start.into(),
        ended_at: end.into(),
        minutes: String::new(),
        billable: true,
        note: String::new(),
    };
    let mut overlapping = office_plan();
    overlapping.hours[1].push(RangeForm {
        start: "12:00".into(),
        end: "13:00".into(),
    });
    let mut unknown_zone = office_plan();
    unknown_zone.time_zone = "Europe/Lutèce".into();
    let mut short_resolution = office_plan();
    short_resolution.targets[1].resolution_hours = "1".into();
    let mut route_not_held = office_plan();
    route_not_held
        .escalation_routes
        .push(Route::AdvancedSupport);
    let cases: Vec<(&str, AppError)> = vec![
        (
            "ended_at",
            b.log_support_time(
                &s,
                &time(
                    r.id,
                    "2026-12-07T09:00:00+01:00",
                    "2026-12-07T08:30:00+01:00",
                ),
            )
            .unwrap_err(),
        ),
        (
            "hours[1][2]",
            b.save_support_plan(&s, None, &overlapping).unwrap_err(),
        ),
        (
            "time_zone",
            b.save_support_plan(&s, None, &unknown_zone).unwrap_err(),
        ),
        (
            "targets[1].resolution_hours",
            b.save_support_plan(&s, None, &short_resolution)
                .unwrap_err(),
        ),
        (
            "request_id",
            b.log_support_time(
                &s,
                &time(
                    closed.id,
                    "2026-12-07T09:00:00+01:00",
                    "2026-12-07T09:30:00+01:00",
                ),
            )
            .unwrap_err(),
        ),
        (
            "route",
            b.escalate_support_request(
                &s,
                r.id,
                &EscalationForm {
                    route: Route::PremierSupport,
                    case_number: "2612070010002".into(),
                    opened_on: String::new(),
                    note: String::new(),
                },
            )
            .unwrap_err(),
        ),
        (
            "escalation_routes[2]",
            b.save_support_plan(&s, None, &route_not_held).unwrap_err(),
        ),
        (
            "to",
            b.move_support_request(&s, closed.id, RequestState::InProgress, "")
                .unwrap_err(),
        ),
        (
            "request_id",
            b.start_support_timer(&s, closed.id).unwrap_err(),
        ),
    ];
    for (field, e) in cases {
        assert_field(e, field);
    }
    assert_eq!(fingerprint(&path), before, "a refusal wrote something");
}

#[test]
fn a_sales_agent_reads_the_desk_but_logs_no_time() {
    let dir = tempfile::tempdir().unwrap();
    let clock = Arc::new(ManualClock::at(at("2026-12-07T10:00:00Z")));
    let (b, s, c) = desk(&dir.path().join("book.db"), clock);
    let r = b
        .add_support_request(&s, &request(c, Severity::Normal, "Accès"), Lang::Fr)
        .unwrap();
    let sales = Session {
        staff_id: s.staff_id,
        display_name: "Commercial".into(),
        roles: vec![Role::SalesAgent],
    };
    let entry = TimeEntryForm {
        request_id: r.id,
        started_at: "2026-12-07T11:00:00+01:00".into(),
        ended_at: String::new(),
        minutes: "30".into(),
        billable: true,
        note: String::new(),
    };
    assert!(matches!(
        b.log_support_time(&sales, &entry),
        Err(AppError::Forbidden(Permission::WorkSupport))
    ));
    assert!(matches!(
        b.start_support_timer(&sales, r.id),
        Err(AppError::Forbidden(Permission::WorkSupport))
    ));
    // The published offer and its rates are prices: sales keeps them.
    assert!(!matches!(
        b.save_support_plan(&sales, None, &office_plan()),
        Err(AppError::Forbidden(_))
    ));
    assert_eq!(
        b.support_queue(&sales, &QueueFilter::default())
            .unwrap()
            .len(),
        1
    );
    let agent = Session {
        roles: vec![Role::SupportAgent],
        ..sales
    };
    assert!(b.log_support_time(&agent, &entry).is_ok());
    assert!(matches!(
        b.save_support_plan(&agent, None, &office_plan()),
        Err(AppError::Forbidden(Permission::EditSupportPlans))
    ));
}

#[test]
fn the_timer_survives_closing_the_book() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("book.db");
    let clock = Arc::new(ManualClock::at(at("2026-12-07T10:00:00Z")));
    let (b, s, c) = desk(&path, clock.clone());
    let r = b
        .add_support_request(&s, &request(c, Severity::Normal, "Accès"), Lang::Fr)
        .unwrap();
    let started = b.start_support_timer(&s, r.id).unwrap();
    assert_eq!(started.started_at, "2026-12-07T10:00:00Z");
    assert_field(b.start_support_timer(&s, r.id).unwrap_err(), "request_id");
    assert_field(
        b.move_support_request(&s, r.id, RequestState::Closed, "")
            .unwrap_err(),
        "to",
    );
    drop(b);
    clock.set_instant(at("2026-12-07T10:47:20Z"));
    let b = Ardoise::open(&path, clock.clone()).unwrap();
    let timer = b.support_timer(&s).unwrap().expect("still running");
    assert_eq!((timer.request_id, timer.elapsed_minutes), (r.id, 47));
    let entry = b.stop_support_timer(&s, true, "Appel").unwrap();
    let view = b.support_request(&s, r.id, Lang::En).unwrap();
    assert_eq!(view.time.len(), 1);
    assert_eq!(view.time[0].id, entry);
    assert_eq!(view.time[0].minutes, 47);
    assert_eq!(view.time[0].started_at, "2026-12-07T10:00:00Z");
    assert!(b.support_timer(&s).unwrap().is_none());
    assert_field(b.stop_support_timer(&s, true, "").unwrap_err(), "timer");
}

#[test]
fn two_writers_never_give_one_number_twice() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("book.db");
    let clock = Arc::new(ManualClock::at(at("2026-12-07T10:00:00Z")));
    let (b, s, c) = desk(&path, clock.clone());
    drop(b);
    let threads: Vec<_> = (0..2)
        .map(|w| {
            let path = path.clone();
            let clock = clock.clone();
            let s = s.clone();
            std::thread::spawn(move || {
                let b = Ardoise::open(&path, clock).unwrap();
                (0..25)
                    .map(|i| loop {
                        let form = request(c, Severity::Low, &format!("Écrivain {w}, demande {i}"));
                        match b.add_support_request(&s, &form, Lang::Fr) {
                            Ok(r) => break r.number,
                            Err(AppError::Busy) => continue,
                            Err(e) => panic!("{e}"),
                        }
                    })
                    .collect::<Vec<_>>()
            })
        })
        .collect();
    let mut numbers: Vec<String> = threads
        .into_iter()
        .flat_map(|t| t.join().unwrap())
        .collect();
    numbers.sort();
    let expected: Vec<String> = (1..=50).map(|n| format!("S-2026-{n:05}")).collect();
    assert_eq!(numbers, expected);
}

#[test]
fn an_archived_plan_stays_with_its_customers_but_is_given_to_no_one_else() {
    let dir = tempfile::tempdir().unwrap();
    let clock = Arc::new(ManualClock::at(at("2026-12-07T10:00:00Z")));
    let (b, s, c) = desk(&dir.path().join("book.db"), clock);
    let plan = b.support_open_status(&s, c, Lang::En).unwrap().plan_id;
    b.archive_support_plan(&s, plan, true).unwrap();
    assert_eq!(
        b.support_open_status(&s, c, Lang::En).unwrap().plan_id,
        plan
    );
    let other = b
        .create_customer(&s, &support_desk::customer("Boulangerie Martin"))
        .unwrap();
    assert_eq!(
        b.support_open_status(&s, other, Lang::En).unwrap().plan_id,
        1
    );
    assert_field(
        b.set_customer_support_plan(&s, other, plan, "")
            .unwrap_err(),
        "plan_id",
    );
    // Monday 11:00 in Paris: open until 12:30.
    let status = b.support_open_status(&s, c, Lang::En).unwrap();
    assert!(status.open);
    assert_eq!(status.until.as_deref(), Some("2026-12-07T11:30:00Z"));
}
