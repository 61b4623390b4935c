//! "Open now / closed until": where a plan's hours of service stand at an instant, and
//! the sentence a customer's page shows for it.

use chrono::{DateTime, Datelike, Duration, NaiveTime, Utc, Weekday};
use chrono_tz::Tz;
use serde::Serialize;

use crate::display;
use crate::words::{self, keys, tr};
use crate::Lang;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(tag = "state", rename_all = "snake_case")]
pub enum OpenStatus {
    /// Open until the next closing; `None` when none comes within a year.
    Open { until: Option<DateTime<Utc>> },
    /// Closed until the next opening; `None` when the calendar never opens again.
    Closed { until: Option<DateTime<Utc>> },
}

impl OpenStatus {
    pub fn is_open(&self) -> bool {
        matches!(self, OpenStatus::Open { .. })
    }

    /// When the state changes, if it ever does.
    pub fn until(&self) -> Option<DateTime<Utc>> {
        match self {
            OpenStatus::Open { until } | OpenStatus::Closed { until } => *until,
        }
    }

    /// « Ouvert jusqu’à 18:00 », « Fermé jusqu’à lundi 9:00 », "Closed until tomorrow
    /// 9:00": the change in the plan's `zone`, said relative to `now` (the instant the
    /// status was taken at): the time alone today, "tomorrow", the weekday within the
    /// week, the date further on.
    pub fn describe(&self, lang: Lang, zone: Tz, now: DateTime<Utc>) -> String {
        let Some(until) = self.until() else {
            return match self {
                OpenStatus::Open { .. } => tr!(lang, SUPPORT_HOURS_OPEN_ALWAYS),
                OpenStatus::Closed { .. } => tr!(lang, SUPPORT_HOURS_CLOSED_ALWAYS),
            };
        };
        let local = until.with_timezone(&zone);
        // Midnight ends the day before: "until 24:00", not "until tomorrow 0:00".
        let (date, time) = if local.time() == NaiveTime::MIN {
            (local.date_naive() - Duration::days(1), "24:00".to_string())
        } else {
            (local.date_naive(), local.format("%-H:%M").to_string())
        };
        let today = now.with_timezone(&zone).date_naive();
        let days_ahead = (date - today).num_days();
        let when = match days_ahead {
            ..=0 => "today",
            1 => "tomorrow",
            2..=6 => "weekday",
            _ => "date",
        };
        let weekday = tr!(
            lang,
            SUPPORT_HOURS_WEEKDAY,
            day = weekday_code(date.weekday())
        );
        let date = display::date(date, lang);
        let key = match self {
            OpenStatus::Open { .. } => keys::SUPPORT_HOURS_OPEN_UNTIL,
            OpenStatus::Closed { .. } => keys::SUPPORT_HOURS_CLOSED_UNTIL,
        };
        words::format(
            lang,
            key,
            &[
                ("when", when.into()),
                ("time", time.into()),
                ("weekday", weekday.into()),
                ("date", date.into()),
            ],
        )
    }
}

/// The catalogue's selector for a weekday.
fn weekday_code(day: Weekday) -> &'static str {
    match day {
        Weekday::Mon => "monday",
        Weekday::Tue => "tuesday",
        Weekday::Wed => "wednesday",
        Weekday::Thu => "thursday",
        Weekday::Fri => "friday",
        Weekday::Sat => "saturday",
        Weekday::Sun => "sunday",
    }
}
