//! Licences Microsoft prorated, billed as Microsoft prorated them.
//!
//! A change of seats mid-term is two Microsoft lines sharing a ReferenceId: the refund of
//! the seats held until then and the charge of the seats held from then on, both from the
//! day of the change to the end of the billing cycle, at Microsoft's price × the share of
//! the cycle left (EffectiveUnitPrice / UnitPrice, negative on the refund). Billed as
//! Microsoft prorated them, the pair makes one line: the seats added (or removed) at the
//! resale price of a billing cycle × that same share.
//!
//! So that no seat is billed twice, the subscription's own lines are then drafted as if
//! its seats had not changed during the month (`without_changes_in`): Ardoise's
//! proration of the same seats (the "seats added" line of an annual subscription, the
//! split month of a monthly one) is not drafted.

use std::collections::BTreeMap;

use chrono::{Months, NaiveDate};
use rust_decimal::Decimal;

use crate::catalog::price_in_force;
use crate::display;
use crate::money::Currency;
use crate::subscription::BillingFrequency;
use crate::words::tr;
use crate::Lang;

use super::billing_run::BillableSubscription;
use super::lines::{InvoiceLine, LineKind};
use super::period::Period;
use super::rebill::Rebilled;

/// One Microsoft line of a change of seats (addQuantity or removeQuantity).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProratedCharge {
    pub pc_line_id: i64,
    /// The book's subscription.
    pub subscription_id: i64,
    /// The ReferenceId the refund and the charge share (or the line's own id).
    pub reference: String,
    /// Seats, as Microsoft writes them (positive on both lines of a pair).
    pub quantity: Decimal,
    pub unit_price: Decimal,
    pub effective_unit_price: Decimal,
    pub from: NaiveDate,
    pub to: NaiveDate,
}

impl ProratedCharge {
    /// The share of the cycle Microsoft billed, and the sign of the line (a refund is −1).
    fn share(&self) -> Option<(Decimal, Decimal)> {
        if self.unit_price.is_zero() {
            return None;
        }
        let ratio = self.effective_unit_price.checked_div(self.unit_price)?;
        let sign = if ratio.is_sign_negative() {
            -Decimal::ONE
        } else {
            Decimal::ONE
        };
        Some((ratio.abs(), sign))
    }
}

/// How many months one charge of the subscription covers.
fn cycle_months(sub: &BillableSubscription) -> u32 {
    match sub.billing_frequency {
        BillingFrequency::Monthly => 1,
        BillingFrequency::Annual => 12,
        BillingFrequency::Triennial => 36,
        BillingFrequency::OneTime => sub.term.months(),
    }
}

/// A change of seats on `day` that bills a month or a term of its own (the start, a
/// term's anniversary, the first of a month for a monthly subscription) rather than a
/// share of one.
fn starts_a_cycle(sub: &BillableSubscription, period: Period, day: NaiveDate) -> bool {
    if day <= sub.start_date || day == period.start() {
        return true;
    }
    let cycle = cycle_months(sub).max(1);
    (1..=1200u32)
        .map_while(|k| sub.start_date.checked_add_months(Months::new(cycle * k)))
        .take_while(|d| *d <= day)
        .any(|d| d == day)
}

/// The subscription as Ardoise drafts it when Microsoft's proration bills its changes of
/// seats: the changes during the month that do not start a cycle are left out.
pub fn without_changes_in(sub: &BillableSubscription, period: Period) -> BillableSubscription {
    let mut kept = sub.clone();
    kept.history.retain(|c| {
        !period.contains(c.effective_date) || starts_a_cycle(sub, period, c.effective_date)
    });
    kept
}

/// A subscription whose Microsoft changes could not be billed (no resale price).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NoPrice {
    pub subscription_id: i64,
    pub product: String,
}

/// The lines billing Microsoft's prorated changes of a customer's subscriptions: one per
/// change (the pair netted), the seats at the resale price of the subscription's billing
/// cycle on the change's first day × Microsoft's share. A change whose subscription has
/// no resale price is reported and billed by nobody.
pub fn prorated_lines(
    charges: &[ProratedCharge],
    subs: &[BillableSubscription],
    currency: Currency,
    vat_rate: Decimal,
    lang: Lang,
) -> (Vec<Rebilled>, Vec<NoPrice>) {
    type Key<'a> = (i64, &'a str, NaiveDate, NaiveDate, Decimal);
    let mut groups: BTreeMap<Key, (Decimal, Vec<i64>)> = BTreeMap::new();
    for c in charges {
        let Some((share, sign)) = c.share() else {
            continue;
        };
        let key = (c.subscription_id, c.reference.as_str(), c.from, c.to, share);
        let entry = groups.entry(key).or_default();
        entry.0 += c.quantity * sign;
        entry.1.push(c.pc_line_id);
    }
    let mut lines = Vec::new();
    let mut missing = Vec::new();
    for ((subscription_id, _, from, to, share), (seats, mut pc_lines)) in groups {
        let Some(sub) = subs.iter().find(|s| s.id == subscription_id) else {
            continue;
        };
        if seats.is_zero() {
            continue;
        }
        let Some(price) = price_in_force(&sub.prices, currency, from) else {
            if !missing
                .iter()
                .any(|m: &NoPrice| m.subscription_id == sub.id)
            {
                missing.push(NoPrice {
                    subscription_id: sub.id,
                    product: sub.product_name.clone(),
                });
            }
            continue;
        };
        let cycle = Decimal::from(cycle_months(sub));
        let unit_price = price
            .resale_price
            .saturating_mul(cycle)
            .saturating_mul(share);
        let description = tr!(
            lang,
            REBILL_PRORATED_LINE,
            product = sub.product_name.as_str(),
            change = if seats.is_sign_negative() {
                "removed"
            } else {
                "added"
            },
            from = display::date(from, lang),
            to = display::date(to, lang)
        );
        pc_lines.sort_unstable();
        lines.push(Rebilled {
            line: InvoiceLine {
                kind: LineKind::Subscription,
                description,
                subscription_id: Some(sub.id),
                service_start: Some(from),
                service_end: Some(to),
                quantity: seats,
                unit_price,
                proration: None,
                vat_rate,
            },
            pc_lines,
        });
    }
    (lines, missing)
}
