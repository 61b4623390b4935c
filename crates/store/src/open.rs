use std::path::Path;

use rusqlite::{Connection, OpenFlags};
use rusqlite_migration::{Migrations, M};

use crate::{Db, Result, StoreError};

const MIGRATIONS: &[&str] = &[
    include_str!("../migrations/001_foundation.sql"),
    include_str!("../migrations/002_invoicing.sql"),
    include_str!("../migrations/003_statements.sql"),
    include_str!("../migrations/004_collections.sql"),
    include_str!("../migrations/005_renewal_notices.sql"),
    include_str!("../migrations/006_one_writer.sql"),
];

/// The schema version this binary writes: the number of migrations.
pub const SCHEMA_VERSION: i64 = MIGRATIONS.len() as i64;

pub struct Store {
    conn: Connection,
}

impl Store {
    /// Opens (or creates) the book at `path` and brings its schema up to date.
    ///
    /// A book written by a newer Ardoise is refused before anything is written to it.
    pub fn open(path: &Path) -> Result<Store> {
        if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
            std::fs::create_dir_all(dir)
                .map_err(|e| StoreError::Open(format!("{}: {e}", dir.display())))?;
        }
        if path.exists() {
            // Read-only look first, so a too-new book is not even switched to WAL.
            let ro = Connection::open_with_flags(path, OpenFlags::SQLITE_OPEN_READ_ONLY)?;
            check_version(&ro)?;
        }
        let conn = Connection::open(path)?;
        Self::prepare(conn)
    }

    /// A private in-memory book, for tests and benchmarks that do not need a file.
    pub fn open_in_memory() -> Result<Store> {
        Self::prepare(Connection::open_in_memory()?)
    }

    fn prepare(mut conn: Connection) -> Result<Store> {
        check_version(&conn)?;
        conn.busy_timeout(std::time::Duration::from_secs(5))?;
        conn.pragma_update(None, "foreign_keys", "ON")?;
        // `journal_mode` answers with the mode it set; in-memory books stay "memory".
        let _mode: String =
            conn.pragma_update_and_check(None, "journal_mode", "WAL", |r| r.get(0))?;
        // Committed means durable: in WAL mode NORMAL can lose the last transactions on a
        // power cut, and an issued number lost that way could be given again.
        conn.pragma_update(None, "synchronous", "FULL")?;
        // 64 MiB of page cache (SQLite's default is 2 MiB): the aging report and
        // statements seek across years of documents, and a desktop has the memory.
        conn.pragma_update(None, "cache_size", -65536)?;
        let migrations = Migrations::new(MIGRATIONS.iter().map(|sql| M::up(sql)).collect());
        migrations.to_latest(&mut conn).map_err(|e| match e {
            rusqlite_migration::Error::RusqliteError { err, .. } => StoreError::Sql(err),
            other => StoreError::Open(other.to_string()),
        })?;
        Ok(Store { conn })
    }

    /// Read-only queries outside any transaction.
    pub fn read(&self) -> Db<'_> {
        Db::new(&self.conn)
    }

    /// Runs `f` in one IMMEDIATE transaction: all of its writes land, or none do.
    ///
    /// The transaction takes the book's write lock at once, so everything `f` reads (and
    /// every read made through [`Store::read`] while it runs, on this same connection) is
    /// what it writes against: another process waits, or is refused once the busy timeout
    /// is over. Called while a transaction is already open, `f` joins it: a use case made
    /// of others (bill, then issue) is still one transaction.
    pub fn write<T, E>(
        &self,
        f: impl FnOnce(&Db<'_>) -> std::result::Result<T, E>,
    ) -> std::result::Result<T, E>
    where
        E: From<StoreError>,
    {
        if !self.conn.is_autocommit() {
            return f(&Db::new(&self.conn));
        }
        self.conn
            .execute_batch("BEGIN IMMEDIATE")
            .map_err(StoreError::from)?;
        let open = RollbackUnlessCommitted(&self.conn);
        let out = f(&Db::new(&self.conn))?;
        self.conn
            .execute_batch("COMMIT")
            .map_err(StoreError::from)?;
        std::mem::forget(open);
        Ok(out)
    }

    /// Whether a write transaction is open on this connection.
    pub fn in_transaction(&self) -> bool {
        !self.conn.is_autocommit()
    }

    /// Moves everything in the `-wal` file into the book and empties it, so the book
    /// file alone holds every committed transaction. `false` when another connection
    /// kept part of the log in use.
    pub fn checkpoint(&self) -> Result<bool> {
        let busy: i64 = self
            .conn
            .query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |r| r.get(0))?;
        Ok(busy == 0)
    }

    /// Benchmarks only: `synchronous=NORMAL` instead of FULL, to print what durability
    /// costs. A book is always opened with FULL.
    #[doc(hidden)]
    pub fn set_synchronous_full(&self, full: bool) -> Result<()> {
        self.conn
            .pragma_update(None, "synchronous", if full { "FULL" } else { "NORMAL" })?;
        Ok(())
    }

    pub fn schema_version(&self) -> Result<i64> {
        Ok(self
            .conn
            .pragma_query_value(None, "user_version", |r| r.get(0))?)
    }
}

/// Rolls back the open transaction when dropped: a use case that failed, or panicked,
/// leaves nothing behind.
struct RollbackUnlessCommitted<'a>(&'a Connection);

impl Drop for RollbackUnlessCommitted<'_> {
    fn drop(&mut self) {
        if !self.0.is_autocommit() {
            let _ = self.0.execute_batch("ROLLBACK");
        }
    }
}

fn check_version(conn: &Connection) -> Result<()> {
    let found: i64 = conn.pragma_query_value(None, "user_version", |r| r.get(0))?;
    if found > SCHEMA_VERSION {
        return Err(StoreError::TooNew {
            found,
            supported: SCHEMA_VERSION,
        });
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_new_book_is_migrated_in_wal_mode_with_foreign_keys() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("sub/book.db");
        let store = Store::open(&path).unwrap();
        assert_eq!(store.schema_version().unwrap(), SCHEMA_VERSION);
        let mode: String = store
            .conn
            .pragma_query_value(None, "journal_mode", |r| r.get(0))
            .unwrap();
        assert_eq!(mode, "wal");
        let fk: i64 = store
            .conn
            .pragma_query_value(None, "foreign_keys", |r| r.get(0))
            .unwrap();
        assert_eq!(fk, 1);
        assert_eq!(store.read().integrity_check().unwrap(), ["ok"]);
        drop(store);
        // Opening again is a no-op for the schema.
        let again = Store::open(&path).unwrap();
        assert_eq!(again.schema_version().unwrap(), SCHEMA_VERSION);
    }

    #[test]
    fn a_book_from_a_newer_version_is_refused_and_left_untouched() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("future.db");
        {
            let conn = Connection::open(&path).unwrap();
            conn.execute_batch("CREATE TABLE future (x); PRAGMA user_version = 99;")
                .unwrap();
        }
        let before = std::fs::read(&path).unwrap();
        match Store::open(&path) {
            Err(StoreError::TooNew { found, supported }) => {
                assert_eq!(found, 99);
                assert_eq!(supported, SCHEMA_VERSION);
            }
            other => panic!("expected TooNew, got {:?}", other.map(|_| ())),
        }
        assert_eq!(std::fs::read(&path).unwrap(), before);
        assert!(!dir.path().join("future.db-wal").exists());
    }

    #[test]
    fn a_failed_write_leaves_nothing_behind() {
        let store = Store::open_in_memory().unwrap();
        let result: std::result::Result<(), StoreError> = store.write(|db| {
            db.set_setting("language", "fr")?;
            Err(StoreError::NotFound("anything"))
        });
        assert!(result.is_err());
        assert_eq!(store.read().setting("language").unwrap(), None);
    }
}
