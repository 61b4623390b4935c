//! Microsoft's own rules over the lines: what a line costs as Microsoft rounds it, how
//! many seats a subscription holds once the period's charges and refunds are counted, and
//! the file's total. Each takes lines one at a time, so a file is never held whole.

use std::collections::{BTreeMap, BTreeSet};

use chrono::NaiveDate;
use rust_decimal::{Decimal, RoundingStrategy};

use crate::charge::ChargeType;
use crate::line::Line;

/// Excel's ROUNDDOWN(x, 2): towards zero, so a refund is rounded as its charge was.
fn round_down(x: Decimal) -> Decimal {
    x.round_dp_with_strategy(2, RoundingStrategy::ToZero)
}

/// A line's cost as Microsoft computes its Subtotal, from the new-commerce invoice
/// reconciliation file's documentation ("Subtotal: pretax cost"):
///
/// - usage-based: `ROUNDDOWN(ROUNDDOWN(EffectiveUnitPrice × BillableQuantity, 2) ×
///   PCToBCExchangeRate, 2)`: the usage is rounded in the pricing currency, then again
///   once converted;
/// - license or seat-based: `ROUNDDOWN(EffectiveUnitPrice × PCToBCExchangeRate, 2) ×
///   BillableQuantity`: the price of one seat is rounded, then multiplied, so a line of
///   300 seats can differ by up to 3.00 from the unrounded product.
///
/// A missing rate is 1 (pricing and billing in the same currency). `None` for a line
/// with no effective unit price (the legacy file, whose Amount is already the cost).
pub fn microsoft_cost(line: &Line) -> Option<Decimal> {
    let price = line.effective_unit_price?;
    let rate = line.exchange_rate.unwrap_or(Decimal::ONE);
    let quantity = line.billed_quantity();
    if line.meter.is_some() {
        Some(round_down(
            round_down(price.checked_mul(quantity)?).checked_mul(rate)?,
        ))
    } else {
        round_down(price.checked_mul(rate)?).checked_mul(quantity)
    }
}

/// The order of the events that set a subscription's seats.
type EventKey = (NaiveDate, NaiveDate, u64);

/// Seats per subscription at the end of the period the lines cover.
///
/// New commerce bills every change of seats as two lines sharing a ReferenceId: a refund
/// of the seats held until then (negative) and a charge of the seats held from then on
/// (positive), both from the day of the change to the end of the period (Microsoft's
/// "Reconciliation file charge types" page: addQuantity and removeQuantity serve to
/// refund the original purchase and to charge the new quantity after an increase or a
/// decrease; cancelImmediate when a subscription is cancelled).
/// So the seats a subscription ends with are those of its latest charge:
///
/// 1. only seat lines count: no metered line, credit or discount;
/// 2. a charge line (Subtotal ≥ 0) says the subscription holds its BillableQuantity from
///    its ChargeStartDate; the latest one, by ChargeStartDate, then OrderDate, then the
///    file's order, gives the seats;
/// 3. a refund line only undoes the charge before it and sets nothing (so the order in
///    which the file writes the two lines of a pair does not matter), except
///    cancelImmediate: the subscription was cancelled and holds no seat, whatever else
///    the period billed.
#[derive(Debug, Default, Clone)]
pub struct Seats {
    latest: BTreeMap<String, (EventKey, Decimal)>,
    cancelled: BTreeSet<String>,
}

impl Seats {
    pub fn new() -> Seats {
        Seats::default()
    }

    pub fn add(&mut self, line: &Line) {
        use ChargeType::*;
        if line.meter.is_some() || matches!(line.charge_type, CustomerCredit | Discount | Usage) {
            return;
        }
        if line.charge_type == CancelImmediate && line.is_refund() {
            self.cancelled.insert(line.subscription_id.clone());
            return;
        }
        if line.is_refund() {
            return;
        }
        let day = line
            .charge_start
            .or(line.order_date)
            .unwrap_or(NaiveDate::MIN);
        let key = (day, line.order_date.unwrap_or(day), line.line);
        let seats = line.billed_quantity().abs();
        // Looked up before inserting: a subscription's id is cloned once, not per line.
        match self.latest.get_mut(&line.subscription_id) {
            Some(entry) if key >= entry.0 => *entry = (key, seats),
            Some(_) => {}
            None => {
                self.latest
                    .insert(line.subscription_id.clone(), (key, seats));
            }
        }
    }

    /// The seats each subscription holds at the end of the period, by subscription id.
    pub fn finish(self) -> BTreeMap<String, Decimal> {
        let mut seats: BTreeMap<String, Decimal> = self
            .latest
            .into_iter()
            .map(|(id, (_, seats))| (id, seats))
            .collect();
        for id in self.cancelled {
            seats.insert(id, Decimal::ZERO);
        }
        seats
    }
}

/// The total of the Subtotal column (BillingPreTaxTotal, Amount), per billing currency:
/// what Microsoft billed before tax, to the cent.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Totals {
    pub lines: u64,
    pub subtotal: BTreeMap<String, Decimal>,
}

impl Totals {
    pub fn add(&mut self, line: &Line) {
        self.lines += 1;
        match self.subtotal.get_mut(&line.currency) {
            Some(total) => *total += line.subtotal,
            None => {
                self.subtotal.insert(line.currency.clone(), line.subtotal);
            }
        }
    }
}
