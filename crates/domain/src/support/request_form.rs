//! A request as typed at the desk (who, how, about what), and an escalation to Microsoft.

use chrono::{DateTime, Datelike, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

use super::kinds::{Category, Channel, Route, Severity};
use super::problems::SupportProblem;
use crate::bounds;
use crate::catalog::parse_date;
use crate::checks::text;
use crate::problem::{Checker, Invalid, Problem};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct RequestForm {
    pub customer_id: i64,
    /// One of the customer's contacts, or none (then `contact_name` may say who).
    pub contact_id: Option<i64>,
    pub contact_name: String,
    pub channel: Channel,
    pub category: Category,
    pub severity: Severity,
    pub subject: String,
    pub description: String,
    /// The invoices it is about; a billing question naming one holds it in collections.
    pub invoice_ids: Vec<i64>,
    pub subscription_ids: Vec<i64>,
    /// When the customer asked (RFC 3339); empty for now.
    pub opened_at: String,
}

/// A request checked, apart from what only the book can tell (the customer, contact,
/// invoices and subscriptions are the customer's).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewRequest {
    pub customer_id: i64,
    pub contact_id: Option<i64>,
    pub contact_name: Option<String>,
    pub channel: Channel,
    pub category: Category,
    pub severity: Severity,
    pub subject: String,
    pub description: String,
    pub invoice_ids: Vec<i64>,
    pub subscription_ids: Vec<i64>,
    pub opened_at: DateTime<Utc>,
}

/// An instant typed as RFC 3339, within the dates forms accept and not after `now`.
pub fn parse_instant(input: &str, now: DateTime<Utc>) -> Result<DateTime<Utc>, Problem> {
    let t = input.trim();
    if t.is_empty() {
        return Err(Problem::Required);
    }
    let at = DateTime::parse_from_rfc3339(t)
        .map_err(|_| SupportProblem::NotAnInstant)?
        .with_timezone(&Utc);
    bounds::date_in_range(at.date_naive())?;
    if at > now {
        return Err(SupportProblem::InTheFuture.into());
    }
    Ok(at)
}

/// The book holds nothing before 2000 (every customer's plan starts then).
fn not_before_2000(at: DateTime<Utc>) -> Result<DateTime<Utc>, Problem> {
    if at.year() < 2000 {
        Err(SupportProblem::TooOld.into())
    } else {
        Ok(at)
    }
}

impl RequestForm {
    pub fn validate(&self, now: DateTime<Utc>) -> Result<NewRequest, Invalid> {
        let mut c = Checker::new();
        let subject = c.check("subject", text::required(&self.subject, 200));
        let description = c
            .check("description", text::optional(&self.description, 20_000))
            .flatten()
            .unwrap_or_default();
        let contact_name = c
            .check("contact_name", text::optional(&self.contact_name, 200))
            .flatten();
        let opened_at = if self.opened_at.trim().is_empty() {
            Some(now)
        } else {
            c.check(
                "opened_at",
                parse_instant(&self.opened_at, now).and_then(not_before_2000),
            )
        };
        let mut invoice_ids = self.invoice_ids.clone();
        invoice_ids.sort_unstable();
        invoice_ids.dedup();
        let mut subscription_ids = self.subscription_ids.clone();
        subscription_ids.sort_unstable();
        subscription_ids.dedup();
        c.finish()?;
        let missing = || Invalid::one("form", Problem::Required);
        Ok(NewRequest {
            customer_id: self.customer_id,
            contact_id: self.contact_id,
            contact_name,
            channel: self.channel,
            category: self.category,
            severity: self.severity,
            subject: subject.ok_or_else(missing)?,
            description,
            invoice_ids,
            subscription_ids,
            opened_at: opened_at.ok_or_else(missing)?,
        })
    }
}

/// A case opened with Microsoft.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct EscalationForm {
    pub route: Route,
    /// Microsoft's case number, as Microsoft gave it.
    pub case_number: String,
    /// YYYY-MM-DD; empty for today.
    pub opened_on: String,
    /// What was sent to Microsoft, for the timeline.
    pub note: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Escalation {
    pub route: Route,
    pub case_number: String,
    pub opened_on: NaiveDate,
    pub note: String,
}

impl EscalationForm {
    pub fn validate(&self, today: NaiveDate) -> Result<Escalation, Invalid> {
        let mut c = Checker::new();
        let case_number = c.check("case_number", case_number(&self.case_number));
        let opened_on = if self.opened_on.trim().is_empty() {
            Some(today)
        } else {
            c.check(
                "opened_on",
                parse_date(&self.opened_on).and_then(|d| {
                    if d > today {
                        Err(SupportProblem::InTheFuture.into())
                    } else {
                        Ok(d)
                    }
                }),
            )
        };
        let note = c
            .check("note", text::optional(&self.note, 20_000))
            .flatten()
            .unwrap_or_default();
        c.finish()?;
        let missing = || Invalid::one("form", Problem::Required);
        Ok(Escalation {
            route: self.route,
            case_number: case_number.ok_or_else(missing)?,
            opened_on: opened_on.ok_or_else(missing)?,
            note,
        })
    }
}

/// Microsoft's case numbers are digits and letters (some with dashes): no spaces.
fn case_number(input: &str) -> Result<String, Problem> {
    let v = text::required(input, 40)?;
    if v.chars().all(|c| c.is_ascii_alphanumeric() || c == '-') {
        Ok(v)
    } else {
        Err(Problem::MicrosoftId)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn now() -> DateTime<Utc> {
        DateTime::parse_from_rfc3339("2026-12-04T10:00:00+01:00")
            .unwrap()
            .with_timezone(&Utc)
    }

    fn form() -> RequestForm {
        RequestForm {
            customer_id: 1,
            contact_id: None,
            contact_name: String::new(),
            channel: Channel::Phone,
            category: Category::Billing,
            severity: Severity::Normal,
            subject: "Facture de novembre".into(),
            description: String::new(),
            invoice_ids: vec![3, 3, 1],
            subscription_ids: vec![],
            opened_at: String::new(),
        }
    }

    #[test]
    fn a_request_opens_now_unless_told() {
        let r = form().validate(now()).unwrap();
        assert_eq!(r.opened_at, now());
        assert_eq!(r.invoice_ids, vec![1, 3]);
        let earlier = RequestForm {
            opened_at: "2026-12-04T08:15:00+01:00".into(),
            ..form()
        };
        assert_eq!(
            earlier.validate(now()).unwrap().opened_at.to_rfc3339(),
            "2026-12-04T07:15:00+00:00"
        );
    }

    #[test]
    fn every_field_at_fault_is_listed() {
        let bad = RequestForm {
            subject: "  ".into(),
            opened_at: "2026-12-05T08:00:00Z".into(),
            ..form()
        };
        let fields: Vec<String> = bad
            .validate(now())
            .unwrap_err()
            .0
            .into_iter()
            .map(|e| e.field)
            .collect();
        assert_eq!(fields, vec!["subject", "opened_at"]);
        let e = EscalationForm {
            route: Route::Commercial,
            case_number: "12 34".into(),
            opened_on: "2026-13-01".into(),
            note: String::new(),
        };
        let fields: Vec<String> = e
            .validate(now().date_naive())
            .unwrap_err()
            .0
            .into_iter()
            .map(|e| e.field)
            .collect();
        assert_eq!(fields, vec!["case_number", "opened_on"]);
    }
}
