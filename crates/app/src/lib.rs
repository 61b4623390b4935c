//! Ardoise's use cases: the one door both shells (desktop and CLI) go through.
//!
//! Invariants:
//! - every use case takes the acting [`Session`] and checks a [`Permission`] first;
//! - input is validated in full by the domain before anything is written, and each
//!   use case writes in one transaction, its audit entry included;
//! - only this layer reads the clock (through [`Clock`]);
//! - what leaves this crate is a transport type (`transport.rs`) or an [`ErrorView`].

mod audit;
pub mod backup;
mod backup_rotation;
mod bank;
mod book;
mod catalog;
mod check;
pub mod clock;
mod collections;
mod customers;
pub mod defaults;
pub mod demo;
mod demo_history;
mod demo_partner_center;
mod demo_seed;
mod demo_staff;
mod demo_support;
mod error;
mod exports;
mod invoicing;
pub mod opening;
pub mod outbox;
mod partner;
pub mod partner_center;
pub mod paths;
pub mod rebill;
pub mod reconcile;
mod restore;
pub mod saved;
pub mod scale;
pub mod scale_support;
pub mod search;
pub mod session;
pub mod staff;
mod statements;
mod subscriptions;
mod support;
pub mod transport;
pub mod transport_audit;
pub mod transport_backup;
pub mod transport_bank;
pub mod transport_collections;
pub mod transport_invoicing;
pub mod transport_lists;
pub mod transport_partner_center;
pub mod transport_payments;
pub mod transport_rebill;
pub mod transport_reconcile;
pub mod transport_send;
pub mod transport_staff;
pub mod transport_statements;
pub mod transport_support;
pub mod transport_support_billing;
pub mod transport_support_sheet;
pub mod typescript;
pub mod use_cases;
pub mod window;

use std::path::{Path, PathBuf};
use std::sync::Arc;

use ardoise_store::{AuditEntry, Db, Store};

pub use ardoise_domain as domain;
pub use bank::ImportTimings;
pub use clock::{Clock, FixedClock, SystemClock};
pub use collections::{DayDone, DayRequest, Round};
pub use defaults::Period;
pub use error::{AppError, ErrorView, FieldMessage};
pub use exports::Saved;
pub use invoicing::CancelFlag;
pub use session::{Permission, Role, Session};
pub use support::clocks::DueTimes;

pub type Result<T> = std::result::Result<T, AppError>;

/// An open book and the clock it is kept by.
pub struct Ardoise {
    store: Store,
    clock: Arc<dyn Clock>,
    /// The clock the shell gave, before a real book refused its frozen date.
    given_clock: Arc<dyn Clock>,
    path: PathBuf,
    /// Files staged by use cases that ran inside a larger transaction: they take their
    /// names when the outermost transaction commits, and are removed if it fails.
    pending: std::sync::Mutex<Vec<outbox::Outbox>>,
}

impl Ardoise {
    /// Opens the book at `path`, creating and migrating it as needed, and finishes what
    /// a run killed while sending documents left (see [`outbox::recover`]).
    pub fn open(path: &Path, clock: Arc<dyn Clock>) -> Result<Ardoise> {
        let store = Store::open(path)?;
        let mut book = Ardoise {
            store,
            clock: clock.clone(),
            given_clock: clock,
            path: path.to_path_buf(),
            pending: Default::default(),
        };
        book.clock = clock::for_book(book.given_clock.clone(), book.is_demo()?);
        // Another process holding the book for long only delays this to the next start.
        let _ = outbox::recover(&book.store, &paths::documents_dir(path));
        Ok(book)
    }

    /// Whether the book was made as a demo (its date may be moved).
    pub fn is_demo(&self) -> Result<bool> {
        Ok(self.store.read().setting(clock::BOOK_KIND_KEY)?.as_deref() == Some("demo"))
    }

    /// Opens the book at `path` only if the file is there: a mistyped path is refused
    /// rather than made into a new, empty book.
    pub fn open_existing(path: &Path, clock: Arc<dyn Clock>) -> Result<Ardoise> {
        if !path.is_file() {
            return Err(AppError::NoSuchBook(path.display().to_string()));
        }
        Self::open(path, clock)
    }

    /// A book in memory, for tests and benchmarks.
    pub fn in_memory(clock: Arc<dyn Clock>) -> Result<Ardoise> {
        Ok(Ardoise {
            store: Store::open_in_memory()?,
            clock: clock.clone(),
            given_clock: clock,
            path: PathBuf::from(":memory:"),
            pending: Default::default(),
        })
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Replaces the clock: for scenario tests that live through several days.
    pub fn set_clock(&mut self, clock: Arc<dyn Clock>) {
        self.clock = clock.clone();
        self.given_clock = clock;
    }

    /// Why `ARDOISE_TODAY` is not followed on this book, if it was given: a real book
    /// keeps the real date.
    pub fn ignored_env_date(&self) -> Option<chrono::NaiveDate> {
        clock::ignored_env_date(self.clock.as_ref(), self.is_demo().unwrap_or(false))
    }

    pub fn today(&self) -> chrono::NaiveDate {
        self.clock.today()
    }

    /// The instant the book is kept at: what a shell means by "now" (a time entry that
    /// ends now) without reading a clock of its own.
    pub fn now(&self) -> chrono::DateTime<chrono::Utc> {
        self.clock.now()
    }

    /// The session of a staff member, with their roles as stored now: a shell calls it
    /// before each command, so a role removed or an account deactivated takes effect at
    /// the person's next call.
    pub fn session(&self, staff_id: i64) -> Result<Session> {
        let s = self.store.read().staff(staff_id)?;
        if !s.active {
            return Err(AppError::AccountDeactivated);
        }
        Ok(Session {
            staff_id: s.id,
            display_name: s.display_name,
            roles: Role::from_codes(&s.roles),
        })
    }

    /// The built-in administrator's session (staff 1, every role until the first
    /// administrator takes it over): for `ardoise demo`, tests and benchmarks. Once
    /// staff 1 is deactivated, the first active user management administrator's (the
    /// book always keeps one), so a restore is still logged under a name.
    pub fn admin_session(&self) -> Result<Session> {
        match self.session(session::BUILT_IN_ADMIN) {
            Err(AppError::AccountDeactivated) => {
                let first = self
                    .store
                    .read()
                    .staff_all()?
                    .into_iter()
                    .find(|s| s.active && s.roles.iter().any(|r| r == "user_admin"))
                    .ok_or(AppError::AccountDeactivated)?;
                self.session(first.id)
            }
            other => other,
        }
    }

    /// Runs one use case's writes in one transaction, with its audit entry.
    fn write<T>(
        &self,
        session: &Session,
        audit: Audit<'_>,
        f: impl FnOnce(&Db<'_>) -> Result<T>,
    ) -> Result<T>
    where
        T: AuditId,
    {
        let now = self.clock.now();
        let staff_id = session.staff_id;
        let outermost = !self.store.in_transaction();
        // The rows `f` changes (a write nested inside takes its own, before this one
        // takes the rest) are recorded with the entry, in the same transaction.
        let mark = self.store.change_mark();
        let result = self.store.write(|db| {
            let out = f(db)?;
            let entity_id = audit.entity_id.or_else(|| out.audit_id());
            let captured = self.store.changes_since(mark)?;
            let customer_id = match (audit.entity, entity_id) {
                ("customer", Some(id)) => Some(id),
                _ => captured.customer_id,
            };
            db.audit(&AuditEntry {
                at: now,
                staff_id,
                action: audit.action,
                entity: audit.entity,
                entity_id,
                detail: out.audit_detail().unwrap_or(audit.detail),
                changes: captured.changes,
                customer_id,
            })?;
            Ok(out)
        });
        if outermost {
            self.store.forget_changes();
            let pending =
                std::mem::take(&mut *self.pending.lock().unwrap_or_else(|e| e.into_inner()));
            if result.is_ok() {
                for o in pending {
                    o.publish()?;
                }
            }
        }
        result
    }

    /// Gives staged files their names once their transaction has committed; inside a
    /// larger transaction, once that one has.
    fn publish(&self, outbox: outbox::Outbox) -> Result<()> {
        if self.store.in_transaction() {
            self.pending
                .lock()
                .unwrap_or_else(|e| e.into_inner())
                .push(outbox);
            Ok(())
        } else {
            outbox.publish()
        }
    }
}

/// What a use case tells the audit log about itself.
struct Audit<'a> {
    action: &'a str,
    entity: &'a str,
    entity_id: Option<i64>,
    detail: serde_json::Value,
}

/// Lets a create use case log the id it just made.
trait AuditId {
    fn audit_id(&self) -> Option<i64>;

    /// What the entry says of the change, when only the change itself knows it.
    fn audit_detail(&self) -> Option<serde_json::Value> {
        None
    }
}

impl AuditId for () {
    fn audit_id(&self) -> Option<i64> {
        None
    }
}

impl AuditId for i64 {
    fn audit_id(&self) -> Option<i64> {
        Some(*self)
    }
}
