//! Issued invoices leaving the book after a billing run (or from the invoices list): each
//! to its own file in a folder, and all of them in one PDF to print. Every invoice that
//! leaves has its communication-log entry (kind invoice, the SHA-256 of its bytes), so the
//! list knows which were not sent yet.
//!
//! A second run into the same folder writes only what is missing; a print file already
//! made with the same bytes is named, not made again. A cancelled run keeps (and logs)
//! what it had written, and makes no print file.

use std::collections::HashSet;
use std::path::{Path, PathBuf};

use ardoise_documents::combine_pdfs;
use ardoise_domain::words::{keys, word};
use ardoise_domain::Lang;
use ardoise_store::{Db, DocumentSummary, InvoiceFile, NewCommunication};
use serde_json::json;

use crate::invoicing::CancelFlag;
use crate::outbox::{sha256_hex, FileOut, Naming, Outbox};
use crate::transport_invoicing::Progress;
use crate::transport_send::{InvoicesPrintRequest, InvoicesPrintResult};
use crate::{AppError, Ardoise, Audit, AuditId, Permission, Result, Session};

/// The default folder's name beside the book's documents: `invoices/2026-11`.
pub(crate) const INVOICES_SUBDIR: &str = "invoices";

/// Invoices logged per transaction: a cancel stops quickly, a thousand invoices are not
/// a thousand commits.
const LOG_CHUNK: usize = 50;

/// The log's kind for a print file of invoices (`files_written.kind`).
const PRINT_FILE: &str = "invoices_combined";

/// One invoice rendered.
struct Rendered {
    summary: DocumentSummary,
    file_name: String,
    pdf: Vec<u8>,
}

/// What one transaction of invoices did: the paths it wrote, how many it found written.
#[derive(Default)]
struct Sent {
    paths: Vec<PathBuf>,
    kept: usize,
}

impl AuditId for Sent {
    fn audit_id(&self) -> Option<i64> {
        None
    }
}

/// A print file found or made, and its pages.
struct Made(Option<(PathBuf, i64)>);

impl AuditId for Made {
    fn audit_id(&self) -> Option<i64> {
        None
    }
}

impl Ardoise {
    /// The issued invoices of a billing period ("2026-11"), by number.
    pub fn invoices_of_period(&self, session: &Session, period: &str) -> Result<Vec<i64>> {
        session.require(Permission::ViewBook)?;
        let start = super::billing::parse_period(period)?.start();
        let mut docs = self
            .store
            .read()
            .document_summaries(&ardoise_store::DocumentQuery {
                period_start: Some(start),
                kind: Some(ardoise_store::DocKind::Invoice),
                issued_only: true,
                ..Default::default()
            })?;
        docs.sort_by(|a, b| a.number.cmp(&b.number));
        Ok(docs.iter().map(|d| d.id).collect())
    }

    /// Writes the invoices into `default_dir/invoices/…` when the request names no
    /// folder; the print file is named in `lang`, the reader's language.
    pub fn print_invoices(
        &self,
        session: &Session,
        req: &InvoicesPrintRequest,
        lang: Lang,
        default_dir: &Path,
        progress: &dyn Fn(Progress),
        cancel: &CancelFlag,
    ) -> Result<InvoicesPrintResult> {
        session.require(Permission::EditInvoices)?;
        let summaries = self.printable(&req.ids)?;
        let label = folder_label(&summaries, self.today());
        let out_dir = match req.out_dir.trim() {
            "" => default_dir.join(INVOICES_SUBDIR).join(&label),
            dir => PathBuf::from(dir),
        };
        // Only spares rendering what an earlier run wrote: another process may be writing
        // the same invoices now, so each transaction looks again before it writes.
        let kept = if req.files {
            already_in(&self.store.read(), &out_dir, &summaries)?
        } else {
            HashSet::new()
        };
        // A print file of exactly these invoices, still where it was written, is not
        // made again (rendering twice does not give the same bytes: the PDFs' ids).
        let mut printed = match req.combined {
            Some(_) => print_file_of(&self.store.read(), &summaries)?,
            None => None,
        };
        // A print file name the user typed that is taken is refused before anything is
        // written, not after the invoices' own files; unless another run has just made
        // it of these very invoices.
        if let (None, Some(typed)) = (&printed, req.combined.as_deref().map(str::trim)) {
            if !typed.is_empty() && Path::new(typed).exists() {
                printed = print_file_of(&self.store.read(), &summaries)?;
                if printed.is_none() {
                    let shown = std::path::absolute(typed).unwrap_or_else(|_| PathBuf::from(typed));
                    return Err(AppError::FileExists(shown.display().to_string()));
                }
            }
        }
        let combine = req.combined.is_some() && printed.is_none();
        let to_render: Vec<&DocumentSummary> = summaries
            .iter()
            .filter(|s| combine || !kept.contains(&s.id))
            .collect();
        let total = to_render.len() as i64;
        progress(Progress { done: 0, total });
        let mut result = InvoicesPrintResult {
            out_dir: out_dir.display().to_string(),
            files: Vec::new(),
            kept: kept.len() as i64,
            combined: None,
            combined_pages: 0,
            selected: summaries.len() as i64,
            cancelled: false,
        };
        let mut all = Vec::new();
        let mut done = 0;
        for chunk in to_render.chunks(LOG_CHUNK) {
            let mut rendered = Vec::with_capacity(chunk.len());
            for s in chunk {
                if cancel.is_set() {
                    result.cancelled = true;
                    break;
                }
                let (file_name, pdf) = self.invoice_pdf(session, s.id)?;
                rendered.push(Rendered {
                    summary: (*s).clone(),
                    file_name,
                    pdf,
                });
                done += 1;
                progress(Progress { done, total });
            }
            if req.files {
                let fresh: Vec<&Rendered> = rendered
                    .iter()
                    .filter(|r| !kept.contains(&r.summary.id))
                    .collect();
                let targets = fresh
                    .iter()
                    .map(|r| (*r, out_dir.join(&r.file_name)))
                    .collect::<Vec<_>>();
                let sent = self.send_invoices(session, &targets, Naming::Fresh, None)?;
                result.kept += sent.kept as i64;
                result
                    .files
                    .extend(sent.paths.into_iter().map(|p| p.display().to_string()));
            }
            all.extend(rendered);
            if result.cancelled {
                break;
            }
        }
        if let Some((path, pages)) = printed {
            result.combined = Some(path.display().to_string());
            result.combined_pages = pages;
        } else if let (Some(combined), false) = (&req.combined, result.cancelled) {
            let target = match combined.trim() {
                "" => out_dir.join(format!("{}-{label}.pdf", word(lang, keys::FILE_INVOICES))),
                p => PathBuf::from(p),
            };
            // A name the user typed is never taken over; the default one is numbered.
            let naming = match combined.trim() {
                "" => Naming::Fresh,
                _ => Naming::Exact,
            };
            let (path, pages) = self.print_file(session, &all, &target, naming, !req.files)?;
            result.combined = path.map(|p| p.display().to_string());
            result.combined_pages = pages;
        }
        Ok(result)
    }

    /// The requested documents, issued, in the request's order.
    fn printable(&self, ids: &[i64]) -> Result<Vec<DocumentSummary>> {
        if ids.is_empty() {
            return Err(
                ardoise_domain::Invalid::one("ids", ardoise_domain::Problem::Required).into(),
            );
        }
        let db = self.store.read();
        let mut seen = HashSet::new();
        let mut out = Vec::with_capacity(ids.len());
        for id in ids.iter().filter(|id| seen.insert(**id)) {
            let s = db.document(*id)?.summary;
            if !s.issued {
                return Err(AppError::NotIssued);
            }
            out.push(s);
        }
        Ok(out)
    }

    /// Each invoice to its target, with its log entry, in one transaction. `in_file`:
    /// the invoices are not written on their own but went out inside this print file.
    /// An invoice whose file is already in its target's folder (another process wrote
    /// it a moment ago) is not written again: the folder is looked at under the lock.
    fn send_invoices(
        &self,
        session: &Session,
        items: &[(&Rendered, PathBuf)],
        naming: Naming,
        in_file: Option<&str>,
    ) -> Result<Sent> {
        if items.is_empty() {
            return Ok(Sent::default());
        }
        if in_file.is_none() {
            let mut folders: Vec<&Path> = items.iter().filter_map(|i| i.1.parent()).collect();
            folders.dedup();
            Outbox::prepare(&self.store, &folders)?;
        }
        let now = self.clock.now();
        let numbers: Vec<&str> = items
            .iter()
            .filter_map(|(r, _)| r.summary.number.as_deref())
            .collect();
        let mut outbox = Outbox::default();
        let written = self.write(
            session,
            Audit {
                action: "invoice.send",
                entity: "invoice",
                entity_id: match items {
                    [one] => Some(one.0.summary.id),
                    _ => None,
                },
                detail: json!({ "invoices": numbers, "print_file": in_file }),
            },
            |db| {
                let files = match in_file {
                    None => db.invoice_files()?,
                    Some(_) => Vec::new(),
                };
                let mut sent = Sent::default();
                for (r, target) in items {
                    let s = &r.summary;
                    let folder = target.parent().unwrap_or(Path::new("."));
                    if in_file.is_none() && file_in(&files, folder, s) {
                        sent.kept += 1;
                        continue;
                    }
                    let path = match in_file {
                        None => Some(outbox.stage(target, naming, &r.pdf)?),
                        Some(_) => None,
                    };
                    let file_name = match (&path, in_file) {
                        (Some(p), _) => p.file_name().map(|n| n.to_string_lossy().to_string()),
                        (None, name) => name.map(str::to_string),
                    };
                    let number = s.number.clone().unwrap_or_default();
                    let id = db.insert_communication(
                        &NewCommunication {
                            customer_id: s.customer_id,
                            kind: "invoice",
                            step_code: None,
                            staff_id: Some(session.staff_id),
                            as_of: s.issue_date.unwrap_or_else(|| self.today()),
                            period: None,
                            balance: s.gross,
                            invoices: &[number],
                            document_sha256: &sha256_hex(&r.pdf),
                            file_name: file_name.as_deref(),
                        },
                        now,
                    )?;
                    if let Some(path) = path {
                        let file = FileOut {
                            kind: "invoice",
                            customer_id: Some(s.customer_id),
                            communication_id: Some(id),
                            bytes: &r.pdf,
                        };
                        outbox.log(db, &path, file, session.staff_id, now)?;
                        sent.paths.push(path);
                    }
                }
                Ok(sent)
            },
        )?;
        self.publish(outbox)?;
        Ok(written)
    }

    /// The print file of `all`. `log_each`: the invoices left only inside it, each gets its log entry.
    fn print_file(
        &self,
        session: &Session,
        all: &[Rendered],
        target: &Path,
        naming: Naming,
        log_each: bool,
    ) -> Result<(Option<PathBuf>, i64)> {
        let pdfs: Vec<&[u8]> = all.iter().map(|r| r.pdf.as_slice()).collect();
        let Some(combined) = combine_pdfs(&pdfs).map_err(|e| AppError::Document(e.to_string()))?
        else {
            return Ok((None, 0));
        };
        let pages = combined.pages as i64;
        let sha256 = sha256_hex(&combined.bytes);
        if let Some(dir) = target.parent().filter(|d| !d.as_os_str().is_empty()) {
            Outbox::prepare(&self.store, &[dir])?;
        }
        let numbers: Vec<&str> = all
            .iter()
            .filter_map(|r| r.summary.number.as_deref())
            .collect();
        let summaries: Vec<DocumentSummary> = all.iter().map(|r| r.summary.clone()).collect();
        // Under the lock, the print file another process may have made of these invoices
        // meanwhile is named; else the file and, when they left only inside it, each
        // invoice's entry: one commit.
        let made = self.write(
            session,
            Audit {
                action: "invoice.print",
                entity: "invoice",
                entity_id: None,
                detail: json!({ "invoices": numbers }),
            },
            |db| {
                if let Some(found) = print_file_of(db, &summaries)? {
                    return Ok(Made(Some(found)));
                }
                self.write(
                    session,
                    Audit {
                        action: "invoice.print_file",
                        entity: "invoice",
                        entity_id: None,
                        detail: json!({ "invoices": numbers, "sha256": sha256, "pages": pages }),
                    },
                    |_| {
                        let path = self.send_file(
                            session,
                            target,
                            naming,
                            PRINT_FILE,
                            None,
                            &combined.bytes,
                        )?;
                        if log_each {
                            let name = path.file_name().map(|n| n.to_string_lossy().to_string());
                            let items: Vec<(&Rendered, PathBuf)> =
                                all.iter().map(|r| (r, path.clone())).collect();
                            self.send_invoices(session, &items, naming, name.as_deref())?;
                        }
                        Ok(Made(Some((path, pages))))
                    },
                )
            },
        )?;
        Ok(match made.0 {
            Some((path, pages)) => (Some(path), pages),
            None => (None, 0),
        })
    }
}

/// A file that is there, or about to be: another process has committed its log row and
/// is giving it its name.
fn there(path: &Path) -> bool {
    path.exists() || crate::outbox::temp_of(path).exists()
}

/// The latest print file of exactly these invoices still on disk, and its pages.
fn print_file_of(db: &Db<'_>, summaries: &[DocumentSummary]) -> Result<Option<(PathBuf, i64)>> {
    let numbers: Vec<&str> = summaries
        .iter()
        .filter_map(|s| s.number.as_deref())
        .collect();
    Ok(db
        .print_files_of(&numbers)?
        .into_iter()
        .map(|(p, pages)| (PathBuf::from(p), pages))
        .find(|(p, _)| there(p)))
}

/// Invoices whose file from an earlier run is still in `dir` (by its logged path).
fn already_in(db: &Db<'_>, dir: &Path, summaries: &[DocumentSummary]) -> Result<HashSet<i64>> {
    let files = db.invoice_files()?;
    Ok(summaries
        .iter()
        .filter(|s| file_in(&files, dir, s))
        .map(|s| s.id)
        .collect())
}

/// Whether the invoice has a logged file in `dir` that is still there.
fn file_in(files: &[InvoiceFile], dir: &Path, s: &DocumentSummary) -> bool {
    let dir = std::path::absolute(dir).unwrap_or_else(|_| dir.to_path_buf());
    files.iter().any(|f| {
        Some(&f.invoice_number) == s.number.as_ref()
            && f.customer_id == s.customer_id
            && Path::new(&f.path).parent() == Some(dir.as_path())
            && there(Path::new(&f.path))
    })
}

/// `2026-11` when every invoice is of that billing period, else the day's date.
fn folder_label(summaries: &[DocumentSummary], today: chrono::NaiveDate) -> String {
    let mut periods = summaries.iter().map(|s| s.period_start);
    match periods.next() {
        Some(Some(first)) if periods.all(|p| p == Some(first)) => first.format("%Y-%m").to_string(),
        _ => today.to_string(),
    }
}

impl Ardoise {
    /// Records that issued invoices went out on a date, by post or e-mail. An invoice
    /// that never left the book is first saved into the documents folder, so the copy
    /// sent is kept and its hash logged; one already marked sent is refused.
    pub fn mark_invoices_sent(
        &self,
        session: &Session,
        ids: &[i64],
        on: &str,
        via: &str,
        lang: Lang,
        documents: &Path,
    ) -> Result<()> {
        session.require(Permission::EditInvoices)?;
        session.require(Permission::ProduceStatements)?;
        // What would be refused is refused before any invoice is written: a bad date, a
        // bad channel, or one of them already marked sent.
        crate::collections::sending(on, via)?;
        let summaries = self.printable(ids)?;
        let unlogged: Vec<i64> = {
            let db = self.store.read();
            let mut out = Vec::new();
            for s in &summaries {
                let number = s.number.as_deref().unwrap_or_default();
                match db.invoice_communication(s.customer_id, number)? {
                    None => out.push(s.id),
                    Some((id, _)) => {
                        if let Some(sent) = db.sent_on(id)? {
                            return Err(AppError::AlreadySent(sent));
                        }
                    }
                }
            }
            out
        };
        if !unlogged.is_empty() {
            let req = InvoicesPrintRequest {
                ids: unlogged,
                out_dir: String::new(),
                files: true,
                combined: None,
            };
            self.print_invoices(
                session,
                &req,
                lang,
                documents,
                &|_| {},
                &CancelFlag::default(),
            )?;
        }
        let mut entries = Vec::with_capacity(summaries.len());
        {
            let db = self.store.read();
            for s in &summaries {
                let number = s.number.as_deref().unwrap_or_default();
                if let Some((id, _)) = db.invoice_communication(s.customer_id, number)? {
                    entries.push(id);
                }
            }
        }
        self.mark_sent(session, &entries, on, via)
    }
}
