//! The rows a transaction changes, seen by SQLite's pre-update hook as each is written,
//! so an audit entry can say what its use case changed without every use case saying it.
//!
//! The hook only copies values (it may not run SQL); column names are read when an entry
//! takes its changes. Changes made by triggers (depth > 0: the derived settlement index,
//! the guards) are left out: they follow from the rows that fired them. The audit log's
//! own rows are left out too.

use std::collections::{BTreeSet, HashMap};
use std::sync::{Arc, Mutex, MutexGuard};

use rusqlite::hooks::{Action, PreUpdateCase};
use rusqlite::types::{Value, ValueRef};
use rusqlite::Connection;
use serde_json::{json, Map};

use crate::audit_mask::{mask_json, mask_value, masked_column};
use crate::{Db, Result};

/// Rows kept with their values per transaction; beyond, only counted. A billing run or a
/// benchmark book can write hundreds of thousands of rows in one transaction.
const KEPT_ROWS: usize = 5_000;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Op {
    Insert,
    Update,
    Delete,
}

impl Op {
    fn code(self) -> &'static str {
        match self {
            Op::Insert => "insert",
            Op::Update => "update",
            Op::Delete => "delete",
        }
    }
}

/// One row written, as the hook saw it: values by column position.
#[derive(Debug, Clone)]
struct RawChange {
    table: String,
    op: Op,
    rowid: i64,
    old: Vec<Value>,
    new: Vec<Value>,
}

#[derive(Debug, Default)]
struct Buffer {
    rows: Vec<RawChange>,
    /// Rows written beyond [`KEPT_ROWS`], not kept.
    uncounted: u64,
}

/// What the hook collects, shared with it (the hook must be `Send + 'static`).
#[derive(Debug, Default, Clone)]
pub(crate) struct Capture {
    buffer: Arc<Mutex<Buffer>>,
    /// Column names by table, read once per table.
    names: Arc<Mutex<HashMap<String, Vec<String>>>>,
}

/// Where a write began in the transaction's changes: it takes the changes after it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ChangeMark(usize);

/// The changes one audit entry records, and the customer they concern.
#[derive(Debug, Clone, PartialEq)]
pub struct Captured {
    /// `{"rows": [{table, op, id, before, after}…], "more": n}` (`more` when rows were
    /// only counted).
    pub changes: serde_json::Value,
    /// The one customer the rows belong to, when there is exactly one.
    pub customer_id: Option<i64>,
}

fn lock<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|e| e.into_inner())
}

fn owned(v: ValueRef<'_>) -> Value {
    // Only text that is not UTF-8 fails: kept as its bytes.
    Value::try_from(v).unwrap_or_else(|_| match v {
        ValueRef::Text(t) => Value::Blob(t.to_vec()),
        _ => Value::Null,
    })
}

impl Capture {
    /// Starts watching the connection's writes.
    pub(crate) fn install(&self, conn: &Connection) -> Result<()> {
        let buffer = Arc::clone(&self.buffer);
        conn.preupdate_hook(Some(
            move |_: Action, db: &str, table: &str, case: &PreUpdateCase| {
                if db != "main" || table == "audit_log" || table.starts_with("sqlite_") {
                    return;
                }
                let (op, depth) = match case {
                    PreUpdateCase::Insert(n) => (Op::Insert, n.get_query_depth()),
                    PreUpdateCase::Delete(o) => (Op::Delete, o.get_query_depth()),
                    PreUpdateCase::Update {
                        old_value_accessor: o,
                        ..
                    } => (Op::Update, o.get_query_depth()),
                    PreUpdateCase::Unknown => return,
                };
                if depth > 0 {
                    return;
                }
                let mut b = lock(&buffer);
                if b.rows.len() >= KEPT_ROWS {
                    b.uncounted += 1;
                    return;
                }
                let read_old = |o: &rusqlite::hooks::PreUpdateOldValueAccessor| {
                    (0..o.get_column_count())
                        .map(|i| o.get_old_column_value(i).map_or(Value::Null, owned))
                        .collect::<Vec<_>>()
                };
                let read_new = |n: &rusqlite::hooks::PreUpdateNewValueAccessor| {
                    (0..n.get_column_count())
                        .map(|i| n.get_new_column_value(i).map_or(Value::Null, owned))
                        .collect::<Vec<_>>()
                };
                let change = match case {
                    PreUpdateCase::Insert(n) => RawChange {
                        table: table.to_string(),
                        op,
                        rowid: n.get_new_row_id(),
                        old: Vec::new(),
                        new: read_new(n),
                    },
                    PreUpdateCase::Delete(o) => RawChange {
                        table: table.to_string(),
                        op,
                        rowid: o.get_old_row_id(),
                        old: read_old(o),
                        new: Vec::new(),
                    },
                    PreUpdateCase::Update {
                        old_value_accessor: o,
                        new_value_accessor: n,
                    } => RawChange {
                        table: table.to_string(),
                        op,
                        rowid: n.get_new_row_id(),
                        old: read_old(o),
                        new: read_new(n),
                    },
                    PreUpdateCase::Unknown => return,
                };
                b.rows.push(change);
            },
        ))?;
        Ok(())
    }

    /// Forgets what earlier transactions wrote (called as an outermost write begins and
    /// ends, so a rolled back transaction's rows are never told).
    pub(crate) fn clear(&self) {
        let mut b = lock(&self.buffer);
        b.rows = Vec::new();
        b.uncounted = 0;
    }

    pub(crate) fn mark(&self) -> ChangeMark {
        ChangeMark(lock(&self.buffer).rows.len())
    }

    /// Takes the rows written since `mark`: a write nested in another takes its own, and
    /// the outer one the rest (before and after it), so none is told twice or lost.
    fn take_since(&self, mark: ChangeMark) -> (Vec<RawChange>, u64) {
        let mut b = lock(&self.buffer);
        let from = mark.0.min(b.rows.len());
        let rows = b.rows.split_off(from);
        (rows, std::mem::take(&mut b.uncounted))
    }
}

impl Db<'_> {
    /// The column names of a table, in the order the hook gives values.
    fn column_names(&self, capture: &Capture, table: &str) -> Result<Vec<String>> {
        if let Some(n) = lock(&capture.names).get(table) {
            return Ok(n.clone());
        }
        let mut stmt = self
            .conn
            .prepare("SELECT name FROM pragma_table_info(?1) ORDER BY cid")?;
        let names = stmt
            .query_map([table], |r| r.get::<_, String>(0))?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        lock(&capture.names).insert(table.to_string(), names.clone());
        Ok(names)
    }

    /// The changes written since `mark`, named, masked, and the customer they concern.
    pub(crate) fn captured(&self, capture: &Capture, mark: ChangeMark) -> Result<Captured> {
        let (raw, more) = capture.take_since(mark);
        let mut rows = Vec::with_capacity(raw.len());
        let mut customers = BTreeSet::new();
        for c in raw {
            let names = self.column_names(capture, &c.table)?;
            let name = |i: usize| names.get(i).cloned().unwrap_or_else(|| format!("#{i}"));
            if c.table == "customers" {
                customers.insert(c.rowid);
            }
            let full = if c.new.is_empty() { &c.old } else { &c.new };
            if let Some(i) = names.iter().position(|n| n == "customer_id") {
                if let Some(Value::Integer(id)) = full.get(i) {
                    customers.insert(*id);
                }
            }
            let mut before = Map::new();
            let mut after = Map::new();
            match c.op {
                Op::Insert => {
                    for (i, v) in c.new.iter().enumerate() {
                        if *v != Value::Null {
                            after.insert(name(i), shown(&name(i), v));
                        }
                    }
                }
                Op::Delete => {
                    for (i, v) in c.old.iter().enumerate() {
                        before.insert(name(i), shown(&name(i), v));
                    }
                }
                Op::Update => {
                    for (i, (o, n)) in c.old.iter().zip(&c.new).enumerate() {
                        if o != n {
                            before.insert(name(i), shown(&name(i), o));
                            after.insert(name(i), shown(&name(i), n));
                        }
                    }
                    if before.is_empty() {
                        // Written with the values it had: nothing changed.
                        continue;
                    }
                }
            }
            rows.push(json!({
                "table": c.table,
                "op": c.op.code(),
                "id": c.rowid,
                "before": before,
                "after": after,
            }));
        }
        let mut changes = json!({ "rows": rows });
        if more > 0 {
            changes["more"] = more.into();
        }
        let customer_id = match customers.len() {
            1 => customers.into_iter().next(),
            _ => None,
        };
        Ok(Captured {
            changes,
            customer_id,
        })
    }
}

/// A stored value as the trail shows it: masked when its column holds a secret.
fn shown(column: &str, v: &Value) -> serde_json::Value {
    let plain = match v {
        Value::Null => serde_json::Value::Null,
        Value::Integer(i) => (*i).into(),
        Value::Real(f) => serde_json::Number::from_f64(*f)
            .map_or_else(|| f.to_string().into(), serde_json::Value::Number),
        Value::Text(s) => s.clone().into(),
        Value::Blob(b) => format!("{} bytes", b.len()).into(),
    };
    if masked_column(column) {
        return mask_value(column, &plain);
    }
    // A document's frozen parties are JSON kept as text (an invoice's seller with its
    // IBAN): masked inside, by key, like the use case's own detail.
    if let Value::Text(s) = v {
        if s.starts_with('{') || s.starts_with('[') {
            if let Ok(json) = serde_json::from_str::<serde_json::Value>(s) {
                let masked = mask_json(&json);
                if masked != json {
                    return masked.to_string().into();
                }
            }
        }
    }
    plain
}
