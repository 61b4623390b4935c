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
        let text = decode(&bytes);
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

/// The file's text as the domain reads it: UTF-8 (its byte-order mark dropped), else
/// Windows-1252, which French banks still export; an accent must not show as �.
fn decode(bytes: &[u8]) -> String {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    if let Ok(text) = std::str::from_utf8(bytes) {
        return text.to_string();
    }
    // 0x80–0x9F differ from Latin-1; the five bytes Windows-1252 leaves unassigned keep
    // their Latin-1 control character, as the domain's decoder does.
    const HIGH: [char; 32] = [
        '€', '\u{81}', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '\u{8d}', 'Ž',
        '\u{8f}', '\u{90}', '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', '\u{9d}',
        'ž', 'Ÿ',
    ];
    bytes
        .iter()
        .map(|&b| match b {
            0x80..=0x9F => HIGH[usize::from(b - 0x80)],
            _ => char::from(b),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::decode;

    #[test]
    fn a_windows_1252_export_reads_with_its_accents() {
        let bytes = b"Date;Libell\xe9;D\xe9bit\n24/11/2026;REGLEMENT \x80 \x92;12,00\n";
        assert_eq!(
            decode(bytes),
            "Date;Libellé;Débit\n24/11/2026;REGLEMENT € ’;12,00\n"
        );
        assert_eq!(decode("\u{feff}Libellé".as_bytes()), "Libellé");
    }
}
