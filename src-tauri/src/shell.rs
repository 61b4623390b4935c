//! The commands declared `shell` in `ardoise-app`: what needs the desktop itself (a book
//! not open yet, the system's dialogs, a job's cancel while the job holds the book).
//! Each only translates to the application layer and back; `commands.rs` registers them.

use ardoise_app::demo::DemoOptions;
use ardoise_app::paths;
use ardoise_app::session::Permission;
use ardoise_app::transport::{AppInfo, BookState};
use ardoise_app::transport_bank::{
    BankFileChosen, BankFileImport, BankImportRequest, BankImportView,
};
use ardoise_app::transport_invoicing::Progress;
use ardoise_app::transport_partner_center::{
    PcFileChosen, PcImportRequest, PcImportView, PcPreviewView,
};
use ardoise_app::window::Job;
use ardoise_app::AppError;
use tauri::AppHandle;

use crate::state::Desktop;
use crate::state::Reply;

pub use crate::backup::{backup_folder_choose, backup_now, restore_choose, restore_confirm};
pub use crate::signin::{
    create_first_admin, current_session, lock, sign_in, sign_in_state, sign_out, unlock,
};

pub fn book_state(_: &AppHandle, desktop: &Desktop) -> Reply<BookState> {
    Ok(BookState {
        open: desktop.is_open(),
        path: desktop.path().display().to_string(),
        system_language: crate::state::system_lang(),
        error: desktop.open_error(),
        language: desktop.book_language(),
        idle_seconds: idle_seconds(),
    })
}

/// `ARDOISE_IDLE_SECONDS`, in debug builds only: a release window locks after the book's
/// minutes, whatever its environment says.
fn idle_seconds() -> Option<u32> {
    if !cfg!(debug_assertions) {
        return None;
    }
    std::env::var("ARDOISE_IDLE_SECONDS")
        .ok()
        .and_then(|v| v.trim().parse().ok())
        .filter(|s| *s > 0)
}

/// Before anyone signs in: the book just made is filled (demo) and described as its first
/// administrator. A book already open is only described, to the person signed in.
pub fn book_create(_: &AppHandle, desktop: &Desktop, demo: bool) -> Reply<AppInfo> {
    if !desktop.create()? {
        let lang = desktop.lang();
        return desktop.run(|b, s| b.info(s, lang));
    }
    if demo {
        desktop.run_unattended(Permission::ManageBook, |b, s| {
            b.seed_demo(s, DemoOptions::default())
        })?;
    }
    let lang = desktop.lang();
    desktop.run_unattended(Permission::ViewBook, |b, s| b.info(s, lang))
}

/// Outside the book's lock, which the running billing holds.
pub fn billing_cancel(_: &AppHandle, desktop: &Desktop) -> Reply<()> {
    desktop.jobs.cancel(Job::Billing);
    Ok(())
}

/// Outside the book's lock, which the running batch holds.
pub fn statements_cancel(_: &AppHandle, desktop: &Desktop) -> Reply<()> {
    desktop.jobs.cancel(Job::Statements);
    Ok(())
}

/// Outside the book's lock, which the running invoices' run holds.
pub fn invoices_cancel(_: &AppHandle, desktop: &Desktop) -> Reply<()> {
    desktop.jobs.cancel(Job::Invoices);
    Ok(())
}

/// The system's own folder picker, shown from here: the folder the user picked is the
/// only one outside the documents folder a batch may be written to. `None`: cancelled.
pub fn folder_choose(app: &AppHandle, desktop: &Desktop) -> Reply<Option<String>> {
    desktop.require_signed_in()?;
    let start = paths::documents_dir(desktop.path());
    let Some(folder) = crate::dialogs::pick_folder(app, desktop.lang(), &start) else {
        return Ok(None);
    };
    desktop.choose(folder.clone());
    Ok(Some(folder.display().to_string()))
}

/// Works before the book is open, unlike the declared use cases.
pub fn documents_folder(_: &AppHandle, desktop: &Desktop) -> Reply<String> {
    Ok(paths::documents_dir(desktop.path()).display().to_string())
}

/// The bank's statement picked in the system's dialog, kept here under a handle (the
/// window never holds its path); for a CSV file, what its mapping step shows. `None`:
/// cancelled.
pub fn bank_file_choose(app: &AppHandle, desktop: &Desktop) -> Reply<Option<BankFileChosen>> {
    desktop.require_signed_in()?;
    let Some(file) = crate::dialogs::pick_bank_file(app, desktop.lang()) else {
        return Ok(None);
    };
    let csv = desktop.run(|b, s| b.bank_csv_sample(s, &file))?;
    let file_name = file
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let handle = crate::bank_files::keep(file);
    Ok(Some(BankFileChosen {
        handle,
        file_name,
        csv,
    }))
}

/// The file picked under `handle`, imported: its new lines recorded and each credit
/// proposed.
pub fn bank_file_import(
    _: &AppHandle,
    desktop: &Desktop,
    request: BankFileImport,
) -> Reply<BankImportView> {
    let lang = desktop.lang();
    let path = crate::bank_files::picked(request.handle)
        .ok_or_else(|| AppError::NotFound("bank_file").view(lang))?;
    let request = BankImportRequest {
        path: path.display().to_string(),
        dry_run: false,
        csv_bank: request.csv_bank,
        csv_mapping: request.csv_mapping,
        csv_currency: request.csv_currency,
    };
    desktop.run(|b, s| b.bank_import(s, &request, lang))
}

/// A Partner Center file picked in the system's dialog, kept here under a handle (the
/// window never holds its path). `None`: cancelled.
pub fn partner_center_file_choose(
    app: &AppHandle,
    desktop: &Desktop,
) -> Reply<Option<PcFileChosen>> {
    desktop.require_signed_in()?;
    Ok(crate::dialogs::pick_partner_center_file(app, desktop.lang()).map(pc_chosen))
}

fn pc_chosen(file: std::path::PathBuf) -> PcFileChosen {
    let file_name = file
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    PcFileChosen {
        handle: crate::bank_files::keep(file),
        file_name,
    }
}

/// From now on, a file dropped on the window is kept here (its path never reaches the
/// webview, which learns only that something was dropped).
pub fn partner_center_drops_watch(app: &AppHandle, desktop: &Desktop) -> Reply<()> {
    desktop.require_signed_in()?;
    crate::dialogs::watch_drops(app);
    Ok(())
}

/// The file dropped on the window last, kept under a handle. `None`: none, or several.
pub fn partner_center_file_dropped(
    _: &AppHandle,
    desktop: &Desktop,
) -> Reply<Option<PcFileChosen>> {
    desktop.require_signed_in()?;
    Ok(crate::dialogs::take_dropped().map(pc_chosen))
}

fn picked_file(desktop: &Desktop, handle: u32) -> Reply<String> {
    crate::bank_files::picked(handle)
        .map(|p| p.display().to_string())
        .ok_or_else(|| AppError::NotFound("partner_center_file").view(desktop.lang()))
}

/// What importing the file picked under `handle` would do, its reading's progress sent
/// to the window.
pub fn partner_center_preview(
    app: &AppHandle,
    desktop: &Desktop,
    handle: u32,
) -> Reply<PcPreviewView> {
    let path = picked_file(desktop, handle)?;
    desktop.run_in(app, |b, s, w| {
        let (report, _) = w.start(Job::PartnerCenter);
        let progress = |done: u64, total: u64| {
            report(Progress {
                done: done as i64,
                total: total as i64,
            })
        };
        b.partner_center_preview_reporting(s, &path, w.lang, &progress)
    })
}

/// The file picked under `handle`, imported, its readings' progress sent to the window.
pub fn partner_center_import(
    app: &AppHandle,
    desktop: &Desktop,
    request: PcImportRequest,
) -> Reply<PcImportView> {
    let path = picked_file(desktop, request.handle)?;
    desktop.run_in(app, |b, s, w| {
        let (report, _) = w.start(Job::PartnerCenter);
        let progress = |done: u64, total: u64| {
            report(Progress {
                done: done as i64,
                total: total as i64,
            })
        };
        b.partner_center_import_reporting(s, &path, request.create_customers, w.lang, &progress)
    })
}
