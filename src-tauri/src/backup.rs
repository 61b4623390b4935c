//! Backups and restore: the shell's side of the declared backup commands (the folder and
//! the file come from the system's dialogs, never from the webview) and the automatic
//! backups (daily while the window is open, and on quit).

use std::time::Duration;

use ardoise_app::session::Permission;
use ardoise_app::transport_backup::{BackupDone, BackupStatus, RestoreCandidate, RestoreDone};
use ardoise_app::AppError;
use tauri::{AppHandle, Manager};

use crate::dialogs::pick;
use crate::state::Desktop;
use crate::state::Reply;

/// How often the window looks whether a day has passed since the last backup.
const LOOK_EVERY: Duration = Duration::from_secs(30 * 60);

/// A backup without holding the book while the copy runs: decided, made, recorded. By
/// the person signed in, or (`unattended`, the daily and the quitting ones) by the book
/// itself, whoever is signed in.
fn backup(desktop: &Desktop, unattended: bool) -> Reply<BackupDone> {
    let job = if unattended {
        desktop.run_unattended(Permission::ManageBook, |b, s| b.backup_job(s, None))?
    } else {
        desktop.run(|b, s| b.backup_job(s, None))?
    };
    let made = job.run().map_err(|e| e.view(desktop.lang()))?;
    if unattended {
        desktop.run_unattended(Permission::ManageBook, |b, s| b.backup_record(s, &made))
    } else {
        desktop.run(|b, s| b.backup_record(s, &made))
    }
}

pub fn backup_now(_: &AppHandle, desktop: &Desktop) -> Reply<BackupDone> {
    backup(desktop, false)
}

/// Asks for the backups' folder in the system's dialog; `None` when cancelled.
pub fn backup_folder_choose(app: &AppHandle, desktop: &Desktop) -> Reply<Option<BackupStatus>> {
    desktop.require_signed_in()?;
    match pick(app, true) {
        Some(dir) => desktop
            .run(|b, s| b.set_backup_folder(s, Some(&dir)))
            .map(Some),
        None => Ok(None),
    }
}

/// Asks for a backup in the system's dialog and checks it; the restore waits for
/// [`restore_confirm`]. `None` when cancelled.
pub fn restore_choose(app: &AppHandle, desktop: &Desktop) -> Reply<Option<RestoreCandidate>> {
    desktop.require_signed_in()?;
    let Some(file) = pick(app, false) else {
        return Ok(None);
    };
    let candidate = desktop.run(|b, s| b.check_backup_file(s, &file))?;
    *desktop
        .pending_restore
        .lock()
        .unwrap_or_else(|p| p.into_inner()) = Some(file);
    Ok(Some(candidate))
}

/// Restores the backup picked and checked by [`restore_choose`].
pub fn restore_confirm(_: &AppHandle, desktop: &Desktop) -> Reply<RestoreDone> {
    let file = desktop
        .pending_restore
        .lock()
        .unwrap_or_else(|p| p.into_inner())
        .take()
        .ok_or_else(|| AppError::NotFound("backup").view(desktop.lang()))?;
    desktop.replace(|book, s| book.restore(s, &file))
}

/// Backs the book up once a day while the window is open.
pub fn start_daily(app: AppHandle) {
    std::thread::spawn(move || loop {
        std::thread::sleep(LOOK_EVERY);
        let desktop = app.state::<Desktop>();
        let due = desktop
            .run_unattended(Permission::ManageBook, |b, s| b.backup_status(s))
            .map(|st| !st.recent)
            .unwrap_or(false);
        if due {
            if let Err(e) = backup(&desktop, true) {
                eprintln!("automatic backup: {}", e.message);
            }
        }
    });
}

/// Backs the book up as the window closes.
pub fn on_exit(app: &AppHandle) {
    let desktop = app.state::<Desktop>();
    if desktop.is_open() {
        if let Err(e) = backup(&desktop, true) {
            eprintln!("backup on quit: {}", e.message);
        }
    }
}
