//! Copies of the book taken while it is open, and the check a copy passes before it may
//! replace the book.
//!
//! A backup goes through SQLite's online backup API from a connection of its own, so a
//! window or a script keeps writing meanwhile. It copies a few pages per step and sleeps
//! between steps; in WAL mode each step only reads, so writers are not blocked, but a
//! write from another connection restarts the copy. After a restart the rest is copied
//! in one step: one read snapshot, which in WAL mode never blocks a writer (measured by
//! `ardoise bench backup`: re-copying after restarts only costs time and disk).
//! The copy lands in a temporary file beside the target, is synced, then takes its name;
//! an existing file is never replaced.

use std::fs::File;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use rusqlite::backup::{Backup, StepResult};
use rusqlite::{Connection, OpenFlags};

use crate::open::SCHEMA_VERSION;

/// Tables every Ardoise book has had since its first schema.
const BOOK_TABLES: &[&str] = &[
    "partner",
    "staff",
    "audit_log",
    "settings",
    "customers",
    "invoices",
    "invoice_lines",
    "payments",
];

/// How a backup is paced.
#[derive(Debug, Clone, Copy)]
pub struct BackupPace {
    /// Pages copied per step (4 KiB each).
    pub pages_per_step: i32,
    /// Pause between steps, so another process's writer gets the book.
    pub pause: Duration,
    /// Restarts (another connection wrote meanwhile) tolerated before the rest is copied
    /// in one step.
    pub restarts_before_one_step: u32,
}

impl Default for BackupPace {
    fn default() -> Self {
        // 100 pages a step kept a writer's longest wait under 100 ms on the
        // 600,000-invoice book (1,024 pages: 110–125 ms), at the same total duration.
        BackupPace {
            pages_per_step: 100,
            pause: Duration::from_millis(5),
            restarts_before_one_step: 1,
        }
    }
}

/// What a finished backup did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BackupReport {
    pub path: PathBuf,
    pub bytes: u64,
    pub pages: i32,
    pub steps: u32,
    /// Times another connection's write made the copy start again.
    pub restarts: u32,
}

/// Why a backup could not be made, or why a file may not replace the book.
#[derive(Debug, thiserror::Error)]
pub enum BackupError {
    #[error("{0} already exists")]
    Exists(PathBuf),
    #[error("{path}: {detail}")]
    Io { path: PathBuf, detail: String },
    #[error("{path} is not a SQLite file")]
    NotSqlite { path: PathBuf },
    #[error("{path} is damaged: {findings:?}")]
    Corrupt {
        path: PathBuf,
        findings: Vec<String>,
    },
    #[error("{path} is at schema version {found}, newer than {supported}")]
    TooNew {
        path: PathBuf,
        found: i64,
        supported: i64,
    },
    #[error("{path} is not an Ardoise book (missing {missing:?})")]
    NotABook { path: PathBuf, missing: Vec<String> },
    #[error("another program is writing to the book")]
    Busy,
    #[error("{path}: {detail}")]
    Sql { path: PathBuf, detail: String },
}

fn io(path: &Path) -> impl Fn(std::io::Error) -> BackupError + '_ {
    move |e| BackupError::Io {
        path: path.to_path_buf(),
        detail: e.to_string(),
    }
}

fn sql(path: &Path) -> impl Fn(rusqlite::Error) -> BackupError + '_ {
    move |e| match &e {
        rusqlite::Error::SqliteFailure(f, _) if f.code == rusqlite::ErrorCode::NotADatabase => {
            BackupError::NotSqlite {
                path: path.to_path_buf(),
            }
        }
        rusqlite::Error::SqliteFailure(f, _) if f.code == rusqlite::ErrorCode::DatabaseCorrupt => {
            BackupError::Corrupt {
                path: path.to_path_buf(),
                findings: vec![e.to_string()],
            }
        }
        rusqlite::Error::SqliteFailure(f, _)
            if matches!(
                f.code,
                rusqlite::ErrorCode::DatabaseBusy | rusqlite::ErrorCode::DatabaseLocked
            ) =>
        {
            BackupError::Busy
        }
        _ => BackupError::Sql {
            path: path.to_path_buf(),
            detail: e.to_string(),
        },
    }
}

/// The temporary name a file is written under before it takes `target`'s name: one per
/// process, so two backups started together never share it.
pub fn temporary_beside(target: &Path) -> PathBuf {
    let name = target
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "ardoise.db".into());
    target.with_file_name(format!(".{name}.{}.tmp", std::process::id()))
}

/// Backs the book at `book` up to `target` (which must not exist yet), paced as `pace`
/// says, while other connections keep reading and writing the book.
pub fn backup_book(
    book: &Path,
    target: &Path,
    pace: BackupPace,
) -> Result<BackupReport, BackupError> {
    if target.exists() {
        return Err(BackupError::Exists(target.to_path_buf()));
    }
    let temp = temporary_beside(target);
    let _ = std::fs::remove_file(&temp);
    let out = copy_into(book, &temp, pace).and_then(|report| {
        File::open(&temp)
            .and_then(|f| f.sync_all())
            .map_err(io(&temp))?;
        publish(&temp, target)?;
        Ok(BackupReport {
            path: target.to_path_buf(),
            ..report
        })
    });
    if out.is_err() {
        let _ = std::fs::remove_file(&temp);
        let _ = std::fs::remove_file(journal_of(&temp));
    }
    out
}

fn journal_of(path: &Path) -> PathBuf {
    let mut s = path.as_os_str().to_os_string();
    s.push("-journal");
    PathBuf::from(s)
}

fn copy_into(book: &Path, temp: &Path, pace: BackupPace) -> Result<BackupReport, BackupError> {
    let src = Connection::open_with_flags(
        book,
        OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX,
    )
    .map_err(sql(book))?;
    src.busy_timeout(Duration::from_secs(5))
        .map_err(sql(book))?;
    let mut dst = Connection::open(temp).map_err(sql(temp))?;
    // The copy is a new file, synced whole before it takes its name, and deleted if
    // anything fails: no journal and no sync per step, so its writes compete less with
    // the book's own commits for the disk.
    dst.pragma_update(None, "journal_mode", "OFF")
        .map_err(sql(temp))?;
    dst.pragma_update(None, "synchronous", "OFF")
        .map_err(sql(temp))?;
    let mut steps = 0u32;
    let mut restarts = 0u32;
    {
        let backup = Backup::new(&src, &mut dst).map_err(sql(temp))?;
        let mut remaining = i32::MAX;
        let mut busy_since: Option<Instant> = None;
        loop {
            let pages = if restarts >= pace.restarts_before_one_step {
                -1
            } else {
                pace.pages_per_step
            };
            let result = backup.step(pages).map_err(sql(book))?;
            steps += 1;
            let p = backup.progress();
            if p.remaining > remaining {
                restarts += 1;
            }
            remaining = p.remaining;
            match result {
                StepResult::Done => break,
                StepResult::More => busy_since = None,
                StepResult::Busy | StepResult::Locked => {
                    let since = *busy_since.get_or_insert_with(Instant::now);
                    if since.elapsed() > Duration::from_secs(30) {
                        return Err(BackupError::Busy);
                    }
                }
                _ => {}
            }
            std::thread::sleep(pace.pause);
        }
    }
    let pages: i32 = dst
        .pragma_query_value(None, "page_count", |r| r.get(0))
        .map_err(sql(temp))?;
    drop(dst);
    let bytes = std::fs::metadata(temp).map_err(io(temp))?.len();
    Ok(BackupReport {
        path: temp.to_path_buf(),
        bytes,
        pages,
        steps,
        restarts,
    })
}

/// Gives `temp` the name `target` without ever replacing a file already there, then
/// syncs the folder so the new name survives a power cut.
fn publish(temp: &Path, target: &Path) -> Result<(), BackupError> {
    // A hard link fails when the target exists: no window in which a file could be
    // overwritten. Where links are not supported, check then rename.
    match std::fs::hard_link(temp, target) {
        Ok(()) => {
            std::fs::remove_file(temp).map_err(io(temp))?;
        }
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {
            return Err(BackupError::Exists(target.to_path_buf()));
        }
        Err(_) => {
            if target.exists() {
                return Err(BackupError::Exists(target.to_path_buf()));
            }
            std::fs::rename(temp, target).map_err(io(target))?;
        }
    }
    sync_dir(target);
    Ok(())
}

/// Syncs the folder holding `path` (where the system allows it), so a rename is durable.
pub fn sync_dir(path: &Path) {
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
        if let Ok(d) = File::open(dir) {
            let _ = d.sync_all();
        }
    }
}

/// What a file that passed [`check_backup`] holds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BackupCheck {
    pub schema_version: i64,
    pub customers: i64,
    pub invoices: i64,
}

/// Checks that `path` is a sound Ardoise book this version can open: a SQLite file,
/// `PRAGMA integrity_check` = ok, a schema version no newer than [`SCHEMA_VERSION`],
/// and the tables of a book. The file is opened read-only and left as it is.
pub fn check_backup(path: &Path) -> Result<BackupCheck, BackupError> {
    std::fs::metadata(path).map_err(io(path))?;
    let conn = Connection::open_with_flags(
        file_uri(path),
        OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_URI,
    )
    .map_err(sql(path))?;
    let found: i64 = conn
        .pragma_query_value(None, "user_version", |r| r.get(0))
        .map_err(sql(path))?;
    let findings: Vec<String> = {
        let mut stmt = conn.prepare("PRAGMA integrity_check").map_err(sql(path))?;
        let rows = stmt
            .query_map([], |r| r.get::<_, String>(0))
            .map_err(sql(path))?;
        rows.collect::<rusqlite::Result<_>>().map_err(sql(path))?
    };
    if findings != ["ok"] {
        return Err(BackupError::Corrupt {
            path: path.to_path_buf(),
            findings,
        });
    }
    if found > SCHEMA_VERSION {
        return Err(BackupError::TooNew {
            path: path.to_path_buf(),
            found,
            supported: SCHEMA_VERSION,
        });
    }
    let mut missing = Vec::new();
    for table in BOOK_TABLES {
        let n: i64 = conn
            .query_row(
                "SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name = ?1",
                [table],
                |r| r.get(0),
            )
            .map_err(sql(path))?;
        if n == 0 {
            missing.push(table.to_string());
        }
    }
    if found < 1 || !missing.is_empty() {
        return Err(BackupError::NotABook {
            path: path.to_path_buf(),
            missing,
        });
    }
    let count = |table: &str| -> Result<i64, BackupError> {
        conn.query_row(&format!("SELECT count(*) FROM {table}"), [], |r| r.get(0))
            .map_err(sql(path))
    };
    Ok(BackupCheck {
        schema_version: found,
        customers: count("customers")?,
        invoices: count("invoices")?,
    })
}

/// `file:` URI for a read-only, immutable look: no `-wal` or `-shm` is created or read
/// beside a file that is only being checked.
fn file_uri(path: &Path) -> String {
    let absolute = std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf());
    let text = absolute.to_string_lossy().replace('\\', "/");
    let mut uri = String::from("file:");
    if !text.starts_with('/') {
        uri.push('/');
    }
    for b in text.bytes() {
        if b.is_ascii_alphanumeric() || b"/-._~:".contains(&b) {
            uri.push(b as char);
        } else {
            uri.push_str(&format!("%{b:02X}"));
        }
    }
    uri.push_str("?immutable=1");
    uri
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn uris_escape_what_sqlite_would_read_as_query_or_fragment() {
        let uri = file_uri(Path::new("/tmp/a b/c?d#e%.db"));
        assert_eq!(uri, "file:/tmp/a%20b/c%3Fd%23e%25.db?immutable=1");
    }
}
