//! Realistic documents for tests, benchmarks and demos: a Lyon partner billing a French
//! customer (20 % VAT, a prorated line) and a Belgian business customer (reverse charge),
//! statements of account, the aging report, reminder letters (a first reminder and a
//! formal notice), the collection-policy sheet and support-terms sheets.
//!
//! Totals are computed the way the domain does: each line rounded once, VAT per rate
//! on the sum of the lines at that rate; statements by `ardoise_domain::statements`.
//!
//! Compiled only with the `sample` feature: the crate's own tests and examples turn it on
//! (through its dev-dependency on itself); the CLI and the desktop app never do.

mod invoices;
mod letters;
mod policy_sheet;
mod statements;
mod support;

pub use invoices::{
    sample_credit_note, sample_invoice, sample_line, sample_long_invoice, sample_reverse_charge,
    with_totals,
};
pub use letters::{sample_letter, sample_long_letter};
pub use policy_sheet::sample_policy_sheet;
pub use statements::{sample_aging, sample_long_aging, sample_long_statement, sample_statement};
pub use support::{sample_no_support_sheet, sample_support_sheet};

use ardoise_domain::money::{Currency, Money};
use ardoise_domain::Lang;
use chrono::NaiveDate;
use rust_decimal::Decimal;

use crate::Party;

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    // Only called with literal, valid dates.
    NaiveDate::from_ymd_opt(y, m, d).unwrap_or_default()
}

fn eur(amount: Decimal) -> Money {
    Money::new(amount, Currency::EUR)
}

fn dec(s: &str) -> Decimal {
    s.parse().unwrap_or_default()
}

fn november() -> (NaiveDate, NaiveDate) {
    (day(2026, 11, 1), day(2026, 11, 30))
}

/// The partner: a French SAS in Lyon.
pub fn sample_partner() -> Party {
    Party {
        legal_name: "Nuage Rhône Informatique".to_string(),
        address_lines: vec![
            "14, quai Saint-Antoine".to_string(),
            "69002 Lyon".to_string(),
        ],
        country_name: "France".to_string(),
        vat_number: Some("FR65912345675".to_string()),
        siren: Some("912 345 675".to_string()),
        legal_form: Some("SAS".to_string()),
        share_capital: Some(eur(Decimal::from(10_000))),
        rcs: Some("RCS Lyon 912 345 675".to_string()),
        email: Some("facturation@nuage-rhone.fr".to_string()),
        phone: Some("+33 4 78 92 00 00".to_string()),
        website: Some("www.nuage-rhone.fr".to_string()),
        iban: Some("FR76 3000 6000 0112 3456 7890 189".to_string()),
        bic: Some("AGRIFRPP878".to_string()),
        bank_name: Some("Crédit Agricole Centre-Est".to_string()),
    }
}

/// A French business customer.
pub fn sample_french_customer() -> Party {
    Party {
        legal_name: "Pâtisserie Cœur de Lyon SARL".to_string(),
        address_lines: vec![
            "Service comptabilité".to_string(),
            "3, place de l’Église".to_string(),
            "69100 Villeurbanne".to_string(),
        ],
        country_name: "France".to_string(),
        vat_number: Some("FR83404833048".to_string()),
        ..Party::default()
    }
}

/// A Belgian business customer with a valid VAT number: reverse charged.
pub fn sample_belgian_customer(lang: Lang) -> Party {
    Party {
        legal_name: "Brasserie Van Damme SRL".to_string(),
        address_lines: vec!["Rue de la Loi 42".to_string(), "1040 Bruxelles".to_string()],
        country_name: lang.pick("Belgique", "Belgium").to_string(),
        vat_number: Some("BE0123456749".to_string()),
        ..Party::default()
    }
}

/// How the sample partner's support is reached, as the application prints it.
pub fn sample_support(lang: Lang) -> Vec<String> {
    match lang {
        Lang::Fr => vec![
            "Une question sur ce relevé ou sur votre support\u{202f}? Contactez-nous\u{202f}:"
                .to_string(),
            "support@nuage-rhone.fr · +33 4 78 92 00 10 · du lundi au vendredi, de 9\u{a0}h à 18\u{a0}h"
                .to_string(),
        ],
        Lang::En => vec![
            "A question about this statement or your support? Contact us:".to_string(),
            "support@nuage-rhone.fr · +33 4 78 92 00 10 · Monday to Friday, 9 am to 6 pm (Paris time)"
                .to_string(),
        ],
    }
}

/// The narrow no-break space French typography puts before `:`, `%`, `€` and inside « ».
const NNBSP: char = '\u{202f}';
