//! A request's two clocks, first response and resolution, counted in service time from
//! its opening. Waiting on the customer pauses both (Zammad's rule): a pause shifts the
//! due times by the service time it covered, and a clock still paused has no due time,
//! only the service time it had left when the pause began.

use std::sync::LazyLock;

use chrono::{DateTime, Utc};
use serde::Serialize;

use super::calendar::{union, ServiceCalendar};
use super::plan::SeverityTarget;

/// A time the request waited on the customer; `to` is `None` while it still does.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Pause {
    pub from: DateTime<Utc>,
    pub to: Option<DateTime<Utc>>,
}

/// What the clocks are computed from.
#[derive(Debug, Clone, Copy)]
pub struct SlaInput<'a> {
    pub opened_at: DateTime<Utc>,
    pub first_response_at: Option<DateTime<Utc>>,
    pub resolved_at: Option<DateTime<Utc>>,
    /// In any order; overlapping ones count once.
    pub pauses: &'a [Pause],
}

/// One clock: when it is due, when it was met, and the countdown.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Target {
    /// `None` while paused before the target was reached, or when the calendar never
    /// opens (nor before 2101).
    pub due: Option<DateTime<Utc>>,
    /// When the first response was given (or, lacking one, the request resolved), or the
    /// request resolved.
    pub met_at: Option<DateTime<Utc>>,
    /// Minutes of service left at `now`, negative once past due (0 from the due time to
    /// the next opening); frozen while paused. `None` once met, or when the calendar never
    /// opens.
    pub remaining_minutes: Option<i64>,
    /// Met after its due time, or not met and `now` past it.
    pub breached: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Sla {
    pub first_response: Target,
    pub resolution: Target,
}

static AROUND_THE_CLOCK: LazyLock<ServiceCalendar> =
    LazyLock::new(ServiceCalendar::around_the_clock);

/// The request's clocks at `now` under `target`, counted on `calendar` or around the
/// clock when the target says so.
pub fn evaluate(
    calendar: &ServiceCalendar,
    target: &SeverityTarget,
    input: &SlaInput,
    now: DateTime<Utc>,
) -> Sla {
    let calendar = if target.around_the_clock {
        &AROUND_THE_CLOCK
    } else {
        calendar
    };
    let clock = Clock::new(calendar, input);
    let now = now.timestamp();
    // Both unmet clocks count down from the same consumed time: computed once.
    let consumed_now = input.resolved_at.is_none().then(|| clock.consumed(now));
    let one = |minutes: u32, met_at: Option<DateTime<Utc>>| {
        clock.target(i64::from(minutes) * 60, met_at, now, consumed_now)
    };
    // A request resolved without a recorded reply was answered by its resolution.
    let responded = input.first_response_at.or(input.resolved_at);
    Sla {
        first_response: one(target.first_response_minutes, responded),
        resolution: one(target.resolution_minutes, input.resolved_at),
    }
}

/// Where the countdown of a clock stands: due at an instant, paused with so much left,
/// or never due (the calendar never opens).
enum Due {
    At(i64),
    Paused,
    Never,
}

struct Clock<'a> {
    calendar: &'a ServiceCalendar,
    opened: i64,
    /// From the opening on, sorted, merged; `i64::MAX` for a pause not over.
    pauses: Vec<(i64, i64)>,
}

impl<'a> Clock<'a> {
    fn new(calendar: &'a ServiceCalendar, input: &SlaInput) -> Clock<'a> {
        let opened = input.opened_at.timestamp();
        let pauses = union(
            input
                .pauses
                .iter()
                .map(|p| {
                    let to = p.to.map_or(i64::MAX, |t| t.timestamp());
                    (p.from.timestamp().max(opened), to)
                })
                .collect(),
        );
        Clock {
            calendar,
            opened,
            pauses,
        }
    }

    /// The instant `seconds` of unpaused service have passed since the opening.
    fn due(&self, seconds: i64) -> Due {
        let mut left = seconds;
        let mut cursor = self.opened;
        for &(from, to) in &self.pauses {
            let before = self.calendar.seconds_between(cursor, from);
            if before >= left {
                break;
            }
            left -= before;
            if to == i64::MAX {
                return Due::Paused;
            }
            cursor = cursor.max(to);
        }
        match self.calendar.add_seconds(cursor, left) {
            Some(t) => Due::At(t),
            None => Due::Never,
        }
    }

    /// Seconds of unpaused service from the opening to `at`.
    fn consumed(&self, at: i64) -> i64 {
        let all = self.calendar.seconds_between(self.opened, at);
        let paused: i64 = self
            .pauses
            .iter()
            .take_while(|(from, _)| *from < at)
            .map(|&(from, to)| self.calendar.seconds_between(from, to.min(at)))
            .sum();
        all - paused
    }

    fn target(
        &self,
        seconds: i64,
        met_at: Option<DateTime<Utc>>,
        now: i64,
        consumed_now: Option<i64>,
    ) -> Target {
        let due = self.due(seconds);
        let due_at = match due {
            Due::At(t) => DateTime::from_timestamp(t, 0),
            Due::Paused | Due::Never => None,
        };
        let late = |at: i64| matches!(due, Due::At(t) if at > t);
        match met_at {
            Some(met) => Target {
                due: due_at,
                met_at: Some(met),
                remaining_minutes: None,
                breached: late(met.timestamp()),
            },
            None => Target {
                due: due_at,
                met_at: None,
                remaining_minutes: match due {
                    Due::Never => None,
                    Due::At(_) | Due::Paused => {
                        let consumed = consumed_now.unwrap_or_else(|| self.consumed(now));
                        Some((seconds - consumed).div_euclid(60))
                    }
                },
                breached: late(now),
            },
        }
    }
}

#[cfg(test)]
#[path = "sla_tests.rs"]
mod tests;
