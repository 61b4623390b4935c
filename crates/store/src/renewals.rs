//! Renewal notices sent: one per subscription and renewal date.

use std::collections::HashMap;

use chrono::NaiveDate;
use rusqlite::params;

use crate::rows::date;
use crate::{Db, Result};

impl Db<'_> {
    /// The notices sent for renewals on or after `from`: (subscription, renewal date) →
    /// the day the notice was produced.
    pub fn renewal_notices_from(
        &self,
        from: NaiveDate,
    ) -> Result<HashMap<(i64, NaiveDate), NaiveDate>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT subscription_id, renewal_date, produced_on FROM renewal_notices
             WHERE renewal_date >= ?1",
        )?;
        let rows = stmt.query_map([from.to_string()], |r| {
            Ok(((r.get(0)?, date(r, 1)?), date(r, 2)?))
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    pub fn record_renewal_notice(
        &self,
        subscription_id: i64,
        renewal_date: NaiveDate,
        communication_id: i64,
        on: NaiveDate,
    ) -> Result<()> {
        self.conn
            .execute(
                "INSERT INTO renewal_notices (subscription_id, renewal_date, communication_id,
                    produced_on) VALUES (?1, ?2, ?3, ?4)",
                params![
                    subscription_id,
                    renewal_date.to_string(),
                    communication_id,
                    on.to_string()
                ],
            )
            .map_err(crate::unique("renewal notice"))?;
        Ok(())
    }
}
