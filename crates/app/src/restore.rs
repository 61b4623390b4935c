//! Restoring a backup in place of the open book.
//!
//! The backup is copied beside the book and that copy is checked (integrity, schema
//! version, a book's tables) before anything else happens; a refusal leaves the book as
//! it was, still open. Then the book is closed, kept aside as
//! `<book>.replaced-<date-time>.db`, the checked copy takes its name, and the book is
//! opened again (migrated if the backup is older) with an audit entry saying so.
//!
//! [`Ardoise::restore`] takes the open book and hands back the one that is open
//! afterwards (the restored book, or the same one when refused), so the desktop's state
//! and the CLI close and reopen the connection the same way.

use std::fs::File;
use std::path::{Path, PathBuf};

use ardoise_store::{check_backup, sync_dir, BackupError};
use serde_json::json;

use crate::backup::{local, BackupFailure};
use crate::transport_backup::RestoreDone;
use crate::{AppError, Ardoise, Audit, Permission, Result, Session};

fn with_suffix(path: &Path, suffix: &str) -> PathBuf {
    let mut s = path.as_os_str().to_os_string();
    s.push(suffix);
    PathBuf::from(s)
}

/// Where the replaced book is kept: `ardoise.replaced-2026-12-04T153012.db`.
fn aside(book: &Path, stamp: &str) -> PathBuf {
    let stem = book
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_else(|| "ardoise".into());
    let mut n = 1;
    loop {
        let name = if n == 1 {
            format!("{stem}.replaced-{stamp}.db")
        } else {
            format!("{stem}.replaced-{stamp}-{n}.db")
        };
        let candidate = book.with_file_name(name);
        if !candidate.exists() {
            return candidate;
        }
        n += 1;
    }
}

fn io_error(path: &Path, e: std::io::Error) -> AppError {
    BackupError::Io {
        path: path.to_path_buf(),
        detail: e.to_string(),
    }
    .into()
}

/// Copies `file` beside the book, synced, and checks the copy: what is checked is what
/// becomes the book.
fn staged_copy(file: &Path, book: &Path) -> Result<(PathBuf, ardoise_store::BackupCheck)> {
    // The file as the partner named it first, for a sentence naming their file.
    check_backup(file)?;
    let staged = with_suffix(book, &format!(".restoring-{}", std::process::id()));
    let copied = std::fs::copy(file, &staged)
        .and_then(|_| File::open(&staged)?.sync_all())
        .map_err(|e| io_error(&staged, e));
    let checked = copied.and_then(|()| Ok(check_backup(&staged)?));
    match checked {
        Ok(check) => Ok((staged, check)),
        Err(e) => {
            let _ = std::fs::remove_file(&staged);
            Err(e)
        }
    }
}

fn same_file(a: &Path, b: &Path) -> bool {
    match (std::fs::canonicalize(a), std::fs::canonicalize(b)) {
        (Ok(a), Ok(b)) => a == b,
        _ => false,
    }
}

impl Ardoise {
    /// Replaces the book with the backup `file`. Returns the book open afterwards: the
    /// restored one, or this one unchanged when the restore was refused; `None` only if
    /// the file could not be opened again once closed (the error says why).
    pub fn restore(self, session: &Session, file: &Path) -> (Option<Ardoise>, Result<RestoreDone>) {
        if let Err(e) = session.require(Permission::ManageBook) {
            return (Some(self), Err(e));
        }
        if self.path == Path::new(":memory:") {
            return (Some(self), Err(BackupFailure::InMemory.into()));
        }
        if same_file(file, &self.path) {
            return (Some(self), Err(BackupFailure::SameFile.into()));
        }
        let (staged, check) = match staged_copy(file, &self.path) {
            Ok(s) => s,
            Err(e) => return (Some(self), Err(e)),
        };
        // Everything committed moves from the -wal into the book file, which is then
        // kept aside whole. Another connection holding the log open is another window
        // or script: replacing the book under it would lose its writes.
        let flushed = self.store.checkpoint();
        if !matches!(flushed, Ok(true)) {
            let _ = std::fs::remove_file(&staged);
            let e = flushed.err().map(AppError::from);
            return (Some(self), Err(e.unwrap_or(BackupFailure::InUse.into())));
        }
        let Ardoise {
            store,
            given_clock: clock,
            path,
            ..
        } = self;
        drop(store);
        let reopen = |clock| Ardoise::open(&path, clock);
        if with_suffix(&path, "-wal").exists() {
            let _ = std::fs::remove_file(&staged);
            return match reopen(clock.clone()) {
                Ok(book) => (Some(book), Err(BackupFailure::InUse.into())),
                Err(e) => (None, Err(e)),
            };
        }
        let now = clock.now();
        let replaced = aside(&path, &local(now).format("%Y-%m-%dT%H%M%S").to_string());
        if let Err(e) = std::fs::rename(&path, &replaced) {
            let _ = std::fs::remove_file(&staged);
            return match reopen(clock.clone()) {
                Ok(book) => (Some(book), Err(io_error(&replaced, e))),
                Err(e) => (None, Err(e)),
            };
        }
        let _ = std::fs::remove_file(with_suffix(&path, "-shm"));
        if let Err(e) = std::fs::rename(&staged, &path) {
            let _ = std::fs::rename(&replaced, &path);
            let _ = std::fs::remove_file(&staged);
            return match reopen(clock.clone()) {
                Ok(book) => (Some(book), Err(io_error(&path, e))),
                Err(e) => (None, Err(e)),
            };
        }
        sync_dir(&path);
        let book = match reopen(clock.clone()) {
            Ok(b) => b,
            Err(e) => {
                // The checked copy would not open: the replaced book goes back.
                let _ = std::fs::remove_file(&path);
                let _ = std::fs::rename(&replaced, &path);
                return match reopen(clock.clone()) {
                    Ok(book) => (Some(book), Err(e)),
                    Err(e) => (None, Err(e)),
                };
            }
        };
        let done = RestoreDone {
            file: file.display().to_string(),
            replaced: replaced.display().to_string(),
            schema_version: check.schema_version,
            customers: check.customers,
            invoices: check.invoices,
        };
        let audited = book
            .session(session.staff_id)
            .or_else(|_| book.admin_session())
            .and_then(|s| {
                book.write(
                    &s,
                    Audit {
                        action: "book.restore",
                        entity: "book",
                        entity_id: None,
                        detail: json!({ "file": done.file, "replaced": done.replaced }),
                    },
                    |_| Ok(()),
                )
            });
        match audited {
            Ok(()) => (Some(book), Ok(done)),
            Err(e) => (Some(book), Err(e)),
        }
    }
}
