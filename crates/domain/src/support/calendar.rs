//! Service-hours arithmetic: whether a plan is open at an instant, an instant plus so
//! many minutes of service, the minutes of service between two instants.
//!
//! A service instant is one whose wall-clock time in the plan's zone falls in a range of
//! its weekday, on a day that is not closed. Counting real elapsed time follows from that
//! definition: 9:00–12:00 lasts two hours on the night the clocks go forward if 2:00–3:00
//! is inside it, and four on the night they go back, since 2:00–3:00 happens twice.
//!
//! The timeline is walked in runs of constant UTC offset: within a run, local time is UTC
//! shifted by one amount, so each range of each local day maps to one UTC interval. The
//! walk moves range by range and day by day, never minute by minute.

use chrono::{DateTime, Datelike, NaiveDate, Offset, TimeZone, Utc};
use chrono_tz::Tz;
use serde::Serialize;

use super::holidays::{french_holidays, Holiday, HolidayYear};
use super::hours::{HolidayRules, WeeklyHours};
use super::open_status::OpenStatus;

const DAY: i64 = 86_400;

/// 2101-01-01T00:00:00Z: nothing is computed beyond the end of 2100.
pub(crate) const LIMIT: i64 = 4_133_980_800;

/// A run of constant offset is checked this far ahead at a time. Zones change offset at
/// most a few times a year, and no zone goes there and back within a week, so equal
/// offsets at both ends of a week mean one offset throughout.
const PROBE: i64 = 7 * DAY;

/// How far ahead `status` looks for a closing time before calling a calendar open around
/// the clock.
const OPEN_HORIZON: i64 = 366 * DAY;

/// A closed day of a year, as the support-terms sheet lists it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
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
    /// Monday first; each day's ranges in seconds after local midnight, sorted, merged.
    days: [Vec<(i64, i64)>; 7],
    week_seconds: i64,
    french: bool,
    alsace_moselle: bool,
    /// Days typed by hand, as days since 1970-01-01, sorted.
    closed: Vec<i64>,
}

/// `name` as an IANA time zone (`Europe/Paris`); spaces around it ignored.
pub fn parse_zone(name: &str) -> Result<Tz, crate::problem::Problem> {
    let name = name.trim();
    if name.is_empty() {
        return Err(crate::problem::Problem::Required);
    }
    name.parse::<Tz>()
        .map_err(|_| crate::problem::Problem::UnknownTimeZone {
            name: name.to_string(),
        })
}

impl ServiceCalendar {
    /// The calendar of `hours` in `zone`, closed on the days `holidays` names. Ranges are
    /// taken as they come (clamped to the day, overlaps merged): refusing bad ones is
    /// validation's job (`hours_check`), before a plan is saved.
    pub fn new(zone: Tz, hours: &WeeklyHours, holidays: &HolidayRules) -> Self {
        let days: [Vec<(i64, i64)>; 7] = std::array::from_fn(|d| {
            let mut ranges: Vec<(i64, i64)> = hours.days[d]
                .iter()
                .map(|r| (i64::from(r.start.min(1440)), i64::from(r.end.min(1440))))
                .filter(|(s, e)| s < e)
                .collect();
            ranges.sort_unstable();
            let mut merged: Vec<(i64, i64)> = Vec::with_capacity(ranges.len());
            for (s, e) in ranges {
                match merged.last_mut() {
                    Some(last) if s <= last.1 => last.1 = last.1.max(e),
                    _ => merged.push((s, e)),
                }
            }
            merged.into_iter().map(|(s, e)| (s * 60, e * 60)).collect()
        });
        let week_seconds = days.iter().flatten().map(|(s, e)| e - s).sum();
        let mut closed: Vec<i64> = holidays
            .closed_days
            .iter()
            .map(|d| day_number(*d))
            .collect();
        closed.sort_unstable();
        closed.dedup();
        ServiceCalendar {
            zone,
            days,
            week_seconds,
            french: holidays.french,
            alsace_moselle: holidays.alsace_moselle,
            closed,
        }
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
        let local = t + offset_at(self.zone, t);
        let (day, second) = (local.div_euclid(DAY), local.rem_euclid(DAY));
        let mut year = None;
        self.ranges_of(day, &mut year)
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
        let mut walk = self.walk(t, LIMIT);
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
    /// observes, then the days typed by hand, in date order, each date once.
    pub fn closed_days(&self, year: i32) -> Vec<ClosedDay> {
        let mut days: Vec<ClosedDay> = if self.french {
            french_holidays(year, self.alsace_moselle)
                .into_iter()
                .map(|(date, holiday)| ClosedDay {
                    date,
                    holiday: Some(holiday),
                })
                .collect()
        } else {
            Vec::new()
        };
        days.extend(
            self.closed
                .iter()
                .filter_map(|n| date_of(*n))
                .filter(|d| d.year() == year)
                .map(|date| ClosedDay {
                    date,
                    holiday: None,
                }),
        );
        // A holiday sorts before the same date typed by hand, so dedup keeps its name.
        days.sort_by_key(|d| (d.date, d.holiday.is_none()));
        days.dedup_by_key(|d| d.date);
        days
    }

    /// `from` (seconds since 1970) plus `seconds` of service, as `add_minutes` says.
    pub(crate) fn add_seconds(&self, from: i64, seconds: i64) -> Option<i64> {
        if self.week_seconds == 0 {
            return None;
        }
        let mut left = seconds.max(0);
        for (start, end) in self.walk(from, LIMIT) {
            if left <= end - start {
                return Some(start + left);
            }
            left -= end - start;
        }
        None
    }

    /// Seconds of service in [from, to).
    pub(crate) fn seconds_between(&self, from: i64, to: i64) -> i64 {
        if to <= from || self.week_seconds == 0 {
            return 0;
        }
        self.walk(from, to.min(LIMIT)).map(|(s, e)| e - s).sum()
    }

    /// The intervals of service from `from` on, before `limit`, in order, as UTC
    /// seconds [start, end).
    fn walk(&self, from: i64, limit: i64) -> Walk<'_> {
        Walk {
            cal: self,
            cursor: from,
            limit,
            run_end: from,
            offset: 0,
            day: 0,
            index: 0,
            year: None,
        }
    }

    /// The ranges of local day `day` (days since 1970-01-01): none on a closed day.
    fn ranges_of(&self, day: i64, year: &mut Option<HolidayYear>) -> &[(i64, i64)] {
        let ranges = &self.days[weekday_index(day)];
        if ranges.is_empty() || self.is_closed(day, year) {
            return &[];
        }
        ranges
    }

    fn is_closed(&self, day: i64, year: &mut Option<HolidayYear>) -> bool {
        if !self.closed.is_empty() && self.closed.binary_search(&day).is_ok() {
            return true;
        }
        if !self.french {
            return false;
        }
        let Some(date) = date_of(day) else {
            return false;
        };
        let holidays = match year {
            Some(y) if y.year() == date.year() => *y,
            _ => *year.insert(HolidayYear::new(date.year())),
        };
        holidays.on(date, self.alsace_moselle).is_some()
    }
}

/// The walk over a calendar's service intervals (see the module's comment).
struct Walk<'a> {
    cal: &'a ServiceCalendar,
    /// Nothing before this instant is yielded (again).
    cursor: i64,
    limit: i64,
    /// The current run of constant `offset` ends here (excluded).
    run_end: i64,
    offset: i64,
    /// The local day and the index of its next range.
    day: i64,
    index: usize,
    year: Option<HolidayYear>,
}

impl Walk<'_> {
    /// Starts the run of constant offset at the cursor and finds where it ends.
    fn enter_run(&mut self) {
        let zone = self.cal.zone;
        let start = self.cursor;
        self.offset = offset_at(zone, start);
        let probe = start + PROBE;
        self.run_end = if offset_at(zone, probe) == self.offset {
            probe
        } else {
            // The first second of the new offset, by bisection: a few dozen look-ups
            // twice a year.
            let (mut same, mut changed) = (start, probe);
            while changed - same > 1 {
                let mid = same + (changed - same) / 2;
                if offset_at(zone, mid) == self.offset {
                    same = mid;
                } else {
                    changed = mid;
                }
            }
            changed
        };
        self.day = (start + self.offset).div_euclid(DAY);
        self.index = 0;
    }
}

impl Iterator for Walk<'_> {
    type Item = (i64, i64);

    fn next(&mut self) -> Option<(i64, i64)> {
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
            let ranges = self.cal.ranges_of(self.day, &mut self.year);
            let Some(&(s, e)) = ranges.get(self.index) else {
                self.day += 1;
                self.index = 0;
                continue;
            };
            self.index += 1;
            if midnight + s >= self.run_end {
                self.cursor = self.run_end;
                continue;
            }
            let start = (midnight + s).max(self.cursor);
            let end = (midnight + e).min(self.run_end).min(self.limit);
            if start < end {
                self.cursor = end;
                return Some((start, end));
            }
        }
    }
}

/// The zone's offset from UTC, in seconds, at `t` (seconds since 1970).
fn offset_at(zone: Tz, t: i64) -> i64 {
    let utc = DateTime::from_timestamp(t, 0).expect("instants of the walk are near a real one");
    i64::from(
        zone.offset_from_utc_datetime(&utc.naive_utc())
            .fix()
            .local_minus_utc(),
    )
}

/// 1970-01-01 was a Thursday: Monday is 0.
fn weekday_index(day: i64) -> usize {
    (day + 3).rem_euclid(7) as usize
}

/// Days from 1 January of year 1 to 1 January 1970.
const EPOCH_FROM_CE: i64 = 719_163;

fn day_number(date: NaiveDate) -> i64 {
    i64::from(date.num_days_from_ce()) - EPOCH_FROM_CE
}

fn date_of(day: i64) -> Option<NaiveDate> {
    i32::try_from(day + EPOCH_FROM_CE)
        .ok()
        .and_then(NaiveDate::from_num_days_from_ce_opt)
}

#[cfg(test)]
#[path = "calendar_tests.rs"]
mod tests;
