//! The one way a document leaves the book: render, write a temporary file beside the
//! target, fsync, commit its log row, then give it its name.
//!
//! Invariants:
//! - a file named in `files_written` has the hash logged there: the temporary file is
//!   complete and durable before the row commits, and takes its name only after;
//! - an existing file is never overwritten: a batch picks a new name (`x (2).pdf`), a
//!   file named by the user is refused;
//! - a run killed before its commit leaves only temporary files, removed at the next
//!   start; one killed after its commit has its files named at the next start.
//!
//! Use: [`Outbox::prepare`] the folders before the write transaction, [`Outbox::stage`]
//! each file inside it (logging its row), then [`Outbox::publish`] once committed; a
//! dropped outbox that was not published removes its temporary files.

use std::fs::{File, OpenOptions};
use std::io::Write;
use std::path::{Path, PathBuf};

use ardoise_store::{Db, NewFileWritten, Store};
use chrono::{DateTime, Utc};
use sha2::{Digest, Sha256};

use crate::{AppError, Ardoise, Audit, AuditId, Result, Session};

/// Temporary files end so; the next start recognises what a killed run left.
const PARTIAL: &str = ".ardoise-partial";

/// What a file may be named when its name is taken.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Naming {
    /// The name the user typed or picked: refused when taken.
    Exact,
    /// A name Ardoise chose: `name (2).pdf`, `name (3).pdf`… when taken.
    Fresh,
}

/// One file of a document about to leave the book.
pub(crate) struct FileOut<'a> {
    pub kind: &'a str,
    pub customer_id: Option<i64>,
    pub communication_id: Option<i64>,
    pub bytes: &'a [u8],
}

struct Staged {
    temp: PathBuf,
    target: PathBuf,
}

/// Files staged in one write transaction.
#[derive(Default)]
pub(crate) struct Outbox {
    staged: Vec<Staged>,
    published: bool,
}

pub(crate) fn sha256_hex(bytes: &[u8]) -> String {
    let digest = Sha256::digest(bytes);
    digest.iter().map(|b| format!("{b:02x}")).collect()
}

fn file_error(path: &Path, e: std::io::Error) -> AppError {
    AppError::File {
        path: path.display().to_string(),
        detail: e.to_string(),
    }
}

pub(crate) fn temp_of(target: &Path) -> PathBuf {
    let name = target
        .file_name()
        .map(|n| n.to_string_lossy().to_string())
        .unwrap_or_default();
    target.with_file_name(format!(".{name}{PARTIAL}"))
}

/// The target a temporary file stands for, if `path` is one of ours.
fn target_of(temp: &Path) -> Option<PathBuf> {
    let name = temp.file_name()?.to_str()?;
    let inner = name.strip_prefix('.')?.strip_suffix(PARTIAL)?;
    (!inner.is_empty()).then(|| temp.with_file_name(inner))
}

/// `Relevé (2).pdf` for the second try of `Relevé.pdf`.
fn numbered(target: &Path, n: u32) -> PathBuf {
    let stem = target
        .file_stem()
        .map(|s| s.to_string_lossy().to_string())
        .unwrap_or_default();
    let name = match target.extension() {
        Some(ext) => format!("{stem} ({n}).{}", ext.to_string_lossy()),
        None => format!("{stem} ({n})"),
    };
    target.with_file_name(name)
}

/// An absolute path, so the log names the file wherever the program was started from.
fn absolute(path: &Path) -> Result<PathBuf> {
    std::path::absolute(path).map_err(|e| file_error(path, e))
}

fn sync_dir(dir: &Path) {
    // Makes the new name durable; not every platform opens a folder as a file (Windows),
    // and the data itself was synced before the log row committed.
    if let Ok(d) = File::open(dir) {
        let _ = d.sync_all();
    }
}

impl Outbox {
    /// Creates the folders and records them in the book (in a transaction of their own,
    /// committed first), so a run killed before its commit has its temporary files found.
    pub fn prepare(store: &Store, folders: &[&Path]) -> Result<()> {
        let mut paths = Vec::new();
        // A bare file name ("releve.pdf") is in the current folder.
        let here = Path::new(".");
        for dir in folders
            .iter()
            .map(|d| if d.as_os_str().is_empty() { here } else { d })
        {
            std::fs::create_dir_all(dir).map_err(|e| file_error(dir, e))?;
            paths.push(absolute(dir)?.display().to_string());
        }
        store.write(|db| -> Result<()> {
            for p in &paths {
                db.add_document_folder(p)?;
            }
            Ok(())
        })
    }

    /// Inside the write transaction: picks the file's name and writes and syncs its
    /// temporary file. Returns the path the file will have once published.
    pub fn stage(&mut self, target: &Path, naming: Naming, bytes: &[u8]) -> Result<PathBuf> {
        let wanted = absolute(target)?;
        if let Some(dir) = wanted.parent() {
            std::fs::create_dir_all(dir).map_err(|e| file_error(dir, e))?;
        }
        let mut n = 1;
        let (target, mut out) = loop {
            let candidate = if n == 1 {
                wanted.clone()
            } else {
                numbered(&wanted, n)
            };
            // A temporary file of that name (another run between its commit and its
            // rename) makes `create_new` fail below, so the name is passed over too.
            let taken = candidate.exists() || self.staged.iter().any(|s| s.target == candidate);
            if !taken {
                let temp = temp_of(&candidate);
                match OpenOptions::new().write(true).create_new(true).open(&temp) {
                    Ok(f) => break (candidate, f),
                    Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {}
                    Err(e) => return Err(file_error(&temp, e)),
                }
            }
            if naming == Naming::Exact {
                return Err(AppError::FileExists(candidate.display().to_string()));
            }
            n += 1;
        };
        let temp = temp_of(&target);
        self.staged.push(Staged {
            temp: temp.clone(),
            target: target.clone(),
        });
        out.write_all(bytes)
            .and_then(|_| out.sync_all())
            .map_err(|e| file_error(&temp, e))?;
        Ok(target)
    }

    /// Inside the same transaction: the row that names the staged file and its hash.
    pub fn log(
        &self,
        db: &Db<'_>,
        path: &Path,
        file: FileOut<'_>,
        staff_id: i64,
        now: DateTime<Utc>,
    ) -> Result<i64> {
        Ok(db.insert_file_written(
            &NewFileWritten {
                kind: file.kind,
                staff_id: Some(staff_id),
                customer_id: file.customer_id,
                communication_id: file.communication_id,
                path: &path.display().to_string(),
                sha256: &sha256_hex(file.bytes),
                size: file.bytes.len() as u64,
            },
            now,
        )?)
    }

    /// Both at once, for a file no other row points to.
    pub fn send(
        &mut self,
        db: &Db<'_>,
        target: &Path,
        naming: Naming,
        file: FileOut<'_>,
        staff_id: i64,
        now: DateTime<Utc>,
    ) -> Result<PathBuf> {
        let path = self.stage(target, naming, file.bytes)?;
        self.log(db, &path, file, staff_id, now)?;
        Ok(path)
    }

    /// After the commit: every staged file takes its name.
    pub fn publish(mut self) -> Result<()> {
        self.published = true;
        let mut first_error = None;
        let mut dirs: Vec<&Path> = Vec::new();
        for s in &self.staged {
            if let Err(e) = give_name(&s.temp, &s.target) {
                first_error.get_or_insert(e);
            }
            if let Some(d) = s.target.parent() {
                if !dirs.contains(&d) {
                    dirs.push(d);
                }
            }
        }
        for d in dirs {
            sync_dir(d);
        }
        first_error.map_or(Ok(()), Err)
    }
}

impl Drop for Outbox {
    fn drop(&mut self) {
        if !self.published {
            for s in &self.staged {
                let _ = std::fs::remove_file(&s.temp);
            }
        }
    }
}

/// The path a file took.
struct Written(PathBuf);

impl AuditId for Written {
    fn audit_id(&self) -> Option<i64> {
        None
    }
}

impl Ardoise {
    /// Sends one file out through the outbox in a transaction of its own (or the
    /// caller's): an invoice saved as PDF, an export, a combined print file.
    pub(crate) fn send_file(
        &self,
        session: &Session,
        target: &Path,
        naming: Naming,
        kind: &str,
        customer_id: Option<i64>,
        bytes: &[u8],
    ) -> Result<PathBuf> {
        if let Some(dir) = target.parent().filter(|d| !d.as_os_str().is_empty()) {
            Outbox::prepare(&self.store, &[dir])?;
        }
        let now = self.clock.now();
        let mut outbox = Outbox::default();
        let written = self.write(
            session,
            Audit {
                action: "file.write",
                entity: "file",
                entity_id: None,
                detail: serde_json::json!({ "kind": kind, "path": target.display().to_string() }),
            },
            |db| {
                let file = FileOut {
                    kind,
                    customer_id,
                    communication_id: None,
                    bytes,
                };
                outbox
                    .send(db, target, naming, file, session.staff_id, now)
                    .map(Written)
            },
        )?;
        self.publish(outbox)?;
        Ok(written.0)
    }
}

/// Names the temporary file without ever replacing a file: a hard link fails when the
/// name is taken. Where links are not supported (some network shares), a rename after a
/// last look.
fn give_name(temp: &Path, target: &Path) -> Result<()> {
    match std::fs::hard_link(temp, target) {
        Ok(()) => std::fs::remove_file(temp).map_err(|e| file_error(temp, e)),
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {
            // Named already by another process finishing the same outbox (the next
            // start's recovery): the same bytes, so the temporary file can go.
            if same_bytes(temp, target) {
                let _ = std::fs::remove_file(temp);
                Ok(())
            } else {
                Err(AppError::FileExists(target.display().to_string()))
            }
        }
        Err(e) if e.kind() == std::io::ErrorKind::NotFound && target.exists() => Ok(()),
        Err(_) if !target.exists() => {
            std::fs::rename(temp, target).map_err(|e| file_error(target, e))
        }
        Err(e) => Err(file_error(target, e)),
    }
}

fn same_bytes(a: &Path, b: &Path) -> bool {
    match (std::fs::read(a), std::fs::read(b)) {
        (Ok(x), Ok(y)) => x == y,
        _ => false,
    }
}

/// What the recovery at start did.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Recovered {
    /// Files logged before a crash that now have their name.
    pub named: usize,
    /// Temporary files of runs that never committed, removed.
    pub removed: usize,
}

/// Finishes what a killed run left: a temporary file whose row committed takes its
/// name; one whose row never committed is removed. Runs under the write lock, so no run
/// in progress in another process is mistaken for a dead one (its temporary files exist
/// only while it holds the lock, or after its commit).
///
/// It looks in every folder documents were sent to, and through the book's own
/// documents folder `documents` (where a run inside a larger transaction, the demo's,
/// may not have had its folder recorded).
pub fn recover(store: &Store, documents: &Path) -> Result<Recovered> {
    let leftovers = |folders: Vec<String>| -> Vec<PathBuf> {
        let mut found = Vec::new();
        let mut stack: Vec<(PathBuf, u8)> =
            folders.into_iter().map(|f| (PathBuf::from(f), 0)).collect();
        stack.push((documents.to_path_buf(), 3));
        while let Some((dir, depth)) = stack.pop() {
            let Ok(entries) = std::fs::read_dir(&dir) else {
                continue;
            };
            for path in entries.flatten().map(|e| e.path()) {
                if target_of(&path).is_some() && !found.contains(&path) {
                    found.push(path);
                } else if depth > 0 && path.is_dir() {
                    stack.push((path, depth - 1));
                }
            }
        }
        found
    };
    // Most starts find nothing to do: look first, without taking the book's lock.
    if leftovers(store.read().document_folders()?).is_empty() {
        return Ok(Recovered::default());
    }
    store.write(|db| -> Result<Recovered> {
        let mut done = Recovered::default();
        for temp in leftovers(db.document_folders()?) {
            let Some(target) = target_of(&temp) else {
                continue;
            };
            let logged = db.file_written_at(&target.display().to_string())?;
            let bytes = std::fs::read(&temp).unwrap_or_default();
            match logged {
                Some(f) if f.sha256 == sha256_hex(&bytes) && !target.exists() => {
                    if give_name(&temp, &target).is_ok() {
                        done.named += 1;
                    }
                }
                Some(f) if f.sha256 == sha256_hex(&bytes) && same_bytes(&temp, &target) => {
                    let _ = std::fs::remove_file(&temp);
                }
                _ => {
                    if std::fs::remove_file(&temp).is_ok() {
                        done.removed += 1;
                    }
                }
            }
        }
        Ok(done)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hash_is_the_sha256_of_the_bytes() {
        assert_eq!(
            sha256_hex(b"abc"),
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
        );
    }

    #[test]
    fn temporary_names_round_trip() {
        let t = Path::new("/tmp/x/Relevé C-00001.pdf");
        assert_eq!(
            temp_of(t),
            Path::new("/tmp/x/.Relevé C-00001.pdf.ardoise-partial")
        );
        assert_eq!(target_of(&temp_of(t)).as_deref(), Some(t));
        assert_eq!(target_of(Path::new("/tmp/x/Relevé.pdf")), None);
        assert_eq!(numbered(t, 2), Path::new("/tmp/x/Relevé C-00001 (2).pdf"));
    }
}
