//! Billable support time: how much of a month's time goes beyond the plan's included
//! hours, rounded to the plan's increment, and what it comes to at the hourly rate.
//!
//! Entries are taken in the order they were worked (start instant, then id): the
//! included minutes are consumed by the month's first interventions, so the customer
//! reading the month sees the included hours run out at a moment, and everything after
//! it billed. Any other order (longest first, say) would make the bill depend on a
//! choice nobody can see on the invoice.
//!
//! Per entry: each billable entry is rounded up to the increment and raised to the
//! minimum; these counted minutes consume the included minutes in order; what an entry
//! leaves beyond them is billed, rounded up to the increment and raised to the minimum
//! again when the entry straddles the end of the included hours. Per month: the month's
//! billable total less the included minutes, rounded up once, the minimum applied once
//! when there is something to bill.
//!
//! The minimum is taken rounded up to the increment (a 20-minute minimum on quarter
//! hours bills 30), so every billed quantity is a whole number of increments. Rounding
//! the straddling part of an entry again keeps per-entry billing never below per-month
//! billing for the same time: a plan's rounding is a choice of precision, not a way
//! around the minimum.

use chrono::{DateTime, Utc};
use rust_decimal::Decimal;

use super::kinds::Rounding;
use super::plan::PlanPrice;
use crate::invoicing::explain::duration;
use crate::invoicing::{InvoiceLine, LineKind, Period};
use crate::money::{Currency, Money};
use crate::words::tr;
use crate::Lang;

/// One time entry of the month, as logged.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct WorkedTime {
    pub id: i64,
    pub started_at: DateTime<Utc>,
    pub minutes: u32,
    pub billable: bool,
}

/// How a plan's price counts time: the part of `PlanPrice` this module reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TimeTerms {
    pub included_minutes: u32,
    pub increment_minutes: u32,
    pub minimum_minutes: u32,
    pub rounding: Rounding,
}

impl From<&PlanPrice> for TimeTerms {
    fn from(p: &PlanPrice) -> Self {
        TimeTerms {
            included_minutes: p.included_minutes_per_month,
            increment_minutes: p.increment_minutes,
            minimum_minutes: p.minimum_minutes,
            rounding: p.rounding,
        }
    }
}

impl TimeTerms {
    /// Never zero: the schema refuses it, and dividing by it must not panic.
    fn increment(&self) -> u64 {
        u64::from(self.increment_minutes.max(1))
    }

    fn up(&self, minutes: u64) -> u64 {
        minutes.div_ceil(self.increment()) * self.increment()
    }

    /// The minimum as billed: a whole number of increments.
    pub fn effective_minimum(&self) -> u64 {
        self.up(u64::from(self.minimum_minutes))
    }

    /// What an amount of time bills when something is billed: rounded up, then raised
    /// to the minimum.
    fn charge(&self, minutes: u64) -> u64 {
        if minutes == 0 {
            0
        } else {
            self.up(minutes).max(self.effective_minimum())
        }
    }
}

/// How one entry counted.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct EntryCount {
    pub id: i64,
    /// The minutes it counts for against the included hours: rounded and raised per
    /// entry, as worked per month; 0 when not billable.
    pub counted_minutes: u64,
    /// Its share of the minutes billed (the shares add up to `billed_minutes`).
    pub billed_minutes: u64,
}

/// A month's billable time beyond the included hours.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BillableTime {
    /// Billable minutes as logged, before any rounding.
    pub worked_minutes: u64,
    /// Minutes counted against the included hours (rounded per entry, or as worked).
    pub counted_minutes: u64,
    /// Included minutes used up (at most the plan's).
    pub included_used: u64,
    /// Minutes to bill: 0, or a multiple of the increment of at least the minimum.
    pub billed_minutes: u64,
    /// In the order they were counted; non-billable entries are listed with zeros.
    pub entries: Vec<EntryCount>,
}

impl BillableTime {
    /// The entries that make up the bill: those with a share of it.
    pub fn billed_entries(&self) -> impl Iterator<Item = &EntryCount> {
        self.entries.iter().filter(|e| e.billed_minutes > 0)
    }

    /// Every entry the line accounts for: once billed, none of these may be billed
    /// again, including those the included hours covered.
    pub fn counted_entries(&self) -> impl Iterator<Item = &EntryCount> {
        self.entries.iter().filter(|e| e.counted_minutes > 0)
    }
}

/// The month's billable time beyond the included hours under `terms`.
pub fn billable_time(entries: &[WorkedTime], terms: TimeTerms) -> BillableTime {
    let mut ordered: Vec<&WorkedTime> = entries.iter().collect();
    ordered.sort_by_key(|e| (e.started_at, e.id));
    match terms.rounding {
        Rounding::PerEntry => per_entry(&ordered, terms),
        Rounding::PerMonth => per_month(&ordered, terms),
    }
}

fn per_entry(ordered: &[&WorkedTime], terms: TimeTerms) -> BillableTime {
    let mut left = u64::from(terms.included_minutes);
    let (mut worked, mut counted, mut billed) = (0u64, 0u64, 0u64);
    let entries = ordered
        .iter()
        .map(|e| {
            if !e.billable {
                return EntryCount {
                    id: e.id,
                    counted_minutes: 0,
                    billed_minutes: 0,
                };
            }
            let minutes = u64::from(e.minutes);
            let count = terms.charge(minutes);
            let covered = left.min(count);
            left -= covered;
            let share = terms.charge(count - covered);
            worked += minutes;
            counted += count;
            billed += share;
            EntryCount {
                id: e.id,
                counted_minutes: count,
                billed_minutes: share,
            }
        })
        .collect();
    BillableTime {
        worked_minutes: worked,
        counted_minutes: counted,
        included_used: u64::from(terms.included_minutes) - left,
        billed_minutes: billed,
        entries,
    }
}

fn per_month(ordered: &[&WorkedTime], terms: TimeTerms) -> BillableTime {
    let mut left = u64::from(terms.included_minutes);
    let mut entries: Vec<EntryCount> = ordered
        .iter()
        .map(|e| {
            let minutes = if e.billable { u64::from(e.minutes) } else { 0 };
            let covered = left.min(minutes);
            left -= covered;
            EntryCount {
                id: e.id,
                counted_minutes: minutes,
                billed_minutes: minutes - covered,
            }
        })
        .collect();
    let worked: u64 = entries.iter().map(|e| e.counted_minutes).sum();
    let beyond: u64 = entries.iter().map(|e| e.billed_minutes).sum();
    let billed = terms.charge(beyond);
    // The rounding and the minimum fall on the last entry billed: the month's last
    // intervention is the one that went past the included hours last.
    if let Some(last) = entries.iter_mut().rev().find(|e| e.billed_minutes > 0) {
        last.billed_minutes += billed - beyond;
    }
    BillableTime {
        worked_minutes: worked,
        counted_minutes: worked,
        included_used: u64::from(terms.included_minutes) - left,
        billed_minutes: billed,
        entries,
    }
}

/// The month an entry started in, in the time zone of its request's plan: an entry at
/// 00:30 on 1 April in Paris is April's, though it is still 31 March in UTC. A zone this
/// Ardoise does not know counts in UTC.
pub fn month_of(started_at: DateTime<Utc>, zone: &str) -> Option<Period> {
    let local = match super::calendar::parse_zone(zone) {
        Ok(tz) => started_at.with_timezone(&tz).date_naive(),
        Err(_) => started_at.date_naive(),
    };
    Period::month_of(local)
}

/// Minutes as hours, exact when the minutes are a multiple of 3 (every increment that
/// divides an hour into tenths or quarters); otherwise to 28 significant digits.
pub fn hours(minutes: u64) -> Decimal {
    Decimal::from(minutes) / Decimal::from(60)
}

/// The amount of `minutes` at `hourly_rate`: minutes / 60 × rate, rounded once to the
/// currency.
pub fn amount(minutes: u64, hourly_rate: Decimal, currency: Currency) -> Money {
    Money::line(hours(minutes), hourly_rate, currency)
}

/// What a line of billable hours says, in the customer's language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HoursBilled<'a> {
    pub month: Period,
    pub billed_minutes: u64,
    pub terms: TimeTerms,
    /// The requests whose time the line accounts for, by number.
    pub requests: &'a [String],
}

/// "Support : 3 h 15 au-delà des 4 h incluses, mars 2026 — arrondi au quart d’heure par
/// intervention — demandes S-2026-00012, S-2026-00015": the rounding is on the line, so
/// the customer can check the quantity.
pub fn hours_description(h: &HoursBilled<'_>, lang: Lang) -> String {
    let increment = h.terms.increment_minutes.max(1);
    let rounding = match h.terms.rounding {
        Rounding::PerEntry => tr!(
            lang,
            SUPPORT_BILLING_ROUNDING_PER_ENTRY,
            increment = increment
        ),
        Rounding::PerMonth => tr!(
            lang,
            SUPPORT_BILLING_ROUNDING_PER_MONTH,
            increment = increment
        ),
    };
    tr!(
        lang,
        SUPPORT_BILLING_HOURS_LINE,
        billed = duration(h.billed_minutes, lang),
        included_minutes = h.terms.included_minutes,
        included = duration(u64::from(h.terms.included_minutes), lang),
        month = h.month.label(lang),
        rounding = rounding,
        count = h.requests.len(),
        requests = h.requests.join(", ")
    )
}

/// The invoice line billing `minutes` beyond the included hours of `month`: quantity in
/// hours at the hourly rate, so the line is rounded once like every other.
pub fn hours_line(
    h: &HoursBilled<'_>,
    hourly_rate: Decimal,
    vat_rate: Decimal,
    lang: Lang,
) -> InvoiceLine {
    InvoiceLine {
        kind: LineKind::BillableHours,
        description: hours_description(h, lang),
        subscription_id: None,
        service_start: Some(h.month.start()),
        service_end: Some(h.month.end()),
        quantity: hours(h.billed_minutes),
        unit_price: hourly_rate,
        proration: None,
        vat_rate,
    }
}

/// The line of a plan's monthly fee for `month`.
pub fn fee_line(
    plan: &str,
    month: Period,
    fee: Decimal,
    vat_rate: Decimal,
    lang: Lang,
) -> InvoiceLine {
    InvoiceLine {
        kind: LineKind::SupportFee,
        description: tr!(
            lang,
            SUPPORT_BILLING_FEE_LINE,
            plan = plan,
            month = month.label(lang)
        ),
        subscription_id: None,
        service_start: Some(month.start()),
        service_end: Some(month.end()),
        quantity: Decimal::ONE,
        unit_price: fee,
        proration: None,
        vat_rate,
    }
}

#[cfg(test)]
#[path = "billable_tests.rs"]
mod tests;
