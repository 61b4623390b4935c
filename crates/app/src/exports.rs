//! Files a shell names itself (`ardoise invoices pdf --out`, `aging --pdf`, the logo):
//! written through the outbox like every document, and reported with their size, so a
//! shell touches no file of its own.

use std::path::{Path, PathBuf};

use ardoise_domain::Lang;

use crate::transport_statements::ExportFormat;
use crate::{AppError, Ardoise, Permission, Result, Session};

/// A file written: where, and how many bytes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Saved {
    pub path: PathBuf,
    pub bytes: u64,
}

fn saved(path: PathBuf) -> Saved {
    // Written and synced by the outbox a moment ago; a size it cannot read is shown as 0.
    let bytes = std::fs::metadata(&path).map(|m| m.len()).unwrap_or(0);
    Saved { path, bytes }
}

impl Ardoise {
    /// The aging report as of a date (today when `None`) as PDF, to `to`.
    pub fn export_aging_pdf(
        &self,
        session: &Session,
        as_of: Option<&str>,
        lang: Lang,
        to: &Path,
    ) -> Result<Saved> {
        session.require(Permission::ViewBook)?;
        let as_of = self.date_or_today(as_of);
        self.save_aging(session, &as_of, ExportFormat::Pdf, lang, Some(to))
            .map(saved)
    }

    /// The aging report as CSV text for a terminal or a pipe: without the byte-order
    /// mark, which is for spreadsheets opening a file.
    pub fn aging_csv_text(
        &self,
        session: &Session,
        as_of: Option<&str>,
        lang: Lang,
    ) -> Result<String> {
        session.require(Permission::ViewBook)?;
        let as_of = self.date_or_today(as_of);
        let (_, bytes) = self.aging_csv(session, &as_of, lang)?;
        let text = bytes.strip_prefix("\u{feff}".as_bytes()).unwrap_or(&bytes);
        Ok(String::from_utf8_lossy(text).into_owned())
    }

    /// An invoice or credit note as PDF, to `to`.
    pub fn export_invoice_pdf(&self, session: &Session, id: i64, to: &Path) -> Result<Saved> {
        self.save_invoice_pdf(session, id, Some(to)).map(saved)
    }

    /// The partner's logo from a PNG file, or removed with `None`.
    pub fn set_partner_logo_file(&self, session: &Session, file: Option<&Path>) -> Result<()> {
        session.require(Permission::EditPartner)?;
        let png = match file {
            None => None,
            Some(f) => Some(
                std::fs::read(f).map_err(|e| AppError::Refused(format!("{}: {e}", f.display())))?,
            ),
        };
        self.set_partner_logo(session, png)
    }
}
