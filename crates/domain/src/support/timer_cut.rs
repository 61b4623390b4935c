//! A stopped timer's span. A timer forgotten overnight must not bill the night: past the
//! end of the local day it started on, or past 12 hours, the span is cut there and the
//! entry is recorded not billable, for the agent to log the real time by hand.

use chrono::{DateTime, Duration, TimeZone, Utc};
use chrono_tz::Tz;

use super::time_form::minutes_between;

/// The longest a timer runs before it is taken as forgotten.
pub const LONGEST_TIMER_MINUTES: i64 = 12 * 60;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TimerSpan {
    pub ended_at: DateTime<Utc>,
    /// At least one.
    pub minutes: i64,
    /// Stopped on a later local day or after 12 hours: cut, and not to be billed.
    pub forgotten: bool,
}

/// The span of a timer started at `started` and stopped at `now`, days read in `zone`.
pub fn timer_span(started: DateTime<Utc>, now: DateTime<Utc>, zone: Tz) -> TimerSpan {
    let longest = started + Duration::minutes(LONGEST_TIMER_MINUTES);
    let day_end = end_of_local_day(started, zone).unwrap_or(longest);
    if now <= day_end && now <= longest {
        return TimerSpan {
            ended_at: now,
            minutes: minutes_between(started, now).max(1),
            forgotten: false,
        };
    }
    let ended_at = day_end.min(longest);
    TimerSpan {
        ended_at,
        minutes: minutes_between(started, ended_at).max(1),
        forgotten: true,
    }
}

/// Midnight after `at`, in `zone` (the earliest of two midnights on a change of time).
fn end_of_local_day(at: DateTime<Utc>, zone: Tz) -> Option<DateTime<Utc>> {
    let next = at.with_timezone(&zone).date_naive().succ_opt()?;
    zone.from_local_datetime(&next.and_hms_opt(0, 0, 0)?)
        .earliest()
        .map(|d| d.with_timezone(&Utc))
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn at(s: &str) -> DateTime<Utc> {
        DateTime::parse_from_rfc3339(s).unwrap().with_timezone(&Utc)
    }

    #[test]
    fn a_timer_left_over_the_weekend_is_cut_at_midnight_in_paris() {
        let s = timer_span(
            at("2026-12-04T16:00:00Z"),
            at("2026-12-07T08:00:00Z"),
            chrono_tz::Europe::Paris,
        );
        assert_eq!(s.ended_at, at("2026-12-04T23:00:00Z"));
        assert_eq!((s.minutes, s.forgotten), (420, true));
    }

    #[test]
    fn a_night_shift_is_cut_at_twelve_hours_and_a_call_is_kept() {
        let paris = chrono_tz::Europe::Paris;
        let s = timer_span(
            at("2026-12-04T06:00:00Z"),
            at("2026-12-04T20:00:00Z"),
            paris,
        );
        assert_eq!(
            (s.ended_at, s.forgotten),
            (at("2026-12-04T18:00:00Z"), true)
        );
        let call = timer_span(
            at("2026-12-04T09:00:00Z"),
            at("2026-12-04T09:47:10Z"),
            paris,
        );
        assert_eq!((call.minutes, call.forgotten), (47, false));
    }

    proptest! {
        #[test]
        fn never_more_than_twelve_hours_nor_past_the_stop(start in 0i64..10_000_000, ran in 0i64..400_000) {
            let started = at("2026-01-01T00:00:00Z") + Duration::seconds(start);
            let now = started + Duration::seconds(ran);
            let s = timer_span(started, now, chrono_tz::Europe::Paris);
            prop_assert!(s.minutes >= 1 && s.minutes <= LONGEST_TIMER_MINUTES);
            prop_assert!(s.ended_at <= now);
            prop_assert_eq!(s.forgotten, s.ended_at < now);
        }
    }
}
