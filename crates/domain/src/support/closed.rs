//! The days a calendar is closed besides its weekly hours: the public holidays it
//! observes and the days typed by hand. Days are counted from 1970-01-01 (day 0), the
//! local date of the plan's zone, so a walk over days asks "closed?" with one integer.

use std::sync::LazyLock;

use chrono::{Datelike, NaiveDate};

use super::holidays::{french_holidays, Holiday};
use super::hours::HolidayRules;

/// Days from 1 January of year 1 to 1 January 1970.
const EPOCH_FROM_CE: i64 = 719_163;

pub(crate) fn day_number(date: NaiveDate) -> i64 {
    i64::from(date.num_days_from_ce()) - EPOCH_FROM_CE
}

pub(crate) fn date_of(day: i64) -> Option<NaiveDate> {
    i32::try_from(day + EPOCH_FROM_CE)
        .ok()
        .and_then(NaiveDate::from_num_days_from_ce_opt)
}

/// The years whose holidays are kept ready, as day numbers: every year a service clock
/// can reach (nothing is computed beyond 2100).
const FIRST_YEAR: i32 = 1970;
const LAST_YEAR: i32 = 2100;

/// One year's holidays as day numbers, and as bits by day of the year (bit 0 is
/// 1 January) for the question a walk asks every day.
struct YearHolidays {
    /// 1 January of the year and of the next.
    start: i64,
    end: i64,
    /// Alsace-Moselle's days included.
    days: Vec<(i64, Holiday)>,
    france: [u64; 6],
    alsace_moselle: [u64; 6],
}

impl YearHolidays {
    fn new(year: i32) -> YearHolidays {
        let first = |y| day_number(NaiveDate::from_ymd_opt(y, 1, 1).expect("1 January"));
        let start = first(year);
        let days: Vec<(i64, Holiday)> = french_holidays(year, true)
            .into_iter()
            .map(|(d, h)| (day_number(d), h))
            .collect();
        let (mut france, mut alsace_moselle) = ([0u64; 6], [0u64; 6]);
        for (day, holiday) in &days {
            let i = (day - start) as usize;
            alsace_moselle[i / 64] |= 1 << (i % 64);
            if !holiday.alsace_moselle_only() {
                france[i / 64] |= 1 << (i % 64);
            }
        }
        YearHolidays {
            start,
            end: first(year + 1),
            days,
            france,
            alsace_moselle,
        }
    }
}

/// Computed once for the whole program: a table of facts, like the zone database.
static YEARS: LazyLock<Vec<YearHolidays>> =
    LazyLock::new(|| (FIRST_YEAR..=LAST_YEAR).map(YearHolidays::new).collect());

#[derive(Debug, Clone)]
pub(crate) struct ClosedDays {
    french: bool,
    alsace_moselle: bool,
    /// Typed by hand, sorted.
    typed: Vec<i64>,
}

/// The year a walk is in, kept between days so that each day's question is a scan of
/// a dozen integers.
#[derive(Default)]
pub(crate) struct YearCursor {
    year: Option<usize>,
}

impl ClosedDays {
    pub(crate) fn new(rules: &HolidayRules) -> ClosedDays {
        let mut typed: Vec<i64> = rules.closed_days.iter().map(|d| day_number(*d)).collect();
        typed.sort_unstable();
        typed.dedup();
        ClosedDays {
            french: rules.french,
            alsace_moselle: rules.alsace_moselle,
            typed,
        }
    }

    pub(crate) fn is_closed(&self, day: i64, cursor: &mut YearCursor) -> bool {
        if !self.typed.is_empty() && self.typed.binary_search(&day).is_ok() {
            return true;
        }
        if !self.french {
            return false;
        }
        match Self::year_of(day, cursor) {
            Some(year) => {
                let i = (day - year.start) as usize;
                let bits = if self.alsace_moselle {
                    &year.alsace_moselle
                } else {
                    &year.france
                };
                bits[i / 64] & (1 << (i % 64)) != 0
            }
            None => self.holiday(day, cursor).is_some(),
        }
    }

    /// The year of `day` in the table, `None` before 1970 or after 2100.
    fn year_of(day: i64, cursor: &mut YearCursor) -> Option<&'static YearHolidays> {
        let years: &'static [YearHolidays] = &YEARS;
        if let Some(year) = cursor.year.map(|i| &years[i]) {
            if (year.start..year.end).contains(&day) {
                return Some(year);
            }
        }
        let i = years.partition_point(|y| y.end <= day);
        let year = years.get(i).filter(|y| y.start <= day)?;
        cursor.year = Some(i);
        Some(year)
    }

    fn holiday(&self, day: i64, cursor: &mut YearCursor) -> Option<Holiday> {
        let observed = |h: &Holiday| self.alsace_moselle || !h.alsace_moselle_only();
        match Self::year_of(day, cursor) {
            Some(year) => year
                .days
                .iter()
                .find(|(d, h)| *d == day && observed(h))
                .map(|(_, h)| *h),
            // Before 1970 or after 2100: computed on the spot.
            None => {
                let date = date_of(day)?;
                french_holidays(date.year(), self.alsace_moselle)
                    .into_iter()
                    .find(|(d, _)| *d == date)
                    .map(|(_, h)| h)
            }
        }
    }

    /// The closed days of `year`: holidays observed, then days typed by hand, in date
    /// order, each date once (a holiday keeps its name when typed too).
    pub(crate) fn of_year(&self, year: i32) -> Vec<(NaiveDate, Option<Holiday>)> {
        let mut days: Vec<(NaiveDate, Option<Holiday>)> = if self.french {
            french_holidays(year, self.alsace_moselle)
                .into_iter()
                .map(|(d, h)| (d, Some(h)))
                .collect()
        } else {
            Vec::new()
        };
        days.extend(
            self.typed
                .iter()
                .filter_map(|n| date_of(*n))
                .filter(|d| d.year() == year)
                .map(|d| (d, None)),
        );
        days.sort_by_key(|(d, h)| (*d, h.is_none()));
        days.dedup_by_key(|(d, _)| *d);
        days
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The table's answer is the year's list, every day from 1969 to 2101 (the years on
    /// either side are computed on the spot).
    #[test]
    fn the_table_agrees_with_the_list() {
        for alsace_moselle in [false, true] {
            let closed = ClosedDays::new(&HolidayRules {
                french: true,
                alsace_moselle,
                closed_days: Vec::new(),
            });
            let mut cursor = YearCursor::default();
            let first = day_number(NaiveDate::from_ymd_opt(1969, 1, 1).unwrap());
            let last = day_number(NaiveDate::from_ymd_opt(2101, 12, 31).unwrap());
            for day in first..=last {
                let date = date_of(day).unwrap();
                assert_eq!(day_number(date), day);
                let listed: Vec<Holiday> = french_holidays(date.year(), alsace_moselle)
                    .into_iter()
                    .filter(|(d, _)| *d == date)
                    .map(|(_, h)| h)
                    .collect();
                match closed.holiday(day, &mut cursor) {
                    Some(h) => assert!(listed.contains(&h), "{date}: {h:?} {listed:?}"),
                    None => assert!(listed.is_empty(), "{date}: {listed:?}"),
                }
                assert_eq!(
                    closed.is_closed(day, &mut cursor),
                    !listed.is_empty(),
                    "{date}"
                );
            }
        }
    }
}
