//! Reading the audit log a page at a time: newest first, keyset on the id, each filter
//! answered from its own index (migration 018) so a page stays quick over millions of
//! entries.

use rusqlite::types::Value;
use rusqlite::{params, params_from_iter, OptionalExtension};

use crate::{Db, Result};

/// Which entries a page holds. Dates are instants as stored (RFC 3339, UTC): `from`
/// included, `to` excluded.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct AuditFilterQuery {
    pub staff_id: Option<i64>,
    pub customer_id: Option<i64>,
    /// Exact action codes; an empty list matches nothing.
    pub actions: Option<Vec<String>>,
    pub from: Option<String>,
    pub to: Option<String>,
    /// Only entries older than this one (the page after).
    pub before_id: Option<i64>,
    pub limit: i64,
}

/// One entry as the page reads it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AuditRow {
    pub id: i64,
    pub at: String,
    pub staff_id: i64,
    pub staff_name: String,
    pub action: String,
    pub entity: String,
    pub entity_id: Option<i64>,
    pub customer_id: Option<i64>,
    pub customer_name: Option<String>,
    pub detail: String,
    /// `None` for entries written before changes were recorded.
    pub changes: Option<String>,
}

/// A person who can be named in the filter (whoever wrote an entry, or has an account).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StaffName {
    pub id: i64,
    pub display_name: String,
}

const SELECT: &str = "SELECT a.id, a.at, a.staff_id, s.display_name, a.action, a.entity,
        a.entity_id, a.customer_id, c.legal_name, a.detail, a.changes
     FROM audit_log a JOIN staff s ON s.id = a.staff_id
     LEFT JOIN customers c ON c.id = a.customer_id";

fn row(r: &rusqlite::Row<'_>) -> rusqlite::Result<AuditRow> {
    Ok(AuditRow {
        id: r.get(0)?,
        at: r.get(1)?,
        staff_id: r.get(2)?,
        staff_name: r.get(3)?,
        action: r.get(4)?,
        entity: r.get(5)?,
        entity_id: r.get(6)?,
        customer_id: r.get(7)?,
        customer_name: r.get(8)?,
        detail: r.get(9)?,
        changes: r.get(10)?,
    })
}

impl Db<'_> {
    /// One page of entries, newest first.
    pub fn audit_page(&self, q: &AuditFilterQuery) -> Result<Vec<AuditRow>> {
        match &q.actions {
            None => self.audit_page_one(q, None),
            Some(actions) => {
                // One ordered index range per action, merged: an `IN` list would read
                // every matching entry to sort them.
                let mut all = Vec::new();
                for a in actions {
                    all.extend(self.audit_page_one(q, Some(a))?);
                }
                all.sort_by_key(|r| std::cmp::Reverse(r.id));
                all.truncate(usize::try_from(q.limit).unwrap_or(0));
                Ok(all)
            }
        }
    }

    fn audit_page_one(&self, q: &AuditFilterQuery, action: Option<&str>) -> Result<Vec<AuditRow>> {
        let mut conds: Vec<&str> = Vec::new();
        let mut args: Vec<Value> = Vec::new();
        let mut add = |cond: &'static str, v: Value| {
            conds.push(cond);
            args.push(v);
        };
        if let Some(id) = q.staff_id {
            add("a.staff_id = ?", Value::Integer(id));
        }
        if let Some(id) = q.customer_id {
            add("a.customer_id = ?", Value::Integer(id));
        }
        if let Some(a) = action {
            add("a.action = ?", Value::Text(a.to_string()));
        }
        if let Some(f) = &q.from {
            add("a.at >= ?", Value::Text(f.clone()));
        }
        if let Some(t) = &q.to {
            add("a.at < ?", Value::Text(t.clone()));
        }
        if let Some(b) = q.before_id {
            add("a.id < ?", Value::Integer(b));
        }
        let filter = if conds.is_empty() {
            String::new()
        } else {
            format!(" WHERE {}", conds.join(" AND "))
        };
        args.push(Value::Integer(q.limit));
        let sql = format!("{SELECT}{filter} ORDER BY a.id DESC LIMIT ?");
        let mut stmt = self.conn.prepare_cached(&sql)?;
        let rows = stmt.query_map(params_from_iter(args), row)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Every action code the log holds, each found by one seek in its index.
    pub fn audit_actions(&self) -> Result<Vec<String>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT action FROM audit_log WHERE action > ?1 ORDER BY action LIMIT 1",
        )?;
        let mut out: Vec<String> = Vec::new();
        let mut last = String::new();
        while let Some(a) = stmt
            .query_row([&last], |r| r.get::<_, String>(0))
            .optional()?
        {
            last = a.clone();
            out.push(a);
        }
        Ok(out)
    }

    /// The people the filter can name: every account, active or not (the log keeps a
    /// deactivated person's name), by name.
    pub fn audit_people(&self) -> Result<Vec<StaffName>> {
        let mut stmt = self
            .conn
            .prepare("SELECT id, display_name FROM staff ORDER BY display_name, id")?;
        let rows = stmt.query_map([], |r| {
            Ok(StaffName {
                id: r.get(0)?,
                display_name: r.get(1)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// What names an entry's entity in a sentence: an invoice's number, a customer's or
    /// a product's name, a request's number. `None` when it has none (a draft, a row
    /// deleted since).
    pub fn audit_subject(&self, entity: &str, id: i64) -> Result<Option<String>> {
        let sql = match entity {
            "customer" => "SELECT legal_name FROM customers WHERE id = ?1",
            "invoice" => "SELECT number FROM invoices WHERE id = ?1",
            "subscription" => {
                "SELECT p.name || ' — ' || c.legal_name FROM subscriptions s
                 JOIN products p ON p.id = s.product_id JOIN customers c ON c.id = s.customer_id
                 WHERE s.id = ?1"
            }
            "payment" => {
                "SELECT c.legal_name FROM payments p JOIN customers c ON c.id = p.customer_id
                 WHERE p.id = ?1"
            }
            "product" => "SELECT name FROM products WHERE id = ?1",
            "support_plan" => "SELECT name FROM support_plans WHERE id = ?1",
            "support_request" => "SELECT number FROM support_requests WHERE id = ?1",
            "staff" => "SELECT display_name FROM staff WHERE id = ?1",
            "bank_statement" => "SELECT file_name FROM bank_statements WHERE id = ?1",
            _ => return Ok(None),
        };
        Ok(self
            .conn
            .query_row(sql, [id], |r| r.get::<_, Option<String>>(0))
            .optional()?
            .flatten())
    }

    /// One entry by id.
    pub fn audit_row(&self, id: i64) -> Result<Option<AuditRow>> {
        Ok(self
            .conn
            .query_row(&format!("{SELECT} WHERE a.id = ?1"), params![id], row)
            .optional()?)
    }
}
