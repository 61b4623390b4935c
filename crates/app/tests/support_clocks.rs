//! Every request's due times read at once (`support_due_times`, the read made for a plan's
//! hours change) are exactly those the queue and the request page give, on the demo book
//! and on random books lived through the use cases: requests on two plans in two time
//! zones and on the "no support" plan, waits on the customer begun and ended, reopenings,
//! escalations, bulk history; before and after the plans' hours change, across the
//! daylight-saving change of March and Easter Monday.

mod support_desk;

use std::collections::HashMap;
use std::sync::Arc;

use ardoise_app::clock::ManualClock;
use ardoise_app::demo::DemoOptions;
use ardoise_app::domain::support::{
    EscalationForm, RangeForm, RequestState, Route, Severity, Target,
};
use ardoise_app::domain::Lang;
use ardoise_app::scale_support::SupportScale;
use ardoise_app::transport_support::{NoteKind, QueueFilter, QueueRow, TargetView};
use ardoise_app::{Ardoise, DueTimes, Session};
use chrono::Duration;
use rand::{RngExt, SeedableRng};
use rand_chacha::ChaCha8Rng;
use support_desk::{at, customer, desk, office_plan, request};

fn view(t: &Target) -> TargetView {
    let text =
        |d: chrono::DateTime<chrono::Utc>| d.to_rfc3339_opts(chrono::SecondsFormat::Secs, true);
    TargetView {
        due: t.due.map(text),
        met_at: t.met_at.map(text),
        remaining_minutes: t.remaining_minutes,
        breached: t.breached,
    }
}

fn clocks(d: &DueTimes) -> (Option<TargetView>, Option<TargetView>) {
    (
        d.sla.map(|s| view(&s.first_response)),
        d.sla.map(|s| view(&s.resolution)),
    )
}

fn shown(r: &QueueRow) -> (Option<TargetView>, Option<TargetView>) {
    (r.first_response.clone(), r.resolution.clone())
}

/// The due times of every request against the queue over every state, every
/// `page_every`-th against its page, and each plan's against the whole. Returns them.
fn assert_same_as_the_queue(b: &Ardoise, s: &Session, page_every: usize) -> Vec<DueTimes> {
    let all = b.support_due_times(s, None).unwrap();
    let every = QueueFilter {
        states: RequestState::ALL.to_vec(),
        ..QueueFilter::default()
    };
    let queue: HashMap<i64, QueueRow> = b
        .support_queue(s, &every)
        .unwrap()
        .into_iter()
        .map(|r| (r.id, r))
        .collect();
    // Those left out are the requests whose clocks were kept at their resolution.
    let returned: std::collections::HashSet<i64> = all.iter().map(|d| d.request_id).collect();
    for q in queue.values().filter(|q| !returned.contains(&q.id)) {
        assert!(
            matches!(q.state, RequestState::Resolved | RequestState::Closed),
            "{} left out while {:?}",
            q.number,
            q.state
        );
    }
    assert!(all.windows(2).all(|w| w[0].request_id < w[1].request_id));
    for d in &all {
        let q = &queue[&d.request_id];
        assert_eq!(clocks(d), shown(q), "request {} ({:?})", q.number, q.state);
        assert_eq!(d.severity, q.severity);
    }
    for d in all.iter().step_by(page_every) {
        let page = b.support_request(s, d.request_id, Lang::Fr).unwrap();
        assert_eq!(clocks(d), shown(&page.row), "page of {}", page.row.number);
        assert_eq!(d.plan_id, page.plan_id);
    }
    let mut plans: Vec<i64> = all.iter().map(|d| d.plan_id).collect();
    plans.sort();
    plans.dedup();
    for p in plans {
        let one = b.support_due_times(s, Some(p)).unwrap();
        let expected: Vec<DueTimes> = all.iter().filter(|d| d.plan_id == p).copied().collect();
        assert_eq!(one, expected, "plan {p}");
    }
    all
}

#[test]
fn the_demo_books_due_times_are_the_queues() {
    let dir = tempfile::tempdir().unwrap();
    let clock = Arc::new(ManualClock::at(at("2026-11-25T10:17:00Z")));
    let mut b = Ardoise::open(&dir.path().join("book.db"), clock.clone()).unwrap();
    let s = b.admin_session().unwrap();
    b.seed_demo(&s, DemoOptions::default()).unwrap();
    let all = assert_same_as_the_queue(&b, &s, 1);
    // The demo's months of requests are mostly resolved, their clocks kept: what is
    // left counts on the plans as they are.
    assert!(!all.is_empty(), "the demo book has open requests");
    assert!(
        all.iter()
            .any(|d| d.sla.is_some_and(|s| s.resolution.met_at.is_none())),
        "some still running"
    );
    // A week later, nothing written: the countdowns moved, still the queue's.
    clock.set_instant(at("2026-12-02T16:45:00Z"));
    assert_same_as_the_queue(&b, &s, 7);
}

fn hours(spec: &[(&str, &str)]) -> Vec<RangeForm> {
    spec.iter()
        .map(|(a, z)| RangeForm {
            start: a.to_string(),
            end: z.to_string(),
        })
        .collect()
}

/// One random book: `seed` picks the requests, the moves and the times between them.
fn random_book(seed: u64) {
    let mut rng = ChaCha8Rng::seed_from_u64(seed);
    let dir = tempfile::tempdir().unwrap();
    let clock = Arc::new(ManualClock::at(at("2026-02-20T07:00:00Z")));
    let (b, s, c) = desk(&dir.path().join("book.db"), clock.clone());
    let c2 = b.create_customer(&s, &customer("Cave Martin")).unwrap();
    let c3 = b.create_customer(&s, &customer("Garage Petit")).unwrap();
    let office = b.support_plans(&s).unwrap();
    let plan_a = office.iter().map(|p| p.id).max().unwrap();
    // Two years of history on the office plan, written in bulk, pauses among them.
    b.generate_support_history(
        &s,
        SupportScale {
            plan_id: plan_a,
            requests: 400,
            open: 40,
            seed,
        },
    )
    .unwrap();
    let mut late = office_plan();
    late.name = "Montréal".into();
    late.time_zone = "America/Toronto".into();
    late.hours = (0..7)
        .map(|d| match d {
            0..=4 => hours(&[("07:30", "11:00"), ("12:00", "20:00")]),
            5 => hours(&[("10:00", "14:00")]),
            _ => Vec::new(),
        })
        .collect();
    let plan_b = b.save_support_plan(&s, None, &late).unwrap();
    b.set_customer_support_plan(&s, c2, plan_b, "").unwrap();
    // The "no support" plan (the book's first).
    b.set_customer_support_plan(&s, c3, 1, "").unwrap();
    let customers = [c, c2, c3];
    let mut live: Vec<i64> = Vec::new();
    let mut waits = 0;
    for step in 0..150 {
        clock.set_instant(clock_now(&clock) + Duration::minutes(rng.random_range(1..600)));
        let roll = rng.random_range(0..10);
        if live.is_empty() || roll < 3 {
            let severity = Severity::ALL[rng.random_range(0..Severity::ALL.len())];
            let who = customers[rng.random_range(0..customers.len())];
            let r = b
                .add_support_request(
                    &s,
                    &request(who, severity, &format!("Demande {step}")),
                    Lang::Fr,
                )
                .unwrap();
            live.push(r.id);
            continue;
        }
        let id = live[rng.random_range(0..live.len())];
        // Refused moves (from closed, back to new…) leave the book as it was.
        let _ = match roll {
            3 => b.note_support_request(&s, id, NoteKind::Reply, "Nous regardons."),
            4 => b.escalate_support_request(
                &s,
                id,
                &EscalationForm {
                    route: Route::Commercial,
                    case_number: format!("2603{seed}{step:04}"),
                    opened_on: String::new(),
                    note: String::new(),
                },
            ),
            _ => {
                let to = RequestState::ALL[rng.random_range(1..RequestState::ALL.len())];
                let moved = b.move_support_request(&s, id, to, "");
                if moved.is_ok() && to == RequestState::WaitingOnCustomer {
                    waits += 1;
                }
                moved
            }
        };
    }
    assert!(waits > 3, "seed {seed}: the clocks were paused ({waits})");
    let before = assert_same_as_the_queue(&b, &s, 5);
    for p in [plan_a, plan_b, 1] {
        assert!(
            before.iter().any(|d| d.plan_id == p),
            "seed {seed}: plan {p} used"
        );
    }
    // The plans' hours change: every due time is computed again on the new calendars.
    let mut longer = office_plan();
    longer.hours = (0..7)
        .map(|d| match d {
            0..=4 => hours(&[("08:30", "12:30"), ("13:30", "19:00")]),
            5 => hours(&[("09:00", "12:00")]),
            _ => Vec::new(),
        })
        .collect();
    b.save_support_plan(&s, Some(plan_a), &longer).unwrap();
    late.time_zone = "Europe/Paris".into();
    b.save_support_plan(&s, Some(plan_b), &late).unwrap();
    let after = assert_same_as_the_queue(&b, &s, 5);
    assert!(
        before.iter().zip(&after).any(|(x, y)| x.sla != y.sla),
        "seed {seed}: the new hours moved some due time"
    );
    // Days later, across the change to summer time and, most often, Easter Monday: the
    // countdowns still agree.
    let later = (clock_now(&clock) + Duration::days(17)).max(at("2026-04-06T09:30:00Z"));
    clock.set_instant(later);
    assert_same_as_the_queue(&b, &s, 9);
}

fn clock_now(clock: &ManualClock) -> chrono::DateTime<chrono::Utc> {
    use ardoise_app::Clock;
    clock.now()
}

#[test]
fn random_books_due_times_are_the_queues() {
    let seeds: u64 = std::env::var("ARDOISE_CLOCK_SEEDS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(3);
    for seed in 1..=seeds {
        random_book(seed);
    }
}
