//! An entry of the audit log in the reader's words: the action as a sentence naming its
//! subject, the rows changed under their labels, values as the reader writes them.
//!
//! Words are found by the code they describe (`audit-action-invoice-issue`,
//! `audit-column-legal-name`, `audit-table-customers`): one message per action code (a
//! test holds every code of the application to it), labels for the columns a reader
//! meets; a column nobody labelled shows its own name rather than nothing.

use std::collections::HashMap;
use std::sync::LazyLock;

use ardoise_domain::checks::country_name;
use ardoise_domain::code_words;
use ardoise_domain::customer::ContactRole;
use ardoise_domain::display;
use ardoise_domain::invoicing::{PaymentMethod, ProratedLicences};
use ardoise_domain::role::Role;
use ardoise_domain::subscription::{BillingFrequency, Term};
use ardoise_domain::support::{
    Category, Channel, DeliveredBy, RequestState, Rounding, Route, Severity,
};
use ardoise_domain::words::{self, tr, Key};
use ardoise_domain::Lang;
use ardoise_store::audit_mask::mask_json;
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

/// Columns that hold 0 or 1 (a `CHECK (column IN (0, 1))` in the schema).
const YES_NO: &[&str] = &["active", "archived", "auto_renew", "billable", "no_support"];

/// The word of a code stored in `table.column`, when the column holds one of a closed
/// list (or a country, or a product's unit): the same words the CLI and the documents
/// use; a code the list does not know (from a newer Ardoise) reads as stored.
/// `credit_note` says an invoice row is a credit note's, for the French agreement.
fn code_word(
    table: &str,
    column: &str,
    code: &str,
    credit_note: bool,
    lang: Lang,
) -> Option<String> {
    let word = match (table, column) {
        ("customers" | "subscriptions", "status") => tr!(lang, CLI_STATUS_WORD, code = code),
        ("invoices", "status") => tr!(
            lang,
            AUDIT_VALUE_INVOICE_STATUS,
            code = code,
            credit = if credit_note { "yes" } else { "no" }
        ),
        ("invoices", "kind") => tr!(lang, AUDIT_VALUE_INVOICE_KIND, code = code),
        ("invoice_lines", "kind") => tr!(lang, AUDIT_VALUE_LINE_KIND, code = code),
        ("communications", "kind") => tr!(lang, AUDIT_VALUE_COMMUNICATION_KIND, code = code),
        ("communications", "sent_via") => tr!(lang, CHOICE_SEND_VIA, code = code),
        ("bank_statements", "kind") => tr!(lang, AUDIT_VALUE_BANK_KIND, code = code),
        ("pc_imports", "kind") => tr!(lang, PARTNER_CENTER_IMPORT_KIND, kind = code),
        ("bank_lines", "direction") => tr!(lang, AUDIT_VALUE_DIRECTION, code = code),
        ("support_events", "kind") => tr!(lang, AUDIT_VALUE_EVENT_KIND, code = code),
        ("support_events", "from_state" | "to_state") | ("support_requests", "state") => {
            RequestState::parse(code)?.name(lang)
        }
        ("contacts", "role") => code_words::contact_role(ContactRole::parse(code)?, lang),
        ("staff_roles", "role") => Role::parse(code)?.label(lang),
        (_, "language") => code_words::language(Lang::parse(code)?, lang),
        (_, "term") => code_words::term(Term::parse(code)?, lang),
        (_, "billing_frequency") => code_words::frequency(BillingFrequency::parse(code)?, lang),
        (_, "method") => PaymentMethod::parse(code)?.label(lang),
        (_, "channel") => Channel::parse(code)?.name(lang),
        (_, "category") => Category::parse(code)?.name(lang),
        (_, "severity") => Severity::parse(code)?.name(lang),
        (_, "route") => Route::parse(code)?.name(lang),
        (_, "delivered_by") => DeliveredBy::parse(code)?.name(lang),
        (_, "rounding") => Rounding::parse(code)?.name(lang),
        ("products", "unit") => code_words::unit(code, lang),
        ("rebill_settings", "prorated_licences") => {
            ProratedLicences::parse(code)?.label(lang).to_string()
        }
        (_, "country") => country_name(code, lang)?.to_string(),
        _ => return None,
    };
    Some(word)
}

/// A stored value as the reader reads it: amounts kept in minor units as amounts, codes
/// as their words, 0 and 1 as no and yes.
fn value_text(
    table: &str,
    column: &str,
    v: &Value,
    credit_note: bool,
    lang: Lang,
) -> Option<String> {
    match v {
        Value::Null => None,
        Value::Number(n) if column.ends_with("_minor") => n
            .as_i64()
            .map(|m| display::number(Decimal::new(m, 2), 2, lang))
            .or_else(|| Some(n.to_string())),
        Value::Number(n) if YES_NO.contains(&column) => Some(match n.as_i64() {
            Some(0) => tr!(lang, AUDIT_VALUE_NO),
            Some(_) => tr!(lang, AUDIT_VALUE_YES),
            None => n.to_string(),
        }),
        Value::String(s) => Some(match structured(s) {
            Some(v) => json_text(column, &mask_json(&v), lang),
            None => code_word(table, column, s, credit_note, lang)
                .or_else(|| instant_or_day(s, lang))
                .unwrap_or_else(|| s.clone()),
        }),
        other => Some(other.to_string()),
    }
}

/// A stored instant (RFC 3339) or day (YYYY-MM-DD) as the reader writes dates; an
/// instant to the second, since a row's times often differ by less than a minute.
fn instant_or_day(s: &str, lang: Lang) -> Option<String> {
    if let Ok(t) = DateTime::parse_from_rfc3339(s) {
        let local = t.with_timezone(&Local);
        let day = display::date(local.date_naive(), lang);
        return Some(format!("{day} {}", local.format("%H:%M:%S")));
    }
    let day = chrono::NaiveDate::parse_from_str(s, "%Y-%m-%d").ok()?;
    Some(display::date(day, lang))
}

/// A value the book keeps as JSON text (an issued invoice's frozen partner and customer,
/// a plan's hours), when it is one.
fn structured(s: &str) -> Option<Value> {
    let t = s.trim_start();
    if !(t.starts_with('{') || t.starts_with('[')) {
        return None;
    }
    serde_json::from_str(s).ok()
}

/// JSON in words: each key under its column's label and each code in words, « Raison
/// sociale : Nuage ; Pays : France ; … »; bank details already masked by the caller.
/// `key` is what holds `v`.
fn json_text(key: &str, v: &Value, lang: Lang) -> String {
    match v {
        Value::Object(map) => map
            .iter()
            .filter(|(_, x)| !(x.is_null() || x.as_str().is_some_and(str::is_empty)))
            .map(|(k, x)| {
                tr!(
                    lang,
                    AUDIT_VALUE_PAIR,
                    label = label("audit-column", k, lang),
                    value = json_text(k, x, lang)
                )
            })
            .collect::<Vec<_>>()
            .join(" ; "),
        Value::Array(items) => items
            .iter()
            .map(|x| json_text(key, x, lang))
            .collect::<Vec<_>>()
            .join(" | "),
        Value::String(s) => code_word("", key, s, false, lang).unwrap_or_else(|| s.clone()),
        Value::Bool(b) => match b {
            true => tr!(lang, AUDIT_VALUE_YES),
            false => tr!(lang, AUDIT_VALUE_NO),
        },
        Value::Number(n) => n.to_string(),
        Value::Null => String::new(),
    }
}

/// Columns that hold another row's id, and what that row is: the reader is told its
/// number or name rather than the id.
const REFERENCES: &[(&str, &str)] = &[
    ("customer_id", "customer"),
    ("invoice_id", "invoice"),
    ("credited_invoice_id", "invoice"),
    ("subscription_id", "subscription"),
    ("product_id", "product"),
    ("plan_id", "support_plan"),
    ("request_id", "support_request"),
    ("staff_id", "staff"),
    ("created_by", "staff"),
    ("assigned_to", "staff"),
    ("statement_id", "bank_statement"),
];

/// The row `v` names in `column`, by its number or name (« n° 12 » for a row without
/// one, a draft say, or one since deleted); `None` for a column that names no row.
fn referenced(db: &Db<'_>, column: &str, v: &Value, lang: Lang) -> Result<Option<String>> {
    let (Some((_, entity)), Some(id)) = (REFERENCES.iter().find(|(c, _)| *c == column), v.as_i64())
    else {
        return Ok(None);
    };
    let name = db.audit_subject(entity, id)?;
    Ok(Some(name.unwrap_or_else(|| {
        tr!(lang, AUDIT_SUBJECT_NUMBER, id = id.to_string())
    })))
}

fn row_view(
    db: &Db<'_>,
    row: &Value,
    credit_note: bool,
    lang: Lang,
) -> Result<Option<RowChangeView>> {
    let (Some(table), Some(op)) = (
        row.get("table").and_then(Value::as_str),
        row.get("op").and_then(Value::as_str),
    ) else {
        return Ok(None);
    };
    let op = op.to_string();
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
    let shown = |c: &str, v: Option<&Value>| -> Result<Option<String>> {
        let Some(v) = v else { return Ok(None) };
        Ok(match referenced(db, c, v, lang)? {
            Some(name) => Some(name),
            None => value_text(table, c, v, credit_note, lang),
        })
    };
    let fields = columns
        .into_iter()
        .filter(|c| c.as_str() != "id")
        .map(|c| {
            Ok(FieldChangeView {
                label: label("audit-column", c, lang),
                before: shown(c, before.get(c))?,
                after: shown(c, after.get(c))?,
            })
        })
        .collect::<Result<_>>()?;
    Ok(Some(RowChangeView {
        what: label("audit-table", table, lang),
        op_label: label("audit-op", &op, lang),
        op,
        row_id: row.get("id").and_then(Value::as_i64).unwrap_or(0),
        fields,
    }))
}

/// One entry as the page shows it.
pub(crate) fn entry_view(db: &Db<'_>, row: AuditRow, lang: Lang) -> Result<AuditEntryView> {
    let subject = subject(db, &row, lang)?;
    let changes: Value = row
        .changes
        .as_deref()
        .and_then(|c| serde_json::from_str(c).ok())
        .unwrap_or(Value::Null);
    let credit_note = row.action.starts_with("credit_note.");
    let mut rows = Vec::new();
    for r in changes
        .get("rows")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
    {
        rows.extend(row_view(db, r, credit_note, lang)?);
    }
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

    /// Every `CHECK (column IN (…))` of the schema, as (table, column, values), the table
    /// being the last one named before it.
    fn closed_columns() -> Vec<(String, String, Vec<String>)> {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../store/migrations");
        let mut files: Vec<_> = std::fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().path())
            .collect();
        files.sort();
        let mut out = Vec::new();
        for f in files {
            let sql = std::fs::read_to_string(f).unwrap();
            let mut table = String::new();
            let mut rest = sql.as_str();
            // A table is named after `TABLE ` (created, altered or dropped).
            while let Some(at) = ["TABLE ", "CHECK ("]
                .iter()
                .filter_map(|w| rest.find(w).map(|i| (i, *w)))
                .min()
            {
                let (i, what) = at;
                rest = &rest[i + what.len()..];
                if what != "CHECK (" {
                    table = rest
                        .split(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
                        .next()
                        .unwrap()
                        .to_string();
                    continue;
                }
                let Some((column, list)) = rest.split_once(" IN (") else {
                    continue;
                };
                if column.contains(|c: char| !(c.is_ascii_lowercase() || c == '_')) {
                    continue;
                }
                let values = list.split(')').next().unwrap();
                let values = values
                    .split(',')
                    .map(|v| v.trim().trim_matches('\'').to_string())
                    .collect();
                out.push((table.clone(), column.to_string(), values));
            }
        }
        out
    }

    /// A value of every closed list the schema holds reads as a word: in French never its
    /// code, 0 and 1 as « non » and « oui »; a column of 0 and 1 not in `YES_NO` fails.
    #[test]
    fn every_stored_code_of_the_schema_reads_as_a_word() {
        let columns = closed_columns();
        assert!(columns.len() > 20, "{columns:?}");
        for (table, column, values) in &columns {
            for v in values {
                let stored = match v.parse::<i64>() {
                    Ok(n) => Value::from(n),
                    Err(_) => Value::from(v.as_str()),
                };
                for lang in [Lang::Fr, Lang::En] {
                    let shown = value_text(table, column, &stored, false, lang).unwrap();
                    assert!(
                        !shown.is_empty() && !shown.contains('_'),
                        "{table}.{column} = {v}: {shown:?}"
                    );
                    if lang == Lang::Fr {
                        assert_ne!(&shown, v, "{table}.{column} shows its code in French");
                    }
                }
            }
        }
        let flags: Vec<&str> = columns
            .iter()
            .filter(|(_, _, v)| v == &["0", "1"])
            .map(|(_, c, _)| c.as_str())
            .collect();
        for c in YES_NO {
            assert!(
                flags.contains(c),
                "{c} is no 0-or-1 column: take it off YES_NO"
            );
        }
    }

    #[test]
    fn stored_days_and_instants_read_as_dates() {
        let at = Value::from("2026-11-25T12:13:25.258340957+00:00");
        let shown = value_text("customers", "updated_at", &at, false, Lang::Fr).unwrap();
        assert!(
            shown.starts_with("25/11/2026 ") && shown.ends_with(":13:25"),
            "{shown}"
        );
        let day = Value::from("2026-11-25");
        for lang in [Lang::Fr, Lang::En] {
            let shown = value_text("subscriptions", "start_date", &day, false, lang).unwrap();
            assert_eq!(
                shown,
                display::date(chrono::NaiveDate::from_ymd_opt(2026, 11, 25).unwrap(), lang)
            );
        }
        let city = Value::from("Nice");
        assert_eq!(
            value_text("customers", "city", &city, false, Lang::Fr).as_deref(),
            Some("Nice")
        );
    }

    #[test]
    fn an_issued_credit_note_agrees_in_french() {
        let issued = Value::from("issued");
        let said = |credit| value_text("invoices", "status", &issued, credit, Lang::Fr);
        assert_eq!(said(false).as_deref(), Some("émise"));
        assert_eq!(said(true).as_deref(), Some("émis"));
        let unknown = Value::from("archived_later");
        assert_eq!(
            value_text("invoices", "status", &unknown, false, Lang::Fr).as_deref(),
            Some("archived_later")
        );
    }

    #[test]
    fn an_action_this_version_does_not_know_is_said_as_a_change() {
        assert_eq!(
            action_sentence("ledger.rebuild", "", Lang::En),
            "Change recorded (ledger.rebuild)"
        );
    }
}
