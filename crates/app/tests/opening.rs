//! What the desktop may hand to the system's opener: the book's own documents only,
//! checked on real files.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use ardoise_app::opening::OpenTarget;
use ardoise_app::{paths, AppError, Ardoise, FixedClock};
use ardoise_store::{NewFileWritten, Store};
use chrono::{NaiveDate, Utc};
use sha2::{Digest, Sha256};

fn book(dir: &Path) -> (Ardoise, PathBuf) {
    let db = dir.join("book.db");
    let clock = Arc::new(FixedClock::on(
        NaiveDate::from_ymd_opt(2026, 11, 30).unwrap(),
    ));
    let b = Ardoise::open(&db, clock).unwrap();
    let docs = paths::documents_dir(&db);
    std::fs::create_dir_all(&docs).unwrap();
    (b, docs)
}

/// Logs `path` as written, as the outbox does, through a second connection.
fn log_file(db: &Path, path: &Path, bytes: &[u8]) -> i64 {
    let store = Store::open(db).unwrap();
    let sha = format!("{:x}", Sha256::digest(bytes));
    let path = path.display().to_string();
    store
        .write(|db| {
            db.insert_file_written(
                &NewFileWritten {
                    kind: "statement",
                    staff_id: None,
                    customer_id: None,
                    communication_id: None,
                    path: &path,
                    sha256: &sha,
                    size: bytes.len() as u64,
                },
                Utc::now(),
            )
        })
        .unwrap()
}

fn open(b: &Ardoise, target: OpenTarget) -> Result<PathBuf, AppError> {
    let s = b.admin_session().unwrap();
    b.openable(&s, &target, &[])
}

fn path(p: &Path) -> OpenTarget {
    OpenTarget::Path(p.display().to_string())
}

#[test]
fn folders_and_documents_inside_the_documents_folder_open() {
    let dir = tempfile::tempdir().unwrap();
    let (b, docs) = book(dir.path());
    let sub = docs.join("statements").join("2026-11-30");
    std::fs::create_dir_all(&sub).unwrap();
    let pdf = sub.join("Releve-C-00001.pdf");
    std::fs::write(&pdf, b"%PDF-1.7 a statement").unwrap();

    assert_eq!(open(&b, path(&docs)).unwrap(), docs.canonicalize().unwrap());
    assert_eq!(open(&b, path(&sub)).unwrap(), sub.canonicalize().unwrap());
    assert_eq!(open(&b, path(&pdf)).unwrap(), pdf.canonicalize().unwrap());
}

#[test]
fn anything_else_the_window_sends_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let (b, docs) = book(dir.path());
    let script = docs.join("run.sh");
    std::fs::write(&script, b"#!/bin/sh\necho pwned\n").unwrap();
    let outside = dir.path().join("elsewhere.pdf");
    std::fs::write(&outside, b"%PDF").unwrap();
    #[cfg(unix)]
    std::os::unix::fs::symlink("/etc", docs.join("etc")).unwrap();

    let refused = [
        "https://example.com/payload".to_string(),
        "file:///etc/passwd".to_string(),
        "/etc/passwd".to_string(),
        "/usr/bin/xterm".to_string(),
        "documents/run.sh".to_string(),
        String::new(),
        script.display().to_string(),
        outside.display().to_string(),
        docs.join("..").join("book.db").display().to_string(),
        docs.join("..").display().to_string(),
        docs.join("etc").display().to_string(),
        docs.join("etc").join("passwd").display().to_string(),
    ];
    for p in refused {
        match open(&b, OpenTarget::Path(p.clone())) {
            Err(AppError::PathRefused(_)) => {}
            other => panic!("{p:?} must be refused, got {other:?}"),
        }
    }
    // Whether a file exists outside is not told; inside, a missing file is said so.
    assert!(matches!(
        open(&b, OpenTarget::Path("/no/such/file.pdf".into())),
        Err(AppError::PathRefused(_))
    ));
    assert!(matches!(
        open(&b, path(&docs.join("gone.pdf"))),
        Err(AppError::FileMissing(_))
    ));
    // The refusal says what to do, in both languages.
    let e = open(&b, OpenTarget::Path("/etc/passwd".into())).unwrap_err();
    assert!(e
        .view(ardoise_app::domain::Lang::Fr)
        .message
        .contains("dossier de documents"));
}

#[test]
fn a_logged_file_opens_by_id_while_it_has_its_logged_hash() {
    let dir = tempfile::tempdir().unwrap();
    let (b, docs) = book(dir.path());
    // A logged file may live in a folder the user chose: its id is enough.
    let chosen = dir.path().join("month-end");
    std::fs::create_dir_all(&chosen).unwrap();
    let file = chosen.join("Statement-C-00001.pdf");
    let bytes = b"%PDF-1.7 the statement as written";
    std::fs::write(&file, bytes).unwrap();
    let id = log_file(b.path(), &file, bytes);

    assert_eq!(
        open(&b, OpenTarget::File(id)).unwrap(),
        file.canonicalize().unwrap()
    );
    // Not by path outside the book's folders, though.
    assert!(matches!(
        open(&b, path(&file)),
        Err(AppError::PathRefused(_))
    ));

    // Swapped for something else: not opened.
    std::fs::write(&file, b"#!/bin/sh\nrm -rf ~\n").unwrap();
    assert!(matches!(
        open(&b, OpenTarget::File(id)),
        Err(AppError::FileChanged(_))
    ));
    std::fs::remove_file(&file).unwrap();
    assert!(matches!(
        open(&b, OpenTarget::File(id)),
        Err(AppError::FileMissing(_))
    ));
    assert!(matches!(
        open(&b, OpenTarget::File(id + 100)),
        Err(AppError::NotFound(_))
    ));
    assert!(matches!(
        open(&b, OpenTarget::Communication(4242)),
        Err(AppError::NotFound(_))
    ));

    // A logged file inside the documents folder, by path: its hash is checked too.
    let inside = docs.join("Statement-C-00002.pdf");
    std::fs::write(&inside, bytes).unwrap();
    log_file(b.path(), &inside, bytes);
    assert!(open(&b, path(&inside)).is_ok());
    std::fs::write(&inside, b"%PDF-1.7 rewritten").unwrap();
    assert!(matches!(
        open(&b, path(&inside)),
        Err(AppError::FileChanged(_))
    ));
}

#[test]
fn a_folder_chosen_in_the_dialog_opens_too() {
    let dir = tempfile::tempdir().unwrap();
    let (b, _) = book(dir.path());
    let chosen = dir.path().join("chosen");
    std::fs::create_dir_all(&chosen).unwrap();
    let s = b.admin_session().unwrap();
    assert!(b.openable(&s, &path(&chosen), &[]).is_err());
    assert_eq!(
        b.openable(&s, &path(&chosen), std::slice::from_ref(&chosen))
            .unwrap(),
        chosen.canonicalize().unwrap()
    );
}
