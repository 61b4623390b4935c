//! Documents leave the book whole or not at all: a user's file is never overwritten, a
//! locked book writes no file, a second batch never replaces the first's files.

mod common;

use common::*;

fn refusal(out: &std::process::Output) -> String {
    assert_eq!(out.status.code(), Some(2), "refused with exit code 2");
    String::from_utf8_lossy(&out.stderr).to_string()
}

#[test]
fn a_file_the_user_named_is_never_overwritten() {
    let dir = tempfile::tempdir().unwrap();
    let db = copy_of(base_book(30), dir.path(), "book.db");
    let mine = dir.path().join("mine.pdf");
    std::fs::write(&mine, b"my own file").unwrap();
    let logged = count(&db, "SELECT COUNT(*) FROM communications");
    let err = refusal(&run(
        &db,
        &["statement", "1", "--out", mine.to_str().unwrap()],
    ));
    assert!(
        err.contains("already exists and was left as it is"),
        "{err}"
    );
    assert_eq!(std::fs::read(&mine).unwrap(), b"my own file");
    assert_eq!(count(&db, "SELECT COUNT(*) FROM communications"), logged);
    // The same for an invoice's PDF and the aging report.
    let err = refusal(&run(
        &db,
        &["invoices", "pdf", "1", "--out", mine.to_str().unwrap()],
    ));
    assert!(err.contains("already exists"), "{err}");
    let err = refusal(&run(&db, &["aging", "--pdf", mine.to_str().unwrap()]));
    assert!(err.contains("already exists"), "{err}");
    assert_eq!(std::fs::read(&mine).unwrap(), b"my own file");
    assert_eq!(
        files_below(dir.path())
            .iter()
            .filter(|p| p.starts_with(dir.path().join("documents")))
            .count(),
        0
    );
}

#[test]
fn a_bare_file_name_is_written_in_the_current_folder() {
    let dir = tempfile::tempdir().unwrap();
    let db = copy_of(base_book(30), dir.path(), "book.db");
    let out = ardoise(&db)
        .current_dir(dir.path())
        .args(["statement", "1", "--out", "releve.pdf"])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let file = dir.path().join("releve.pdf");
    assert!(file.exists());
    let logged: String = sql(&db)
        .query_row(
            "SELECT path FROM files_written ORDER BY id DESC LIMIT 1",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(std::path::Path::new(&logged), file.canonicalize().unwrap());
}

#[test]
fn a_locked_book_writes_no_file() {
    let dir = tempfile::tempdir().unwrap();
    let db = copy_of(base_book(30), dir.path(), "book.db");
    let target = dir.path().join("out").join("statement.pdf");
    // Another program holds the book's write lock for longer than Ardoise waits.
    let holder = sql(&db);
    holder.execute_batch("BEGIN IMMEDIATE").unwrap();
    let out = run(&db, &["statement", "1", "--out", target.to_str().unwrap()]);
    holder.execute_batch("ROLLBACK").unwrap();
    let err = refusal(&out);
    assert!(
        err.contains("Another window or script is writing to this book"),
        "{err}"
    );
    assert!(!target.exists(), "no file looks sent");
    assert_eq!(
        files_below(&dir.path().join("out")),
        Vec::<std::path::PathBuf>::new()
    );
    // Once free, the same command writes the file and logs it.
    run_ok(&db, &["statement", "1", "--out", target.to_str().unwrap()]);
    assert_eq!(every_file_logged(&db, &dir.path().join("out")), 1);
}

#[test]
fn a_second_batch_into_the_same_folder_keeps_the_first_files() {
    let dir = tempfile::tempdir().unwrap();
    let db = copy_of(base_book(30), dir.path(), "book.db");
    let out = dir.path().join("statements");
    let args = [
        "statements",
        "--as-of",
        "2026-11-24",
        "--all",
        "--out",
        out.to_str().unwrap(),
    ];
    run_ok(&db, &args);
    let first = every_file_logged(&db, &out);
    assert!(first >= 30, "one statement per customer: {first}");
    let before: Vec<(std::path::PathBuf, String)> = files_below(&out)
        .into_iter()
        .map(|p| {
            let h = sha256_file(&p);
            (p, h)
        })
        .collect();
    run_ok(&db, &args);
    assert_eq!(
        every_file_logged(&db, &out),
        2 * first,
        "new names for the second batch"
    );
    for (path, hash) in before {
        assert_eq!(sha256_file(&path), hash, "{} was replaced", path.display());
    }
    let names: Vec<String> = files_below(&out)
        .iter()
        .map(|p| p.file_name().unwrap().to_string_lossy().to_string())
        .collect();
    assert!(names.iter().any(|n| n.ends_with(" (2).pdf")), "{names:?}");
}

#[test]
fn the_demo_book_is_made_whole_beyond_sixty_customers() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("demo.db");
    run_ok(&db, &["demo", "--customers", "150", "--seed", "11"]);
    assert_eq!(count(&db, "SELECT COUNT(*) FROM customers"), 150);
    // Azure plans with nothing to invoice were left as drafts by `bill --issue`, then
    // reviewed (deleted): the demo's months are all issued.
    assert_eq!(
        count(&db, "SELECT COUNT(*) FROM invoices WHERE status = 'draft'"),
        0
    );
    assert!(count(&db, "SELECT COUNT(*) FROM invoices WHERE status = 'issued'") > 600);
    assert_eq!(
        count(
            &db,
            "SELECT value = 'demo' FROM settings WHERE key = 'book_kind'"
        ),
        1
    );
    // A second demo into the same book is refused and changes nothing.
    let invoices = count(&db, "SELECT COUNT(*) FROM invoices");
    let err = refusal(&run(&db, &["demo", "--customers", "5"]));
    assert!(err.contains("already holds customers"), "{err}");
    assert_eq!(count(&db, "SELECT COUNT(*) FROM invoices"), invoices);
    let docs = dir.path().join("documents");
    assert!(
        every_file_logged(&db, &docs) > 0,
        "the demo's letters, all logged"
    );
}
