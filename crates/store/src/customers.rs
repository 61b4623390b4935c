use ardoise_domain::customer::{Address, Contact, ContactRole, Customer, CustomerStatus};
use ardoise_domain::Lang;
use chrono::{DateTime, Utc};
use rusqlite::{params, OptionalExtension, Row};

use crate::rows::{currency, parsed};
use crate::{unique, Db, Result, StoreError};

#[derive(Debug, Clone)]
pub struct CustomerRecord {
    pub id: i64,
    pub customer: Customer,
    pub contacts: Vec<ContactRecord>,
}

#[derive(Debug, Clone)]
pub struct ContactRecord {
    pub id: i64,
    pub contact: Contact,
}

/// One line of the customer list.
#[derive(Debug, Clone)]
pub struct CustomerSummary {
    pub id: i64,
    pub legal_name: String,
    pub country: String,
    pub city: String,
    pub vat_number: Option<String>,
    pub currency: String,
    pub language: Lang,
    pub status: CustomerStatus,
    pub domain: Option<String>,
    pub tenant_id: Option<String>,
    pub active_subscriptions: i64,
    /// Suspended in Partner Center for non-payment: the customer's access is cut.
    pub suspended_subscriptions: i64,
    pub seats: i64,
}

/// Who a customer is, without the rest: for telling customers apart by name.
#[derive(Debug, Clone)]
pub struct CustomerIdentity {
    pub id: i64,
    pub legal_name: String,
    pub vat_number: Option<String>,
    pub city: String,
    /// What the customer quotes on its transfers (« C-00042 » unless given another).
    pub reference: String,
}

const CUSTOMER_COLUMNS: &str = "legal_name, vat_number, country, address_line1, address_line2, \
     postal_code, city, language, currency, payment_terms_days, tenant_id, domain, \
     support_plan, status, notes, reference";

fn customer_from_row(r: &Row<'_>) -> rusqlite::Result<Customer> {
    Ok(Customer {
        legal_name: r.get(0)?,
        vat_number: r.get(1)?,
        address: Address {
            country: r.get(2)?,
            line1: r.get(3)?,
            line2: r.get(4)?,
            postal_code: r.get(5)?,
            city: r.get(6)?,
        },
        language: parsed(r, 7, "language", Lang::parse)?,
        currency: currency(r, 8)?,
        payment_terms_days: r.get(9)?,
        tenant_id: r.get(10)?,
        domain: r.get(11)?,
        support_plan: r.get(12)?,
        status: parsed(r, 13, "customer status", CustomerStatus::parse)?,
        notes: r.get(14)?,
        reference: r.get(15)?,
    })
}

fn contact_from_row(r: &Row<'_>) -> rusqlite::Result<ContactRecord> {
    Ok(ContactRecord {
        id: r.get(0)?,
        contact: Contact {
            role: parsed(r, 1, "contact role", ContactRole::parse)?,
            name: r.get(2)?,
            email: r.get(3)?,
            phone: r.get(4)?,
        },
    })
}

/// A key another customer has: its reference, else its tenant id (the two unique keys).
fn unique_key(e: rusqlite::Error) -> StoreError {
    let on_reference =
        matches!(&e, rusqlite::Error::SqliteFailure(_, Some(m)) if m.contains("reference"));
    unique(if on_reference {
        "reference"
    } else {
        "tenant_id"
    })(e)
}

impl Db<'_> {
    pub fn insert_customer(&self, c: &Customer, now: DateTime<Utc>) -> Result<i64> {
        self.conn
            .execute(
                &format!(
                    "INSERT INTO customers ({CUSTOMER_COLUMNS}, created_at, updated_at)
                     VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?17)"
                ),
                params![
                    c.legal_name,
                    c.vat_number,
                    c.address.country,
                    c.address.line1,
                    c.address.line2,
                    c.address.postal_code,
                    c.address.city,
                    c.language.code(),
                    c.currency.code(),
                    c.payment_terms_days,
                    c.tenant_id,
                    c.domain,
                    c.support_plan,
                    c.status.code(),
                    c.notes,
                    c.reference,
                    now.to_rfc3339(),
                ],
            )
            .map_err(unique_key)?;
        Ok(self.conn.last_insert_rowid())
    }

    pub fn update_customer(&self, id: i64, c: &Customer, now: DateTime<Utc>) -> Result<()> {
        let n = self
            .conn
            .execute(
                "UPDATE customers SET legal_name = ?2, vat_number = ?3, country = ?4,
                    address_line1 = ?5, address_line2 = ?6, postal_code = ?7, city = ?8,
                    language = ?9, currency = ?10, payment_terms_days = ?11, tenant_id = ?12,
                    domain = ?13, support_plan = ?14, status = ?15, notes = ?16, updated_at = ?17,
                    reference = COALESCE(?18, printf('C-%05d', id))
                 WHERE id = ?1",
                params![
                    id,
                    c.legal_name,
                    c.vat_number,
                    c.address.country,
                    c.address.line1,
                    c.address.line2,
                    c.address.postal_code,
                    c.address.city,
                    c.language.code(),
                    c.currency.code(),
                    c.payment_terms_days,
                    c.tenant_id,
                    c.domain,
                    c.support_plan,
                    c.status.code(),
                    c.notes,
                    now.to_rfc3339(),
                    c.reference,
                ],
            )
            .map_err(unique_key)?;
        if n == 0 {
            return Err(StoreError::NotFound("customer"));
        }
        Ok(())
    }

    pub fn customer(&self, id: i64) -> Result<CustomerRecord> {
        let customer = self
            .conn
            .query_row(
                &format!("SELECT {CUSTOMER_COLUMNS} FROM customers WHERE id = ?1"),
                [id],
                customer_from_row,
            )
            .optional()?
            .ok_or(StoreError::NotFound("customer"))?;
        let mut stmt = self.conn.prepare(
            "SELECT id, role, name, email, phone FROM contacts WHERE customer_id = ?1 ORDER BY id",
        )?;
        let contacts = stmt
            .query_map([id], contact_from_row)?
            .collect::<rusqlite::Result<_>>()?;
        Ok(CustomerRecord {
            id,
            customer,
            contacts,
        })
    }

    /// The customer who has this reference (case aside, as the book's index compares
    /// them): its id and name.
    pub fn customer_with_reference(&self, reference: &str) -> Result<Option<(i64, String)>> {
        Ok(self
            .conn
            .query_row(
                "SELECT id, legal_name FROM customers WHERE reference = ?1 COLLATE NOCASE",
                [reference.trim()],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .optional()?)
    }

    /// Finds a customer by id, tenant id or reference: keys that name one customer at most. Names
    /// are matched above the store, where several customers of one name are told apart.
    pub fn find_customer(&self, key: &str) -> Result<Option<i64>> {
        if let Ok(id) = key.trim().parse::<i64>() {
            let found: Option<i64> = self
                .conn
                .query_row("SELECT id FROM customers WHERE id = ?1", [id], |r| r.get(0))
                .optional()?;
            if found.is_some() {
                return Ok(found);
            }
        }
        let by_tenant = self
            .conn
            .query_row(
                "SELECT id FROM customers WHERE tenant_id = lower(?1) ORDER BY id LIMIT 1",
                [key.trim()],
                |r| r.get(0),
            )
            .optional()?;
        match by_tenant {
            Some(id) => Ok(Some(id)),
            None => Ok(self.customer_with_reference(key)?.map(|(id, _)| id)),
        }
    }

    /// Every customer's name, VAT number and city, by id: what a name typed on a command
    /// line or a new customer is compared with.
    pub fn customer_identities(&self) -> Result<Vec<CustomerIdentity>> {
        let mut stmt = self.conn.prepare(
            "SELECT id, legal_name, vat_number, city, reference FROM customers ORDER BY id",
        )?;
        let rows = stmt.query_map([], |r| {
            Ok(CustomerIdentity {
                id: r.get(0)?,
                legal_name: r.get(1)?,
                vat_number: r.get(2)?,
                city: r.get(3)?,
                reference: r.get(4)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    pub fn customer_summaries(&self) -> Result<Vec<CustomerSummary>> {
        let mut stmt = self.conn.prepare(
            "SELECT c.id, c.legal_name, c.country, c.city, c.vat_number, c.currency, c.language,
                    c.status, c.domain, c.tenant_id,
                    COUNT(s.id) FILTER (WHERE s.status = 'active'),
                    COALESCE(SUM(s.quantity) FILTER (WHERE s.status = 'active'), 0),
                    COUNT(s.id) FILTER (WHERE s.status = 'suspended')
             FROM customers c LEFT JOIN subscriptions s ON s.customer_id = c.id
             GROUP BY c.id
             ORDER BY c.legal_name COLLATE NOCASE, c.id",
        )?;
        let rows = stmt.query_map([], |r| {
            Ok(CustomerSummary {
                id: r.get(0)?,
                legal_name: r.get(1)?,
                country: r.get(2)?,
                city: r.get(3)?,
                vat_number: r.get(4)?,
                currency: r.get(5)?,
                language: parsed(r, 6, "language", Lang::parse)?,
                status: parsed(r, 7, "customer status", CustomerStatus::parse)?,
                domain: r.get(8)?,
                tenant_id: r.get(9)?,
                active_subscriptions: r.get(10)?,
                seats: r.get(11)?,
                suspended_subscriptions: r.get(12)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    pub fn count_customers(&self) -> Result<i64> {
        Ok(self
            .conn
            .query_row("SELECT COUNT(*) FROM customers", [], |r| r.get(0))?)
    }

    pub fn insert_contact(&self, customer_id: i64, c: &Contact) -> Result<i64> {
        self.conn.execute(
            "INSERT INTO contacts (customer_id, role, name, email, phone) VALUES (?1, ?2, ?3, ?4, ?5)",
            params![customer_id, c.role.code(), c.name, c.email, c.phone],
        )?;
        Ok(self.conn.last_insert_rowid())
    }

    pub fn update_contact(&self, id: i64, c: &Contact) -> Result<()> {
        let n = self.conn.execute(
            "UPDATE contacts SET role = ?2, name = ?3, email = ?4, phone = ?5 WHERE id = ?1",
            params![id, c.role.code(), c.name, c.email, c.phone],
        )?;
        if n == 0 {
            return Err(StoreError::NotFound("contact"));
        }
        Ok(())
    }

    pub fn delete_contact(&self, id: i64) -> Result<()> {
        let n = self
            .conn
            .execute("DELETE FROM contacts WHERE id = ?1", [id])?;
        if n == 0 {
            return Err(StoreError::NotFound("contact"));
        }
        Ok(())
    }

    pub fn contact_customer(&self, contact_id: i64) -> Result<i64> {
        self.conn
            .query_row(
                "SELECT customer_id FROM contacts WHERE id = ?1",
                [contact_id],
                |r| r.get(0),
            )
            .optional()?
            .ok_or(StoreError::NotFound("contact"))
    }
}
