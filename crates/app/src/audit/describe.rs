//! An entry of the audit log in the reader's words: the action as a sentence naming its
//! subject, the rows changed under their labels, values as the reader writes them.
//!
//! Words are found by the code they describe (`audit-action-invoice-issue`,
//! `audit-column-legal-name`, `audit-table-customers`): one message per action code (a
//! test holds every code of the application to it), labels for the columns a reader
//! meets; a column nobody labelled shows its own name rather than nothing.

use std::collections::HashMap;
use std::sync::LazyLock;

use ardoise_domain::display;
use ardoise_domain::words::{self, tr, Key};
use ardoise_domain::Lang;
use ardoise_store::{AuditRow, Db};
use chrono::{DateTime, Local};
use rust_decimal::Decimal;
use serde_json::Value;

use super::kinds::kind_of;
use crate::transport_audit::{AuditEntryView, FieldChangeView, RowChangeView};
use crate::Result;

static KEYS: LazyLock<HashMap<&'static str, Key>> =
    LazyLock::new(|| words::catalogue().map(|(k, _)| (k.id(), k)).collect());

/// The catalogue's message for `prefix` and a code (`_` and `.` written `-`).
fn key_for(prefix: &str, code: &str) -> Option<Key> {
    let id = format!("{prefix}-{}", code.replace(['.', '_'], "-"));
    KEYS.get(id.as_str()).copied()
}

/// Whether the catalogue has a sentence for the action `code`.
#[cfg(test)]
pub(crate) fn has_action_words(code: &str) -> bool {
    key_for("audit-action", code).is_some()
}

/// The sentence of an action, naming `subject`.
pub(crate) fn action_sentence(action: &str, subject: &str, lang: Lang) -> String {
    match key_for("audit-action", action) {
        Some(k) => words::format(lang, k, &[("subject", words::Value::from(subject))]),
        // A code from a newer Ardoise: said as a change, its code kept for support.
        None => tr!(lang, AUDIT_ACTION_UNKNOWN, code = action),
    }
}

/// A date and time on the reader's clock.
pub(crate) fn when(at: &str, lang: Lang) -> String {
    match DateTime::parse_from_rfc3339(at) {
        Ok(t) => {
            let local = t.with_timezone(&Local);
            format!(
                "{} {}",
                display::date(local.date_naive(), lang),
                local.format("%H:%M")
            )
        }
        Err(_) => at.to_string(),
    }
}

/// What names the entity in the sentence: its number or name, else its id, else the
/// file it wrote.
fn subject(db: &Db<'_>, row: &AuditRow, lang: Lang) -> Result<String> {
    if let Some(id) = row.entity_id {
        if let Some(s) = db.audit_subject(&row.entity, id)? {
            return Ok(s);
        }
        return Ok(tr!(lang, AUDIT_SUBJECT_NUMBER, id = id.to_string()));
    }
    let detail: Value = serde_json::from_str(&row.detail).unwrap_or(Value::Null);
    let named = ["file", "path", "username"]
        .iter()
        .find_map(|k| detail.get(*k).and_then(Value::as_str))
        .map(|p| p.rsplit(['/', '\\']).next().unwrap_or(p).to_string());
    Ok(named.unwrap_or_default())
}

fn label(prefix: &str, code: &str, lang: Lang) -> String {
    key_for(prefix, code).map_or_else(|| code.to_string(), |k| words::text(lang, k))
}

/// A stored value as the reader reads it: amounts kept in minor units as amounts.
fn value_text(column: &str, v: &Value, lang: Lang) -> Option<String> {
    match v {
        Value::Null => None,
        Value::Number(n) if column.ends_with("_minor") => n
            .as_i64()
            .map(|m| display::number(Decimal::new(m, 2), 2, lang))
            .or_else(|| Some(n.to_string())),
        Value::String(s) => Some(s.clone()),
        other => Some(other.to_string()),
    }
}

fn row_view(row: &Value, lang: Lang) -> Option<RowChangeView> {
    let table = row.get("table")?.as_str()?;
    let op = row.get("op")?.as_str()?.to_string();
    let empty = serde_json::Map::new();
    let before = row
        .get("before")
        .and_then(Value::as_object)
        .unwrap_or(&empty);
    let after = row
        .get("after")
        .and_then(Value::as_object)
        .unwrap_or(&empty);
    let mut columns: Vec<&String> = before.keys().collect();
    columns.extend(after.keys().filter(|k| !before.contains_key(*k)));
    let fields = columns
        .into_iter()
        .filter(|c| c.as_str() != "id")
        .map(|c| FieldChangeView {
            label: label("audit-column", c, lang),
            before: before.get(c).and_then(|v| value_text(c, v, lang)),
            after: after.get(c).and_then(|v| value_text(c, v, lang)),
        })
        .collect();
    Some(RowChangeView {
        what: label("audit-table", table, lang),
        op_label: label("audit-op", &op, lang),
        op,
        row_id: row.get("id").and_then(Value::as_i64).unwrap_or(0),
        fields,
    })
}

/// One entry as the page shows it.
pub(crate) fn entry_view(db: &Db<'_>, row: AuditRow, lang: Lang) -> Result<AuditEntryView> {
    let subject = subject(db, &row, lang)?;
    let changes: Value = row
        .changes
        .as_deref()
        .and_then(|c| serde_json::from_str(c).ok())
        .unwrap_or(Value::Null);
    let rows = changes
        .get("rows")
        .and_then(Value::as_array)
        .map(|rows| rows.iter().filter_map(|r| row_view(r, lang)).collect())
        .unwrap_or_default();
    Ok(AuditEntryView {
        id: row.id,
        when: when(&row.at, lang),
        staff_id: row.staff_id,
        who: row.staff_name,
        kind: kind_of(&row.action),
        what: action_sentence(&row.action, &subject, lang),
        action: row.action,
        customer_id: row.customer_id,
        customer_name: row.customer_name,
        changes: rows,
        more_rows: changes.get("more").and_then(Value::as_u64).unwrap_or(0),
    })
}

/// The word of a kind, for the filter.
pub(crate) fn kind_label(kind: crate::transport_audit::AuditKind, lang: Lang) -> String {
    label("audit-kind", kind.code(), lang)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Literals shaped like an action code that are not one, each with its reason.
    const NOT_ACTIONS: &[&str] = &[
        "ardoise.db",    // the book's file name
        "backup.folder", // settings keys
        "backup.last_at",
        "backup.last_file",
        "co.uk",     // a domain in the e-mail check
        "notes.txt", // file names in tests
        "releve.pdf",
    ];

    /// Every action code the application writes (any string literal of two lowercase
    /// words joined by a dot in its sources, the few above aside) has its sentence in both languages: a new use case
    /// without words fails here.
    #[test]
    fn every_action_code_of_the_application_has_its_sentence() {
        let src = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
        let mut codes = std::collections::BTreeSet::new();
        let mut stack = vec![src];
        while let Some(dir) = stack.pop() {
            for e in std::fs::read_dir(dir).unwrap() {
                let p = e.unwrap().path();
                if p.is_dir() {
                    stack.push(p);
                } else if p.extension().is_some_and(|x| x == "rs") {
                    let text = std::fs::read_to_string(&p).unwrap();
                    for part in text.split('"').skip(1).step_by(2) {
                        let shaped = part.split_once('.').is_some_and(|(a, b)| {
                            let word = |w: &str| {
                                !w.is_empty()
                                    && w.starts_with(|c: char| c.is_ascii_lowercase())
                                    && w.chars().all(|c| c.is_ascii_lowercase() || c == '_')
                            };
                            word(a) && word(b)
                        });
                        if shaped && !NOT_ACTIONS.contains(&part) {
                            codes.insert(part.to_string());
                        }
                    }
                }
            }
        }
        assert!(codes.len() > 60, "{codes:?}");
        let missing: Vec<_> = codes.iter().filter(|c| !has_action_words(c)).collect();
        assert!(missing.is_empty(), "no words for {missing:?}");
        for c in &codes {
            for lang in [Lang::Fr, Lang::En] {
                let s = action_sentence(c, "X", lang);
                assert!(!s.contains(c.as_str()), "{s}");
            }
        }
        for n in NOT_ACTIONS {
            assert!(
                !has_action_words(n),
                "{n} is an action: take it off the list"
            );
        }
    }

    #[test]
    fn an_action_this_version_does_not_know_is_said_as_a_change() {
        assert_eq!(
            action_sentence("ledger.rebuild", "", Lang::En),
            "Change recorded (ledger.rebuild)"
        );
    }
}
