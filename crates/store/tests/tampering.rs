//! Plain SQL against a book, as the sqlite3 shell would run it (a separate connection,
//! no foreign keys, no recursive triggers): what is written once is refused, REPLACE
//! included; what the triggers cannot refuse once dropped breaks the hash chains.

use ardoise_domain::customer::CustomerForm;
use ardoise_domain::invoicing::{totals, InvoiceLine, LineKind, PaymentMethod};
use ardoise_domain::money::{Currency, Money};
use ardoise_domain::Lang;
use ardoise_store::{
    AuditEntry, Chain, ChainBreak, DocKind, NewCommunication, NewDocument, NewFileWritten, Store,
    StoreError,
};
use chrono::{NaiveDate, TimeZone, Utc};
use rusqlite::Connection;
use rust_decimal::Decimal;

fn now() -> chrono::DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 25, 9, 0, 0).unwrap()
}

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 25).unwrap()
}

/// What a small book holds: ids of the rows the tampering aims at.
struct Book {
    _dir: tempfile::TempDir,
    path: std::path::PathBuf,
    invoice: i64,
    line: i64,
    unallocated_payment: i64,
    allocation: i64,
    letter: i64,
}

fn line(price: i64) -> InvoiceLine {
    InvoiceLine {
        kind: LineKind::OneOff,
        description: "Installation".into(),
        subscription_id: None,
        service_start: None,
        service_end: None,
        quantity: Decimal::ONE,
        unit_price: Decimal::from(price),
        proration: None,
        vat_rate: Decimal::from(20),
    }
}

/// A book with an issued invoice (F2026-00001, 240 €), a payment allocated to it, an
/// unallocated payment, a formal notice sent, audit entries and a file logged.
fn book() -> Book {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("book.db");
    let store = Store::open(&path).unwrap();
    let c = CustomerForm {
        legal_name: "Dupont SARL".into(),
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
    .unwrap();
    let eur = |n: i64| Money::new(Decimal::from(n), Currency::EUR);
    let (invoice, unallocated_payment, letter) = store
        .write(|db| {
            let c = db.insert_customer(&c, now())?;
            let lines = vec![line(100), line(100)];
            let t = totals(&lines, Currency::EUR);
            let invoice = db.insert_document(
                &NewDocument {
                    kind: DocKind::Invoice,
                    customer_id: c,
                    credited_invoice_id: None,
                    currency: Currency::EUR,
                    language: Lang::Fr,
                    period: None,
                    vat_treatment: "domestic",
                    vat_mention: None,
                    lines: &lines,
                    totals: &t,
                },
                now(),
            )?;
            db.issue_document(invoice, today(), today(), "{}", "{}", now())?;
            let paid =
                db.insert_payment(c, today(), &eur(50), PaymentMethod::Transfer, None, now())?;
            db.insert_allocation(paid, invoice, &eur(50), now())?;
            let spare =
                db.insert_payment(c, today(), &eur(30), PaymentMethod::Transfer, None, now())?;
            let numbers = ["F2026-00001".to_string()];
            let letter = db.insert_communication(
                &NewCommunication {
                    customer_id: c,
                    kind: "letter",
                    step_code: Some("formal_notice"),
                    staff_id: Some(1),
                    as_of: today(),
                    period: None,
                    balance: eur(190),
                    invoices: &numbers,
                    document_sha256: &"ab".repeat(32),
                    file_name: Some("mise-en-demeure.pdf"),
                },
                now(),
            )?;
            db.record_step_done(invoice, "formal_notice", letter, today())?;
            db.mark_sent(letter, today(), "post")?;
            db.insert_file_written(
                &NewFileWritten {
                    kind: "letter",
                    staff_id: Some(1),
                    customer_id: Some(c),
                    communication_id: Some(letter),
                    path: "/nowhere/mise-en-demeure.pdf",
                    sha256: &"ab".repeat(32),
                    size: 1234,
                },
                now(),
            )?;
            for action in ["invoice.issue", "payment.record", "letter.produce"] {
                db.audit(&AuditEntry {
                    at: now(),
                    staff_id: 1,
                    action,
                    entity: "invoice",
                    entity_id: Some(invoice),
                    detail: serde_json::json!({ "n": action }),
                    changes: serde_json::json!({ "rows": [] }),
                    customer_id: None,
                })?;
            }
            Ok::<_, StoreError>((invoice, spare, letter))
        })
        .unwrap();
    drop(store);
    let raw = Connection::open(&path).unwrap();
    let one = |sql: &str| raw.query_row(sql, [], |r| r.get::<_, i64>(0)).unwrap();
    let line = one("SELECT MIN(id) FROM invoice_lines");
    let allocation = one("SELECT MIN(id) FROM allocations");
    Book {
        _dir: dir,
        path,
        invoice,
        line,
        unallocated_payment,
        allocation,
        letter,
    }
}

/// The shell's view of the book: a plain connection.
fn shell(b: &Book) -> Connection {
    let conn = Connection::open(&b.path).unwrap();
    // rusqlite's SQLite turns foreign keys on by default; the shell does not.
    conn.pragma_update(None, "foreign_keys", "OFF").unwrap();
    conn
}

#[track_caller]
fn refused(conn: &Connection, sql: &str) {
    match conn.execute_batch(sql) {
        Err(rusqlite::Error::SqliteFailure(f, Some(msg)))
            if f.extended_code == rusqlite::ffi::SQLITE_CONSTRAINT_TRIGGER =>
        {
            assert!(!msg.is_empty());
        }
        other => panic!("not refused by a trigger: {sql}\n{other:?}"),
    }
}

fn count(conn: &Connection, sql: &str) -> i64 {
    conn.query_row(sql, [], |r| r.get(0)).unwrap()
}

fn chain_breaks(b: &Book, chain: Chain) -> Vec<ChainBreak> {
    Store::open(&b.path)
        .unwrap()
        .read()
        .verify_chain(chain)
        .unwrap()
        .breaks
}

#[test]
fn replace_cannot_rewrite_an_issued_invoice_its_lines_or_its_number() {
    let b = book();
    let sh = shell(&b);
    let id = b.invoice;
    // The issue's statement: the invoice rewritten to 1.20 € by REPLACE on its id...
    refused(
        &sh,
        &format!(
            "INSERT OR REPLACE INTO invoices (id, kind, status, customer_id, series_year,
                series_seq, number, currency, language, issue_date, due_date, vat_treatment,
                net_minor, vat_minor, gross_minor, created_at, issued_at)
             SELECT id, kind, status, customer_id, series_year, series_seq, number, currency,
                language, issue_date, due_date, vat_treatment, 100, 20, 120, created_at,
                issued_at FROM invoices WHERE id = {id}"
        ),
    );
    // ...or by REPLACE on its number or its place in the series, from a new row.
    refused(
        &sh,
        "INSERT OR REPLACE INTO invoices (kind, status, customer_id, series_year, series_seq,
            number, currency, language, issue_date, vat_treatment, net_minor, vat_minor,
            gross_minor, created_at)
         VALUES ('invoice', 'issued', 1, 2026, 99, 'F2026-00001', 'EUR', 'fr', '2026-11-25',
            'domestic', 100, 20, 120, '2026-11-25')",
    );
    refused(
        &sh,
        "INSERT OR REPLACE INTO invoices (kind, status, customer_id, series_year, series_seq,
            number, currency, language, issue_date, vat_treatment, net_minor, vat_minor,
            gross_minor, created_at)
         VALUES ('invoice', 'issued', 1, 2026, 1, 'F2026-00099', 'EUR', 'fr', '2026-11-25',
            'domestic', 100, 20, 120, '2026-11-25')",
    );
    // A draft cannot take an issued number by UPDATE OR REPLACE either.
    sh.execute_batch(
        "INSERT INTO invoices (kind, status, customer_id, currency, language, vat_treatment,
            net_minor, vat_minor, gross_minor, created_at)
         VALUES ('invoice', 'draft', 1, 'EUR', 'fr', 'domestic', 0, 0, 0, '2026-11-25')",
    )
    .unwrap();
    refused(
        &sh,
        "UPDATE OR REPLACE invoices SET status = 'issued', number = 'F2026-00001',
            series_year = 2026, series_seq = 1 WHERE status = 'draft'",
    );
    // Its lines, by REPLACE on a line's id.
    refused(
        &sh,
        &format!(
            "INSERT OR REPLACE INTO invoice_lines (id, invoice_id, position, kind, description,
                quantity, unit_price, vat_rate, net_minor)
             VALUES ({}, {id}, 1, 'one_off', 'x', '1', '1', '20', 100)",
            b.line
        ),
    );
    refused(
        &sh,
        &format!(
            "UPDATE OR REPLACE invoice_lines SET id = {} WHERE id <> {}",
            b.line, b.line
        ),
    );
    assert_eq!(
        count(
            &sh,
            &format!("SELECT gross_minor FROM invoices WHERE id = {id}")
        ),
        24000
    );
    assert_eq!(
        count(
            &sh,
            &format!("SELECT COUNT(*) FROM invoice_lines WHERE invoice_id = {id}")
        ),
        2
    );
}

#[test]
fn payments_and_allocations_cannot_be_deleted_or_replaced() {
    let b = book();
    let sh = shell(&b);
    refused(
        &sh,
        &format!("DELETE FROM allocations WHERE id = {}", b.allocation),
    );
    refused(&sh, "DELETE FROM allocations");
    refused(
        &sh,
        &format!("DELETE FROM payments WHERE id = {}", b.unallocated_payment),
    );
    refused(
        &sh,
        "DELETE FROM payments WHERE id NOT IN (SELECT payment_id FROM allocations)",
    );
    refused(
        &sh,
        &format!(
            "INSERT OR REPLACE INTO payments (id, customer_id, received_on, amount_minor,
                currency, method, created_at)
             VALUES ({}, 1, '2026-11-25', 1, 'EUR', 'transfer', '2026-11-25')",
            b.unallocated_payment
        ),
    );
    refused(
        &sh,
        &format!(
            "INSERT OR REPLACE INTO allocations (id, payment_id, invoice_id, amount_minor,
                created_at) VALUES ({}, 1, 1, 1, '2026-11-25')",
            b.allocation
        ),
    );
    assert_eq!(count(&sh, "SELECT COUNT(*) FROM payments"), 2);
    assert_eq!(
        count(&sh, "SELECT SUM(amount_minor) FROM allocations"),
        5000
    );
}

#[test]
fn the_audit_log_cannot_be_updated_deleted_replaced_or_written_around_the_store() {
    let b = book();
    let sh = shell(&b);
    refused(&sh, "UPDATE audit_log SET detail = '{}' WHERE id = 1");
    refused(&sh, "UPDATE audit_log SET hash = NULL");
    refused(&sh, "DELETE FROM audit_log WHERE id = 1");
    refused(&sh, "DELETE FROM audit_log");
    refused(
        &sh,
        "INSERT OR REPLACE INTO audit_log SELECT * FROM audit_log WHERE id = 2",
    );
    refused(
        &sh,
        "INSERT INTO audit_log (at, staff_id, action, entity, detail)
         VALUES ('2026-11-25', 1, 'invoice.delete', 'invoice', '{}')",
    );
    assert_eq!(count(&sh, "SELECT COUNT(*) FROM audit_log"), 3);
    assert!(chain_breaks(&b, Chain::Audit).is_empty());
}

#[test]
fn the_communication_log_keeps_what_was_sent_and_when() {
    let b = book();
    let sh = shell(&b);
    let id = b.letter;
    refused(
        &sh,
        &format!(
            "INSERT OR REPLACE INTO communications (id, customer_id, kind, produced_at, as_of,
                balance_minor, currency, document_sha256, prev_hash, hash)
             SELECT id, customer_id, kind, produced_at, as_of, 0, currency, document_sha256,
                prev_hash, hash FROM communications WHERE id = {id}"
        ),
    );
    // The formal notice's sending date moved before it existed, or moved at all.
    refused(
        &sh,
        &format!("UPDATE communications SET sent_on = '2026-01-15' WHERE id = {id}"),
    );
    refused(
        &sh,
        &format!("UPDATE communications SET sent_on = '2026-12-01' WHERE id = {id}"),
    );
    refused(
        &sh,
        &format!("UPDATE communications SET sent_on = NULL, sent_via = NULL WHERE id = {id}"),
    );
    refused(&sh, &format!("DELETE FROM communications WHERE id = {id}"));
    refused(
        &sh,
        "INSERT OR REPLACE INTO collection_steps_done (invoice_id, step_code, communication_id,
            produced_on) VALUES (1, 'formal_notice', 1, '2026-01-01')",
    );
    refused(
        &sh,
        "UPDATE collection_steps_done SET produced_on = '2026-01-01'",
    );
    refused(&sh, "UPDATE files_written SET sha256 = sha256");
    refused(
        &sh,
        "INSERT OR REPLACE INTO files_written SELECT * FROM files_written",
    );
    let sent: String = sh
        .query_row(
            &format!("SELECT sent_on FROM communications WHERE id = {id}"),
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(sent, "2026-11-25");
}

#[test]
fn the_store_records_a_sending_once_and_not_before_the_document() {
    let b = book();
    let store = Store::open(&b.path).unwrap();
    let again = store.write(|db| db.mark_sent(b.letter, today(), "email"));
    assert!(matches!(again, Err(StoreError::Refused(_))), "{again:?}");
    let id = store
        .write(|db| {
            db.insert_communication(
                &NewCommunication {
                    customer_id: 1,
                    kind: "statement",
                    step_code: None,
                    staff_id: Some(1),
                    as_of: today(),
                    period: None,
                    balance: Money::new(Decimal::ZERO, Currency::EUR),
                    invoices: &[],
                    document_sha256: &"cd".repeat(32),
                    file_name: None,
                },
                now(),
            )
        })
        .unwrap();
    let before = NaiveDate::from_ymd_opt(2026, 11, 24).unwrap();
    let early = store.write(|db| db.mark_sent(id, before, "post"));
    assert!(matches!(early, Err(StoreError::Refused(_))), "{early:?}");
    store.write(|db| db.mark_sent(id, today(), "post")).unwrap();
}

#[test]
fn the_number_series_never_goes_back_nor_starts_again() {
    let b = book();
    let sh = shell(&b);
    refused(&sh, "UPDATE number_series SET last_seq = last_seq - 1");
    refused(&sh, "UPDATE number_series SET year = 2027");
    refused(&sh, "DELETE FROM number_series");
    refused(
        &sh,
        "INSERT OR REPLACE INTO number_series VALUES ('invoice', 2026, 0)",
    );
    assert_eq!(count(&sh, "SELECT last_seq FROM number_series"), 1);
}

#[test]
fn with_the_triggers_dropped_the_chains_show_what_was_changed_removed_or_slipped_in() {
    let b = book();
    let sh = shell(&b);
    for t in [
        "audit_log_no_update",
        "audit_log_no_delete",
        "audit_log_chained",
    ] {
        sh.execute_batch(&format!("DROP TRIGGER {t}")).unwrap();
    }
    sh.execute_batch("UPDATE audit_log SET detail = '{\"n\":\"nothing\"}' WHERE id = 1")
        .unwrap();
    assert_eq!(
        chain_breaks(&b, Chain::Audit),
        [ChainBreak::Altered { id: 1 }]
    );
    sh.execute_batch("DELETE FROM audit_log WHERE id = 2")
        .unwrap();
    assert_eq!(
        chain_breaks(&b, Chain::Audit),
        [ChainBreak::Altered { id: 1 }, ChainBreak::Gap { id: 3 }]
    );
    sh.execute_batch(
        "INSERT INTO audit_log (at, staff_id, action, entity, detail)
         VALUES ('2026-11-25', 1, 'invoice.delete', 'invoice', '{}')",
    )
    .unwrap();
    // The store goes on writing after the row slipped in, without blessing it.
    let store = Store::open(&b.path).unwrap();
    store
        .write(|db| {
            db.audit(&AuditEntry {
                at: now(),
                staff_id: 1,
                action: "after",
                entity: "book",
                entity_id: None,
                detail: serde_json::json!({}),
                changes: serde_json::json!({ "rows": [] }),
                customer_id: None,
            })
        })
        .unwrap();
    let state = store.read().verify_chain(Chain::Audit).unwrap();
    assert_eq!(
        state.breaks,
        [
            ChainBreak::Altered { id: 1 },
            ChainBreak::Gap { id: 3 },
            ChainBreak::Unchained { id: 4 }
        ]
    );
    assert_eq!(state.rows, 4);
    // The other chains are whole.
    assert!(chain_breaks(&b, Chain::Communications).is_empty());
    assert!(chain_breaks(&b, Chain::Files).is_empty());
}

/// A book as version 6 left it (log rows without hashes) is chained by the migration.
#[test]
fn a_book_from_before_the_chains_is_chained_when_it_is_opened() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("old.db");
    {
        let mut conn = Connection::open(&path).unwrap();
        let six = rusqlite_migration::Migrations::new(
            [
                include_str!("../migrations/001_foundation.sql"),
                include_str!("../migrations/002_invoicing.sql"),
                include_str!("../migrations/003_statements.sql"),
                include_str!("../migrations/004_collections.sql"),
                include_str!("../migrations/005_renewal_notices.sql"),
                include_str!("../migrations/006_one_writer.sql"),
            ]
            .into_iter()
            .map(rusqlite_migration::M::up)
            .collect(),
        );
        six.to_latest(&mut conn).unwrap();
        conn.execute_batch(
            "INSERT INTO audit_log (at, staff_id, action, entity, detail)
                VALUES ('2026-01-01T09:00:00+00:00', 1, 'customer.create', 'customer', '{}');
             INSERT INTO audit_log (at, staff_id, action, entity, entity_id, detail)
                VALUES ('2026-01-02T09:00:00+00:00', 1, 'customer.update', 'customer', 1, '{}');
             INSERT INTO customers (legal_name, country, address_line1, postal_code, city,
                language, currency, payment_terms_days, status, created_at, updated_at)
                VALUES ('Old SA', 'FR', '1 rue', '75001', 'Paris', 'fr', 'EUR', 30, 'active',
                '2026-01-01', '2026-01-01');
             INSERT INTO communications (customer_id, kind, produced_at, as_of, balance_minor,
                currency, document_sha256)
                VALUES (1, 'statement', '2026-01-03T09:00:00+00:00', '2026-01-03', 0, 'EUR',
                '0123456789012345678901234567890123456789012345678901234567890123');",
        )
        .unwrap();
    }
    let store = Store::open(&path).unwrap();
    for chain in Chain::ALL {
        let state = store.read().verify_chain(chain).unwrap();
        assert!(state.breaks.is_empty(), "{chain:?}: {:?}", state.breaks);
    }
    let audit = store.read().verify_chain(Chain::Audit).unwrap();
    assert_eq!(audit.rows, 2);
    // New entries follow the chained history.
    store
        .write(|db| {
            db.audit(&AuditEntry {
                at: now(),
                staff_id: 1,
                action: "after",
                entity: "book",
                entity_id: None,
                detail: serde_json::json!({}),
                changes: serde_json::json!({ "rows": [] }),
                customer_id: None,
            })
        })
        .unwrap();
    let audit = store.read().verify_chain(Chain::Audit).unwrap();
    assert_eq!((audit.rows, audit.breaks.len()), (3, 0));
}
