//! A month of Microsoft's billing for a partner's own customers and subscriptions, as a
//! demonstration book receives it: what the book sells, charged at the partner's cost,
//! with what a real month brings that the book does not know yet (seats added in Partner
//! Center, a subscription bought there and not recorded) and the Azure plans' usage, day
//! by day, priced in US dollars and converted.

use chrono::{Datelike, Days, Months, NaiveDate};
use rust_decimal::Decimal;

use super::catalogue::{usd_rate, METERS};
use super::events::{cycle_text, round_down};
use super::Rng;
use crate::charge::{ChargeType, Frequency, Term};
use crate::columns::FileKind;
use crate::line::{Line, Meter};

/// A subscription as the book holds it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BookSubscription {
    /// Partner Center's subscription id.
    pub id: String,
    pub product_id: String,
    pub sku_id: String,
    pub name: String,
    pub seats: u32,
    pub term: Term,
    pub frequency: Frequency,
    pub start: NaiveDate,
    /// The partner's cost of a seat for a month; zero for a consumption plan (Azure).
    pub monthly_cost: Decimal,
}

/// A customer as the book holds it, with its tenant.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BookCustomer {
    pub tenant: String,
    pub name: String,
    pub domain: Option<String>,
    pub country: String,
    pub currency: String,
    pub subscriptions: Vec<BookSubscription>,
}

/// The lines of Microsoft's file of `kind` for `month` (any day of it): seat charges for
/// the invoice reconciliation file, usage for the daily rated usage file. Every ninth
/// monthly subscription has two more seats at Microsoft than in the book, and the first
/// customer with seats bought a subscription in Partner Center that the book does not have.
pub fn book_month(
    customers: &[BookCustomer],
    month: NaiveDate,
    kind: FileKind,
    seed: u64,
) -> Vec<Line> {
    let start = month.with_day(1).unwrap_or(month);
    let end = (start + Months::new(1)).pred_opt().unwrap_or(start);
    let mut rng = Rng::new(seed ^ u64::from(start.month()) ^ (start.year() as u64) << 8);
    let invoice = format!("G{:03}{:06}", start.month(), rng.below(1_000_000));
    let mut lines = Vec::new();
    let mut monthly = 0;
    let mut unrecorded_bought = false;
    for customer in customers {
        for sub in &customer.subscriptions {
            if sub.start > end {
                continue;
            }
            let line = |charge_type, seats: u32, unit: Decimal, from, to| {
                seat_line(customer, sub, &invoice, charge_type, seats, unit, from, to)
            };
            match (kind, sub.monthly_cost.is_zero()) {
                (FileKind::DailyRatedUsage, true) => {
                    lines.extend(usage(customer, sub, start, end, &mut rng));
                }
                (FileKind::DailyRatedUsage, false) | (_, true) => {}
                (_, false) => match sub.frequency {
                    Frequency::Annual | Frequency::Triennial => {
                        let anniversary = sub.start.with_year(start.year());
                        if let Some(day) = anniversary.filter(|d| d.month() == start.month()) {
                            if sub.start < start {
                                let months = if sub.frequency == Frequency::Annual {
                                    12
                                } else {
                                    36
                                };
                                let to = (day + Months::new(months)).pred_opt().unwrap_or(day);
                                let unit = sub.monthly_cost * Decimal::from(months);
                                lines.push(line(ChargeType::Renew, sub.seats, unit, day, to));
                            }
                        }
                    }
                    _ => {
                        monthly += 1;
                        let seats = if monthly % 9 == 0 {
                            sub.seats + 2
                        } else {
                            sub.seats
                        };
                        let kind = if sub.start >= start {
                            ChargeType::New
                        } else {
                            ChargeType::CycleCharge
                        };
                        let from = sub.start.max(start);
                        let mut l = line(kind, seats, sub.monthly_cost, from, end);
                        prorate(&mut l, from, start, end);
                        lines.push(l);
                    }
                },
            }
        }
        // Bought in Partner Center on the twelfth, never recorded in the book.
        if !unrecorded_bought && kind == FileKind::NewCommerceInvoice {
            if let Some(first) = customer
                .subscriptions
                .iter()
                .find(|s| !s.monthly_cost.is_zero())
            {
                let day = start + Days::new(11);
                let unrecorded = BookSubscription {
                    id: rng.guid(),
                    seats: 3,
                    term: Term::Annual,
                    frequency: Frequency::Monthly,
                    start: day,
                    ..first.clone()
                };
                let mut l = seat_line(
                    customer,
                    &unrecorded,
                    &invoice,
                    ChargeType::New,
                    3,
                    first.monthly_cost,
                    day,
                    end,
                );
                prorate(&mut l, day, start, end);
                lines.push(l);
                unrecorded_bought = true;
            }
        }
    }
    for (n, l) in lines.iter_mut().enumerate() {
        l.line = n as u64 + 2;
    }
    lines
}

/// The share of the month from `from`, as Microsoft prorates a charge by days: the
/// effective unit price kept to twenty decimals, truncated.
fn prorate(line: &mut Line, from: NaiveDate, start: NaiveDate, end: NaiveDate) {
    if from == start {
        return;
    }
    let days = Decimal::from((end - from).num_days() + 1);
    let of = Decimal::from((end - start).num_days() + 1);
    let effective = (line.unit_price * days / of)
        .round_dp_with_strategy(20, rust_decimal::RoundingStrategy::ToZero);
    line.effective_unit_price = Some(effective);
    line.subtotal = round_down(effective) * line.quantity;
    line.total = Some(line.subtotal);
}

#[allow(clippy::too_many_arguments)]
fn seat_line(
    customer: &BookCustomer,
    sub: &BookSubscription,
    invoice: &str,
    charge_type: ChargeType,
    seats: u32,
    unit: Decimal,
    from: NaiveDate,
    to: NaiveDate,
) -> Line {
    let seats = Decimal::from(seats);
    let subtotal = round_down(unit) * seats;
    let (cycle, _) = cycle_text(sub.term, sub.frequency);
    Line {
        line: 0,
        customer_id: customer.tenant.clone(),
        customer_name: customer.name.clone(),
        customer_domain: customer.domain.clone(),
        customer_country: Some(customer.country.clone()),
        invoice_number: Some(invoice.to_string()),
        mpn_id: Some("4390934".into()),
        reseller_mpn_id: None,
        order_id: Some(
            sub.id
                .replace('-', "")
                .chars()
                .take(16)
                .collect::<String>()
                .to_uppercase(),
        ),
        order_date: Some(sub.start),
        subscription_id: sub.id.clone(),
        subscription_description: Some(sub.name.clone()),
        product_id: sub.product_id.clone(),
        sku_id: Some(sub.sku_id.clone()),
        availability_id: Some(format!(
            "{}0B7N",
            sub.product_id.chars().take(8).collect::<String>()
        )),
        sku_name: sub.name.clone(),
        product_name: Some(sub.name.clone()),
        charge_type,
        unit_price: unit,
        effective_unit_price: Some(unit),
        quantity: seats,
        billable_quantity: Some(seats),
        subtotal,
        tax_total: Some(Decimal::ZERO),
        total: Some(subtotal),
        other_discount: None,
        currency: customer.currency.clone(),
        pricing_currency: Some(customer.currency.clone()),
        exchange_rate: Some(Decimal::ONE),
        charge_start: Some(from),
        charge_end: Some(to),
        subscription_start: Some(sub.start),
        subscription_end: None,
        term: Some(sub.term),
        frequency: Some(sub.frequency),
        term_and_billing_cycle: Some(cycle),
        unit_type: Some("Licenses".into()),
        meter: None,
        reference_id: None,
        pec_percentage: None,
    }
}

/// A day's use of a meter as a small business consumes it: a few machines running all
/// day, some gigabytes moved, a monthly quantity spread over the days.
fn daily_quantity(unit: &str, rng: &mut Rng) -> Decimal {
    let micro = |n: u64| Decimal::new(n as i64 + 1, 6);
    let q = match unit {
        "1 Hour" => Decimal::from(24 * (1 + rng.below(3))),
        "1 GB" => micro(rng.below(40_000_000)),
        "1 GB/Month" => micro(rng.below(500_000_000)) / Decimal::from(30),
        _ => Decimal::from(1 + rng.below(4)) / Decimal::from(30),
    };
    q.round_dp(6).normalize()
}

/// An Azure plan's month: three meters used every day, priced in US dollars with the
/// partner earned credit, converted and rounded as Microsoft rounds usage.
fn usage(
    customer: &BookCustomer,
    sub: &BookSubscription,
    start: NaiveDate,
    end: NaiveDate,
    rng: &mut Rng,
) -> Vec<Line> {
    let rate = usd_rate(&customer.currency);
    let meters: Vec<_> = (0..3)
        .map(|k| &METERS[(rng.below(METERS.len() as u64) as usize + k) % METERS.len()])
        .collect();
    let mut lines = Vec::new();
    let mut day = start;
    while day <= end {
        for meter in &meters {
            let price: Decimal = meter.usd.parse().unwrap_or(Decimal::ONE);
            let effective = price * Decimal::new(85, 2);
            let quantity = daily_quantity(meter.unit, rng);
            let subtotal = round_down(round_down(effective * quantity) * rate);
            lines.push(Line {
                line: 0,
                customer_id: customer.tenant.clone(),
                customer_name: customer.name.clone(),
                customer_domain: customer.domain.clone(),
                customer_country: Some(customer.country.clone()),
                invoice_number: None,
                mpn_id: Some("4390934".into()),
                reseller_mpn_id: None,
                order_id: None,
                order_date: None,
                subscription_id: sub.id.clone(),
                subscription_description: Some("Azure plan".into()),
                product_id: meter.product_id.into(),
                sku_id: Some(meter.sku_id.into()),
                availability_id: Some(format!("{}AV01", meter.product_id)),
                sku_name: meter.sku.into(),
                product_name: Some(meter.product.into()),
                charge_type: ChargeType::New,
                unit_price: price,
                effective_unit_price: Some(effective),
                quantity,
                billable_quantity: None,
                subtotal,
                tax_total: None,
                total: None,
                other_discount: None,
                currency: customer.currency.clone(),
                pricing_currency: Some("USD".into()),
                exchange_rate: Some(rate),
                charge_start: Some(day),
                charge_end: Some(day),
                subscription_start: None,
                subscription_end: None,
                term: None,
                frequency: None,
                term_and_billing_cycle: None,
                unit_type: Some(meter.unit.into()),
                meter: Some(Meter {
                    id: Some(meter.meter_id.into()),
                    name: Some(meter.meter.into()),
                    category: Some(meter.category.into()),
                    description: None,
                }),
                reference_id: None,
                pec_percentage: Some(Decimal::from(15)),
            });
        }
        day = day.succ_opt().unwrap_or(end + Days::new(1));
    }
    lines
}
