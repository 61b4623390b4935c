//! The `ardoise` binary as a script meets it: a mistyped --db, a pipe closed early, a
//! name holding terminal control characters.

use std::io::Read;
use std::path::Path;
use std::process::{Command, Output, Stdio};

fn ardoise(db: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_ardoise"))
        .env("ARDOISE_USER", "admin")
        .env("ARDOISE_PASSWORD", "demo")
        .arg("--db")
        .arg(db)
        .args(args)
        .env("LANG", "en_US.UTF-8")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .output()
        .expect("the ardoise binary runs")
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

/// A book with one customer named `name`.
fn book_with(dir: &Path, name: &str) -> std::path::PathBuf {
    let db = dir.join("book.db");
    let init = ardoise(&db, &["demo", "--customers", "0"]);
    assert!(init.status.success(), "{}", text(&init.stderr));
    let add = ardoise(
        &db,
        &[
            "customers",
            "add",
            "--name",
            name,
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

#[test]
fn a_mistyped_book_path_is_refused_and_no_file_is_created() {
    let dir = tempfile::tempdir().unwrap();
    let typo = dir.path().join("boook").join("ardoise.db");
    for args in [
        &["customers", "list"][..],
        &["check"],
        &["bill", "--period", "2026-11"],
    ] {
        let out = ardoise(&typo, args);
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        let err = text(&out.stderr);
        assert!(
            err.contains(&typo.display().to_string()),
            "names the path: {err}"
        );
        assert!(err.contains("init"), "says how to create one: {err}");
        assert!(!typo.exists(), "no book was made by {args:?}");
        assert!(!typo.parent().unwrap().exists(), "nor its folder");
    }
    // In French too.
    let out = ardoise(&typo, &["--lang", "fr", "customers", "list"]);
    assert!(
        text(&out.stderr).contains("Aucun dossier"),
        "{}",
        text(&out.stderr)
    );
    assert!(!typo.exists());
}

#[test]
fn init_creates_an_empty_book_once_and_never_over_an_existing_file() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("new.db");
    let out = ardoise(&db, &["init"]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(db.exists());
    // A new book waits for its first administrator before anything else.
    let list = ardoise(&db, &["customers", "list"]);
    assert_eq!(list.status.code(), Some(2));
    assert!(
        text(&list.stderr).contains("staff setup"),
        "{}",
        text(&list.stderr)
    );

    let before = std::fs::read(&db).unwrap();
    let again = ardoise(&db, &["init"]);
    assert_eq!(again.status.code(), Some(2));
    assert!(
        text(&again.stderr).contains("already exists"),
        "{}",
        text(&again.stderr)
    );
    assert_eq!(std::fs::read(&db).unwrap(), before);
}

#[test]
fn output_piped_into_head_ends_quietly() {
    let dir = tempfile::tempdir().unwrap();
    let db = book_with(dir.path(), "Dupont SARL");
    // As a shell user writes it.
    let out = Command::new("sh")
        .env("ARDOISE_USER", "admin")
        .env("ARDOISE_PASSWORD", "demo")
        .arg("-c")
        .arg(r#""$0" --db "$1" customers list | head -1"#)
        .arg(env!("CARGO_BIN_EXE_ardoise"))
        .arg(&db)
        .output()
        .expect("sh");
    let err = text(&out.stderr);
    assert!(!err.contains("panicked"), "{err}");
    assert!(err.is_empty(), "nothing on stderr: {err}");
    assert_eq!(text(&out.stdout).lines().count(), 1);

    // The reader gone before the first byte is written: every write meets a closed pipe.
    for args in [
        &["customers", "list"][..],
        &["--json", "customers", "list"],
        &["customers", "show", "Dupont SARL"],
    ] {
        let mut child = Command::new(env!("CARGO_BIN_EXE_ardoise"))
            .env("ARDOISE_USER", "admin")
            .env("ARDOISE_PASSWORD", "demo")
            .arg("--db")
            .arg(&db)
            .args(args)
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("ardoise");
        drop(child.stdout.take());
        let mut err = String::new();
        child
            .stderr
            .take()
            .expect("stderr")
            .read_to_string(&mut err)
            .unwrap();
        let status = child.wait().unwrap();
        assert!(!err.contains("panicked"), "{args:?}: {err}");
        assert!(err.is_empty(), "{args:?}: nothing on stderr: {err}");
        assert_eq!(
            status.code(),
            Some(0),
            "{args:?}: a reader that left is not a failure"
        );
    }
}

#[test]
fn terminal_control_characters_in_names_are_never_printed_raw() {
    let dir = tempfile::tempdir().unwrap();
    let name = "\u{1b}[31mRouge\u{7} SAS\u{1b}]0;pwned\u{7}";
    let db = book_with(dir.path(), name);

    let list = ardoise(&db, &["customers", "list"]);
    assert!(list.status.success());
    let shown = text(&list.stdout);
    assert!(!list.stdout.contains(&0x1b), "no ESC byte in: {shown:?}");
    assert!(!list.stdout.contains(&0x07), "no BEL byte in: {shown:?}");
    assert!(
        shown.contains("\\u{1b}[31mRouge\\u{7} SAS"),
        "shown escaped: {shown}"
    );
    // The table's columns stay aligned: every line is as wide as the first.
    let widths: Vec<usize> = shown
        .lines()
        .filter(|l| l.starts_with('│') || l.starts_with('┌'))
        .map(|l| l.chars().count())
        .collect();
    assert!(widths.windows(2).all(|w| w[0] == w[1]), "{shown}");

    let show = ardoise(&db, &["customers", "show", "1"]);
    assert!(show.status.success(), "{}", text(&show.stderr));
    assert!(!show.stdout.contains(&0x1b), "{}", text(&show.stdout));

    // An error message that repeats what was typed.
    let missing = ardoise(
        &db,
        &[
            "customers",
            "add",
            "--name",
            "\u{1b}[2J",
            "--country",
            "\u{1b}c",
        ],
    );
    assert_eq!(missing.status.code(), Some(2));
    assert!(!missing.stderr.contains(&0x1b), "{}", text(&missing.stderr));
    assert!(!missing.stdout.contains(&0x1b));

    // JSON keeps the name exactly, escaped the JSON way.
    let json = ardoise(&db, &["--json", "customers", "list"]);
    assert!(!json.stdout.contains(&0x1b));
    let rows: serde_json::Value = serde_json::from_slice(&json.stdout).expect("JSON");
    assert_eq!(rows[0]["legal_name"], name);
}
