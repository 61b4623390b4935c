//! Thin Tauri commands for statements, the month-end batch and the aging report.

use std::path::Path;

use ardoise_app::opening::OpenTarget;
use ardoise_app::transport_invoicing::{PdfView, Progress};
use ardoise_app::transport_statements::*;
use ardoise_app::{paths, AppError};
use tauri::{AppHandle, Emitter, Manager, State};
use tauri_plugin_dialog::DialogExt;

use crate::state::Desktop;

type Reply<T> = Result<T, ardoise_app::ErrorView>;

fn open_file(path: &Path) -> Result<(), AppError> {
    open::that_detached(path).map_err(|e| AppError::File {
        path: path.display().to_string(),
        detail: e.to_string(),
    })
}

#[tauri::command(async, rename_all = "snake_case")]
pub fn statement_get(
    desktop: State<'_, Desktop>,
    request: StatementRequest,
) -> Reply<StatementView> {
    desktop.run(|b, s| b.statement(s, &request))
}

#[tauri::command(async, rename_all = "snake_case")]
pub fn statement_pdf(desktop: State<'_, Desktop>, request: StatementRequest) -> Reply<PdfView> {
    desktop.run(|b, s| b.statement_pdf_view(s, &request))
}

/// Writes the statement beside the book (logged as produced); `print` also opens it in
/// the system's viewer to print from there.
#[tauri::command(async, rename_all = "snake_case")]
pub fn statement_save(
    desktop: State<'_, Desktop>,
    request: StatementRequest,
    print: bool,
) -> Reply<StatementFile> {
    let dir = paths::documents_dir(desktop.path());
    desktop.run(|b, s| {
        let file = b.save_statement_in(s, &request, &dir)?;
        if print {
            open_file(Path::new(&file.path))?;
        }
        Ok(file)
    })
}

#[tauri::command(async, rename_all = "snake_case")]
pub fn statements_batch(
    app: AppHandle,
    desktop: State<'_, Desktop>,
    request: BatchRequest,
) -> Reply<BatchResult> {
    // The folder is the documents folder or one picked in the system's dialog; the
    // combined file takes its default name inside it.
    desktop.output_folder(&request.out_dir)?;
    if let Some(name) = request.combined.as_deref().filter(|n| !n.is_empty()) {
        return Err(AppError::PathRefused(name.to_string()).view(desktop.lang()));
    }
    desktop.cancel.reset();
    let dir = paths::documents_dir(desktop.path());
    let progress = |p: Progress| {
        let _ = app.emit("statements-progress", p);
    };
    let lang = desktop.lang();
    desktop.run(|b, s| b.statements_batch(s, &request, lang, &dir, &progress, &desktop.cancel))
}

#[tauri::command(async, rename_all = "snake_case")]
pub fn statements_cancel(desktop: State<'_, Desktop>) {
    desktop.cancel.cancel();
}

#[tauri::command(async, rename_all = "snake_case")]
pub fn aging_report(desktop: State<'_, Desktop>, as_of: String) -> Reply<AgingReport> {
    desktop.run(|b, s| b.aging_report(s, &as_of))
}

/// Writes the report beside the book as CSV or PDF and opens it (a spreadsheet, a viewer).
#[tauri::command(async, rename_all = "snake_case")]
pub fn aging_export(
    desktop: State<'_, Desktop>,
    as_of: String,
    format: ExportFormat,
    open: bool,
) -> Reply<String> {
    let lang = desktop.lang();
    desktop.run(|b, s| {
        let file = b.save_aging(s, &as_of, format, lang, None)?;
        if open {
            open_file(&file)?;
        }
        Ok(file.display().to_string())
    })
}

#[tauri::command(async, rename_all = "snake_case")]
pub fn communications_list(
    desktop: State<'_, Desktop>,
    customer_id: i64,
) -> Reply<Vec<CommunicationView>> {
    desktop.run(|b, s| b.communications(s, customer_id))
}

/// Opens a document the book produced (or a folder it writes to) in the system's viewer
/// or file manager: never a path or URL the page made up (see `ardoise_app::opening`).
#[tauri::command(async, rename_all = "snake_case")]
pub fn document_open(desktop: State<'_, Desktop>, target: OpenTarget) -> Reply<()> {
    let chosen = desktop.chosen();
    desktop.run(|b, s| open_file(&b.openable(s, &target, &chosen)?))
}

/// The system's own folder picker, shown from here: the folder the user picked is the
/// only one outside the documents folder a batch may be written to. `None`: cancelled.
#[tauri::command(async, rename_all = "snake_case")]
pub fn folder_choose(app: AppHandle, desktop: State<'_, Desktop>) -> Option<String> {
    let lang = desktop.lang();
    let mut dialog = app
        .dialog()
        .file()
        .set_title(lang.pick("Choisir un dossier", "Choose a folder"))
        .set_directory(paths::documents_dir(desktop.path()));
    if let Some(window) = app.get_webview_window("main") {
        dialog = dialog.set_parent(&window);
    }
    let folder = dialog.blocking_pick_folder()?.into_path().ok()?;
    desktop.choose(folder.clone());
    Some(folder.display().to_string())
}

/// The folder documents are written to by default, to show it.
#[tauri::command(async, rename_all = "snake_case")]
pub fn documents_folder(desktop: State<'_, Desktop>) -> String {
    paths::documents_dir(desktop.path()).display().to_string()
}
