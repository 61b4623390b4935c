//! What the window's mapping step shows of a CSV file before it is read: its columns,
//! its first rows and the banks whose mapping the book remembers.

use std::path::Path;

use ardoise_domain::bank::{self, CsvMapping};

use crate::transport_bank::{CsvSample, KnownCsvBank};
use crate::{AppError, Ardoise, Permission, Result, Session};

/// Enough rows to see what each column holds.
const SAMPLE_ROWS: usize = 5;

impl Ardoise {
    /// `None` for a CAMT.053 or OFX file, which needs no mapping.
    pub fn bank_csv_sample(&self, session: &Session, path: &Path) -> Result<Option<CsvSample>> {
        session.require(Permission::RecordPayments)?;
        let bytes =
            std::fs::read(path).map_err(|_| AppError::FileMissing(path.display().to_string()))?;
        if bank::detect(&bytes).is_some() {
            return Ok(None);
        }
        let (columns, rows) = bank::csv_sample(&bytes, SAMPLE_ROWS);
        let banks = self
            .store
            .read()
            .csv_mappings()?
            .into_iter()
            .filter_map(|(name, text)| {
                let mapping = serde_json::from_str::<CsvMapping>(&text).ok()?;
                Some(KnownCsvBank { name, mapping })
            })
            .collect();
        Ok(Some(CsvSample {
            columns,
            rows,
            banks,
        }))
    }
}
