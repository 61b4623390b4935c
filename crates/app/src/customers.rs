//! Customers and their contacts.

use std::collections::HashMap;

use ardoise_domain::customer::{ContactForm, CustomerForm};
use ardoise_domain::customer_reference::CustomerProblem;
use ardoise_domain::money::Money;
use ardoise_domain::similar_names::{likeness, Likeness};
use ardoise_domain::subscription::SubscriptionStatus;
use ardoise_domain::{Invalid, Problem};
use ardoise_store::{CustomerRecord, Db};
use serde_json::json;

use crate::statements::customer_of_reference;
use crate::transport::{ContactView, CustomerRow, CustomerView, MoneyView};
use crate::transport_lists::SimilarCustomer;
use crate::{AppError, Ardoise, Audit, Permission, Result, Session};

impl Ardoise {
    /// Every customer with what it owes today and the part past due, in its own
    /// currency. Three grouped reads whatever the book's size: the customers, the
    /// balances (`Db::balances`, what statements say) and the aging report's rows, so
    /// the list, the statement and the aging report never disagree.
    pub fn customers(&self, session: &Session) -> Result<Vec<CustomerRow>> {
        session.require(Permission::ViewBook)?;
        let today = self.today();
        let (summaries, balances) = {
            let db = self.store.read();
            (db.customer_summaries()?, db.balances(today)?)
        };
        let owed: HashMap<(i64, &str), Money> = balances
            .iter()
            .map(|b| ((b.customer_id, b.balance.currency.code()), b.balance))
            .collect();
        let aging = self.aging_rows(today)?;
        let late: HashMap<(i64, &str), Money> = aging
            .iter()
            .map(|r| {
                let due = r.aging.total().amount - r.aging.not_due.amount;
                (
                    (r.customer_id, r.currency.code()),
                    Money::new(due, r.currency),
                )
            })
            .collect();
        let in_own = |map: &HashMap<(i64, &str), Money>, id: i64, currency: &str| {
            map.get(&(id, currency))
                .map(|m| MoneyView::from(*m))
                .unwrap_or_else(|| MoneyView {
                    amount: "0".into(),
                    currency: currency.to_string(),
                })
        };
        Ok(summaries
            .into_iter()
            .map(|s| CustomerRow {
                balance: in_own(&owed, s.id, &s.currency),
                overdue: in_own(&late, s.id, &s.currency),
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
            |db| {
                reference_free(db, None, customer.reference.as_deref())?;
                Ok(db.insert_customer(&customer, now)?)
            },
        )
    }

    /// The customers already in the book that `form` looks like: the same name once
    /// accents, case, punctuation and the legal form are set aside, or the same VAT
    /// number. The window shows them before creating, and creates on confirmation.
    pub fn similar_customers(
        &self,
        session: &Session,
        form: &CustomerForm,
    ) -> Result<Vec<SimilarCustomer>> {
        session.require(Permission::ViewBook)?;
        similar(&self.store.read(), form)
    }

    /// Creates the customer unless one like it is already in the book (see
    /// [`Ardoise::similar_customers`]), or when `allow_similar`: the check and the
    /// insertion are one transaction, so two scripts adding one company make one.
    pub fn create_customer_unless_similar(
        &self,
        session: &Session,
        form: &CustomerForm,
        allow_similar: bool,
    ) -> Result<i64> {
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
            |db| {
                if !allow_similar {
                    let found = similar(db, form)?;
                    if !found.is_empty() {
                        return Err(AppError::LikeExisting(
                            found
                                .into_iter()
                                .map(|c| (c.reference, c.legal_name))
                                .collect(),
                        ));
                    }
                }
                reference_free(db, None, customer.reference.as_deref())?;
                Ok(db.insert_customer(&customer, now)?)
            },
        )
    }

    pub fn update_customer(&self, session: &Session, id: i64, form: &CustomerForm) -> Result<()> {
        session.require(Permission::EditCustomers)?;
        let mut customer = form.validate()?;
        // Its own number however typed (« c-42 ») is the number, kept as Ardoise prints it.
        if customer
            .reference
            .as_deref()
            .and_then(customer_of_reference)
            == Some(id)
        {
            customer.reference = None;
        }
        let now = self.clock.now();
        self.write(
            session,
            Audit {
                action: "customer.update",
                entity: "customer",
                entity_id: Some(id),
                detail: json!(form),
            },
            |db| {
                reference_free(db, Some(id), customer.reference.as_deref())?;
                Ok(db.update_customer(id, &customer, now)?)
            },
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

/// The customers in `db` that `form` looks like, in the order they were created.
fn similar(db: &Db<'_>, form: &CustomerForm) -> Result<Vec<SimilarCustomer>> {
    let vat = Some(form.vat_number.as_str()).filter(|v| !v.trim().is_empty());
    Ok(db
        .customer_identities()?
        .into_iter()
        .filter_map(|c| {
            let how = likeness(
                &form.legal_name,
                vat,
                &c.legal_name,
                c.vat_number.as_deref(),
            )?;
            Some(SimilarCustomer {
                id: c.id,
                reference: c.reference,
                legal_name: c.legal_name,
                vat_number: c.vat_number,
                city: c.city,
                same_name: how != Likeness::VatNumber,
                same_vat_number: how != Likeness::Name,
            })
        })
        .collect())
}

/// Refuses, inside the write transaction, a reference another customer has, or one of
/// the form Ardoise numbers customers with (« C-00042 ») that is not this customer's
/// own: a customer created later would be given it.
fn reference_free(db: &Db<'_>, id: Option<i64>, reference: Option<&str>) -> Result<()> {
    let Some(reference) = reference else {
        return Ok(());
    };
    let refused =
        |p: CustomerProblem| -> AppError { Invalid::one("reference", Problem::Customer(p)).into() };
    if customer_of_reference(reference).is_some_and(|n| Some(n) != id) {
        return Err(refused(CustomerProblem::ReferenceReserved {
            reference: reference.to_string(),
        }));
    }
    match db.customer_with_reference(reference)? {
        Some((other, customer)) if Some(other) != id => {
            Err(refused(CustomerProblem::ReferenceTaken {
                reference: reference.to_string(),
                customer,
            }))
        }
        _ => Ok(()),
    }
}
