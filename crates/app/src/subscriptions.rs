//! Subscriptions: what each customer holds, and the history of its seat counts.

use ardoise_domain::catalog::parse_date;
use ardoise_domain::catalog::price_in_force;
use ardoise_domain::money::Money;
use ardoise_domain::subscription::SubscriptionForm;
use ardoise_domain::Invalid;
use serde_json::json;

use crate::transport::{MoneyView, SubscriptionView};
use crate::{Ardoise, Audit, Permission, Result, Session};

impl Ardoise {
    pub fn subscriptions(
        &self,
        session: &Session,
        customer_id: Option<i64>,
    ) -> Result<Vec<SubscriptionView>> {
        session.require(Permission::ViewBook)?;
        Ok(self
            .priced_subscriptions(customer_id)?
            .into_iter()
            .map(|(v, _)| v)
            .collect())
    }

    /// Subscriptions with one month's amount at today's price in the customer's currency.
    pub(crate) fn priced_subscriptions(
        &self,
        customer_id: Option<i64>,
    ) -> Result<Vec<(SubscriptionView, Option<Money>)>> {
        let db = self.store.read();
        let today = self.today();
        let mut prices = std::collections::HashMap::new();
        let mut out = Vec::new();
        for s in db.subscription_summaries(customer_id)? {
            let sub = &s.subscription;
            if let std::collections::hash_map::Entry::Vacant(e) = prices.entry(sub.product_id) {
                e.insert(db.prices(sub.product_id)?);
            }
            let unit = prices
                .get(&sub.product_id)
                .and_then(|p| price_in_force(p, s.customer_currency, today))
                .map(|p| Money::new(p.resale_price, s.customer_currency));
            let monthly = unit.map(|u| {
                Money::line(
                    rust_decimal::Decimal::from(sub.quantity),
                    u.amount,
                    u.currency,
                )
            });
            out.push((
                SubscriptionView {
                    id: s.id,
                    customer_id: s.customer_id,
                    customer_name: s.customer_name,
                    product_id: sub.product_id,
                    product_name: s.product_name,
                    ms_product_id: s.ms_product_id,
                    quantity: sub.quantity,
                    term: sub.term,
                    billing_frequency: sub.billing_frequency,
                    start_date: sub.start_date.to_string(),
                    renewal_date: sub.renewal_date.to_string(),
                    auto_renew: sub.auto_renew,
                    status: sub.status,
                    pc_subscription_id: sub.pc_subscription_id.clone(),
                    unit_price: unit.map(MoneyView::from),
                    monthly_amount: monthly.map(MoneyView::from),
                },
                monthly,
            ));
        }
        Ok(out)
    }

    pub fn subscription_form(&self, session: &Session, id: i64) -> Result<SubscriptionForm> {
        session.require(Permission::ViewBook)?;
        Ok(self.store.read().subscription(id)?.subscription.to_form())
    }

    pub fn add_subscription(
        &self,
        session: &Session,
        customer_id: i64,
        form: &SubscriptionForm,
    ) -> Result<i64> {
        session.require(Permission::EditSubscriptions)?;
        let sub = form.validate()?;
        let now = self.clock.now();
        self.write(
            session,
            Audit {
                action: "subscription.create",
                entity: "subscription",
                entity_id: None,
                detail: json!({ "customer_id": customer_id, "form": form }),
            },
            |db| {
                db.customer(customer_id)?;
                db.product(sub.product_id)?;
                Ok(db.insert_subscription(customer_id, &sub, now)?)
            },
        )
    }

    /// Updates a subscription. A change of seat count is recorded as effective `today`
    /// unless `quantity_effective` (YYYY-MM-DD, as typed) says otherwise, for proration.
    pub fn update_subscription(
        &self,
        session: &Session,
        id: i64,
        form: &SubscriptionForm,
        quantity_effective: Option<&str>,
    ) -> Result<()> {
        session.require(Permission::EditSubscriptions)?;
        let effective = match quantity_effective.map(str::trim) {
            None | Some("") => None,
            Some(typed) => {
                Some(parse_date(typed).map_err(|p| Invalid::one("quantity_effective", p))?)
            }
        };
        let sub = form.validate()?;
        let now = self.clock.now();
        let effective = effective.unwrap_or(self.today());
        self.write(
            session,
            Audit {
                action: "subscription.update",
                entity: "subscription",
                entity_id: Some(id),
                detail: json!({ "form": form, "quantity_effective": effective.to_string() }),
            },
            |db| {
                db.product(sub.product_id)?;
                Ok(db.update_subscription(id, &sub, effective, now)?)
            },
        )
    }
}
