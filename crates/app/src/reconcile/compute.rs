//! The month's reconciliation, computed from what the book holds: Microsoft's lines of
//! the month against the customer invoice lines of the subscriptions they name. Pure:
//! the rows come in, the findings go out; no book, no clock.
//!
//! Choices, stated once:
//! - A Microsoft line is of the month its charge starts in (a usage line, of its day's):
//!   a year billed upfront is that month's cost, once, not a twelfth in each month.
//! - A Microsoft line is re-billed by an invoice line of the same book subscription
//!   (through its Partner Center id) whose service period overlaps the month. An issued
//!   invoice bills it; a draft only will ("to be billed"), and is no leak: the billing
//!   run has done its part and the issue step is ahead. No line at all is a leak.
//! - Microsoft's cost of a line is its Subtotal as the file wrote it. The `microsoft_cost`
//!   column recomputes it from EffectiveUnitPrice by Microsoft's ROUNDDOWN rule and is
//!   equal on every well-formed line; where a file disagrees with itself (or gives no
//!   effective price, as the legacy file), the Subtotal is what Microsoft billed and what
//!   the file's total sums, so the report's cost equals the file's Subtotal total to the
//!   cent by construction. Lines where the two differ are counted and said.

use std::collections::{BTreeMap, BTreeSet};

use ardoise_domain::money::Currency;
use ardoise_partner_center::{ChargeType, Line, Seats};
use ardoise_store::{PcPeriodLine, SubscriptionInvoiceLine};
use chrono::NaiveDate;
use rust_decimal::Decimal;

/// Amounts per currency code, in code order.
pub type PerCurrency = BTreeMap<String, Decimal>;

/// A subscription Microsoft charged for the month that no customer invoice bills.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Leak {
    pub customer_id: Option<i64>,
    pub customer: String,
    pub product: String,
    pub pc_subscription_id: String,
    /// Whether the book has the subscription at all.
    pub in_book: bool,
    /// Seats at the end of the month by Microsoft's rule; `None` for usage only.
    pub seats: Option<Decimal>,
    pub cost: Decimal,
    pub currency: String,
    pub lines: u64,
}

/// A customer invoice line of a Partner Center subscription Microsoft did not charge
/// for the month.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Uncharged {
    pub customer_id: i64,
    pub customer: String,
    pub product: String,
    pub pc_subscription_id: String,
    pub invoice_id: i64,
    pub number: Option<String>,
    pub quantity: Decimal,
    pub net: Decimal,
    pub currency: String,
}

/// A subscription whose invoiced seats are not Microsoft's seats at the end of the month.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SeatGap {
    pub customer_id: i64,
    pub customer: String,
    pub product: String,
    pub pc_subscription_id: String,
    pub microsoft: Decimal,
    pub invoiced: Decimal,
    pub invoice_id: i64,
    pub number: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Reconciliation {
    pub lines: u64,
    pub lines_billed: u64,
    pub lines_to_bill: u64,
    pub lines_leaking: u64,
    /// Microsoft's cost of the month per currency: the sum of the lines' Subtotal.
    pub cost: PerCurrency,
    pub leak_cost: PerCurrency,
    pub uncharged_net: PerCurrency,
    pub leaks: Vec<Leak>,
    pub uncharged: Vec<Uncharged>,
    pub seats: Vec<SeatGap>,
    /// Lines whose recomputed cost is not their Subtotal.
    pub cost_disagreements: u64,
}

pub(crate) fn decimal(text: &str) -> Decimal {
    text.trim().parse().unwrap_or_default()
}

pub(crate) fn minor(net_minor: i64, currency: &str) -> Decimal {
    let dp = currency
        .parse::<Currency>()
        .map(|c| c.minor_units())
        .unwrap_or(2);
    Decimal::new(net_minor, dp)
}

fn date(text: &Option<String>) -> Option<NaiveDate> {
    text.as_deref().and_then(|d| d.parse().ok())
}

pub(crate) fn add(map: &mut PerCurrency, currency: &str, amount: Decimal) {
    *map.entry(currency.to_string()).or_default() += amount;
}

/// The line as the reader's rules take it: what `Seats` reads, in the order imported.
fn as_line(row: &PcPeriodLine, order: u64) -> Option<Line> {
    Some(Line {
        line: order,
        customer_id: row.customer_tenant.clone(),
        customer_name: row.customer_name.clone(),
        customer_domain: None,
        customer_country: None,
        invoice_number: None,
        mpn_id: None,
        reseller_mpn_id: None,
        order_id: None,
        order_date: None,
        subscription_id: row.subscription_id.clone(),
        subscription_description: None,
        product_id: row.product_id.clone(),
        sku_id: row.sku_id.clone(),
        availability_id: None,
        sku_name: row.sku_name.clone(),
        product_name: None,
        charge_type: ChargeType::parse(&row.charge_type)?,
        unit_price: Decimal::ZERO,
        effective_unit_price: None,
        quantity: decimal(&row.quantity),
        billable_quantity: row.billable_quantity.as_deref().map(decimal),
        subtotal: decimal(&row.subtotal),
        tax_total: None,
        total: None,
        other_discount: None,
        currency: row.currency.clone(),
        pricing_currency: None,
        exchange_rate: None,
        charge_start: date(&row.charge_start),
        charge_end: date(&row.charge_end),
        subscription_start: None,
        subscription_end: None,
        term: None,
        frequency: None,
        term_and_billing_cycle: None,
        unit_type: None,
        meter: row.metered.then_some(ardoise_partner_center::Meter {
            id: None,
            name: None,
            category: None,
            description: None,
        }),
        reference_id: None,
        pec_percentage: None,
    })
}

/// Seats at the end of the month per Partner Center subscription id, by Microsoft's rule.
pub fn seats_at_end(rows: &[PcPeriodLine]) -> BTreeMap<String, Decimal> {
    let mut seats = Seats::new();
    for (i, row) in rows.iter().enumerate() {
        if let Some(line) = as_line(row, i as u64) {
            seats.add(&line);
        }
    }
    seats.finish()
}

/// The customer as the report names it: the book's, else the file's.
pub(crate) fn customer_of(row: &PcPeriodLine) -> (Option<i64>, String) {
    match &row.book_customer {
        Some((id, name)) => (Some(*id), name.clone()),
        None => (None, row.customer_name.clone()),
    }
}

/// The product as the report names it: the catalogue's name, else the file's.
pub(crate) fn product_of(row: &PcPeriodLine) -> String {
    row.book_product
        .clone()
        .unwrap_or_else(|| row.sku_name.clone())
}

/// The invoice line giving the seats billed at the end of the month: the latest one
/// covering its last day, else the latest one to end; issued before drafts at a tie.
fn seats_line<'a>(
    lines: &[&'a SubscriptionInvoiceLine],
    end: NaiveDate,
) -> Option<&'a SubscriptionInvoiceLine> {
    let covers = |l: &SubscriptionInvoiceLine| {
        date(&l.service_start).is_some_and(|s| s <= end)
            && date(&l.service_end).is_none_or(|e| e >= end)
    };
    let rank = |l: &SubscriptionInvoiceLine| {
        (
            covers(l),
            date(&l.service_end).unwrap_or(end),
            l.status == "issued",
            l.line_id,
        )
    };
    lines.iter().copied().max_by_key(|l| rank(l))
}

/// Reconciles the month ending `end` from its Microsoft lines and the invoice lines
/// overlapping it.
pub fn reconcile(
    rows: &[PcPeriodLine],
    billing: &[SubscriptionInvoiceLine],
    end: NaiveDate,
) -> Reconciliation {
    let mut r = Reconciliation::default();
    let mut by_subscription: BTreeMap<i64, Vec<&SubscriptionInvoiceLine>> = BTreeMap::new();
    for line in billing {
        if let Some(id) = line.subscription_id {
            by_subscription.entry(id).or_default().push(line);
        }
    }
    let seats = seats_at_end(rows);
    let mut leaks: BTreeMap<String, Leak> = BTreeMap::new();
    let mut charged: BTreeSet<&str> = BTreeSet::new();
    let mut seat_subscriptions: BTreeMap<&str, i64> = BTreeMap::new();
    for row in rows {
        r.lines += 1;
        let cost = decimal(&row.subtotal);
        add(&mut r.cost, &row.currency, cost);
        if let Some(recomputed) = row.microsoft_cost.as_deref().map(decimal) {
            if recomputed != cost {
                r.cost_disagreements += 1;
            }
        }
        charged.insert(&row.subscription_id);
        let billed = row
            .book_subscription
            .and_then(|id| by_subscription.get(&id))
            .map(|lines| lines.iter().any(|l| l.status == "issued"));
        match billed {
            Some(true) => r.lines_billed += 1,
            Some(false) => r.lines_to_bill += 1,
            None => {
                r.lines_leaking += 1;
                add(&mut r.leak_cost, &row.currency, cost);
                let (customer_id, customer) = customer_of(row);
                let leak = leaks
                    .entry(format!("{}|{}", row.subscription_id, row.currency))
                    .or_insert_with(|| Leak {
                        customer_id,
                        customer,
                        product: product_of(row),
                        pc_subscription_id: row.subscription_id.clone(),
                        in_book: row.book_subscription.is_some(),
                        seats: seats.get(&row.subscription_id).copied(),
                        cost: Decimal::ZERO,
                        currency: row.currency.clone(),
                        lines: 0,
                    });
                leak.cost += cost;
                leak.lines += 1;
            }
        }
        if let (Some(id), false) = (row.book_subscription, row.metered) {
            seat_subscriptions.insert(&row.subscription_id, id);
        }
    }
    r.leaks = leaks.into_values().collect();
    r.leaks.sort_by(|a, b| {
        (&a.customer, &a.product, &a.pc_subscription_id).cmp(&(
            &b.customer,
            &b.product,
            &b.pc_subscription_id,
        ))
    });
    // Without any Microsoft line the month was not imported: nothing can be missing.
    if r.lines > 0 {
        for line in billing {
            let pc = line.pc_subscription_id.as_deref().unwrap_or_default();
            if charged.contains(pc) {
                continue;
            }
            let net = minor(line.net_minor, &line.currency);
            add(&mut r.uncharged_net, &line.currency, net);
            r.uncharged.push(Uncharged {
                customer_id: line.customer_id,
                customer: line.customer_name.clone(),
                product: line.product_name.clone(),
                pc_subscription_id: pc.to_string(),
                invoice_id: line.invoice_id,
                number: line.number.clone(),
                quantity: decimal(&line.quantity),
                net,
                currency: line.currency.clone(),
            });
        }
    }
    for (pc, id) in seat_subscriptions {
        let (Some(&microsoft), Some(lines)) = (seats.get(pc), by_subscription.get(&id)) else {
            continue;
        };
        let Some(line) = seats_line(lines, end) else {
            continue;
        };
        let invoiced = decimal(&line.quantity);
        if invoiced.normalize() != microsoft.normalize() {
            r.seats.push(SeatGap {
                customer_id: line.customer_id,
                customer: line.customer_name.clone(),
                product: line.product_name.clone(),
                pc_subscription_id: pc.to_string(),
                microsoft,
                invoiced,
                invoice_id: line.invoice_id,
                number: line.number.clone(),
            });
        }
    }
    r.seats
        .sort_by(|a, b| (&a.customer, &a.product).cmp(&(&b.customer, &b.product)));
    r
}
