//! The trail as CSV for a spreadsheet: every entry the page's filter keeps (not only the
//! page shown), newest first, columns in the reader's language, written through the
//! outbox like every file that leaves the book.

use std::path::{Path, PathBuf};

use ardoise_domain::display;
use ardoise_domain::words::{keys, tr, word};
use ardoise_domain::Lang;

use super::describe::entry_view;
use crate::outbox::Naming;
use crate::transport_audit::{AuditEntryView, AuditFilter};
use crate::{paths, AppError, Ardoise, Permission, Result, Session};

/// Entries read per query while the file is made.
const CHUNK: i64 = 1_000;

fn csv_error(e: impl std::fmt::Display) -> AppError {
    AppError::Document(e.to_string())
}

/// The changes of an entry on one cell: « Client : Ville : Paris → Lyon ; … ».
fn changes_cell(e: &AuditEntryView, lang: Lang) -> String {
    let none = word(lang, keys::AUDIT_NO_VALUE);
    e.changes
        .iter()
        .map(|r| {
            let fields = r
                .fields
                .iter()
                .map(|f| {
                    tr!(
                        lang,
                        AUDIT_CSV_FIELD,
                        label = f.label.as_str(),
                        before = f.before.as_deref().unwrap_or(none),
                        after = f.after.as_deref().unwrap_or(none)
                    )
                })
                .collect::<Vec<_>>()
                .join(" ; ");
            tr!(
                lang,
                AUDIT_CSV_ROW,
                what = r.what.as_str(),
                op = r.op_label.as_str(),
                fields = fields
            )
        })
        .collect::<Vec<_>>()
        .join(" | ")
}

impl Ardoise {
    /// The CSV file's name and bytes (with a byte-order mark, for spreadsheets).
    pub fn audit_csv(
        &self,
        session: &Session,
        filter: &AuditFilter,
        lang: Lang,
    ) -> Result<(String, Vec<u8>)> {
        session.require(Permission::ViewAudit)?;
        let mut q = self.audit_query(filter, CHUNK)?;
        let mut out = Vec::from("\u{feff}".as_bytes());
        {
            let mut w = csv::WriterBuilder::new()
                .delimiter(display::csv_delimiter(lang))
                .from_writer(&mut out);
            w.write_record([
                tr!(lang, AUDIT_CSV_WHEN),
                tr!(lang, AUDIT_CSV_WHO),
                tr!(lang, AUDIT_CSV_WHAT),
                tr!(lang, AUDIT_CSV_CUSTOMER),
                tr!(lang, AUDIT_CSV_CHANGES),
            ])
            .map_err(csv_error)?;
            self.store.snapshot(|db| {
                loop {
                    let rows = db.audit_page(&q)?;
                    let Some(last) = rows.last().map(|r| r.id) else {
                        break;
                    };
                    for r in rows {
                        let e = entry_view(db, r, lang)?;
                        let changes = changes_cell(&e, lang);
                        w.write_record([
                            e.when,
                            e.who,
                            e.what,
                            e.customer_name.unwrap_or_default(),
                            changes,
                        ])
                        .map_err(csv_error)?;
                    }
                    q.before_id = Some(last);
                }
                Ok::<_, AppError>(())
            })?;
            w.flush().map_err(csv_error)?;
        }
        let today = self.clock.today();
        Ok((format!("{}-{today}.csv", word(lang, keys::AUDIT_FILE)), out))
    }

    /// Saves the trail as CSV in the documents folder (or `to`); the path written.
    pub fn save_audit_csv(
        &self,
        session: &Session,
        filter: &AuditFilter,
        lang: Lang,
        to: Option<&Path>,
    ) -> Result<PathBuf> {
        let (name, bytes) = self.audit_csv(session, filter, lang)?;
        let (file, naming) = match to {
            Some(f) => (f.to_path_buf(), Naming::Exact),
            None => (paths::documents_dir(&self.path).join(name), Naming::Fresh),
        };
        self.send_file(session, &file, naming, "audit", None, &bytes)
    }
}
