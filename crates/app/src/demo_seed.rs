//! Seeding a book with the demo: the customers, then months of history lived through the
//! real use cases, in one transaction.

use std::sync::Arc;

use ardoise_domain::catalog::{PriceForm, ProductForm};
use rand::SeedableRng;
use rand_chacha::ChaCha8Rng;
use serde_json::json;

use crate::clock::{Clock, ManualClock};
use crate::demo::{demo_customer, partner_form, price_forms, subscription, DemoOptions, PRODUCTS};
use crate::demo_staff::demo_accounts;
use crate::transport::DemoSummary;
use crate::{AppError, Ardoise, Audit, Permission, Result, Session};

impl Ardoise {
    /// Fills an empty book with demo data, in one transaction: the customers, then the
    /// months of history lived through the real use cases, or nothing at all. Refused
    /// on a book that holds customers. The book is marked as a demo, so its date may be
    /// moved (`ARDOISE_TODAY`).
    pub fn seed_demo(&mut self, session: &Session, options: DemoOptions) -> Result<DemoSummary> {
        session.require(Permission::ManageBook)?;
        let given = self.given_clock.clone();
        // The given clock's date (which ARDOISE_TODAY may have set) at the real time.
        let start = given.today().and_time(given.now().time()).and_utc();
        let days = Arc::new(ManualClock::at(start));
        self.clock = days.clone();
        let outcome = self.seed_demo_in(&days, session, options);
        self.clock = crate::clock::for_book(given, self.is_demo().unwrap_or(false));
        outcome
    }

    fn seed_demo_in(
        &self,
        days: &ManualClock,
        session: &Session,
        options: DemoOptions,
    ) -> Result<DemoSummary> {
        let today = days.today();
        let now = days.now();
        let mut rng = ChaCha8Rng::seed_from_u64(options.seed);
        let partner = partner_form().validate()?;
        let products: Vec<_> = PRODUCTS
            .iter()
            .map(|&(pid, sku, name, unit, cost, markup)| {
                let product = ProductForm {
                    ms_product_id: pid.into(),
                    ms_sku_id: sku.into(),
                    name: name.into(),
                    unit: unit.into(),
                }
                .validate()?;
                let prices = price_forms(cost, markup, today)
                    .iter()
                    .map(PriceForm::validate)
                    .collect::<std::result::Result<Vec<_>, _>>()?;
                Ok((product, prices))
            })
            .collect::<Result<_>>()?;
        self.write(
            session,
            Audit {
                action: "book.demo",
                entity: "book",
                entity_id: None,
                detail: json!({ "customers": options.customers, "seed": options.seed }),
            },
            |db| {
                if db.count_customers()? > 0 {
                    return Err(AppError::BookNotEmpty);
                }
                db.set_setting(crate::clock::BOOK_KIND_KEY, "demo")?;
                let staff = demo_accounts(db, session, &now.to_rfc3339())?;
                db.save_partner(&partner)?;
                db.set_letter_signatory("Claire Martin", "Responsable administrative")?;
                let mut product_ids = Vec::new();
                for (product, prices) in &products {
                    let id = db.insert_product(product)?;
                    for p in prices {
                        db.insert_price(id, p)?;
                    }
                    product_ids.push(id);
                }
                let mut subscriptions = 0;
                for index in 0..options.customers {
                    let mut demo = demo_customer(&mut rng, index, &product_ids, today);
                    if let Some(n) = options.subscriptions_per_customer {
                        demo.subscriptions = (0..n)
                            .map(|k| {
                                let product = product_ids[k % product_ids.len()];
                                subscription(&mut rng, product, 5 + k as u32, today, None)
                            })
                            .collect();
                    }
                    let id = db.insert_customer(&demo.form.validate()?, now)?;
                    for c in &demo.contacts {
                        db.insert_contact(id, &c.validate()?)?;
                    }
                    for s in &demo.subscriptions {
                        db.insert_subscription(id, &s.validate()?, now)?;
                        subscriptions += 1;
                    }
                }
                if options.history_months > 0 {
                    self.replay_history(days, &staff, today, options.history_months, options.seed)?;
                    days.set_instant(now);
                }
                Ok(DemoSummary {
                    customers: options.customers as i64,
                    products: product_ids.len() as i64,
                    subscriptions,
                })
            },
        )
    }
}

impl crate::AuditId for DemoSummary {
    fn audit_id(&self) -> Option<i64> {
        None
    }
}
