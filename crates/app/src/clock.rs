//! The only place Ardoise reads the time. Everything below takes `today` or `now`.

use chrono::{DateTime, NaiveDate, Utc};

pub trait Clock: Send + Sync {
    fn now(&self) -> DateTime<Utc>;
    /// The business date (the partner's calendar day).
    fn today(&self) -> NaiveDate;
}

/// The system clock; `ARDOISE_TODAY=YYYY-MM-DD` freezes the business date for demos and
/// end-to-end tests.
#[derive(Debug, Default)]
pub struct SystemClock {
    frozen: Option<NaiveDate>,
}

impl SystemClock {
    pub fn from_env() -> Self {
        let frozen = std::env::var("ARDOISE_TODAY")
            .ok()
            .and_then(|s| NaiveDate::parse_from_str(s.trim(), "%Y-%m-%d").ok());
        SystemClock { frozen }
    }
}

impl Clock for SystemClock {
    fn now(&self) -> DateTime<Utc> {
        Utc::now()
    }

    fn today(&self) -> NaiveDate {
        self.frozen
            .unwrap_or_else(|| chrono::Local::now().date_naive())
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
