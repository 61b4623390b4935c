//! What a line is for: its charge type, and the term and billing frequency it was sold on.
//!
//! New commerce writes a charge type as a code (`cycleCharge`, `addQuantity`); the legacy
//! license-based file writes a phrase ("Cycle fee", "Prorate fees when purchase"), listed
//! in Microsoft's "Reconciliation file charge types" page, mapped here to the new-commerce
//! meaning it has.

use serde::{Deserialize, Serialize};

/// Why Microsoft charged or credited a line.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ChargeType {
    /// A first purchase (legacy: activation and purchase fees).
    New,
    /// A renewal at the end of the term.
    Renew,
    /// The periodic charge of a subscription billed monthly or yearly.
    CycleCharge,
    /// Seats added: a refund line and a charge line sharing a ReferenceId.
    AddQuantity,
    /// Seats removed: a refund line and a charge line sharing a ReferenceId.
    RemoveQuantity,
    /// Cancelled within the cancellation window: a refund.
    CancelImmediate,
    /// Upgraded to another product, seats unchanged.
    Convert,
    /// Seats moved between subscriptions.
    MoveQuantity,
    /// The billing frequency changed.
    ChangeBillingPlan,
    /// A credit Microsoft gave.
    CustomerCredit,
    /// Usage of a metered product (daily rated usage, legacy usage fees).
    Usage,
    /// A legacy discount line.
    Discount,
    /// A legacy seat change whose direction the legacy file does not say ("Cancel fee",
    /// "Cycle instance prorate"): the refund or the charge of a change.
    QuantityChange,
}

impl ChargeType {
    pub const ALL: [ChargeType; 13] = [
        ChargeType::New,
        ChargeType::Renew,
        ChargeType::CycleCharge,
        ChargeType::AddQuantity,
        ChargeType::RemoveQuantity,
        ChargeType::CancelImmediate,
        ChargeType::Convert,
        ChargeType::MoveQuantity,
        ChargeType::ChangeBillingPlan,
        ChargeType::CustomerCredit,
        ChargeType::Usage,
        ChargeType::Discount,
        ChargeType::QuantityChange,
    ];

    /// The code new commerce writes (and Ardoise stores).
    pub fn code(self) -> &'static str {
        use ChargeType::*;
        match self {
            New => "new",
            Renew => "renew",
            CycleCharge => "cycleCharge",
            AddQuantity => "addQuantity",
            RemoveQuantity => "removeQuantity",
            CancelImmediate => "cancelImmediate",
            Convert => "convert",
            MoveQuantity => "moveQuantity",
            ChangeBillingPlan => "changeBillingPlan",
            CustomerCredit => "customerCredit",
            Usage => "usage",
            Discount => "discount",
            QuantityChange => "quantityChange",
        }
    }

    /// Reads a charge type as any of Microsoft's files writes it, case and spaces aside.
    pub fn parse(text: &str) -> Option<ChargeType> {
        use ChargeType::*;
        // Microsoft's own code, as every line of a new-commerce file writes it.
        if let Some(found) = ChargeType::ALL.into_iter().find(|c| c.code() == text) {
            return Some(found);
        }
        let folded: String = text
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
            .to_lowercase();
        let found = match folded.as_str() {
            "new"
            | "purchase"
            | "activation fee"
            | "purchase fee"
            | "prorate fees when purchase"
            | "prorate fee on activation"
            | "prorate fees on activation" => New,
            "renew" | "renewal" | "renew fee" | "renewal fee" | "prorate fees when renew" => Renew,
            "cyclecharge" | "cycle charge" | "cycle fee" => CycleCharge,
            "addquantity" | "add quantity" => AddQuantity,
            "removequantity" | "remove quantity" => RemoveQuantity,
            "cancelimmediate"
            | "cancel immediate"
            | "cancel"
            | "prorate fees when cancel"
            | "cancel instance prorate" => CancelImmediate,
            "convert"
            | "prorate fees when convert away from current offering"
            | "prorate fees when convert to a new offering" => Convert,
            "movequantity" | "move quantity" => MoveQuantity,
            "changebillingplan" | "change billing plan" => ChangeBillingPlan,
            "customercredit" | "customer credit" | "offset a line item" => CustomerCredit,
            "usage"
            | "usage fee"
            | "assess usage fee for current cycle"
            | "assess usage fee when cancel" => Usage,
            "discount"
            | "activation discount"
            | "cycle discount"
            | "renew discount"
            | "cancel discount" => Discount,
            "quantitychange" | "cancel fee" | "cycle instance prorate" => QuantityChange,
            _ => return None,
        };
        Some(found)
    }

    /// Whether the line is half of a seat change (a refund line and a charge line).
    pub fn is_paired(self) -> bool {
        matches!(
            self,
            ChargeType::AddQuantity
                | ChargeType::RemoveQuantity
                | ChargeType::Convert
                | ChargeType::MoveQuantity
                | ChargeType::ChangeBillingPlan
        )
    }
}

/// How long a subscription commits the customer.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Term {
    Monthly,
    Annual,
    Triennial,
}

/// How often the customer is billed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Frequency {
    Monthly,
    Annual,
    Triennial,
    OneTime,
}

impl Term {
    pub fn code(self) -> &'static str {
        match self {
            Term::Monthly => "monthly",
            Term::Annual => "annual",
            Term::Triennial => "triennial",
        }
    }
}

impl Frequency {
    pub fn code(self) -> &'static str {
        match self {
            Frequency::Monthly => "monthly",
            Frequency::Annual => "annual",
            Frequency::Triennial => "triennial",
            Frequency::OneTime => "one_time",
        }
    }

    /// The BillingFrequency column ("Monthly", "Annual", "OneTime", or empty for usage).
    pub fn parse(text: &str) -> Option<Frequency> {
        match text {
            "Monthly" => return Some(Frequency::Monthly),
            "Annual" => return Some(Frequency::Annual),
            _ => {}
        }
        let folded: String = text
            .chars()
            .filter(|c| c.is_alphanumeric())
            .collect::<String>()
            .to_lowercase();
        match folded.as_str() {
            "monthly" | "month" | "p1m" => Some(Frequency::Monthly),
            "annual" | "yearly" | "annually" | "year" | "p1y" => Some(Frequency::Annual),
            "triennial" | "p3y" => Some(Frequency::Triennial),
            "onetime" | "once" => Some(Frequency::OneTime),
            _ => None,
        }
    }
}

/// Reads TermAndBillingCycle, which Microsoft writes in several ways: "1 Year, Monthly",
/// "One-Year commitment for monthly/yearly billing", "1 Month Subscription", "P1Y".
/// The term is the commitment; the billing half is read only when it names one frequency
/// ("monthly/yearly" names none: the BillingFrequency column decides).
pub fn term_and_cycle(text: &str) -> (Option<Term>, Option<Frequency>) {
    let t = text.to_lowercase();
    let (commitment, billing) = [",", " for ", " - "]
        .iter()
        .find_map(|sep| t.split_once(sep))
        .map(|(a, b)| (a.to_string(), b.to_string()))
        .unwrap_or((t.clone(), String::new()));
    let term = if [
        "p3y",
        "3 year",
        "three-year",
        "three year",
        "36 month",
        "triennial",
    ]
    .iter()
    .any(|w| commitment.contains(w))
    {
        Some(Term::Triennial)
    } else if [
        "p1y", "1 year", "one-year", "one year", "12 month", "annual", "yearly",
    ]
    .iter()
    .any(|w| commitment.contains(w))
    {
        Some(Term::Annual)
    } else if ["p1m", "1 month", "one-month", "one month", "monthly"]
        .iter()
        .any(|w| commitment.contains(w))
    {
        Some(Term::Monthly)
    } else {
        None
    };
    let words: Vec<&str> = billing
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty() && *w != "billing" && *w != "billed")
        .collect();
    let frequencies: Vec<Frequency> = words.iter().filter_map(|w| Frequency::parse(w)).collect();
    let frequency = match frequencies.as_slice() {
        [one] => Some(*one),
        [] if billing.contains("one time") => Some(Frequency::OneTime),
        _ => None,
    };
    (term, frequency)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_code_reads_back() {
        for c in ChargeType::ALL {
            assert_eq!(ChargeType::parse(c.code()), Some(c), "{c:?}");
        }
    }

    #[test]
    fn legacy_phrases_have_their_new_commerce_meaning() {
        assert_eq!(
            ChargeType::parse("Cycle fee"),
            Some(ChargeType::CycleCharge)
        );
        assert_eq!(
            ChargeType::parse("Prorate fees when purchase"),
            Some(ChargeType::New)
        );
        assert_eq!(
            ChargeType::parse("Prorate  fees when CANCEL"),
            Some(ChargeType::CancelImmediate)
        );
        assert_eq!(
            ChargeType::parse("Offset a line item"),
            Some(ChargeType::CustomerCredit)
        );
        assert_eq!(ChargeType::parse("Refund"), None);
    }

    #[test]
    fn terms_and_cycles_as_microsoft_writes_them() {
        use Frequency as F;
        let cases = [
            ("1 Year, Monthly", Some(Term::Annual), Some(F::Monthly)),
            (
                "1 Year - Annual billing",
                Some(Term::Annual),
                Some(F::Annual),
            ),
            (
                "One-Year commitment for monthly/yearly billing",
                Some(Term::Annual),
                None,
            ),
            (
                "One-Year commitment for monthly billing",
                Some(Term::Annual),
                Some(F::Monthly),
            ),
            (
                "One-Month commitment for monthly billing",
                Some(Term::Monthly),
                Some(F::Monthly),
            ),
            (
                "Three-Year commitment for yearly billing",
                Some(Term::Triennial),
                Some(F::Annual),
            ),
            ("1 Month Subscription", Some(Term::Monthly), None),
            (
                "3 Years, Triennial",
                Some(Term::Triennial),
                Some(F::Triennial),
            ),
            ("1 Year, One Time", Some(Term::Annual), Some(F::OneTime)),
            ("", None, None),
        ];
        for (text, term, frequency) in cases {
            assert_eq!(term_and_cycle(text), (term, frequency), "{text}");
        }
    }

    #[test]
    fn billing_frequency_column() {
        assert_eq!(Frequency::parse("Monthly"), Some(Frequency::Monthly));
        assert_eq!(Frequency::parse("annual"), Some(Frequency::Annual));
        assert_eq!(Frequency::parse("OneTime"), Some(Frequency::OneTime));
        assert_eq!(Frequency::parse(""), None);
    }
}
