//! What a billing run re-bills of Microsoft's lines: a customer's usage of the month at
//! the partner's markup, and, when the partner bills them as Microsoft prorated them, the
//! month's changes of seats. Read inside the run's write transaction, so two runs never
//! both see a line as unbilled; the schema refuses a second link anyway.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::str::FromStr;

use ardoise_domain::invoicing::{
    prorated_lines, usage_lines, without_changes_in, BillableSubscription, Markups, Period,
    ProratedCharge, ProratedLicences, Rebilled, UsageCharge,
};
use ardoise_domain::words::tr;
use ardoise_domain::Lang;
use ardoise_store::{BillingCustomer, Db, StoreError};
use chrono::NaiveDate;
use rust_decimal::Decimal;

use crate::Result;

fn decimal(text: &str) -> Result<Decimal> {
    Decimal::from_str(text.trim())
        .or_else(|_| Decimal::from_scientific(text.trim()))
        .map_err(|_| StoreError::Corrupt(format!("decimal {text:?}")).into())
}

fn day(text: &str) -> Result<NaiveDate> {
    text.parse()
        .map_err(|_| StoreError::Corrupt(format!("date {text:?}")).into())
}

/// The partner's markups as the book keeps them.
pub(crate) fn markups(db: &Db<'_>) -> Result<Markups> {
    let settings = db.rebill_settings()?;
    let mut m = Markups {
        default: decimal(&settings.default_markup)?,
        ..Markups::default()
    };
    for row in db.rebill_markups()? {
        let rate = decimal(&row.rate)?;
        match row.customer_id {
            Some(c) => m.per_customer.insert((row.product_id, c), rate),
            None => m.per_product.insert(row.product_id, rate),
        };
    }
    Ok(m)
}

pub(crate) fn prorated_mode(db: &Db<'_>) -> Result<ProratedLicences> {
    let code = db.rebill_settings()?.prorated_licences;
    ProratedLicences::parse(&code)
        .ok_or_else(|| StoreError::Corrupt(format!("prorated licences {code:?}")).into())
}

/// A customer's Microsoft lines of the month, with the currency Microsoft billed them in.
#[derive(Default)]
struct CustomerLines {
    usage: Vec<(String, UsageCharge)>,
    prorated: Vec<(String, ProratedCharge)>,
}

pub(crate) struct RebillRun {
    markups: Markups,
    customers: HashMap<i64, CustomerLines>,
}

impl RebillRun {
    pub fn load(db: &Db<'_>, period: Period) -> Result<RebillRun> {
        let (from, to) = (period.start().to_string(), period.end().to_string());
        let tenants = db.customers_by_tenant()?;
        let subscriptions = db.subscriptions_by_pc_id()?;
        let products: HashMap<(String, String), i64> = db
            .products_by_ms_ids()?
            .into_iter()
            .map(|(k, p)| (k, p.id))
            .collect();
        let mut customers: HashMap<i64, CustomerLines> = HashMap::new();
        for row in db.unbilled_usage(&from, &to)? {
            let Some(&customer) = tenants.get(&row.customer_tenant) else {
                continue;
            };
            let sku = row
                .sku_id
                .as_deref()
                .unwrap_or("")
                .trim()
                .to_ascii_uppercase();
            let charge = UsageCharge {
                pc_line_id: row.id,
                subscription_id: subscriptions.get(&row.subscription_id).copied(),
                subscription: row.subscription_id,
                product_id: products.get(&(row.product_id, sku)).copied(),
                product_name: row.product_name,
                meter: row.meter,
                usage_date: day(&row.usage_date)?,
                quantity: decimal(&row.quantity)?,
                cost: decimal(&row.cost)?,
            };
            let lines = customers.entry(customer).or_default();
            lines.usage.push((row.currency, charge));
        }
        if prorated_mode(db)? == ProratedLicences::Microsoft {
            for row in db.unbilled_prorated(&from, &to)? {
                let (Some(&customer), Some(&subscription_id)) = (
                    tenants.get(&row.customer_tenant),
                    subscriptions.get(&row.subscription_id),
                ) else {
                    continue;
                };
                let charge = ProratedCharge {
                    pc_line_id: row.id,
                    subscription_id,
                    reference: row.reference,
                    quantity: decimal(&row.quantity)?,
                    unit_price: decimal(&row.unit_price)?,
                    effective_unit_price: decimal(&row.effective_unit_price)?,
                    from: day(&row.charge_start)?,
                    to: day(&row.charge_end)?,
                };
                let lines = customers.entry(customer).or_default();
                lines.prorated.push((row.currency, charge));
            }
        }
        Ok(RebillRun {
            markups: markups(db)?,
            customers,
        })
    }

    pub fn has_lines(&self, customer_id: i64) -> bool {
        self.customers.contains_key(&customer_id)
    }

    /// The customer's subscriptions as Ardoise drafts them: those whose changes of seats
    /// Microsoft's proration bills this month keep their seats of the month's start.
    pub fn own_share(
        &self,
        c: &BillingCustomer,
        subs: Vec<BillableSubscription>,
        period: Period,
    ) -> Vec<BillableSubscription> {
        let Some(lines) = self.customers.get(&c.id) else {
            return subs;
        };
        let changed: HashSet<i64> = lines
            .prorated
            .iter()
            .filter(|(currency, _)| *currency == c.currency.code())
            .map(|(_, p)| p.subscription_id)
            .collect();
        if changed.is_empty() {
            return subs;
        }
        subs.into_iter()
            .map(|s| {
                if changed.contains(&s.id) {
                    without_changes_in(&s, period)
                } else {
                    s
                }
            })
            .collect()
    }

    /// The customer's re-billed lines, in its currency; what cannot be billed is said in
    /// `problems`.
    pub fn lines_for(
        &mut self,
        c: &BillingCustomer,
        subs: &[BillableSubscription],
        vat_rate: Decimal,
        lang: Lang,
        problems: &mut Vec<String>,
    ) -> Vec<Rebilled> {
        let Some(lines) = self.customers.remove(&c.id) else {
            return Vec::new();
        };
        let currency = c.currency.code();
        let mut other: BTreeMap<String, usize> = BTreeMap::new();
        let mut usage = Vec::with_capacity(lines.usage.len());
        for (cur, charge) in lines.usage {
            if cur == currency {
                usage.push(charge);
            } else {
                *other.entry(cur).or_default() += 1;
            }
        }
        let mut prorated = Vec::with_capacity(lines.prorated.len());
        for (cur, charge) in lines.prorated {
            if cur == currency {
                prorated.push(charge);
            } else {
                *other.entry(cur).or_default() += 1;
            }
        }
        for (cur, count) in other {
            problems.push(tr!(
                lang,
                REBILL_OTHER_CURRENCY,
                customer = c.legal_name.as_str(),
                count = count,
                currency = cur.as_str(),
                customer_currency = currency
            ));
        }
        let mut out = usage_lines(
            &usage,
            &self.markups,
            c.id,
            c.currency,
            vat_rate,
            c.language,
        );
        let (seats, missing) = prorated_lines(&prorated, subs, c.currency, vat_rate, c.language);
        out.extend(seats);
        for m in missing {
            problems.push(tr!(
                lang,
                REBILL_PRORATED_NO_PRICE,
                customer = c.legal_name.as_str(),
                product = m.product.as_str()
            ));
        }
        out
    }
}

/// Links a new draft's re-billed lines (at `positions` among its lines) to the Microsoft
/// lines they bill.
pub(crate) fn link_rebilled(
    db: &Db<'_>,
    invoice_id: i64,
    links: &[(usize, Vec<i64>)],
) -> Result<()> {
    if links.is_empty() {
        return Ok(());
    }
    let ids = db.invoice_line_ids(invoice_id)?;
    for (position, pc_lines) in links {
        if let Some(line_id) = ids.get(*position) {
            db.link_rebilled(*line_id, pc_lines)?;
        }
    }
    Ok(())
}
