//! The month-end batch: a statement for each selected customer, one file each in a
//! folder and, if asked, all of them in one PDF for a single print job. Each statement
//! written is logged; a cancelled batch keeps (and logs) what it had written.

use std::path::{Path, PathBuf};

use ardoise_documents::render_statements;
use ardoise_domain::money::Currency;
use ardoise_domain::words::tr;
use ardoise_domain::Lang;

use super::statement::{Prepared, Rendered};
use super::Dates;
use crate::invoicing::CancelFlag;
use crate::outbox::Naming;
use crate::transport_invoicing::Progress;
use crate::transport_statements::{BatchRequest, BatchResult, StatementSelection};
use crate::{AppError, Ardoise, Permission, Result, Session};

/// The default folder's name beside the book's documents: `statements/2026-11-30`.
pub(crate) const STATEMENTS_SUBDIR: &str = "statements";

/// Statements logged per transaction: few enough that a cancel stops quickly, enough
/// that a thousand statements are not a thousand commits.
const LOG_CHUNK: usize = 50;

impl Ardoise {
    /// Who gets a statement: (customer, currency) pairs, in customer-name order.
    fn batch_targets(
        &self,
        selection: &StatementSelection,
        d: Dates,
    ) -> Result<Vec<(i64, Option<Currency>)>> {
        let db = self.store.read();
        let mut customers = db.customer_summaries()?;
        customers.sort_by(|a, b| {
            a.legal_name
                .to_lowercase()
                .cmp(&b.legal_name.to_lowercase())
        });
        let targets = match selection {
            StatementSelection::WithBalance => {
                let balances = db.balances(d.as_of)?;
                customers
                    .iter()
                    .flat_map(|c| {
                        balances
                            .iter()
                            .filter(move |b| b.customer_id == c.id)
                            .map(|b| (b.customer_id, Some(b.balance.currency)))
                    })
                    .collect()
            }
            StatementSelection::All => customers.iter().map(|c| (c.id, None)).collect(),
            StatementSelection::Customers(ids) => {
                for id in ids {
                    db.customer(*id)?;
                }
                customers
                    .iter()
                    .filter(|c| ids.contains(&c.id))
                    .map(|c| (c.id, None))
                    .collect()
            }
        };
        Ok(targets)
    }

    /// Runs the batch into `default_dir` when the request names no folder; the combined
    /// file is named in `lang`, the reader's language.
    pub fn statements_batch(
        &self,
        session: &Session,
        req: &BatchRequest,
        lang: Lang,
        default_dir: &Path,
        progress: &dyn Fn(Progress),
        cancel: &CancelFlag,
    ) -> Result<BatchResult> {
        session.require(Permission::ProduceStatements)?;
        let d = super::dates(&req.from, &req.to, &req.as_of)?;
        let out_dir = match req.out_dir.trim() {
            "" => default_dir
                .join(STATEMENTS_SUBDIR)
                .join(d.as_of.to_string()),
            dir => PathBuf::from(dir),
        };
        let targets = self.batch_targets(&req.selection, d)?;
        let total = targets.len() as i64;
        progress(Progress { done: 0, total });

        let mut result = BatchResult {
            out_dir: out_dir.display().to_string(),
            files: Vec::new(),
            combined: None,
            selected: total,
            produced: 0,
            bytes: 0,
            cancelled: false,
        };
        let mut documents = Vec::new();
        let mut done = 0i64;
        for chunk in targets.chunks(LOG_CHUNK) {
            if cancel.is_set() {
                result.cancelled = true;
                break;
            }
            let prepared = {
                let db = self.store.read();
                chunk
                    .iter()
                    .map(|(customer_id, currency)| self.prepare(&db, *customer_id, *currency, d))
                    .collect::<Result<Vec<_>>>()?
            };
            let mut rendered = Vec::with_capacity(prepared.len());
            for r in render_all(prepared) {
                rendered.push(r?);
                done += 1;
                progress(Progress { done, total });
                if cancel.is_set() {
                    result.cancelled = true;
                    break;
                }
            }
            // Each chunk leaves the book whole: logged and named together, or not at all.
            let items: Vec<_> = rendered
                .iter()
                .map(|r| (&r.log, &r.pdf[..], out_dir.join(&r.log.file_name)))
                .collect();
            for (_, path) in self.send_statements(session, d, &items, Naming::Fresh)? {
                result.files.push(path.display().to_string());
            }
            result.produced += rendered.len() as i64;
            for r in rendered {
                result.bytes += r.pdf.len() as i64;
                if req.combined.is_some() {
                    documents.push(r.document);
                }
            }
        }
        if let (Some(combined), false) = (&req.combined, documents.is_empty()) {
            let pdf =
                render_statements(&documents).map_err(|e| AppError::Document(e.to_string()))?;
            let path = match combined.trim() {
                "" => out_dir.join(format!("{}-{}.pdf", tr!(lang, FILE_STATEMENTS), d.as_of)),
                p => PathBuf::from(p),
            };
            let path = self.send_file(session, &path, Naming::Fresh, "combined", None, &pdf)?;
            result.combined = Some(path.display().to_string());
        }
        Ok(result)
    }
}

/// Renders on every core: statements are independent and rendering needs no book.
/// Results keep the input's order.
fn render_all(prepared: Vec<Prepared>) -> Vec<Result<Rendered>> {
    let threads = std::thread::available_parallelism()
        .map(|n| n.get())
        .unwrap_or(1)
        .min(prepared.len().max(1));
    if threads <= 1 {
        return prepared.into_iter().map(Prepared::render).collect();
    }
    let per = prepared.len().div_ceil(threads);
    let mut parts: Vec<Vec<Prepared>> = Vec::new();
    let mut rest = prepared;
    while !rest.is_empty() {
        let tail = rest.split_off(per.min(rest.len()));
        parts.push(rest);
        rest = tail;
    }
    std::thread::scope(|s| {
        let handles: Vec<_> = parts
            .into_iter()
            .map(|part| s.spawn(move || part.into_iter().map(Prepared::render).collect::<Vec<_>>()))
            .collect();
        handles
            .into_iter()
            .flat_map(|h| {
                h.join().unwrap_or_else(|_| {
                    vec![Err(AppError::Document("a rendering thread failed".into()))]
                })
            })
            .collect()
    })
}
