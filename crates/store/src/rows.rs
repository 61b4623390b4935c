//! Reading columns back into domain values. A value the domain would refuse means the
//! book was changed outside Ardoise: the row fails with what was found, never a guess.

use std::str::FromStr;

use ardoise_domain::money::Currency;
use chrono::NaiveDate;
use rusqlite::types::Type;
use rusqlite::Row;
use rust_decimal::Decimal;

/// Column `i` as TEXT, parsed with `parse`.
pub(crate) fn parsed<T>(
    r: &Row<'_>,
    i: usize,
    what: &str,
    parse: impl Fn(&str) -> Option<T>,
) -> rusqlite::Result<T> {
    let s: String = r.get(i)?;
    parse(&s).ok_or_else(|| {
        rusqlite::Error::FromSqlConversionFailure(i, Type::Text, format!("{what}: {s:?}").into())
    })
}

pub(crate) fn date(r: &Row<'_>, i: usize) -> rusqlite::Result<NaiveDate> {
    parsed(r, i, "date", |s| NaiveDate::from_str(s).ok())
}

pub(crate) fn decimal(r: &Row<'_>, i: usize) -> rusqlite::Result<Decimal> {
    parsed(r, i, "decimal", |s| Decimal::from_str(s).ok())
}

pub(crate) fn currency(r: &Row<'_>, i: usize) -> rusqlite::Result<Currency> {
    parsed(r, i, "currency", |s| s.parse().ok())
}
