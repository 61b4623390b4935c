//! Billing periods: a range of whole days, inclusive at both ends, usually a month.

use crate::words::tr;
use std::fmt;

use chrono::{Datelike, Days, Months, NaiveDate};
use serde::{Deserialize, Serialize};

use crate::{bounds, Lang, Problem};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(try_from = "RawPeriod", into = "RawPeriod")]
pub struct Period {
    start: NaiveDate,
    end: NaiveDate,
}

/// The serialized shape, checked on the way in so a period never ends before it starts.
#[derive(Serialize, Deserialize)]
struct RawPeriod {
    start: NaiveDate,
    end: NaiveDate,
}

impl TryFrom<RawPeriod> for Period {
    type Error = &'static str;
    fn try_from(raw: RawPeriod) -> Result<Self, Self::Error> {
        Period::new(raw.start, raw.end).ok_or("a period cannot end before it starts")
    }
}

impl From<Period> for RawPeriod {
    fn from(p: Period) -> Self {
        RawPeriod {
            start: p.start,
            end: p.end,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("not a billing month: {input}")]
pub struct PeriodError {
    pub input: String,
}

impl PeriodError {
    pub fn message(&self, lang: Lang) -> String {
        tr!(lang, PERIOD_ERROR, input = self.input.as_str())
    }
}

/// Whole days from `start` to `end`, both included (0 when `end` is before `start`).
pub(crate) fn days_inclusive(start: NaiveDate, end: NaiveDate) -> u32 {
    let days = (end - start).num_days() + 1;
    u32::try_from(days.max(0)).unwrap_or(u32::MAX)
}

impl Period {
    pub fn new(start: NaiveDate, end: NaiveDate) -> Option<Period> {
        (start <= end).then_some(Period { start, end })
    }

    /// A calendar month; `None` for a month outside 1–12 or a year chrono cannot hold.
    pub fn month(year: i32, month: u32) -> Option<Period> {
        let start = NaiveDate::from_ymd_opt(year, month, 1)?;
        let end = start
            .checked_add_months(Months::new(1))?
            .checked_sub_days(Days::new(1))?;
        Some(Period { start, end })
    }

    /// The month containing `date`.
    pub fn month_of(date: NaiveDate) -> Option<Period> {
        Period::month(date.year(), date.month())
    }

    /// Reads a month as "2026-11" (also "2026-1").
    pub fn parse(input: &str) -> Result<Period, PeriodError> {
        let error = || PeriodError {
            input: input.trim().to_string(),
        };
        let (year, month) = input.trim().split_once('-').ok_or_else(error)?;
        let digits = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
        if year.len() != 4 || !(1..=2).contains(&month.len()) || !digits(year) || !digits(month) {
            return Err(error());
        }
        let year: i32 = year.parse().map_err(|_| error())?;
        let month: u32 = month.parse().map_err(|_| error())?;
        Period::month(year, month).ok_or_else(error)
    }

    /// A month typed in a form or on a command line: `NotAMonth` when it is not one,
    /// `DateRange` when its year is outside what forms accept (9999, 0001).
    pub fn parse_typed(input: &str) -> Result<Period, Problem> {
        let p = Period::parse(input).map_err(|_| Problem::NotAMonth)?;
        bounds::date_in_range(p.start)?;
        bounds::date_in_range(p.end)?;
        Ok(p)
    }

    pub fn start(&self) -> NaiveDate {
        self.start
    }

    pub fn end(&self) -> NaiveDate {
        self.end
    }

    pub fn days(&self) -> u32 {
        days_inclusive(self.start, self.end)
    }

    pub fn contains(&self, date: NaiveDate) -> bool {
        self.start <= date && date <= self.end
    }

    pub fn intersection(&self, other: &Period) -> Option<Period> {
        Period::new(self.start.max(other.start), self.end.min(other.end))
    }

    /// Whether the period is exactly one calendar month.
    pub fn is_month(&self) -> bool {
        Period::month_of(self.start) == Some(*self)
    }

    /// The calendar month after the one the period ends in.
    pub fn next_month(&self) -> Option<Period> {
        Period::month_of(self.end.checked_add_months(Months::new(1))?)
    }

    /// The calendar month before the one the period starts in.
    pub fn previous_month(&self) -> Option<Period> {
        Period::month_of(self.start.checked_sub_months(Months::new(1))?)
    }

    /// "novembre 2026" / "November 2026" for a month, "du … au …" otherwise.
    pub fn label(&self, lang: Lang) -> String {
        let (start, end) = (self.start, self.end);
        if self.is_month() {
            return tr!(
                lang,
                PERIOD_MONTH,
                month = start.month(),
                year = start.year().to_string()
            );
        }
        let (from, to) = (
            crate::display::date(start, lang),
            crate::display::date(end, lang),
        );
        tr!(lang, PERIOD_SPAN, from = from, to = to)
    }
}

/// "2026-11" for a month (what `parse` reads back), "2026-11-15..2026-12-14" otherwise.
impl fmt::Display for Period {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.is_month() {
            write!(f, "{:04}-{:02}", self.start.year(), self.start.month())
        } else {
            write!(f, "{}..{}", self.start, self.end)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    #[test]
    fn months_have_their_days() {
        let cases = [
            (2026, 11, "2026-11-01", "2026-11-30", 30),
            (2026, 2, "2026-02-01", "2026-02-28", 28),
            (2028, 2, "2028-02-01", "2028-02-29", 29),
            (2026, 12, "2026-12-01", "2026-12-31", 31),
        ];
        for (y, m, start, end, days) in cases {
            let p = Period::month(y, m).unwrap();
            assert_eq!((p.start(), p.end(), p.days()), (d(start), d(end), days));
            assert!(p.is_month());
        }
        assert_eq!(Period::month(2026, 13), None);
        assert_eq!(Period::month(2026, 0), None);
    }

    #[test]
    fn parses_months() {
        assert_eq!(
            Period::parse(" 2026-11 "),
            Ok(Period::month(2026, 11).unwrap())
        );
        assert_eq!(Period::parse("2026-1"), Ok(Period::month(2026, 1).unwrap()));
        for bad in [
            "2026-13",
            "2026",
            "26-11",
            "2026-11-01",
            "nov 2026",
            "",
            "2026-+1",
        ] {
            assert!(Period::parse(bad).is_err(), "{bad}");
        }
        let e = Period::parse("2026-13").unwrap_err();
        assert!(e.message(Lang::Fr).contains("AAAA-MM"));
        assert!(e.message(Lang::En).contains("2026-13"));
    }

    #[test]
    fn next_and_previous_cross_years() {
        let dec = Period::month(2026, 12).unwrap();
        assert_eq!(dec.next_month(), Period::month(2027, 1));
        assert_eq!(Period::month(2027, 1).unwrap().previous_month(), Some(dec));
        assert_eq!(dec.to_string(), "2026-12");
    }

    #[test]
    fn contains_and_intersects() {
        let nov = Period::month(2026, 11).unwrap();
        assert!(nov.contains(d("2026-11-01")) && nov.contains(d("2026-11-30")));
        assert!(!nov.contains(d("2026-12-01")) && !nov.contains(d("2026-10-31")));
        let span = Period::new(d("2026-11-15"), d("2026-12-14")).unwrap();
        assert_eq!(
            nov.intersection(&span),
            Period::new(d("2026-11-15"), d("2026-11-30"))
        );
        assert_eq!(nov.intersection(&Period::month(2026, 12).unwrap()), None);
        assert_eq!(span.to_string(), "2026-11-15..2026-12-14");
        assert!(!span.is_month());
    }

    #[test]
    fn labels() {
        let nov = Period::month(2026, 11).unwrap();
        assert_eq!(nov.label(Lang::Fr), "novembre 2026");
        assert_eq!(nov.label(Lang::En), "November 2026");
        let span = Period::new(d("2026-11-15"), d("2026-11-20")).unwrap();
        assert_eq!(span.label(Lang::Fr), "du 15/11/2026 au 20/11/2026");
    }

    #[test]
    fn deserializing_refuses_backward_periods() {
        let backward = RawPeriod {
            start: d("2026-11-02"),
            end: d("2026-11-01"),
        };
        assert!(Period::try_from(backward).is_err());
        let nov = Period::month(2026, 11).unwrap();
        assert_eq!(Period::try_from(RawPeriod::from(nov)), Ok(nov));
    }

    proptest! {
        #[test]
        fn months_tile_the_calendar(year in 1900i32..2200, month in 1u32..=12) {
            let p = Period::month(year, month).unwrap();
            let next = p.next_month().unwrap();
            prop_assert_eq!(p.end().succ_opt().unwrap(), next.start());
            prop_assert!((28..=31).contains(&p.days()));
            prop_assert_eq!(Period::parse(&p.to_string()), Ok(p));
        }
    }
}
