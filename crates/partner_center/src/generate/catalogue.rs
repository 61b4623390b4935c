//! What the generated files sell and to whom: Microsoft's products as partners see them
//! in their reconciliation files, and small businesses of France, Belgium, the United
//! Kingdom and the United States.

use rust_decimal::Decimal;

/// A seat-based product: its ids, names and monthly price per seat in EUR, GBP and USD
/// (in cents, as the price lists publish them).
pub(super) struct Sku {
    pub product_id: &'static str,
    pub sku_id: &'static str,
    pub product: &'static str,
    pub sku: &'static str,
    pub cents: [i64; 3],
}

pub(super) const SKUS: &[Sku] = &[
    Sku {
        product_id: "CFQ7TTC0LH18",
        sku_id: "0001",
        product: "Microsoft 365 Business Basic",
        sku: "Microsoft 365 Business Basic",
        cents: [560, 490, 600],
    },
    Sku {
        product_id: "CFQ7TTC0LDPB",
        sku_id: "0001",
        product: "Microsoft 365 Business Standard",
        sku: "Microsoft 365 Business Standard",
        cents: [1170, 1030, 1250],
    },
    Sku {
        product_id: "CFQ7TTC0LCHC",
        sku_id: "0002",
        product: "Microsoft 365 Business Premium",
        sku: "Microsoft 365 Business Premium",
        cents: [2060, 1810, 2200],
    },
    Sku {
        product_id: "CFQ7TTC0LF8Q",
        sku_id: "0001",
        product: "Office 365 E3",
        sku: "Office 365 E3",
        cents: [2250, 1980, 2300],
    },
    Sku {
        product_id: "CFQ7TTC0LFLZ",
        sku_id: "0002",
        product: "Microsoft 365 E3",
        sku: "Microsoft 365 E3 (no Teams)",
        cents: [3390, 2990, 3375],
    },
    Sku {
        product_id: "CFQ7TTC0LH16",
        sku_id: "0001",
        product: "Exchange Online (Plan 1)",
        sku: "Exchange Online (Plan 1)",
        cents: [370, 330, 400],
    },
    Sku {
        product_id: "CFQ7TTC0LHSF",
        sku_id: "0001",
        product: "Microsoft Teams Essentials",
        sku: "Microsoft Teams Essentials",
        cents: [370, 330, 400],
    },
    Sku {
        product_id: "CFQ7TTC0LHWM",
        sku_id: "0009",
        product: "Visio Plan 2",
        sku: "Visio Plan 2",
        cents: [1400, 1230, 1500],
    },
    Sku {
        product_id: "CFQ7TTC0HDB0",
        sku_id: "0004",
        product: "Dynamics 365 Business Central",
        sku: "Dynamics 365 Business Central Essentials",
        cents: [6600, 5800, 7000],
    },
    Sku {
        product_id: "CFQ7TTC0LCHB",
        sku_id: "0004",
        product: "Microsoft Defender for Business",
        sku: "Microsoft Defender for Business",
        cents: [280, 250, 300],
    },
];

/// An Azure meter: product, SKU, meter, unit and its USD price per unit (Azure plan
/// prices are in USD and converted to the billing currency).
pub(super) struct AzureMeter {
    pub product_id: &'static str,
    pub sku_id: &'static str,
    pub product: &'static str,
    pub sku: &'static str,
    pub meter_id: &'static str,
    pub meter: &'static str,
    pub category: &'static str,
    pub unit: &'static str,
    pub usd: &'static str,
}

pub(super) const METERS: &[AzureMeter] = &[
    AzureMeter {
        product_id: "DZH318Z0BQ3V",
        sku_id: "00R6",
        product: "Virtual Machines Dv3 Series",
        sku: "D2 v3",
        meter_id: "3b9b1a27-7bd7-4c7a-8b5a-9b3c2bba4f4d",
        meter: "D2 v3/D2s v3",
        category: "Virtual Machines",
        unit: "1 Hour",
        usd: "0.096",
    },
    AzureMeter {
        product_id: "DZH318Z0BNZ5",
        sku_id: "006G",
        product: "Bandwidth Inter-Region",
        sku: "Intra Continent Data Transfer Out",
        meter_id: "9995d93a-7d35-4d3f-9c69-7a7fea447ef4",
        meter: "Intra Continent Data Transfer Out",
        category: "Bandwidth",
        unit: "1 GB",
        usd: "0.02",
    },
    AzureMeter {
        product_id: "DZH318Z0BP5W",
        sku_id: "0011",
        product: "Storage",
        sku: "Hot LRS",
        meter_id: "f114cb19-ea64-40b5-bcd7-aee474b62853",
        meter: "Hot LRS Data Stored",
        category: "Storage",
        unit: "1 GB/Month",
        usd: "0.0184",
    },
    AzureMeter {
        product_id: "DZH318Z0BQ4B",
        sku_id: "0015",
        product: "SQL Database Single/Elastic Pool General Purpose - Compute Gen5",
        sku: "2 vCore",
        meter_id: "a1b71c14-8e3e-4b1d-9a80-e9d4c8c7c1b0",
        meter: "vCore",
        category: "SQL Database",
        unit: "1 Hour",
        usd: "0.2522",
    },
    AzureMeter {
        product_id: "DZH318Z0BQ8C",
        sku_id: "0003",
        product: "Azure Backup",
        sku: "Standard",
        meter_id: "f7cbb3a5-ea6e-4a2e-a8a4-24ed4a2b0fe1",
        meter: "Protected Instances",
        category: "Backup",
        unit: "1/Month",
        usd: "10",
    },
];

const FIRST: &[&str] = &[
    "Boulangerie",
    "Cabinet",
    "Atelier",
    "Transports",
    "Garage",
    "Pharmacie",
    "Studio",
    "Clinique",
    "Brasserie",
    "Menuiserie",
    "Agence",
    "Fromagerie",
    "Imprimerie",
    "Librairie",
    "Cave",
    "Northwind",
    "Contoso",
    "Fabrikam",
    "Harbour",
    "Kingsway",
];

const SECOND: &[&str] = &[
    "Dupré",
    "Lambert",
    "Mercier",
    "Lefèvre",
    "Moreau",
    "Girard",
    "Bonnet",
    "Fontaine",
    "Rousseau",
    "Chevalier",
    "Gauthier",
    "Perrin",
    "Leclerc",
    "Brennan",
    "Whitfield",
    "Ashworth",
    "O'Connor",
    "Van Damme",
    "Peeters",
    "Janssens",
];

const FORMS: &[&str] = &[
    "SARL",
    "SAS",
    "& Fils",
    "et Associés",
    "Ltd",
    "LLC",
    "SRL",
    "Inc.",
    "",
    "Conseil",
];

/// A customer's country, with its billing currency (index in `Sku::cents`).
pub(super) const COUNTRIES: &[(&str, &str, usize)] = &[
    ("FR", "EUR", 0),
    ("FR", "EUR", 0),
    ("FR", "EUR", 0),
    ("BE", "EUR", 0),
    ("GB", "GBP", 1),
    ("US", "USD", 2),
];

/// A company's name from three picks.
pub(super) fn company(a: u64, b: u64, c: u64) -> String {
    let first = FIRST[(a % FIRST.len() as u64) as usize];
    let second = SECOND[(b % SECOND.len() as u64) as usize];
    let form = FORMS[(c % FORMS.len() as u64) as usize];
    if form.is_empty() {
        format!("{first} {second}")
    } else {
        format!("{first} {second} {form}")
    }
}

/// A tenant's default domain: the name folded to ASCII letters, then `.onmicrosoft.com`.
pub(super) fn domain(name: &str, n: u64) -> String {
    let slug: String = name
        .chars()
        .filter_map(|c| match c {
            'é' | 'è' | 'ê' | 'ë' => Some('e'),
            'à' | 'â' => Some('a'),
            'ô' => Some('o'),
            'ç' => Some('c'),
            c if c.is_ascii_alphanumeric() => Some(c.to_ascii_lowercase()),
            _ => None,
        })
        .take(20)
        .collect();
    format!("{slug}{n}.onmicrosoft.com")
}

/// The USD to billing currency rate of the month, as Partner Center writes it.
pub(super) fn usd_rate(currency: &str) -> Decimal {
    match currency {
        "EUR" => Decimal::new(9234567, 7),
        "GBP" => Decimal::new(7891234, 7),
        _ => Decimal::ONE,
    }
}
