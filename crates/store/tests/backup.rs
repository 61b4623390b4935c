//! Backups of a book another connection keeps writing, and the check a file passes
//! before it may replace a book. Real files, real SQLite.

use std::path::Path;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use ardoise_store::{
    backup_book, check_backup, BackupError, BackupPace, Store, StoreError, SCHEMA_VERSION,
};

/// A book with a few megabytes of settings, so a backup takes many steps.
fn book_with_pages(path: &Path, rows: usize) -> Store {
    let store = Store::open(path).unwrap();
    let filler = "x".repeat(400);
    store
        .write(|db| -> Result<(), StoreError> {
            for i in 0..rows {
                db.set_setting(&format!("filler.{i}"), &filler)?;
            }
            Ok(())
        })
        .unwrap();
    store
}

#[test]
fn a_backup_taken_while_another_connection_writes_is_a_sound_book() {
    let dir = tempfile::tempdir().unwrap();
    let book = dir.path().join("book.db");
    let _store = book_with_pages(&book, 20_000);

    let stop = Arc::new(AtomicBool::new(false));
    let writer = {
        let (book, stop) = (book.clone(), stop.clone());
        std::thread::spawn(move || {
            let other = Store::open(&book).unwrap();
            let (mut n, mut longest) = (0u32, Duration::ZERO);
            while !stop.load(Ordering::Relaxed) {
                let t = Instant::now();
                other
                    .write(|db| db.set_setting("writer.count", &n.to_string()))
                    .unwrap();
                longest = longest.max(t.elapsed());
                n += 1;
                std::thread::sleep(Duration::from_millis(2));
            }
            (n, longest)
        })
    };
    std::thread::sleep(Duration::from_millis(50));
    let target = dir.path().join("backups/copy.db");
    std::fs::create_dir_all(target.parent().unwrap()).unwrap();
    let pace = BackupPace {
        pages_per_step: 64,
        ..BackupPace::default()
    };
    let report = backup_book(&book, &target, pace).unwrap();
    stop.store(true, Ordering::Relaxed);
    let (writes, longest) = writer.join().unwrap();
    println!(
        "backup: {} pages in {} steps, {} restarts; the writer committed {writes} times, longest wait {longest:?}",
        report.pages, report.steps, report.restarts
    );
    assert!(writes > 0, "the writer kept writing during the backup");
    assert_eq!(report.path, target);
    assert!(report.steps > 1, "paced in several steps");
    let left: Vec<_> = std::fs::read_dir(dir.path().join("backups"))
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .collect();
    assert_eq!(left, ["copy.db"], "no temporary file left beside it");

    let check = check_backup(&target).unwrap();
    assert_eq!(check.schema_version, SCHEMA_VERSION);
    // Everything committed before the backup began is in it.
    let copy = Store::open(&target).unwrap();
    assert_eq!(
        copy.read()
            .setting("filler.19999")
            .unwrap()
            .map(|v| v.len()),
        Some(400)
    );
    assert_eq!(copy.read().integrity_check().unwrap(), ["ok"]);
}

#[test]
fn a_backup_never_replaces_a_file_already_there() {
    let dir = tempfile::tempdir().unwrap();
    let book = dir.path().join("book.db");
    let _store = book_with_pages(&book, 10);
    let target = dir.path().join("taken.db");
    std::fs::write(&target, b"the user's own file").unwrap();
    match backup_book(&book, &target, BackupPace::default()) {
        Err(BackupError::Exists(p)) => assert_eq!(p, target),
        other => panic!("expected Exists, got {other:?}"),
    }
    assert_eq!(std::fs::read(&target).unwrap(), b"the user's own file");
}

fn backup_of_a_book(dir: &Path) -> std::path::PathBuf {
    let book = dir.join("book.db");
    let _store = book_with_pages(&book, 3_000);
    let target = dir.join("good.db");
    backup_book(&book, &target, BackupPace::default()).unwrap();
    target
}

#[test]
fn a_damaged_file_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let good = backup_of_a_book(dir.path());
    let mut bytes = std::fs::read(&good).unwrap();
    // Scribble over the middle pages, keeping the header so SQLite opens it.
    let (start, end) = (4096 * 3, bytes.len() - 4096 * 3);
    for (i, b) in bytes[start..end].iter_mut().enumerate() {
        *b = (i * 7 % 251) as u8;
    }
    let bad = dir.path().join("damaged.db");
    std::fs::write(&bad, &bytes).unwrap();
    let before = std::fs::read(&bad).unwrap();
    match check_backup(&bad) {
        Err(BackupError::Corrupt { findings, .. }) => assert!(!findings.is_empty()),
        other => panic!("expected Corrupt, got {other:?}"),
    }
    assert_eq!(std::fs::read(&bad).unwrap(), before, "checked, not touched");
    assert!(!dir.path().join("damaged.db-wal").exists());
    assert!(check_backup(&good).is_ok());
}

#[test]
fn a_book_from_a_newer_version_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let good = backup_of_a_book(dir.path());
    {
        let conn = rusqlite::Connection::open(&good).unwrap();
        conn.pragma_update(None, "user_version", SCHEMA_VERSION + 1)
            .unwrap();
    }
    match check_backup(&good) {
        Err(BackupError::TooNew {
            found, supported, ..
        }) => {
            assert_eq!(found, SCHEMA_VERSION + 1);
            assert_eq!(supported, SCHEMA_VERSION);
        }
        other => panic!("expected TooNew, got {other:?}"),
    }
}

#[test]
fn files_that_are_not_books_are_refused() {
    let dir = tempfile::tempdir().unwrap();
    let text = dir.path().join("notes.db");
    std::fs::write(
        &text,
        "Dear customer, this is not a database at all.".repeat(200),
    )
    .unwrap();
    assert!(matches!(
        check_backup(&text),
        Err(BackupError::NotSqlite { .. })
    ));

    let other_app = dir.path().join("other.db");
    {
        let conn = rusqlite::Connection::open(&other_app).unwrap();
        conn.execute_batch(
            "CREATE TABLE photos (id INTEGER PRIMARY KEY); PRAGMA user_version = 3;",
        )
        .unwrap();
    }
    match check_backup(&other_app) {
        Err(BackupError::NotABook { missing, .. }) => assert!(missing.contains(&"invoices".into())),
        other => panic!("expected NotABook, got {other:?}"),
    }

    assert!(matches!(
        check_backup(&dir.path().join("missing.db")),
        Err(BackupError::Io { .. })
    ));
}
