//! ISO codes: currencies (ISO 4217) and countries (ISO 3166-1 alpha-2).

use crate::problem::Problem;
use crate::words::{self, keys, Key};
use crate::Lang;

/// Active ISO 4217 currencies with their decimal places (minor units).
///
/// Left out on purpose: fund codes (BOV, CHE, CHW, CLF, COU, MXV, USN, UYI, UYW),
/// precious metals, SDR and testing codes (XAU, XAG, XPD, XPT, XBA–XBD, XDR, XSU, XUA,
/// XTS, XXX). They are valid ISO codes but never the currency of an invoice, so here they
/// are far likelier a typo than a choice.
const CURRENCIES: &[(&str, u32)] = &[
    ("AED", 2),
    ("AFN", 2),
    ("ALL", 2),
    ("AMD", 2),
    ("ANG", 2),
    ("AOA", 2),
    ("ARS", 2),
    ("AUD", 2),
    ("AWG", 2),
    ("AZN", 2),
    ("BAM", 2),
    ("BBD", 2),
    ("BDT", 2),
    ("BGN", 2),
    ("BHD", 3),
    ("BIF", 0),
    ("BMD", 2),
    ("BND", 2),
    ("BOB", 2),
    ("BRL", 2),
    ("BSD", 2),
    ("BTN", 2),
    ("BWP", 2),
    ("BYN", 2),
    ("BZD", 2),
    ("CAD", 2),
    ("CDF", 2),
    ("CHF", 2),
    ("CLP", 0),
    ("CNY", 2),
    ("COP", 2),
    ("CRC", 2),
    ("CUP", 2),
    ("CVE", 2),
    ("CZK", 2),
    ("DJF", 0),
    ("DKK", 2),
    ("DOP", 2),
    ("DZD", 2),
    ("EGP", 2),
    ("ERN", 2),
    ("ETB", 2),
    ("EUR", 2),
    ("FJD", 2),
    ("FKP", 2),
    ("GBP", 2),
    ("GEL", 2),
    ("GHS", 2),
    ("GIP", 2),
    ("GMD", 2),
    ("GNF", 0),
    ("GTQ", 2),
    ("GYD", 2),
    ("HKD", 2),
    ("HNL", 2),
    ("HTG", 2),
    ("HUF", 2),
    ("IDR", 2),
    ("ILS", 2),
    ("INR", 2),
    ("IQD", 3),
    ("IRR", 2),
    ("ISK", 0),
    ("JMD", 2),
    ("JOD", 3),
    ("JPY", 0),
    ("KES", 2),
    ("KGS", 2),
    ("KHR", 2),
    ("KMF", 0),
    ("KPW", 2),
    ("KRW", 0),
    ("KWD", 3),
    ("KYD", 2),
    ("KZT", 2),
    ("LAK", 2),
    ("LBP", 2),
    ("LKR", 2),
    ("LRD", 2),
    ("LSL", 2),
    ("LYD", 3),
    ("MAD", 2),
    ("MDL", 2),
    ("MGA", 2),
    ("MKD", 2),
    ("MMK", 2),
    ("MNT", 2),
    ("MOP", 2),
    ("MRU", 2),
    ("MUR", 2),
    ("MVR", 2),
    ("MWK", 2),
    ("MXN", 2),
    ("MYR", 2),
    ("MZN", 2),
    ("NAD", 2),
    ("NGN", 2),
    ("NIO", 2),
    ("NOK", 2),
    ("NPR", 2),
    ("NZD", 2),
    ("OMR", 3),
    ("PAB", 2),
    ("PEN", 2),
    ("PGK", 2),
    ("PHP", 2),
    ("PKR", 2),
    ("PLN", 2),
    ("PYG", 0),
    ("QAR", 2),
    ("RON", 2),
    ("RSD", 2),
    ("RUB", 2),
    ("RWF", 0),
    ("SAR", 2),
    ("SBD", 2),
    ("SCR", 2),
    ("SDG", 2),
    ("SEK", 2),
    ("SGD", 2),
    ("SHP", 2),
    ("SLE", 2),
    ("SOS", 2),
    ("SRD", 2),
    ("SSP", 2),
    ("STN", 2),
    ("SVC", 2),
    ("SYP", 2),
    ("SZL", 2),
    ("THB", 2),
    ("TJS", 2),
    ("TMT", 2),
    ("TND", 3),
    ("TOP", 2),
    ("TRY", 2),
    ("TTD", 2),
    ("TWD", 2),
    ("TZS", 2),
    ("UAH", 2),
    ("UGX", 0),
    ("USD", 2),
    ("UYU", 2),
    ("UZS", 2),
    ("VED", 2),
    ("VES", 2),
    ("VND", 0),
    ("VUV", 0),
    ("WST", 2),
    ("XAF", 0),
    ("XCD", 2),
    ("XCG", 2),
    ("XOF", 0),
    ("XPF", 0),
    ("YER", 2),
    ("ZAR", 2),
    ("ZMW", 2),
    ("ZWG", 2),
];

/// Officially assigned ISO 3166-1 alpha-2 codes. Reserved codes such as "UK", "EL" or
/// "XK" are refused: a country field holds the ISO code that the rest of Ardoise
/// compares (with the VAT prefix, the IBAN country), and an alias would not match.
const COUNTRIES: &[&str] = &[
    "AD", "AE", "AF", "AG", "AI", "AL", "AM", "AO", "AQ", "AR", "AS", "AT", "AU", "AW", "AX", "AZ",
    "BA", "BB", "BD", "BE", "BF", "BG", "BH", "BI", "BJ", "BL", "BM", "BN", "BO", "BQ", "BR", "BS",
    "BT", "BV", "BW", "BY", "BZ", "CA", "CC", "CD", "CF", "CG", "CH", "CI", "CK", "CL", "CM", "CN",
    "CO", "CR", "CU", "CV", "CW", "CX", "CY", "CZ", "DE", "DJ", "DK", "DM", "DO", "DZ", "EC", "EE",
    "EG", "EH", "ER", "ES", "ET", "FI", "FJ", "FK", "FM", "FO", "FR", "GA", "GB", "GD", "GE", "GF",
    "GG", "GH", "GI", "GL", "GM", "GN", "GP", "GQ", "GR", "GS", "GT", "GU", "GW", "GY", "HK", "HM",
    "HN", "HR", "HT", "HU", "ID", "IE", "IL", "IM", "IN", "IO", "IQ", "IR", "IS", "IT", "JE", "JM",
    "JO", "JP", "KE", "KG", "KH", "KI", "KM", "KN", "KP", "KR", "KW", "KY", "KZ", "LA", "LB", "LC",
    "LI", "LK", "LR", "LS", "LT", "LU", "LV", "LY", "MA", "MC", "MD", "ME", "MF", "MG", "MH", "MK",
    "ML", "MM", "MN", "MO", "MP", "MQ", "MR", "MS", "MT", "MU", "MV", "MW", "MX", "MY", "MZ", "NA",
    "NC", "NE", "NF", "NG", "NI", "NL", "NO", "NP", "NR", "NU", "NZ", "OM", "PA", "PE", "PF", "PG",
    "PH", "PK", "PL", "PM", "PN", "PR", "PS", "PT", "PW", "PY", "QA", "RE", "RO", "RS", "RU", "RW",
    "SA", "SB", "SC", "SD", "SE", "SG", "SH", "SI", "SJ", "SK", "SL", "SM", "SN", "SO", "SR", "SS",
    "ST", "SV", "SX", "SY", "SZ", "TC", "TD", "TF", "TG", "TH", "TJ", "TK", "TL", "TM", "TN", "TO",
    "TR", "TT", "TV", "TW", "TZ", "UA", "UG", "UM", "US", "UY", "UZ", "VA", "VC", "VE", "VG", "VI",
    "VN", "VU", "WF", "WS", "YE", "YT", "ZA", "ZM", "ZW",
];

/// (code, the name's message in the catalogue, `countries.ftl`) for the countries a CSP
/// partner in Europe bills: the EU, the rest of the EEA, and its usual neighbours and
/// clients.
const COUNTRY_NAMES: &[(&str, Key)] = &[
    ("AT", keys::COUNTRY_AT),
    ("BE", keys::COUNTRY_BE),
    ("BG", keys::COUNTRY_BG),
    ("CA", keys::COUNTRY_CA),
    ("CH", keys::COUNTRY_CH),
    ("CY", keys::COUNTRY_CY),
    ("CZ", keys::COUNTRY_CZ),
    ("DE", keys::COUNTRY_DE),
    ("DK", keys::COUNTRY_DK),
    ("EE", keys::COUNTRY_EE),
    ("ES", keys::COUNTRY_ES),
    ("FI", keys::COUNTRY_FI),
    ("FR", keys::COUNTRY_FR),
    ("GB", keys::COUNTRY_GB),
    ("GR", keys::COUNTRY_GR),
    ("HR", keys::COUNTRY_HR),
    ("HU", keys::COUNTRY_HU),
    ("IE", keys::COUNTRY_IE),
    ("IS", keys::COUNTRY_IS),
    ("IT", keys::COUNTRY_IT),
    ("LI", keys::COUNTRY_LI),
    ("LT", keys::COUNTRY_LT),
    ("LU", keys::COUNTRY_LU),
    ("LV", keys::COUNTRY_LV),
    ("MC", keys::COUNTRY_MC),
    ("MT", keys::COUNTRY_MT),
    ("NL", keys::COUNTRY_NL),
    ("NO", keys::COUNTRY_NO),
    ("PL", keys::COUNTRY_PL),
    ("PT", keys::COUNTRY_PT),
    ("RO", keys::COUNTRY_RO),
    ("SE", keys::COUNTRY_SE),
    ("SI", keys::COUNTRY_SI),
    ("SK", keys::COUNTRY_SK),
    ("US", keys::COUNTRY_US),
];

/// Trimmed and uppercased, since people type "eur" or "Fr" as readily as "EUR".
fn normalize(input: &str) -> String {
    input.trim().to_uppercase()
}

/// A currency of an invoice or a price list, as its ISO 4217 code.
pub fn currency(input: &str) -> Result<String, Problem> {
    let code = normalize(input);
    if code.is_empty() {
        return Err(Problem::Required);
    }
    if CURRENCIES.iter().any(|(c, _)| *c == code) {
        Ok(code)
    } else {
        Err(Problem::UnknownCurrency { code })
    }
}

/// How many decimals an amount in this currency has, which fixes how money is rounded
/// and stored as minor units. A code outside the table (it should have been refused by
/// `currency` already) gets 2, the most common answer.
pub fn minor_units(code: &str) -> u32 {
    let code = normalize(code);
    CURRENCIES
        .iter()
        .find(|(c, _)| *c == code)
        .map_or(2, |(_, units)| *units)
}

/// A country, as its ISO 3166-1 alpha-2 code.
pub fn country(input: &str) -> Result<String, Problem> {
    let code = normalize(input);
    if code.is_empty() {
        return Err(Problem::Required);
    }
    if COUNTRIES.contains(&code.as_str()) {
        Ok(code)
    } else {
        Err(Problem::UnknownCountry { code })
    }
}

/// The country's name for documents and forms; `None` outside the countries listed,
/// where the caller shows the code itself.
pub fn country_name(code: &str, lang: Lang) -> Option<&'static str> {
    let code = normalize(code);
    COUNTRY_NAMES
        .iter()
        .find(|(c, _)| *c == code)
        .map(|(_, key)| words::word(lang, *key))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn currencies() {
        for (input, expected) in [
            ("EUR", "EUR"),
            (" eur ", "EUR"),
            ("Gbp", "GBP"),
            ("CHF", "CHF"),
            ("JPY", "JPY"),
        ] {
            assert_eq!(currency(input).as_deref(), Ok(expected), "input {input:?}");
        }
        assert_eq!(currency(" "), Err(Problem::Required));
        for (input, code) in [
            ("EU", "EU"),
            ("EURO", "EURO"),
            ("€", "€"),
            ("FRF", "FRF"),
            ("HRK", "HRK"),
            ("XAU", "XAU"),
            ("xxx", "XXX"),
        ] {
            assert_eq!(
                currency(input),
                Err(Problem::UnknownCurrency { code: code.into() }),
                "input {input:?}"
            );
        }
    }

    #[test]
    fn decimal_places() {
        for (code, units) in [
            ("EUR", 2),
            ("usd", 2),
            ("GBP", 2),
            ("JPY", 0),
            ("KRW", 0),
            ("ISK", 0),
            ("XOF", 0),
            ("BHD", 3),
            ("KWD", 3),
            ("TND", 3),
            ("ZZZ", 2),
        ] {
            assert_eq!(minor_units(code), units, "{code}");
        }
    }

    #[test]
    fn countries() {
        for (input, expected) in [("FR", "FR"), (" be ", "BE"), ("gb", "GB"), ("GR", "GR")] {
            assert_eq!(country(input).as_deref(), Ok(expected), "input {input:?}");
        }
        assert_eq!(country(""), Err(Problem::Required));
        for (input, code) in [
            ("F", "F"),
            ("FRA", "FRA"),
            ("UK", "UK"),
            ("EL", "EL"),
            ("XK", "XK"),
            ("ZZ", "ZZ"),
        ] {
            assert_eq!(
                country(input),
                Err(Problem::UnknownCountry { code: code.into() }),
                "input {input:?}"
            );
        }
    }

    #[test]
    fn tables_have_no_duplicates_and_the_right_size() {
        let mut countries = COUNTRIES.to_vec();
        countries.sort_unstable();
        countries.dedup();
        assert_eq!(countries.len(), 249, "ISO 3166-1 assigns 249 alpha-2 codes");

        let mut currencies: Vec<&str> = CURRENCIES.iter().map(|(c, _)| *c).collect();
        currencies.sort_unstable();
        currencies.dedup();
        assert_eq!(currencies.len(), CURRENCIES.len());
    }

    #[test]
    fn every_named_country_is_a_country_and_every_eu_member_is_named() {
        for (code, key) in COUNTRY_NAMES {
            assert_eq!(country(code).as_deref(), Ok(*code));
            assert_eq!(key.id(), format!("country-{}", code.to_lowercase()));
        }
        for code in COUNTRIES {
            if crate::checks::vat::is_eu_member(code) {
                assert!(country_name(code, Lang::Fr).is_some(), "{code}");
            }
        }
    }

    #[test]
    fn names_in_both_languages() {
        assert_eq!(country_name("DE", Lang::Fr), Some("Allemagne"));
        assert_eq!(country_name("de", Lang::En), Some("Germany"));
        assert_eq!(country_name("GB", Lang::Fr), Some("Royaume-Uni"));
        assert_eq!(country_name("US", Lang::Fr), Some("États-Unis"));
        assert_eq!(country_name("NO", Lang::En), Some("Norway"));
        assert_eq!(country_name("JP", Lang::En), None);
        assert_eq!(country_name("EL", Lang::En), None);
    }
}
