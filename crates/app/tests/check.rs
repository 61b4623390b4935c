//! `check` on a demo book written by the real use cases: sound as written; the issue's
//! plain-SQL tamperings refused (run through a separate connection, as the sqlite3 shell
//! would); and what can only be done with the triggers dropped, found.

use std::path::{Path, PathBuf};
use std::sync::{Arc, OnceLock};

use ardoise_app::demo::DemoOptions;
use ardoise_app::transport::CheckReport;
use ardoise_app::transport_invoicing::PaymentForm;
use ardoise_app::{Ardoise, FixedClock};
use ardoise_store::{NewFileWritten, Store};
use chrono::NaiveDate;
use rusqlite::Connection;

fn clock() -> Arc<FixedClock> {
    Arc::new(FixedClock::on(
        NaiveDate::from_ymd_opt(2026, 11, 25).unwrap(),
    ))
}

/// The demo book, built once per run; each test works on its own copy.
fn template() -> &'static Path {
    static TEMPLATE: OnceLock<PathBuf> = OnceLock::new();
    TEMPLATE.get_or_init(|| {
        let path = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("check-demo.db");
        for suffix in ["", "-wal", "-shm"] {
            let _ = std::fs::remove_file(format!("{}{suffix}", path.display()));
        }
        let mut b = Ardoise::open(&path, clock()).unwrap();
        let s = b.admin_session().unwrap();
        b.seed_demo(&s, DemoOptions::default()).unwrap();
        path
    })
}

struct Copy {
    dir: tempfile::TempDir,
    path: PathBuf,
}

fn copy() -> Copy {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("book.db");
    // The template's connection is closed: its WAL was checkpointed into the file.
    std::fs::copy(template(), &path).unwrap();
    Copy { dir, path }
}

fn check(path: &Path) -> CheckReport {
    let b = Ardoise::open(path, clock()).unwrap();
    let s = b.admin_session().unwrap();
    b.check(&s).unwrap()
}

/// The sqlite3 shell: its own connection, foreign keys off as the shell has them.
fn shell(path: &Path) -> Connection {
    let conn = Connection::open(path).unwrap();
    // rusqlite's SQLite turns foreign keys on by default; the shell does not.
    conn.pragma_update(None, "foreign_keys", "OFF").unwrap();
    conn
}

#[track_caller]
fn refused(conn: &Connection, sql: &str) {
    match conn.execute_batch(sql) {
        Err(rusqlite::Error::SqliteFailure(f, Some(_)))
            if f.extended_code == rusqlite::ffi::SQLITE_CONSTRAINT_TRIGGER => {}
        other => panic!("not refused by a trigger: {sql}\n{other:?}"),
    }
}

#[track_caller]
fn found(report: &CheckReport, code: &str, subject: &str) {
    assert!(
        report.findings.iter().any(|f| f.code == code
            && f.subject.contains(subject)
            && !f.fr.is_empty()
            && !f.en.is_empty()),
        "no {code} finding about {subject}: {:#?}",
        report.findings
    );
}

const F70: &str = "F2026-00070";

fn id_of(sh: &Connection, number: &str) -> i64 {
    sh.query_row("SELECT id FROM invoices WHERE number = ?1", [number], |r| {
        r.get(0)
    })
    .unwrap()
}

#[test]
fn a_demo_book_is_sound() {
    let c = copy();
    let r = check(&c.path);
    assert!(r.findings.is_empty(), "{:#?}", r.findings);
    assert!(r.documents_checked > 100, "{}", r.documents_checked);
    let rows = |log: &str| r.chains.iter().find(|c| c.log == log).unwrap().rows;
    assert!(rows("audit_log") > 100);
    assert!(rows("communications") > 10);
    assert!(r.chains.iter().all(|c| c.rows == 0 || c.head.is_some()));
}

#[test]
fn the_issues_plain_sql_tamperings_are_refused_and_the_book_stays_sound() {
    let c = copy();
    // An unallocated payment, recorded by the use case.
    {
        let b = Ardoise::open(&c.path, clock()).unwrap();
        let s = b.admin_session().unwrap();
        let form = PaymentForm {
            customer_id: 1,
            received_on: "2026-11-25".into(),
            amount: "12.34".into(),
            currency: b.customer(&s, 1).unwrap().currency,
            method: "transfer".into(),
            reference: String::new(),
        };
        b.record_payment(&s, &form, Some(&[])).unwrap();
    }
    let sh = shell(&c.path);
    let id = id_of(&sh, F70);
    let gross = |sh: &Connection| -> i64 {
        sh.query_row(
            "SELECT gross_minor FROM invoices WHERE id = ?1",
            [id],
            |r| r.get(0),
        )
        .unwrap()
    };
    let before = gross(&sh);
    // F2026-00070 rewritten to 1.20 € by REPLACE (which would delete its lines).
    let cols = "id, kind, status, customer_id, credited_invoice_id, series_year, series_seq,
        number, currency, language, period_start, period_end, issue_date, due_date,
        vat_treatment, vat_mention, net_minor, vat_minor, gross_minor, seller_json,
        buyer_json, created_at, issued_at";
    refused(
        &sh,
        &format!(
            "INSERT OR REPLACE INTO invoices ({cols})
             SELECT {} FROM invoices WHERE id = {id}",
            cols.replace("net_minor, vat_minor, gross_minor", "100, 20, 120")
        ),
    );
    // The same on a line and on a communication-log row.
    refused(
        &sh,
        &format!(
            "INSERT OR REPLACE INTO invoice_lines (id, invoice_id, position, kind, description,
                quantity, unit_price, vat_rate, net_minor)
             SELECT id, invoice_id, position, kind, description, '1', '1', vat_rate, 100
             FROM invoice_lines WHERE invoice_id = {id} LIMIT 1"
        ),
    );
    refused(
        &sh,
        "INSERT OR REPLACE INTO communications (id, customer_id, kind, step_code, produced_at,
            as_of, balance_minor, currency, invoices, document_sha256, prev_hash, hash)
         SELECT id, customer_id, kind, step_code, produced_at, as_of, 0, currency, '[]',
            document_sha256, prev_hash, hash FROM communications LIMIT 1",
    );
    // Allocations and unallocated payments deleted.
    refused(&sh, "DELETE FROM allocations");
    refused(
        &sh,
        "DELETE FROM payments WHERE id NOT IN (SELECT payment_id FROM allocations)",
    );
    // The audit log updated or deleted.
    refused(&sh, "UPDATE audit_log SET detail = '{}'");
    refused(&sh, "DELETE FROM audit_log WHERE id = 1");
    // A formal notice's sending date moved before it existed.
    let notice: i64 = sh
        .query_row(
            "SELECT id FROM communications WHERE step_code = 'formal_notice'
               AND sent_on IS NOT NULL LIMIT 1",
            [],
            |r| r.get(0),
        )
        .unwrap();
    refused(
        &sh,
        &format!("UPDATE communications SET sent_on = '2025-01-01' WHERE id = {notice}"),
    );
    assert_eq!(gross(&sh), before);
    let r = check(&c.path);
    assert!(r.findings.is_empty(), "{:#?}", r.findings);
}

/// Drops triggers, as only someone set on it would, then runs `sql`.
fn tamper(path: &Path, triggers: &[&str], sql: &str) {
    let sh = shell(path);
    for t in triggers {
        sh.execute_batch(&format!("DROP TRIGGER {t}")).unwrap();
    }
    sh.execute_batch(sql).unwrap();
}

#[test]
fn an_amount_rewritten_with_the_triggers_dropped_is_found() {
    let c = copy();
    tamper(
        &c.path,
        &["issued_invoice_no_update"],
        &format!(
            "UPDATE invoices SET net_minor = 100, vat_minor = 20, gross_minor = 120
             WHERE number = '{F70}'"
        ),
    );
    let r = check(&c.path);
    found(&r, "totals", F70);
}

#[test]
fn a_deleted_audit_entry_is_found_by_its_chain() {
    let c = copy();
    tamper(
        &c.path,
        &["audit_log_no_delete"],
        "DELETE FROM audit_log WHERE id = 10",
    );
    let r = check(&c.path);
    found(&r, "chain", "audit_log #11");
    assert_eq!(r.findings.len(), 1, "{:#?}", r.findings);
}

#[test]
fn a_logged_file_edited_on_disk_is_found_and_a_missing_one_only_counted() {
    let c = copy();
    let kept = c.dir.path().join("releve.pdf");
    let gone = c.dir.path().join("lettre.pdf");
    std::fs::write(&kept, b"%PDF-1.7 the statement as sent").unwrap();
    std::fs::write(&gone, b"%PDF-1.7 a letter").unwrap();
    // The demo book's own letters are logged files too.
    let before = check(&c.path);
    let (checked, missing) = (before.files_checked, before.files_missing);
    {
        let store = Store::open(&c.path).unwrap();
        store
            .write(|db| {
                for (path, bytes) in [
                    (&kept, &b"%PDF-1.7 the statement as sent"[..]),
                    (&gone, b"%PDF-1.7 a letter"),
                ] {
                    let sha = ardoise_app_sha256(bytes);
                    db.insert_file_written(
                        &NewFileWritten {
                            kind: "statement",
                            staff_id: Some(1),
                            customer_id: Some(1),
                            communication_id: None,
                            path: &path.display().to_string(),
                            sha256: &sha,
                            size: bytes.len() as u64,
                        },
                        chrono::Utc::now(),
                    )?;
                }
                Ok::<_, ardoise_store::StoreError>(())
            })
            .unwrap();
    }
    let sound = check(&c.path);
    assert!(sound.findings.is_empty(), "{:#?}", sound.findings);
    assert_eq!(
        (sound.files_checked, sound.files_missing),
        (checked + 2, missing)
    );
    std::fs::write(&kept, b"%PDF-1.7 the statement, edited").unwrap();
    std::fs::remove_file(&gone).unwrap();
    let r = check(&c.path);
    found(&r, "file_hash", "releve.pdf");
    assert_eq!(r.findings.len(), 1, "{:#?}", r.findings);
    assert_eq!(
        (r.files_checked, r.files_missing),
        (checked + 1, missing + 1)
    );
}

fn ardoise_app_sha256(bytes: &[u8]) -> String {
    use sha2::Digest;
    sha2::Sha256::digest(bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

#[test]
fn a_second_invoice_for_a_period_is_found() {
    let c = copy();
    tamper(
        &c.path,
        &["invoice_once_per_period"],
        &format!(
            "INSERT INTO invoices (kind, status, customer_id, currency, language, period_start,
                period_end, vat_treatment, net_minor, vat_minor, gross_minor, created_at)
             SELECT kind, 'draft', customer_id, currency, language, period_start, period_end,
                vat_treatment, 0, 0, 0, created_at FROM invoices WHERE number = '{F70}'"
        ),
    );
    let r = check(&c.path);
    found(&r, "period_billed_twice", F70);
}

#[test]
fn an_over_allocation_is_found_on_the_invoice_and_the_payment() {
    let c = copy();
    tamper(
        &c.path,
        &["allocation_within_invoice", "allocation_within_payment"],
        &format!(
            "INSERT INTO allocations (payment_id, invoice_id, amount_minor, created_at)
             SELECT p.id, i.id, 100000000, '2026-11-25' FROM invoices i
             JOIN payments p ON p.customer_id = i.customer_id AND p.currency = i.currency
             WHERE i.number = '{F70}' LIMIT 1"
        ),
    );
    let r = check(&c.path);
    found(&r, "over_allocation", F70);
    found(&r, "over_allocation", "payment #");
}

#[test]
fn a_deleted_invoice_leaves_a_gap_and_dangling_rows_and_a_moved_index_is_found() {
    let c = copy();
    let id = id_of(&shell(&c.path), F70);
    tamper(
        &c.path,
        &["issued_invoice_no_delete", "issued_invoice_lines_no_delete"],
        &format!(
            "DELETE FROM invoice_lines WHERE invoice_id = {id};
             DELETE FROM invoices WHERE id = {id};
             UPDATE invoice_settlement SET settled_on = '2020-01-01'
             WHERE invoice_id = (SELECT MIN(invoice_id) FROM invoice_settlement
                                 WHERE invoice_id <> {id})"
        ),
    );
    let r = check(&c.path);
    found(&r, "numbering", F70);
    found(&r, "foreign_key", "invoice_settlement");
    found(&r, "settlement_index", "F2026-");
}
