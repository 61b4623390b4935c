//! Errors as the user meets them: a stable `code` for programs, a `message` a person can
//! act on (in their language), and the fields at fault for forms.

use ardoise_domain::words::{self, keys, tr};
use ardoise_domain::{Invalid, Lang};
use ardoise_store::{ReadOnly, StoreError};
use serde::Serialize;
use ts_rs::TS;

use crate::session::Permission;

#[derive(Debug, thiserror::Error)]
pub enum AppError {
    #[error(transparent)]
    Invalid(#[from] Invalid),
    #[error("not allowed: {}", .0.code())]
    Forbidden(Permission),
    #[error("{0} not found")]
    NotFound(&'static str),
    #[error("duplicate {0}")]
    Duplicate(String),
    #[error("book too new: version {found}, this Ardoise knows {supported}")]
    BookTooNew { found: i64, supported: i64 },
    #[error("no book open")]
    NoBook,
    #[error("book already holds data")]
    BookNotEmpty,
    #[error("the invoice is already issued")]
    Issued,
    #[error("the invoice is not issued")]
    NotIssued,
    #[error("nothing to invoice")]
    EmptyInvoice,
    #[error("the partner profile is missing")]
    PartnerMissing,
    #[error("the book refused the change: {0}")]
    Refused(String),
    #[error("the series already has a document dated {0}")]
    OutOfSequence(chrono::NaiveDate),
    #[error(transparent)]
    Credit(ardoise_domain::invoicing::CreditError),
    #[error(transparent)]
    Allocation(ardoise_domain::invoicing::AllocationError),
    #[error(transparent)]
    Statement(ardoise_domain::statements::StatementError),
    /// A document could not be rendered (the logo, most likely).
    #[error("document: {0}")]
    Document(String),
    #[error("{path}: {detail}")]
    File { path: String, detail: String },
    /// A document's sending is recorded once.
    #[error("already marked sent on {0}")]
    AlreadySent(chrono::NaiveDate),
    /// The user cancelled a job that writes all or nothing: nothing was written.
    #[error("cancelled")]
    Cancelled,
    /// Another window or script held the book for longer than we wait.
    #[error("the book is busy")]
    Busy,
    /// A file of that name is already there: nothing is overwritten silently.
    #[error("{0} already exists")]
    FileExists(String),
    /// The book opens for reading only (see [`ReadOnly`]); nothing was written.
    #[error("read-only book: {0}")]
    ReadOnly(ReadOnly),
    /// An older book that would need upgrading, in a place that cannot be written.
    #[error("book at schema {found} cannot be upgraded: {reason}")]
    CannotUpgrade { found: i64, reason: ReadOnly },
    /// The file is not a book (or is damaged past reading).
    #[error("{path} is not a book: {detail}")]
    NotABook { path: String, detail: String },
    /// SQLite met damage in the book while working.
    #[error("damaged book: {0}")]
    Damaged(String),
    /// No book at this path, and the command does not create one (the CLI).
    #[error("no book at {0}")]
    NoSuchBook(String),
    /// A path the shell was asked to open or write to that is not one of the book's.
    #[error("{0}: not a document of this book")]
    PathRefused(String),
    /// A file the book wrote is no longer there.
    #[error("{0} is missing")]
    FileMissing(String),
    /// A file the book wrote no longer has the hash it was logged with.
    #[error("{0} changed since it was written")]
    FileChanged(String),
    /// A backup not made, or a file refused as a backup to restore.
    #[error(transparent)]
    Backup(crate::backup::BackupFailure),
    #[error("store: {0}")]
    Store(StoreError),
    /// A customer named by what several customers answer to: each candidate by account
    /// reference and name, none picked.
    #[error("{key}: several customers answer to it")]
    Ambiguous {
        key: String,
        candidates: Vec<(String, String)>,
    },
    /// A new customer like one or more already in the book (name or VAT number), not
    /// created: each by account reference and name.
    #[error("{} similar customers are in the book", .0.len())]
    LikeExisting(Vec<(String, String)>),
    #[error(transparent)]
    Bank(crate::bank::BankRefusal),
    #[error(transparent)]
    PartnerCenter(crate::partner_center::PcRefusal),
    /// A sign-in refused without saying whether the account exists.
    #[error("wrong user name or password")]
    WrongPassword,
    /// Too many failed sign-ins in a row: the next try waits this long.
    #[error("too many attempts: try again in {seconds} s")]
    TryAgainIn { seconds: u64 },
    #[error("the account is deactivated")]
    AccountDeactivated,
    /// The window has no one signed in.
    #[error("not signed in")]
    NotSignedIn,
    /// The window is locked until its person types their password again.
    #[error("locked")]
    Locked,
    /// The first administrator is made once.
    #[error("the book already has its administrator")]
    FirstAdminExists,
    /// The book has no account that can sign in yet.
    #[error("the book has no administrator yet")]
    NeedsFirstAdmin,
    /// The last active user management administrator would lose the role (their name).
    #[error("{0} is the last user management administrator")]
    LastAdmin(String),
    /// Changing one's own password: the current one was mistyped.
    #[error("the current password is wrong")]
    CurrentPasswordWrong,
}

impl From<StoreError> for AppError {
    fn from(e: StoreError) -> Self {
        match e {
            StoreError::NotFound(what) => AppError::NotFound(what),
            StoreError::Duplicate(field) => AppError::Duplicate(field),
            StoreError::TooNew { found, supported } => AppError::BookTooNew { found, supported },
            StoreError::AlreadyIssued => AppError::Issued,
            StoreError::Refused(msg) => AppError::Refused(msg),
            StoreError::OutOfSequence { last } => AppError::OutOfSequence(last),
            StoreError::Busy => AppError::Busy,
            StoreError::ReadOnly(reason) => AppError::ReadOnly(reason),
            StoreError::CannotUpgrade { found, reason } => {
                AppError::CannotUpgrade { found, reason }
            }
            StoreError::NotABook { path, detail } => AppError::NotABook { path, detail },
            StoreError::Damaged(detail) => AppError::Damaged(detail),
            other => AppError::Store(other),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct FieldMessage {
    pub field: String,
    pub message: String,
}

/// What the UI and the CLI receive when a use case fails.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct ErrorView {
    pub code: String,
    pub message: String,
    pub fields: Vec<FieldMessage>,
}

/// Which part of a payment form an allocation refusal is about.
fn allocation_field(e: &ardoise_domain::invoicing::AllocationError) -> &'static str {
    use ardoise_domain::invoicing::AllocationError::*;
    match e {
        CurrencyMismatch { .. } => "currency",
        MoreThanOpen { .. } | UnknownInvoice { .. } => "allocations",
        _ => "amount",
    }
}

impl AppError {
    pub fn code(&self) -> &'static str {
        match self {
            AppError::Invalid(_) => "invalid_input",
            AppError::Forbidden(_) => "forbidden",
            AppError::NotFound(_) => "not_found",
            AppError::Duplicate(_) => "duplicate",
            AppError::BookTooNew { .. } => "book_too_new",
            AppError::NoBook => "no_book",
            AppError::BookNotEmpty => "book_not_empty",
            AppError::Issued => "issued",
            AppError::NotIssued => "not_issued",
            AppError::EmptyInvoice => "empty_invoice",
            AppError::PartnerMissing => "partner_missing",
            AppError::Refused(_) => "refused",
            AppError::OutOfSequence(_) => "out_of_sequence",
            AppError::Credit(_) => "credit",
            AppError::Allocation(_) => "allocation",
            AppError::Statement(_) => "statement",
            AppError::Document(_) => "document",
            AppError::File { .. } => "file",
            AppError::AlreadySent(_) => "already_sent",
            AppError::Cancelled => "cancelled",
            AppError::Busy => "busy",
            AppError::FileExists(_) => "file_exists",
            AppError::ReadOnly(_) => "read_only",
            AppError::CannotUpgrade { .. } => "cannot_upgrade",
            AppError::NotABook { .. } => "not_a_book",
            AppError::Damaged(_) => "damaged",
            AppError::NoSuchBook(_) => "no_such_book",
            AppError::PathRefused(_) => "path_refused",
            AppError::FileMissing(_) => "file_missing",
            AppError::FileChanged(_) => "file_changed",
            AppError::Backup(_) => "backup",
            AppError::Store(_) => "storage",
            AppError::Ambiguous { .. } => "ambiguous",
            AppError::LikeExisting(_) => "like_existing",
            AppError::Bank(e) => e.code(),
            AppError::PartnerCenter(e) => e.code(),
            AppError::WrongPassword => "wrong_password",
            AppError::TryAgainIn { .. } => "try_again_in",
            AppError::AccountDeactivated => "account_deactivated",
            AppError::NotSignedIn => "not_signed_in",
            AppError::Locked => "locked",
            AppError::FirstAdminExists => "first_admin_exists",
            AppError::NeedsFirstAdmin => "needs_first_admin",
            AppError::LastAdmin(_) => "last_admin",
            AppError::CurrentPasswordWrong => "current_password_wrong",
        }
    }

    pub fn view(&self, lang: Lang) -> ErrorView {
        let fields = match self {
            AppError::Invalid(inv) => inv
                .0
                .iter()
                .map(|e| FieldMessage {
                    field: e.field.clone(),
                    message: e.problem.message(lang),
                })
                .collect(),
            AppError::Allocation(e) => vec![FieldMessage {
                field: allocation_field(e).into(),
                message: e.message(lang),
            }],
            AppError::Duplicate(field) => vec![FieldMessage {
                field: field.clone(),
                message: ardoise_domain::Problem::AlreadyExists.message(lang),
            }],
            _ => Vec::new(),
        };
        ErrorView {
            code: self.code().into(),
            message: self.message(lang),
            fields,
        }
    }

    fn message(&self, lang: Lang) -> String {
        use ardoise_domain::display::date;
        match self {
            AppError::Invalid(inv) => match inv.0.as_slice() {
                [one] => tr!(lang, ERROR_INVALID_ONE, problem = one.problem.message(lang)),
                many => tr!(lang, ERROR_INVALID_MANY, count = many.len().to_string()),
            },
            AppError::Forbidden(p) => tr!(
                lang,
                ERROR_FORBIDDEN,
                permission = tr!(lang, STAFF_PERMISSION, code = p.code())
            ),
            // A code may hold a space ("staff member"); the catalogue's selectors cannot.
            AppError::NotFound(what) => tr!(lang, ERROR_NOT_FOUND, what = what.replace(' ', "_")),
            AppError::Duplicate(_) => tr!(lang, ERROR_DUPLICATE),
            AppError::BookTooNew { found, supported } => tr!(
                lang,
                ERROR_BOOK_TOO_NEW,
                found = found.to_string(),
                supported = supported.to_string()
            ),
            AppError::NoBook => tr!(lang, ERROR_NO_BOOK),
            AppError::BookNotEmpty => tr!(lang, ERROR_BOOK_NOT_EMPTY),
            AppError::Issued => tr!(lang, ERROR_ISSUED),
            AppError::NotIssued => tr!(lang, ERROR_NOT_ISSUED),
            AppError::EmptyInvoice => tr!(lang, ERROR_EMPTY_INVOICE),
            AppError::PartnerMissing => tr!(lang, ERROR_PARTNER_MISSING),
            AppError::Refused(detail) => tr!(lang, ERROR_REFUSED, detail = detail.as_str()),
            AppError::OutOfSequence(last) => {
                tr!(lang, ERROR_OUT_OF_SEQUENCE, last = date(*last, lang))
            }
            AppError::Credit(e) => e.message(lang),
            AppError::Bank(e) => e.message(lang),
            AppError::PartnerCenter(e) => e.message(lang),
            AppError::Allocation(e) => e.message(lang),
            AppError::Statement(e) => e.message(lang),
            AppError::Document(detail) => tr!(lang, ERROR_DOCUMENT, detail = detail.as_str()),
            AppError::File { path, detail } => tr!(
                lang,
                ERROR_FILE,
                path = path.as_str(),
                detail = detail.as_str()
            ),
            AppError::AlreadySent(on) => tr!(lang, ERROR_ALREADY_SENT, on = date(*on, lang)),
            AppError::Cancelled => tr!(lang, ERROR_CANCELLED),
            AppError::Busy => tr!(lang, ERROR_BUSY),
            AppError::FileExists(path) => tr!(lang, ERROR_FILE_EXISTS, path = path.as_str()),
            AppError::ReadOnly(reason) => read_only_message(reason, lang, true),
            AppError::CannotUpgrade { reason, .. } => tr!(
                lang,
                ERROR_CANNOT_UPGRADE,
                cause = read_only_cause(reason, lang)
            ),
            AppError::NotABook { path, detail } => tr!(
                lang,
                ERROR_NOT_A_BOOK,
                path = path.as_str(),
                detail = detail.as_str()
            ),
            AppError::Damaged(detail) => tr!(lang, ERROR_DAMAGED, detail = detail.as_str()),
            AppError::NoSuchBook(path) => tr!(lang, ERROR_NO_SUCH_BOOK, path = path.as_str()),
            AppError::PathRefused(path) => tr!(lang, ERROR_PATH_REFUSED, path = path.as_str()),
            AppError::FileMissing(path) => tr!(lang, ERROR_FILE_MISSING, path = path.as_str()),
            AppError::FileChanged(path) => tr!(lang, ERROR_FILE_CHANGED, path = path.as_str()),
            AppError::Backup(e) => e.message(lang),
            AppError::Store(e) => tr!(lang, ERROR_STORE, detail = e.to_string()),
            AppError::Ambiguous { key, candidates } => {
                let lead = tr!(lang, LISTS_AMBIGUOUS_CUSTOMER, key = key.as_str());
                lead + &candidate_lines(candidates)
            }
            AppError::LikeExisting(candidates) => {
                tr!(lang, LISTS_LIKE_EXISTING, count = candidates.len())
                    + &candidate_lines(candidates)
            }
            AppError::WrongPassword => tr!(lang, STAFF_WRONG_PASSWORD),
            AppError::TryAgainIn { seconds } => {
                tr!(lang, STAFF_TRY_AGAIN_IN, seconds = seconds.to_string())
            }
            AppError::AccountDeactivated => tr!(lang, STAFF_ACCOUNT_DEACTIVATED),
            AppError::NotSignedIn => tr!(lang, STAFF_NOT_SIGNED_IN),
            AppError::Locked => tr!(lang, STAFF_LOCKED),
            AppError::FirstAdminExists => tr!(lang, STAFF_FIRST_ADMIN_EXISTS),
            AppError::NeedsFirstAdmin => tr!(lang, STAFF_NEEDS_FIRST_ADMIN),
            AppError::LastAdmin(name) => tr!(lang, STAFF_LAST_ADMIN, name = name.as_str()),
            AppError::CurrentPasswordWrong => tr!(lang, STAFF_CURRENT_PASSWORD_WRONG),
        }
    }
}

/// Customers to choose from, one a line under the sentence: reference, then name.
fn candidate_lines(candidates: &[(String, String)]) -> String {
    candidates
        .iter()
        .map(|(reference, name)| format!("\n  {reference}  {name}"))
        .collect()
}

/// Why the book cannot be written, as a reader can act on it.
fn read_only_cause(reason: &ReadOnly, lang: Lang) -> String {
    let (key, path, detail) = match reason {
        ReadOnly::File { path, detail } => (keys::ERROR_READ_ONLY_CAUSE_FILE, path, detail),
        ReadOnly::Folder { path, detail } => (keys::ERROR_READ_ONLY_CAUSE_FOLDER, path, detail),
        ReadOnly::Corrupt { path, detail } => (keys::ERROR_READ_ONLY_CAUSE_CORRUPT, path, detail),
    };
    words::format(
        lang,
        key,
        &[
            ("path", path.as_str().into()),
            ("detail", detail.as_str().into()),
        ],
    )
}

/// The sentence a read-only book shows in the window and the CLI prints on writes.
/// `refused`: said of a write that was just refused, rather than of the book as it opens.
pub(crate) fn read_only_message(reason: &ReadOnly, lang: Lang, refused: bool) -> String {
    let cause = read_only_cause(reason, lang);
    if refused {
        tr!(lang, ERROR_READ_ONLY_REFUSED, cause = cause)
    } else {
        tr!(lang, ERROR_READ_ONLY, cause = cause)
    }
}
