//! What a customer's next invoice should come to: the billing run's own computation for
//! the first month not yet billed, written nowhere. A courtesy reminder announces it.

use std::collections::{HashMap, HashSet};

use ardoise_domain::collections::NextInvoice;
use ardoise_domain::invoicing::{draft_customer_lines, totals, vat_treatment, Period};
use chrono::NaiveDate;

use super::billing::domestic_rate;
use crate::{Ardoise, Result};

impl Ardoise {
    /// For each customer named: the first month from `on`'s not yet billed to them, and
    /// its total at today's subscriptions and prices. A customer with nothing to bill
    /// then (no subscription left, or prices missing) is absent.
    pub(crate) fn expected_invoices(
        &self,
        customer_ids: &[i64],
        on: NaiveDate,
    ) -> Result<HashMap<i64, NextInvoice>> {
        let wanted: HashSet<i64> = customer_ids.iter().copied().collect();
        let mut out = HashMap::new();
        if wanted.is_empty() {
            return Ok(out);
        }
        let Some(this_month) = Period::month_of(on) else {
            return Ok(out);
        };
        let db = self.store.read();
        let partner = self.partner_or_placeholder();
        let rate = domestic_rate(&partner);
        let billed: HashSet<i64> = db
            .customers_billed_for(this_month.start())?
            .into_iter()
            .collect();
        let mut subscriptions = db.billable_subscriptions()?;
        for c in db.billing_customers()? {
            if !wanted.contains(&c.id) {
                continue;
            }
            let Some(subs) = subscriptions.remove(&c.id) else {
                continue;
            };
            let period = if billed.contains(&c.id) {
                match this_month.next_month() {
                    Some(p) => p,
                    None => continue,
                }
            } else {
                this_month
            };
            let treatment = vat_treatment(
                &partner.address.country,
                &c.country,
                c.vat_number.as_deref(),
                rate,
            );
            let (lines, _) =
                draft_customer_lines(&subs, period, c.currency, treatment.rate(), c.language);
            if lines.is_empty() {
                continue;
            }
            let gross = totals(&lines, c.currency).gross;
            out.insert(c.id, NextInvoice { period, gross });
        }
        Ok(out)
    }
}
