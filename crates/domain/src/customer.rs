//! Customers and their contacts: what a form may hold, and what a valid customer is.

use serde::{Deserialize, Serialize};

use crate::checks::{codes, email, tenant, text, vat};
use crate::code_enum;
use crate::customer_reference::CustomerProblem;
use crate::money::Currency;
use crate::problem::{Checker, Invalid, Problem};
use crate::Lang;

code_enum!(
    #[derive(Default)]
    #[cfg_attr(feature = "ts", derive(ts_rs::TS))]
    pub enum CustomerStatus {
        #[default]
        Active => "active",
        Suspended => "suspended",
        Inactive => "inactive",
    }
);

code_enum!(
    #[derive(Default)]
    #[cfg_attr(feature = "ts", derive(ts_rs::TS))]
    pub enum ContactRole {
        #[default]
        Billing => "billing",
        Technical => "technical",
        Other => "other",
    }
);

/// A postal address as printed on documents.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Address {
    pub line1: String,
    pub line2: Option<String>,
    pub postal_code: String,
    pub city: String,
    /// ISO 3166-1 alpha-2.
    pub country: String,
}

/// A customer form as typed: every field a string so that nothing typed is lost
/// before it is checked.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct CustomerForm {
    pub legal_name: String,
    pub vat_number: String,
    pub country: String,
    pub address_line1: String,
    pub address_line2: String,
    pub postal_code: String,
    pub city: String,
    pub language: String,
    pub currency: String,
    pub payment_terms_days: String,
    pub tenant_id: String,
    pub domain: String,
    pub support_plan: String,
    pub status: String,
    pub notes: String,
    /// What the customer quotes on its transfers; blank keeps « C-00042 ».
    #[serde(default)]
    pub reference: String,
}

/// A customer that passed every check.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Customer {
    pub legal_name: String,
    pub vat_number: Option<String>,
    pub address: Address,
    pub language: Lang,
    pub currency: Currency,
    pub payment_terms_days: u32,
    /// The Microsoft Entra tenant id: the customer's stable key with Microsoft.
    pub tenant_id: Option<String>,
    pub domain: Option<String>,
    pub support_plan: Option<String>,
    pub status: CustomerStatus,
    pub notes: Option<String>,
    /// None: Ardoise's own « C-00042 » (see `customer_reference`).
    pub reference: Option<String>,
}

pub const MAX_PAYMENT_TERMS_DAYS: u32 = 120;

/// Payment terms in days: French law caps them at 60 days (or 45 end of month), but
/// a customer abroad may have longer ones, so only the absurd is refused.
pub fn payment_terms(input: &str) -> Result<u32, Problem> {
    crate::bounds::whole_number(input, MAX_PAYMENT_TERMS_DAYS)
}

pub fn domain_name(input: &str) -> Result<Option<String>, Problem> {
    let d = input.trim().trim_end_matches('.').to_ascii_lowercase();
    if d.is_empty() {
        return Ok(None);
    }
    let ok = d.contains('.')
        && d.len() <= 253
        && d.split('.').all(|label| {
            !label.is_empty()
                && label.len() <= 63
                && !label.starts_with('-')
                && !label.ends_with('-')
                && label.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
        });
    if ok {
        Ok(Some(d))
    } else {
        Err(Problem::DomainName)
    }
}

/// The longest reference a SEPA transfer's remittance information keeps whole.
pub const MAX_REFERENCE: usize = 35;

/// The SEPA set (EPC's basic Latin): letters without accents, digits, space and
/// `/ - ? : ( ) . , ' +`.
fn sepa(c: char) -> bool {
    c.is_ascii_alphanumeric() || " /-?:().,'+".contains(c)
}

/// The reference as typed: blank is none (the customer keeps Ardoise's « C-00042 »);
/// inner runs of spaces are one, as a bank prints them.
pub fn reference(input: &str) -> Result<Option<String>, Problem> {
    let words: Vec<&str> = input.split_whitespace().collect();
    if words.is_empty() {
        return Ok(None);
    }
    let value = words.join(" ");
    if !value.chars().all(sepa) {
        return Err(Problem::Customer(CustomerProblem::ReferenceCharacters));
    }
    if value.chars().count() > MAX_REFERENCE {
        return Err(Problem::TooLong { max: MAX_REFERENCE });
    }
    Ok(Some(value))
}

impl CustomerForm {
    /// Checks every field and reports all the faults at once.
    pub fn validate(&self) -> Result<Customer, Invalid> {
        let mut c = Checker::new();
        let legal_name = c.check("legal_name", text::required(&self.legal_name, 200));
        let country = c.check("country", codes::country(&self.country));
        let vat_number = if self.vat_number.trim().is_empty() {
            Some(None)
        } else {
            c.check(
                "vat_number",
                vat::vat_number(&self.vat_number, country.as_deref()).map(Some),
            )
        };
        let line1 = c.check("address_line1", text::required(&self.address_line1, 200));
        let line2 = c.check("address_line2", text::optional(&self.address_line2, 200));
        let postal_code = c.check("postal_code", text::required(&self.postal_code, 20));
        let city = c.check("city", text::required(&self.city, 100));
        let language = c.check(
            "language",
            Lang::parse(&self.language).ok_or(Problem::Required),
        );
        let currency = c.check("currency", self.currency.parse::<Currency>());
        let terms = c.check(
            "payment_terms_days",
            payment_terms(&self.payment_terms_days),
        );
        let tenant_id = if self.tenant_id.trim().is_empty() {
            Some(None)
        } else {
            c.check("tenant_id", tenant::tenant_id(&self.tenant_id).map(Some))
        };
        let domain = c.check("domain", domain_name(&self.domain));
        let support_plan = c.check("support_plan", text::optional(&self.support_plan, 100));
        let status = if self.status.trim().is_empty() {
            Some(CustomerStatus::Active)
        } else {
            c.check(
                "status",
                CustomerStatus::parse(&self.status).ok_or(Problem::Required),
            )
        };
        let notes = c.check("notes", text::optional(&self.notes, 4000));
        let reference = c.check("reference", reference(&self.reference));
        c.finish()?;
        // Every `check` above succeeded, so each value is present.
        let missing = || Invalid::one("form", Problem::Required);
        Ok(Customer {
            legal_name: legal_name.ok_or_else(missing)?,
            vat_number: vat_number.ok_or_else(missing)?,
            address: Address {
                line1: line1.ok_or_else(missing)?,
                line2: line2.ok_or_else(missing)?,
                postal_code: postal_code.ok_or_else(missing)?,
                city: city.ok_or_else(missing)?,
                country: country.ok_or_else(missing)?,
            },
            language: language.ok_or_else(missing)?,
            currency: currency.ok_or_else(missing)?,
            payment_terms_days: terms.ok_or_else(missing)?,
            tenant_id: tenant_id.ok_or_else(missing)?,
            domain: domain.ok_or_else(missing)?,
            support_plan: support_plan.ok_or_else(missing)?,
            status: status.ok_or_else(missing)?,
            notes: notes.ok_or_else(missing)?,
            reference: reference.ok_or_else(missing)?,
        })
    }
}

impl Customer {
    /// The form that shows this customer for editing.
    pub fn to_form(&self) -> CustomerForm {
        CustomerForm {
            legal_name: self.legal_name.clone(),
            vat_number: self.vat_number.clone().unwrap_or_default(),
            country: self.address.country.clone(),
            address_line1: self.address.line1.clone(),
            address_line2: self.address.line2.clone().unwrap_or_default(),
            postal_code: self.address.postal_code.clone(),
            city: self.address.city.clone(),
            language: self.language.code().into(),
            currency: self.currency.code().into(),
            payment_terms_days: self.payment_terms_days.to_string(),
            tenant_id: self.tenant_id.clone().unwrap_or_default(),
            domain: self.domain.clone().unwrap_or_default(),
            support_plan: self.support_plan.clone().unwrap_or_default(),
            status: self.status.code().into(),
            notes: self.notes.clone().unwrap_or_default(),
            reference: self.reference.clone().unwrap_or_default(),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct ContactForm {
    pub role: String,
    pub name: String,
    pub email: String,
    pub phone: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Contact {
    pub role: ContactRole,
    pub name: String,
    pub email: String,
    pub phone: Option<String>,
}

pub fn phone(input: &str) -> Result<Option<String>, Problem> {
    let p = input.trim();
    if p.is_empty() {
        return Ok(None);
    }
    let digits = p.chars().filter(char::is_ascii_digit).count();
    let allowed = p
        .chars()
        .all(|c| c.is_ascii_digit() || " +-.()".contains(c));
    if allowed && (6..=20).contains(&digits) {
        Ok(Some(p.to_string()))
    } else {
        Err(Problem::Phone)
    }
}

impl ContactForm {
    pub fn validate(&self) -> Result<Contact, Invalid> {
        let mut c = Checker::new();
        let role = c.check(
            "role",
            ContactRole::parse(&self.role).ok_or(Problem::Required),
        );
        let name = c.check("name", text::required(&self.name, 200));
        let mail = c.check("email", email::email(&self.email));
        let phone = c.check("phone", phone(&self.phone));
        c.finish()?;
        let missing = || Invalid::one("form", Problem::Required);
        Ok(Contact {
            role: role.ok_or_else(missing)?,
            name: name.ok_or_else(missing)?,
            email: mail.ok_or_else(missing)?,
            phone: phone.ok_or_else(missing)?,
        })
    }
}

impl Contact {
    pub fn to_form(&self) -> ContactForm {
        ContactForm {
            role: self.role.code().into(),
            name: self.name.clone(),
            email: self.email.clone(),
            phone: self.phone.clone().unwrap_or_default(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn dupont() -> CustomerForm {
        CustomerForm {
            legal_name: "Dupont SARL".into(),
            vat_number: "FR40 303 265 045".into(),
            country: "fr".into(),
            address_line1: "12 rue de la Paix".into(),
            postal_code: "75002".into(),
            city: "Paris".into(),
            language: "fr".into(),
            currency: "eur".into(),
            payment_terms_days: "30".into(),
            tenant_id: "{6F9619FF-8B86-D011-B42D-00C04FC964FF}".into(),
            domain: "Dupont.fr".into(),
            ..Default::default()
        }
    }

    #[test]
    fn a_complete_form_is_normalised() {
        let c = dupont().validate().unwrap();
        assert_eq!(c.vat_number.as_deref(), Some("FR40303265045"));
        assert_eq!(c.address.country, "FR");
        assert_eq!(c.currency, Currency::EUR);
        assert_eq!(
            c.tenant_id.as_deref(),
            Some("6f9619ff-8b86-d011-b42d-00c04fc964ff")
        );
        assert_eq!(c.domain.as_deref(), Some("dupont.fr"));
        assert_eq!(c.status, CustomerStatus::Active);
        assert_eq!(c.to_form().validate().unwrap(), c);
    }

    #[test]
    fn every_fault_is_reported_at_once() {
        let form = CustomerForm {
            legal_name: " ".into(),
            vat_number: "FR00123456789".into(),
            currency: "EURO".into(),
            payment_terms_days: "-3".into(),
            ..dupont()
        };
        let err = form.validate().unwrap_err();
        let fields: Vec<&str> = err.0.iter().map(|e| e.field.as_str()).collect();
        assert_eq!(
            fields,
            ["legal_name", "vat_number", "currency", "payment_terms_days"]
        );
    }

    #[test]
    fn a_vat_number_of_another_country_is_refused() {
        let form = CustomerForm {
            vat_number: "DE136695976".into(),
            ..dupont()
        };
        let err = form.validate().unwrap_err();
        assert!(matches!(
            err.0[0].problem,
            Problem::VatCountryMismatch { .. }
        ));
    }

    #[test]
    fn contacts_need_a_real_email() {
        let form = ContactForm {
            role: "billing".into(),
            name: "Claire Martin".into(),
            email: "claire.martin@".into(),
            phone: "+33 1 23 45 67 89".into(),
        };
        let err = form.validate().unwrap_err();
        assert_eq!(err.0.len(), 1);
        assert_eq!(err.0[0].field, "email");
    }

    #[test]
    fn a_reference_is_trimmed_and_checked() {
        assert_eq!(reference("  "), Ok(None));
        assert_eq!(
            reference("  DUPONT   2026 "),
            Ok(Some("DUPONT 2026".into()))
        );
        assert_eq!(reference("C-00042"), Ok(Some("C-00042".into())));
        assert_eq!(
            reference("Société"),
            Err(Problem::Customer(CustomerProblem::ReferenceCharacters))
        );
        assert_eq!(
            reference("A&B"),
            Err(Problem::Customer(CustomerProblem::ReferenceCharacters))
        );
        assert_eq!(reference(&"X".repeat(35)), Ok(Some("X".repeat(35))));
        assert_eq!(
            reference(&"X".repeat(36)),
            Err(Problem::TooLong { max: 35 })
        );
    }

    proptest! {
        #[test]
        fn what_is_kept_is_what_a_transfer_carries(s in "\\PC{0,50}") {
            if let Ok(Some(r)) = reference(&s) {
                prop_assert!(r.chars().all(sepa));
                prop_assert!((1..=MAX_REFERENCE).contains(&r.chars().count()));
                prop_assert_eq!(reference(&r), Ok(Some(r.clone())));
            }
        }
    }
}
