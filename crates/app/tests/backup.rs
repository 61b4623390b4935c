//! Backups and restores through the use cases, on real files: the backup holds what was
//! committed, a restore brings it back and keeps the replaced book aside, and a file that
//! is not a sound book of this version is refused with a sentence, the book untouched.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use ardoise_app::domain::customer::CustomerForm;
use ardoise_app::domain::Lang;
use ardoise_app::{AppError, Ardoise, FixedClock, Role, Session};
use chrono::{NaiveDate, TimeZone, Utc};

fn clock_at(h: u32, m: u32) -> Arc<FixedClock> {
    Arc::new(FixedClock(
        Utc.with_ymd_and_hms(2026, 12, 4, h, m, 0).unwrap(),
    ))
}

fn open(path: &Path) -> Ardoise {
    Ardoise::open(path, clock_at(15, 30)).unwrap()
}

fn customer(name: &str) -> CustomerForm {
    CustomerForm {
        legal_name: name.into(),
        country: "FR".into(),
        address_line1: "12 rue de la Paix".into(),
        postal_code: "75002".into(),
        city: "Paris".into(),
        language: "fr".into(),
        currency: "EUR".into(),
        payment_terms_days: "30".into(),
        ..Default::default()
    }
}

fn names(book: &Ardoise, s: &Session) -> Vec<String> {
    let mut v: Vec<String> = book
        .customers(s)
        .unwrap()
        .into_iter()
        .map(|c| c.legal_name)
        .collect();
    v.sort();
    v
}

fn actions(book: &Path) -> Vec<String> {
    let conn = rusqlite::Connection::open(book).unwrap();
    let mut stmt = conn
        .prepare("SELECT action FROM audit_log ORDER BY id")
        .unwrap();
    let rows = stmt.query_map([], |r| r.get(0)).unwrap();
    rows.map(|r| r.unwrap()).collect()
}

fn files_in(dir: &Path) -> Vec<String> {
    let mut v: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .collect();
    v.sort();
    v
}

#[test]
fn backup_change_restore_the_change_is_gone_and_the_replaced_book_is_kept() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("ardoise.db");
    let book = open(&path);
    let admin = book.admin_session().unwrap();
    book.create_customer(&admin, &customer("Dupont SARL"))
        .unwrap();

    let status = book.backup_status(&admin).unwrap();
    assert!(!status.recent, "no backup yet");
    assert_eq!(PathBuf::from(&status.folder), dir.path().join("backups"));

    let done = book.backup_now(&admin, None).unwrap();
    let local = ardoise_app::backup::default_folder(&path);
    assert!(done.file.starts_with(local.to_str().unwrap()));
    assert!(Path::new(&done.file)
        .file_name()
        .unwrap()
        .to_str()
        .unwrap()
        .starts_with("ardoise-2026-12-04T"));
    assert!(done.bytes > 0);
    let status = book.backup_status(&admin).unwrap();
    assert!(status.recent);
    assert_eq!(status.last_file.as_deref(), Some(done.file.as_str()));

    // A second backup in the same minute takes a new name, and is the day's newest:
    // the rotation keeps it alone for today.
    let again = book.backup_now(&admin, None).unwrap();
    assert_ne!(again.file, done.file);
    assert!(again.file.ends_with("-2.db"));
    assert_eq!(
        again.deleted,
        [Path::new(&done.file).file_name().unwrap().to_str().unwrap()]
    );
    assert_eq!(again.kept, 1);
    let done = again;

    // The change after the backup.
    book.create_customer(&admin, &customer("Martin SAS"))
        .unwrap();
    assert_eq!(names(&book, &admin), ["Dupont SARL", "Martin SAS"]);

    let (restored, result) = book.restore(&admin, Path::new(&done.file));
    let book = restored.expect("a book is open after the restore");
    let restore = result.unwrap();
    assert_eq!(names(&book, &admin), ["Dupont SARL"], "the change is gone");
    assert_eq!(book.path(), path);

    // The replaced book, whole, beside it.
    let replaced = PathBuf::from(&restore.replaced);
    assert_eq!(replaced.parent().unwrap(), dir.path());
    assert!(replaced
        .file_name()
        .unwrap()
        .to_str()
        .unwrap()
        .starts_with("ardoise.replaced-2026-12-04T"));
    let kept = Ardoise::open(&replaced, clock_at(16, 0)).unwrap();
    assert_eq!(names(&kept, &admin), ["Dupont SARL", "Martin SAS"]);
    drop(kept);

    // The restored book says so, and the backup file itself was not changed.
    drop(book);
    let log = actions(&path);
    assert_eq!(log.last().map(String::as_str), Some("book.restore"));
    assert!(ardoise_store_check(Path::new(&done.file)));
}

fn ardoise_store_check(file: &Path) -> bool {
    let book = open(&std::env::temp_dir().join(format!("probe-{}.db", std::process::id())));
    let admin = book.admin_session().unwrap();
    let ok = book.check_backup_file(&admin, file).is_ok();
    let _ = std::fs::remove_file(book.path());
    ok
}

/// Restores `file` and expects a refusal: the book stays open, unchanged, nothing put
/// aside. Returns the sentence, in French.
fn refused(dir: &Path, book: Ardoise, admin: &Session, file: &Path) -> (Ardoise, String) {
    let before = files_in(dir);
    let (book, result) = book.restore(admin, file);
    let book = book.expect("the book stays open");
    let err = result.expect_err("refused");
    assert!(matches!(err, AppError::Backup(_)), "{err:?}");
    assert_eq!(
        files_in(dir),
        before,
        "nothing put aside, nothing left behind"
    );
    assert_eq!(names(&book, admin), ["Dupont SARL"]);
    let message = err.view(Lang::Fr).message;
    (book, message)
}

#[test]
fn a_damaged_a_newer_or_a_foreign_file_is_refused_and_the_book_is_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("ardoise.db");
    let book = open(&path);
    let admin = book.admin_session().unwrap();
    book.create_customer(&admin, &customer("Dupont SARL"))
        .unwrap();
    let elsewhere = tempfile::tempdir().unwrap();
    let good = PathBuf::from(
        book.backup_now(&admin, Some(elsewhere.path()))
            .unwrap()
            .file,
    );

    let damaged = elsewhere.path().join("damaged.db");
    let mut bytes = std::fs::read(&good).unwrap();
    let (start, end) = (4096 * 2, bytes.len() - 4096);
    for (i, b) in bytes[start..end].iter_mut().enumerate() {
        *b = (i * 13 % 249) as u8;
    }
    std::fs::write(&damaged, &bytes).unwrap();
    let (book, m) = refused(dir.path(), book, &admin, &damaged);
    assert!(m.contains("endommagé"), "{m}");
    assert!(m.contains("n'a pas été modifié"), "{m}");

    let newer = elsewhere.path().join("newer.db");
    std::fs::copy(&good, &newer).unwrap();
    {
        let conn = rusqlite::Connection::open(&newer).unwrap();
        conn.pragma_update(None, "user_version", 99).unwrap();
    }
    let (book, m) = refused(dir.path(), book, &admin, &newer);
    assert!(m.contains("version plus récente"), "{m}");

    let foreign = elsewhere.path().join("photos.db");
    {
        let conn = rusqlite::Connection::open(&foreign).unwrap();
        conn.execute_batch(
            "CREATE TABLE photos (id INTEGER PRIMARY KEY); PRAGMA user_version = 2;",
        )
        .unwrap();
    }
    let (book, m) = refused(dir.path(), book, &admin, &foreign);
    assert!(m.contains("n'est pas un dossier Ardoise"), "{m}");

    let text = elsewhere.path().join("notes.db");
    std::fs::write(&text, "pas une base".repeat(500)).unwrap();
    let (book, m) = refused(dir.path(), book, &admin, &text);
    assert!(m.contains("n'est pas une sauvegarde"), "{m}");

    let (book, m) = refused(dir.path(), book, &admin, &path);
    assert!(m.contains("dossier ouvert lui-même"), "{m}");

    // And the good one still restores.
    let (book, result) = book.restore(&admin, &good);
    assert!(result.is_ok(), "{result:?}");
    assert_eq!(names(&book.unwrap(), &admin), ["Dupont SARL"]);
}

#[test]
fn a_restore_is_refused_while_another_connection_has_the_book_open() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("ardoise.db");
    let book = open(&path);
    let admin = book.admin_session().unwrap();
    book.create_customer(&admin, &customer("Dupont SARL"))
        .unwrap();
    let good = PathBuf::from(book.backup_now(&admin, None).unwrap().file);
    let other = open(&path);
    let (book, m) = refused(dir.path(), book, &admin, &good);
    assert!(m.contains("ouvert"), "{m}");
    drop(other);
    let (_, result) = book.restore(&admin, &good);
    assert!(result.is_ok(), "{result:?}");
}

#[test]
fn only_the_book_managers_back_up_and_restore() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("ardoise.db");
    let book = open(&path);
    let sales = Session {
        staff_id: 1,
        display_name: "Léa".into(),
        roles: vec![Role::SalesAgent],
    };
    assert!(matches!(
        book.backup_now(&sales, None),
        Err(AppError::Forbidden(_))
    ));
    assert!(
        book.backup_status(&sales).is_ok(),
        "everyone sees the warning"
    );
    assert!(matches!(
        book.set_backup_folder(&sales, Some(dir.path())),
        Err(AppError::Forbidden(_))
    ));
    let (book, result) = book.restore(&sales, &path);
    assert!(matches!(result, Err(AppError::Forbidden(_))));
    assert!(book.is_some());
    assert!(!dir.path().join("backups").exists());
}

#[test]
fn the_chosen_folder_is_kept_and_rotation_deletes_only_our_old_backups() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("ardoise.db");
    let book = open(&path);
    let admin = book.admin_session().unwrap();
    let chosen = dir.path().join("elsewhere/backups");
    let status = book.set_backup_folder(&admin, Some(&chosen)).unwrap();
    assert!(status.chosen);
    assert_eq!(PathBuf::from(&status.folder), chosen);

    // Backups of the past days and months, and files that are not ours.
    let mut old = Vec::new();
    for d in 1..=40 {
        let day = NaiveDate::from_ymd_opt(2026, 12, 4).unwrap() - chrono::Duration::days(d);
        old.push(format!("ardoise-{}T0900.db", day.format("%Y-%m-%d")));
    }
    old.push("ardoise-2025-06-15T0900.db".into());
    for name in old
        .iter()
        .chain(["my-notes.db".to_string(), "ardoise.db".to_string()].iter())
    {
        std::fs::write(chosen.join(name), b"x").unwrap();
    }
    let done = book.backup_now(&admin, None).unwrap();
    assert!(done.file.starts_with(chosen.to_str().unwrap()));
    let left = files_in(&chosen);
    // Today's backup, the 13 days before, the newest of November and October; the rest
    // (older days, June 2025, over 12 months back) deleted; others' files left alone.
    let mut expected: Vec<String> = (1..=13)
        .map(|d| {
            let day = NaiveDate::from_ymd_opt(2026, 12, 4).unwrap() - chrono::Duration::days(d);
            format!("ardoise-{}T0900.db", day.format("%Y-%m-%d"))
        })
        .collect();
    expected.push("ardoise-2026-10-31T0900.db".into());
    expected.push(
        Path::new(&done.file)
            .file_name()
            .unwrap()
            .to_string_lossy()
            .into_owned(),
    );
    expected.push("ardoise.db".into());
    expected.push("my-notes.db".into());
    expected.sort();
    assert_eq!(left, expected);
    assert_eq!(done.deleted.len(), 41 - 14);
    assert_eq!(done.kept, 15);

    let status = book.set_backup_folder(&admin, None).unwrap();
    assert!(!status.chosen);
    assert_eq!(PathBuf::from(&status.folder), dir.path().join("backups"));
}
