//! Statements, the month-end batch and the aging report: the store reads the ledger,
//! the domain computes, `ardoise-documents` prints, and every statement that leaves the
//! book is recorded in the customer's communication log with its hash.

mod aging;
mod batch;
mod printed;
mod statement;
mod views;

pub(crate) use printed::{account_reference, customer_of_reference};
pub(crate) use views::aging_row_view;

use ardoise_domain::catalog::parse_date;
use ardoise_domain::problem::Checker;
use ardoise_domain::{Invalid, Problem};
use chrono::NaiveDate;

use crate::transport_statements::StatementRequest;
use crate::Result;

/// A statement's dates, checked together: each a date, `from` not after `to`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Dates {
    pub from: NaiveDate,
    pub to: NaiveDate,
    pub as_of: NaiveDate,
}

pub(crate) fn dates(from: &str, to: &str, as_of: &str) -> Result<Dates> {
    let mut c = Checker::new();
    let f = c.check("from", parse_date(from));
    let t = c.check("to", parse_date(to));
    let a = c.check("as_of", parse_date(as_of));
    if let (Some(f), Some(t)) = (f, t) {
        if t < f {
            c.add(
                "to",
                Problem::DateBefore {
                    other_field: "from",
                },
            );
        }
    }
    c.finish()?;
    match (f, t, a) {
        (Some(from), Some(to), Some(as_of)) => Ok(Dates { from, to, as_of }),
        _ => Err(Invalid::one("from", Problem::Required).into()),
    }
}

impl StatementRequest {
    pub(crate) fn dates(&self) -> Result<Dates> {
        dates(&self.from, &self.to, &self.as_of)
    }
}
