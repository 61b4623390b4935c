//! The record of files that left the book (`files_written`) and the folders they went to.

use chrono::{DateTime, Utc};
use rusqlite::types::Value;
use rusqlite::OptionalExtension;

use crate::chain::Chain;
use crate::{Db, Result};

/// A file about to take its name: logged in the transaction, renamed after the commit.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewFileWritten<'a> {
    /// statement, letter, renewal_notice, invoice, aging, policy, combined
    pub kind: &'a str,
    pub staff_id: Option<i64>,
    pub customer_id: Option<i64>,
    pub communication_id: Option<i64>,
    pub path: &'a str,
    pub sha256: &'a str,
    pub size: u64,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FileWritten {
    pub id: i64,
    pub written_at: DateTime<Utc>,
    pub kind: String,
    pub customer_id: Option<i64>,
    pub communication_id: Option<i64>,
    pub path: String,
    pub sha256: String,
    pub size: u64,
}

const COLUMNS: &str =
    "id, written_at, kind, customer_id, communication_id, path, sha256, size FROM files_written";

fn row(r: &rusqlite::Row<'_>) -> rusqlite::Result<FileWritten> {
    let at: String = r.get(1)?;
    Ok(FileWritten {
        id: r.get(0)?,
        written_at: DateTime::parse_from_rfc3339(&at)
            .map(|d| d.with_timezone(&Utc))
            .unwrap_or_default(),
        kind: r.get(2)?,
        customer_id: r.get(3)?,
        communication_id: r.get(4)?,
        path: r.get(5)?,
        sha256: r.get(6)?,
        size: r.get::<_, i64>(7)?.max(0) as u64,
    })
}

impl Db<'_> {
    pub fn insert_file_written(&self, f: &NewFileWritten<'_>, now: DateTime<Utc>) -> Result<i64> {
        // Columns in the order of `Chain::Files.columns()`.
        crate::chain::insert(
            self.conn,
            Chain::Files,
            vec![
                Value::Text(now.to_rfc3339()),
                f.staff_id.map_or(Value::Null, Value::Integer),
                Value::Text(f.kind.to_string()),
                f.customer_id.map_or(Value::Null, Value::Integer),
                f.communication_id.map_or(Value::Null, Value::Integer),
                Value::Text(f.path.to_string()),
                Value::Text(f.sha256.to_string()),
                Value::Integer(i64::try_from(f.size).unwrap_or(i64::MAX)),
            ],
        )
    }

    /// The latest record of a file at `path` (a path can be written again once the file
    /// that had it was moved away).
    pub fn file_written_at(&self, path: &str) -> Result<Option<FileWritten>> {
        Ok(self
            .conn
            .query_row(
                &format!("SELECT {COLUMNS} WHERE path = ?1 ORDER BY id DESC LIMIT 1"),
                [path],
                row,
            )
            .optional()?)
    }

    pub fn file_written(&self, id: i64) -> Result<Option<FileWritten>> {
        Ok(self
            .conn
            .query_row(&format!("SELECT {COLUMNS} WHERE id = ?1"), [id], row)
            .optional()?)
    }

    /// The file a communication (a statement, a letter) was written to.
    pub fn file_of_communication(&self, communication_id: i64) -> Result<Option<FileWritten>> {
        Ok(self
            .conn
            .query_row(
                &format!("SELECT {COLUMNS} WHERE communication_id = ?1 ORDER BY id DESC LIMIT 1"),
                [communication_id],
                row,
            )
            .optional()?)
    }

    /// Every file recorded, the latest record of each path only.
    pub fn files_written(&self) -> Result<Vec<FileWritten>> {
        let mut stmt = self.conn.prepare(&format!(
            "SELECT {COLUMNS} WHERE id IN (SELECT MAX(id) FROM files_written GROUP BY path)
             ORDER BY id"
        ))?;
        let rows = stmt.query_map([], row)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Remembers a folder documents are written to, before anything is written there.
    pub fn add_document_folder(&self, path: &str) -> Result<()> {
        self.conn.execute(
            "INSERT INTO document_folders (path) VALUES (?1) ON CONFLICT DO NOTHING",
            [path],
        )?;
        Ok(())
    }

    pub fn document_folders(&self) -> Result<Vec<String>> {
        let mut stmt = self
            .conn
            .prepare("SELECT path FROM document_folders ORDER BY path")?;
        let rows = stmt.query_map([], |r| r.get(0))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }
}
