//! Money moving between the partner and a customer, as the tables of payments received
//! and refunds paid write it, and the shares one such row gives another: one writer for
//! both, so the two tables cannot drift apart.

use ardoise_domain::invoicing::PaymentMethod;
use ardoise_domain::money::Money;
use chrono::{DateTime, NaiveDate, Utc};
use rusqlite::params;

use crate::{Db, Result, StoreError};

pub(crate) fn minor(m: &Money) -> Result<i64> {
    m.to_minor()
        .map_err(|e| StoreError::Corrupt(format!("amount {m}: {e}")))
}

/// Money that moved between the partner and a customer: a payment received (`payments`,
/// dated `received_on`) or a refund paid (`refunds`, dated `refunded_on`). Both tables
/// keep the same columns, so one writer serves both.
pub(crate) struct Movement<'a> {
    customer_id: i64,
    on: NaiveDate,
    amount: &'a Money,
    method: PaymentMethod,
    reference: Option<&'a str>,
}

impl<'a> Movement<'a> {
    pub fn new(
        customer_id: i64,
        on: NaiveDate,
        amount: &'a Money,
        method: PaymentMethod,
        reference: Option<&'a str>,
    ) -> Self {
        Movement {
            customer_id,
            on,
            amount,
            method,
            reference,
        }
    }
}

impl Db<'_> {
    /// `m` as a new row of `table`, whose date column is `dated`; its id.
    pub(crate) fn insert_movement(
        &self,
        table: &str,
        dated: &str,
        m: Movement<'_>,
        now: DateTime<Utc>,
    ) -> Result<i64> {
        self.conn.execute(
            &format!(
                "INSERT INTO {table} (customer_id, {dated}, amount_minor, currency, method,
                    reference, created_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)"
            ),
            params![
                m.customer_id,
                m.on.to_string(),
                minor(m.amount)?,
                m.amount.currency.code(),
                m.method.code(),
                m.reference,
                now.to_rfc3339()
            ],
        )?;
        Ok(self.conn.last_insert_rowid())
    }

    /// The share of an amount one row gives another (an allocation to an invoice, its
    /// undoing by a reversal, a refund's draw on a payment): `columns` name the two ids
    /// of `table`, which also keeps the amount and when it was written.
    pub(crate) fn insert_share(
        &self,
        table: &str,
        columns: (&str, &str),
        ids: (i64, i64),
        amount: &Money,
        now: DateTime<Utc>,
    ) -> Result<()> {
        let (from, to) = columns;
        self.conn.execute(
            &format!(
                "INSERT INTO {table} ({from}, {to}, amount_minor, created_at)
                 VALUES (?1, ?2, ?3, ?4)"
            ),
            params![ids.0, ids.1, minor(amount)?, now.to_rfc3339()],
        )?;
        Ok(())
    }
}
