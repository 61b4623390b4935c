//! What crosses to the UI about backups and restores.

use serde::Serialize;
use ts_rs::TS;

/// Where backups go, and whether one is recent enough.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct BackupStatus {
    /// The folder backups are written to (the partner's choice, or `backups` beside the
    /// book).
    pub folder: String,
    /// Whether the folder is the partner's choice rather than the default.
    pub chosen: bool,
    /// When the last backup of this book was made (RFC 3339, UTC), if ever.
    pub last_at: Option<String>,
    pub last_file: Option<String>,
    /// A backup was made less than 24 hours ago.
    pub recent: bool,
}

/// A backup made.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct BackupDone {
    pub file: String,
    pub bytes: i64,
    pub millis: i64,
    /// Older backups deleted by the rotation (14 daily, 12 monthly).
    pub deleted: Vec<String>,
    /// How many backups the folder keeps now.
    pub kept: i64,
}

/// A book restored from a backup.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct RestoreDone {
    /// The backup the book now holds.
    pub file: String,
    /// Where the book that was replaced is kept.
    pub replaced: String,
    pub schema_version: i64,
    pub customers: i64,
    pub invoices: i64,
}

/// A backup the partner picked, checked, before they confirm the restore.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct RestoreCandidate {
    pub file: String,
    pub schema_version: i64,
    pub customers: i64,
    pub invoices: i64,
}

/// The window's commands on backups and restore; the dialogs that name folders and files
/// are the shell's (the webview never sends a path).
#[macro_export]
macro_rules! backup_commands {
    ($m:ident [$($acc:tt)*] $($next:ident)*) => { $crate::next_commands! { $m [$($acc)*
        run {
            /// Where backups go, the last one, and whether it is under 24 hours old.
            backup_status() -> BackupStatus = |b, s, _| b.backup_status(s);
        }
        shell {
            /// A backup made without holding the book while the copy runs.
            backup_now() -> BackupDone;
            /// The system's folder dialog; `null` when cancelled.
            backup_folder_choose() -> Option<BackupStatus>;
            /// The system's file dialog, then the file checked; `null` when cancelled.
            restore_choose() -> Option<RestoreCandidate>;
            /// Restores the file `restore_choose` checked; the window should then reload.
            restore_confirm() -> RestoreDone;
        }
    ] $($next)* } };
}
