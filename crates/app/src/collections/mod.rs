//! Collections: the day's work from the policy (letters to produce, holds, suspensions),
//! producing the letters (PDF, communication log, step recorded), marking them sent,
//! holds, and suspensions done in Partner Center.

mod dashboard;
mod day;
mod letter_document;
mod letters;
mod policy;
mod renewals;
mod round;
mod suspensions;
mod work;

use ardoise_domain::catalog::parse_date;
use ardoise_domain::collections::Policy;
use ardoise_domain::Invalid;
use chrono::NaiveDate;

pub use day::{DayDone, DayRequest};
pub(crate) use letters::sending;
pub use round::Round;

use crate::{AppError, Ardoise, Result};

pub(crate) fn as_of_date(input: &str) -> Result<NaiveDate> {
    parse_date(input).map_err(|p| Invalid::one("as_of", p).into())
}

impl Ardoise {
    /// The policy as saved, or the one that ships with Ardoise.
    pub(crate) fn policy(&self) -> Result<Policy> {
        match self.store.read().collection_policy_json()? {
            Some(json) => serde_json::from_str(&json)
                .map_err(|e| AppError::Store(ardoise_store::StoreError::Corrupt(e.to_string()))),
            None => Ok(Policy::default_policy()),
        }
    }
}
