//! What can be wrong with a value a user typed, and how to say it in French and English
//! (the sentences are in the catalogue, `problems.ftl`).
//!
//! A `Problem` is data (no sentence inside); `message` renders it in the reader's language,
//! so the same refusal reads well in the window, the CLI and a log.

use chrono::NaiveDate;
use rust_decimal::Decimal;

use crate::display;
use crate::words::tr;
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
    /// (`term` is the engagement's code; the frequencies it allows follow from it.)
    FrequencyNotAllowed {
        term: &'static str,
    },
    DateBefore {
        other_field: &'static str,
    },
    AlreadyExists,
    DomainName,
    Phone,
    /// A choice outside the list offered, named in words by the sentence.
    NotAChoice {
        allowed: crate::choices::Choices,
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
    /// A range of service hours outside 0:00–24:00.
    HoursOutsideDay,
    /// A range of service hours whose end does not come after its start.
    HoursReversed,
    /// A range of service hours overlapping another range of the same day, the one from
    /// `start` to `end` (minutes after midnight).
    HoursOverlap {
        start: u16,
        end: u16,
    },
    /// Not a time zone of the IANA database.
    UnknownTimeZone {
        name: String,
    },
    /// A support plan, request or time entry refused (see `support::problems`).
    Support(crate::support::SupportProblem),
    /// A payment's reversal or a refund refused (see `invoicing::reversal`).
    Payment(crate::invoicing::PaymentProblem),
    /// A customer's reference refused (see `customer_reference`).
    Customer(crate::customer_reference::CustomerProblem),
    /// A staff account's field refused (see `staff`).
    Staff(crate::staff_problem::StaffProblem),
}

impl From<crate::support::SupportProblem> for Problem {
    fn from(p: crate::support::SupportProblem) -> Self {
        Problem::Support(p)
    }
}

impl Problem {
    pub fn message(&self, lang: Lang) -> String {
        use Problem::*;
        match self {
            Required => tr!(lang, PROBLEM_REQUIRED),
            TooLong { max } => tr!(lang, PROBLEM_TOO_LONG, max = max.to_string()),
            InvalidEmail => tr!(lang, PROBLEM_INVALID_EMAIL),
            VatFormat { country, example } => tr!(
                lang,
                PROBLEM_VAT_FORMAT,
                country = country.as_str(),
                example = *example
            ),
            VatKey => tr!(lang, PROBLEM_VAT_KEY),
            VatCountryMismatch {
                vat_country,
                country,
            } => tr!(
                lang,
                PROBLEM_VAT_COUNTRY_MISMATCH,
                vat_country = vat_country.as_str(),
                country = country.as_str()
            ),
            VatUnknownCountry { prefix } => {
                tr!(lang, PROBLEM_VAT_UNKNOWN_COUNTRY, prefix = prefix.as_str())
            }
            SirenFormat => tr!(lang, PROBLEM_SIREN_FORMAT),
            SirenChecksum => tr!(lang, PROBLEM_SIREN_CHECKSUM),
            SiretFormat => tr!(lang, PROBLEM_SIRET_FORMAT),
            SiretChecksum => tr!(lang, PROBLEM_SIRET_CHECKSUM),
            IbanFormat => tr!(lang, PROBLEM_IBAN_FORMAT),
            IbanChecksum => tr!(lang, PROBLEM_IBAN_CHECKSUM),
            BicFormat => tr!(lang, PROBLEM_BIC_FORMAT),
            TenantId => tr!(lang, PROBLEM_TENANT_ID),
            UnknownCurrency { code } => tr!(lang, PROBLEM_UNKNOWN_CURRENCY, code = code.as_str()),
            UnknownCountry { code } => tr!(lang, PROBLEM_UNKNOWN_COUNTRY, code = code.as_str()),
            NotANumber => tr!(lang, PROBLEM_NOT_A_NUMBER),
            Negative => tr!(lang, PROBLEM_NEGATIVE),
            NotPositive => tr!(lang, PROBLEM_NOT_POSITIVE),
            PercentRange => tr!(lang, PROBLEM_PERCENT_RANGE),
            NotADate => tr!(lang, PROBLEM_NOT_A_DATE),
            FrequencyNotAllowed { term } => tr!(lang, PROBLEM_FREQUENCY_NOT_ALLOWED, term = *term),
            DateBefore { other_field } => tr!(lang, PROBLEM_DATE_BEFORE, field = *other_field),
            AlreadyExists => tr!(lang, PROBLEM_ALREADY_EXISTS),
            DomainName => tr!(lang, PROBLEM_DOMAIN_NAME),
            Phone => tr!(lang, PROBLEM_PHONE),
            NotAChoice { allowed } => {
                tr!(lang, PROBLEM_NOT_A_CHOICE, allowed = allowed.words(lang))
            }
            TooLarge { max } => {
                let max = display::number(*max, max.scale(), lang);
                tr!(lang, PROBLEM_TOO_LARGE, max = max)
            }
            LineTooLarge { max } => {
                let max = display::number(*max, max.scale(), lang);
                tr!(lang, PROBLEM_LINE_TOO_LARGE, max = max)
            }
            DateRange { first, last } => tr!(
                lang,
                PROBLEM_DATE_RANGE,
                first = display::date(*first, lang),
                last = display::date(*last, lang)
            ),
            NotWhole => tr!(lang, PROBLEM_NOT_WHOLE),
            ImageFormat => tr!(lang, PROBLEM_IMAGE_FORMAT),
            ImageTooLarge { max_side, max_mb } => tr!(
                lang,
                PROBLEM_IMAGE_TOO_LARGE,
                max_side = display::number(Decimal::from(*max_side), 0, lang),
                max_mb = max_mb.to_string()
            ),
            NotAMonth => tr!(lang, PROBLEM_NOT_A_MONTH),
            FractionOfCent => tr!(lang, PROBLEM_FRACTION_OF_CENT),
            MicrosoftId => tr!(lang, PROBLEM_MICROSOFT_ID),
            Support(p) => p.message(lang),
            Payment(p) => p.message(lang),
            Customer(p) => p.message(lang),
            Staff(p) => p.message(lang),
            UnknownPlaceholder { name } => {
                let shown = if name.contains(['{', '}']) {
                    name.clone()
                } else {
                    format!("{{{name}}}")
                };
                tr!(
                    lang,
                    PROBLEM_UNKNOWN_PLACEHOLDER,
                    shown = shown,
                    list = crate::collections::Placeholder::list()
                )
            }
            HoursOutsideDay => tr!(lang, PROBLEM_HOURS_RANGE_OUTSIDE_DAY),
            HoursReversed => tr!(lang, PROBLEM_HOURS_RANGE_REVERSED),
            HoursOverlap { start, end } => tr!(
                lang,
                PROBLEM_HOURS_RANGES_OVERLAP,
                start = clock_time(*start),
                end = clock_time(*end)
            ),
            UnknownTimeZone { name } => {
                tr!(lang, PROBLEM_UNKNOWN_TIME_ZONE, name = name.as_str())
            }
        }
    }
}

/// Minutes after midnight as a clock shows them in both languages: 9:00, 24:00.
fn clock_time(minutes: u16) -> String {
    format!("{}:{:02}", minutes / 60, minutes % 60)
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

#[cfg(test)]
mod tests {
    use super::*;

    /// The sentences whose words the catalogue chooses from a code (a select expression),
    /// word for word as they read before the catalogue.
    #[test]
    fn sentences_chosen_from_a_code() {
        let freq = |term| Problem::FrequencyNotAllowed { term };
        assert_eq!(
            freq("annual").message(Lang::Fr),
            "Cette périodicité de facturation n'est pas possible pour un engagement annuel : choisissez mensuelle, annuelle ou unique."
        );
        assert_eq!(
            freq("monthly").message(Lang::En),
            "This billing frequency is not possible for a monthly term: choose monthly."
        );
        let before = |other_field| Problem::DateBefore { other_field };
        assert_eq!(
            before("start_date").message(Lang::Fr),
            "Cette date ne peut pas précéder le champ « date de début »."
        );
        assert_eq!(
            before("from").message(Lang::En),
            "This date cannot be before the period start field."
        );
        assert_eq!(
            before("renewal_date").message(Lang::En),
            "This date cannot be before the renewal date field."
        );
        let unknown = Problem::UnknownPlaceholder {
            name: "montant".into(),
        };
        let fr = unknown.message(Lang::Fr);
        assert!(
            fr.starts_with("Variable inconnue : {montant}. Variables possibles : {"),
            "{fr}"
        );
        assert!(fr.ends_with(" ({{ et }} pour une accolade)."), "{fr}");
        let tiny = Problem::TooLong { max: 1000 };
        assert_eq!(tiny.message(Lang::En), "At most 1000 characters.");
    }
}
