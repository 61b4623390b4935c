//! Importing Microsoft Partner Center's reconciliation files: a preview of what a file
//! would change, the import itself in one transaction, and the history of files imported.
//!
//! A file is read as a stream. The preview reads it to sum it up (totals, customers,
//! subscriptions and their seats at the end of the period, products); the import reads
//! it once, inside its transaction, writing each line the book lacks while it sums the
//! file up, then decides from the sum (`pipeline.rs`). The same file again (its SHA-256)
//! writes nothing, and a copy a spreadsheet saved again adds no line the book has
//! (`scan.rs`'s line keys).

mod apply;
mod generate;
mod pipeline;
mod plan;
mod refusal;
mod scan;
mod views;

use std::path::Path;

use ardoise_domain::words::tr;
use ardoise_domain::Lang;
use ardoise_store::NewPcImport;
use serde_json::json;

pub use generate::{generate_partner_center_file, GeneratedKind};
pub use refusal::PcRefusal;
pub use scan::Progress;

use crate::transport_partner_center::{PcImportRow, PcImportView, PcPreviewView};
use crate::{AppError, Ardoise, Audit, AuditId, Permission, Result, Session};
use apply::Applied;
use plan::{BookState, Plan, Warning};
use scan::FileSummary;

/// The file's name as the history shows it.
fn file_name(path: &Path) -> String {
    path.file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default()
}

/// An import written: its id, what it added, and the plan it followed.
struct Done {
    import_id: i64,
    added: u64,
    known: u64,
    applied: Applied,
    plan: Plan,
    summary: FileSummary,
    detail: serde_json::Value,
}

/// The file's row, once its reading has summed it up.
fn new_import(
    name: &str,
    summary: &FileSummary,
    now: chrono::DateTime<chrono::Utc>,
    staff_id: i64,
) -> NewPcImport {
    NewPcImport {
        file_sha256: summary.sha256.clone(),
        file_name: name.to_string(),
        kind: summary.kind.code().to_string(),
        line_count: summary.totals.lines,
        period_from: summary.period.map(|p| p.0.to_string()),
        period_to: summary.period.map(|p| p.1.to_string()),
        totals: summary
            .totals
            .subtotal
            .iter()
            .map(|(c, t)| (c.clone(), t.to_string()))
            .collect(),
        imported_at: now,
        staff_id,
    }
}

/// The journal names the import by its file (the detail's `file`), not by a number.
impl AuditId for Done {
    fn audit_id(&self) -> Option<i64> {
        None
    }

    /// The file's SHA-256, kind and lines are known once it has been read, inside the
    /// transaction.
    fn audit_detail(&self) -> Option<serde_json::Value> {
        Some(self.detail.clone())
    }
}

impl Ardoise {
    /// What importing the file would do, read against the book; nothing is written.
    pub fn partner_center_preview(
        &self,
        session: &Session,
        path: &str,
        lang: Lang,
    ) -> Result<PcPreviewView> {
        self.partner_center_preview_reporting(session, path, lang, &|_, _| {})
    }

    /// [`Self::partner_center_preview`], telling `progress` the bytes read and the
    /// file's size as it reads (every hundredth of the file).
    pub fn partner_center_preview_reporting(
        &self,
        session: &Session,
        path: &str,
        lang: Lang,
        progress: Progress<'_>,
    ) -> Result<PcPreviewView> {
        session.require(Permission::EditInvoices)?;
        let path = Path::new(path);
        let db = self.store.read();
        let summary = scan::summarise(path, progress, |key| Ok(db.pc_line_known(key)?))?;
        let book = BookState::read(&db, &summary)?;
        let already = db.pc_import_of(&summary.sha256)?;
        let plan = plan::plan(&summary, &book, true);
        Ok(views::preview(
            &file_name(path),
            &summary,
            &plan,
            already.as_ref(),
            false,
            lang,
        ))
    }

    /// Imports the file: its lines the book does not have yet, the products the
    /// catalogue lacks (without a price), with `create_customers` the customers the book
    /// lacks, and each subscription created or brought to the seats, term and frequency
    /// the file ends with; all in one transaction, decided inside it. The same file
    /// again, or a file whose every line the book has, writes nothing and says so.
    pub fn partner_center_import(
        &self,
        session: &Session,
        path: &str,
        create_customers: bool,
        lang: Lang,
    ) -> Result<PcImportView> {
        self.partner_center_import_reporting(session, path, create_customers, lang, &|_, _| {})
    }

    /// [`Self::partner_center_import`], telling `progress` the bytes read and the file's
    /// size as its one reading goes.
    pub fn partner_center_import_reporting(
        &self,
        session: &Session,
        path: &str,
        create_customers: bool,
        lang: Lang,
        progress: Progress<'_>,
    ) -> Result<PcImportView> {
        session.require(Permission::EditInvoices)?;
        let path = Path::new(path);
        let name = file_name(path);
        let nothing = |outcome: &str, message: String, preview: PcPreviewView| PcImportView {
            import_id: None,
            outcome: outcome.to_string(),
            message,
            lines_added: 0,
            customers_created: 0,
            products_created: 0,
            subscriptions_created: 0,
            subscriptions_changed: 0,
            preview,
        };
        let book_lang = self.language()?.unwrap_or(lang);
        let now = self.clock.now();
        let staff_id = session.staff_id;
        // What the reading found, kept when the transaction is rolled back: the answer
        // to a file already imported or with nothing new still shows what it holds.
        let mut read: Option<FileSummary> = None;
        let written = self.write(
            session,
            Audit {
                action: "partner_center.import",
                entity: "pc_import",
                entity_id: None,
                detail: json!({ "file": name, "create_customers": create_customers }),
            },
            |db| {
                let import_id = db.next_pc_import_id()?;
                db.defer_foreign_keys()?;
                let reading = pipeline::read_into(path, progress, |row| {
                    Ok(db.insert_pc_line_if_new(import_id, row)?)
                })?;
                let summary = reading.summary;
                read = Some(summary.clone());
                if db.pc_import_of(&summary.sha256)?.is_some() {
                    return Err(AppError::PartnerCenter(PcRefusal::AlreadyImported));
                }
                if reading.added == 0 {
                    return Err(AppError::PartnerCenter(PcRefusal::NothingNew));
                }
                let book = BookState::read(db, &summary)?;
                let plan = plan::plan(&summary, &book, create_customers);
                db.insert_pc_import_as(import_id, &new_import(&name, &summary, now, staff_id))?;
                let applied = apply::apply(db, &plan, &book, &name, book_lang, now)?;
                Ok(Done {
                    import_id,
                    added: reading.added,
                    known: reading.known,
                    applied,
                    plan,
                    detail: json!({
                        "file": name,
                        "sha256": summary.sha256,
                        "kind": summary.kind.code(),
                        "lines": summary.totals.lines,
                        "create_customers": create_customers,
                    }),
                    summary,
                })
            },
        );
        match written {
            Ok(mut done) => {
                if done.known > 0 {
                    done.plan
                        .warnings
                        .push(Warning::LinesKnown { lines: done.known });
                }
                let a = done.applied;
                Ok(PcImportView {
                    import_id: Some(done.import_id),
                    outcome: "imported".into(),
                    message: tr!(
                        lang,
                        PARTNER_CENTER_IMPORT_DONE,
                        lines = done.added as i64,
                        customers = a.customers as i64,
                        subscriptions = a.subscriptions_created as i64,
                        changed = a.subscriptions_changed as i64
                    ),
                    lines_added: done.added,
                    customers_created: a.customers,
                    products_created: a.products,
                    subscriptions_created: a.subscriptions_created,
                    subscriptions_changed: a.subscriptions_changed,
                    preview: views::preview(&name, &done.summary, &done.plan, None, true, lang),
                })
            }
            Err(AppError::PartnerCenter(
                refusal @ (PcRefusal::NothingNew | PcRefusal::AlreadyImported),
            )) => {
                let Some(mut summary) = read else {
                    return Err(AppError::PartnerCenter(refusal));
                };
                let db = self.store.read();
                let record = db.pc_import_of(&summary.sha256)?;
                if record.is_none() {
                    summary.known_lines = summary.totals.lines;
                }
                let book = BookState::read(&db, &summary)?;
                let plan = plan::plan(&summary, &book, create_customers);
                let preview = views::preview(&name, &summary, &plan, record.as_ref(), false, lang);
                Ok(match record {
                    Some(record) => nothing(
                        "file_already_imported",
                        tr!(
                            lang,
                            PARTNER_CENTER_IMPORT_FILE_ALREADY,
                            when = views::when_and_who(&record, lang)
                        ),
                        preview,
                    ),
                    None => nothing(
                        "nothing_new",
                        tr!(lang, PARTNER_CENTER_IMPORT_NOTHING_NEW),
                        preview,
                    ),
                })
            }
            Err(e) => Err(e),
        }
    }

    /// Every Partner Center file imported, newest first: name, SHA-256, kind, period,
    /// totals, when and by whom.
    pub fn partner_center_imports(
        &self,
        session: &Session,
        lang: Lang,
    ) -> Result<Vec<PcImportRow>> {
        session.require(Permission::ViewBook)?;
        Ok(self
            .store
            .read()
            .pc_imports()?
            .into_iter()
            .map(|r| views::history_row(r, lang))
            .collect())
    }
}
