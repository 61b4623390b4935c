//! Plain SQL against the support desk of a book, as the sqlite3 shell would run it (a
//! separate connection, no foreign keys): billed support stays billed once its invoice
//! is issued, while a draft still frees what it billed; prices, escalations, links, a
//! closed request and the timeline stay as recorded; a time entry never says more than
//! its span. With the triggers dropped, the check finds the issued lines left unbacked.

use ardoise_domain::customer::CustomerForm;
use ardoise_domain::invoicing::{totals, InvoiceLine, LineKind};
use ardoise_domain::money::Currency;
use ardoise_domain::Lang;
use ardoise_store::{DocKind, NewDocument, Store, StoreError, UnbackedSupportLine};
use chrono::{NaiveDate, TimeZone, Utc};
use rusqlite::Connection;
use rust_decimal::Decimal;

fn now() -> chrono::DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 25, 9, 0, 0).unwrap()
}

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 25).unwrap()
}

fn line(kind: LineKind) -> InvoiceLine {
    InvoiceLine {
        kind,
        description: "Support".into(),
        subscription_id: None,
        service_start: None,
        service_end: None,
        quantity: Decimal::ONE,
        unit_price: Decimal::from(90),
        proration: None,
        vat_rate: Decimal::from(20),
    }
}

struct Book {
    _dir: tempfile::TempDir,
    path: std::path::PathBuf,
    issued: i64,
    draft: i64,
}

/// An issued invoice F2026-00001 and a draft, each with a support fee line (first) and
/// a billable hours line; request 1 in progress with time entries 1 (billed on the
/// issued invoice), 2 (on the draft) and 3 (not billed), a link to the invoice, an open
/// and a closed escalation; request 2 closed; plan 2 with a price.
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
    let (issued, draft) = store
        .write(|db| {
            let c = db.insert_customer(&c, now())?;
            let lines = vec![line(LineKind::SupportFee), line(LineKind::BillableHours)];
            let t = totals(&lines, Currency::EUR);
            let doc = NewDocument {
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
            };
            let issued = db.insert_document(&doc, now())?;
            db.issue_document(issued, today(), today(), "{}", "{}", now())?;
            let draft = db.insert_document(&doc, now())?;
            Ok::<_, StoreError>((issued, draft))
        })
        .unwrap();
    drop(store);
    let conn = Connection::open(&path).unwrap();
    conn.execute_batch(&format!(
        "INSERT INTO support_plans (id, name, hours_json, holidays_json, created_at, updated_at)
         VALUES (2, 'Essentiel', '{{}}', '{{}}', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z');
         INSERT INTO support_plan_prices (id, plan_id, currency, effective_from, monthly_fee,
             hourly_rate, included_minutes, increment_minutes, minimum_minutes, rounding)
         VALUES (1, 2, 'EUR', '2026-01-01', '149', '90', 120, 15, 15, 'per_entry');
         INSERT INTO support_requests (id, number, customer_id, channel, category, severity,
             subject, plan_id, state, opened_at, created_by)
         VALUES (1, 'S-2026-00001', 1, 'phone', 'billing', 'normal', 'Facture', 2,
                 'in_progress', '2026-11-02T09:00:00Z', 1),
                (2, 'S-2026-00002', 1, 'phone', 'other', 'low', 'Close', 2,
                 'closed', '2026-11-02T09:00:00Z', 1);
         INSERT INTO support_events (request_id, at, kind, to_state)
         VALUES (1, '2026-11-02T09:00:00Z', 'opened', 'new'),
                (1, '2026-11-03T10:00:00Z', 'state', 'in_progress');
         INSERT INTO support_request_links (id, request_id, invoice_id) VALUES (1, 1, {issued});
         INSERT INTO support_escalations (id, request_id, route, case_number, opened_on, closed_on)
         VALUES (1, 1, 'commercial', '2611020001', '2026-11-02', NULL),
                (2, 1, 'commercial', '2611020002', '2026-11-02', '2026-11-04');
         INSERT INTO support_time_entries (id, request_id, staff_id, started_at, ended_at,
             minutes, billable, created_at)
         VALUES (1, 1, 1, '2026-11-03T10:00:00Z', '2026-11-03T11:00:00Z', 60, 1, '2026-11-03T11:00:00Z'),
                (2, 1, 1, '2026-11-04T10:00:00Z', '2026-11-04T10:30:00Z', 30, 1, '2026-11-04T11:00:00Z'),
                (3, 1, 1, '2026-11-05T10:00:00Z', '2026-11-05T10:20:00Z', 20, 1, '2026-11-05T11:00:00Z');
         INSERT INTO support_time_billed (time_entry_id, invoice_line_id, billed_minutes)
         VALUES (1, (SELECT MAX(id) FROM invoice_lines WHERE invoice_id = {issued}), 60),
                (2, (SELECT MAX(id) FROM invoice_lines WHERE invoice_id = {draft}), 30);
         INSERT INTO support_fees_billed (customer_id, month, invoice_line_id)
         VALUES (1, '2026-10', (SELECT MIN(id) FROM invoice_lines WHERE invoice_id = {issued})),
                (1, '2026-11', (SELECT MIN(id) FROM invoice_lines WHERE invoice_id = {draft}));"
    ))
    .unwrap();
    Book {
        _dir: dir,
        path,
        issued,
        draft,
    }
}

fn shell(b: &Book) -> Connection {
    let conn = Connection::open(&b.path).unwrap();
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

#[track_caller]
fn allowed(conn: &Connection, sql: &str) {
    conn.execute_batch(sql)
        .unwrap_or_else(|e| panic!("refused: {sql}\n{e}"));
}

fn count(conn: &Connection, sql: &str) -> i64 {
    conn.query_row(sql, [], |r| r.get(0)).unwrap()
}

#[test]
fn time_and_fees_billed_on_an_issued_invoice_stay_billed() {
    let b = book();
    let conn = shell(&b);
    let issued_line = format!(
        "(SELECT MAX(id) FROM invoice_lines WHERE invoice_id = {})",
        b.issued
    );
    for sql in [
        "DELETE FROM support_time_billed WHERE time_entry_id = 1".to_string(),
        "UPDATE support_time_billed SET billed_minutes = 15 WHERE time_entry_id = 1".into(),
        // Moving the draft's entry onto the issued line is a change of the issued line.
        format!("UPDATE support_time_billed SET invoice_line_id = {issued_line} WHERE time_entry_id = 2"),
        "INSERT OR REPLACE INTO support_time_billed VALUES (1, 1, 5)".into(),
        "DELETE FROM support_fees_billed WHERE month = '2026-10'".into(),
        "UPDATE support_fees_billed SET month = '2026-09' WHERE month = '2026-10'".into(),
        "INSERT OR REPLACE INTO support_fees_billed VALUES (1, '2026-10', 1)".into(),
        // The entry billed is frozen, and so is the one on the draft while it bills it.
        "UPDATE support_time_entries SET minutes = 10 WHERE id = 1".into(),
        "UPDATE support_time_entries SET billable = 0 WHERE id = 2".into(),
        "DELETE FROM support_time_entries WHERE id = 1".into(),
        "INSERT OR REPLACE INTO support_time_entries (id, request_id, staff_id, started_at,
             ended_at, minutes, billable, created_at)
         VALUES (1, 1, 1, '2026-11-03T10:00:00Z', '2026-11-03T10:10:00Z', 10, 1, 'x')"
            .into(),
    ] {
        refused(&conn, &sql);
    }
    assert_eq!(count(&conn, "SELECT COUNT(*) FROM support_time_billed"), 2);
    assert_eq!(count(&conn, "SELECT COUNT(*) FROM support_fees_billed"), 2);
    // What is not billed stays free to correct.
    allowed(
        &conn,
        "UPDATE support_time_entries SET minutes = 15 WHERE id = 3",
    );
    allowed(&conn, "DELETE FROM support_time_entries WHERE id = 3");
}

#[test]
fn deleting_the_draft_frees_what_it_billed_but_nothing_of_the_issued_invoice() {
    let b = book();
    let store = Store::open(&b.path).unwrap();
    store.write(|db| db.delete_draft(b.draft)).unwrap();
    drop(store);
    let conn = shell(&b);
    assert_eq!(
        count(&conn, "SELECT SUM(time_entry_id) FROM support_time_billed"),
        1
    );
    assert_eq!(count(&conn, "SELECT COUNT(*) FROM support_fees_billed"), 1);
    // Entry 2 is free again: it may be corrected before the next run.
    allowed(
        &conn,
        "UPDATE support_time_entries SET minutes = 25 WHERE id = 2",
    );
    assert!(Store::open(&b.path)
        .unwrap()
        .read()
        .unbacked_support_lines()
        .unwrap()
        .is_empty());
}

#[test]
fn prices_escalations_links_closed_requests_and_the_timeline_stay_as_recorded() {
    let b = book();
    let conn = shell(&b);
    for sql in [
        "UPDATE support_plan_prices SET hourly_rate = '9' WHERE id = 1",
        "DELETE FROM support_plan_prices WHERE id = 1",
        "INSERT OR REPLACE INTO support_plan_prices (id, plan_id, currency, effective_from,
             monthly_fee, hourly_rate, included_minutes, increment_minutes, minimum_minutes,
             rounding) VALUES (1, 2, 'EUR', '2026-01-01', '0', '0', 0, 1, 0, 'per_entry')",
        "INSERT OR REPLACE INTO support_plan_prices (plan_id, currency, effective_from,
             monthly_fee, hourly_rate, included_minutes, increment_minutes, minimum_minutes,
             rounding) VALUES (2, 'EUR', '2026-01-01', '0', '0', 0, 1, 0, 'per_entry')",
        "DELETE FROM support_escalations WHERE id = 1",
        "UPDATE support_escalations SET case_number = '1' WHERE id = 1",
        "UPDATE support_escalations SET closed_on = '2026-11-30' WHERE id = 2",
        "INSERT OR REPLACE INTO support_escalations (id, request_id, route, case_number,
             opened_on) VALUES (3, 1, 'commercial', '2611020001', '2026-11-02')",
        "DELETE FROM support_request_links",
        "UPDATE support_request_links SET invoice_id = 99",
        "INSERT OR REPLACE INTO support_request_links (request_id, invoice_id) VALUES (1, 1)",
        "UPDATE support_requests SET state = 'in_progress' WHERE id = 2",
        "UPDATE support_requests SET subject = 'Autre' WHERE id = 2",
        "DELETE FROM support_requests WHERE id = 2",
        "INSERT OR REPLACE INTO support_requests (id, number, customer_id, channel, category,
             severity, subject, plan_id, state, opened_at, created_by)
         VALUES (2, 'S-2026-00002', 1, 'phone', 'other', 'low', 'X', 2, 'new',
                 '2026-11-02T09:00:00Z', 1)",
        "INSERT INTO support_events (request_id, at, kind)
         VALUES (1, '2026-11-03T09:59:59Z', 'note')",
        "INSERT INTO support_time_entries (request_id, staff_id, started_at, ended_at, minutes,
             billable, created_at)
         VALUES (1, 1, '2026-11-06T10:00:00Z', '2026-11-06T10:30:00Z', 31, 1, 'x')",
        "INSERT INTO support_time_entries (request_id, staff_id, started_at, ended_at, minutes,
             billable, created_at)
         VALUES (1, 1, '2026-11-06T10:00:00Z', '2026-11-08T10:00:00Z', 1441, 1, 'x')",
        "UPDATE support_time_entries SET minutes = 21 WHERE id = 3",
    ] {
        refused(&conn, sql);
    }
    // What the desk itself does is still allowed.
    for sql in [
        "UPDATE support_escalations SET closed_on = '2026-11-30' WHERE id = 1",
        "UPDATE support_request_links SET hold_id = NULL",
        "UPDATE support_requests SET state = 'closed' WHERE id = 1",
        "INSERT INTO support_events (request_id, at, kind)
         VALUES (1, '2026-11-03T10:00:00Z', 'note')",
        "INSERT INTO support_time_entries (request_id, staff_id, started_at, ended_at, minutes,
             billable, created_at)
         VALUES (1, 1, '2026-11-06T10:00:00Z', '2026-11-06T10:30:20Z', 30, 1, 'x')",
    ] {
        allowed(&conn, sql);
    }
}

#[test]
fn with_the_triggers_dropped_the_check_finds_issued_support_lines_billing_nothing() {
    let b = book();
    let conn = shell(&b);
    assert!(Store::open(&b.path)
        .unwrap()
        .read()
        .unbacked_support_lines()
        .unwrap()
        .is_empty());
    conn.execute_batch(
        "DROP TRIGGER support_time_billed_kept; DROP TRIGGER support_fees_billed_kept;
         DELETE FROM support_time_billed; DELETE FROM support_fees_billed;",
    )
    .unwrap();
    let found = Store::open(&b.path)
        .unwrap()
        .read()
        .unbacked_support_lines()
        .unwrap();
    // Only the issued invoice's lines: the draft's bill nothing yet.
    let kinds: Vec<(&str, &str)> = found
        .iter()
        .map(|l: &UnbackedSupportLine| (l.invoice_number.as_str(), l.kind.as_str()))
        .collect();
    assert_eq!(
        kinds,
        vec![
            ("F2026-00001", "support_fee"),
            ("F2026-00001", "billable_hours")
        ]
    );
}
