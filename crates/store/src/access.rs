//! Whether a book can be written, and why not: the file or its folder cannot be written
//! (permissions, a read-only disk, an immutable file), or the book is damaged.
//!
//! A book that cannot be written still opens for reading; every write is refused with
//! the reason, so nothing half-written can happen and the user is told what to fix.

use std::fs::OpenOptions;
use std::path::{Path, PathBuf};

/// Why a book is open for reading only.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ReadOnly {
    /// The book file itself cannot be written: its permissions, an immutable file, a
    /// read-only disk.
    File { path: String, detail: String },
    /// The folder holding the book cannot be written: SQLite cannot create its journal
    /// (`-wal`) beside the book, so no change could be committed.
    Folder { path: String, detail: String },
    /// SQLite found damage in the file: writing to it could spread the damage.
    Corrupt { path: String, detail: String },
}

impl ReadOnly {
    /// A stable code for programs: `file`, `folder` or `corrupt`.
    pub fn code(&self) -> &'static str {
        match self {
            ReadOnly::File { .. } => "file",
            ReadOnly::Folder { .. } => "folder",
            ReadOnly::Corrupt { .. } => "corrupt",
        }
    }
}

impl std::fmt::Display for ReadOnly {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ReadOnly::File { path, detail } => write!(f, "{path} cannot be written ({detail})"),
            ReadOnly::Folder { path, detail } => {
                write!(f, "the folder {path} cannot be written ({detail})")
            }
            ReadOnly::Corrupt { path, detail } => write!(f, "{path} is damaged ({detail})"),
        }
    }
}

/// The folder a book lives in ("." for a bare file name).
pub(crate) fn folder_of(path: &Path) -> PathBuf {
    path.parent()
        .filter(|d| !d.as_os_str().is_empty())
        .map(Path::to_path_buf)
        .unwrap_or_else(|| PathBuf::from("."))
}

/// Why the existing book at `path` cannot be written, by asking the operating system
/// itself (so permissions, `chattr +i` and read-only mounts all count): the file opened
/// for appending (nothing is written), then a probe file created and removed in its
/// folder, where SQLite must create `-wal` and `-shm`.
pub(crate) fn why_not_writable(path: &Path) -> Option<ReadOnly> {
    if let Err(e) = OpenOptions::new().append(true).open(path) {
        return Some(ReadOnly::File {
            path: path.display().to_string(),
            detail: e.to_string(),
        });
    }
    let folder = folder_of(path);
    let probe = folder.join(format!(
        ".{}.ardoise-probe-{}",
        path.file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default(),
        std::process::id()
    ));
    match OpenOptions::new().write(true).create_new(true).open(&probe) {
        Ok(_) => {
            // Only our own probe, just made; failing to remove it leaves an empty file.
            let _ = std::fs::remove_file(&probe);
            None
        }
        // A probe left by a killed process of the same id: the folder is writable.
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => None,
        Err(e) => Some(ReadOnly::Folder {
            path: folder.display().to_string(),
            detail: e.to_string(),
        }),
    }
}

/// A `file:` URI for SQLite, with the characters URIs give a meaning escaped.
pub(crate) fn file_uri(path: &Path, query: &str) -> String {
    let mut uri = String::from("file:");
    for b in path.to_string_lossy().bytes() {
        match b {
            b'%' | b'?' | b'#' | b' ' => uri.push_str(&format!("%{b:02X}")),
            _ => uri.push(b as char),
        }
    }
    uri.push('?');
    uri.push_str(query);
    uri
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_writable_book_and_folder_have_no_reason_and_leave_no_probe() {
        let dir = tempfile::tempdir().unwrap();
        let book = dir.path().join("book.db");
        std::fs::write(&book, b"").unwrap();
        assert_eq!(why_not_writable(&book), None);
        let left: Vec<_> = std::fs::read_dir(dir.path()).unwrap().collect();
        assert_eq!(left.len(), 1, "only the book is left");
    }

    #[test]
    fn a_missing_file_is_said_to_be_the_file() {
        let dir = tempfile::tempdir().unwrap();
        let reason = why_not_writable(&dir.path().join("none.db")).unwrap();
        assert_eq!(reason.code(), "file");
    }

    #[test]
    fn uris_escape_what_sqlite_would_read_as_query_or_fragment() {
        assert_eq!(
            file_uri(Path::new("/a b/c?d#e%f.db"), "immutable=1"),
            "file:/a%20b/c%3Fd%23e%25f.db?immutable=1"
        );
    }
}
