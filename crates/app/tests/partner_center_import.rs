//! Partner Center files imported into real book files: the documented fixture brings its
//! customers, subscriptions (at the seats Microsoft's rule ends the period with) and
//! lines; the same file twice, or its French spreadsheet copy, changes nothing; a
//! generated file of any size keeps its Subtotal total to the cent; a bad file is refused
//! with its line and column and leaves the book as it was.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use ardoise_app::domain::Lang;
use ardoise_app::partner_center::{generate_partner_center_file, GeneratedKind};
use ardoise_app::{AppError, Ardoise, FixedClock, Session};
use ardoise_partner_center::{read_each, Seats};
use chrono::NaiveDate;
use proptest::prelude::*;
use rusqlite::Connection;
use rust_decimal::Decimal;
use sha2::{Digest, Sha256};

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../partner_center/tests/fixtures")
        .join(name)
}

fn book(dir: &Path) -> (Ardoise, Session) {
    let today = NaiveDate::from_ymd_opt(2026, 12, 7).unwrap();
    let b = Ardoise::open(&dir.join("book.db"), Arc::new(FixedClock::on(today))).unwrap();
    let s = b.admin_session().unwrap();
    (b, s)
}

/// Every row of every table, hashed table by table (the audit log included).
fn tables(db: &Path) -> BTreeMap<String, (u64, String)> {
    let conn = Connection::open(db).unwrap();
    let names: Vec<String> = conn
        .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .map(Result::unwrap)
        .collect();
    names
        .into_iter()
        .map(|t| {
            let mut stmt = conn.prepare(&format!("SELECT * FROM \"{t}\"")).unwrap();
            let columns = stmt.column_count();
            let mut rows: Vec<String> = stmt
                .query_map([], |r| {
                    Ok((0..columns)
                        .map(|i| format!("{:?}", r.get_ref(i).unwrap()))
                        .collect::<Vec<_>>()
                        .join("|"))
                })
                .unwrap()
                .map(Result::unwrap)
                .collect();
            rows.sort();
            let mut h = Sha256::new();
            for row in &rows {
                h.update(row.as_bytes());
                h.update(b"\n");
            }
            let hex = h.finalize().iter().map(|b| format!("{b:02x}")).collect();
            (t, (rows.len() as u64, hex))
        })
        .collect()
}

fn count(db: &Path, sql: &str) -> i64 {
    Connection::open(db)
        .unwrap()
        .query_row(sql, [], |r| r.get(0))
        .unwrap()
}

fn path(p: &Path) -> String {
    p.display().to_string()
}

#[test]
fn the_fixture_brings_its_customers_subscriptions_and_lines() {
    let dir = tempfile::tempdir().unwrap();
    let (b, s) = book(dir.path());
    let file = fixture("new-commerce-invoice.csv");
    let preview = b
        .partner_center_preview(&s, &path(&file), Lang::En)
        .unwrap();
    let db = dir.path().join("book.db");
    assert_eq!(
        count(&db, "SELECT COUNT(*) FROM pc_lines"),
        0,
        "a preview writes nothing"
    );
    assert_eq!(preview.lines, 16);
    assert!(!preview.customers_to_create.is_empty());
    assert!(preview
        .warnings
        .iter()
        .any(|w| w.contains("has no resale price")));

    let done = b
        .partner_center_import(&s, &path(&file), true, Lang::En)
        .unwrap();
    assert_eq!(done.outcome, "imported");
    assert_eq!(done.lines_added, 16);
    assert_eq!(
        done.customers_created as usize,
        preview.customers_to_create.len()
    );
    assert_eq!(count(&db, "SELECT COUNT(*) FROM pc_lines"), 16);
    assert_eq!(
        count(
            &db,
            "SELECT COUNT(*) FROM customers WHERE tenant_id IS NOT NULL"
        ) as u64,
        done.customers_created
    );
    // Every subscription's seats are those Microsoft's rule gives, read independently.
    let mut seats = Seats::new();
    read_each(std::fs::File::open(&file).unwrap(), |l| seats.add(&l)).unwrap();
    let conn = Connection::open(&db).unwrap();
    let mut checked = 0;
    for (id, n) in seats.finish() {
        let in_book: Option<i64> = conn
            .query_row(
                "SELECT quantity FROM subscriptions WHERE pc_subscription_id = ?1",
                [id.to_lowercase()],
                |r| r.get(0),
            )
            .ok();
        if let Some(q) = in_book {
            assert_eq!(Decimal::from(q), n.trunc(), "subscription {id}");
            checked += 1;
        }
    }
    assert!(checked > 0 && checked as u64 == done.subscriptions_created);
    // The file's total, kept per currency with its decimals.
    let total: String = conn
        .query_row(
            "SELECT subtotal FROM pc_import_totals WHERE currency = 'EUR'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    let eur = preview.totals.iter().find(|t| t.currency == "EUR").unwrap();
    assert_eq!(
        total.parse::<Decimal>().unwrap(),
        eur.amount.parse().unwrap()
    );
    let history = b.partner_center_imports(&s, Lang::Fr).unwrap();
    assert_eq!(history.len(), 1);
    assert_eq!(history[0].lines_added, 16);
    assert_eq!(history[0].sha256, preview.sha256);
    assert!(
        history[0].kind_label.contains("Rapprochement"),
        "{:?}",
        history[0]
    );
}

#[test]
fn importing_twice_equals_importing_once_and_the_french_copy_adds_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let (b, s) = book(dir.path());
    let db = dir.path().join("book.db");
    let file = fixture("new-commerce-invoice.csv");
    b.partner_center_import(&s, &path(&file), true, Lang::En)
        .unwrap();
    let once = tables(&db);
    let again = b
        .partner_center_import(&s, &path(&file), true, Lang::Fr)
        .unwrap();
    assert_eq!(again.outcome, "file_already_imported");
    assert!(
        again.message.contains("déjà dans le dossier"),
        "{}",
        again.message
    );
    assert_eq!(tables(&db), once);

    let copy = fixture("new-commerce-invoice-fr.csv");
    let preview = b
        .partner_center_preview(&s, &path(&copy), Lang::En)
        .unwrap();
    assert_eq!(preview.lines_known, preview.lines);
    assert!(
        preview.already_imported.is_none(),
        "another file, another SHA-256"
    );
    let copied = b
        .partner_center_import(&s, &path(&copy), true, Lang::En)
        .unwrap();
    assert_eq!(copied.outcome, "nothing_new", "{}", copied.message);
    assert_eq!(copied.lines_added, 0);
    assert_eq!(tables(&db), once);
}

/// A file with a cell changed: `edit` gets the file's text.
fn edited(dir: &Path, name: &str, edit: impl Fn(&str) -> String) -> PathBuf {
    let text = std::fs::read_to_string(fixture("new-commerce-invoice.csv")).unwrap();
    let out = dir.join(name);
    std::fs::write(&out, edit(&text)).unwrap();
    out
}

#[test]
fn a_bad_file_is_refused_with_its_line_and_column_and_the_book_unchanged() {
    let dir = tempfile::tempdir().unwrap();
    let (b, s) = book(dir.path());
    let db = dir.path().join("book.db");
    let before = tables(&db);
    let malformed = edited(dir.path(), "malformed.csv", |t| {
        let mut lines: Vec<String> = t.lines().map(str::to_string).collect();
        lines[3] = lines[3].replacen(",11.70,", ",11.7O,", 1);
        lines.join("\n") + "\n"
    });
    let missing = edited(dir.path(), "missing.csv", |t| {
        t.replacen(",Subtotal,", ",SubtotalX,", 1)
    });
    for (file, want_fr, want_en) in [
        (&malformed, "Ligne 4, colonne UnitPrice", "4"),
        (&missing, "Subtotal", "Subtotal"),
    ] {
        for create in [true, false] {
            let e = b
                .partner_center_import(&s, &path(file), create, Lang::Fr)
                .unwrap_err();
            assert!(matches!(e, AppError::PartnerCenter(_)), "{e:?}");
            let fr = e.view(Lang::Fr).message;
            assert!(fr.contains(want_fr), "{fr}");
            assert!(fr.contains("Rien n’a été enregistré"), "{fr}");
            assert!(e.view(Lang::En).message.contains(want_en));
        }
        let e = b
            .partner_center_preview(&s, &path(file), Lang::En)
            .unwrap_err();
        assert_eq!(e.view(Lang::En).code, "partner_center_file");
    }
    assert_eq!(tables(&db), before);
}

/// The import writes lines while it reads: a fault far into the file, after thousands of
/// lines were written, still leaves the book as it was.
#[test]
fn a_file_cut_off_near_its_end_leaves_the_book_unchanged() {
    let dir = tempfile::tempdir().unwrap();
    let (b, s) = book(dir.path());
    let db = dir.path().join("book.db");
    let whole = dir.path().join("whole.csv");
    generate_partner_center_file(&whole, 3_000, 5, false, GeneratedKind::Invoice).unwrap();
    let text = std::fs::read_to_string(&whole).unwrap();
    let mut lines: Vec<&str> = text.lines().collect();
    let last = lines.len() - 1;
    let cut = &lines[last][..lines[last].len() / 2];
    lines[last] = cut;
    let broken = dir.path().join("cut.csv");
    std::fs::write(&broken, lines.join("\n")).unwrap();
    let before = tables(&db);
    let e = b
        .partner_center_import(&s, &path(&broken), true, Lang::En)
        .unwrap_err();
    assert!(matches!(e, AppError::PartnerCenter(_)), "{e:?}");
    assert!(
        e.view(Lang::En).message.contains("3001"),
        "{}",
        e.view(Lang::En).message
    );
    assert_eq!(tables(&db), before);
    // The whole file then imports, every line of it.
    let done = b
        .partner_center_import(&s, &path(&whole), true, Lang::En)
        .unwrap();
    assert_eq!(done.lines_added, 3_000);
}

#[test]
fn without_creating_customers_their_lines_are_kept_and_no_subscription_made() {
    let dir = tempfile::tempdir().unwrap();
    let (b, s) = book(dir.path());
    let db = dir.path().join("book.db");
    let done = b
        .partner_center_import(
            &s,
            &path(&fixture("new-commerce-invoice.csv")),
            false,
            Lang::En,
        )
        .unwrap();
    assert_eq!(done.customers_created, 0);
    assert_eq!(done.subscriptions_created, 0);
    assert_eq!(done.lines_added, 16);
    assert_eq!(count(&db, "SELECT COUNT(*) FROM customers"), 0);
    assert!(done
        .preview
        .warnings
        .iter()
        .any(|w| w.contains("subscriptions are left out")));
}

#[test]
fn the_other_kinds_of_file_import_too() {
    let dir = tempfile::tempdir().unwrap();
    let (b, s) = book(dir.path());
    for name in ["daily-rated-usage.csv", "legacy-license-based.csv"] {
        let done = b
            .partner_center_import(&s, &path(&fixture(name)), true, Lang::En)
            .unwrap();
        assert_eq!(done.outcome, "imported", "{name}");
        assert_eq!(done.lines_added, done.preview.lines, "{name}");
    }
    assert_eq!(b.partner_center_imports(&s, Lang::En).unwrap().len(), 2);
}

fn sum(db: &Path, column: &str) -> BTreeMap<String, Decimal> {
    let conn = Connection::open(db).unwrap();
    let mut stmt = conn
        .prepare(&format!(
            "SELECT currency, {column} FROM pc_lines WHERE {column} IS NOT NULL"
        ))
        .unwrap();
    let mut out = BTreeMap::new();
    for row in stmt
        .query_map([], |r| Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?)))
        .unwrap()
    {
        let (c, a) = row.unwrap();
        *out.entry(c).or_insert(Decimal::ZERO) += a.parse::<Decimal>().unwrap();
    }
    out
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 12, ..ProptestConfig::default() })]

    /// Whatever the size, the cost imported is the file's Subtotal total to the cent,
    /// Microsoft's rounding of each line gives its Subtotal back, and a second import
    /// (the same file, then its French copy) leaves every table as it was.
    #[test]
    fn imported_cost_is_the_files_total_and_twice_is_once(rows in 1u64..400, seed in any::<u64>()) {
        let dir = tempfile::tempdir().unwrap();
        let (b, s) = book(dir.path());
        let db = dir.path().join("book.db");
        let file = dir.path().join("invoice.csv");
        let copy = dir.path().join("invoice-fr.csv");
        let totals = generate_partner_center_file(&file, rows, seed, false, GeneratedKind::Invoice).unwrap();
        generate_partner_center_file(&copy, rows, seed, true, GeneratedKind::Invoice).unwrap();
        let done = b.partner_center_import(&s, &path(&file), true, Lang::En).unwrap();
        prop_assert_eq!(done.lines_added, rows);
        let expected: BTreeMap<String, Decimal> = totals.into_iter().collect();
        prop_assert_eq!(&sum(&db, "subtotal"), &expected);
        let costs = sum(&db, "microsoft_cost");
        prop_assert_eq!(&costs, &expected);
        let once = tables(&db);
        b.partner_center_import(&s, &path(&file), true, Lang::En).unwrap();
        let copied = b.partner_center_import(&s, &path(&copy), true, Lang::En).unwrap();
        prop_assert_eq!(copied.outcome.as_str(), "nothing_new");
        prop_assert_eq!(tables(&db), once);
    }
}

#[test]
fn imported_files_and_lines_cannot_be_changed_deleted_or_replaced() {
    let dir = tempfile::tempdir().unwrap();
    let (b, s) = book(dir.path());
    let db = dir.path().join("book.db");
    b.partner_center_import(
        &s,
        &path(&fixture("new-commerce-invoice.csv")),
        true,
        Lang::En,
    )
    .unwrap();
    let before = tables(&db);
    let conn = Connection::open(&db).unwrap();
    for sql in [
        "UPDATE pc_lines SET subtotal = '0' WHERE id = 1",
        "DELETE FROM pc_lines",
        "INSERT OR REPLACE INTO pc_lines SELECT * FROM pc_lines WHERE id = 1",
        "UPDATE pc_imports SET file_name = 'x'",
        "DELETE FROM pc_imports",
        "INSERT OR REPLACE INTO pc_imports SELECT * FROM pc_imports",
        "UPDATE pc_import_totals SET subtotal = '0'",
        "DELETE FROM pc_import_totals",
        "INSERT OR REPLACE INTO pc_import_totals SELECT * FROM pc_import_totals",
    ] {
        let e = conn.execute(sql, []).unwrap_err().to_string();
        assert!(e.contains("cannot be"), "{sql}: {e}");
    }
    drop(conn);
    assert_eq!(tables(&db), before);
}
