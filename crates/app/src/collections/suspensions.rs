//! Suspensions in Partner Center: what to suspend, what Microsoft keeps billing while a
//! subscription is suspended, marking it done, and reactivating once paid.

use std::collections::HashSet;

use ardoise_domain::catalog::price_in_force;
use ardoise_domain::money::Money;
use ardoise_domain::subscription::{SubscriptionStatus, Term};
use chrono::{Datelike, NaiveDate};
use rust_decimal::Decimal;
use serde_json::json;

use super::as_of_date;
use crate::transport_collections::{SuspensionState, SuspensionView};
use crate::{Ardoise, Audit, Permission, Result, Session};

/// Whole months from `from` to `to` (at least one when `to` is later).
fn months_between(from: NaiveDate, to: NaiveDate) -> i64 {
    if to <= from {
        return 0;
    }
    let m = (to.year() - from.year()) as i64 * 12 + to.month() as i64 - from.month() as i64;
    m.max(1)
}

impl Ardoise {
    pub(crate) fn suspension_views(&self, as_of: NaiveDate) -> Result<Vec<SuspensionView>> {
        let db = self.store.read();
        let open: HashSet<i64> = db
            .open_invoices(as_of)?
            .iter()
            .map(|o| o.invoice_id)
            .collect();
        let mut out = Vec::new();
        for s in db.open_suspensions()? {
            let sub = db.subscription(s.subscription_id)?;
            let customer = db.customer(s.customer_id)?;
            let product = db.product(sub.subscription.product_id)?;
            let paid = s.invoice_ids.iter().all(|id| !open.contains(id));
            let state = match (s.suspended_on, paid) {
                (None, _) => SuspensionState::ToSuspend,
                (Some(_), false) => SuspensionState::Suspended,
                (Some(_), true) => SuspensionState::ToReactivate,
            };
            if state == SuspensionState::ToSuspend && paid {
                // Paid before anyone suspended it: nothing to do in Partner Center.
                continue;
            }
            let t = &sub.subscription;
            // New-commerce annual and triennial terms keep being billed to the partner
            // until they end, suspended or not.
            let cost = match t.term {
                Term::Monthly => None,
                Term::Annual | Term::Triennial => {
                    let prices = db.prices(t.product_id)?;
                    price_in_force(&prices, customer.customer.currency, as_of).map(|p| {
                        let months = months_between(as_of, t.renewal_date);
                        Money::new(
                            p.partner_cost * Decimal::from(t.quantity) * Decimal::from(months),
                            customer.customer.currency,
                        )
                        .rounded()
                        .into()
                    })
                }
            };
            let numbers = s
                .invoice_ids
                .iter()
                .filter_map(|id| db.document(*id).ok()?.summary.number)
                .collect();
            out.push(SuspensionView {
                id: s.id,
                state,
                customer_id: s.customer_id,
                customer_name: customer.customer.legal_name.clone(),
                tenant_id: customer.customer.tenant_id.clone(),
                subscription_id: s.subscription_id,
                pc_subscription_id: t.pc_subscription_id.clone(),
                product_name: product.product.name.clone(),
                quantity: t.quantity as i64,
                term: t.term.code().to_string(),
                renewal_date: t.renewal_date.to_string(),
                cost_until_term_end: cost,
                invoices: numbers,
                proposed_on: s.proposed_on.to_string(),
                suspended_on: s.suspended_on.map(|d| d.to_string()),
            });
        }
        Ok(out)
    }

    /// Staff suspended the subscription in Partner Center: it shows as suspended.
    pub fn mark_suspended(&self, session: &Session, id: i64, on: &str) -> Result<()> {
        self.suspension_step(session, id, on, SubscriptionStatus::Suspended)
    }

    /// Staff reactivated it in Partner Center after payment.
    pub fn mark_reactivated(&self, session: &Session, id: i64, on: &str) -> Result<()> {
        self.suspension_step(session, id, on, SubscriptionStatus::Active)
    }

    fn suspension_step(
        &self,
        session: &Session,
        id: i64,
        on: &str,
        status: SubscriptionStatus,
    ) -> Result<()> {
        // A step of collections, kept by the billing administrator (Microsoft's role
        // covers suspending for non-payment), not an edit of the subscription's terms.
        session.require(Permission::ProduceStatements)?;
        let on = as_of_date(on)?;
        let record = self.store.read().suspension(id)?;
        let mut sub = self.store.read().subscription(record.subscription_id)?;
        sub.subscription.status = status;
        let now = self.clock.now();
        let action = match status {
            SubscriptionStatus::Suspended => "subscription.suspend",
            _ => "subscription.reactivate",
        };
        self.write(
            session,
            Audit {
                action,
                entity: "subscription",
                entity_id: Some(record.subscription_id),
                detail: json!({ "suspension": id, "on": on }),
            },
            |db| {
                match status {
                    SubscriptionStatus::Suspended => db.mark_suspended(id, on)?,
                    _ => db.mark_reactivated(id, on)?,
                }
                db.update_subscription(record.subscription_id, &sub.subscription, on, now)?;
                Ok(())
            },
        )
    }
}
