//! Service-hours arithmetic: whether a plan is open at an instant, an instant plus so
//! many minutes of service, the minutes of service between two instants.
//!
//! A service instant is one whose wall-clock time in the plan's zone falls in a range of
//! its weekday, on a day that is not closed. Counting real elapsed time follows from that
//! definition: a range 1:00–4:00 lasts two hours on the night the clocks go forward in
//! Paris (2:00–3:00 never happens) and four on the night they go back (it happens twice).
//!
//! The timeline is walked in runs of constant UTC offset (`offsets.rs`): within a run,
//! local time is UTC shifted by one amount, so each range of each local day maps to one
//! UTC interval. The walk moves day by day (a whole day at once when it can), never
//! minute by minute.

use std::sync::Arc;

use chrono::{DateTime, NaiveDate, Utc};
use chrono_tz::Tz;
use serde::Serialize;

use super::closed::{ClosedDays, YearCursor};
use super::holidays::Holiday;
use super::hours::{HolidayRules, WeeklyHours};
use super::offsets::Offsets;
use super::open_status::OpenStatus;
use super::plan::PlanTerms;
use crate::problem::Problem;

const DAY: i64 = 86_400;

/// 2101-01-01T00:00:00Z: nothing is computed beyond the end of 2100.
pub(crate) const LIMIT: i64 = 4_133_980_800;

/// How far ahead `status` looks for a closing time before calling a calendar open around
/// the clock.
const OPEN_HORIZON: i64 = 366 * DAY;

/// A closed day of a year, as the support-terms sheet lists it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct ClosedDay {
    pub date: NaiveDate,
    /// The public holiday, or `None` for a day typed by hand.
    pub holiday: Option<Holiday>,
}

/// A plan's hours of service made ready for arithmetic. Built once per plan and cheap to
/// query; it holds no clock, and every instant is an argument.
#[derive(Debug, Clone)]
pub struct ServiceCalendar {
    zone: Tz,
    offsets: Arc<Offsets>,
    /// Monday first; each day's ranges in seconds after local midnight, sorted, merged.
    days: [Vec<(i64, i64)>; 7],
    /// Seconds of service of each weekday, and of the week.
    day_seconds: [i64; 7],
    week_seconds: i64,
    closed: ClosedDays,
}

/// `name` as an IANA time zone (`Europe/Paris`); spaces around it ignored.
pub fn parse_zone(name: &str) -> Result<Tz, Problem> {
    let name = name.trim();
    if name.is_empty() {
        return Err(Problem::Required);
    }
    name.parse::<Tz>().map_err(|_| Problem::UnknownTimeZone {
        name: name.to_string(),
    })
}

impl ServiceCalendar {
    /// The calendar of `hours` in `zone`, closed on the days `holidays` names. Ranges are
    /// taken as they come (clamped to the day, overlaps merged): refusing bad ones is
    /// validation's job (`hours_check`), before a plan is saved.
    pub fn new(zone: Tz, hours: &WeeklyHours, holidays: &HolidayRules) -> Self {
        let days: [Vec<(i64, i64)>; 7] = std::array::from_fn(|d| {
            union(
                hours.days[d]
                    .iter()
                    .map(|r| (i64::from(r.start.min(1440)), i64::from(r.end.min(1440))))
                    .collect(),
            )
            .into_iter()
            .map(|(s, e)| (s * 60, e * 60))
            .collect()
        });
        let day_seconds: [i64; 7] =
            std::array::from_fn(|d| days[d].iter().map(|(s, e)| e - s).sum());
        ServiceCalendar {
            zone,
            offsets: Offsets::of(zone),
            days,
            day_seconds,
            week_seconds: day_seconds.iter().sum(),
            closed: ClosedDays::new(holidays),
        }
    }

    /// The calendar of a plan's terms, or the problem with its time zone.
    pub fn of_terms(terms: &PlanTerms) -> Result<Self, Problem> {
        let zone = parse_zone(&terms.time_zone)?;
        Ok(ServiceCalendar::new(zone, &terms.hours, &terms.holidays))
    }

    /// Every minute of every day, in UTC, without holidays: the clock of targets counted
    /// around the clock.
    pub fn around_the_clock() -> Self {
        ServiceCalendar::new(
            Tz::UTC,
            &WeeklyHours::around_the_clock(),
            &HolidayRules::default(),
        )
    }

    pub fn zone(&self) -> Tz {
        self.zone
    }

    /// Whether `at` is an instant of service.
    pub fn is_open(&self, at: DateTime<Utc>) -> bool {
        let t = at.timestamp();
        let local = t + self.offsets.at(t).0;
        let (day, second) = (local.div_euclid(DAY), local.rem_euclid(DAY));
        self.ranges_of(day, &mut YearCursor::default())
            .iter()
            .any(|(s, e)| (*s..*e).contains(&second))
    }

    /// `from` plus `minutes` of service: starts at the next opening if closed, and ends at
    /// a range's end rather than the next opening when the time runs out there. `None`
    /// if the calendar never opens (no ranges) or the result is beyond 2100. Negative
    /// minutes count as none. Instants are taken to the second.
    pub fn add_minutes(&self, from: DateTime<Utc>, minutes: i64) -> Option<DateTime<Utc>> {
        let seconds = minutes.max(0).checked_mul(60)?;
        self.add_seconds(from.timestamp(), seconds)
            .and_then(|t| DateTime::from_timestamp(t, 0))
    }

    /// Minutes of service in [from, to), whole minutes (0 if `to` <= `from`).
    pub fn minutes_between(&self, from: DateTime<Utc>, to: DateTime<Utc>) -> i64 {
        self.seconds_between(from.timestamp(), to.timestamp()) / 60
    }

    /// Open now and until when, or closed and until when (the next opening; `None` if
    /// it never opens again before 2101). Open with no end means no closing within a
    /// year: service around the clock.
    pub fn status(&self, at: DateTime<Utc>) -> OpenStatus {
        let t = at.timestamp();
        let to_instant = |s: i64| DateTime::from_timestamp(s, 0);
        if self.week_seconds == 0 {
            return OpenStatus::Closed { until: None };
        }
        // No budget: range by range, so that the gaps between ranges show.
        let mut walk = self.walk(t, LIMIT).map(|c| (c.start, c.end));
        match walk.next() {
            None => OpenStatus::Closed { until: None },
            Some((start, _)) if start > t => OpenStatus::Closed {
                until: to_instant(start),
            },
            Some((_, mut end)) => {
                // Ranges that touch (23:00–24:00 then 0:00–1:00, or a run's end) are
                // one opening.
                for (start, next_end) in walk {
                    if start != end || end - t > OPEN_HORIZON {
                        break;
                    }
                    end = next_end;
                }
                let until = (end - t <= OPEN_HORIZON && end < LIMIT)
                    .then(|| to_instant(end))
                    .flatten();
                OpenStatus::Open { until }
            }
        }
    }

    /// The closed days of `year` besides the weekly calendar: the public holidays the plan
    /// observes and the days typed by hand, in date order, each date once.
    pub fn closed_days(&self, year: i32) -> Vec<ClosedDay> {
        self.closed
            .of_year(year)
            .into_iter()
            .map(|(date, holiday)| ClosedDay { date, holiday })
            .collect()
    }

    /// `from` (seconds since 1970) plus `seconds` of service, as `add_minutes` says.
    pub(crate) fn add_seconds(&self, from: i64, seconds: i64) -> Option<i64> {
        if self.week_seconds == 0 {
            return None;
        }
        let mut left = seconds.max(0);
        let mut walk = self.walk(from, LIMIT);
        loop {
            // A whole day is passed over only when it holds less than what is left, so
            // the chunk that holds the end is always a single interval.
            walk.budget = left;
            let chunk = walk.next()?;
            if left <= chunk.seconds {
                return Some(chunk.start + left);
            }
            left -= chunk.seconds;
        }
    }

    /// Seconds of service in [from, to).
    pub(crate) fn seconds_between(&self, from: i64, to: i64) -> i64 {
        if to <= from || self.week_seconds == 0 {
            return 0;
        }
        let mut walk = self.walk(from, to.min(LIMIT));
        walk.budget = i64::MAX;
        walk.map(|chunk| chunk.seconds).sum()
    }

    /// The service from `from` on, before `limit`, in order: range by range until a
    /// budget is given.
    fn walk(&self, from: i64, limit: i64) -> Walk<'_> {
        Walk {
            cal: self,
            cursor: from,
            limit,
            budget: 0,
            run_end: from,
            offset: 0,
            day: 0,
            ranges: &[],
            fresh: false,
            year: YearCursor::default(),
        }
    }

    /// The ranges of local day `day` (days since 1970-01-01): none on a closed day.
    fn ranges_of(&self, day: i64, year: &mut YearCursor) -> &[(i64, i64)] {
        let ranges = &self.days[weekday_index(day)];
        if ranges.is_empty() || self.closed.is_closed(day, year) {
            return &[];
        }
        ranges
    }
}

/// A stretch of service the walk passes over: one interval [start, end) of `seconds`,
/// or a whole local day from its first opening to its last closing, `seconds` being its
/// service only.
#[derive(Debug, Clone, Copy)]
struct Chunk {
    start: i64,
    end: i64,
    seconds: i64,
}

/// The walk over a calendar's service (see the module's comment).
struct Walk<'a> {
    cal: &'a ServiceCalendar,
    /// Nothing before this instant is yielded (again).
    cursor: i64,
    limit: i64,
    /// A day holding less service than this is passed over whole; 0 walks range by range.
    budget: i64,
    /// The current run of constant `offset` ends here (excluded).
    run_end: i64,
    offset: i64,
    /// The local day and its ranges not yet walked.
    day: i64,
    ranges: &'a [(i64, i64)],
    /// No range of the day has been walked yet.
    fresh: bool,
    year: YearCursor,
}

impl Walk<'_> {
    /// Starts the run of constant offset at the cursor.
    fn enter_run(&mut self) {
        (self.offset, self.run_end) = self.cal.offsets.at(self.cursor);
        self.enter_day((self.cursor + self.offset).div_euclid(DAY));
    }

    fn enter_day(&mut self, day: i64) {
        self.day = day;
        self.ranges = self.cal.ranges_of(day, &mut self.year);
        self.fresh = true;
    }

    /// The current day whole, when none of it has been walked, it lies in the run and
    /// before the limit, and holds less than the budget: a due time days away costs a
    /// step a day, not one per range.
    fn whole_day(&mut self, midnight: i64) -> Option<Chunk> {
        let (&(first, _), &(_, last)) = (self.ranges.first()?, self.ranges.last()?);
        let seconds = self.cal.day_seconds[weekday_index(self.day)];
        let whole = self.fresh
            && seconds < self.budget
            && self.cursor <= midnight + first
            && midnight + last <= self.run_end.min(self.limit);
        if !whole {
            return None;
        }
        self.cursor = midnight + last;
        self.enter_day(self.day + 1);
        Some(Chunk {
            start: midnight + first,
            end: midnight + last,
            seconds,
        })
    }
}

impl Iterator for Walk<'_> {
    type Item = Chunk;

    fn next(&mut self) -> Option<Chunk> {
        loop {
            if self.cursor >= self.limit {
                return None;
            }
            if self.cursor >= self.run_end {
                self.enter_run();
            }
            let midnight = self.day * DAY - self.offset;
            if midnight >= self.run_end {
                self.cursor = self.run_end;
                continue;
            }
            if let Some(day) = self.whole_day(midnight) {
                return Some(day);
            }
            let Some((&(s, e), rest)) = self.ranges.split_first() else {
                self.enter_day(self.day + 1);
                continue;
            };
            self.ranges = rest;
            self.fresh = false;
            if midnight + s >= self.run_end {
                self.cursor = self.run_end;
                continue;
            }
            let start = (midnight + s).max(self.cursor);
            let end = (midnight + e).min(self.run_end).min(self.limit);
            if start < end {
                self.cursor = end;
                return Some(Chunk {
                    start,
                    end,
                    seconds: end - start,
                });
            }
        }
    }
}

/// The same instants as `intervals` ([start, end) each), sorted, in as few intervals as
/// they make: empty ones dropped, overlapping and touching ones joined.
pub(crate) fn union(mut intervals: Vec<(i64, i64)>) -> Vec<(i64, i64)> {
    intervals.retain(|(s, e)| s < e);
    intervals.sort_unstable();
    let mut joined: Vec<(i64, i64)> = Vec::with_capacity(intervals.len());
    for (s, e) in intervals {
        match joined.last_mut() {
            Some(last) if s <= last.1 => last.1 = last.1.max(e),
            _ => joined.push((s, e)),
        }
    }
    joined
}

/// 1970-01-01 was a Thursday: Monday is 0.
fn weekday_index(day: i64) -> usize {
    (day + 3).rem_euclid(7) as usize
}

#[cfg(test)]
#[path = "calendar_tests.rs"]
pub(crate) mod tests;
