//! Subscriptions: a customer's quantity of a product, on a term, billed at a frequency.

use chrono::{Months, NaiveDate};
use serde::{Deserialize, Serialize};

use crate::catalog::parse_date;
use crate::checks::tenant;
use crate::choices::Choices;
use crate::code_enum;
use crate::problem::{Checker, Invalid, Problem};

code_enum!(
    /// How long the customer commits for.
    #[cfg_attr(feature = "ts", derive(ts_rs::TS))]
    pub enum Term { Monthly => "monthly", Annual => "annual", Triennial => "triennial" }
);
code_enum!(
    /// How often the customer is invoiced.
    #[cfg_attr(feature = "ts", derive(ts_rs::TS))]
    pub enum BillingFrequency {
        Monthly => "monthly",
        Annual => "annual",
        Triennial => "triennial",
        OneTime => "one_time",
    }
);
code_enum!(
    #[cfg_attr(feature = "ts", derive(ts_rs::TS))]
    pub enum SubscriptionStatus {
        Active => "active",
        Suspended => "suspended",
        Cancelled => "cancelled",
        Expired => "expired",
    }
);

impl Term {
    pub fn months(self) -> u32 {
        match self {
            Term::Monthly => 1,
            Term::Annual => 12,
            Term::Triennial => 36,
        }
    }

    /// Microsoft's rule: a term cannot be billed less often than... itself; a longer
    /// term may be billed monthly or upfront.
    pub fn allows(self, frequency: BillingFrequency) -> bool {
        use BillingFrequency as F;
        match self {
            Term::Monthly => frequency == F::Monthly,
            Term::Annual => matches!(frequency, F::Monthly | F::Annual | F::OneTime),
            Term::Triennial => true,
        }
    }

    /// The end of the first term, when the subscription renews.
    pub fn renewal_after(self, start: NaiveDate) -> Option<NaiveDate> {
        start.checked_add_months(Months::new(self.months()))
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct SubscriptionForm {
    /// The catalog product's id in this book.
    pub product_id: String,
    pub quantity: String,
    pub term: String,
    pub billing_frequency: String,
    /// YYYY-MM-DD.
    pub start_date: String,
    /// YYYY-MM-DD; empty for the end of the first term.
    pub renewal_date: String,
    pub auto_renew: bool,
    pub status: String,
    /// Partner Center's subscription id (a GUID), once the order is placed.
    pub pc_subscription_id: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Subscription {
    pub product_id: i64,
    pub quantity: u32,
    pub term: Term,
    pub billing_frequency: BillingFrequency,
    pub start_date: NaiveDate,
    pub renewal_date: NaiveDate,
    pub auto_renew: bool,
    pub status: SubscriptionStatus,
    pub pc_subscription_id: Option<String>,
}

/// A seat count: a whole number, zero or more, at most `MAX_SEATS` ("1 000" and
/// "1,000" read as a thousand).
pub fn quantity(input: &str) -> Result<u32, Problem> {
    crate::bounds::whole_number(input, crate::bounds::MAX_SEATS)
}

fn choice<T>(
    input: &str,
    parse: impl Fn(&str) -> Option<T>,
    allowed: Choices,
) -> Result<T, Problem> {
    if input.trim().is_empty() {
        return Err(Problem::Required);
    }
    allowed.pick(input, parse)
}

impl SubscriptionForm {
    pub fn validate(&self) -> Result<Subscription, Invalid> {
        let mut c = Checker::new();
        let product_id = c.check(
            "product_id",
            self.product_id
                .trim()
                .parse::<i64>()
                .map_err(|_| Problem::Required),
        );
        let qty = c.check("quantity", quantity(&self.quantity));
        let term = c.check("term", choice(&self.term, Term::parse, Choices::Term));
        let freq = c.check(
            "billing_frequency",
            choice(
                &self.billing_frequency,
                BillingFrequency::parse,
                Choices::Frequency,
            ),
        );
        if let (Some(t), Some(f)) = (term, freq) {
            if !t.allows(f) {
                c.add(
                    "billing_frequency",
                    Problem::FrequencyNotAllowed { term: t.code() },
                );
            }
        }
        let start = c.check("start_date", parse_date(&self.start_date));
        let renewal = if self.renewal_date.trim().is_empty() {
            match (term, start) {
                (Some(t), Some(s)) => {
                    c.check("renewal_date", t.renewal_after(s).ok_or(Problem::NotADate))
                }
                _ => None,
            }
        } else {
            c.check("renewal_date", parse_date(&self.renewal_date))
        };
        if let (Some(s), Some(r)) = (start, renewal) {
            if r <= s {
                c.add(
                    "renewal_date",
                    Problem::DateBefore {
                        other_field: "start_date",
                    },
                );
            }
        }
        let status = if self.status.trim().is_empty() {
            Some(SubscriptionStatus::Active)
        } else {
            c.check(
                "status",
                choice(
                    &self.status,
                    SubscriptionStatus::parse,
                    Choices::SubscriptionStatus,
                ),
            )
        };
        let pc = if self.pc_subscription_id.trim().is_empty() {
            Some(None)
        } else {
            c.check(
                "pc_subscription_id",
                tenant::tenant_id(&self.pc_subscription_id).map(Some),
            )
        };
        c.finish()?;
        let missing = || Invalid::one("form", Problem::Required);
        Ok(Subscription {
            product_id: product_id.ok_or_else(missing)?,
            quantity: qty.ok_or_else(missing)?,
            term: term.ok_or_else(missing)?,
            billing_frequency: freq.ok_or_else(missing)?,
            start_date: start.ok_or_else(missing)?,
            renewal_date: renewal.ok_or_else(missing)?,
            auto_renew: self.auto_renew,
            status: status.ok_or_else(missing)?,
            pc_subscription_id: pc.ok_or_else(missing)?,
        })
    }
}

impl Subscription {
    pub fn to_form(&self) -> SubscriptionForm {
        SubscriptionForm {
            product_id: self.product_id.to_string(),
            quantity: self.quantity.to_string(),
            term: self.term.code().into(),
            billing_frequency: self.billing_frequency.code().into(),
            start_date: self.start_date.to_string(),
            renewal_date: self.renewal_date.to_string(),
            auto_renew: self.auto_renew,
            status: self.status.code().into(),
            pc_subscription_id: self.pc_subscription_id.clone().unwrap_or_default(),
        }
    }
}

/// A change of seat count, effective from a date (kept for proration).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct QuantityChange {
    pub effective_date: NaiveDate,
    pub quantity: u32,
}

/// The seat count on `date` from the history of changes (the first is the start).
pub fn quantity_on(history: &[QuantityChange], date: NaiveDate) -> u32 {
    history
        .iter()
        .filter(|c| c.effective_date <= date)
        .max_by_key(|c| c.effective_date)
        .map(|c| c.quantity)
        .unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn form(term: &str, freq: &str) -> SubscriptionForm {
        SubscriptionForm {
            product_id: "1".into(),
            quantity: "12".into(),
            term: term.into(),
            billing_frequency: freq.into(),
            start_date: "2026-01-31".into(),
            auto_renew: true,
            ..Default::default()
        }
    }

    #[test]
    fn the_term_decides_which_frequencies_are_possible() {
        let cases = [
            ("monthly", "monthly", true),
            ("monthly", "annual", false),
            ("monthly", "triennial", false),
            ("monthly", "one_time", false),
            ("annual", "monthly", true),
            ("annual", "annual", true),
            ("annual", "triennial", false),
            ("triennial", "monthly", true),
            ("triennial", "annual", true),
            ("triennial", "triennial", true),
        ];
        for (term, freq, ok) in cases {
            let result = form(term, freq).validate();
            assert_eq!(result.is_ok(), ok, "{term} billed {freq}: {result:?}");
            if let Err(e) = result {
                assert_eq!(e.0[0].field, "billing_frequency");
            }
        }
    }

    #[test]
    fn renewal_defaults_to_the_end_of_the_term() {
        let s = form("annual", "monthly").validate().unwrap();
        assert_eq!(s.renewal_date.to_string(), "2027-01-31");
        // The end of a short month is clamped, not overflowed.
        let m = form("monthly", "monthly").validate().unwrap();
        assert_eq!(m.renewal_date.to_string(), "2026-02-28");
    }

    #[test]
    fn negative_and_fractional_quantities_are_refused() {
        for (q, problem) in [
            ("-1", Problem::Negative),
            ("1.5", Problem::NotWhole),
            ("12,5", Problem::NotWhole),
            ("+3", Problem::NotANumber),
            (
                "4294967295",
                Problem::TooLarge {
                    max: rust_decimal::Decimal::from(1_000_000),
                },
            ),
            ("", Problem::Required),
        ] {
            let f = SubscriptionForm {
                quantity: q.into(),
                ..form("monthly", "monthly")
            };
            assert_eq!(f.validate().unwrap_err().0[0].problem, problem, "{q}");
        }
    }

    #[test]
    fn quantity_follows_its_history() {
        let d = |s: &str| NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap();
        let h = [
            QuantityChange {
                effective_date: d("2026-01-01"),
                quantity: 10,
            },
            QuantityChange {
                effective_date: d("2026-03-15"),
                quantity: 14,
            },
        ];
        assert_eq!(quantity_on(&h, d("2025-12-31")), 0);
        assert_eq!(quantity_on(&h, d("2026-03-14")), 10);
        assert_eq!(quantity_on(&h, d("2026-03-15")), 14);
    }
}
