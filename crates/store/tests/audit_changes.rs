//! What the audit log records of a transaction's rows (the pre-update hook), and that
//! those records are held like the rest of the entry: refused to plain SQL, covered by
//! the hash chain.

use ardoise_domain::customer::{Customer, CustomerForm};
use ardoise_store::{AuditEntry, Chain, ChainBreak, Store, StoreError};
use chrono::{TimeZone, Utc};
use rusqlite::Connection;
use serde_json::{json, Value};

fn now() -> chrono::DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 25, 9, 0, 0).unwrap()
}

fn customer(name: &str) -> Customer {
    CustomerForm {
        legal_name: name.into(),
        country: "FR".into(),
        address_line1: "1 rue X".into(),
        postal_code: "75001".into(),
        city: "Paris".into(),
        language: "fr".into(),
        currency: "EUR".into(),
        payment_terms_days: "30".into(),
        ..Default::default()
    }
    .validate()
    .unwrap()
}

fn entry(changes: Value, customer_id: Option<i64>) -> AuditEntry<'static> {
    AuditEntry {
        at: now(),
        staff_id: 1,
        action: "customer.update",
        entity: "customer",
        entity_id: customer_id,
        detail: json!({}),
        changes,
        customer_id,
    }
}

fn rows(v: &Value) -> &Vec<Value> {
    v["rows"].as_array().unwrap()
}

#[test]
fn an_insert_and_an_update_are_told_with_their_values_and_their_customer() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(&dir.path().join("book.db")).unwrap();
    let mark = store.change_mark();
    let (id, captured) = store
        .write(|db| {
            let id = db.insert_customer(&customer("Dupont SARL"), now())?;
            let mut renamed = customer("Dupont et Fils");
            renamed.address.city = "Lyon".into();
            db.update_customer(id, &renamed, now())?;
            let captured = store.changes_since(mark)?;
            db.audit(&entry(captured.changes.clone(), captured.customer_id))?;
            Ok::<_, StoreError>((id, captured))
        })
        .unwrap();
    assert_eq!(captured.customer_id, Some(id));
    let r = rows(&captured.changes);
    assert_eq!(r.len(), 2, "{r:?}");
    assert_eq!(r[0]["table"], "customers");
    assert_eq!(r[0]["op"], "insert");
    assert_eq!(r[0]["after"]["legal_name"], "Dupont SARL");
    assert_eq!(r[1]["op"], "update");
    assert_eq!(r[1]["id"], id);
    assert_eq!(r[1]["before"]["legal_name"], "Dupont SARL");
    assert_eq!(r[1]["after"]["legal_name"], "Dupont et Fils");
    assert_eq!(r[1]["before"]["city"], "Paris");
    assert_eq!(r[1]["after"]["city"], "Lyon");
    // Only what changed is told of an update.
    assert!(r[1]["after"].get("country").is_none());
    // The entry holds them, and the chain covers them.
    let conn = Connection::open(dir.path().join("book.db")).unwrap();
    let (stored, cust, version): (String, Option<i64>, i64) = conn
        .query_row(
            "SELECT changes, customer_id, chain_version FROM audit_log ORDER BY id DESC LIMIT 1",
            [],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
        )
        .unwrap();
    assert_eq!(
        serde_json::from_str::<Value>(&stored).unwrap(),
        captured.changes
    );
    assert_eq!((cust, version), (Some(id), 2));
    assert!(store
        .read()
        .verify_chain(Chain::Audit)
        .unwrap()
        .breaks
        .is_empty());
}

#[test]
fn a_write_inside_another_takes_its_own_rows_and_the_outer_one_the_rest() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(&dir.path().join("book.db")).unwrap();
    let outer = store.change_mark();
    let (inner_rows, outer_rows) = store
        .write(|db| {
            db.insert_customer(&customer("Avant"), now())?;
            let inner = store.change_mark();
            let inner_rows = store.write(|db| {
                db.insert_customer(&customer("Dedans"), now())?;
                store.changes_since(inner)
            })?;
            db.insert_customer(&customer("Après"), now())?;
            Ok::<_, StoreError>((inner_rows, store.changes_since(outer)?))
        })
        .unwrap();
    let names = |c: &Value| {
        rows(c)
            .iter()
            .map(|r| r["after"]["legal_name"].as_str().unwrap().to_string())
            .collect::<Vec<_>>()
    };
    assert_eq!(names(&inner_rows.changes), ["Dedans"]);
    assert_eq!(names(&outer_rows.changes), ["Avant", "Après"]);
    // Two customers: the outer entry concerns no single one.
    assert_eq!(outer_rows.customer_id, None);
}

#[test]
fn a_rolled_back_transaction_leaves_nothing_to_the_next_one() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(&dir.path().join("book.db")).unwrap();
    let before = store.change_mark();
    let failed: Result<(), StoreError> = store.write(|db| {
        db.insert_customer(&customer("Annulé"), now())?;
        Err(StoreError::Open("refused".into()))
    });
    assert!(failed.is_err());
    let next = store.change_mark();
    assert_eq!(next, before);
    let captured = store
        .write(|db| {
            db.insert_customer(&customer("Suivant"), now())?;
            store.changes_since(next)
        })
        .unwrap();
    let r = rows(&captured.changes);
    assert_eq!(r.len(), 1);
    assert_eq!(r[0]["after"]["legal_name"], "Suivant");
}

#[test]
fn the_changes_cannot_be_edited_and_an_edit_around_the_triggers_breaks_the_chain() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("book.db");
    {
        let store = Store::open(&path).unwrap();
        store
            .write(|db| {
                db.audit(&entry(
                    json!({ "rows": [{ "table": "customers" }] }),
                    Some(1),
                ))?;
                db.audit(&entry(json!({ "rows": [] }), None))
            })
            .unwrap();
    }
    let sh = Connection::open(&path).unwrap();
    for sql in [
        "UPDATE audit_log SET changes = '{\"rows\":[]}' WHERE id = 1",
        "UPDATE audit_log SET customer_id = 2 WHERE id = 1",
        "UPDATE audit_log SET chain_version = 1 WHERE id = 1",
        "INSERT OR REPLACE INTO audit_log SELECT * FROM audit_log WHERE id = 1",
        "DELETE FROM audit_log WHERE id = 2",
    ] {
        let err = sh.execute_batch(sql).unwrap_err();
        assert!(
            err.to_string().contains("audit log"),
            "not refused by a trigger: {sql}: {err}"
        );
    }
    sh.execute_batch(
        "DROP TRIGGER audit_log_no_update;
         UPDATE audit_log SET changes = '{\"rows\":[]}' WHERE id = 1;
         UPDATE audit_log SET chain_version = 1 WHERE id = 2;",
    )
    .unwrap();
    let breaks = Store::open(&path)
        .unwrap()
        .read()
        .verify_chain(Chain::Audit)
        .unwrap()
        .breaks;
    assert_eq!(
        breaks,
        [ChainBreak::Altered { id: 1 }, ChainBreak::Altered { id: 2 }]
    );
}
