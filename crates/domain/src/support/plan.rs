//! A support plan: the offer the partner publishes to a customer (what is covered, hours
//! of service, how to reach support, targets per severity, prices) and who delivers it.
//! Prices have effective dates, like the catalog's: a new price is a new row.

use chrono::NaiveDate;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use super::hours::{HolidayRules, WeeklyHours};
use super::kinds::{DeliveredBy, Rounding, Route, Severity};
use crate::money::Currency;

/// The first-response and resolution targets of one severity, in minutes of service.
/// `around_the_clock` counts them on every hour of every day (24/7), not in the plan's
/// hours of service: a critical outage may be covered so.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct SeverityTarget {
    pub severity: Severity,
    pub first_response_minutes: u32,
    pub resolution_minutes: u32,
    pub around_the_clock: bool,
}

/// What a plan says, apart from its prices.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PlanTerms {
    pub name: String,
    /// The "no support" plan: no hours, no targets, no fee; requests are still logged.
    pub no_support: bool,
    pub covered_fr: String,
    pub covered_en: String,
    pub not_covered_fr: String,
    pub not_covered_en: String,
    /// An IANA time zone name, such as `Europe/Paris`.
    pub time_zone: String,
    pub hours: WeeklyHours,
    pub holidays: HolidayRules,
    pub phone: Option<String>,
    pub email: Option<String>,
    pub portal_url: Option<String>,
    /// One per severity (all four), unless `no_support`.
    pub targets: Vec<SeverityTarget>,
    /// Microsoft's routes this plan gives access to (only among those the partner holds).
    pub escalation_routes: Vec<Route>,
    pub delivered_by: DeliveredBy,
    /// The subcontractor or the entity whose support is resold.
    pub provider_name: Option<String>,
    pub provider_contact: Option<String>,
}

/// A plan's prices from a date on, in one currency.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PlanPrice {
    pub currency: Currency,
    pub effective_from: NaiveDate,
    pub monthly_fee: Decimal,
    /// Per hour beyond the included hours.
    pub hourly_rate: Decimal,
    pub included_minutes_per_month: u32,
    /// Billable time is rounded up to a multiple of this (15 = quarter hours).
    pub increment_minutes: u32,
    /// The least time billed for an entry (per entry) or a month (per month) with time.
    pub minimum_minutes: u32,
    pub rounding: Rounding,
    /// What the support costs the partner (subcontractor or resold): per month and per
    /// hour, so the margin on support shows. Zero for the partner's own team.
    pub cost_monthly: Decimal,
    pub cost_hourly: Decimal,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SupportPlan {
    pub id: i64,
    pub terms: PlanTerms,
    /// Oldest first.
    pub prices: Vec<PlanPrice>,
}

impl SupportPlan {
    pub fn target(&self, severity: Severity) -> Option<&SeverityTarget> {
        self.terms.targets.iter().find(|t| t.severity == severity)
    }

    /// The price in force on `on` in `currency`: the latest that started on or before it.
    pub fn price_on(&self, currency: Currency, on: NaiveDate) -> Option<&PlanPrice> {
        self.prices
            .iter()
            .filter(|p| p.currency == currency && p.effective_from <= on)
            .max_by_key(|p| p.effective_from)
    }
}
