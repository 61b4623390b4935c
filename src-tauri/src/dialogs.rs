//! The system's own file and folder dialogs, shown from the backend: a path outside the
//! documents folder comes only from the user's choice here, never from the webview.

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Mutex;

use ardoise_app::domain::Lang;
use tauri::{AppHandle, DragDropEvent, Manager, WindowEvent};
use tauri_plugin_dialog::DialogExt;

/// In debug builds, the answer the end-to-end tests wrote in the file `ARDOISE_E2E_PICK`
/// names (a native dialog is out of WebDriver's reach): `Some(None)` when it is empty
/// (cancelled), `None` when the variable is not set.
#[cfg(debug_assertions)]
fn e2e_answer() -> Option<Option<PathBuf>> {
    let answers = std::env::var_os("ARDOISE_E2E_PICK")?;
    let answer = std::fs::read_to_string(answers).unwrap_or_default();
    let answer = answer.trim();
    Some((!answer.is_empty()).then(|| PathBuf::from(answer)))
}

/// A folder (`folder`) or a book file picked in the system's dialog, for backups and
/// restore. Debug builds answer from the file named by `ARDOISE_E2E_PICK` instead, so the
/// end-to-end tests can drive the flow (a native dialog is out of WebDriver's reach).
pub fn pick(app: &AppHandle, folder: bool) -> Option<PathBuf> {
    #[cfg(debug_assertions)]
    if let Some(answer) = e2e_answer() {
        return answer;
    }
    let dialog = app.dialog().file();
    let picked = if folder {
        dialog.blocking_pick_folder()
    } else {
        dialog.add_filter("Ardoise", &["db"]).blocking_pick_file()
    };
    picked.and_then(|p| p.into_path().ok())
}

/// A bank statement picked in the system's dialog (CAMT.053, OFX or CSV). Debug builds
/// answer from `ARDOISE_E2E_PICK`, as [`pick`] does.
pub fn pick_bank_file(app: &AppHandle, lang: Lang) -> Option<PathBuf> {
    #[cfg(debug_assertions)]
    if let Some(answer) = e2e_answer() {
        return answer;
    }
    let mut dialog = app
        .dialog()
        .file()
        .set_title(lang.pick("Choisir un relevé bancaire", "Choose a bank statement"))
        .add_filter(
            lang.pick("Relevé bancaire", "Bank statement"),
            &["xml", "ofx", "csv", "XML", "OFX", "CSV"],
        );
    if let Some(window) = app.get_webview_window("main") {
        dialog = dialog.set_parent(&window);
    }
    dialog.blocking_pick_file()?.into_path().ok()
}

/// A Partner Center reconciliation file picked in the system's dialog (CSV). Debug
/// builds answer from `ARDOISE_E2E_PICK`, as [`pick`] does.
pub fn pick_partner_center_file(app: &AppHandle, lang: Lang) -> Option<PathBuf> {
    #[cfg(debug_assertions)]
    if let Some(answer) = e2e_answer() {
        return answer;
    }
    let mut dialog = app
        .dialog()
        .file()
        .set_title(lang.pick(
            "Choisir un fichier de l’Espace partenaires",
            "Choose a Microsoft Partner Center file",
        ))
        .add_filter(
            lang.pick(
                "Fichier de rapprochement (CSV)",
                "Reconciliation file (CSV)",
            ),
            &["csv", "CSV"],
        );
    if let Some(window) = app.get_webview_window("main") {
        dialog = dialog.set_parent(&window);
    }
    dialog.blocking_pick_file()?.into_path().ok()
}

/// A folder for documents, the dialog opened on `start` above the window. `None`:
/// cancelled.
pub fn pick_folder(app: &AppHandle, lang: Lang, start: &Path) -> Option<PathBuf> {
    let mut dialog = app
        .dialog()
        .file()
        .set_title(lang.pick("Choisir un dossier", "Choose a folder"))
        .set_directory(start);
    if let Some(window) = app.get_webview_window("main") {
        dialog = dialog.set_parent(&window);
    }
    dialog.blocking_pick_folder()?.into_path().ok()
}

/// The one file last dropped on the window, taken by [`take_dropped`].
static DROPPED: Mutex<Option<PathBuf>> = Mutex::new(None);
static WATCHING: AtomicBool = AtomicBool::new(false);

/// Keeps, from now on, the file a person drops on the main window: the other way, with
/// the dialog, of naming a file. The path stays here; the webview only learns that a
/// drop happened. A drop of several files, or of a folder, keeps nothing.
pub fn watch_drops(app: &AppHandle) {
    if WATCHING.swap(true, Ordering::SeqCst) {
        return;
    }
    let Some(window) = app.get_webview_window("main") else {
        WATCHING.store(false, Ordering::SeqCst);
        return;
    };
    window.on_window_event(|event| {
        if let WindowEvent::DragDrop(DragDropEvent::Drop { paths, .. }) = event {
            let one = match paths.as_slice() {
                [one] if one.is_file() => Some(one.clone()),
                _ => None,
            };
            *DROPPED.lock().unwrap_or_else(|e| e.into_inner()) = one;
        }
    });
}

/// The file dropped last, once.
pub fn take_dropped() -> Option<PathBuf> {
    DROPPED.lock().unwrap_or_else(|e| e.into_inner()).take()
}
