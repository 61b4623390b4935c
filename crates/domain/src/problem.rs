//! What can be wrong with a value a user typed, and how to say it in French and English.
//!
//! A `Problem` is data (no sentence inside); `message` renders it in the reader's language,
//! so the same refusal reads well in the window, the CLI and a log.

use chrono::NaiveDate;
use rust_decimal::Decimal;

use crate::display;
use crate::Lang;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Problem {
    Required,
    TooLong {
        max: usize,
    },
    InvalidEmail,
    /// The VAT number does not have the shape of one for that country (`example` shows one).
    VatFormat {
        country: String,
        example: &'static str,
    },
    /// A French VAT number whose two-digit key does not match its SIREN.
    VatKey,
    /// The VAT number's prefix names another country than the customer's.
    VatCountryMismatch {
        vat_country: String,
        country: String,
    },
    VatUnknownCountry {
        prefix: String,
    },
    SirenFormat,
    SirenChecksum,
    SiretFormat,
    SiretChecksum,
    IbanFormat,
    IbanChecksum,
    BicFormat,
    TenantId,
    UnknownCurrency {
        code: String,
    },
    UnknownCountry {
        code: String,
    },
    NotANumber,
    Negative,
    NotPositive,
    /// A percentage outside 0–100.
    PercentRange,
    NotADate,
    /// The billing frequency is not one the term allows.
    FrequencyNotAllowed {
        term: &'static str,
        allowed: &'static str,
    },
    DateBefore {
        other_field: &'static str,
    },
    AlreadyExists,
    DomainName,
    Phone,
    /// A choice outside the list offered (`allowed` lists the codes).
    NotAChoice {
        allowed: &'static str,
    },
    MicrosoftId,
    /// A billing period: a month written YYYY-MM.
    NotAMonth,
    /// An amount with more decimals than the currency has (0.001 €).
    FractionOfCent,
    /// More than a bound a partner can exceed only by mistake (see `bounds`).
    TooLarge {
        max: Decimal,
    },
    /// A line's quantity × unit price comes to more than `max`.
    LineTooLarge {
        max: Decimal,
    },
    /// A date outside the years forms accept (a mistyped year: 9999, 0001).
    DateRange {
        first: NaiveDate,
        last: NaiveDate,
    },
    /// A count with decimals (1,5 seats).
    NotWhole,
    /// The logo is not a PNG image, or a damaged one.
    ImageFormat,
    /// The logo is too large to be read safely (more than `max_side` pixels a side or
    /// `max_mb` MB).
    ImageTooLarge {
        max_side: u32,
        max_mb: usize,
    },
    /// A letter template names something between braces that is not a placeholder
    /// (`name` without the braces: "montant"), or leaves a brace open or alone (`name`
    /// as written: "{client", "}").
    UnknownPlaceholder {
        name: String,
    },
}

impl Problem {
    pub fn message(&self, lang: Lang) -> String {
        use Problem::*;
        match (self, lang) {
            (Required, Lang::Fr) => "Ce champ est obligatoire.".into(),
            (Required, Lang::En) => "This field is required.".into(),
            (TooLong { max }, Lang::Fr) => format!("{max} caractères au plus."),
            (TooLong { max }, Lang::En) => format!("At most {max} characters."),
            (InvalidEmail, Lang::Fr) => {
                "Adresse e-mail invalide : attendu nom@domaine.fr.".into()
            }
            (InvalidEmail, Lang::En) => "Not an email address: expected name@example.com.".into(),
            (VatFormat { country, example }, Lang::Fr) => format!(
                "Numéro de TVA invalide pour le pays {country} : attendu sous la forme {example}."
            ),
            (VatFormat { country, example }, Lang::En) => format!(
                "Not a valid VAT number for country {country}: expected the form {example}."
            ),
            (VatKey, Lang::Fr) => {
                "Numéro de TVA invalide : la clé (2 chiffres après FR) ne correspond pas au SIREN."
                    .into()
            }
            (VatKey, Lang::En) => {
                "Not a valid VAT number: its key (the 2 digits after FR) does not match the SIREN."
                    .into()
            }
            (VatCountryMismatch { vat_country, country }, Lang::Fr) => format!(
                "Le numéro de TVA est celui d'un autre pays ({vat_country}) que celui du client ({country})."
            ),
            (VatCountryMismatch { vat_country, country }, Lang::En) => format!(
                "The VAT number belongs to another country ({vat_country}) than the customer's ({country})."
            ),
            (VatUnknownCountry { prefix }, Lang::Fr) => format!(
                "Numéro de TVA invalide : « {prefix} » n'est pas un préfixe de pays de l'UE (FR, DE, BE…)."
            ),
            (VatUnknownCountry { prefix }, Lang::En) => format!(
                "Not a valid VAT number: \"{prefix}\" is not an EU country prefix (FR, DE, BE…)."
            ),
            (SirenFormat, Lang::Fr) => "Le SIREN compte 9 chiffres.".into(),
            (SirenFormat, Lang::En) => "A SIREN has 9 digits.".into(),
            (SirenChecksum, Lang::Fr) => {
                "SIREN invalide : la clé de contrôle ne correspond pas (vérifiez chaque chiffre)."
                    .into()
            }
            (SirenChecksum, Lang::En) => {
                "Not a valid SIREN: its check digit does not match (check each digit).".into()
            }
            (SiretFormat, Lang::Fr) => "Le SIRET compte 14 chiffres.".into(),
            (SiretFormat, Lang::En) => "A SIRET has 14 digits.".into(),
            (SiretChecksum, Lang::Fr) => {
                "SIRET invalide : la clé de contrôle ne correspond pas (vérifiez chaque chiffre)."
                    .into()
            }
            (SiretChecksum, Lang::En) => {
                "Not a valid SIRET: its check digit does not match (check each digit).".into()
            }
            (IbanFormat, Lang::Fr) => {
                "IBAN invalide : attendu un code pays, 2 chiffres de clé puis le numéro de compte (FR76 3000 …).".into()
            }
            (IbanFormat, Lang::En) => {
                "Not a valid IBAN: expected a country code, 2 check digits, then the account number (FR76 3000 …).".into()
            }
            (IbanChecksum, Lang::Fr) => {
                "IBAN invalide : la clé de contrôle ne correspond pas (vérifiez chaque caractère)."
                    .into()
            }
            (IbanChecksum, Lang::En) => {
                "Not a valid IBAN: its check digits do not match (check each character).".into()
            }
            (BicFormat, Lang::Fr) => "BIC invalide : 8 ou 11 caractères (BNPAFRPP).".into(),
            (BicFormat, Lang::En) => "Not a valid BIC: 8 or 11 characters (BNPAFRPP).".into(),
            (TenantId, Lang::Fr) => {
                "Identifiant de tenant invalide : attendu un GUID (8-4-4-4-12 caractères hexadécimaux).".into()
            }
            (TenantId, Lang::En) => {
                "Not a valid tenant id: expected a GUID (8-4-4-4-12 hexadecimal characters).".into()
            }
            (UnknownCurrency { code }, Lang::Fr) => {
                format!("« {code} » n'est pas un code de devise ISO (EUR, GBP, USD…).")
            }
            (UnknownCurrency { code }, Lang::En) => {
                format!("\"{code}\" is not an ISO currency code (EUR, GBP, USD…).")
            }
            (UnknownCountry { code }, Lang::Fr) => {
                format!("« {code} » n'est pas un code pays ISO à 2 lettres (FR, BE, GB…).")
            }
            (UnknownCountry { code }, Lang::En) => {
                format!("\"{code}\" is not a 2-letter ISO country code (FR, BE, GB…).")
            }
            (NotANumber, Lang::Fr) => "Attendu un nombre (par exemple 12,50).".into(),
            (NotANumber, Lang::En) => "Expected a number (for example 12.50).".into(),
            (Negative, Lang::Fr) => "Ne peut pas être négatif.".into(),
            (Negative, Lang::En) => "Cannot be negative.".into(),
            (NotPositive, Lang::Fr) => "Doit être supérieur à zéro.".into(),
            (NotPositive, Lang::En) => "Must be greater than zero.".into(),
            (PercentRange, Lang::Fr) => "Attendu un pourcentage entre 0 et 100.".into(),
            (PercentRange, Lang::En) => "Expected a percentage between 0 and 100.".into(),
            (NotADate, Lang::Fr) => "Date invalide : attendu AAAA-MM-JJ.".into(),
            (NotADate, Lang::En) => "Not a date: expected YYYY-MM-DD.".into(),
            (FrequencyNotAllowed { term, allowed }, Lang::Fr) => format!(
                "Cette périodicité de facturation n'est pas possible pour un engagement {}: choisissez {}.",
                fr_term(term),
                fr_allowed(allowed)
            ),
            (FrequencyNotAllowed { term, allowed }, Lang::En) => format!(
                "This billing frequency is not possible for a {term} term: choose {allowed}."
            ),
            (DateBefore { other_field }, Lang::Fr) => {
                format!("Cette date ne peut pas précéder le champ « {} ».", fr_field(other_field))
            }
            (DateBefore { other_field }, Lang::En) => {
                let name = match *other_field {
                    "from" => "period start".to_string(),
                    "previous_step" => "previous step".to_string(),
                    other => other.replace('_', " "),
                };
                format!("This date cannot be before the {name} field.")
            }
            (AlreadyExists, Lang::Fr) => "Cette valeur est déjà utilisée.".into(),
            (AlreadyExists, Lang::En) => "This value is already in use.".into(),
            (DomainName, Lang::Fr) => {
                "Nom de domaine invalide : attendu par exemple contoso.fr.".into()
            }
            (DomainName, Lang::En) => "Not a domain name: expected for example contoso.com.".into(),
            (Phone, Lang::Fr) => {
                "Numéro de téléphone invalide : des chiffres, espaces et + (6 à 20 chiffres).".into()
            }
            (Phone, Lang::En) => {
                "Not a phone number: digits, spaces and + (6 to 20 digits).".into()
            }
            (NotAChoice { allowed }, Lang::Fr) => format!("Choisissez parmi : {allowed}."),
            (NotAChoice { allowed }, Lang::En) => format!("Choose one of: {allowed}."),
            (TooLarge { max }, lang) => {
                let max = display::number(*max, max.scale(), lang);
                match lang {
                    Lang::Fr => format!("Au plus {max} : vérifiez le nombre de chiffres."),
                    Lang::En => format!("At most {max}: check the number of digits."),
                }
            }
            (LineTooLarge { max }, lang) => {
                let max = display::number(*max, max.scale(), lang);
                match lang {
                    Lang::Fr => format!(
                        "Quantité × prix unitaire dépasse {max} : vérifiez l'une et l'autre."
                    ),
                    Lang::En => {
                        format!("Quantity × unit price comes to more than {max}: check both.")
                    }
                }
            }
            (DateRange { first, last }, lang) => {
                let (first, last) = (display::date(*first, lang), display::date(*last, lang));
                match lang {
                    Lang::Fr => format!(
                        "Date hors de la période acceptée ({first} – {last}) : vérifiez l'année."
                    ),
                    Lang::En => format!(
                        "Date outside the range accepted ({first} – {last}): check the year."
                    ),
                }
            }
            (NotWhole, Lang::Fr) => "Attendu un nombre entier (par exemple 12).".into(),
            (NotWhole, Lang::En) => "Expected a whole number (for example 12).".into(),
            (ImageFormat, Lang::Fr) => {
                "Le logo doit être une image PNG : ce fichier n'en est pas une, ou est abîmé. Enregistrez-le en PNG.".into()
            }
            (ImageFormat, Lang::En) => {
                "The logo must be a PNG image: this file is not one, or is damaged. Save it as PNG.".into()
            }
            (ImageTooLarge { max_side, max_mb }, lang) => {
                let max = display::number(Decimal::from(*max_side), 0, lang);
                match lang {
                    Lang::Fr => format!(
                        "Cette image est trop grande pour être lue ({max} pixels de côté et {max_mb} Mo au plus) : enregistrez-la plus petite."
                    ),
                    Lang::En => format!(
                        "This image is too large to be read (at most {max} pixels a side and {max_mb} MB): save a smaller one."
                    ),
                }
            }
            (NotAMonth, Lang::Fr) => "Mois invalide : attendu AAAA-MM, par exemple 2026-11.".into(),
            (NotAMonth, Lang::En) => "Not a month: expected YYYY-MM, for example 2026-11.".into(),
            (FractionOfCent, Lang::Fr) => "Au plus deux décimales (des centimes).".into(),
            (FractionOfCent, Lang::En) => "At most two decimals (cents).".into(),
            (MicrosoftId, Lang::Fr) => {
                "Identifiant Microsoft invalide : lettres et chiffres seulement (CFQ7TTC0LH18).".into()
            }
            (MicrosoftId, Lang::En) => {
                "Not a Microsoft id: letters and digits only (CFQ7TTC0LH18).".into()
            }
            (UnknownPlaceholder { name }, lang) => {
                let shown = if name.contains(['{', '}']) {
                    name.clone()
                } else {
                    format!("{{{name}}}")
                };
                let list = crate::collections::Placeholder::list();
                match lang {
                    Lang::Fr => format!(
                        "Variable inconnue : {shown}. Variables possibles : {list} ({{{{ et }}}} pour une accolade)."
                    ),
                    Lang::En => format!(
                        "Unknown placeholder: {shown}. Placeholders available: {list} ({{{{ and }}}} for a brace)."
                    ),
                }
            }
        }
    }
}

fn fr_term(term: &str) -> &'static str {
    match term {
        "monthly" => "mensuel ",
        "annual" => "annuel ",
        _ => "triennal ",
    }
}

fn fr_allowed(allowed: &str) -> &'static str {
    match allowed {
        "monthly" => "mensuelle",
        "monthly, annual or one-time" => "mensuelle, annuelle ou unique",
        _ => "mensuelle, annuelle, triennale ou unique",
    }
}

fn fr_field(field: &str) -> &'static str {
    match field {
        "start_date" => "date de début",
        "renewal_date" => "date de renouvellement",
        "effective_from" => "date d'effet",
        "from" => "début de période",
        "previous_step" => "étape précédente",
        _ => "date",
    }
}

/// One field at fault, named as the form names it (`vat_number`, `contacts[0].email`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FieldError {
    pub field: String,
    pub problem: Problem,
}

/// Input refused: every field at fault, so a form can mark them all at once.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("invalid input: {}", .0.iter().map(|e| e.field.as_str()).collect::<Vec<_>>().join(", "))]
pub struct Invalid(pub Vec<FieldError>);

impl Invalid {
    pub fn one(field: impl Into<String>, problem: Problem) -> Self {
        Invalid(vec![FieldError {
            field: field.into(),
            problem,
        }])
    }
}

/// Collects field errors while a whole input is checked, then succeeds or refuses once.
#[derive(Debug, Default)]
pub struct Checker {
    errors: Vec<FieldError>,
}

impl Checker {
    pub fn new() -> Self {
        Self::default()
    }

    /// Keeps the value if the check passed, records the problem under `field` otherwise.
    pub fn check<T>(&mut self, field: &str, result: Result<T, Problem>) -> Option<T> {
        match result {
            Ok(v) => Some(v),
            Err(problem) => {
                self.errors.push(FieldError {
                    field: field.to_string(),
                    problem,
                });
                None
            }
        }
    }

    pub fn add(&mut self, field: &str, problem: Problem) {
        self.errors.push(FieldError {
            field: field.to_string(),
            problem,
        });
    }

    pub fn absorb(&mut self, prefix: &str, invalid: Invalid) {
        for e in invalid.0 {
            self.errors.push(FieldError {
                field: format!("{prefix}{}", e.field),
                problem: e.problem,
            });
        }
    }

    pub fn is_clean(&self) -> bool {
        self.errors.is_empty()
    }

    pub fn finish(self) -> Result<(), Invalid> {
        if self.errors.is_empty() {
            Ok(())
        } else {
            Err(Invalid(self.errors))
        }
    }
}
