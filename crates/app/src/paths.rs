//! Where the book lives when nobody says: the platform's application-data folder
//! (`~/.local/share/ardoise`, `%APPDATA%\Ardoise\data`, `~/Library/Application Support/...`).

use std::path::PathBuf;

pub const DB_ENV: &str = "ARDOISE_DB";

/// `--db PATH` wins, then `ARDOISE_DB`, then the platform's data folder.
pub fn book_path(explicit: Option<PathBuf>) -> PathBuf {
    if let Some(p) = explicit {
        return p;
    }
    if let Some(p) = std::env::var_os(DB_ENV).filter(|v| !v.is_empty()) {
        return PathBuf::from(p);
    }
    directories::ProjectDirs::from("fr", "Ardoise", "Ardoise")
        .map(|d| d.data_dir().join("ardoise.db"))
        .unwrap_or_else(|| PathBuf::from("ardoise.db"))
}

/// Where printed documents are written: a `documents` folder beside the book.
pub fn documents_dir(book: &std::path::Path) -> PathBuf {
    book.parent()
        .filter(|d| !d.as_os_str().is_empty())
        .map(|d| d.join("documents"))
        .unwrap_or_else(|| PathBuf::from("documents"))
}
