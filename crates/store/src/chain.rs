//! Hash chains over the logs (audit, communications, files written), in the spirit of
//! Dolibarr's blocked log: each row carries the hash of the row before it (`prev_hash`)
//! and its own `hash`, SHA-256 over that previous hash and a canonical encoding of the
//! row's immutable columns. Editing, removing or inserting a row in the middle breaks
//! the chain where it happened; `ardoise check` walks it.
//!
//! The hash is computed here, as the row is inserted, inside the writer's transaction
//! (which holds the book's write lock, so the last hash read is the last one written).
//! The row takes the next id explicitly, so the chain covers the id too, and a second
//! writer that somehow read the same head fails on the primary key instead of forking.
//!
//! Rows written before chaining existed are chained once, by [`chain_unchained`] in the
//! transaction of migration 007 itself: the triggers allow exactly that update (a NULL
//! hash filled in, every other column unchanged) and refuse a new row without a hash, so
//! a row without one can only come from around the store (triggers dropped), and no
//! later open blesses it by chaining it: `check` names it.
//!
//! What a chain cannot show: the tail cut off (the last rows deleted, triggers dropped),
//! or a whole chain recomputed by someone who rewrites the book with a SHA-256 tool. The
//! head hash `check` prints is what a partner can note to catch the latter.

use rusqlite::types::Value;
use rusqlite::{params_from_iter, Connection, OptionalExtension};
use sha2::{Digest, Sha256};

use crate::Result;

/// The previous hash of a chain's first row.
pub const GENESIS: &str = "0000000000000000000000000000000000000000000000000000000000000000";

/// The three chained logs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Chain {
    Audit,
    Communications,
    Files,
}

impl Chain {
    pub const ALL: [Chain; 3] = [Chain::Audit, Chain::Communications, Chain::Files];

    pub fn table(self) -> &'static str {
        match self {
            Chain::Audit => "audit_log",
            Chain::Communications => "communications",
            Chain::Files => "files_written",
        }
    }

    /// The columns the hash has covered since the chains began, besides the id, in
    /// order. Communications' `sent_on` and `sent_via` are filled in later, so they are
    /// not among them.
    pub fn columns(self) -> &'static [&'static str] {
        match self {
            Chain::Audit => &AUDIT_V1,
            Chain::Communications => &[
                "customer_id",
                "kind",
                "step_code",
                "produced_at",
                "staff_id",
                "as_of",
                "period_start",
                "period_end",
                "balance_minor",
                "currency",
                "invoices",
                "document_sha256",
                "file_name",
            ],
            Chain::Files => &[
                "written_at",
                "staff_id",
                "kind",
                "customer_id",
                "communication_id",
                "path",
                "sha256",
                "size",
            ],
        }
    }
}

/// What an audit entry's hash covered before migration 018 (chain version 1).
const AUDIT_V1: [&str; 6] = ["at", "staff_id", "action", "entity", "entity_id", "detail"];

/// Version 2 of the audit chain adds these, after the first six: an entry says which
/// version hashed it, and a version 1 entry is hashed over the first six alone, so the
/// entries written before keep verifying.
const AUDIT_V2_EXTRA: [&str; 3] = ["chain_version", "changes", "customer_id"];

/// The audit chain version new entries are written with.
pub const AUDIT_CHAIN_VERSION: i64 = 2;

/// The columns read and written for a chain today: [`Chain::columns`], and for the
/// audit log the columns of version 2 after them.
fn stored_columns(chain: Chain) -> Vec<&'static str> {
    let mut cols = chain.columns().to_vec();
    if chain == Chain::Audit {
        cols.extend(AUDIT_V2_EXTRA);
    }
    cols
}

/// The values one row's hash covers: all of them, except for an audit entry of chain
/// version 1, hashed over its first six.
fn hashed(chain: Chain, values: &[Value]) -> &[Value] {
    if chain == Chain::Audit && values.len() == AUDIT_V1.len() + AUDIT_V2_EXTRA.len() {
        let version = canonical(&values[AUDIT_V1.len()]);
        if version.is_null() || version == "1" {
            return &values[..AUDIT_V1.len()];
        }
    }
    values
}

/// One value as the hash sees it: its text, whatever type SQLite gave it, so a column's
/// affinity never changes a hash.
fn canonical(v: &Value) -> serde_json::Value {
    match v {
        Value::Null => serde_json::Value::Null,
        Value::Integer(i) => i.to_string().into(),
        Value::Real(f) => f.to_string().into(),
        Value::Text(s) => s.clone().into(),
        Value::Blob(b) => b
            .iter()
            .map(|x| format!("{x:02x}"))
            .collect::<String>()
            .into(),
    }
}

/// SHA-256 (lowercase hex) over the previous hash, a newline and the JSON array
/// `[table, id, columns…]`, every value as text or null.
pub fn link(chain: Chain, prev: &str, id: i64, values: &[Value]) -> String {
    let values = hashed(chain, values);
    let mut row = Vec::with_capacity(values.len() + 2);
    row.push(serde_json::Value::from(chain.table()));
    row.push(id.to_string().into());
    row.extend(values.iter().map(canonical));
    let encoded = serde_json::Value::Array(row).to_string();
    let mut h = Sha256::new();
    h.update(prev.as_bytes());
    h.update(b"\n");
    h.update(encoded.as_bytes());
    h.finalize().iter().map(|b| format!("{b:02x}")).collect()
}

/// The last row of a chain: its id and hash (`None` when the row is not chained yet).
fn head(conn: &Connection, chain: Chain) -> Result<Option<(i64, Option<String>)>> {
    Ok(conn
        .query_row(
            &format!(
                "SELECT id, hash FROM {} ORDER BY id DESC LIMIT 1",
                chain.table()
            ),
            [],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .optional()?)
}

fn last_chained(conn: &Connection, chain: Chain) -> Result<String> {
    Ok(conn
        .query_row(
            &format!(
                "SELECT hash FROM {} WHERE hash IS NOT NULL ORDER BY id DESC LIMIT 1",
                chain.table()
            ),
            [],
            |r| r.get(0),
        )
        .optional()?
        .unwrap_or_else(|| GENESIS.to_string()))
}

/// Inserts one row at the end of a chain; `values` follow [`Chain::columns`]. Returns
/// the new row's id. Call inside the write transaction.
pub(crate) fn insert(conn: &Connection, chain: Chain, values: Vec<Value>) -> Result<i64> {
    let (last_id, prev) = match head(conn, chain)? {
        None => (0, GENESIS.to_string()),
        Some((id, Some(hash))) => (id, hash),
        // A row slipped in around the store (triggers dropped): it is not blessed by being
        // chained over; the new row follows the last chained one and `check` names it.
        Some((id, None)) => (id, last_chained(conn, chain)?),
    };
    let id = last_id + 1;
    let hash = link(chain, &prev, id, &values);
    let cols = stored_columns(chain);
    let sql = format!(
        "INSERT INTO {} (id, {}, prev_hash, hash) VALUES ({})",
        chain.table(),
        cols.join(", "),
        (1..=cols.len() + 3)
            .map(|i| format!("?{i}"))
            .collect::<Vec<_>>()
            .join(", ")
    );
    let mut all = Vec::with_capacity(values.len() + 3);
    all.push(Value::Integer(id));
    all.extend(values);
    all.push(Value::Text(prev));
    all.push(Value::Text(hash));
    conn.prepare_cached(&sql)?.execute(params_from_iter(all))?;
    Ok(id)
}

/// A row of a chain as stored.
struct Stored {
    id: i64,
    values: Vec<Value>,
    prev_hash: Option<String>,
    hash: Option<String>,
}

fn select_rows(cols: &[&str], chain: Chain, from_id: i64) -> String {
    format!(
        "SELECT id, {}, prev_hash, hash FROM {} WHERE id >= {from_id} ORDER BY id",
        cols.join(", "),
        chain.table()
    )
}

fn stored(r: &rusqlite::Row<'_>, n: usize) -> rusqlite::Result<Stored> {
    Ok(Stored {
        id: r.get(0)?,
        values: (1..=n).map(|i| r.get(i)).collect::<rusqlite::Result<_>>()?,
        prev_hash: r.get(n + 1)?,
        hash: r.get(n + 2)?,
    })
}

/// Chains the rows of one log written before chaining existed (NULL hash), in id order.
fn chain_one(conn: &Connection, chain: Chain) -> Result<usize> {
    let t = chain.table();
    let first: Option<i64> = conn.query_row(
        &format!("SELECT MIN(id) FROM {t} WHERE hash IS NULL"),
        [],
        |r| r.get(0),
    )?;
    let Some(first) = first else { return Ok(0) };
    let mut prev: String = conn
        .query_row(
            &format!("SELECT hash FROM {t} WHERE id < ?1 ORDER BY id DESC LIMIT 1"),
            [first],
            |r| r.get::<_, Option<String>>(0),
        )
        .optional()?
        .flatten()
        .unwrap_or_else(|| GENESIS.to_string());
    // Run by migration 007, before the audit log had the columns of version 2.
    let n = chain.columns().len();
    let rows: Vec<Stored> = {
        let mut stmt = conn.prepare(&select_rows(chain.columns(), chain, first))?;
        let rows = stmt.query_map([], |r| stored(r, n))?;
        rows.collect::<rusqlite::Result<_>>()?
    };
    let mut update = conn.prepare(&format!(
        "UPDATE {t} SET prev_hash = ?2, hash = ?3 WHERE id = ?1 AND hash IS NULL"
    ))?;
    for row in &rows {
        let hash = link(chain, &prev, row.id, &row.values);
        update.execute(rusqlite::params![row.id, prev, hash])?;
        prev = hash;
    }
    Ok(rows.len())
}

/// Chains every row written before chaining existed (run once, by migration 007).
/// Returns the rows chained.
pub(crate) fn chain_unchained(conn: &Connection) -> Result<usize> {
    let mut n = 0;
    for chain in Chain::ALL {
        n += chain_one(conn, chain)?;
    }
    Ok(n)
}

/// What is wrong at one row of a chain.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ChainBreak {
    /// The row has no hash: written around the store, with the triggers dropped.
    Unchained { id: i64 },
    /// The row does not follow the one before it: rows were removed or inserted here.
    Gap { id: i64 },
    /// The row's content is not what was hashed: it was changed.
    Altered { id: i64 },
}

/// A chain walked from its first row.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ChainState {
    pub chain: Chain,
    pub rows: u64,
    /// The hash of the last row: what a partner can write down to prove the log later.
    pub head: Option<String>,
    pub breaks: Vec<ChainBreak>,
}

/// Walks a whole chain, comparing every link.
pub(crate) fn verify(conn: &Connection, chain: Chain) -> Result<ChainState> {
    let cols = stored_columns(chain);
    let n = cols.len();
    let mut stmt = conn.prepare(&select_rows(&cols, chain, i64::MIN))?;
    let mut rows = stmt.query([])?;
    let mut state = ChainState {
        chain,
        rows: 0,
        head: None,
        breaks: Vec::new(),
    };
    let mut expected_prev = GENESIS.to_string();
    while let Some(r) = rows.next()? {
        let row = stored(r, n)?;
        state.rows += 1;
        let (Some(prev), Some(hash)) = (row.prev_hash, row.hash) else {
            state.breaks.push(ChainBreak::Unchained { id: row.id });
            expected_prev = String::new();
            continue;
        };
        if prev != expected_prev && !expected_prev.is_empty() {
            state.breaks.push(ChainBreak::Gap { id: row.id });
        }
        if link(chain, &prev, row.id, &row.values) != hash {
            state.breaks.push(ChainBreak::Altered { id: row.id });
        }
        expected_prev = hash.clone();
        state.head = Some(hash);
    }
    Ok(state)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_hash_depends_on_the_previous_hash_the_id_and_every_value_but_not_on_types() {
        let v = vec![Value::Integer(5), Value::Text("x".into()), Value::Null];
        let h = link(Chain::Audit, GENESIS, 1, &v);
        assert_eq!(h.len(), 64);
        assert_eq!(h, link(Chain::Audit, GENESIS, 1, &v));
        let as_text = vec![
            Value::Text("5".into()),
            Value::Text("x".into()),
            Value::Null,
        ];
        assert_eq!(h, link(Chain::Audit, GENESIS, 1, &as_text));
        assert_ne!(h, link(Chain::Audit, &h, 1, &v));
        assert_ne!(h, link(Chain::Audit, GENESIS, 2, &v));
        assert_ne!(h, link(Chain::Files, GENESIS, 1, &v));
        let empty = vec![
            Value::Integer(5),
            Value::Text("x".into()),
            Value::Text("".into()),
        ];
        assert_ne!(h, link(Chain::Audit, GENESIS, 1, &empty));
    }
}
