//! Drafting a month's invoice lines from a customer's subscriptions.
//!
//! Monthly-billed subscriptions give one line per run of constant quantity inside the
//! month, prorated by days when the run does not cover it all. Upfront-billed ones
//! (annual, triennial, one-time) give their whole term on its billing anniversary, plus
//! a prorated line for seats added during a term. Each line uses the resale price in
//! force on its first day.

use crate::words::{self, keys, tr};
use chrono::{Datelike, Months, NaiveDate};
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use crate::bounds::MAX_AMOUNT;
use crate::catalog::{price_in_force, Price};
use crate::display;
use crate::money::Currency;
use crate::subscription::{
    quantity_on, BillingFrequency, QuantityChange, SubscriptionStatus, Term,
};
use crate::Lang;

use super::lines::{InvoiceLine, LineKind, Proration};
use super::period::{days_inclusive, Period};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct BillableSubscription {
    pub id: i64,
    pub product_name: String,
    pub term: Term,
    pub billing_frequency: BillingFrequency,
    pub start_date: NaiveDate,
    pub renewal_date: NaiveDate,
    pub status: SubscriptionStatus,
    /// The first day no longer billed.
    pub cancelled_on: Option<NaiveDate>,
    pub history: Vec<QuantityChange>,
    /// The product's prices, per unit and month.
    pub prices: Vec<Price>,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum BillingError {
    #[error("no {currency} resale price in force on {on} for subscription {subscription_id}")]
    NoPrice {
        subscription_id: i64,
        product: String,
        currency: Currency,
        on: NaiveDate,
    },
    #[error("the amount of subscription {subscription_id} is too large to bill")]
    TooLarge {
        subscription_id: i64,
        product: String,
    },
}

impl BillingError {
    pub fn subscription_id(&self) -> i64 {
        match self {
            BillingError::NoPrice {
                subscription_id, ..
            }
            | BillingError::TooLarge {
                subscription_id, ..
            } => *subscription_id,
        }
    }

    pub fn message(&self, lang: Lang) -> String {
        match self {
            BillingError::NoPrice {
                product,
                currency,
                on,
                ..
            } => tr!(
                lang,
                BILLING_NO_PRICE,
                currency = currency.to_string(),
                on = display::date(*on, lang),
                product = product.as_str()
            ),
            BillingError::TooLarge { product, .. } => tr!(
                lang,
                BILLING_TOO_LARGE,
                product = product.as_str(),
                max = display::number(MAX_AMOUNT, 2, lang)
            ),
        }
    }
}

/// The first day no longer billed. A cancelled or expired subscription without a date
/// stops at its renewal date, the end of the term Microsoft bills for.
fn end_exclusive(sub: &BillableSubscription) -> Option<NaiveDate> {
    match (sub.cancelled_on, sub.status) {
        (Some(day), _) => Some(day),
        (None, SubscriptionStatus::Cancelled | SubscriptionStatus::Expired) => {
            Some(sub.renewal_date)
        }
        (None, SubscriptionStatus::Active | SubscriptionStatus::Suspended) => None,
    }
}

/// What the lines of one subscription share while they are built.
struct Ctx<'a> {
    sub: &'a BillableSubscription,
    currency: Currency,
    vat_rate: Decimal,
    lang: Lang,
}

impl Ctx<'_> {
    fn no_price(&self, on: NaiveDate) -> BillingError {
        BillingError::NoPrice {
            subscription_id: self.sub.id,
            product: self.sub.product_name.clone(),
            currency: self.currency,
            on,
        }
    }

    fn too_large(&self) -> BillingError {
        BillingError::TooLarge {
            subscription_id: self.sub.id,
            product: self.sub.product_name.clone(),
        }
    }

    /// The monthly resale price in force on `on`, times `months`.
    fn price(&self, on: NaiveDate, months: u32) -> Result<Decimal, BillingError> {
        let monthly = price_in_force(&self.sub.prices, self.currency, on)
            .ok_or_else(|| self.no_price(on))?
            .resale_price;
        monthly
            .checked_mul(Decimal::from(months))
            .ok_or_else(|| self.too_large())
    }

    fn line(
        &self,
        description: String,
        (from, to): (NaiveDate, NaiveDate),
        quantity: u32,
        unit_price: Decimal,
        proration: Option<Proration>,
    ) -> Result<InvoiceLine, BillingError> {
        let line = InvoiceLine {
            kind: LineKind::Subscription,
            description,
            subscription_id: Some(self.sub.id),
            service_start: Some(from),
            service_end: Some(to),
            quantity: Decimal::from(quantity),
            unit_price,
            proration,
            vat_rate: self.vat_rate,
        };
        match line.bounded_net(self.currency) {
            Some(_) => Ok(line),
            None => Err(self.too_large()),
        }
    }

    /// "Product — du 15/11/2026 au 30/11/2026 (16 j / 30)", the ratio only when prorated,
    /// `note` ("licences ajoutées", "12 mois") between the product and the dates.
    fn describe(
        &self,
        note: Option<&str>,
        from: NaiveDate,
        to: NaiveDate,
        proration: Option<Proration>,
        months: Option<u32>,
    ) -> String {
        let (from, to) = (display::date(from, self.lang), display::date(to, self.lang));
        let mut s = String::with_capacity(self.sub.product_name.len() + 64);
        s.push_str(&self.sub.product_name);
        s.push_str(" — ");
        if let Some(note) = note {
            s.push_str(note);
            s.push_str(", ");
        }
        s.push_str(&tr!(self.lang, LINE_SERVICE_DATES, from = from, to = to));
        let length = match (proration, months) {
            (Some(p), _) => Some(tr!(
                self.lang,
                LINE_PRORATED,
                days = p.days.to_string(),
                of_days = p.of_days.to_string()
            )),
            (None, Some(m)) => Some(tr!(self.lang, LINE_MONTHS, months = m.to_string())),
            (None, None) => None,
        };
        if let Some(length) = length {
            s.push(' ');
            s.push_str(&length);
        }
        s
    }
}

/// The next date in (`after`, `to`] where the quantity differs from `quantity`.
fn next_change(
    history: &[QuantityChange],
    after: NaiveDate,
    to: NaiveDate,
    quantity: u32,
) -> Option<NaiveDate> {
    let mut probe = after;
    loop {
        let day = history
            .iter()
            .map(|c| c.effective_date)
            .filter(|d| *d > probe && *d <= to)
            .min()?;
        if quantity_on(history, day) != quantity {
            return Some(day);
        }
        probe = day;
    }
}

fn monthly_lines(
    ctx: &Ctx,
    period: Period,
    out: &mut Vec<InvoiceLine>,
) -> Result<(), BillingError> {
    let sub = ctx.sub;
    let from = period.start().max(sub.start_date);
    let mut to = period.end();
    if let Some(end) = end_exclusive(sub) {
        match end.pred_opt() {
            Some(last) => to = to.min(last),
            None => return Ok(()),
        }
    }
    if from > to {
        return Ok(());
    }
    let of_days = period.days();
    let mut cursor = from;
    loop {
        let quantity = quantity_on(&sub.history, cursor);
        let next = next_change(&sub.history, cursor, to, quantity);
        let run_end = next.and_then(|d| d.pred_opt()).unwrap_or(to);
        if quantity > 0 {
            let days = days_inclusive(cursor, run_end);
            let proration = (days < of_days).then_some(Proration { days, of_days });
            let description = ctx.describe(None, cursor, run_end, proration, None);
            let price = ctx.price(cursor, 1)?;
            out.push(ctx.line(description, (cursor, run_end), quantity, price, proration)?);
        }
        match next {
            Some(day) => cursor = day,
            None => return Ok(()),
        }
    }
}

/// How many months one upfront charge covers, and how many charges there are at most.
fn upfront_cycle(sub: &BillableSubscription) -> Option<(u32, Option<u32>)> {
    match sub.billing_frequency {
        BillingFrequency::Monthly => None,
        BillingFrequency::Annual => Some((12, None)),
        BillingFrequency::Triennial => Some((36, None)),
        BillingFrequency::OneTime => Some((sub.term.months(), Some(1))),
    }
}

/// The `k`-th billing anniversary, counted from the start so that a start on the 31st
/// or on 29 February comes back to it after a shorter month.
fn anniversary(start: NaiveDate, cycle: u32, k: u32) -> Option<NaiveDate> {
    start.checked_add_months(Months::new(cycle.checked_mul(k)?))
}

/// The index of the term containing `day` (which is on or after `start`).
fn term_index(start: NaiveDate, cycle: u32, day: NaiveDate) -> Option<u32> {
    let months = (day.year() - start.year()) * 12 + day.month() as i32 - start.month() as i32;
    let mut k = u32::try_from(months.max(0)).ok()? / cycle.max(1);
    while k > 0 && anniversary(start, cycle, k)? > day {
        k -= 1;
    }
    Some(k)
}

fn upfront_lines(
    ctx: &Ctx,
    period: Period,
    (cycle, max_terms): (u32, Option<u32>),
    out: &mut Vec<InvoiceLine>,
) -> Result<(), BillingError> {
    let sub = ctx.sub;
    let end = end_exclusive(sub);
    let billed = |day: NaiveDate| day >= sub.start_date && end.is_none_or(|e| day < e);
    let in_terms = |k: u32| max_terms.is_none_or(|max| k < max);
    if period.end() < sub.start_date {
        return Ok(());
    }
    let first = term_index(sub.start_date, cycle, period.start().max(sub.start_date)).unwrap_or(0);
    let mut k = first;
    while in_terms(k) {
        let (Some(day), Some(next)) = (
            anniversary(sub.start_date, cycle, k),
            anniversary(sub.start_date, cycle, k + 1),
        ) else {
            break;
        };
        if day > period.end() {
            break;
        }
        let quantity = quantity_on(&sub.history, day);
        if period.contains(day) && billed(day) && quantity > 0 {
            let last = next.pred_opt().unwrap_or(next);
            let description = ctx.describe(None, day, last, None, Some(cycle));
            let price = ctx.price(day, cycle)?;
            out.push(ctx.line(description, (day, last), quantity, price, None)?);
        }
        k += 1;
    }
    // Seats added during a term are billed at once, to the end of that term.
    for (i, change) in sub.history.iter().enumerate() {
        let day = change.effective_date;
        let first_of_day = !sub.history[..i].iter().any(|c| c.effective_date == day);
        if !first_of_day || !period.contains(day) || !billed(day) {
            continue;
        }
        let before = day.pred_opt().map_or(0, |d| quantity_on(&sub.history, d));
        let added = quantity_on(&sub.history, day).saturating_sub(before);
        let Some(k) = term_index(sub.start_date, cycle, day) else {
            continue;
        };
        let (Some(term_start), Some(term_end)) = (
            anniversary(sub.start_date, cycle, k),
            anniversary(sub.start_date, cycle, k + 1),
        ) else {
            continue;
        };
        // On an anniversary the term's own line already counts the new seats.
        if added == 0 || day == term_start || !in_terms(k) {
            continue;
        }
        let last = term_end.pred_opt().unwrap_or(term_end);
        let proration = Proration {
            days: days_inclusive(day, last),
            of_days: days_inclusive(term_start, last),
        };
        let note = words::word(ctx.lang, keys::LINE_SEATS_ADDED);
        let description = ctx.describe(Some(note), day, last, Some(proration), None);
        let price = ctx.price(day, cycle)?;
        out.push(ctx.line(description, (day, last), added, price, Some(proration))?);
    }
    Ok(())
}

/// The lines one subscription adds to its customer's invoice for `period` (a month), in
/// `currency` at `vat_rate`, described in the customer's language. Suspended
/// subscriptions are billed like active ones: Microsoft keeps billing the partner.
pub fn subscription_lines(
    sub: &BillableSubscription,
    period: Period,
    currency: Currency,
    vat_rate: Decimal,
    lang: Lang,
) -> Result<Vec<InvoiceLine>, BillingError> {
    let mut out = Vec::new();
    push_subscription_lines(sub, period, currency, vat_rate, lang, &mut out)?;
    Ok(out)
}

fn push_subscription_lines(
    sub: &BillableSubscription,
    period: Period,
    currency: Currency,
    vat_rate: Decimal,
    lang: Lang,
    out: &mut Vec<InvoiceLine>,
) -> Result<(), BillingError> {
    let ctx = Ctx {
        sub,
        currency,
        vat_rate,
        lang,
    };
    match upfront_cycle(sub) {
        None => monthly_lines(&ctx, period, out),
        Some(cycle) => upfront_lines(&ctx, period, cycle, out),
    }
}

/// One customer's draft lines for `period`, and the subscriptions that could not be
/// billed. A subscription in error adds no line at all, so a draft never bills part of
/// one.
pub fn draft_customer_lines(
    subs: &[BillableSubscription],
    period: Period,
    currency: Currency,
    vat_rate: Decimal,
    lang: Lang,
) -> (Vec<InvoiceLine>, Vec<BillingError>) {
    let mut lines = Vec::with_capacity(subs.len());
    let mut errors = Vec::new();
    for sub in subs {
        let kept = lines.len();
        if let Err(e) = push_subscription_lines(sub, period, currency, vat_rate, lang, &mut lines) {
            lines.truncate(kept);
            errors.push(e);
        }
    }
    (lines, errors)
}

#[cfg(test)]
mod tests;
