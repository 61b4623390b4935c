//! A book that cannot be written opens for reading; every write is refused with the
//! reason, and nothing changes.
//!
//! Tests run as root in CI, and root ignores file permissions: there the binary is run as
//! the unprivileged `nobody` through `setpriv` (util-linux), so the operating system
//! really refuses the writes, as it would for a partner's own account.

use std::os::unix::fs::PermissionsExt;
use std::path::Path;
use std::process::{Command, Output};

const NOBODY: &str = "65534";

fn is_root() -> bool {
    Command::new("id")
        .arg("-u")
        .output()
        .map(|o| String::from_utf8_lossy(&o.stdout).trim() == "0")
        .unwrap_or(false)
}

/// The binary as an ordinary user: itself when we are one, `nobody` when we are root.
fn as_user(db: &Path, args: &[&str]) -> Output {
    let bin = env!("CARGO_BIN_EXE_ardoise");
    let mut command = if is_root() {
        let mut c = Command::new("setpriv");
        c.args([
            &format!("--reuid={NOBODY}"),
            &format!("--regid={NOBODY}"),
            "--clear-groups",
            bin,
        ]);
        c
    } else {
        Command::new(bin)
    };
    command
        .env("ARDOISE_USER", "admin")
        .env("ARDOISE_PASSWORD", "demo")
        .arg("--db")
        .arg(db)
        .args(args)
        .env("LANG", "en_US.UTF-8")
        .env_remove("LC_ALL")
        .output()
        .expect("ardoise runs (setpriv from util-linux when root)")
}

fn ardoise(db: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_ardoise"))
        .env("ARDOISE_USER", "admin")
        .env("ARDOISE_PASSWORD", "demo")
        .arg("--db")
        .arg(db)
        .args(args)
        .output()
        .expect("ardoise runs")
}

fn text(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

fn chmod(p: &Path, mode: u32) {
    std::fs::set_permissions(p, std::fs::Permissions::from_mode(mode)).unwrap();
}

fn chown_to_user(p: &Path) {
    if is_root() {
        let ok = Command::new("chown")
            .arg(format!("{NOBODY}:{NOBODY}"))
            .arg(p)
            .status()
            .unwrap();
        assert!(ok.success());
    }
}

/// A book with one customer, in a folder anyone may enter.
fn book(dir: &Path) -> std::path::PathBuf {
    chmod(dir, 0o755);
    let db = dir.join("book.db");
    assert!(ardoise(&db, &["demo", "--customers", "0"]).status.success());
    let add = ardoise(
        &db,
        &[
            "customers",
            "add",
            "--name",
            "Dupont SARL",
            "--country",
            "FR",
            "--address",
            "1 rue de la Paix",
            "--postal-code",
            "75002",
            "--city",
            "Paris",
        ],
    );
    assert!(add.status.success(), "{}", text(&add.stderr));
    db
}

fn add_other(db: &Path, lang: &str) -> Output {
    as_user(
        db,
        &[
            "--lang",
            lang,
            "customers",
            "add",
            "--name",
            "Martin SA",
            "--country",
            "FR",
            "--address",
            "2 rue Neuve",
            "--postal-code",
            "69001",
            "--city",
            "Lyon",
        ],
    )
}

fn customers(db: &Path) -> usize {
    let out = ardoise(db, &["--json", "customers", "list"]);
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON");
    v.as_array().map(Vec::len).unwrap_or(0)
}

#[test]
fn a_book_file_that_cannot_be_written_is_read_and_every_write_refused() {
    let dir = tempfile::tempdir().unwrap();
    let db = book(dir.path());
    chown_to_user(dir.path());
    chmod(&db, 0o444);
    let before = std::fs::read(&db).unwrap();

    let list = as_user(&db, &["customers", "list"]);
    assert!(list.status.success(), "reads: {}", text(&list.stderr));
    assert!(text(&list.stdout).contains("Dupont SARL"));

    let add = add_other(&db, "en");
    assert_eq!(add.status.code(), Some(2));
    let err = text(&add.stderr);
    assert!(err.contains("open for reading only"), "{err}");
    assert!(
        err.contains("book.db cannot be changed"),
        "says it is the file: {err}"
    );

    let add = add_other(&db, "fr");
    let err = text(&add.stderr);
    assert!(
        err.contains("lecture seule") && err.contains("ne peut pas être modifié"),
        "{err}"
    );

    assert_eq!(std::fs::read(&db).unwrap(), before, "the file is untouched");
    assert_eq!(customers(&db), 1);
}

#[test]
fn a_book_in_a_folder_that_cannot_be_written_is_read_and_every_write_refused() {
    let dir = tempfile::tempdir().unwrap();
    let db = book(dir.path());
    // The file itself is the user's own and writable; its folder is not, so SQLite
    // cannot create the journal (-wal, -shm) beside it.
    chown_to_user(&db);
    chmod(&db, 0o644);
    chmod(dir.path(), 0o555);
    let before = std::fs::read(&db).unwrap();

    let list = as_user(&db, &["--json", "customers", "list"]);
    assert!(list.status.success(), "reads: {}", text(&list.stderr));
    assert!(text(&list.stdout).contains("Dupont SARL"));

    let add = add_other(&db, "en");
    assert_eq!(add.status.code(), Some(2));
    let err = text(&add.stderr);
    assert!(err.contains("open for reading only"), "{err}");
    assert!(err.contains("the folder"), "says it is the folder: {err}");

    let json = as_user(
        &db,
        &[
            "--json",
            "customers",
            "add",
            "--name",
            "Martin SA",
            "--country",
            "FR",
            "--address",
            "2 rue Neuve",
            "--postal-code",
            "69001",
            "--city",
            "Lyon",
        ],
    );
    let view: serde_json::Value = serde_json::from_slice(&json.stderr).expect("JSON error");
    assert_eq!(view["code"], "read_only");

    chmod(dir.path(), 0o755);
    assert_eq!(std::fs::read(&db).unwrap(), before, "the file is untouched");
    assert_eq!(customers(&db), 1);
}

#[test]
fn a_file_of_garbage_is_refused_with_a_sentence_and_left_as_it_is() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("book.db");
    let garbage: Vec<u8> = (0..10_000u32).map(|i| (i * 31 + 7) as u8).collect();
    std::fs::write(&db, &garbage).unwrap();
    let out = ardoise(&db, &["customers", "list"]);
    assert_eq!(out.status.code(), Some(2));
    let err = text(&out.stderr);
    assert!(err.contains("is not an Ardoise book"), "{err}");
    assert!(!err.contains("panicked"));
    assert_eq!(std::fs::read(&db).unwrap(), garbage);
    assert!(!dir.path().join("book.db-wal").exists());
}
