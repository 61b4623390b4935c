//! Real `ardoise` processes on real book files, and the book read back with plain SQL.

#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::{Child, Command, Output, Stdio};
use std::sync::OnceLock;

/// The business date every process of these tests lives on.
pub const TODAY: &str = "2026-11-25";

pub fn ardoise(db: &Path) -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_ardoise"));
    // Every command acts as the demo book's administrator.
    c.env("ARDOISE_USER", "admin")
        .env("ARDOISE_PASSWORD", "demo")
        .arg("--db")
        .arg(db)
        .arg("--lang")
        .arg("en")
        .env("ARDOISE_TODAY", TODAY)
        .env_remove("ARDOISE_DB")
        .stdin(Stdio::null());
    c
}

pub fn run(db: &Path, args: &[&str]) -> Output {
    ardoise(db).args(args).output().expect("ardoise runs")
}

pub fn run_ok(db: &Path, args: &[&str]) -> String {
    let out = run(db, args);
    assert!(
        out.status.success(),
        "ardoise {args:?} failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).to_string()
}

pub fn spawn(db: &Path, args: &[&str]) -> Child {
    ardoise(db)
        .args(args)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("ardoise starts")
}

/// A demo book of `customers` made once per test binary, copied for each trial.
pub fn base_book(customers: usize) -> &'static Path {
    static BASE: OnceLock<(tempfile::TempDir, PathBuf)> = OnceLock::new();
    let (_, path) = BASE.get_or_init(|| {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("base.db");
        run_ok(
            &path,
            &["demo", "--customers", &customers.to_string(), "--seed", "7"],
        );
        (dir, path)
    });
    path
}

/// A fresh copy of the base book (closed, so it is whole in its main file).
pub fn copy_of(base: &Path, dir: &Path, name: &str) -> PathBuf {
    let to = dir.join(name);
    std::fs::copy(base, &to).unwrap();
    for ext in ["-wal", "-shm"] {
        let from = PathBuf::from(format!("{}{ext}", base.display()));
        // A test reading the base meanwhile (another thread) creates and removes these
        // on close; the base itself was closed whole, so a vanished one held nothing.
        match std::fs::copy(&from, format!("{}{ext}", to.display())) {
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
            other => {
                other.unwrap();
            }
        }
    }
    to
}

pub fn sql(db: &Path) -> rusqlite::Connection {
    let c = rusqlite::Connection::open(db).unwrap();
    c.busy_timeout(std::time::Duration::from_secs(10)).unwrap();
    c
}

pub fn count(db: &Path, query: &str) -> i64 {
    sql(db).query_row(query, [], |r| r.get(0)).unwrap()
}

pub fn sha256_file(path: &Path) -> String {
    use sha2::Digest;
    let bytes = std::fs::read(path).unwrap();
    sha2::Sha256::digest(&bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// Every file below `dir`, temporary ones included.
pub fn files_below(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        let Ok(entries) = std::fs::read_dir(&d) else {
            continue;
        };
        for e in entries.flatten() {
            let p = e.path();
            if p.is_dir() {
                stack.push(p);
            } else {
                out.push(p);
            }
        }
    }
    out.sort();
    out
}

/// No file below `dir` lies about being logged: each is in `files_written` with its
/// exact hash, and no temporary file is left. Returns how many files were checked.
pub fn every_file_logged(db: &Path, dir: &Path) -> usize {
    let conn = sql(db);
    let files = files_below(dir);
    for f in &files {
        let name = f.file_name().unwrap().to_string_lossy().to_string();
        assert!(
            !name.ends_with(".ardoise-partial"),
            "a temporary file was left: {}",
            f.display()
        );
        let logged: Option<String> = conn
            .query_row(
                "SELECT sha256 FROM files_written WHERE path = ?1 ORDER BY id DESC LIMIT 1",
                [f.display().to_string()],
                |r| r.get(0),
            )
            .ok();
        let Some(logged) = logged else {
            panic!("{} is on disk but not logged", f.display());
        };
        assert_eq!(
            logged,
            sha256_file(f),
            "{} differs from its log",
            f.display()
        );
    }
    files.len()
}

/// How many trials a test makes: `ARDOISE_TRIALS` when set (a bigger local run), else
/// `ci`.
pub fn trials(ci: usize) -> usize {
    std::env::var("ARDOISE_TRIALS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(ci)
}
