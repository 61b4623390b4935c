//! Ardoise's desktop window. Everything it does goes through `ardoise-app`.

// No console window behind the app on Windows release builds.
#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

mod commands;
mod commands_backup;
mod commands_collections;
mod commands_invoicing;
mod commands_statements;
mod state;

use std::path::{Path, PathBuf};

use tauri::{Emitter, Manager};

fn main() {
    // `--db PATH` (or ARDOISE_DB) opens another book than the default one.
    let mut args = std::env::args().skip(1);
    let mut explicit = None;
    while let Some(a) = args.next() {
        if a == "--db" {
            explicit = args.next().map(PathBuf::from);
        } else if let Some(p) = a.strip_prefix("--db=") {
            explicit = Some(PathBuf::from(p));
        }
    }
    let path = ardoise_app::paths::book_path(explicit);

    let result = tauri::Builder::default()
        // First: a second launch on the same book focuses this window and exits before
        // it opens anything (one window per book, never two writers from the desktop).
        .plugin(
            tauri_plugin_single_instance::Builder::new()
                .dbus_id(instance_id(&path))
                .callback(|app, _args, _cwd| focus(app))
                .build(),
        )
        .plugin(tauri_plugin_dialog::init())
        .setup(move |app| {
            app.manage(state::Desktop::start(path));
            commands_backup::start_daily(app.handle().clone());
            // Every page of the book read once, beside the window (seconds for a large
            // book): damage makes it read-only and the window is told.
            let handle = app.handle().clone();
            std::thread::spawn(move || {
                if handle.state::<state::Desktop>().check_pages() {
                    let _ = handle.emit("book-read-only", ());
                }
            });
            Ok(())
        })
        .invoke_handler(tauri::generate_handler![
            commands::book_state,
            commands::book_create,
            commands::app_info,
            commands::set_language,
            commands::book_check,
            commands::customers_list,
            commands::customer_get,
            commands::customer_create,
            commands::customer_update,
            commands::contact_add,
            commands::contact_update,
            commands::contact_delete,
            commands::subscriptions_list,
            commands::subscription_form,
            commands::subscription_add,
            commands::subscription_update,
            commands::products_list,
            commands::product_get,
            commands::product_add,
            commands::price_add,
            commands::partner_get,
            commands::partner_save,
            commands::partner_logo_set,
            commands_invoicing::bill,
            commands_invoicing::billing_cancel,
            commands_invoicing::invoices_list,
            commands_invoicing::invoice_get,
            commands_invoicing::invoice_add_line,
            commands_invoicing::invoice_remove_line,
            commands_invoicing::invoice_delete,
            commands_invoicing::invoices_issue,
            commands_invoicing::credit_note_create,
            commands_invoicing::invoice_pdf,
            commands_invoicing::invoice_open,
            commands_invoicing::payment_record,
            commands_invoicing::payment_allocate,
            commands_invoicing::payments_list,
            commands_invoicing::customer_balances,
            commands_statements::statement_get,
            commands_statements::statement_pdf,
            commands_statements::statement_save,
            commands_statements::statements_batch,
            commands_statements::statements_cancel,
            commands_statements::aging_report,
            commands_statements::aging_export,
            commands_statements::communications_list,
            commands_statements::document_open,
            commands_statements::folder_choose,
            commands_statements::documents_folder,
            commands_collections::collections_get,
            commands_collections::letters_produce,
            commands_collections::renewal_notices_produce,
            commands_collections::communications_mark_sent,
            commands_collections::collections_hold,
            commands_collections::collections_lift_hold,
            commands_collections::suspension_done,
            commands_collections::reactivation_done,
            commands_collections::dashboard_get,
            commands_collections::policy_get,
            commands_collections::policy_save,
            commands_collections::policy_reset,
            commands_collections::policy_sheet_open,
            commands_backup::backup_status,
            commands_backup::backup_now,
            commands_backup::backup_folder_choose,
            commands_backup::restore_choose,
            commands_backup::restore_confirm,
        ])
        .build(tauri::generate_context!())
        .map(|app| {
            app.run(|handle, event| {
                if let tauri::RunEvent::Exit = event {
                    commands_backup::on_exit(handle);
                }
            })
        });
    if let Err(e) = result {
        eprintln!("Ardoise could not start its window: {e}");
        std::process::exit(1);
    }
}

/// Brings the window to the front, for a second launch on the same book.
fn focus(app: &tauri::AppHandle) {
    if let Some(window) = app.get_webview_window("main") {
        // A window that cannot be raised is still the one in use.
        let _ = window.unminimize();
        let _ = window.show();
        let _ = window.set_focus();
    }
}

/// The name a running window holds for its book (a D-Bus name on Linux): one per book
/// file, so two books may be open side by side but one book only once. Windows and macOS
/// hold one name per user for the application.
fn instance_id(book: &Path) -> String {
    let absolute = book
        .parent()
        .filter(|d| !d.as_os_str().is_empty())
        .and_then(|d| d.canonicalize().ok())
        .map(|d| d.join(book.file_name().unwrap_or_default()))
        .or_else(|| std::path::absolute(book).ok())
        .unwrap_or_else(|| book.to_path_buf());
    // FNV-1a: stable across builds and versions, which a std hasher is not.
    let hash = absolute
        .as_os_str()
        .as_encoded_bytes()
        .iter()
        .fold(0xcbf2_9ce4_8422_2325_u64, |h, b| {
            (h ^ u64::from(*b)).wrapping_mul(0x0100_0000_01b3)
        });
    format!("fr.ardoise.desktop.book{hash:016x}")
}
