//! Backups of the book and restoring one: to the folder the partner chose (by default
//! `backups` beside the book), named by the minute, rotated (14 daily, 12 monthly).
//!
//! A backup is three steps so a shell need not hold the book while the copy runs:
//! [`Ardoise::backup_job`] (permission, folder, name), [`BackupJob::run`] (the copy, from
//! a connection of its own), [`Ardoise::backup_record`] (audit entry, last backup, the
//! rotation). [`Ardoise::backup_now`] does all three.

use ardoise_domain::words::tr;
use std::path::{Path, PathBuf};
use std::time::Instant;

use ardoise_domain::Lang;
pub use ardoise_store::BackupPace;
use ardoise_store::{backup_book, check_backup, BackupError};
use chrono::{DateTime, Local, NaiveDateTime, Utc};
use serde_json::json;

use crate::backup_rotation::{file_name, parse_name, to_delete};
use crate::transport_backup::{BackupDone, BackupStatus, RestoreCandidate};
use crate::{Ardoise, Audit, Permission, Result, Session};

const FOLDER_KEY: &str = "backup.folder";
const LAST_AT_KEY: &str = "backup.last_at";
const LAST_FILE_KEY: &str = "backup.last_file";

/// Why a backup or a restore did not happen, as the partner reads it.
#[derive(Debug, thiserror::Error)]
pub enum BackupFailure {
    #[error(transparent)]
    Store(#[from] BackupError),
    /// Another window or script has the book open: replacing it under them would lose
    /// their writes.
    #[error("the book is open elsewhere")]
    InUse,
    #[error("the file is the open book itself")]
    SameFile,
    #[error("the book has no file")]
    InMemory,
}

impl BackupFailure {
    pub fn message(&self, lang: Lang) -> String {
        match self {
            BackupFailure::Store(e) => match e {
                BackupError::Exists(p) => tr!(lang, BACKUP_EXISTS, path = shown(p)),
                BackupError::Io { path, detail } => tr!(
                    lang,
                    BACKUP_IO,
                    path = shown(path),
                    detail = detail.as_str()
                ),
                BackupError::NotSqlite { path } => tr!(lang, BACKUP_NOT_SQLITE, path = shown(path)),
                BackupError::Corrupt { path, findings } => tr!(
                    lang,
                    BACKUP_CORRUPT,
                    path = shown(path),
                    finding = first(findings)
                ),
                BackupError::TooNew {
                    path,
                    found,
                    supported,
                } => tr!(
                    lang,
                    BACKUP_TOO_NEW,
                    path = shown(path),
                    found = found.to_string(),
                    supported = supported.to_string()
                ),
                BackupError::NotABook { path, .. } => {
                    tr!(lang, BACKUP_NOT_A_BOOK, path = shown(path))
                }
                BackupError::Busy => tr!(lang, BACKUP_BUSY),
                BackupError::Sql { path, detail } => tr!(
                    lang,
                    BACKUP_SQL,
                    path = shown(path),
                    detail = detail.as_str()
                ),
            },
            BackupFailure::InUse => tr!(lang, BACKUP_IN_USE),
            BackupFailure::SameFile => tr!(lang, BACKUP_SAME_FILE),
            BackupFailure::InMemory => tr!(lang, BACKUP_IN_MEMORY),
        }
    }
}

fn shown(path: &std::path::Path) -> String {
    path.display().to_string()
}

fn first(findings: &[String]) -> &str {
    findings.first().map(String::as_str).unwrap_or("?")
}

impl From<BackupError> for crate::AppError {
    fn from(e: BackupError) -> Self {
        crate::AppError::Backup(BackupFailure::Store(e))
    }
}

impl From<BackupFailure> for crate::AppError {
    fn from(e: BackupFailure) -> Self {
        crate::AppError::Backup(e)
    }
}

/// A backup decided on (who, where, under which name) and not yet made.
#[derive(Debug, Clone)]
pub struct BackupJob {
    book: PathBuf,
    folder: PathBuf,
    at: NaiveDateTime,
    pace: BackupPace,
}

/// A backup made by [`BackupJob::run`], to be recorded in the book.
#[derive(Debug, Clone)]
pub struct BackupMade {
    pub file: PathBuf,
    pub bytes: u64,
    pub millis: u128,
    /// Steps of the copy, and how many times another connection's write restarted it.
    pub steps: u32,
    pub restarts: u32,
    folder: PathBuf,
}

impl BackupJob {
    /// Paces the copy otherwise (the benchmark compares paces).
    pub fn with_pace(mut self, pace: BackupPace) -> Self {
        self.pace = pace;
        self
    }

    pub fn folder(&self) -> &Path {
        &self.folder
    }

    /// Copies the book into the folder. Needs no access to the open book: a shell runs
    /// it without holding the book, so the window stays usable meanwhile.
    pub fn run(&self) -> Result<BackupMade> {
        std::fs::create_dir_all(&self.folder).map_err(|e| BackupError::Io {
            path: self.folder.clone(),
            detail: e.to_string(),
        })?;
        let started = Instant::now();
        for n in 1..100 {
            let target = self.folder.join(file_name(self.at, n));
            match backup_book(&self.book, &target, self.pace) {
                Err(BackupError::Exists(_)) => continue,
                Err(e) => return Err(e.into()),
                Ok(report) => {
                    return Ok(BackupMade {
                        file: report.path,
                        bytes: report.bytes,
                        millis: started.elapsed().as_millis(),
                        steps: report.steps,
                        restarts: report.restarts,
                        folder: self.folder.clone(),
                    })
                }
            }
        }
        Err(BackupError::Exists(self.folder.join(file_name(self.at, 99))).into())
    }
}

/// The local wall-clock time of `now`, as backup names carry it.
pub(crate) fn local(now: DateTime<Utc>) -> NaiveDateTime {
    now.with_timezone(&Local).naive_local()
}

impl Ardoise {
    /// The folder backups go to: the partner's choice, or `backups` beside the book.
    fn backup_folder(&self) -> Result<(PathBuf, bool)> {
        match self.store.read().setting(FOLDER_KEY)? {
            Some(f) if !f.is_empty() => Ok((PathBuf::from(f), true)),
            _ => Ok((default_folder(&self.path), false)),
        }
    }

    /// Decides a backup: checks the permission and where it goes (`to`, else the
    /// folder of the settings).
    pub fn backup_job(&self, session: &Session, to: Option<&Path>) -> Result<BackupJob> {
        session.require(Permission::ManageBook)?;
        if self.path == Path::new(":memory:") {
            return Err(BackupFailure::InMemory.into());
        }
        let folder = match to {
            Some(dir) => dir.to_path_buf(),
            None => self.backup_folder()?.0,
        };
        Ok(BackupJob {
            book: self.path.clone(),
            folder,
            at: local(self.clock.now()),
            pace: BackupPace::default(),
        })
    }

    /// Records a backup made: the audit entry and the last backup, then the rotation
    /// of its folder (the newest of each of the last 14 days and 12 months are kept).
    pub fn backup_record(&self, session: &Session, made: &BackupMade) -> Result<BackupDone> {
        session.require(Permission::ManageBook)?;
        let now = self.clock.now();
        let deleted = rotate(&made.folder, local(now));
        let kept = ours_in(&made.folder).len() as i64;
        let file = made.file.display().to_string();
        self.write(
            session,
            Audit {
                action: "book.backup",
                entity: "book",
                entity_id: None,
                detail: json!({ "file": file, "bytes": made.bytes, "deleted": deleted }),
            },
            |db| {
                db.set_setting(LAST_AT_KEY, &now.to_rfc3339())?;
                db.set_setting(LAST_FILE_KEY, &file)?;
                Ok(())
            },
        )?;
        Ok(BackupDone {
            file,
            bytes: made.bytes as i64,
            millis: made.millis as i64,
            deleted,
            kept,
        })
    }

    /// Backs the book up now, to `to` or the folder of the settings.
    pub fn backup_now(&self, session: &Session, to: Option<&Path>) -> Result<BackupDone> {
        let made = self.backup_job(session, to)?.run()?;
        self.backup_record(session, &made)
    }

    /// Where backups go and whether the last one is recent (under 24 hours).
    pub fn backup_status(&self, session: &Session) -> Result<BackupStatus> {
        // Everyone sees whether the book is backed up (the Today warning); only the
        // book's managers change it.
        session.require(Permission::ViewBook)?;
        let db = self.store.read();
        let (folder, chosen) = self.backup_folder()?;
        let last_at = db.setting(LAST_AT_KEY)?;
        let recent = last_at
            .as_deref()
            .and_then(|s| DateTime::parse_from_rfc3339(s).ok())
            .map(|t| {
                let age = self.clock.now() - t.with_timezone(&Utc);
                age < chrono::Duration::hours(24) && age > -chrono::Duration::hours(1)
            })
            .unwrap_or(false);
        Ok(BackupStatus {
            folder: folder.display().to_string(),
            chosen,
            last_at,
            last_file: db.setting(LAST_FILE_KEY)?,
            recent,
        })
    }

    /// Keeps the folder backups go to; `None` goes back to `backups` beside the book.
    pub fn set_backup_folder(
        &self,
        session: &Session,
        folder: Option<&Path>,
    ) -> Result<BackupStatus> {
        session.require(Permission::ManageBook)?;
        if let Some(dir) = folder {
            std::fs::create_dir_all(dir).map_err(|e| BackupError::Io {
                path: dir.to_path_buf(),
                detail: e.to_string(),
            })?;
        }
        let value = folder.map(|d| {
            std::path::absolute(d)
                .unwrap_or_else(|_| d.to_path_buf())
                .display()
                .to_string()
        });
        self.write(
            session,
            Audit {
                action: "settings.backup_folder",
                entity: "settings",
                entity_id: None,
                detail: json!({ "folder": value }),
            },
            |db| match &value {
                Some(v) => Ok(db.set_setting(FOLDER_KEY, v)?),
                None => Ok(db.delete_setting(FOLDER_KEY)?),
            },
        )?;
        self.backup_status(session)
    }

    /// Benchmarks only: commits with `synchronous=NORMAL` (`false`) or FULL, to print
    /// what durability costs.
    #[doc(hidden)]
    pub fn set_synchronous_full(&self, full: bool) -> Result<()> {
        Ok(self.store.set_synchronous_full(full)?)
    }

    /// Checks a file as a restore would, without restoring it: what the confirmation
    /// tells the partner about it.
    pub fn check_backup_file(&self, session: &Session, file: &Path) -> Result<RestoreCandidate> {
        session.require(Permission::ManageBook)?;
        let c = check_backup(file)?;
        Ok(RestoreCandidate {
            file: file.display().to_string(),
            schema_version: c.schema_version,
            customers: c.customers,
            invoices: c.invoices,
        })
    }
}

/// `backups` beside the book.
pub fn default_folder(book: &Path) -> PathBuf {
    book.parent()
        .filter(|d| !d.as_os_str().is_empty())
        .map(|d| d.join("backups"))
        .unwrap_or_else(|| PathBuf::from("backups"))
}

/// Our backups in `folder`, by name.
fn ours_in(folder: &Path) -> Vec<String> {
    let Ok(entries) = std::fs::read_dir(folder) else {
        return Vec::new();
    };
    entries
        .filter_map(|e| e.ok())
        .filter(|e| e.file_type().map(|t| t.is_file()).unwrap_or(false))
        .filter_map(|e| e.file_name().into_string().ok())
        .filter(|n| parse_name(n).is_some())
        .collect()
}

/// Deletes what the rotation does not keep, and the temporary files a killed backup left
/// (an hour old at least, so a backup still running elsewhere is not touched).
fn rotate(folder: &Path, now: NaiveDateTime) -> Vec<String> {
    let names = ours_in(folder);
    let refs: Vec<&str> = names.iter().map(String::as_str).collect();
    let mut deleted = Vec::new();
    for name in to_delete(&refs, now) {
        if std::fs::remove_file(folder.join(name)).is_ok() {
            deleted.push(name.to_string());
        }
    }
    if let Ok(entries) = std::fs::read_dir(folder) {
        for e in entries.filter_map(|e| e.ok()) {
            let name = e.file_name().to_string_lossy().into_owned();
            let stale = e
                .metadata()
                .and_then(|m| m.modified())
                .ok()
                .and_then(|t| t.elapsed().ok())
                .is_some_and(|age| age.as_secs() > 3600);
            let temporary = name.ends_with(".tmp") || name.ends_with(".tmp-journal");
            if name.starts_with(".ardoise-") && temporary && stale {
                let _ = std::fs::remove_file(e.path());
            }
        }
    }
    deleted
}
