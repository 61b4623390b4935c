//! Collections: steps carried out per invoice, holds, suspensions, and the policy.

use chrono::{DateTime, NaiveDate, Utc};
use rusqlite::{params, OptionalExtension};

use crate::rows::date;
use crate::{Db, Result, StoreError};

const POLICY_KEY: &str = "collection_policy";

/// A hold in force: on one invoice, or on the whole customer when `invoice_id` is None.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HoldRecord {
    pub id: i64,
    pub customer_id: i64,
    pub invoice_id: Option<i64>,
    pub reason: String,
    pub created_at: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SuspensionRecord {
    pub id: i64,
    pub subscription_id: i64,
    pub customer_id: i64,
    pub invoice_ids: Vec<i64>,
    pub proposed_on: NaiveDate,
    pub suspended_on: Option<NaiveDate>,
    pub reactivated_on: Option<NaiveDate>,
}

fn opt_date(r: &rusqlite::Row<'_>, i: usize) -> rusqlite::Result<Option<NaiveDate>> {
    match r.get::<_, Option<String>>(i)? {
        Some(_) => date(r, i).map(Some),
        None => Ok(None),
    }
}

impl Db<'_> {
    /// The policy as saved (JSON), or None for the default.
    pub fn collection_policy_json(&self) -> Result<Option<String>> {
        Ok(self
            .conn
            .query_row(
                "SELECT value FROM settings WHERE key = ?1",
                [POLICY_KEY],
                |r| r.get(0),
            )
            .optional()?)
    }

    pub fn save_collection_policy_json(&self, json: &str) -> Result<()> {
        self.conn.execute(
            "INSERT INTO settings (key, value) VALUES (?1, ?2)
             ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            params![POLICY_KEY, json],
        )?;
        Ok(())
    }

    /// (invoice id, step code) carried out, for the invoices open on `as_of`.
    /// The steps produced for invoices still open on `as_of`: invoice, step code and the
    /// letter's date.
    pub fn steps_done(&self, as_of: NaiveDate) -> Result<Vec<(i64, String, NaiveDate)>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT d.invoice_id, d.step_code, d.produced_on FROM collection_steps_done d
             JOIN invoice_settlement s ON s.invoice_id = d.invoice_id
             WHERE s.settled_on IS NULL OR s.settled_on > ?1",
        )?;
        let rows = stmt.query_map([as_of.to_string()], |r| {
            Ok((r.get(0)?, r.get(1)?, date(r, 2)?))
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    pub fn record_step_done(
        &self,
        invoice_id: i64,
        step_code: &str,
        communication_id: i64,
        on: NaiveDate,
    ) -> Result<()> {
        self.conn
            .execute(
                "INSERT INTO collection_steps_done (invoice_id, step_code, communication_id,
                    produced_on) VALUES (?1, ?2, ?3, ?4)",
                params![invoice_id, step_code, communication_id, on.to_string()],
            )
            .map_err(crate::unique("collection step"))?;
        Ok(())
    }

    /// The reference the customer quotes when paying (`customers.reference`, « C-00042 »
    /// unless changed); None for a customer that does not exist.
    pub fn customer_reference(&self, customer_id: i64) -> Result<Option<String>> {
        Ok(self
            .conn
            .query_row(
                "SELECT reference FROM customers WHERE id = ?1",
                [customer_id],
                |r| r.get::<_, Option<String>>(0),
            )
            .optional()?
            .flatten())
    }

    pub fn active_holds(&self) -> Result<Vec<HoldRecord>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT id, customer_id, invoice_id, reason, created_at FROM collection_holds
             WHERE lifted_at IS NULL ORDER BY customer_id, id",
        )?;
        let rows = stmt.query_map([], |r| {
            Ok(HoldRecord {
                id: r.get(0)?,
                customer_id: r.get(1)?,
                invoice_id: r.get(2)?,
                reason: r.get(3)?,
                created_at: r.get(4)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    pub fn insert_hold(
        &self,
        customer_id: i64,
        invoice_id: Option<i64>,
        reason: &str,
        now: DateTime<Utc>,
    ) -> Result<i64> {
        self.conn.execute(
            "INSERT INTO collection_holds (customer_id, invoice_id, reason, created_at)
             VALUES (?1, ?2, ?3, ?4)",
            params![customer_id, invoice_id, reason, now.to_rfc3339()],
        )?;
        Ok(self.conn.last_insert_rowid())
    }

    pub fn lift_hold(&self, id: i64, now: DateTime<Utc>) -> Result<()> {
        let changed = self.conn.execute(
            "UPDATE collection_holds SET lifted_at = ?2 WHERE id = ?1 AND lifted_at IS NULL",
            params![id, now.to_rfc3339()],
        )?;
        if changed == 0 {
            return Err(StoreError::NotFound("hold"));
        }
        Ok(())
    }

    /// The subscriptions the lines of these invoices bill.
    pub fn subscriptions_billed_by(&self, invoice_ids: &[i64]) -> Result<Vec<i64>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT DISTINCT subscription_id FROM invoice_lines
             WHERE invoice_id = ?1 AND subscription_id IS NOT NULL",
        )?;
        let mut out = Vec::new();
        for id in invoice_ids {
            for s in stmt.query_map([id], |r| r.get::<_, i64>(0))? {
                let s = s?;
                if !out.contains(&s) {
                    out.push(s);
                }
            }
        }
        Ok(out)
    }

    pub fn insert_suspension(
        &self,
        subscription_id: i64,
        customer_id: i64,
        invoice_ids: &[i64],
        on: NaiveDate,
    ) -> Result<i64> {
        let ids = serde_json::to_string(invoice_ids)
            .map_err(|e| StoreError::Corrupt(format!("invoice ids: {e}")))?;
        self.conn.execute(
            "INSERT INTO suspensions (subscription_id, customer_id, invoice_ids, proposed_on)
             VALUES (?1, ?2, ?3, ?4)",
            params![subscription_id, customer_id, ids, on.to_string()],
        )?;
        Ok(self.conn.last_insert_rowid())
    }

    /// Suspensions not yet reactivated, oldest first.
    pub fn open_suspensions(&self) -> Result<Vec<SuspensionRecord>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT id, subscription_id, customer_id, invoice_ids, proposed_on, suspended_on,
                    reactivated_on
             FROM suspensions WHERE reactivated_on IS NULL ORDER BY proposed_on, id",
        )?;
        let rows = stmt.query_map([], |r| {
            Ok(SuspensionRecord {
                id: r.get(0)?,
                subscription_id: r.get(1)?,
                customer_id: r.get(2)?,
                invoice_ids: crate::rows::parsed(r, 3, "invoice ids", |s| {
                    serde_json::from_str(s).ok()
                })?,
                proposed_on: date(r, 4)?,
                suspended_on: opt_date(r, 5)?,
                reactivated_on: opt_date(r, 6)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    pub fn mark_suspended(&self, id: i64, on: NaiveDate) -> Result<()> {
        let changed = self.conn.execute(
            "UPDATE suspensions SET suspended_on = ?2 WHERE id = ?1 AND suspended_on IS NULL",
            params![id, on.to_string()],
        )?;
        if changed == 0 {
            return Err(StoreError::NotFound("suspension"));
        }
        Ok(())
    }

    pub fn mark_reactivated(&self, id: i64, on: NaiveDate) -> Result<()> {
        let changed = self.conn.execute(
            "UPDATE suspensions SET reactivated_on = ?2
             WHERE id = ?1 AND suspended_on IS NOT NULL AND reactivated_on IS NULL",
            params![id, on.to_string()],
        )?;
        if changed == 0 {
            return Err(StoreError::NotFound("suspension"));
        }
        Ok(())
    }

    pub fn suspension(&self, id: i64) -> Result<SuspensionRecord> {
        self.open_suspensions()?
            .into_iter()
            .find(|s| s.id == id)
            .ok_or(StoreError::NotFound("suspension"))
    }
}
