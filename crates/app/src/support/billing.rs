//! Support in the monthly billing run: each customer's plan fee for the run's month, and
//! the billable time of earlier months beyond the included hours; and, for a request's
//! time log, where each entry was billed.
//!
//! Nothing is billed twice: a month's fee and a time entry are linked to the line that
//! bills them in the run's transaction, the schema refuses a second link, and the run
//! reads the links before drafting, so it never tries. A month's time is counted whole
//! each run (billed entries included): what a late entry adds is the difference between
//! the month's bill now and what its lines already billed.

use std::collections::hash_map::Entry;
use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};

use ardoise_domain::display;
use ardoise_domain::invoicing::{InvoiceLine, Period};
use ardoise_domain::support::billable::{
    billable_time, fee_line, hours_line, month_of, HoursBilled, TimeTerms, WorkedTime,
};
use ardoise_domain::support::PlanPrice;
use ardoise_domain::words::tr;
use ardoise_domain::Lang;
use ardoise_store::{BillingCustomer, BillingTimeEntry, CustomerPlan, Db};
use chrono::{DateTime, NaiveDate, Utc};

use crate::transport_support_billing::TimeEntryBilledView;
use crate::{Ardoise, Permission, Result, Session};

/// What a support line bills, written beside it once the draft exists.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum SupportLink {
    /// The fee of a month ("2026-03").
    Fee(String),
    /// Time entries and the minutes each was billed for.
    Time(Vec<(i64, u64)>),
}

/// A line of the run's draft and what it bills.
pub(crate) struct SupportLine {
    pub line: InvoiceLine,
    pub link: SupportLink,
}

fn midnight(d: NaiveDate) -> DateTime<Utc> {
    d.and_hms_opt(0, 0, 0).unwrap_or_default().and_utc()
}

/// What the run reads once for all customers.
pub(crate) struct SupportRun {
    period: Period,
    plans: HashMap<NaiveDate, HashMap<i64, CustomerPlan>>,
    prices: HashMap<i64, Vec<PlanPrice>>,
    fees_billed: HashSet<i64>,
    /// Per customer, the months whose fee a line holds.
    fee_months: HashMap<i64, BTreeSet<String>>,
    /// Per customer, the earlier months with billable time no line holds, each with all
    /// its billable time (billed or not).
    months: HashMap<i64, Vec<(Period, Vec<BillingTimeEntry>)>>,
}

impl SupportRun {
    pub fn load(db: &Db<'_>, period: Period) -> Result<SupportRun> {
        // A day's margin: the months are the customers' own, in their plans' zones.
        let before = midnight(period.start()) + chrono::Duration::days(1);
        let mut by_month: HashMap<(i64, NaiveDate), Vec<BillingTimeEntry>> = HashMap::new();
        for e in db.billable_support_time(before)? {
            let Some(m) = month_of(e.started_at, &e.time_zone) else {
                continue;
            };
            if m.start() < period.start() {
                by_month
                    .entry((e.customer_id, m.start()))
                    .or_default()
                    .push(e);
            }
        }
        // Only the months with time no line holds yet have something to bill.
        let mut months: HashMap<i64, Vec<(Period, Vec<BillingTimeEntry>)>> = HashMap::new();
        for ((customer, start), entries) in by_month {
            if entries.iter().any(|e| e.billed_minutes.is_none()) {
                if let Some(m) = Period::month_of(start) {
                    months.entry(customer).or_default().push((m, entries));
                }
            }
        }
        let mut plans = HashMap::new();
        plans.insert(period.start(), db.customer_plans_on(period.start())?);
        Ok(SupportRun {
            period,
            plans,
            prices: db
                .support_plans_all()?
                .into_iter()
                .map(|r| (r.plan.id, r.plan.prices))
                .collect(),
            fees_billed: db.support_fees_billed(&period.to_string())?,
            fee_months: db.support_fee_months()?,
            months,
        })
    }

    /// Whether the customer has support to bill in this run.
    pub fn has_support(&self, customer_id: i64) -> bool {
        self.months.contains_key(&customer_id)
            || (!self.fees_billed.contains(&customer_id)
                && self
                    .plans
                    .get(&self.period.start())
                    .and_then(|p| p.get(&customer_id))
                    .is_some_and(|p| !p.no_support))
    }

    fn plan_on(
        &mut self,
        db: &Db<'_>,
        customer_id: i64,
        on: NaiveDate,
    ) -> Result<Option<CustomerPlan>> {
        let plans = match self.plans.entry(on) {
            Entry::Occupied(e) => e.into_mut(),
            Entry::Vacant(e) => e.insert(db.customer_plans_on(on)?),
        };
        Ok(plans.get(&customer_id).cloned())
    }

    fn price(&self, plan: &CustomerPlan, c: &BillingCustomer, on: NaiveDate) -> Option<&PlanPrice> {
        self.prices
            .get(&plan.plan_id)?
            .iter()
            .filter(|p| p.currency == c.currency && p.effective_from <= on)
            .max_by_key(|p| p.effective_from)
    }

    fn no_price(plan: &CustomerPlan, c: &BillingCustomer, on: NaiveDate, lang: Lang) -> String {
        tr!(
            lang,
            SUPPORT_BILLING_NO_PRICE,
            currency = c.currency.to_string(),
            on = display::date(on, lang),
            plan = plan.name.as_str(),
            customer = c.legal_name.as_str()
        )
    }

    /// The months before the run's whose fee no line holds, since the customer's first
    /// billed fee: the runs skipped since then. Before that first fee the partner billed
    /// its support some other way (a book starts some day), so nothing is caught up.
    fn missed_months(&self, customer_id: i64) -> Vec<Period> {
        let Some(billed) = self.fee_months.get(&customer_id) else {
            return Vec::new();
        };
        let Some(mut month) = billed
            .iter()
            .next()
            .and_then(|m| Period::parse(m).ok())
            .and_then(|m| m.end().succ_opt())
            .and_then(Period::month_of)
        else {
            return Vec::new();
        };
        let mut missed = Vec::new();
        while month.start() < self.period.start() {
            if !billed.contains(&month.to_string()) {
                missed.push(month);
            }
            match month.end().succ_opt().and_then(Period::month_of) {
                Some(next) => month = next,
                None => break,
            }
        }
        missed
    }

    /// The fee line of `month` for the customer, if its plan then had one.
    fn fee_for(
        &mut self,
        db: &Db<'_>,
        c: &BillingCustomer,
        month: Period,
        vat_rate: rust_decimal::Decimal,
        lang: Lang,
        problems: &mut Vec<String>,
    ) -> Result<Option<SupportLine>> {
        let first = month.start();
        let Some(plan) = self.plan_on(db, c.id, first)?.filter(|p| !p.no_support) else {
            return Ok(None);
        };
        Ok(match self.price(&plan, c, first) {
            None => {
                problems.push(Self::no_price(&plan, c, first, lang));
                None
            }
            Some(price) if price.monthly_fee.is_zero() => None,
            Some(price) => Some(SupportLine {
                line: fee_line(&plan.name, month, price.monthly_fee, vat_rate, c.language),
                link: SupportLink::Fee(month.to_string()),
            }),
        })
    }

    /// The customer's support lines for this run, in its language at `vat_rate`;
    /// problems are worded in `lang` (the person running it). The fees of months whose
    /// run was skipped come first, each on its own line: a partner who skips a run
    /// expects the next to bill what was missed, and the book bills a month's fee once.
    pub fn lines_for(
        &mut self,
        db: &Db<'_>,
        c: &BillingCustomer,
        vat_rate: rust_decimal::Decimal,
        lang: Lang,
        problems: &mut Vec<String>,
    ) -> Result<Vec<SupportLine>> {
        let mut out = Vec::new();
        let mut fees = self.missed_months(c.id);
        if !self.fees_billed.contains(&c.id) {
            fees.push(self.period);
        }
        for month in fees {
            if let Some(line) = self.fee_for(db, c, month, vat_rate, lang, problems)? {
                out.push(line);
            }
        }
        let mut months = self.months.remove(&c.id).unwrap_or_default();
        months.sort_by_key(|(m, _)| m.start());
        for month in &months {
            if let Some(line) = self.hours_for(db, c, month, vat_rate, lang, problems)? {
                out.push(line);
            }
        }
        Ok(out)
    }

    /// The line of a month's time beyond the included hours not billed yet, if any;
    /// `month` comes with all its billable time, billed or not.
    fn hours_for(
        &mut self,
        db: &Db<'_>,
        c: &BillingCustomer,
        (month, entries): &(Period, Vec<BillingTimeEntry>),
        vat_rate: rust_decimal::Decimal,
        lang: Lang,
        problems: &mut Vec<String>,
    ) -> Result<Option<SupportLine>> {
        let month = *month;
        // The plan and price of the month's first day count for the whole month, as its
        // fee did: a plan changed mid-month applies from the next.
        let Some(plan) = self.plan_on(db, c.id, month.start())? else {
            return Ok(None);
        };
        if plan.no_support {
            return Ok(None);
        }
        let Some(price) = self.price(&plan, c, month.start()).cloned() else {
            problems.push(Self::no_price(&plan, c, month.start(), lang));
            return Ok(None);
        };
        let terms = TimeTerms::from(&price);
        let worked: Vec<WorkedTime> = entries
            .iter()
            .map(|e| WorkedTime {
                id: e.id,
                started_at: e.started_at,
                minutes: e.minutes,
                billable: e.billable,
            })
            .collect();
        let month_bill = billable_time(&worked, terms);
        let already: u64 = entries.iter().filter_map(|e| e.billed_minutes).sum();
        let to_bill = month_bill.billed_minutes.saturating_sub(already);
        if to_bill == 0 {
            return Ok(None);
        }
        let unlinked: BTreeMap<i64, &BillingTimeEntry> = entries
            .iter()
            .filter(|e| e.billed_minutes.is_none() && e.billable)
            .map(|e| (e.id, e))
            .collect();
        // The new minutes go to the entries not billed yet, as the month counted them,
        // latest first (the time past the included hours is the month's last); what a
        // late entry changed in the month's rounding falls on the latest.
        let counted: Vec<_> = month_bill
            .entries
            .iter()
            .filter(|e| unlinked.contains_key(&e.id))
            .collect();
        let mut left = to_bill;
        let mut shares: Vec<(i64, u64)> = counted
            .iter()
            .rev()
            .map(|e| {
                let share = left.min(e.billed_minutes);
                left -= share;
                (e.id, share)
            })
            .collect();
        if let Some(latest) = shares.first_mut() {
            latest.1 += left;
        }
        shares.reverse();
        if shares.is_empty() {
            // Only a price or plan changed since the month was billed: what was billed
            // stands, and nothing new was worked to carry a line.
            return Ok(None);
        }
        let mut requests: Vec<String> = Vec::new();
        // The requests the time beyond the included hours was spent on.
        for (id, _) in shares.iter().filter(|(_, share)| *share > 0) {
            let number = &unlinked[id].request_number;
            if !requests.contains(number) {
                requests.push(number.clone());
            }
        }
        requests.sort();
        let hours = HoursBilled {
            month,
            billed_minutes: to_bill,
            terms,
            requests: &requests,
        };
        Ok(Some(SupportLine {
            line: hours_line(&hours, price.hourly_rate, vat_rate, c.language),
            link: SupportLink::Time(shares),
        }))
    }
}

/// Links a new draft's support lines (its last `links.len()` lines) to what they bill.
pub(crate) fn link_lines(
    db: &Db<'_>,
    invoice_id: i64,
    customer_id: i64,
    links: &[SupportLink],
) -> Result<()> {
    let ids = db.invoice_line_ids(invoice_id)?;
    let first = ids.len().saturating_sub(links.len());
    for (line_id, link) in ids[first..].iter().zip(links) {
        match link {
            SupportLink::Fee(month) => db.link_support_fee(customer_id, month, *line_id)?,
            SupportLink::Time(entries) => db.link_support_time(*line_id, entries)?,
        }
    }
    Ok(())
}

impl Ardoise {
    /// Where each of a request's time entries was billed: "billed on F2026-00042
    /// (credited by credit note AV2026-00003)". A credit note frees nothing, so it is
    /// said beside the invoice, never in its place.
    pub fn support_time_billed(
        &self,
        session: &Session,
        request_id: i64,
        lang: Lang,
    ) -> Result<Vec<TimeEntryBilledView>> {
        session.require(Permission::ViewBook)?;
        let rows = self.store.read().request_time_billed(request_id)?;
        Ok(rows
            .into_iter()
            .map(|r| {
                let billed = match (&r.invoice_number, r.period_start) {
                    (Some(number), _) => {
                        tr!(lang, SUPPORT_BILLING_BILLED_ON, invoice = number.as_str())
                    }
                    (None, start) => tr!(
                        lang,
                        SUPPORT_BILLING_BILLED_ON_DRAFT,
                        month = start
                            .and_then(Period::month_of)
                            .map(|p| p.label(lang))
                            .unwrap_or_default()
                    ),
                };
                let text = if r.credit_notes.is_empty() {
                    billed
                } else {
                    let credited = tr!(
                        lang,
                        SUPPORT_BILLING_CREDITED_BY,
                        count = r.credit_notes.len(),
                        credit_notes = r.credit_notes.join(", ")
                    );
                    tr!(
                        lang,
                        SUPPORT_BILLING_BILLED_AND_CREDITED,
                        billed = billed,
                        credited = credited
                    )
                };
                TimeEntryBilledView {
                    time_entry_id: r.time_entry_id,
                    invoice_id: r.invoice_id,
                    invoice_number: r.invoice_number,
                    billed_minutes: i64::try_from(r.billed_minutes).unwrap_or(i64::MAX),
                    credit_notes: r.credit_notes,
                    text,
                }
            })
            .collect())
    }
}
