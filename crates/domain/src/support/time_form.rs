//! A time entry as typed: a start, and an end or a number of minutes; billable or not.

use chrono::{DateTime, Duration, Utc};
use serde::{Deserialize, Serialize};

use super::problems::SupportProblem;
use super::request_form::parse_instant;
use crate::bounds;
use crate::checks::text;
use crate::problem::{Checker, Invalid, Problem};

/// The longest entry: a day. Longer work is several entries.
pub const MAX_ENTRY_MINUTES: u32 = 24 * 60;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct TimeEntryForm {
    pub request_id: i64,
    /// RFC 3339.
    pub started_at: String,
    /// RFC 3339; empty when `minutes` says how long.
    pub ended_at: String,
    /// Used when `ended_at` is empty.
    pub minutes: String,
    pub billable: bool,
    pub note: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TimeEntry {
    pub request_id: i64,
    pub started_at: DateTime<Utc>,
    pub ended_at: DateTime<Utc>,
    pub minutes: u32,
    pub billable: bool,
    pub note: String,
}

/// Whole minutes between two instants, rounded to the nearest: a timer stopped after 29
/// seconds counts nothing, after 30 one minute.
pub fn minutes_between(from: DateTime<Utc>, to: DateTime<Utc>) -> i64 {
    ((to - from).num_seconds() + 30).div_euclid(60)
}

impl TimeEntryForm {
    pub fn validate(&self, now: DateTime<Utc>) -> Result<TimeEntry, Invalid> {
        let mut c = Checker::new();
        let started = c.check("started_at", parse_instant(&self.started_at, now));
        let note = c
            .check("note", text::optional(&self.note, 4000))
            .flatten()
            .unwrap_or_default();
        let span = if self.ended_at.trim().is_empty() {
            let minutes = c.check(
                "minutes",
                bounds::whole_number(&self.minutes, u32::MAX).and_then(|m| {
                    if m == 0 {
                        Err(Problem::NotPositive)
                    } else if m > MAX_ENTRY_MINUTES {
                        Err(SupportProblem::EntryTooLong.into())
                    } else {
                        Ok(m)
                    }
                }),
            );
            started
                .zip(minutes)
                .map(|(s, m)| (s, s + Duration::minutes(i64::from(m)), m))
        } else {
            let ended = c.check("ended_at", span_end(&self.ended_at, now));
            match (started, ended) {
                (Some(s), Some(e)) => {
                    let m = minutes_between(s, e);
                    if e <= s || m < 1 {
                        c.add("ended_at", SupportProblem::EndBeforeStart.into());
                        None
                    } else if m > i64::from(MAX_ENTRY_MINUTES) {
                        c.add("ended_at", SupportProblem::EntryTooLong.into());
                        None
                    } else {
                        u32::try_from(m).ok().map(|m| (s, e, m))
                    }
                }
                _ => None,
            }
        };
        c.finish()?;
        let (started_at, ended_at, minutes) =
            span.ok_or_else(|| Invalid::one("form", Problem::Required))?;
        Ok(TimeEntry {
            request_id: self.request_id,
            started_at,
            ended_at,
            minutes,
            billable: self.billable,
            note,
        })
    }
}

/// An end may be typed a little ahead (a call booked to end at the hour): only its
/// form and dates are held, not `now`.
fn span_end(input: &str, now: DateTime<Utc>) -> Result<DateTime<Utc>, Problem> {
    parse_instant(input, now + Duration::days(1))
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn now() -> DateTime<Utc> {
        DateTime::parse_from_rfc3339("2026-12-04T18:00:00+01:00")
            .unwrap()
            .with_timezone(&Utc)
    }

    fn form(start: &str, end: &str, minutes: &str) -> TimeEntryForm {
        TimeEntryForm {
            request_id: 7,
            started_at: start.into(),
            ended_at: end.into(),
            minutes: minutes.into(),
            billable: true,
            note: String::new(),
        }
    }

    fn fields(f: TimeEntryForm) -> Vec<(String, Problem)> {
        f.validate(now())
            .unwrap_err()
            .0
            .into_iter()
            .map(|e| (e.field, e.problem))
            .collect()
    }

    #[test]
    fn an_end_before_its_start_is_refused_on_the_end() {
        assert_eq!(
            fields(form(
                "2026-12-04T10:00:00+01:00",
                "2026-12-04T09:30:00+01:00",
                ""
            )),
            vec![("ended_at".into(), SupportProblem::EndBeforeStart.into())]
        );
        assert_eq!(
            fields(form(
                "2026-12-04T10:00:00+01:00",
                "2026-12-04T10:00:00+01:00",
                ""
            )),
            vec![("ended_at".into(), SupportProblem::EndBeforeStart.into())]
        );
    }

    #[test]
    fn an_entry_is_at_most_a_day_and_within_the_years_forms_accept() {
        assert_eq!(
            fields(form(
                "2026-12-02T08:00:00+01:00",
                "2026-12-03T08:01:00+01:00",
                ""
            )),
            vec![("ended_at".into(), SupportProblem::EntryTooLong.into())]
        );
        assert_eq!(
            fields(form("2026-12-04T08:00:00+01:00", "", "1441")),
            vec![("minutes".into(), SupportProblem::EntryTooLong.into())]
        );
        let old = fields(form("1999-12-31T08:00:00Z", "", "30"));
        assert_eq!(old.len(), 1);
        assert!(matches!(old[0].1, Problem::DateRange { .. }), "{old:?}");
        assert_eq!(
            fields(form("demain", "", "0")),
            vec![
                ("started_at".into(), SupportProblem::NotAnInstant.into()),
                ("minutes".into(), Problem::NotPositive)
            ]
        );
    }

    #[test]
    fn minutes_or_an_end_give_the_same_entry() {
        let a = form("2026-12-04T09:00:00+01:00", "2026-12-04T10:15:00+01:00", "")
            .validate(now())
            .unwrap();
        let b = form("2026-12-04T09:00:00+01:00", "", "75")
            .validate(now())
            .unwrap();
        assert_eq!(a, b);
        assert_eq!(a.minutes, 75);
    }

    proptest! {
        /// Whatever the span typed, an accepted entry lasts 1 to 1440 minutes and ends
        /// after it starts; a refused one names a field.
        #[test]
        fn accepted_entries_are_within_bounds(offset in -100_000i64..100_000, len in -3_000i64..3_000) {
            let start = now() - Duration::minutes(offset.abs());
            let end = start + Duration::minutes(len);
            let f = form(&start.to_rfc3339(), &end.to_rfc3339(), "");
            match f.validate(now()) {
                Ok(e) => {
                    prop_assert!(e.ended_at > e.started_at);
                    prop_assert!((1..=MAX_ENTRY_MINUTES).contains(&e.minutes));
                    prop_assert_eq!(i64::from(e.minutes), len);
                }
                Err(inv) => prop_assert!(!inv.0.is_empty()),
            }
        }
    }
}
