//! A plan's hours of service as data: a weekly calendar of ranges and the days it is
//! closed. The arithmetic over them (open at an instant, adding service time, due times)
//! is in `calendar.rs`; this file is what is stored and edited.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// One range of a day, in minutes after local midnight: `start` included, `end`
/// excluded; `end` may be 1440 (24:00). 9:00–12:30 is `{ start: 540, end: 750 }`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct ServiceRange {
    pub start: u16,
    pub end: u16,
}

/// The ranges of each weekday, Monday first (`days[0]`) to Sunday (`days[6]`), sorted
/// and not overlapping once validated.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct WeeklyHours {
    pub days: [Vec<ServiceRange>; 7],
}

impl WeeklyHours {
    /// Every day, all day: 24/7.
    pub fn around_the_clock() -> WeeklyHours {
        WeeklyHours {
            days: std::array::from_fn(|_| {
                vec![ServiceRange {
                    start: 0,
                    end: 1440,
                }]
            }),
        }
    }

    /// Monday to Friday with the same ranges each day.
    pub fn weekdays(ranges: &[ServiceRange]) -> WeeklyHours {
        WeeklyHours {
            days: std::array::from_fn(|d| if d < 5 { ranges.to_vec() } else { vec![] }),
        }
    }

    /// Minutes of service in a full week without holidays.
    pub fn minutes_per_week(&self) -> u32 {
        self.days
            .iter()
            .flatten()
            .map(|r| u32::from(r.end.saturating_sub(r.start)))
            .sum()
    }
}

/// The days a plan is closed besides its weekly calendar.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct HolidayRules {
    /// France's public holidays, computed for any year (Easter-based ones included).
    pub french: bool,
    /// Alsace-Moselle's two extra days (Good Friday, 26 December).
    pub alsace_moselle: bool,
    /// Extra closed days typed by hand.
    #[cfg_attr(feature = "ts", ts(as = "Vec<String>"))]
    pub closed_days: Vec<NaiveDate>,
}
