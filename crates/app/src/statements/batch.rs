//! The month-end batch: a statement for each selected customer, one file each in a
//! folder and, if asked, all of them in one PDF for a single print job. Each statement
//! written is logged; a cancelled batch keeps (and logs) what it had written.

use std::path::{Path, PathBuf};

use ardoise_documents::render_statements;
use ardoise_domain::money::Currency;
use ardoise_domain::Lang;

use super::statement::{write_file, Produced};
use super::Dates;
use crate::invoicing::CancelFlag;
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
        &mut self,
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
        let mut pending: Vec<Produced> = Vec::new();
        for (i, (customer_id, currency)) in targets.iter().enumerate() {
            if cancel.is_set() {
                result.cancelled = true;
                break;
            }
            let r = self.rendered(&self.store.read(), *customer_id, *currency, d)?;
            let path = out_dir.join(&r.log.file_name);
            write_file(&path, &r.pdf)?;
            result.files.push(path.display().to_string());
            result.bytes += r.pdf.len() as i64;
            if req.combined.is_some() {
                documents.push(r.document);
            }
            pending.push(r.log);
            if pending.len() == LOG_CHUNK {
                self.log_statements(session, d, &pending)?;
                result.produced += pending.len() as i64;
                pending.clear();
            }
            progress(Progress {
                done: i as i64 + 1,
                total,
            });
        }
        if !pending.is_empty() {
            self.log_statements(session, d, &pending)?;
            result.produced += pending.len() as i64;
        }
        if let (Some(combined), false) = (&req.combined, documents.is_empty()) {
            let pdf =
                render_statements(&documents).map_err(|e| AppError::Document(e.to_string()))?;
            let path = match combined.trim() {
                "" => out_dir.join(format!(
                    "{}-{}.pdf",
                    lang.pick("Releves", "Statements"),
                    d.as_of
                )),
                p => PathBuf::from(p),
            };
            write_file(&path, &pdf)?;
            result.combined = Some(path.display().to_string());
        }
        Ok(result)
    }
}
