//! The report of hours by customer and month counts a month as billing does: in the time
//! zone of the request's plan, not in UTC.

mod support_desk;

use std::sync::Arc;

use ardoise_app::clock::ManualClock;
use ardoise_app::domain::support::{Severity, TimeEntryForm};
use ardoise_app::domain::Lang;
use support_desk::{at, desk, request};

#[test]
fn an_hour_worked_on_the_first_night_of_a_paris_month_counts_in_that_month() {
    let dir = tempfile::tempdir().unwrap();
    // 31 October 2026, 23:30 UTC is 1 November, 00:30 in Paris (winter time since the 25th).
    // The request is opened first: time is never logged before its request.
    let clock = Arc::new(ManualClock::at(at("2026-10-31T20:00:00Z")));
    let (b, s, c) = desk(&dir.path().join("book.db"), clock.clone());
    let r = b
        .add_support_request(&s, &request(c, Severity::Critical, "Panne"), Lang::Fr)
        .unwrap();
    let night = TimeEntryForm {
        request_id: r.id,
        started_at: "2026-10-31T23:30:00Z".into(),
        ended_at: String::new(),
        minutes: "60".into(),
        billable: true,
        note: "Rétablissement de la messagerie".into(),
    };
    // 31 October, 22:15 in Paris: still October there.
    let evening = TimeEntryForm {
        started_at: "2026-10-31T21:15:00Z".into(),
        minutes: "30".into(),
        billable: false,
        ..night.clone()
    };
    clock.set_instant(at("2026-11-01T01:00:00Z"));
    b.log_support_time(&s, &night).unwrap();
    b.log_support_time(&s, &evening).unwrap();
    let months = |from: &str, to: &str| -> Vec<(String, i64, i64)> {
        b.support_report(&s, from, to)
            .unwrap()
            .hours
            .into_iter()
            .map(|h| (h.month, h.minutes, h.billable_minutes))
            .collect()
    };
    assert_eq!(
        months("2026-10", "2026-11"),
        vec![("2026-10".into(), 30, 0), ("2026-11".into(), 60, 60)]
    );
    // A month asked alone holds only its own entries, whichever UTC day they start on.
    assert_eq!(
        months("2026-11", "2026-11"),
        vec![("2026-11".into(), 60, 60)]
    );
    assert_eq!(
        months("2026-10", "2026-10"),
        vec![("2026-10".into(), 30, 0)]
    );
}
