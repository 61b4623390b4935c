//! Ardoise's desktop window. Everything it does goes through `ardoise-app`.

// No console window behind the app on Windows release builds.
#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

mod backup;
mod bank_files;
mod commands;
mod dialogs;
mod shell;
mod signin;
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
            backup::start_daily(app.handle().clone());
            // Every page of the book read once, beside the window (seconds for a large
            // book): damage makes it read-only and the window is told.
            let handle = app.handle().clone();
            std::thread::spawn(move || {
                if handle.state::<state::Desktop>().check_pages() {
                    let _ = handle.emit(ardoise_app::window::BOOK_READ_ONLY, ());
                }
            });
            Ok(())
        })
        .invoke_handler(commands::handler())
        .build(tauri::generate_context!())
        .map(|app| {
            app.run(|handle, event| {
                if let tauri::RunEvent::Exit = event {
                    backup::on_exit(handle);
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
