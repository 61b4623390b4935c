//! Documents saved to a file on request (an invoice to print, the aging report, the
//! policy sheet): rendered here, written through the outbox, so both shells only say
//! where, and a file already there is never replaced.

use std::path::{Path, PathBuf};

use ardoise_domain::Lang;

use crate::outbox::Naming;
use crate::transport_statements::ExportFormat;
use crate::{paths, AppError, Ardoise, Permission, Result, Session};

/// Hands a file or folder the book wrote (or may write to) to the system's viewer or file
/// manager: the one place either shell opens anything, with one way to say it failed.
pub fn show(path: &Path) -> Result<()> {
    open::that_detached(path).map_err(|e| AppError::File {
        path: path.display().to_string(),
        detail: e.to_string(),
    })
}

/// A document just written, opened when `open` asks: its path, for the window to show.
pub fn shown(file: PathBuf, open: bool) -> Result<String> {
    if open {
        show(&file)?;
    }
    Ok(file.display().to_string())
}

/// Where a document goes: the file the user named, or its own name in the book's
/// documents folder (numbered when taken).
fn target(book: &Path, name: &str, to: Option<&Path>) -> (PathBuf, Naming) {
    match to {
        Some(file) => (file.to_path_buf(), Naming::Exact),
        None => (paths::documents_dir(book).join(name), Naming::Fresh),
    }
}

impl Ardoise {
    /// Saves an invoice or credit note as PDF; returns the path written.
    pub fn save_invoice_pdf(
        &self,
        session: &Session,
        id: i64,
        to: Option<&Path>,
    ) -> Result<PathBuf> {
        let (name, bytes) = self.invoice_pdf(session, id)?;
        let customer = self.store.read().document(id)?.summary.customer_id;
        let (file, naming) = target(&self.path, &name, to);
        self.send_file(session, &file, naming, "invoice", Some(customer), &bytes)
    }

    /// Saves the aging report as of a date, as CSV or PDF.
    pub fn save_aging(
        &self,
        session: &Session,
        as_of: &str,
        format: ExportFormat,
        lang: Lang,
        to: Option<&Path>,
    ) -> Result<PathBuf> {
        session.require(Permission::ViewBook)?;
        let (name, bytes) = match format {
            ExportFormat::Csv => self.aging_csv(session, as_of, lang)?,
            ExportFormat::Pdf => self.aging_pdf(session, as_of, lang)?,
        };
        let (file, naming) = target(&self.path, &name, to);
        self.send_file(session, &file, naming, "aging", None, &bytes)
    }

    /// Saves the customers' policy sheet in `lang`.
    pub fn save_policy_sheet(
        &self,
        session: &Session,
        lang: Lang,
        to: Option<&Path>,
    ) -> Result<PathBuf> {
        let (name, bytes) = self.policy_sheet_pdf(session, lang)?;
        let (file, naming) = target(&self.path, &name, to);
        self.send_file(session, &file, naming, "policy", None, &bytes)
    }
}
