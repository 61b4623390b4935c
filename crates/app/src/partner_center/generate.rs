//! Realistic Partner Center files written for tests, demonstrations and benchmarks
//! (`ardoise gen partner-center`): never over a file that is there.

use std::fs::OpenOptions;
use std::io::ErrorKind;
use std::path::Path;

use ardoise_partner_center::generate::generate;
use ardoise_partner_center::FileKind;
use rust_decimal::Decimal;

use crate::{AppError, Result};

/// Which kind of file to write.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum GeneratedKind {
    Invoice,
    Usage,
    Legacy,
}

/// Writes `rows` lines of a file of `kind` from `seed` at `path` (a new file), in
/// Microsoft's form or, with `french`, as a French spreadsheet saves it again. Returns
/// the file's own Subtotal total per currency.
pub fn generate_partner_center_file(
    path: &Path,
    rows: u64,
    seed: u64,
    french: bool,
    kind: GeneratedKind,
) -> Result<Vec<(String, Decimal)>> {
    let kind = match kind {
        GeneratedKind::Invoice => FileKind::NewCommerceInvoice,
        GeneratedKind::Usage => FileKind::DailyRatedUsage,
        GeneratedKind::Legacy => FileKind::LegacyLicenseBased,
    };
    let shown = path.display().to_string();
    let file = OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(path)
        .map_err(|e| match e.kind() {
            ErrorKind::AlreadyExists => AppError::FileExists(shown.clone()),
            _ => AppError::File {
                path: shown.clone(),
                detail: e.to_string(),
            },
        })?;
    let totals = generate(rows, seed, french, kind, file).map_err(|e| AppError::File {
        path: shown,
        detail: e.to_string(),
    })?;
    Ok(totals.subtotal.into_iter().collect())
}
