//! The month's events, one or two lines each, as typed lines.

use std::collections::VecDeque;

use chrono::{Datelike, Days, Months, NaiveDate};

use rust_decimal::{Decimal, RoundingStrategy};

use super::catalogue::{company, domain, usd_rate, COUNTRIES, METERS, SKUS};
use super::Rng;
use crate::charge::{ChargeType, Frequency, Term};
use crate::columns::FileKind;
use crate::line::{Line, Meter};

struct Subscription {
    id: String,
    sku: usize,
    seats: i64,
    term: Term,
    frequency: Frequency,
    start: NaiveDate,
}

struct Customer {
    id: String,
    name: String,
    domain: String,
    country: &'static str,
    currency: &'static str,
    price_column: usize,
    reseller: Option<String>,
    subscriptions: Vec<Subscription>,
}

/// The generated lines, in the file's order.
pub struct Lines {
    rng: Rng,
    kind: FileKind,
    left: u64,
    next_line: u64,
    queue: VecDeque<Line>,
    customers: Vec<Customer>,
    start: NaiveDate,
    end: NaiveDate,
    invoice: String,
}

pub(super) fn round_down(x: Decimal) -> Decimal {
    x.round_dp_with_strategy(2, RoundingStrategy::ToZero)
}

impl Lines {
    /// The lines of the month starting on the first day of `month`'s month. The customers
    /// and their subscriptions depend on the seed alone, so the months of one seed are the
    /// months of one partner; the events depend on the month too.
    pub fn of_month(rows: u64, seed: u64, kind: FileKind, month: NaiveDate) -> Lines {
        let start = month.with_day(1).unwrap_or(month);
        let end = start + Months::new(1) - Days::new(1);
        let mut rng = Rng::new(seed);
        let count = (rows / 30).clamp(3, 20_000);
        let anchor = NaiveDate::from_ymd_opt(2025, 12, 1)
            .unwrap_or(start)
            .min(start);
        let customers = (0..count).map(|n| customer(&mut rng, n, anchor)).collect();
        let mut rng = Rng::new(seed ^ (start.num_days_from_ce() as u64) << 24);
        let invoice = format!("G{:09}", rng.below(1_000_000_000));
        Lines {
            rng,
            kind,
            left: rows,
            next_line: 2,
            queue: VecDeque::new(),
            customers,
            start,
            end,
            invoice,
        }
    }

    fn event(&mut self) {
        let c = self.rng.below(self.customers.len() as u64) as usize;
        let s = self.rng.below(self.customers[c].subscriptions.len() as u64) as usize;
        let roll = self.rng.below(100);
        let single = self.left == 1;
        match self.kind {
            FileKind::DailyRatedUsage => self.usage(c, s),
            _ if roll < 20 && self.kind == FileKind::NewCommerceInvoice => self.usage(c, s),
            _ if single || roll < 55 => self.cycle(c, s),
            _ if roll < 61 => self.new_purchase(c, s),
            _ if roll < 66 => self.renew(c, s),
            _ if roll < 75 => self.change(c, s, ChargeType::AddQuantity),
            _ if roll < 81 => self.change(c, s, ChargeType::RemoveQuantity),
            _ if roll < 85 => self.change(c, s, ChargeType::Convert),
            _ if roll < 88 => self.change(c, s, ChargeType::MoveQuantity),
            _ if roll < 91 => self.change(c, s, ChargeType::ChangeBillingPlan),
            _ if roll < 95 => self.cancel(c, s),
            _ => self.credit(c, s),
        }
    }

    /// A line of subscription `s` of customer `c` with what every line says of them.
    fn base(&self, c: usize, s: usize, charge_type: ChargeType) -> Line {
        let customer = &self.customers[c];
        let sub = &customer.subscriptions[s];
        let sku = &SKUS[sub.sku];
        let legacy = self.kind == FileKind::LegacyLicenseBased;
        let term_text = cycle_text(sub.term, sub.frequency).0;
        let unit_price = Decimal::new(sku.cents[customer.price_column], 2);
        let unit_price = match sub.frequency {
            Frequency::Annual => unit_price * Decimal::from(12),
            _ => unit_price,
        };
        Line {
            line: 0,
            customer_id: customer.id.clone(),
            customer_name: customer.name.clone(),
            customer_domain: Some(customer.domain.clone()),
            customer_country: (!legacy).then(|| customer.country.to_string()),
            invoice_number: Some(self.invoice.clone()),
            mpn_id: Some("4390934".into()),
            reseller_mpn_id: customer.reseller.clone(),
            order_id: Some(sub.id.replace('-', "")[..16].to_uppercase()),
            order_date: (!legacy).then_some(sub.start),
            subscription_id: sub.id.clone(),
            subscription_description: Some(sku.sku.to_string()),
            product_id: sku.product_id.to_string(),
            sku_id: (!legacy).then(|| sku.sku_id.to_string()),
            availability_id: (!legacy).then(|| format!("{}{}", &sku.product_id[..8], "0B7N")),
            sku_name: sku.sku.to_string(),
            product_name: (!legacy).then(|| sku.product.to_string()),
            charge_type,
            unit_price,
            effective_unit_price: (!legacy).then_some(unit_price),
            quantity: Decimal::from(sub.seats),
            billable_quantity: (!legacy).then(|| Decimal::from(sub.seats)),
            subtotal: Decimal::ZERO,
            tax_total: Some(Decimal::ZERO),
            total: Some(Decimal::ZERO),
            other_discount: legacy.then_some(Decimal::ZERO),
            currency: customer.currency.to_string(),
            pricing_currency: (!legacy).then(|| customer.currency.to_string()),
            exchange_rate: (!legacy).then_some(Decimal::ONE),
            charge_start: Some(self.start),
            charge_end: Some(self.end),
            subscription_start: Some(sub.start),
            subscription_end: Some(term_end(sub, self.end)),
            term: (!legacy).then_some(sub.term),
            frequency: Some(sub.frequency),
            term_and_billing_cycle: (!legacy).then_some(term_text),
            unit_type: (!legacy).then(|| "Licenses".to_string()),
            meter: None,
            reference_id: None,
            pec_percentage: None,
        }
    }

    /// Fills the amounts of a seat line from its effective unit price (or, in the legacy
    /// file, its unit price prorated over `share` of the period), as Microsoft rounds them.
    fn priced(&self, mut line: Line, price: Decimal, share: Decimal) -> Line {
        let seats = line.quantity;
        if self.kind == FileKind::LegacyLicenseBased {
            line.subtotal = round_down(price * share * seats);
        } else {
            let effective = (price * share).round_dp_with_strategy(20, RoundingStrategy::ToZero);
            line.effective_unit_price = Some(effective);
            line.subtotal = round_down(effective) * seats;
        }
        line.tax_total = Some(Decimal::ZERO);
        line.total = Some(line.subtotal);
        line
    }

    fn cycle(&mut self, c: usize, s: usize) {
        let line = self.base(c, s, ChargeType::CycleCharge);
        let price = line.unit_price;
        let line = self.priced(line, price, Decimal::ONE);
        self.queue.push_back(line);
    }

    fn renew(&mut self, c: usize, s: usize) {
        let mut line = self.base(c, s, ChargeType::Renew);
        line.order_date = line.order_date.map(|_| self.start);
        let price = line.unit_price;
        self.queue.push_back(self.priced(line, price, Decimal::ONE));
    }

    /// The share of the period left from a day of it, the day included.
    fn change_day(&mut self) -> (NaiveDate, Decimal) {
        let days = self.end.day() as i64;
        let day = 2 + self.rng.below(days as u64 - 2) as i64;
        let date = self.start + Days::new(day as u64 - 1);
        (date, Decimal::from(days - day + 1) / Decimal::from(days))
    }

    fn new_purchase(&mut self, c: usize, s: usize) {
        let (date, share) = self.change_day();
        let mut line = self.base(c, s, ChargeType::New);
        line.charge_start = Some(date);
        line.order_date = line.order_date.map(|_| date);
        let price = line.unit_price;
        self.queue.push_back(self.priced(line, price, share));
    }

    /// A change mid-period: the refund of what was held and the charge of what is held
    /// from `date`, sharing a ReferenceId.
    fn change(&mut self, c: usize, s: usize, kind: ChargeType) {
        let (date, share) = self.change_day();
        let reference = self.rng.guid();
        let before = self.customers[c].subscriptions[s].seats;
        let after = match kind {
            ChargeType::AddQuantity => before + 1 + self.rng.below(5) as i64,
            ChargeType::RemoveQuantity | ChargeType::MoveQuantity => {
                (before - 1 - self.rng.below(3) as i64).max(1)
            }
            _ => before,
        };
        let legacy = self.kind == FileKind::LegacyLicenseBased;
        let written = if legacy {
            ChargeType::QuantityChange
        } else {
            kind
        };
        let mut refund = self.base(c, s, written);
        if kind == ChargeType::ChangeBillingPlan {
            let sub = &mut self.customers[c].subscriptions[s];
            sub.frequency = match sub.frequency {
                Frequency::Monthly => Frequency::Annual,
                _ => Frequency::Monthly,
            };
        }
        if kind == ChargeType::Convert {
            let sub = &mut self.customers[c].subscriptions[s];
            sub.sku = (sub.sku + 1) % SKUS.len();
        }
        self.customers[c].subscriptions[s].seats = after;
        let mut charge = self.base(c, s, written);
        for (line, sign) in [(&mut refund, -1), (&mut charge, 1)] {
            line.charge_start = Some(date);
            line.order_date = line.order_date.map(|_| date);
            line.reference_id = (!legacy).then(|| reference.clone());
            let price = line.unit_price * Decimal::from(sign);
            *line = self.priced(line.clone(), price, share);
        }
        self.queue.push_back(refund);
        self.queue.push_back(charge);
    }

    fn cancel(&mut self, c: usize, s: usize) {
        let (date, _) = self.change_day();
        let mut line = self.base(c, s, ChargeType::CancelImmediate);
        line.order_date = line.order_date.map(|_| date);
        let price = -line.unit_price;
        self.queue.push_back(self.priced(line, price, Decimal::ONE));
    }

    fn credit(&mut self, c: usize, s: usize) {
        let mut line = self.base(c, s, ChargeType::CustomerCredit);
        line.quantity = Decimal::ONE;
        line.billable_quantity = line.billable_quantity.map(|_| Decimal::ONE);
        let amount = -Decimal::new(500 + self.rng.below(4500) as i64, 2);
        self.queue
            .push_back(self.priced(line, amount, Decimal::ONE));
    }

    /// An Azure meter's use: priced in USD, partner earned credit off, converted and
    /// rounded as Microsoft rounds usage.
    fn usage(&mut self, c: usize, s: usize) {
        let meter = &METERS[self.rng.below(METERS.len() as u64) as usize];
        let quantity = Decimal::new(self.rng.below(2_000_000_000) as i64 + 1, 6).normalize();
        let pec = if self.rng.below(4) == 0 { 0 } else { 15 };
        let mut line = self.base(c, s, ChargeType::New);
        let daily = self.kind == FileKind::DailyRatedUsage;
        let rate = usd_rate(&line.currency);
        let price: Decimal = meter.usd.parse().unwrap_or(Decimal::ONE);
        let effective = price * (Decimal::ONE_HUNDRED - Decimal::from(pec)) / Decimal::ONE_HUNDRED;
        let day = self.start + Days::new(self.rng.below(self.end.day() as u64));
        line.product_id = meter.product_id.into();
        line.sku_id = Some(meter.sku_id.into());
        line.availability_id = Some(format!("{}{}", meter.product_id, "AV01"));
        line.sku_name = meter.sku.into();
        line.product_name = Some(meter.product.into());
        line.subscription_description = Some("Azure plan".into());
        line.unit_price = price;
        line.effective_unit_price = Some(effective);
        line.quantity = quantity;
        line.billable_quantity = (!daily).then_some(quantity);
        line.subtotal = round_down(round_down(effective * quantity) * rate);
        line.tax_total = (!daily).then_some(Decimal::ZERO);
        line.total = (!daily).then_some(line.subtotal);
        line.pricing_currency = Some("USD".into());
        line.exchange_rate = Some(rate);
        line.term = None;
        line.frequency = None;
        line.term_and_billing_cycle = None;
        line.unit_type = Some(meter.unit.into());
        line.order_date = None;
        line.subscription_start = None;
        line.subscription_end = None;
        line.meter = Some(Meter {
            id: daily.then(|| meter.meter_id.into()),
            name: daily.then(|| meter.meter.into()),
            category: daily.then(|| meter.category.into()),
            description: (!daily).then(|| format!("{} - {}", meter.category, meter.meter)),
        });
        if daily {
            line.order_id = None;
            line.charge_start = Some(day);
            line.charge_end = Some(day);
            line.pec_percentage = Some(Decimal::from(pec));
        }
        self.queue.push_back(line);
    }
}

impl Iterator for Lines {
    type Item = Line;

    fn next(&mut self) -> Option<Line> {
        if self.left == 0 {
            return None;
        }
        if self.queue.is_empty() {
            self.event();
        }
        let mut line = self.queue.pop_front()?;
        line.line = self.next_line;
        self.next_line += 1;
        self.left -= 1;
        Some(line)
    }
}

/// The end of the term running at `end` (terms renew one after the other from the start).
fn term_end(sub: &Subscription, end: NaiveDate) -> NaiveDate {
    let months = term_months(sub.term);
    let mut terms = 1;
    while sub.start + Months::new(months * terms) <= end {
        terms += 1;
    }
    sub.start + Months::new(months * terms) - Days::new(1)
}

fn term_months(term: Term) -> u32 {
    match term {
        Term::Monthly => 1,
        Term::Annual => 12,
        Term::Triennial => 36,
    }
}

/// BillingFrequency as Microsoft writes it.
pub(super) fn frequency_text(frequency: Frequency) -> &'static str {
    match frequency {
        Frequency::Monthly => "Monthly",
        Frequency::Annual => "Annual",
        Frequency::Triennial => "Triennial",
        Frequency::OneTime => "OneTime",
    }
}

/// TermAndBillingCycle and BillingFrequency as Microsoft writes them.
pub(super) fn cycle_text(term: Term, frequency: Frequency) -> (String, &'static str) {
    let billing = frequency_text(frequency);
    let commitment = match term {
        Term::Monthly => "1 Month",
        Term::Annual => "1 Year",
        Term::Triennial => "3 Years",
    };
    (format!("{commitment}, {billing}"), billing)
}

fn customer(rng: &mut Rng, n: u64, start: NaiveDate) -> Customer {
    let name = company(rng.next(), rng.next(), rng.next());
    let (country, currency, price_column) = COUNTRIES[rng.below(COUNTRIES.len() as u64) as usize];
    let subscriptions = (0..1 + rng.below(4))
        .map(|_| {
            let term = match rng.below(10) {
                0..=2 => Term::Monthly,
                9 => Term::Triennial,
                _ => Term::Annual,
            };
            let frequency = match (term, rng.below(4)) {
                (Term::Monthly, _) | (_, 0..=2) => Frequency::Monthly,
                _ => Frequency::Annual,
            };
            Subscription {
                id: rng.guid(),
                sku: rng.below(SKUS.len() as u64) as usize,
                seats: 1 + (rng.below(30) * rng.below(10)) as i64 / 3,
                term,
                frequency,
                start: start - Days::new(rng.below(700)),
            }
        })
        .collect();
    Customer {
        id: rng.guid(),
        domain: domain(&name, n),
        name,
        country,
        currency,
        price_column,
        reseller: (rng.below(5) == 0).then(|| format!("{}", 5_000_000 + rng.below(999_999))),
        subscriptions,
    }
}
