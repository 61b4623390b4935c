use chrono::{DateTime, Utc};
use rusqlite::params;
use rusqlite::types::Value;

use crate::audit_mask::mask_json;
use crate::chain::{Chain, AUDIT_CHAIN_VERSION};

use crate::{Db, Result};

/// One change, as written to the audit log in the same transaction as the change.
#[derive(Debug, Clone)]
pub struct AuditEntry<'a> {
    pub at: DateTime<Utc>,
    pub staff_id: i64,
    /// What was done: "customer.create", "subscription.update"...
    pub action: &'a str,
    pub entity: &'a str,
    pub entity_id: Option<i64>,
    /// What the use case says about itself, as JSON (masked as it is written).
    pub detail: serde_json::Value,
    /// The rows the transaction changed ([`crate::Captured::changes`]).
    pub changes: serde_json::Value,
    /// The customer the entry concerns, if one.
    pub customer_id: Option<i64>,
}

#[derive(Debug, Clone)]
pub struct AuditRecord {
    pub id: i64,
    pub at: String,
    pub staff_name: String,
    pub action: String,
    pub entity: String,
    pub entity_id: Option<i64>,
    pub detail: String,
}

impl Db<'_> {
    /// Appends one entry to the audit log, chained to the one before it.
    pub fn audit(&self, e: &AuditEntry<'_>) -> Result<()> {
        crate::chain::insert(
            self.conn,
            Chain::Audit,
            vec![
                Value::Text(e.at.to_rfc3339()),
                Value::Integer(e.staff_id),
                Value::Text(e.action.to_string()),
                Value::Text(e.entity.to_string()),
                e.entity_id.map_or(Value::Null, Value::Integer),
                Value::Text(mask_json(&e.detail).to_string()),
                Value::Integer(AUDIT_CHAIN_VERSION),
                Value::Text(mask_json(&e.changes).to_string()),
                e.customer_id.map_or(Value::Null, Value::Integer),
            ],
        )?;
        Ok(())
    }

    /// The latest entries about one entity, newest first.
    pub fn audit_trail(
        &self,
        entity: &str,
        entity_id: i64,
        limit: i64,
    ) -> Result<Vec<AuditRecord>> {
        let mut stmt = self.conn.prepare(
            "SELECT a.id, a.at, s.display_name, a.action, a.entity, a.entity_id, a.detail
             FROM audit_log a JOIN staff s ON s.id = a.staff_id
             WHERE a.entity = ?1 AND a.entity_id = ?2
             ORDER BY a.id DESC LIMIT ?3",
        )?;
        let rows = stmt.query_map(params![entity, entity_id, limit], |r| {
            Ok(AuditRecord {
                id: r.get(0)?,
                at: r.get(1)?,
                staff_name: r.get(2)?,
                action: r.get(3)?,
                entity: r.get(4)?,
                entity_id: r.get(5)?,
                detail: r.get(6)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }
}
