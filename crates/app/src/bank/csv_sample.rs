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
        let columns = bank::csv_columns(&bytes);
        // Only shown: the statement itself is read by the domain, in its encoding.
        let text = String::from_utf8_lossy(&bytes);
        // The same choice as the domain's: semicolons unless commas are more in row one.
        let first = text.lines().next().unwrap_or("");
        let delimiter = if first.matches(';').count() >= first.matches(',').count() {
            b';'
        } else {
            b','
        };
        let mut reader = csv::ReaderBuilder::new()
            .delimiter(delimiter)
            .flexible(true)
            .from_reader(text.as_bytes());
        let rows = reader
            .records()
            .filter_map(|r| r.ok())
            .filter(|r| r.iter().any(|c| !c.trim().is_empty()))
            .take(SAMPLE_ROWS)
            .map(|r| r.iter().map(|c| c.trim().to_string()).collect())
            .collect();
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
