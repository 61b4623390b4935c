//! The bank files picked in the system's dialog, kept by the shell: the window names one
//! by its handle, never by a path, so it can import only what the user chose.

use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::Mutex;

static PICKED: Mutex<Option<(u32, HashMap<u32, PathBuf>)>> = Mutex::new(None);

/// Keeps `file` and returns its handle.
pub fn keep(file: PathBuf) -> u32 {
    let mut guard = PICKED.lock().unwrap_or_else(|e| e.into_inner());
    let (last, files) = guard.get_or_insert_with(|| (0, HashMap::new()));
    *last += 1;
    files.insert(*last, file);
    *last
}

/// The file picked under `handle`, if any.
pub fn picked(handle: u32) -> Option<PathBuf> {
    let guard = PICKED.lock().unwrap_or_else(|e| e.into_inner());
    guard.as_ref()?.1.get(&handle).cloned()
}
