//! The only place Ardoise reads the time. Everything below takes `today` or `now`.

use chrono::{DateTime, NaiveDate, Utc};

pub trait Clock: Send + Sync {
    fn now(&self) -> DateTime<Utc>;
    /// The business date (the partner's calendar day).
    fn today(&self) -> NaiveDate;
    /// The date `ARDOISE_TODAY` asked for, when this clock was frozen by it.
    fn frozen_by_env(&self) -> Option<NaiveDate> {
        None
    }
}

/// The setting that marks a book made as a demo (`demo`); a real book has none.
pub const BOOK_KIND_KEY: &str = "book_kind";

/// Whether `ARDOISE_TODAY` may move the date: in test builds (debug assertions on,
/// as the end-to-end tests run), and on books made as demos. A real book in a release
/// build keeps the real date, since backdating invoices is forbidden.
pub fn env_date_allowed(is_demo: bool) -> bool {
    cfg!(debug_assertions) || is_demo
}

/// The clock a book is kept by: `clock`, unless `ARDOISE_TODAY` froze it on a book
/// whose date may not move, which then keeps the real date.
pub fn for_book(clock: std::sync::Arc<dyn Clock>, is_demo: bool) -> std::sync::Arc<dyn Clock> {
    if clock.frozen_by_env().is_some() && !env_date_allowed(is_demo) {
        std::sync::Arc::new(SystemClock::default())
    } else {
        clock
    }
}

/// Why `ARDOISE_TODAY` was ignored on this book, if it was: to say so.
pub fn ignored_env_date(clock: &dyn Clock, is_demo: bool) -> Option<NaiveDate> {
    if env_date_allowed(is_demo) {
        return None;
    }
    env_now()
        .map(|t| t.date_naive())
        .or_else(|| {
            std::env::var("ARDOISE_TODAY")
                .ok()
                .and_then(|s| NaiveDate::parse_from_str(s.trim(), "%Y-%m-%d").ok())
        })
        .filter(|d| *d != clock.today())
}

/// The system clock; `ARDOISE_TODAY=YYYY-MM-DD` freezes the business date for demos and
/// end-to-end tests, and `ARDOISE_NOW` (RFC 3339) the instant as well, for what counts in
/// hours and minutes (a support request's countdown) to read the same on every run. The
/// instant wins over the date when both are given.
#[derive(Debug, Default)]
pub struct SystemClock {
    frozen: Option<NaiveDate>,
    frozen_now: Option<DateTime<Utc>>,
}

/// `ARDOISE_NOW` as an instant, if it is one.
fn env_now() -> Option<DateTime<Utc>> {
    std::env::var("ARDOISE_NOW")
        .ok()
        .and_then(|s| DateTime::parse_from_rfc3339(s.trim()).ok())
        .map(|t| t.with_timezone(&Utc))
}

impl SystemClock {
    pub fn from_env() -> Self {
        let frozen_now = env_now();
        let frozen = frozen_now.map(|t| t.date_naive()).or_else(|| {
            std::env::var("ARDOISE_TODAY")
                .ok()
                .and_then(|s| NaiveDate::parse_from_str(s.trim(), "%Y-%m-%d").ok())
        });
        SystemClock { frozen, frozen_now }
    }
}

impl Clock for SystemClock {
    /// `ARDOISE_NOW` when given; on a frozen date, the time of day runs but the day is
    /// the frozen one: a request opened on a demo book is opened on its business date,
    /// not on the machine's.
    fn now(&self) -> DateTime<Utc> {
        use chrono::{Local, TimeZone};
        if let Some(now) = self.frozen_now {
            return now;
        }
        let real = Local::now();
        match self.frozen {
            Some(day) => Local
                .from_local_datetime(&day.and_time(real.time()))
                .earliest()
                .map(|t| t.with_timezone(&Utc))
                .unwrap_or_else(|| real.with_timezone(&Utc)),
            None => real.with_timezone(&Utc),
        }
    }

    fn today(&self) -> NaiveDate {
        self.frozen
            .unwrap_or_else(|| chrono::Local::now().date_naive())
    }

    fn frozen_by_env(&self) -> Option<NaiveDate> {
        self.frozen
    }
}

/// A clock that says what it is told: for tests.
#[derive(Debug, Clone)]
pub struct FixedClock(pub DateTime<Utc>);

impl FixedClock {
    pub fn on(date: NaiveDate) -> Self {
        FixedClock(date.and_hms_opt(9, 0, 0).unwrap_or_default().and_utc())
    }
}

impl Clock for FixedClock {
    fn now(&self) -> DateTime<Utc> {
        self.0
    }

    fn today(&self) -> NaiveDate {
        self.0.date_naive()
    }
}

/// A clock moved by hand, a day at a time: the demo book's history is lived through on it.
#[derive(Debug)]
pub struct ManualClock(std::sync::Mutex<DateTime<Utc>>);

impl ManualClock {
    pub fn on(date: NaiveDate) -> Self {
        ManualClock(std::sync::Mutex::new(FixedClock::on(date).0))
    }

    pub fn at(instant: DateTime<Utc>) -> Self {
        ManualClock(std::sync::Mutex::new(instant))
    }

    pub fn set(&self, date: NaiveDate) {
        self.set_instant(FixedClock::on(date).0);
    }

    pub fn set_instant(&self, instant: DateTime<Utc>) {
        if let Ok(mut now) = self.0.lock() {
            *now = instant;
        }
    }
}

impl Clock for ManualClock {
    fn now(&self) -> DateTime<Utc> {
        self.0.lock().map(|n| *n).unwrap_or_default()
    }

    fn today(&self) -> NaiveDate {
        self.now().date_naive()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_frozen_date_is_the_day_of_now_too() {
        let day = NaiveDate::from_ymd_opt(2026, 11, 25).unwrap();
        let clock = SystemClock {
            frozen: Some(day),
            frozen_now: None,
        };
        let local = clock.now().with_timezone(&chrono::Local);
        assert_eq!(local.date_naive(), day);
        assert_eq!(clock.today(), day);
    }

    #[test]
    fn a_frozen_instant_is_now_to_the_second() {
        let at = DateTime::parse_from_rfc3339("2026-11-16T14:10:00Z")
            .unwrap()
            .with_timezone(&Utc);
        let clock = SystemClock {
            frozen: Some(at.date_naive()),
            frozen_now: Some(at),
        };
        assert_eq!(clock.now(), at);
        assert_eq!(clock.now(), at);
        assert_eq!(clock.today(), at.date_naive());
        assert_eq!(clock.frozen_by_env(), Some(at.date_naive()));
    }
}
