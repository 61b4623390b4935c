//! A plan and its prices as typed in the plan editor, checked whole into `PlanTerms` and
//! `PlanPrice`: every field at fault is listed at once.

use chrono::NaiveDate;
use rust_decimal::prelude::ToPrimitive;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use super::calendar::parse_zone;
use super::hours::{HolidayRules, ServiceRange, WeeklyHours};
use super::hours_check::check_hours;
use super::kinds::{DeliveredBy, Rounding, Route, Severity};
use super::plan::{PlanPrice, PlanTerms, SeverityTarget};
use super::problems::SupportProblem;
use crate::bounds::{self, MAX_AMOUNT, MAX_UNIT_PRICE};
use crate::catalog::parse_date;
use crate::checks::{email, text};
use crate::money::{parse_bounded, Currency};
use crate::problem::{Checker, Invalid, Problem};

/// One range of a day as typed: "09:00" to "12:30".
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct RangeForm {
    pub start: String,
    pub end: String,
}

/// A severity's targets as typed, in hours of service: "4", "4:30", "1,5".
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct TargetForm {
    pub severity: Severity,
    pub first_response_hours: String,
    pub resolution_hours: String,
    pub around_the_clock: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct PlanForm {
    pub name: String,
    pub no_support: bool,
    pub covered_fr: String,
    pub covered_en: String,
    pub not_covered_fr: String,
    pub not_covered_en: String,
    /// An IANA name: "Europe/Paris".
    pub time_zone: String,
    /// Monday first; seven days, each with its ranges.
    pub hours: Vec<Vec<RangeForm>>,
    pub french_holidays: bool,
    pub alsace_moselle: bool,
    /// Extra closed days, YYYY-MM-DD.
    pub closed_days: Vec<String>,
    pub phone: String,
    pub email: String,
    pub portal_url: String,
    pub targets: Vec<TargetForm>,
    pub escalation_routes: Vec<Route>,
    pub delivered_by: DeliveredBy,
    pub provider_name: String,
    pub provider_contact: String,
}

/// The longest target: a year of service hours is already a mistake.
const MAX_TARGET_MINUTES: u32 = 8760 * 60;
/// The most hours a month includes: every hour of the longest month.
const MAX_INCLUDED_MINUTES: u32 = 744 * 60;

/// "09:00" → 540; "24:00" → 1440 (an end only).
pub fn parse_time(input: &str) -> Result<u16, Problem> {
    let t = input.trim();
    if t.is_empty() {
        return Err(Problem::Required);
    }
    let (h, m) = t
        .split_once([':', 'h', 'H'])
        .ok_or(Problem::Support(SupportProblem::NotATime))?;
    let m = if m.is_empty() { "0" } else { m };
    let all_digits =
        |s: &str| !s.is_empty() && s.len() <= 2 && s.bytes().all(|b| b.is_ascii_digit());
    if !all_digits(h) || !all_digits(m) {
        return Err(Problem::Support(SupportProblem::NotATime));
    }
    let (h, m): (u16, u16) = (h.parse().unwrap_or(99), m.parse().unwrap_or(99));
    match (h, m) {
        (0..=23, 0..=59) => Ok(h * 60 + m),
        (24, 0) => Ok(1440),
        _ => Err(Problem::Support(SupportProblem::NotATime)),
    }
}

/// 540 → "09:00".
pub fn format_time(minutes: u16) -> String {
    format!("{:02}:{:02}", minutes / 60, minutes % 60)
}

/// Hours typed as "4", "4:30" or "1,5" → minutes, at most `max` minutes.
pub fn parse_hours(input: &str, max: u32) -> Result<u32, Problem> {
    let t = input.trim();
    if t.is_empty() {
        return Err(Problem::Required);
    }
    let minutes = if let Some((h, m)) = t.split_once(':') {
        let h: u32 = h.trim().parse().map_err(|_| SupportProblem::NotADuration)?;
        let m: u32 = m.trim().parse().map_err(|_| SupportProblem::NotADuration)?;
        if m >= 60 {
            return Err(SupportProblem::NotADuration.into());
        }
        u64::from(h) * 60 + u64::from(m)
    } else {
        let hours = crate::number_text::parse_plain(t)?;
        if hours < Decimal::ZERO {
            return Err(Problem::Negative);
        }
        let minutes = hours * Decimal::from(60);
        if minutes.fract() != Decimal::ZERO {
            return Err(Problem::NotWhole);
        }
        minutes.to_u64().unwrap_or(u64::MAX)
    };
    u32::try_from(minutes)
        .ok()
        .filter(|m| *m <= max)
        .ok_or(Problem::TooLarge {
            max: Decimal::from(max / 60),
        })
}

/// 90 → "1:30": how a plan's durations are shown back in its form.
pub fn format_hours(minutes: u32) -> String {
    if minutes.is_multiple_of(60) {
        (minutes / 60).to_string()
    } else {
        format!("{}:{:02}", minutes / 60, minutes % 60)
    }
}

fn url(input: &str) -> Result<Option<String>, Problem> {
    let Some(v) = text::optional(input, 300)? else {
        return Ok(None);
    };
    let lower = v.to_ascii_lowercase();
    let rest = lower
        .strip_prefix("https://")
        .or_else(|| lower.strip_prefix("http://"));
    match rest {
        Some(host) if !host.is_empty() && !v.contains(char::is_whitespace) => Ok(Some(v)),
        _ => Err(SupportProblem::NotAUrl.into()),
    }
}

/// The day's ranges as typed, in the order typed (times that do not read are named).
fn day(c: &mut Checker, d: usize, ranges: &[RangeForm]) -> Vec<ServiceRange> {
    let mut out = Vec::new();
    for (i, r) in ranges.iter().enumerate() {
        let start = c.check(&format!("hours[{d}][{i}].start"), parse_time(&r.start));
        let end = c.check(&format!("hours[{d}][{i}].end"), parse_time(&r.end));
        if let (Some(start), Some(end)) = (start, end) {
            out.push(ServiceRange { start, end });
        }
    }
    out
}

impl PlanForm {
    /// The terms, if every field holds; `held` are the Microsoft routes the partner
    /// declares it holds (commercial support is always held).
    pub fn validate(&self, held: &[Route]) -> Result<PlanTerms, Invalid> {
        let mut c = Checker::new();
        let name = c.check("name", text::required(&self.name, 120));
        let long = |c: &mut Checker, field: &str, v: &str| {
            c.check(field, text::optional(v, 4000))
                .flatten()
                .unwrap_or_default()
        };
        let covered_fr = long(&mut c, "covered_fr", &self.covered_fr);
        let covered_en = long(&mut c, "covered_en", &self.covered_en);
        let not_covered_fr = long(&mut c, "not_covered_fr", &self.not_covered_fr);
        let not_covered_en = long(&mut c, "not_covered_en", &self.not_covered_en);
        let time_zone = c.check("time_zone", parse_zone(&self.time_zone));
        let mut hours = WeeklyHours::default();
        if self.hours.len() != 7 && !(self.no_support && self.hours.is_empty()) {
            c.add("hours", Problem::Required);
        }
        for (d, ranges) in self.hours.iter().enumerate().take(7) {
            hours.days[d] = day(&mut c, d, ranges);
        }
        // Reversed and overlapping ranges, as the calendar's own check finds them.
        if let Err(invalid) = check_hours(&hours) {
            for e in invalid.0 {
                c.add(&e.field.replacen("days", "hours", 1), e.problem);
            }
        }
        for d in &mut hours.days {
            d.sort();
        }
        let mut closed_days: Vec<NaiveDate> = Vec::new();
        for (i, s) in self.closed_days.iter().enumerate() {
            if let Some(d) = c.check(&format!("closed_days[{i}]"), parse_date(s)) {
                closed_days.push(d);
            }
        }
        closed_days.sort();
        closed_days.dedup();
        let phone = c.check("phone", text::optional(&self.phone, 40)).flatten();
        let email = if self.email.trim().is_empty() {
            None
        } else {
            c.check("email", email::email(&self.email))
        };
        let portal_url = c.check("portal_url", url(&self.portal_url)).flatten();
        let targets = if self.no_support {
            Vec::new()
        } else {
            self.targets(&mut c, &hours)
        };
        let mut routes: Vec<Route> = Vec::new();
        for (i, r) in self.escalation_routes.iter().enumerate() {
            if !r.always_held() && !held.contains(r) {
                c.add(
                    &format!("escalation_routes[{i}]"),
                    SupportProblem::RouteNotHeld { route: *r }.into(),
                );
            } else if !routes.contains(r) {
                routes.push(*r);
            }
        }
        let provider_name = c
            .check("provider_name", text::optional(&self.provider_name, 200))
            .flatten();
        if self.delivered_by != DeliveredBy::OwnTeam && provider_name.is_none() {
            c.add("provider_name", Problem::Required);
        }
        let provider_contact = c
            .check(
                "provider_contact",
                text::optional(&self.provider_contact, 300),
            )
            .flatten();
        c.finish()?;
        let missing = || Invalid::one("form", Problem::Required);
        Ok(PlanTerms {
            name: name.ok_or_else(missing)?,
            no_support: self.no_support,
            covered_fr,
            covered_en,
            not_covered_fr,
            not_covered_en,
            time_zone: time_zone.ok_or_else(missing)?.name().to_string(),
            hours,
            holidays: HolidayRules {
                french: self.french_holidays,
                alsace_moselle: self.alsace_moselle,
                closed_days,
            },
            phone,
            email,
            portal_url,
            targets,
            escalation_routes: routes,
            delivered_by: self.delivered_by,
            provider_name,
            provider_contact,
        })
    }

    /// One target per severity, each resolution at least its first response; a plan
    /// whose targets count in hours of service must have some.
    fn targets(&self, c: &mut Checker, hours: &WeeklyHours) -> Vec<SeverityTarget> {
        let mut out = Vec::new();
        for (i, t) in self.targets.iter().enumerate() {
            let first = c.check(
                &format!("targets[{i}].first_response_hours"),
                parse_hours(&t.first_response_hours, MAX_TARGET_MINUTES).and_then(positive),
            );
            let resolution = c.check(
                &format!("targets[{i}].resolution_hours"),
                parse_hours(&t.resolution_hours, MAX_TARGET_MINUTES).and_then(positive),
            );
            if out
                .iter()
                .any(|o: &SeverityTarget| o.severity == t.severity)
            {
                c.add(&format!("targets[{i}].severity"), Problem::AlreadyExists);
                continue;
            }
            if let (Some(first), Some(resolution)) = (first, resolution) {
                if resolution < first {
                    c.add(
                        &format!("targets[{i}].resolution_hours"),
                        SupportProblem::ResolutionBeforeResponse.into(),
                    );
                }
                out.push(SeverityTarget {
                    severity: t.severity,
                    first_response_minutes: first,
                    resolution_minutes: resolution,
                    around_the_clock: t.around_the_clock,
                });
            }
        }
        for s in Severity::ALL {
            if !self.targets.iter().any(|t| t.severity == *s) {
                c.add(
                    &format!("targets.{}", s.code()),
                    SupportProblem::TargetMissing.into(),
                );
            }
        }
        let counted_in_hours = self.targets.iter().any(|t| !t.around_the_clock);
        if counted_in_hours && hours.minutes_per_week() == 0 {
            c.add("hours", SupportProblem::NoHours.into());
        }
        out.sort_by_key(|t| t.severity);
        out
    }

    /// The form that shows `terms` back for editing.
    pub fn from_terms(terms: &PlanTerms) -> PlanForm {
        PlanForm {
            name: terms.name.clone(),
            no_support: terms.no_support,
            covered_fr: terms.covered_fr.clone(),
            covered_en: terms.covered_en.clone(),
            not_covered_fr: terms.not_covered_fr.clone(),
            not_covered_en: terms.not_covered_en.clone(),
            time_zone: terms.time_zone.clone(),
            hours: terms
                .hours
                .days
                .iter()
                .map(|d| {
                    d.iter()
                        .map(|r| RangeForm {
                            start: format_time(r.start),
                            end: format_time(r.end),
                        })
                        .collect()
                })
                .collect(),
            french_holidays: terms.holidays.french,
            alsace_moselle: terms.holidays.alsace_moselle,
            closed_days: terms
                .holidays
                .closed_days
                .iter()
                .map(|d| d.to_string())
                .collect(),
            phone: terms.phone.clone().unwrap_or_default(),
            email: terms.email.clone().unwrap_or_default(),
            portal_url: terms.portal_url.clone().unwrap_or_default(),
            targets: terms
                .targets
                .iter()
                .map(|t| TargetForm {
                    severity: t.severity,
                    first_response_hours: format_hours(t.first_response_minutes),
                    resolution_hours: format_hours(t.resolution_minutes),
                    around_the_clock: t.around_the_clock,
                })
                .collect(),
            escalation_routes: terms.escalation_routes.clone(),
            delivered_by: terms.delivered_by,
            provider_name: terms.provider_name.clone().unwrap_or_default(),
            provider_contact: terms.provider_contact.clone().unwrap_or_default(),
        }
    }
}

fn positive(minutes: u32) -> Result<u32, Problem> {
    if minutes == 0 {
        Err(Problem::NotPositive)
    } else {
        Ok(minutes)
    }
}

/// A plan's prices from a date, as typed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct PlanPriceForm {
    pub currency: String,
    /// YYYY-MM-DD.
    pub effective_from: String,
    pub monthly_fee: String,
    pub hourly_rate: String,
    /// Hours included each month: "2", "1:30".
    pub included_hours: String,
    pub increment_minutes: String,
    pub minimum_minutes: String,
    pub rounding: Rounding,
    /// What the support costs the partner; empty for nothing (its own team).
    pub cost_monthly: String,
    pub cost_hourly: String,
}

fn amount(input: &str, max: Decimal, blank_is_zero: bool) -> Result<Decimal, Problem> {
    if blank_is_zero && input.trim().is_empty() {
        return Ok(Decimal::ZERO);
    }
    let v = parse_bounded(input, max)?;
    if v < Decimal::ZERO {
        Err(Problem::Negative)
    } else {
        Ok(v)
    }
}

impl PlanPriceForm {
    pub fn validate(&self) -> Result<PlanPrice, Invalid> {
        let mut c = Checker::new();
        let currency = c.check("currency", self.currency.parse::<Currency>());
        let from = c.check("effective_from", parse_date(&self.effective_from));
        let fee = c.check("monthly_fee", amount(&self.monthly_fee, MAX_AMOUNT, false));
        let rate = c.check(
            "hourly_rate",
            amount(&self.hourly_rate, MAX_UNIT_PRICE, false),
        );
        let included = c.check(
            "included_hours",
            if self.included_hours.trim().is_empty() {
                Ok(0)
            } else {
                parse_hours(&self.included_hours, MAX_INCLUDED_MINUTES)
            },
        );
        let increment = c.check(
            "increment_minutes",
            bounds::whole_number(&self.increment_minutes, 1440).and_then(positive),
        );
        let minimum = c.check(
            "minimum_minutes",
            if self.minimum_minutes.trim().is_empty() {
                Ok(0)
            } else {
                bounds::whole_number(&self.minimum_minutes, 1440)
            },
        );
        let cost_monthly = c.check("cost_monthly", amount(&self.cost_monthly, MAX_AMOUNT, true));
        let cost_hourly = c.check(
            "cost_hourly",
            amount(&self.cost_hourly, MAX_UNIT_PRICE, true),
        );
        c.finish()?;
        let missing = || Invalid::one("form", Problem::Required);
        Ok(PlanPrice {
            currency: currency.ok_or_else(missing)?,
            effective_from: from.ok_or_else(missing)?,
            monthly_fee: fee.ok_or_else(missing)?,
            hourly_rate: rate.ok_or_else(missing)?,
            included_minutes_per_month: included.ok_or_else(missing)?,
            increment_minutes: increment.ok_or_else(missing)?,
            minimum_minutes: minimum.ok_or_else(missing)?,
            rounding: self.rounding,
            cost_monthly: cost_monthly.ok_or_else(missing)?,
            cost_hourly: cost_hourly.ok_or_else(missing)?,
        })
    }
}

#[cfg(test)]
#[path = "plan_form_tests.rs"]
mod tests;
