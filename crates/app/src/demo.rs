//! A realistic demo book: a French CSP partner with French, Belgian, German, British and
//! American customers, the usual Microsoft 365 catalog, monthly and annual terms.
//!
//! The same seed and the same `today` always give the same book; every record goes
//! through the domain's validation like a typed one.

use ardoise_domain::catalog::PriceForm;
use ardoise_domain::customer::{ContactForm, CustomerForm};
use ardoise_domain::partner::PartnerForm;
use ardoise_domain::subscription::{SubscriptionForm, Term};
use chrono::{Datelike, Months, NaiveDate};
use rand::RngExt;
use rand_chacha::ChaCha8Rng;

pub const DEFAULT_CUSTOMERS: usize = 40;
pub const DEFAULT_SEED: u64 = 2026;
pub const DEFAULT_HISTORY_MONTHS: u32 = 6;

#[derive(Debug, Clone, Copy)]
pub struct DemoOptions {
    pub customers: usize,
    pub seed: u64,
    /// Exactly this many subscriptions per customer (benchmarks at a stated scale);
    /// None for a realistic mix of one to four.
    pub subscriptions_per_customer: Option<usize>,
    /// Months before the current one billed, issued and (mostly) paid.
    pub history_months: u32,
}

impl Default for DemoOptions {
    fn default() -> Self {
        DemoOptions {
            customers: DEFAULT_CUSTOMERS,
            seed: DEFAULT_SEED,
            subscriptions_per_customer: None,
            history_months: DEFAULT_HISTORY_MONTHS,
        }
    }
}

/// (ProductId, SkuId, name, unit, monthly partner cost in EUR, markup %).
pub(crate) const PRODUCTS: &[(&str, &str, &str, &str, &str, &str)] = &[
    (
        "CFQ7TTC0LH18",
        "0001",
        "Microsoft 365 Business Basic",
        "user",
        "5.60",
        "12",
    ),
    (
        "CFQ7TTC0LDPB",
        "0001",
        "Microsoft 365 Business Standard",
        "user",
        "11.70",
        "12",
    ),
    (
        "CFQ7TTC0LCHC",
        "0002",
        "Microsoft 365 Business Premium",
        "user",
        "20.60",
        "10",
    ),
    (
        "CFQ7TTC0LF8Q",
        "0001",
        "Office 365 E3",
        "user",
        "23.10",
        "10",
    ),
    (
        "CFQ7TTC0HCHC",
        "0001",
        "Microsoft Defender for Business",
        "user",
        "2.80",
        "15",
    ),
    (
        "CFQ7TTC0LH16",
        "0001",
        "Exchange Online (Plan 1)",
        "user",
        "3.70",
        "15",
    ),
    ("DZH318Z0BPS6", "0001", "Azure plan", "plan", "0", "0"),
];

const FR_PREFIXES: &[&str] = &[
    "Atelier",
    "Cabinet",
    "Boulangerie",
    "Transports",
    "Pharmacie",
    "Menuiserie",
    "Agence",
    "Imprimerie",
    "Garage",
    "Clinique",
    "Librairie",
    "Brasserie",
    "Domaine",
    "Laboratoire",
];
const FR_NAMES: &[&str] = &[
    "Dupont",
    "Lefèvre",
    "Moreau",
    "Girard",
    "Bonnet",
    "Mercier",
    "Lambert",
    "Fontaine",
    "Rousseau",
    "Chevalier",
    "Gauthier",
    "Perrin",
    "Morel",
    "Faure",
    "Roussel",
    "Blanchard",
    "Guérin",
    "Muller",
    "Henry",
    "Boyer",
    "Garnier",
    "Legrand",
    "Œillet",
    "Brun",
];
const FR_FORMS: &[&str] = &["SARL", "SAS", "SA", "EURL", "SCOP"];
const FR_CITIES: &[(&str, &str)] = &[
    ("75011", "Paris"),
    ("69003", "Lyon"),
    ("13008", "Marseille"),
    ("31000", "Toulouse"),
    ("33000", "Bordeaux"),
    ("44000", "Nantes"),
    ("59000", "Lille"),
    ("67000", "Strasbourg"),
    ("35000", "Rennes"),
    ("34000", "Montpellier"),
    ("06000", "Nice"),
    ("21000", "Dijon"),
    ("74000", "Annecy"),
    ("29200", "Brest"),
    ("38000", "Grenoble"),
];
const FR_STREETS: &[&str] = &[
    "rue de la République",
    "avenue Jean-Jaurès",
    "boulevard Voltaire",
    "rue Victor-Hugo",
    "place du Marché",
    "rue des Écoles",
    "chemin des Vignes",
    "quai de la Loire",
];
const FIRST_NAMES: &[&str] = &[
    "Camille", "Julien", "Sophie", "Thomas", "Claire", "Nicolas", "Élodie", "Antoine", "Léa",
    "Mathieu", "Inès", "Hugo",
];
const EN_FIRST_NAMES: &[&str] = &["Oliver", "Emma", "James", "Charlotte", "Henry", "Amelia"];

/// (country, language, currency, postal code, city, street, company, vat pattern).
const ABROAD: &[(&str, &str, &str, &str, &str, &str, &str)] = &[
    (
        "BE",
        "fr",
        "EUR",
        "1000",
        "Bruxelles",
        "Rue Royale 42",
        "Brasserie Vandamme SRL",
    ),
    (
        "DE",
        "en",
        "EUR",
        "10115",
        "Berlin",
        "Invalidenstraße 117",
        "Schreiner Holz GmbH",
    ),
    (
        "LU",
        "fr",
        "EUR",
        "L-1611",
        "Luxembourg",
        "41 avenue de la Gare",
        "Fiduciaire Kremer Sàrl",
    ),
    (
        "GB",
        "en",
        "GBP",
        "EC2A 4NE",
        "London",
        "88 Worship Street",
        "Harcourt & Finch Ltd",
    ),
    (
        "US",
        "en",
        "USD",
        "10013",
        "New York",
        "210 Hudson Street",
        "Bluefin Analytics Inc.",
    ),
    (
        "NL",
        "en",
        "EUR",
        "1017 CT",
        "Amsterdam",
        "Reguliersgracht 51",
        "Van Dijk Logistiek B.V.",
    ),
];

fn pick<'a, T>(rng: &mut ChaCha8Rng, items: &'a [T]) -> &'a T {
    &items[rng.random_range(0..items.len())]
}

/// A valid SIREN: 8 random digits and the Luhn check digit.
fn siren(rng: &mut ChaCha8Rng) -> String {
    let mut digits: Vec<u32> = (0..8).map(|_| rng.random_range(0..10)).collect();
    digits[0] = rng.random_range(3..10);
    for check in 0..10 {
        let mut all = digits.clone();
        all.push(check);
        let sum: u32 = all
            .iter()
            .rev()
            .enumerate()
            .map(|(i, d)| match (i % 2, d * 2) {
                (1, doubled) if doubled > 9 => doubled - 9,
                (1, doubled) => doubled,
                _ => *d,
            })
            .sum();
        if sum.is_multiple_of(10) {
            return all.iter().map(|d| char::from(b'0' + *d as u8)).collect();
        }
    }
    unreachable!("one of ten check digits always satisfies Luhn")
}

fn french_vat(siren: &str) -> String {
    let n: u64 = siren.parse().unwrap_or(0);
    format!("FR{:02}{}", (12 + 3 * (n % 97)) % 97, siren)
}

fn digits(rng: &mut ChaCha8Rng, n: usize) -> String {
    (0..n)
        .map(|_| char::from(b'0' + rng.random_range(0..10u8)))
        .collect()
}

fn foreign_vat(rng: &mut ChaCha8Rng, country: &str) -> String {
    match country {
        "BE" => format!("BE0{}", digits(rng, 9)),
        "DE" => format!("DE{}{}", rng.random_range(1..10), digits(rng, 8)),
        "LU" => format!("LU{}", digits(rng, 8)),
        "NL" => format!("NL{}B0{}", digits(rng, 9), rng.random_range(1..10)),
        _ => String::new(),
    }
}

fn dialling_code(country: &str) -> &'static str {
    match country {
        "BE" => "+32",
        "DE" => "+49",
        "LU" => "+352",
        "GB" => "+44",
        "US" => "+1",
        "NL" => "+31",
        _ => "+33",
    }
}

fn guid(rng: &mut ChaCha8Rng) -> String {
    let bytes: [u8; 16] = rng.random();
    uuid::Builder::from_random_bytes(bytes)
        .into_uuid()
        .to_string()
}

fn slug(name: &str) -> String {
    let ascii: String = name
        .to_lowercase()
        .chars()
        .map(|c| match c {
            'é' | 'è' | 'ê' | 'ë' => 'e',
            'à' | 'â' => 'a',
            'ç' => 'c',
            'ô' | 'ö' => 'o',
            'ù' | 'û' | 'ü' => 'u',
            'î' | 'ï' => 'i',
            'œ' => 'o',
            'ß' => 's',
            c if c.is_ascii_alphanumeric() => c,
            _ => '-',
        })
        .collect();
    ascii
        .split('-')
        .filter(|s| {
            !s.is_empty()
                && !matches!(
                    *s,
                    "sarl"
                        | "sas"
                        | "sa"
                        | "eurl"
                        | "scop"
                        | "ltd"
                        | "inc"
                        | "gmbh"
                        | "b"
                        | "v"
                        | "srl"
                )
        })
        .collect::<Vec<_>>()
        .join("-")
}

pub(crate) struct DemoCustomer {
    pub(crate) form: CustomerForm,
    pub(crate) contacts: Vec<ContactForm>,
    pub(crate) subscriptions: Vec<SubscriptionForm>,
}

pub(crate) fn partner_form() -> PartnerForm {
    PartnerForm {
        legal_name: "Nuage & Compagnie".into(),
        legal_form: "SAS".into(),
        share_capital: "20000".into(),
        siren: "732829320".into(),
        siret: "73282932000074".into(),
        vat_number: "FR44732829320".into(),
        rcs: "RCS Lyon 732 829 320".into(),
        address_line1: "14 quai Saint-Antoine".into(),
        address_line2: String::new(),
        postal_code: "69002".into(),
        city: "Lyon".into(),
        country: "FR".into(),
        email: "facturation@nuage-compagnie.fr".into(),
        phone: "+33 4 72 00 12 34".into(),
        website: "www.nuage-compagnie.fr".into(),
        bank_name: "Crédit Agricole".into(),
        iban: "FR7630006000011234567890189".into(),
        bic: "AGRIFRPP".into(),
        default_currency: "EUR".into(),
        payment_terms_days: "30".into(),
        late_penalty_rate: "12.15".into(),
        recovery_indemnity: "40".into(),
    }
}

/// Prices from one year back, raised by 5 % (Microsoft's usual April move) six months ago.
pub(crate) fn price_forms(cost_eur: &str, markup: &str, today: NaiveDate) -> Vec<PriceForm> {
    let cost: rust_decimal::Decimal = cost_eur.parse().unwrap_or_default();
    let year_ago = today - Months::new(12);
    let six_months_ago = today - Months::new(6);
    let mut out = Vec::new();
    for (currency, rate) in [("EUR", "1"), ("GBP", "0.86"), ("USD", "1.08")] {
        let rate: rust_decimal::Decimal = rate.parse().unwrap_or(rust_decimal::Decimal::ONE);
        for (from, factor) in [(year_ago, "1"), (six_months_ago, "1.05")] {
            let factor: rust_decimal::Decimal = factor.parse().unwrap_or_default();
            let c = ardoise_domain::money::round_commercial(cost * rate * factor, 2);
            out.push(PriceForm {
                currency: currency.into(),
                effective_from: from.to_string(),
                partner_cost: c.to_string(),
                resale_price: String::new(),
                markup_percent: markup.into(),
            });
        }
    }
    out
}

pub(crate) fn demo_customer(
    rng: &mut ChaCha8Rng,
    index: usize,
    product_ids: &[i64],
    today: NaiveDate,
) -> DemoCustomer {
    // One customer in eight is abroad; the first few abroad cover each country.
    let abroad = if index % 8 == 5 {
        Some(&ABROAD[(index / 8) % ABROAD.len()])
    } else {
        None
    };
    let mut form = match abroad {
        Some(&(country, lang, currency, postal, city, street, company)) => CustomerForm {
            legal_name: if index / 8 < ABROAD.len() {
                company.to_string()
            } else {
                format!("{company} ({})", index / 8)
            },
            vat_number: foreign_vat(rng, country),
            country: country.into(),
            address_line1: street.into(),
            postal_code: postal.into(),
            city: city.into(),
            language: lang.into(),
            currency: currency.into(),
            payment_terms_days: "30".into(),
            ..Default::default()
        },
        None => {
            let (postal, city) = *pick(rng, FR_CITIES);
            let name = format!(
                "{} {} {}",
                pick(rng, FR_PREFIXES),
                pick(rng, FR_NAMES),
                pick(rng, FR_FORMS)
            );
            let siren = siren(rng);
            CustomerForm {
                legal_name: if index < 200 {
                    name
                } else {
                    format!("{name} {}", index)
                },
                vat_number: french_vat(&siren),
                country: "FR".into(),
                address_line1: format!("{} {}", rng.random_range(1..120), pick(rng, FR_STREETS)),
                postal_code: postal.into(),
                city: city.into(),
                language: "fr".into(),
                currency: "EUR".into(),
                payment_terms_days: pick(rng, &["30", "30", "45", "60"]).to_string(),
                ..Default::default()
            }
        }
    };
    let domain = format!(
        "{}.{}",
        slug(&form.legal_name),
        match form.country.as_str() {
            "GB" => "co.uk".to_string(),
            "US" => "com".to_string(),
            c => c.to_lowercase(),
        }
    );
    form.tenant_id = guid(rng);
    form.domain = domain.clone();
    form.support_plan = pick(rng, &["Essentiel", "Essentiel", "Premium", ""]).to_string();
    form.status = if index % 17 == 11 {
        "suspended"
    } else {
        "active"
    }
    .into();
    if index % 13 == 7 {
        form.notes = if form.language == "fr" {
            "Préfère être contacté le matin.".into()
        } else {
            "Prefers to be called in the morning.".into()
        };
    }
    let first_names = if form.language == "fr" {
        FIRST_NAMES
    } else {
        EN_FIRST_NAMES
    };
    let last = pick(rng, FR_NAMES).to_string();
    let billing_first = pick(rng, first_names).to_string();
    let tech_first = pick(rng, first_names).to_string();
    let contacts = vec![
        ContactForm {
            role: "billing".into(),
            name: format!("{billing_first} {last}"),
            email: format!(
                "{}@{domain}",
                if form.language == "fr" {
                    "compta"
                } else {
                    "accounts"
                }
            ),
            phone: format!(
                "{} {} {} {} {} {}",
                dialling_code(&form.country),
                rng.random_range(1..6),
                digits(rng, 2),
                digits(rng, 2),
                digits(rng, 2),
                digits(rng, 2)
            ),
        },
        ContactForm {
            role: "technical".into(),
            name: format!("{tech_first} {}", pick(rng, FR_NAMES)),
            email: format!("it@{domain}"),
            phone: String::new(),
        },
    ];
    let mut subscriptions = Vec::new();
    // One Microsoft 365 suite each, then add-ons.
    let suite = product_ids[rng.random_range(0..4)];
    let seats = *pick(rng, &[3u32, 5, 8, 12, 15, 25, 40, 60, 120]);
    subscriptions.push(subscription(rng, suite, seats, today, None));
    if rng.random_bool(0.4) {
        subscriptions.push(subscription(rng, product_ids[4], seats, today, None));
    }
    if rng.random_bool(0.25) {
        let mailboxes = rng.random_range(1..6);
        subscriptions.push(subscription(rng, product_ids[5], mailboxes, today, None));
    }
    if rng.random_bool(0.2) {
        // Azure is consumption: a monthly plan, never a commitment.
        subscriptions.push(subscription(
            rng,
            product_ids[6],
            1,
            today,
            Some(Term::Monthly),
        ));
    }
    DemoCustomer {
        form,
        contacts,
        subscriptions,
    }
}

pub(crate) fn subscription(
    rng: &mut ChaCha8Rng,
    product_id: i64,
    seats: u32,
    today: NaiveDate,
    term: Option<Term>,
) -> SubscriptionForm {
    let annual = rng.random_bool(0.6);
    let term = term.unwrap_or(if annual { Term::Annual } else { Term::Monthly });
    let annual = term == Term::Annual;
    let months_ago = rng.random_range(1..36);
    let start = (today - Months::new(months_ago))
        .with_day(1 + rng.random_range(0..28))
        .unwrap_or(today);
    // The next anniversary of the term after today.
    let mut renewal = start;
    while renewal <= today {
        renewal = renewal + Months::new(term.months());
    }
    SubscriptionForm {
        product_id: product_id.to_string(),
        quantity: seats.to_string(),
        term: term.code().into(),
        billing_frequency: if annual && rng.random_bool(0.5) {
            "annual"
        } else {
            "monthly"
        }
        .into(),
        start_date: start.to_string(),
        renewal_date: renewal.to_string(),
        auto_renew: rng.random_bool(0.85),
        status: "active".into(),
        pc_subscription_id: guid(rng),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use rand::SeedableRng;

    #[test]
    fn generated_sirens_pass_the_domain_check() {
        let mut rng = ChaCha8Rng::seed_from_u64(1);
        for _ in 0..500 {
            let s = siren(&mut rng);
            assert!(ardoise_domain::checks::siren(&s).is_ok(), "{s}");
            assert!(ardoise_domain::checks::vat_number(&french_vat(&s), Some("FR")).is_ok());
        }
    }
}
