//! The partner's company profile: who issues the invoices, and on what terms.

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use crate::checks::{codes, email, iban, siren, text, vat};
use crate::customer::{payment_terms, phone, Address};
use crate::money::{parse_amount, Currency, Money};
use crate::problem::{Checker, Invalid, Problem};

#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct PartnerForm {
    pub legal_name: String,
    pub legal_form: String,
    pub share_capital: String,
    pub siren: String,
    pub siret: String,
    pub vat_number: String,
    pub rcs: String,
    pub address_line1: String,
    pub address_line2: String,
    pub postal_code: String,
    pub city: String,
    pub country: String,
    pub email: String,
    pub phone: String,
    pub website: String,
    pub bank_name: String,
    pub iban: String,
    pub bic: String,
    pub default_currency: String,
    pub payment_terms_days: String,
    /// Yearly late-payment penalty rate, in percent.
    pub late_penalty_rate: String,
    /// The fixed recovery indemnity per unpaid invoice, in the default currency.
    pub recovery_indemnity: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Partner {
    pub legal_name: String,
    pub legal_form: Option<String>,
    pub share_capital: Option<Money>,
    pub siren: Option<String>,
    pub siret: Option<String>,
    pub vat_number: Option<String>,
    pub rcs: Option<String>,
    pub address: Address,
    pub email: Option<String>,
    pub phone: Option<String>,
    pub website: Option<String>,
    pub bank_name: Option<String>,
    pub iban: Option<String>,
    pub bic: Option<String>,
    pub default_currency: Currency,
    pub payment_terms_days: u32,
    pub late_penalty_rate: Decimal,
    pub recovery_indemnity: Money,
}

fn optional_with<T>(
    input: &str,
    check: impl Fn(&str) -> Result<T, Problem>,
) -> Result<Option<T>, Problem> {
    if input.trim().is_empty() {
        Ok(None)
    } else {
        check(input).map(Some)
    }
}

fn percent(input: &str) -> Result<Decimal, Problem> {
    let v = parse_amount(input)?;
    if v < Decimal::ZERO || v > Decimal::ONE_HUNDRED {
        return Err(Problem::PercentRange);
    }
    Ok(v)
}

fn non_negative_amount(input: &str) -> Result<Decimal, Problem> {
    let v = parse_amount(input)?;
    if v.is_sign_negative() && !v.is_zero() {
        return Err(Problem::Negative);
    }
    Ok(v)
}

impl PartnerForm {
    pub fn validate(&self) -> Result<Partner, Invalid> {
        let mut c = Checker::new();
        let legal_name = c.check("legal_name", text::required(&self.legal_name, 200));
        let legal_form = c.check("legal_form", text::optional(&self.legal_form, 50));
        let currency = c.check(
            "default_currency",
            self.default_currency.parse::<Currency>(),
        );
        let capital = c.check(
            "share_capital",
            optional_with(&self.share_capital, non_negative_amount),
        );
        let siren_v = c.check("siren", optional_with(&self.siren, siren::siren));
        let siret_v = c.check("siret", optional_with(&self.siret, siren::siret));
        if let (Some(Some(sn)), Some(Some(st))) = (&siren_v, &siret_v) {
            if !st.starts_with(sn.as_str()) {
                c.add("siret", Problem::SiretChecksum);
            }
        }
        let country = c.check("country", codes::country(&self.country));
        let vat_v = c.check(
            "vat_number",
            optional_with(&self.vat_number, |v| vat::vat_number(v, country.as_deref())),
        );
        let rcs = c.check("rcs", text::optional(&self.rcs, 100));
        let line1 = c.check("address_line1", text::required(&self.address_line1, 200));
        let line2 = c.check("address_line2", text::optional(&self.address_line2, 200));
        let postal_code = c.check("postal_code", text::required(&self.postal_code, 20));
        let city = c.check("city", text::required(&self.city, 100));
        let mail = c.check("email", optional_with(&self.email, email::email));
        let phone_v = c.check("phone", phone(&self.phone));
        let website = c.check("website", text::optional(&self.website, 200));
        let bank_name = c.check("bank_name", text::optional(&self.bank_name, 100));
        let iban_v = c.check("iban", optional_with(&self.iban, iban::iban));
        let bic_v = c.check("bic", optional_with(&self.bic, iban::bic));
        let terms = c.check(
            "payment_terms_days",
            payment_terms(&self.payment_terms_days),
        );
        let rate = c.check("late_penalty_rate", percent(&self.late_penalty_rate));
        let indemnity = c.check(
            "recovery_indemnity",
            non_negative_amount(&self.recovery_indemnity),
        );
        c.finish()?;
        let missing = || Invalid::one("form", Problem::Required);
        let currency = currency.ok_or_else(missing)?;
        Ok(Partner {
            legal_name: legal_name.ok_or_else(missing)?,
            legal_form: legal_form.ok_or_else(missing)?,
            share_capital: capital
                .ok_or_else(missing)?
                .map(|a| Money::new(a, currency)),
            siren: siren_v.ok_or_else(missing)?,
            siret: siret_v.ok_or_else(missing)?,
            vat_number: vat_v.ok_or_else(missing)?,
            rcs: rcs.ok_or_else(missing)?,
            address: Address {
                line1: line1.ok_or_else(missing)?,
                line2: line2.ok_or_else(missing)?,
                postal_code: postal_code.ok_or_else(missing)?,
                city: city.ok_or_else(missing)?,
                country: country.ok_or_else(missing)?,
            },
            email: mail.ok_or_else(missing)?,
            phone: phone_v.ok_or_else(missing)?,
            website: website.ok_or_else(missing)?,
            bank_name: bank_name.ok_or_else(missing)?,
            iban: iban_v.ok_or_else(missing)?,
            bic: bic_v.ok_or_else(missing)?,
            default_currency: currency,
            payment_terms_days: terms.ok_or_else(missing)?,
            late_penalty_rate: rate.ok_or_else(missing)?,
            recovery_indemnity: Money::new(indemnity.ok_or_else(missing)?, currency),
        })
    }
}

impl Partner {
    pub fn to_form(&self) -> PartnerForm {
        let opt = |o: &Option<String>| o.clone().unwrap_or_default();
        PartnerForm {
            legal_name: self.legal_name.clone(),
            legal_form: opt(&self.legal_form),
            share_capital: self
                .share_capital
                .map(|m| m.amount.to_string())
                .unwrap_or_default(),
            siren: opt(&self.siren),
            siret: opt(&self.siret),
            vat_number: opt(&self.vat_number),
            rcs: opt(&self.rcs),
            address_line1: self.address.line1.clone(),
            address_line2: opt(&self.address.line2),
            postal_code: self.address.postal_code.clone(),
            city: self.address.city.clone(),
            country: self.address.country.clone(),
            email: opt(&self.email),
            phone: opt(&self.phone),
            website: opt(&self.website),
            bank_name: opt(&self.bank_name),
            iban: opt(&self.iban),
            bic: opt(&self.bic),
            default_currency: self.default_currency.code().into(),
            payment_terms_days: self.payment_terms_days.to_string(),
            late_penalty_rate: self.late_penalty_rate.to_string(),
            recovery_indemnity: self.recovery_indemnity.amount.to_string(),
        }
    }

    /// The profile of a new book, before the partner fills in theirs: French defaults
    /// (30 days, 40 € indemnity, the ECB rate plus 10 points rounded up).
    pub fn placeholder() -> Partner {
        Partner {
            legal_name: String::new(),
            legal_form: None,
            share_capital: None,
            siren: None,
            siret: None,
            vat_number: None,
            rcs: None,
            address: Address {
                country: "FR".into(),
                ..Address::default()
            },
            email: None,
            phone: None,
            website: None,
            bank_name: None,
            iban: None,
            bic: None,
            default_currency: Currency::EUR,
            payment_terms_days: 30,
            late_penalty_rate: Decimal::new(1215, 2),
            recovery_indemnity: Money::new(Decimal::from(40), Currency::EUR),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn form() -> PartnerForm {
        PartnerForm {
            legal_name: "Nuage Conseil".into(),
            legal_form: "SAS".into(),
            share_capital: "10 000".into(),
            siren: "732 829 320".into(),
            siret: "732 829 320 00074".into(),
            vat_number: "FR44732829320".into(),
            rcs: "RCS Lyon 732 829 320".into(),
            address_line1: "3 quai Saint-Antoine".into(),
            postal_code: "69002".into(),
            city: "Lyon".into(),
            country: "FR".into(),
            iban: "FR76 3000 6000 0112 3456 7890 189".into(),
            bic: "AGRIFRPP".into(),
            default_currency: "EUR".into(),
            payment_terms_days: "30".into(),
            late_penalty_rate: "12,15".into(),
            recovery_indemnity: "40".into(),
            ..Default::default()
        }
    }

    #[test]
    fn a_french_profile_validates_and_round_trips() {
        let p = form().validate().unwrap();
        assert_eq!(p.siren.as_deref(), Some("732829320"));
        assert_eq!(p.late_penalty_rate, Decimal::new(1215, 2));
        assert_eq!(p.to_form().validate().unwrap(), p);
    }

    #[test]
    fn a_siret_of_another_company_is_refused() {
        let f = PartnerForm {
            siret: "44306184100047".into(),
            ..form()
        };
        let err = f.validate().unwrap_err();
        assert!(err.0.iter().any(|e| e.field == "siret"));
    }

    #[test]
    fn a_penalty_rate_over_100_is_refused() {
        let f = PartnerForm {
            late_penalty_rate: "150".into(),
            ..form()
        };
        assert_eq!(
            f.validate().unwrap_err().0[0].problem,
            Problem::PercentRange
        );
    }
}
