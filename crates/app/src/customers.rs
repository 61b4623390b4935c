//! Customers and their contacts.

use ardoise_domain::customer::{ContactForm, CustomerForm};
use ardoise_domain::money::Money;
use ardoise_domain::subscription::SubscriptionStatus;
use ardoise_store::CustomerRecord;
use serde_json::json;

use crate::transport::{ContactView, CustomerRow, CustomerView, MoneyView};
use crate::{Ardoise, Audit, Permission, Result, Session};

impl Ardoise {
    pub fn customers(&self, session: &Session) -> Result<Vec<CustomerRow>> {
        session.require(Permission::ViewBook)?;
        Ok(self
            .store
            .read()
            .customer_summaries()?
            .into_iter()
            .map(|s| CustomerRow {
                id: s.id,
                legal_name: s.legal_name,
                country: s.country,
                city: s.city,
                vat_number: s.vat_number,
                currency: s.currency,
                language: s.language,
                status: s.status,
                domain: s.domain,
                tenant_id: s.tenant_id,
                active_subscriptions: s.active_subscriptions,
                suspended_subscriptions: s.suspended_subscriptions,
                seats: s.seats,
            })
            .collect())
    }

    pub fn customer(&self, session: &Session, id: i64) -> Result<CustomerView> {
        session.require(Permission::ViewBook)?;
        let CustomerRecord {
            id,
            customer: c,
            contacts,
        } = self.store.read().customer(id)?;
        let priced = self.priced_subscriptions(Some(id))?;
        let mut total = Money::zero(c.currency);
        for (view, amount) in &priced {
            if view.status == SubscriptionStatus::Active {
                if let Some(m) = amount.filter(|m| m.currency == c.currency) {
                    total.amount += m.amount;
                }
            }
        }
        let subscriptions = priced.into_iter().map(|(v, _)| v).collect();
        Ok(CustomerView {
            id,
            form: c.to_form(),
            legal_name: c.legal_name,
            vat_number: c.vat_number,
            address_line1: c.address.line1,
            address_line2: c.address.line2,
            postal_code: c.address.postal_code,
            city: c.address.city,
            country: c.address.country,
            language: c.language,
            currency: c.currency.code().to_string(),
            payment_terms_days: c.payment_terms_days,
            tenant_id: c.tenant_id,
            domain: c.domain,
            support_plan: c.support_plan,
            status: c.status,
            notes: c.notes,
            contacts: contacts
                .into_iter()
                .map(|r| ContactView {
                    id: r.id,
                    role: r.contact.role,
                    name: r.contact.name,
                    email: r.contact.email,
                    phone: r.contact.phone,
                })
                .collect(),
            subscriptions,
            monthly_total: MoneyView::from(total),
        })
    }

    pub fn create_customer(&self, session: &Session, form: &CustomerForm) -> Result<i64> {
        session.require(Permission::EditCustomers)?;
        let customer = form.validate()?;
        let now = self.clock.now();
        self.write(
            session,
            Audit {
                action: "customer.create",
                entity: "customer",
                entity_id: None,
                detail: json!(form),
            },
            |db| Ok(db.insert_customer(&customer, now)?),
        )
    }

    pub fn update_customer(&self, session: &Session, id: i64, form: &CustomerForm) -> Result<()> {
        session.require(Permission::EditCustomers)?;
        let customer = form.validate()?;
        let now = self.clock.now();
        self.write(
            session,
            Audit {
                action: "customer.update",
                entity: "customer",
                entity_id: Some(id),
                detail: json!(form),
            },
            |db| Ok(db.update_customer(id, &customer, now)?),
        )
    }

    pub fn add_contact(
        &self,
        session: &Session,
        customer_id: i64,
        form: &ContactForm,
    ) -> Result<i64> {
        session.require(Permission::EditCustomers)?;
        let contact = form.validate()?;
        self.write(
            session,
            Audit {
                action: "contact.create",
                entity: "customer",
                entity_id: Some(customer_id),
                detail: json!(form),
            },
            |db| {
                db.customer(customer_id)?;
                Ok(db.insert_contact(customer_id, &contact)?)
            },
        )
    }

    pub fn update_contact(&self, session: &Session, id: i64, form: &ContactForm) -> Result<()> {
        session.require(Permission::EditCustomers)?;
        let contact = form.validate()?;
        let customer_id = self.store.read().contact_customer(id)?;
        self.write(
            session,
            Audit {
                action: "contact.update",
                entity: "customer",
                entity_id: Some(customer_id),
                detail: json!({ "contact_id": id, "form": form }),
            },
            |db| Ok(db.update_contact(id, &contact)?),
        )
    }

    pub fn delete_contact(&self, session: &Session, id: i64) -> Result<()> {
        session.require(Permission::EditCustomers)?;
        let customer_id = self.store.read().contact_customer(id)?;
        self.write(
            session,
            Audit {
                action: "contact.delete",
                entity: "customer",
                entity_id: Some(customer_id),
                detail: json!({ "contact_id": id }),
            },
            |db| Ok(db.delete_contact(id)?),
        )
    }
}
