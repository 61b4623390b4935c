//! Which file or folder a shell may hand to the system's opener (a viewer, the file
//! manager): only what the book produced, never a path or URL a window made up.
//!
//! - a file the book logged (`files_written`, by its id or its communication's), when it
//!   still has the logged hash: a file swapped in its place is not opened;
//! - a folder, or a PDF or CSV file, inside a folder the book writes to (its documents
//!   folder, the folders it recorded in `document_folders`, or those the user chose in the
//!   system's own dialog this session), once links and `..` are resolved.

use std::path::{Path, PathBuf};

use serde::Deserialize;
use sha2::{Digest, Sha256};
use ts_rs::TS;

use crate::{AppError, Ardoise, Permission, Result, Session};

/// What to open, as the window names it.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum OpenTarget {
    /// A file the book wrote, by its `files_written` id.
    File(i64),
    /// The file a communication (a statement, a letter) was written to.
    Communication(i64),
    /// A folder, or a PDF or CSV file, inside a folder the book writes to.
    Path(String),
}

/// The kinds of file Ardoise writes; nothing else is handed to the opener by path.
const DOCUMENT_EXTENSIONS: &[&str] = &["pdf", "csv"];

impl Ardoise {
    /// The file or folder `target` names, checked as the module says, with links resolved:
    /// what the shell may open. `chosen` are the folders the user picked in the system's
    /// dialog; the documents folder beside the book is always allowed.
    pub fn openable(
        &self,
        session: &Session,
        target: &OpenTarget,
        chosen: &[PathBuf],
    ) -> Result<PathBuf> {
        session.require(Permission::ViewBook)?;
        let db = self.store.read();
        match target {
            OpenTarget::File(id) => {
                let file = db.file_written(*id)?.ok_or(AppError::NotFound("file"))?;
                logged_file(&file.path, &file.sha256)
            }
            OpenTarget::Communication(id) => {
                let file = db
                    .file_of_communication(*id)?
                    .ok_or(AppError::NotFound("file"))?;
                logged_file(&file.path, &file.sha256)
            }
            OpenTarget::Path(path) => {
                let mut roots = vec![crate::paths::documents_dir(&self.path)];
                roots.extend(db.document_folders()?.into_iter().map(PathBuf::from));
                roots.extend(chosen.iter().cloned());
                let found = inside(path, &roots)?;
                if found.is_dir() {
                    return Ok(found);
                }
                let document = found.extension().and_then(|e| e.to_str()).is_some_and(|e| {
                    DOCUMENT_EXTENSIONS.contains(&e.to_ascii_lowercase().as_str())
                });
                if !found.is_file() || !document {
                    return Err(AppError::PathRefused(path.clone()));
                }
                // Logged under the name given or the resolved one: then it must be as written.
                let logged = match db.file_written_at(path)? {
                    Some(f) => Some(f),
                    None => db.file_written_at(&found.display().to_string())?,
                };
                match logged {
                    Some(f) => logged_file(&f.path, &f.sha256),
                    None => Ok(found),
                }
            }
        }
    }
}

/// `path` resolved (links, `..`) when it lies inside one of `roots`, resolved too.
fn inside(path: &str, roots: &[PathBuf]) -> Result<PathBuf> {
    let refused = || AppError::PathRefused(path.to_string());
    if path.is_empty() || !Path::new(path).is_absolute() {
        return Err(refused());
    }
    let roots: Vec<PathBuf> = roots
        .iter()
        .filter_map(|r| std::fs::canonicalize(r).ok())
        .collect();
    let found = match std::fs::canonicalize(path) {
        Ok(found) => found,
        // Missing: said so only inside the book's folders, so the page cannot probe
        // which files exist elsewhere.
        Err(_) if roots.iter().any(|r| Path::new(path).starts_with(r)) => {
            return Err(AppError::FileMissing(path.to_string()))
        }
        Err(_) => return Err(refused()),
    };
    let allowed = roots.iter().any(|root| found.starts_with(root));
    if allowed {
        Ok(found)
    } else {
        Err(refused())
    }
}

/// A logged file, if it is still there with the hash logged when it was written.
fn logged_file(path: &str, sha256: &str) -> Result<PathBuf> {
    let bytes = std::fs::read(path).map_err(|_| AppError::FileMissing(path.to_string()))?;
    let found = format!("{:x}", Sha256::digest(&bytes));
    if !found.eq_ignore_ascii_case(sha256) {
        return Err(AppError::FileChanged(path.to_string()));
    }
    std::fs::canonicalize(path).map_err(|_| AppError::FileMissing(path.to_string()))
}
