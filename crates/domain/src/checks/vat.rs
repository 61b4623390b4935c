//! Intra-community VAT numbers, as the EU's VIES service knows them.
//!
//! Only the shape (and, for France, the key) is checked here: the application may ask
//! VIES whether the number is registered, but an offline check must not depend on it.

use crate::problem::Problem;

/// (VAT prefix, ISO country, an example of that country's shape). Greece's prefix is
/// "EL", not its ISO code; "XI" is Northern Ireland, which keeps EU VAT rules for goods
/// since Brexit and whose numbers VIES still answers for.
const VAT_COUNTRIES: &[(&str, &str, &str)] = &[
    ("AT", "AT", "ATU13585627"),
    ("BE", "BE", "BE0403170701"),
    ("BG", "BG", "BG175074752"),
    ("CY", "CY", "CY10259033P"),
    ("CZ", "CZ", "CZ25123891"),
    ("DE", "DE", "DE129273398"),
    ("DK", "DK", "DK13585628"),
    ("EE", "EE", "EE100931558"),
    ("EL", "GR", "EL094014201"),
    ("ES", "ES", "ESA28015865"),
    ("FI", "FI", "FI20774740"),
    ("FR", "FR", "FR40303265045"),
    ("HR", "HR", "HR33392005961"),
    ("HU", "HU", "HU12892312"),
    ("IE", "IE", "IE6388047V"),
    ("IT", "IT", "IT00743110157"),
    ("LT", "LT", "LT119511515"),
    ("LU", "LU", "LU15027442"),
    ("LV", "LV", "LV40003521600"),
    ("MT", "MT", "MT11679112"),
    ("NL", "NL", "NL004495445B01"),
    ("PL", "PL", "PL5260250274"),
    ("PT", "PT", "PT500697370"),
    ("RO", "RO", "RO18547290"),
    ("SE", "SE", "SE556012579001"),
    ("SI", "SI", "SI50223054"),
    ("SK", "SK", "SK2020317068"),
    ("XI", "GB", "XI980780684"),
];

/// The 27 member states, by ISO code.
const EU_MEMBERS: &[&str] = &[
    "AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "ES", "FI", "FR", "GR", "HR", "HU", "IE", "IT",
    "LT", "LU", "LV", "MT", "NL", "PL", "PT", "RO", "SE", "SI", "SK",
];

/// Whether the country (ISO 3166-1 alpha-2) is an EU member state, which decides
/// between French VAT, reverse charge and export on an invoice.
pub fn is_eu_member(country_iso: &str) -> bool {
    let code = country_iso.trim().to_ascii_uppercase();
    EU_MEMBERS.contains(&code.as_str())
}

/// The ISO country of a normalized VAT number ("EL…" is Greece, "XI…" the UK), or
/// `None` when its prefix is no EU VAT prefix.
pub fn vat_country(vat: &str) -> Option<String> {
    let prefix = vat.get(..2)?.to_ascii_uppercase();
    VAT_COUNTRIES
        .iter()
        .find(|(p, _, _)| *p == prefix)
        .map(|(_, iso, _)| (*iso).to_string())
}

/// A VAT number, normalized to its compact uppercase form (FR40303265045).
///
/// When the customer's country is known, the number must be that country's: invoicing a
/// Belgian customer under a French number would put the wrong VAT regime on the invoice.
pub fn vat_number(input: &str, customer_country: Option<&str>) -> Result<String, Problem> {
    // Invoices and letterheads print VAT numbers as "FR 40 303 265 045" or
    // "BE 0403.170.701"; pasted ones carry non-breaking spaces.
    let vat: String = input
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '.' && *c != '-')
        .flat_map(char::to_uppercase)
        .collect();
    if vat.is_empty() {
        return Err(Problem::Required);
    }
    let (prefix, body) = match vat.char_indices().nth(2) {
        Some((split, _)) => vat.split_at(split),
        None => (vat.as_str(), ""),
    };
    let Some((_, iso, example)) = VAT_COUNTRIES.iter().find(|(p, _, _)| *p == prefix) else {
        return Err(Problem::VatUnknownCountry {
            prefix: prefix.to_string(),
        });
    };
    if !shape_ok(prefix, body.as_bytes()) {
        return Err(Problem::VatFormat {
            country: (*iso).to_string(),
            example,
        });
    }
    if prefix == "FR" && !french_key_ok(body.as_bytes()) {
        return Err(Problem::VatKey);
    }
    if let Some(customer) = customer_country.map(iso_of).filter(|c| !c.is_empty()) {
        if customer != *iso {
            return Err(Problem::VatCountryMismatch {
                vat_country: (*iso).to_string(),
                country: customer,
            });
        }
    }
    Ok(vat)
}

/// Reads a customer's country as ISO, also when it was given as a VAT prefix.
fn iso_of(country: &str) -> String {
    let code = country.trim().to_ascii_uppercase();
    match code.as_str() {
        "EL" => "GR".to_string(),
        "XI" => "GB".to_string(),
        _ => code,
    }
}

fn digits(b: &[u8]) -> bool {
    b.iter().all(u8::is_ascii_digit)
}

fn n_digits(b: &[u8], n: usize) -> bool {
    b.len() == n && digits(b)
}

/// The shapes VIES documents for each member state, after the prefix.
fn shape_ok(prefix: &str, b: &[u8]) -> bool {
    match prefix {
        // "U" then 8 digits.
        "AT" => b.first() == Some(&b'U') && n_digits(&b[1..], 8),
        // 10 digits; the old 9-digit numbers gained a leading 0, and 1 is the new range.
        "BE" => n_digits(b, 10) && matches!(b[0], b'0' | b'1'),
        "BG" => matches!(b.len(), 9 | 10) && digits(b),
        "CY" => b.len() == 9 && digits(&b[..8]) && b[8].is_ascii_uppercase(),
        "CZ" => matches!(b.len(), 8..=10) && digits(b),
        "DE" | "EE" | "EL" | "PT" => n_digits(b, 9),
        "DK" | "FI" | "HU" | "LU" | "MT" | "SI" => n_digits(b, 8),
        "ES" => spanish_shape_ok(b),
        // Two key characters, digits or letters other than I and O, then the SIREN.
        "FR" => {
            b.len() == 11
                && b[..2]
                    .iter()
                    .all(|c| c.is_ascii_digit() || (c.is_ascii_uppercase() && !b"IO".contains(c)))
                && digits(&b[2..])
        }
        "HR" | "IT" | "LV" => n_digits(b, 11),
        "IE" => irish_shape_ok(b),
        "LT" => matches!(b.len(), 9 | 12) && digits(b),
        "NL" => b.len() == 12 && digits(&b[..9]) && b[9] == b'B' && digits(&b[10..]),
        "PL" | "SK" => n_digits(b, 10),
        "RO" => matches!(b.len(), 2..=10) && digits(b),
        "SE" => n_digits(b, 12),
        // The UK formats: standard, branch, government departments, health authorities.
        "XI" => {
            (matches!(b.len(), 9 | 12) && digits(b))
                || (b.len() == 5
                    && (b.starts_with(b"GD") || b.starts_with(b"HA"))
                    && digits(&b[2..]))
        }
        _ => false,
    }
}

/// Nine characters, seven digits in the middle, a letter or digit at each end, but not a
/// digit at both (that would be neither a NIF nor a CIF).
fn spanish_shape_ok(b: &[u8]) -> bool {
    b.len() == 9
        && digits(&b[1..8])
        && b[0].is_ascii_alphanumeric()
        && b[8].is_ascii_alphanumeric()
        && !(b[0].is_ascii_digit() && b[8].is_ascii_digit())
}

/// Current numbers (7 digits and a letter, plus a second letter since 2013) and the old
/// ones whose second character is a letter or "+" / "*".
fn irish_shape_ok(b: &[u8]) -> bool {
    let check_letter = |c: u8| (b'A'..=b'W').contains(&c);
    match b.len() {
        8 if digits(&b[..7]) => check_letter(b[7]),
        8 => {
            b[0].is_ascii_digit()
                && (b[1].is_ascii_uppercase() || b"+*".contains(&b[1]))
                && digits(&b[2..7])
                && check_letter(b[7])
        }
        9 => digits(&b[..7]) && check_letter(b[7]) && (b'A'..=b'I').contains(&b[8]),
        _ => false,
    }
}

/// A numeric French key is (12 + 3 × (SIREN mod 97)) mod 97. Keys with letters belong to
/// a scheme INSEE does not publish, so those pass on their shape alone.
fn french_key_ok(b: &[u8]) -> bool {
    if !digits(&b[..2]) {
        return true;
    }
    let number = |digits: &[u8]| {
        digits
            .iter()
            .fold(0u64, |acc, d| acc * 10 + u64::from(d - b'0'))
    };
    let key = number(&b[..2]);
    let siren = number(&b[2..]);
    key == (12 + 3 * (siren % 97)) % 97
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn french_numbers() {
        let cases: &[(&str, Result<&str, Problem>)] = &[
            ("FR40303265045", Ok("FR40303265045")),
            ("fr 40 303 265 045", Ok("FR40303265045")),
            ("FR-40.303.265.045", Ok("FR40303265045")),
            ("\u{a0}FR\u{a0}40303265045 ", Ok("FR40303265045")),
            ("FR44732829320", Ok("FR44732829320")),
            // Letter keys are checked for their shape only.
            ("FRK7399859412", Ok("FRK7399859412")),
            ("FR41303265045", Err(Problem::VatKey)),
            ("FR40303265046", Err(Problem::VatKey)),
            ("FRI7399859412", Err(vat_format("FR", "FR40303265045"))),
            ("FR4030326504", Err(vat_format("FR", "FR40303265045"))),
            ("FR403032650455", Err(vat_format("FR", "FR40303265045"))),
            ("FR40303265O45", Err(vat_format("FR", "FR40303265045"))),
            ("FR", Err(vat_format("FR", "FR40303265045"))),
        ];
        for (input, expected) in cases {
            let expected = expected.clone().map(str::to_string);
            assert_eq!(vat_number(input, None), expected, "input {input:?}");
        }
    }

    fn vat_format(country: &str, example: &'static str) -> Problem {
        Problem::VatFormat {
            country: country.to_string(),
            example,
        }
    }

    #[test]
    fn every_country_accepts_its_shapes() {
        let valid = [
            "ATU13585627",
            "BE0403170701",
            "BE1000000053",
            "BG175074752",
            "BG1750747523",
            "CY10259033P",
            "CZ25123891",
            "CZ699001237",
            "CZ6306150004",
            "DE129273398",
            "DK13585628",
            "EE100931558",
            "EL094014201",
            "ESA28015865",
            "ES12345678Z",
            "ESX1234567L",
            "ESB12345678",
            "FI20774740",
            "HR33392005961",
            "HU12892312",
            "IE6388047V",
            "IE1234567WA",
            "IE8Z49289F",
            "IE7+12345A",
            "IT00743110157",
            "LT119511515",
            "LT100001919017",
            "LU15027442",
            "LV40003521600",
            "MT11679112",
            "NL004495445B01",
            "PL5260250274",
            "PT500697370",
            "RO18547290",
            "RO12",
            "SE556012579001",
            "SI50223054",
            "SK2020317068",
            "XI980780684",
            "XI980780684001",
            "XIGD123",
            "XIHA499",
        ];
        for input in valid {
            assert_eq!(vat_number(input, None).as_deref(), Ok(input), "{input}");
        }
    }

    #[test]
    fn every_country_refuses_other_shapes() {
        let invalid = [
            ("ATU1358562", "AT"),
            ("AT13585627", "AT"),
            ("BE2403170701", "BE"),
            ("BE403170701", "BE"),
            ("BG17507475", "BG"),
            ("CY102590331", "CY"),
            ("CZ1234567", "CZ"),
            ("DE12927339", "DE"),
            ("DE1292733989", "DE"),
            ("DK1358562", "DK"),
            ("EE10093155", "EE"),
            ("EL09401420", "GR"),
            ("ES123456789", "ES"),
            ("ESA2801586", "ES"),
            ("ESAB8015865", "ES"),
            ("FI2077474", "FI"),
            ("HR3339200596", "HR"),
            ("HU1289231", "HU"),
            ("IE6388047X", "IE"),
            ("IE6388047VZ", "IE"),
            ("IE638804V", "IE"),
            ("IT0074311015", "IT"),
            ("LT1195115150", "LT"),
            ("LU1502744", "LU"),
            ("LV4000352160", "LV"),
            ("MT1167911", "MT"),
            ("NL004495445801", "NL"),
            ("NL004495445B1", "NL"),
            ("NL04495445B01", "NL"),
            ("PL526025027", "PL"),
            ("PT50069737", "PT"),
            ("RO1", "RO"),
            ("RO12345678901", "RO"),
            ("SE5560125790", "SE"),
            ("SI5022305", "SI"),
            ("SK202031706", "SK"),
            ("XI98078068", "GB"),
            ("XIGD12", "GB"),
            ("XIAB123", "GB"),
        ];
        for (input, country) in invalid {
            let Err(Problem::VatFormat {
                country: got,
                example,
            }) = vat_number(input, None)
            else {
                panic!("{input} should be refused for its shape");
            };
            assert_eq!(got, country, "{input}");
            // The example shown must itself be accepted, or the message would mislead.
            assert_eq!(vat_number(example, None).as_deref(), Ok(example), "{input}");
        }
    }

    #[test]
    fn every_example_is_valid_for_its_own_country() {
        for (prefix, iso, example) in VAT_COUNTRIES {
            assert!(example.starts_with(prefix), "{example}");
            assert_eq!(vat_number(example, Some(iso)).as_deref(), Ok(*example));
        }
    }

    #[test]
    fn unknown_prefixes() {
        let cases = [
            ("GB123456789", "GB"),
            ("GR094014201", "GR"),
            ("CH123456789", "CH"),
            ("US123456789", "US"),
            ("40303265045", "40"),
            ("F", "F"),
            ("ÉU123", "ÉU"),
        ];
        for (input, prefix) in cases {
            assert_eq!(
                vat_number(input, None),
                Err(Problem::VatUnknownCountry {
                    prefix: prefix.to_string()
                }),
                "{input}"
            );
        }
        assert_eq!(vat_number("", None), Err(Problem::Required));
        assert_eq!(vat_number(" . - ", None), Err(Problem::Required));
    }

    #[test]
    fn customer_country_must_match() {
        assert_eq!(
            vat_number("FR40303265045", Some("FR")).as_deref(),
            Ok("FR40303265045")
        );
        assert_eq!(
            vat_number("FR40303265045", Some(" fr ")).as_deref(),
            Ok("FR40303265045")
        );
        assert_eq!(
            vat_number("EL094014201", Some("GR")).as_deref(),
            Ok("EL094014201")
        );
        assert_eq!(
            vat_number("EL094014201", Some("EL")).as_deref(),
            Ok("EL094014201")
        );
        assert_eq!(
            vat_number("XI980780684", Some("GB")).as_deref(),
            Ok("XI980780684")
        );
        // A country left blank is no country at all.
        assert_eq!(
            vat_number("FR40303265045", Some("")).as_deref(),
            Ok("FR40303265045")
        );
        assert_eq!(
            vat_number("FR40303265045", Some("BE")),
            Err(Problem::VatCountryMismatch {
                vat_country: "FR".into(),
                country: "BE".into()
            })
        );
        assert_eq!(
            vat_number("EL094014201", Some("CY")),
            Err(Problem::VatCountryMismatch {
                vat_country: "GR".into(),
                country: "CY".into()
            })
        );
        // The shape is reported before the country: fixing it may fix both.
        assert_eq!(
            vat_number("FR4030326504", Some("BE")),
            Err(vat_format("FR", "FR40303265045"))
        );
    }

    #[test]
    fn countries_of_vat_numbers() {
        let cases = [
            ("FR40303265045", Some("FR")),
            ("EL094014201", Some("GR")),
            ("XI980780684", Some("GB")),
            ("de129273398", Some("DE")),
            ("GB123456789", None),
            ("F", None),
            ("", None),
            ("éé", None),
        ];
        for (vat, expected) in cases {
            assert_eq!(vat_country(vat).as_deref(), expected, "{vat}");
        }
    }

    #[test]
    fn eu_membership() {
        assert_eq!(EU_MEMBERS.len(), 27);
        for code in ["FR", "de", "GR", "HR", "CY", "IE"] {
            assert!(is_eu_member(code), "{code}");
        }
        for code in ["GB", "CH", "NO", "IS", "LI", "EL", "XI", "MC", "US", ""] {
            assert!(!is_eu_member(code), "{code}");
        }
    }
}
