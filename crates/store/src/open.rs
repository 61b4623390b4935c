use std::path::Path;

use std::cell::RefCell;

use rusqlite::{Connection, ErrorCode, OpenFlags, MAIN_DB};
use rusqlite_migration::{Migrations, M};

use crate::access::{self, ReadOnly};
use crate::audit_capture::{Capture, Captured, ChangeMark};
use crate::{Db, Result, StoreError};

const MIGRATIONS: &[&str] = &[
    include_str!("../migrations/001_foundation.sql"),
    include_str!("../migrations/002_invoicing.sql"),
    include_str!("../migrations/003_statements.sql"),
    include_str!("../migrations/004_collections.sql"),
    include_str!("../migrations/005_renewal_notices.sql"),
    include_str!("../migrations/006_one_writer.sql"),
    include_str!("../migrations/007_tamper_proof.sql"),
    include_str!("../migrations/008_support.sql"),
    include_str!("../migrations/009_support_guard.sql"),
    include_str!("../migrations/010_support_waiting.sql"),
    include_str!("../migrations/011_letters.sql"),
    include_str!("../migrations/012_credit_reason.sql"),
    include_str!("../migrations/013_bank.sql"),
    include_str!("../migrations/014_payment_reversal.sql"),
    include_str!("../migrations/015_send.sql"),
    include_str!("../migrations/016_bank_line_reversal.sql"),
    include_str!("../migrations/017_staff.sql"),
    include_str!("../migrations/018_audit_changes.sql"),
    include_str!("../migrations/019_partner_center.sql"),
    include_str!("../migrations/020_rebilling.sql"),
];

/// The schema version this binary writes: the number of migrations.
pub const SCHEMA_VERSION: i64 = MIGRATIONS.len() as i64;

pub struct Store {
    conn: Connection,
    /// Why the book is open for reading only; `None` while it can be written.
    read_only: RefCell<Option<ReadOnly>>,
    /// The rows the open transaction changed, for its audit entries.
    capture: Capture,
}

impl Store {
    /// Opens (or creates) the book at `path` and brings its schema up to date.
    ///
    /// A book written by a newer Ardoise is refused before anything is written to it. A
    /// book that cannot be written (the file or its folder, see [`ReadOnly`]) opens for
    /// reading only: every [`Store::write`] is then refused with the reason.
    pub fn open(path: &Path) -> Result<Store> {
        if path.exists() {
            return Self::open_existing(path);
        }
        if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
            std::fs::create_dir_all(dir)
                .map_err(|e| StoreError::Open(format!("{}: {e}", dir.display())))?;
        }
        let conn = Connection::open(path)?;
        Self::prepare(conn)
    }

    fn open_existing(path: &Path) -> Result<Store> {
        // Read-only look first, so a too-new book is not even switched to WAL, and a file
        // that is not a book at all is said so before anything is written to it.
        {
            let ro = Self::read_only_connection(path).map_err(|e| not_a_book(path, e))?;
            check_version(&ro).map_err(|e| not_a_book(path, e))?;
        }
        if let Some(reason) = access::why_not_writable(path) {
            return Self::open_read_only(path, reason);
        }
        let conn = Connection::open_with_flags(
            path,
            OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX,
        )?;
        if conn.is_readonly(MAIN_DB)? {
            // SQLite itself fell back to reading only (the system refused writing).
            let reason = ReadOnly::File {
                path: path.display().to_string(),
                detail: "opened for reading only by the system".into(),
            };
            return Self::open_read_only(path, reason);
        }
        match Self::prepare(conn) {
            Err(StoreError::Sql(rusqlite::Error::SqliteFailure(f, msg)))
                if matches!(
                    f.code,
                    ErrorCode::ReadOnly | ErrorCode::CannotOpen | ErrorCode::PermissionDenied
                ) =>
            {
                // The journal (`-wal`, `-shm`) could not be made or written beside it.
                let detail = msg.unwrap_or_else(|| f.to_string());
                let reason = ReadOnly::Folder {
                    path: access::folder_of(path).display().to_string(),
                    detail,
                };
                Self::open_read_only(path, reason)
            }
            Err(StoreError::Damaged(detail)) => {
                let reason = ReadOnly::Corrupt {
                    path: path.display().to_string(),
                    detail,
                };
                Self::open_read_only(path, reason)
            }
            other => other,
        }
    }

    /// A connection that never writes. A book in WAL mode needs its `-shm` beside it; when
    /// that cannot be created (a read-only folder), the file is read as immutable, which
    /// is what it is for this process.
    fn read_only_connection(path: &Path) -> Result<Connection> {
        let flags = OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX;
        let conn = Connection::open_with_flags(path, flags)?;
        match conn.query_row("SELECT count(*) FROM sqlite_master", [], |r| {
            r.get::<_, i64>(0)
        }) {
            Ok(_) => Ok(conn),
            // SQLite cannot make the `-shm` (CANTOPEN, or READONLY_CANTINIT and its kin).
            Err(rusqlite::Error::SqliteFailure(f, _))
                if matches!(f.code, ErrorCode::CannotOpen | ErrorCode::ReadOnly) =>
            {
                drop(conn);
                let uri = access::file_uri(path, "immutable=1");
                let conn = Connection::open_with_flags(uri, flags | OpenFlags::SQLITE_OPEN_URI)?;
                conn.query_row("SELECT count(*) FROM sqlite_master", [], |r| {
                    r.get::<_, i64>(0)
                })?;
                Ok(conn)
            }
            Err(e) => Err(e.into()),
        }
    }

    /// Opens the book for reading only, for `reason`. An older book whose schema would
    /// have to be brought up to date cannot be read this way, and is refused.
    fn open_read_only(path: &Path, reason: ReadOnly) -> Result<Store> {
        let conn = Self::read_only_connection(path).map_err(|e| not_a_book(path, e))?;
        conn.busy_timeout(std::time::Duration::from_secs(5))?;
        check_version(&conn)?;
        let found: i64 = conn.pragma_query_value(None, "user_version", |r| r.get(0))?;
        if found < SCHEMA_VERSION {
            return Err(StoreError::CannotUpgrade { found, reason });
        }
        Ok(Store {
            conn,
            read_only: RefCell::new(Some(reason)),
            capture: Capture::default(),
        })
    }

    /// Why the book cannot be written, if it cannot.
    pub fn read_only(&self) -> Option<ReadOnly> {
        self.read_only.borrow().clone()
    }

    /// SQLite's quick check of every page of this book. Damage found makes the book
    /// read-only for as long as it stays open (writing could spread it), and is returned.
    pub fn verify(&self, path: &Path) -> Result<Option<ReadOnly>> {
        let found = quick_check(&self.conn, path);
        if let Some(reason) = &found {
            self.set_read_only(reason.clone());
        }
        Ok(found)
    }

    /// The same check through a connection of its own that never writes, so it can run
    /// beside the book's (it reads the whole file: seconds for a book of hundreds of MB).
    pub fn verify_file(path: &Path) -> Result<Option<ReadOnly>> {
        let conn = Self::read_only_connection(path)?;
        Ok(quick_check(&conn, path))
    }

    /// From now on, every write is refused for `reason`.
    pub fn set_read_only(&self, reason: ReadOnly) {
        *self.read_only.borrow_mut() = Some(reason);
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
        let migrations = Migrations::new(
            MIGRATIONS
                .iter()
                .enumerate()
                .map(|(i, sql)| match i + 1 {
                    // The logs' rows written before the chains existed are chained in the
                    // migration's own transaction: after it, a row without a hash can only
                    // come from around the store, and `check` names it.
                    CHAINS_BEGIN => M::up_with_hook(sql, chain_existing_rows),
                    _ => M::up(sql),
                })
                .collect(),
        );
        migrations.to_latest(&mut conn).map_err(|e| match e {
            rusqlite_migration::Error::RusqliteError { err, .. } => StoreError::from(err),
            other => StoreError::Open(other.to_string()),
        })?;
        // Installed after the migrations: what they write is nobody's change.
        let capture = Capture::default();
        capture.install(&conn)?;
        Ok(Store {
            conn,
            read_only: RefCell::new(None),
            capture,
        })
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
        if let Some(reason) = self.read_only() {
            return Err(StoreError::ReadOnly(reason).into());
        }
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

    /// Runs `f` in one read transaction: every query sees the book as it was when the
    /// first one ran, whatever another process commits meanwhile (WAL snapshots). Inside
    /// an open transaction, `f` joins it.
    pub fn snapshot<T, E>(
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
            .execute_batch("BEGIN DEFERRED")
            .map_err(StoreError::from)?;
        let _open = RollbackUnlessCommitted(&self.conn);
        f(&Db::new(&self.conn))
        // Dropping the guard ends the read transaction: nothing was written.
    }

    /// Where the changes of a write begin. An outermost write starts from an empty list
    /// (what a rolled back transaction wrote is forgotten).
    pub fn change_mark(&self) -> ChangeMark {
        if self.conn.is_autocommit() {
            self.capture.clear();
        }
        self.capture.mark()
    }

    /// Drops the changes kept for the transaction that just ended.
    pub fn forget_changes(&self) {
        self.capture.clear();
    }

    /// The rows changed since `mark` in the open transaction, for its audit entry.
    pub fn changes_since(&self, mark: ChangeMark) -> Result<Captured> {
        Db::new(&self.conn).captured(&self.capture, mark)
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

/// The migration that adds the hash chains over the logs.
const CHAINS_BEGIN: usize = 7;

fn chain_existing_rows(tx: &rusqlite::Transaction<'_>) -> rusqlite_migration::HookResult {
    crate::chain::chain_unchained(tx)
        .map(|_| ())
        .map_err(|e| rusqlite_migration::HookError::Hook(e.to_string()))
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

/// `PRAGMA quick_check`: damage as a reason to stop writing, or `None` when sound.
fn quick_check(conn: &Connection, path: &Path) -> Option<ReadOnly> {
    let findings: Vec<String> = conn
        .prepare("PRAGMA quick_check(5)")
        .and_then(|mut stmt| {
            stmt.query_map([], |r| r.get::<_, String>(0))?
                .collect::<rusqlite::Result<Vec<_>>>()
        })
        .unwrap_or_else(|e| vec![e.to_string()]);
    if findings == ["ok"] {
        return None;
    }
    Some(ReadOnly::Corrupt {
        path: path.display().to_string(),
        detail: findings.join("; "),
    })
}

/// A file SQLite cannot read as a database at all is not a book (or is damaged past
/// reading); other failures stay what they are.
fn not_a_book(path: &Path, e: StoreError) -> StoreError {
    match e {
        StoreError::Damaged(detail) => StoreError::NotABook {
            path: path.display().to_string(),
            detail,
        },
        other => other,
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

    #[test]
    fn a_file_of_garbage_is_refused_as_not_a_book_and_left_untouched() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("garbage.db");
        let bytes: Vec<u8> = (0..8192u32).map(|i| (i * 7 + 3) as u8).collect();
        std::fs::write(&path, &bytes).unwrap();
        match Store::open(&path) {
            Err(StoreError::NotABook { path: p, .. }) => assert!(p.ends_with("garbage.db")),
            other => panic!("expected NotABook, got {:?}", other.map(|_| ())),
        }
        assert_eq!(std::fs::read(&path).unwrap(), bytes);
        assert!(!dir.path().join("garbage.db-wal").exists());
    }

    #[test]
    fn a_damaged_book_opens_for_reading_and_refuses_every_write() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("damaged.db");
        {
            let store = Store::open(&path).unwrap();
            store
                .conn
                .execute_batch(
                    "CREATE TABLE filler (x TEXT);
                     WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 4000)
                     INSERT INTO filler SELECT printf('%0200d', i) FROM n;
                     PRAGMA wal_checkpoint(TRUNCATE);",
                )
                .unwrap();
        }
        // Scribble over pages in the middle of the file, past the schema's first page.
        let mut bytes = std::fs::read(&path).unwrap();
        let middle = bytes.len() / 2;
        for b in &mut bytes[middle..middle + 8192] {
            *b = 0xA5;
        }
        std::fs::write(&path, &bytes).unwrap();

        let store = Store::open(&path).unwrap();
        let seen = Store::verify_file(&path)
            .unwrap()
            .expect("damage is found aside");
        let reason = store.verify(&path).unwrap().expect("damage is found");
        assert_eq!(seen, reason);
        assert_eq!(reason.code(), "corrupt");
        assert_eq!(store.read_only(), Some(reason));
        // Reading what is sound still works.
        assert_eq!(store.schema_version().unwrap(), SCHEMA_VERSION);
        let refused: Result<()> = store.write(|db| db.set_setting("language", "fr"));
        assert!(matches!(
            refused,
            Err(StoreError::ReadOnly(ReadOnly::Corrupt { .. }))
        ));
    }

    #[test]
    fn a_sound_book_passes_the_check_and_stays_writable() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("sound.db");
        let store = Store::open(&path).unwrap();
        assert_eq!(store.verify(&path).unwrap(), None);
        assert_eq!(Store::verify_file(&path).unwrap(), None);
        assert_eq!(store.read_only(), None);
        store.write(|db| db.set_setting("language", "fr")).unwrap();
    }
}
