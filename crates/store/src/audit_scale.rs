//! An audit log of a stated size, for the benchmark of the journal page: entries written
//! in bulk (one prepared statement, the chain computed as they go), spread over people,
//! customers, kinds of action and years as a busy partner's would be.

use rusqlite::params;
use rusqlite::types::Value;

use crate::chain::{self, Chain, AUDIT_CHAIN_VERSION};
use crate::{Db, Result};

/// What the generated entries are made of.
#[derive(Debug, Clone)]
pub struct AuditScale<'a> {
    pub entries: u64,
    /// Who writes them: the first person writes half, the others share the rest.
    pub staff: &'a [i64],
    /// The customers they concern (three entries in four concern one).
    pub customers: &'a [i64],
    /// The action codes, drawn in turn with a stride so kinds interleave.
    pub actions: &'a [&'a str],
    /// The first entry's instant (UTC seconds) and the seconds between two entries.
    pub start: i64,
    pub step_seconds: i64,
}

/// A small deterministic mixer: the benchmark book is the same on every run.
fn mix(n: u64) -> u64 {
    let mut x = n.wrapping_mul(0x9E37_79B9_7F4A_7C15);
    x ^= x >> 29;
    x = x.wrapping_mul(0xBF58_476D_1CE4_E5B9);
    x ^ (x >> 32)
}

impl Db<'_> {
    /// Appends `scale.entries` entries to the audit log, chained. Call inside a write.
    pub fn fill_audit_log(&self, scale: &AuditScale<'_>) -> Result<u64> {
        let (mut id, mut prev): (i64, String) = self
            .conn
            .query_row(
                "SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1",
                [],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .unwrap_or((0, chain::GENESIS.to_string()));
        let mut stmt = self.conn.prepare(
            "INSERT INTO audit_log (id, at, staff_id, action, entity, entity_id, detail,
                 chain_version, changes, customer_id, prev_hash, hash)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)",
        )?;
        let nth = |list_len: usize, r: u64| (r % list_len.max(1) as u64) as usize;
        for n in 0..scale.entries {
            id += 1;
            let r = mix(n);
            let staff = if r.is_multiple_of(2) || scale.staff.len() == 1 {
                scale.staff[0]
            } else {
                scale.staff[1 + nth(scale.staff.len() - 1, r >> 8)]
            };
            let action = scale.actions[nth(scale.actions.len(), (n * 7) + (r >> 20) % 3)];
            let customer = !(r >> 12).is_multiple_of(4) && !scale.customers.is_empty();
            let customer_id =
                customer.then(|| scale.customers[nth(scale.customers.len(), r >> 16)]);
            let at =
                chrono::DateTime::from_timestamp(scale.start + n as i64 * scale.step_seconds, 0)
                    .unwrap_or_default()
                    .to_rfc3339();
            let entity = action.split('.').next().unwrap_or("book").to_string();
            let changes = format!(
                r#"{{"rows":[{{"table":"customers","op":"update","id":{},"before":{{"city":"Paris","postal_code":"75009"}},"after":{{"city":"Lyon","postal_code":"69002"}}}}]}}"#,
                customer_id.unwrap_or(0)
            );
            let values = vec![
                Value::Text(at),
                Value::Integer(staff),
                Value::Text(action.to_string()),
                Value::Text(entity),
                customer_id.map_or(Value::Null, Value::Integer),
                Value::Text("{}".into()),
                Value::Integer(AUDIT_CHAIN_VERSION),
                Value::Text(changes),
                customer_id.map_or(Value::Null, Value::Integer),
            ];
            let hash = chain::link(Chain::Audit, &prev, id, &values);
            let [at, staff, action, entity, entity_id, detail, version, changes, customer_id] =
                values
                    .try_into()
                    .unwrap_or_else(|_| unreachable!("nine values"));
            stmt.execute(params![
                id,
                at,
                staff,
                action,
                entity,
                entity_id,
                detail,
                version,
                changes,
                customer_id,
                prev,
                hash
            ])?;
            prev = hash;
        }
        Ok(scale.entries)
    }

    /// People for a benchmark book, named « Personne 1 »…: their ids.
    pub fn bench_staff(&self, n: usize) -> Result<Vec<i64>> {
        let mut ids = Vec::with_capacity(n);
        for i in 1..=n {
            self.conn.execute(
                "INSERT INTO staff (username, display_name, created_at)
                 VALUES (?1, ?2, '2026-01-01T00:00:00+00:00')",
                params![format!("bench{i}"), format!("Personne {i}")],
            )?;
            let id = self.conn.last_insert_rowid();
            self.conn.execute(
                "INSERT INTO staff_roles (staff_id, role) VALUES (?1, 'support_agent')",
                params![id],
            )?;
            ids.push(id);
        }
        Ok(ids)
    }
}
