use chrono::{Duration, TimeZone};
use proptest::prelude::*;

use super::*;
use crate::support::calendar::tests::{at, office, paris};
use crate::support::hours::{HolidayRules, ServiceRange, WeeklyHours};
use crate::support::kinds::Severity;

fn target(first_response: u32, resolution: u32, around_the_clock: bool) -> SeverityTarget {
    SeverityTarget {
        severity: Severity::Normal,
        first_response_minutes: first_response,
        resolution_minutes: resolution,
        around_the_clock,
    }
}

fn opened(at: DateTime<Utc>, pauses: &[Pause]) -> SlaInput<'_> {
    SlaInput {
        opened_at: at,
        first_response_at: None,
        resolved_at: None,
        pauses,
    }
}

#[test]
fn due_times_and_the_countdown() {
    let cal = office();
    // Friday 22 May 2026, 17:00; Whit Monday closed.
    let friday = at(2026, 5, 22, 17, 0);
    let normal = target(120, 8 * 60, false);
    let sla = evaluate(&cal, &normal, &opened(friday, &[]), friday);
    assert_eq!(sla.first_response.due, Some(at(2026, 5, 26, 10, 0)));
    // 1 h on Friday, then 3 h 30 and 3 h 30 on Tuesday.
    assert_eq!(sla.resolution.due, Some(at(2026, 5, 26, 17, 30)));
    assert_eq!(sla.first_response.remaining_minutes, Some(120));
    assert!(!sla.first_response.breached);
    // Tuesday 11:00: an hour past the first response's due time, 5 h of resolution
    // left (8 h less 1 h on Friday and 2 h on Tuesday).
    let tuesday = at(2026, 5, 26, 11, 0);
    let sla = evaluate(&cal, &normal, &opened(friday, &[]), tuesday);
    assert_eq!(sla.first_response.remaining_minutes, Some(-60));
    assert!(sla.first_response.breached);
    assert_eq!(sla.resolution.remaining_minutes, Some(5 * 60));
    assert!(!sla.resolution.breached);
    // Answered at 9:45 Tuesday: met; resolved Wednesday 10:00: late.
    let input = SlaInput {
        first_response_at: Some(at(2026, 5, 26, 9, 45)),
        resolved_at: Some(at(2026, 5, 27, 10, 0)),
        ..opened(friday, &[])
    };
    let sla = evaluate(&cal, &normal, &input, at(2026, 6, 1, 9, 0));
    assert_eq!(sla.first_response.met_at, Some(at(2026, 5, 26, 9, 45)));
    assert!(!sla.first_response.breached);
    assert_eq!(sla.first_response.remaining_minutes, None);
    assert!(sla.resolution.breached);
    // Resolved on Tuesday at 9:30 without a reply first: the resolution was the reply.
    let input = SlaInput {
        resolved_at: Some(at(2026, 5, 26, 9, 30)),
        ..opened(friday, &[])
    };
    let sla = evaluate(&cal, &normal, &input, at(2026, 6, 1, 9, 0));
    assert_eq!(sla.first_response.met_at, Some(at(2026, 5, 26, 9, 30)));
    assert!(!sla.first_response.breached && !sla.resolution.breached);
}

#[test]
fn a_critical_target_around_the_clock_ignores_the_office_hours() {
    let saturday = at(2026, 5, 23, 22, 30);
    let critical = SeverityTarget {
        severity: Severity::Critical,
        ..target(60, 4 * 60, true)
    };
    let sla = evaluate(&office(), &critical, &opened(saturday, &[]), saturday);
    assert_eq!(sla.first_response.due, Some(at(2026, 5, 23, 23, 30)));
    assert_eq!(sla.resolution.due, Some(at(2026, 5, 24, 2, 30)));
}

#[test]
fn waiting_on_the_customer_stops_the_clock() {
    let cal = office();
    let monday = at(2026, 6, 1, 9, 0);
    let normal = target(60, 4 * 60, false);
    // Waiting from 9:30 on, still waiting.
    let waiting = [Pause {
        from: at(2026, 6, 1, 9, 30),
        to: None,
    }];
    for now in [at(2026, 6, 1, 10, 0), at(2026, 6, 3, 16, 0)] {
        let sla = evaluate(&cal, &normal, &opened(monday, &waiting), now);
        assert_eq!(sla.first_response.due, None);
        assert_eq!(sla.first_response.remaining_minutes, Some(30));
        assert_eq!(sla.resolution.remaining_minutes, Some(210));
        assert!(!sla.first_response.breached);
    }
    // The customer answered Tuesday at 11:00: the clocks run again from there.
    let answered = [Pause {
        from: at(2026, 6, 1, 9, 30),
        to: Some(at(2026, 6, 2, 11, 0)),
    }];
    let sla = evaluate(
        &cal,
        &normal,
        &opened(monday, &answered),
        at(2026, 6, 2, 11, 0),
    );
    assert_eq!(sla.first_response.due, Some(at(2026, 6, 2, 11, 30)));
    assert_eq!(sla.resolution.due, Some(at(2026, 6, 2, 16, 0)));
    // A pause after the target's time had run out changes nothing: still breached.
    let late = [Pause {
        from: at(2026, 6, 1, 11, 0),
        to: None,
    }];
    let sla = evaluate(&cal, &normal, &opened(monday, &late), at(2026, 6, 1, 15, 0));
    assert_eq!(sla.first_response.due, Some(at(2026, 6, 1, 10, 0)));
    assert!(sla.first_response.breached);
    assert_eq!(sla.first_response.remaining_minutes, Some(-60));
}

#[test]
fn a_calendar_that_never_opens_has_no_due_time() {
    let never = ServiceCalendar::new(paris(), &WeeklyHours::default(), &HolidayRules::default());
    let t = at(2026, 6, 1, 9, 0);
    let sla = evaluate(&never, &target(60, 240, false), &opened(t, &[]), t);
    assert_eq!(sla.first_response.due, None);
    assert_eq!(sla.first_response.remaining_minutes, None);
    assert!(!sla.first_response.breached);
}

fn minute(m: i64) -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2024, 1, 1, 0, 0, 0).unwrap() + Duration::minutes(m)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    /// Pausing then resuming moves a due time by exactly the service time the pause
    /// covered, when it began before the time ran out, and not at all otherwise.
    #[test]
    fn a_pause_adds_exactly_the_service_time_it_covered(
        open in 0i64..(6 * 366 * 1440), minutes in 1u32..(3 * 1440),
        pause_at in 0i64..(14 * 1440), pause_for in 0i64..(14 * 1440),
        zone in 0usize..3, around in any::<bool>(),
    ) {
        let zones = [paris(), chrono_tz::America::New_York, chrono_tz::Australia::Lord_Howe];
        let cal = ServiceCalendar::new(
            zones[zone],
            &WeeklyHours::weekdays(&[
                ServiceRange { start: 510, end: 765 },
                ServiceRange { start: 810, end: 1080 },
            ]),
            &HolidayRules { french: true, ..HolidayRules::default() },
        );
        let rule = target(minutes, minutes * 2, around);
        let opened_at = minute(open);
        let pause = Pause {
            from: opened_at + Duration::minutes(pause_at),
            to: Some(opened_at + Duration::minutes(pause_at + pause_for)),
        };
        let now = opened_at;
        let plain = evaluate(&cal, &rule, &opened(opened_at, &[]), now);
        let paused = evaluate(&cal, &rule, &opened(opened_at, &[pause]), now);
        let counted_on = if around { ServiceCalendar::around_the_clock() } else { cal.clone() };
        for (a, b, m) in [
            (plain.first_response, paused.first_response, minutes),
            (plain.resolution, paused.resolution, minutes * 2),
        ] {
            let (due, shifted) = (a.due.unwrap(), b.due.unwrap());
            if pause.from < due {
                let covered = counted_on.minutes_between(pause.from, pause.to.unwrap());
                prop_assert_eq!(counted_on.minutes_between(opened_at, shifted), i64::from(m) + covered);
                prop_assert_eq!(Some(shifted), counted_on.add_minutes(opened_at, i64::from(m) + covered));
            } else {
                prop_assert_eq!(shifted, due);
            }
        }
    }

    /// The countdown reaches zero at the due time and goes negative after it.
    #[test]
    fn the_countdown_agrees_with_the_due_time(
        open in 0i64..(6 * 366 * 1440), minutes in 1u32..(3 * 1440), later in 0i64..(10 * 1440),
    ) {
        let cal = office();
        let rule = target(minutes, minutes * 3, false);
        let opened_at = minute(open);
        let now = opened_at + Duration::minutes(later);
        let sla = evaluate(&cal, &rule, &opened(opened_at, &[]), now);
        let t = sla.first_response;
        let due = t.due.unwrap();
        let left = t.remaining_minutes.unwrap();
        prop_assert_eq!(left, i64::from(minutes) - cal.minutes_between(opened_at, now));
        prop_assert_eq!(t.breached, now > due);
        if now <= due {
            prop_assert!(left >= 0);
            if left > 0 {
                prop_assert_eq!(cal.add_minutes(now, left), Some(due));
            }
        } else {
            prop_assert!(left <= 0);
        }
    }
}
