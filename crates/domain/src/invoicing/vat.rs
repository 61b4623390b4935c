//! Which VAT applies to a customer: the one place where the rule lives.
//!
//! Cloud subscriptions and support are services. Sold to a business, they are taxed
//! where the customer is established (art. 259-1 CGI): a business in another member
//! state accounts for the VAT itself (reverse charge), one outside the EU pays none.
//! Sold to a private customer in the EU, they bear the seller's VAT.

use crate::words::{self, keys, tr};
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use crate::checks::vat::{is_eu_member, vat_country, vat_number};
use crate::Lang;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", tag = "kind")]
pub enum VatTreatment {
    /// The partner's own VAT, at its rate in percent (20 for France).
    Domestic { rate: Decimal },
    /// An EU business customer in another member state accounts for the VAT itself.
    ReverseCharge,
    /// A customer outside the EU: no French VAT.
    OutsideScope,
}

/// Reads a country as ISO, also when given as a VAT prefix ("EL" for Greece).
fn iso(country: &str) -> String {
    let code = country.trim().to_ascii_uppercase();
    if code == "EL" {
        "GR".to_string()
    } else {
        code
    }
}

/// Decides the VAT of an invoice from both parties' countries and the customer's VAT
/// number (`domestic_rate` in percent).
///
/// A customer whose country is blank is treated as domestic: charging VAT when in
/// doubt is the error a tax inspector forgives. Reverse charge needs the partner to be
/// in the EU too, and a VAT number that is valid and belongs to the customer's country.
pub fn vat_treatment(
    partner_country: &str,
    customer_country: &str,
    customer_vat: Option<&str>,
    domestic_rate: Decimal,
) -> VatTreatment {
    let partner = iso(partner_country);
    let customer = iso(customer_country);
    if customer.is_empty() || customer == partner {
        return VatTreatment::Domestic {
            rate: domestic_rate,
        };
    }
    if !is_eu_member(&customer) {
        return VatTreatment::OutsideScope;
    }
    if !is_eu_member(&partner) {
        // A seller outside the EU does not charge its own VAT to an EU customer.
        return VatTreatment::OutsideScope;
    }
    let business = customer_vat
        .and_then(|v| vat_number(v, Some(&customer)).ok())
        .and_then(|v| vat_country(&v))
        .is_some_and(|c| c == customer);
    if business {
        VatTreatment::ReverseCharge
    } else {
        // A private EU customer pays the seller's VAT. Above the EU-wide 10,000 € a year
        // of electronically supplied services to private customers, the customer's own
        // country's VAT applies instead (art. 259 D CGI, declared through OSS): not
        // modelled here, since small partners sell to businesses.
        VatTreatment::Domestic {
            rate: domestic_rate,
        }
    }
}

impl VatTreatment {
    /// The rate in percent printed on the lines: zero unless domestic.
    pub fn rate(&self) -> Decimal {
        match self {
            VatTreatment::Domestic { rate } => *rate,
            VatTreatment::ReverseCharge | VatTreatment::OutsideScope => Decimal::ZERO,
        }
    }

    pub fn code(&self) -> &'static str {
        match self {
            VatTreatment::Domestic { .. } => "domestic",
            VatTreatment::ReverseCharge => "reverse_charge",
            VatTreatment::OutsideScope => "outside_scope",
        }
    }

    /// The legal wording the invoice must carry when no VAT is charged.
    pub fn mention(&self, lang: Lang) -> Option<String> {
        let key = match self {
            VatTreatment::Domestic { .. } => return None,
            VatTreatment::ReverseCharge => keys::VAT_MENTION_REVERSE_CHARGE,
            VatTreatment::OutsideScope => keys::VAT_MENTION_OUTSIDE_SCOPE,
        };
        Some(words::text(lang, key))
    }

    /// The mention followed by both VAT numbers, which a reverse-charged invoice must
    /// show next to it.
    pub fn mention_with_numbers(
        &self,
        lang: Lang,
        partner_vat: &str,
        customer_vat: &str,
    ) -> Option<String> {
        let mention = self.mention(lang)?;
        if *self != VatTreatment::ReverseCharge {
            return Some(mention);
        }
        Some(tr!(
            lang,
            VAT_MENTION_WITH_NUMBERS,
            mention = mention,
            partner_vat = partner_vat,
            customer_vat = customer_vat
        ))
    }
}

/// The standard VAT rate of a member state, in percent, for the partner's own sales at
/// home (digital services to businesses and consumers there).
pub fn standard_rate(country: &str) -> Option<Decimal> {
    let percent = match country.trim().to_ascii_uppercase().as_str() {
        "FR" => 20,
        "BE" | "NL" | "ES" | "CZ" | "LT" | "LV" => 21,
        "DE" => 19,
        "LU" => 17,
        "IT" | "SI" => 22,
        "AT" | "BG" => 20,
        "PT" | "PL" | "IE" => 23,
        _ => return None,
    };
    Some(Decimal::from(percent))
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_decimal_macros::dec;

    const DOMESTIC: VatTreatment = VatTreatment::Domestic { rate: dec!(20) };

    #[test]
    fn each_case_of_the_rule() {
        let cases: &[(&str, &str, Option<&str>, VatTreatment)] = &[
            // French customers pay French VAT, with or without a VAT number.
            ("FR", "FR", Some("FR40303265045"), DOMESTIC),
            ("FR", "FR", None, DOMESTIC),
            ("FR", " fr ", None, DOMESTIC),
            // EU businesses in another member state: reverse charge.
            ("FR", "DE", Some("DE129273398"), VatTreatment::ReverseCharge),
            (
                "FR",
                "BE",
                Some("BE 0403.170.701"),
                VatTreatment::ReverseCharge,
            ),
            ("FR", "GR", Some("EL094014201"), VatTreatment::ReverseCharge),
            ("FR", "EL", Some("EL094014201"), VatTreatment::ReverseCharge),
            // EU customers without a usable VAT number are private: French VAT.
            ("FR", "DE", None, DOMESTIC),
            ("FR", "DE", Some(""), DOMESTIC),
            ("FR", "DE", Some("DE12927339"), DOMESTIC),
            // A number of another country than the customer's proves nothing.
            ("FR", "BE", Some("DE129273398"), DOMESTIC),
            ("FR", "BE", Some("FR40303265045"), DOMESTIC),
            // Outside the EU: no VAT, business or not.
            ("FR", "GB", None, VatTreatment::OutsideScope),
            ("FR", "GB", Some("XI980780684"), VatTreatment::OutsideScope),
            ("FR", "CH", Some("CHE123456789"), VatTreatment::OutsideScope),
            ("FR", "US", None, VatTreatment::OutsideScope),
            // Unknown country: charge VAT rather than risk not charging it.
            ("FR", "", None, DOMESTIC),
            // A seller outside the EU never reverse-charges its own VAT.
            (
                "GB",
                "FR",
                Some("FR40303265045"),
                VatTreatment::OutsideScope,
            ),
            ("GB", "GB", None, DOMESTIC),
        ];
        for (partner, customer, vat, expected) in cases {
            assert_eq!(
                vat_treatment(partner, customer, *vat, dec!(20)),
                *expected,
                "partner {partner}, customer {customer}, vat {vat:?}"
            );
        }
    }

    #[test]
    fn rates() {
        assert_eq!(DOMESTIC.rate(), dec!(20));
        assert_eq!(VatTreatment::ReverseCharge.rate(), Decimal::ZERO);
        assert_eq!(VatTreatment::OutsideScope.rate(), Decimal::ZERO);
    }

    #[test]
    fn legal_mentions() {
        assert_eq!(DOMESTIC.mention(Lang::Fr), None);
        let rc = VatTreatment::ReverseCharge;
        let fr = rc.mention(Lang::Fr).unwrap_or_default();
        // Services to a business in another member state: taxed where the buyer is
        // (art. 259-1 CGI, art. 196 of the directive); art. 283-2 CGI is a French
        // buyer's liability and has no place here.
        assert_eq!(
            fr,
            "Autoliquidation — art. 259-1 du CGI et art. 196 de la directive 2006/112/CE"
        );
        let en = rc.mention(Lang::En).unwrap_or_default();
        assert_eq!(
            en,
            "Reverse charge — Article 196 of Council Directive 2006/112/EC"
        );
        for text in [&fr, &en] {
            assert!(!text.contains("283"), "{text}");
        }
        assert_eq!(
            VatTreatment::OutsideScope.mention(Lang::Fr).as_deref(),
            Some("TVA non applicable, art. 259-1 du CGI")
        );
        assert_eq!(
            VatTreatment::OutsideScope.mention(Lang::En).as_deref(),
            Some("VAT not applicable, article 259-1 CGI")
        );
        let both = rc
            .mention_with_numbers(Lang::Fr, "FR40303265045", "DE129273398")
            .unwrap_or_default();
        assert!(both.contains("FR40303265045") && both.contains("DE129273398"));
        assert_eq!(DOMESTIC.mention_with_numbers(Lang::En, "a", "b"), None);
    }
}
