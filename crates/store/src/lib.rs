//! Ardoise's SQLite book.
//!
//! Invariants: this crate is the only one that writes SQL; every write goes through
//! [`Store::write`], one transaction per use case; the schema changes only through the
//! numbered files in `migrations/`, applied at open in one transaction.

mod access;
mod audit;
mod audit_capture;
pub mod audit_mask;
mod audit_query;
mod audit_scale;
mod backup;
mod bank;
mod bank_mappings;
mod billing;
mod catalog;
pub mod chain;
mod checks;
mod collections;
mod communications;
mod credit_reasons;
mod customers;
mod invoice_sending;
mod invoices;
mod ledger;
mod movements;
mod open;
mod outbox;
mod partner;
mod partner_center;
mod partner_center_book;
mod partner_center_reconcile;
mod payments;
mod rebill;
mod renewals;
mod reversals;
mod rows;
mod scale;
mod scale_support;
mod settings;
mod staff;
mod subscriptions;
mod support_billing;
mod support_clocks;
mod support_guard;
mod support_plans;
mod support_requests;
mod support_time;

pub use access::ReadOnly;
pub use audit::{AuditEntry, AuditRecord};
pub use audit_capture::{Captured, ChangeMark};
pub use audit_query::{AuditFilterQuery, AuditRow, StaffName};
pub use audit_scale::AuditScale;
pub use backup::{
    backup_book, check_backup, sync_dir, temporary_beside, BackupCheck, BackupError, BackupPace,
    BackupReport,
};
pub use bank::{BankCustomer, StoredBankLine};
pub use billing::BillingCustomer;
pub use catalog::{ProductRecord, ProductSummary};
pub use chain::{Chain, ChainBreak, ChainState};
pub use checks::{
    ForeignKeyFault, IssuedTotals, OverAllocation, PeriodBilledTwice, SeriesCounter, SeriesEntry,
    SettlementMismatch,
};
pub use collections::{HoldRecord, SuspensionRecord};
pub use communications::{CommunicationRecord, NewCommunication};
pub use customers::{ContactRecord, CustomerIdentity, CustomerRecord, CustomerSummary};
pub use invoice_sending::InvoiceFile;
pub use invoices::{
    DocKind, DocumentQuery, DocumentRecord, DocumentSummary, ListQuery, NewDocument,
};
pub use ledger::{Balance, OpenInvoice};
pub use open::{Store, SCHEMA_VERSION};
pub use outbox::{FileWritten, NewFileWritten};
pub use partner_center::{NewPcImport, PcImportRecord, PcLineRow, PcProduct};
pub use partner_center_book::PcBookSubscription;
pub use partner_center_reconcile::{PcPeriodLine, SubscriptionInvoiceLine};
pub use payments::{AccountTotals, PaymentRecord, Settlement};
pub use rebill::{MarkupRow, PcProratedRow, PcUsageRow, RebillLinks, RebillSettingsRow};
pub use reversals::{RefundRecord, ReversalRecord};
pub use scale::HistoricDocument;
pub use scale_support::HistoricRequest;
pub use staff::{NewStaff, StaffRecord};
pub use subscriptions::{SubscriptionRecord, SubscriptionSummary};
pub use support_billing::{BillingTimeEntry, CustomerPlan, SupportLinks, TimeEntryBilled};
pub use support_clocks::ClockRecord;
pub use support_guard::UnbackedSupportLine;
pub use support_plans::{PlanRecord, PlanSummary};
pub use support_requests::{
    EscalationRecord, EventRecord, LinkRecord, RequestQuery, RequestRecord,
};
pub use support_time::{TimeLogged, TimeRecord, TimerRecord};

use rusqlite::Connection;

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// The book was written by a newer Ardoise: opening it could damage it.
    #[error("the book is at schema version {found}, newer than the {supported} this version of Ardoise knows")]
    TooNew { found: i64, supported: i64 },
    #[error("the book cannot be opened: {0}")]
    Open(String),
    #[error("a value already exists: {0}")]
    Duplicate(String),
    #[error("not found: {0}")]
    NotFound(&'static str),
    #[error("the document is already issued")]
    AlreadyIssued,
    #[error("the series already has a document dated {last}")]
    OutOfSequence { last: chrono::NaiveDate },
    /// A trigger refused a change (an issued invoice, a recorded payment).
    #[error("refused by the book: {0}")]
    Refused(String),
    #[error("the book holds a value this version cannot read: {0}")]
    Corrupt(String),
    /// Another process (a window, a script) held the book's write lock for longer than
    /// the busy timeout.
    #[error("another program is writing to the book")]
    Busy,
    /// The book is open for reading only, for this reason: nothing was written.
    #[error("the book cannot be written: {0}")]
    ReadOnly(ReadOnly),
    /// The book needs its schema brought up to date, which cannot be written.
    #[error("the book must be upgraded (schema {found}) but cannot be written: {reason}")]
    CannotUpgrade { found: i64, reason: ReadOnly },
    /// The file is not an SQLite database at all (garbage, another kind of file).
    #[error("{path} is not an Ardoise book ({detail})")]
    NotABook { path: String, detail: String },
    /// SQLite met damage in the file while reading or writing it.
    #[error("the book file is damaged: {0}")]
    Damaged(String),
    #[error(transparent)]
    Sql(rusqlite::Error),
}

impl From<rusqlite::Error> for StoreError {
    fn from(e: rusqlite::Error) -> Self {
        match &e {
            rusqlite::Error::SqliteFailure(f, Some(msg))
                if f.extended_code == rusqlite::ffi::SQLITE_CONSTRAINT_TRIGGER =>
            {
                StoreError::Refused(msg.clone())
            }
            rusqlite::Error::SqliteFailure(f, _)
                if matches!(
                    f.code,
                    rusqlite::ErrorCode::DatabaseBusy | rusqlite::ErrorCode::DatabaseLocked
                ) =>
            {
                StoreError::Busy
            }
            rusqlite::Error::SqliteFailure(f, msg)
                if matches!(
                    f.code,
                    rusqlite::ErrorCode::DatabaseCorrupt | rusqlite::ErrorCode::NotADatabase
                ) =>
            {
                StoreError::Damaged(msg.clone().unwrap_or_else(|| f.to_string()))
            }
            _ => StoreError::Sql(e),
        }
    }
}

pub type Result<T> = std::result::Result<T, StoreError>;

/// Queries over one connection, or one open transaction when handed out by
/// [`Store::write`].
pub struct Db<'a> {
    conn: &'a Connection,
}

impl<'a> Db<'a> {
    fn new(conn: &'a Connection) -> Self {
        Db { conn }
    }

    /// `PRAGMA integrity_check`: "ok", or SQLite's list of what is wrong.
    pub fn integrity_check(&self) -> Result<Vec<String>> {
        let mut stmt = self.conn.prepare("PRAGMA integrity_check")?;
        let rows = stmt.query_map([], |r| r.get::<_, String>(0))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }
}

/// Maps a UNIQUE violation to `Duplicate`, naming what was duplicated.
pub(crate) fn unique(what: &'static str) -> impl Fn(rusqlite::Error) -> StoreError {
    move |e| match &e {
        rusqlite::Error::SqliteFailure(f, _)
            if f.extended_code == rusqlite::ffi::SQLITE_CONSTRAINT_UNIQUE =>
        {
            StoreError::Duplicate(what.to_string())
        }
        // A key a trigger keeps unique (so that REPLACE cannot take it over).
        rusqlite::Error::SqliteFailure(f, Some(msg))
            if f.extended_code == rusqlite::ffi::SQLITE_CONSTRAINT_TRIGGER
                && msg.starts_with("duplicate:") =>
        {
            StoreError::Duplicate(what.to_string())
        }
        _ => StoreError::from(e),
    }
}
