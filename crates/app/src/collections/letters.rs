//! Producing the day's letters: one PDF per customer and step (and one combined file to
//! print), each in the communication log with its hash and each invoice's step recorded
//! in the same transaction, so the engine never proposes it again. A suspension letter
//! also lists the subscriptions its invoices bill for suspension in Partner Center.

use std::path::{Path, PathBuf};

use ardoise_documents::{render_letter, render_letters, LetterDocument, LetterLine, LetterPart};
use ardoise_domain::collections::{letter, LetterBlock, LetterContext, LetterInvoice, StepKind};
use ardoise_domain::money::Money;
use ardoise_domain::Lang;
use ardoise_store::NewCommunication;
use chrono::NaiveDate;
use serde_json::json;

use super::as_of_date;
use crate::invoicing::documents::{buyer, seller};
use crate::statements::{account_reference, sha256_hex, write_file};
use crate::transport_collections::{LetterFile, LettersRequest, LettersResult};
use crate::{AppError, Ardoise, Audit, AuditId, Permission, Result, Session};

/// The folder letters go to by default: `letters/2026-11-25` beside the book.
const LETTERS_SUBDIR: &str = "letters";

/// Where the letters (or renewal notices) of `as_of` are written: the folder asked for,
/// or `letters/AS_OF` in `default_dir`.
pub(super) fn letters_folder(asked: &str, default_dir: &Path, as_of: NaiveDate) -> PathBuf {
    match asked.trim() {
        "" => default_dir.join(LETTERS_SUBDIR).join(as_of.to_string()),
        dir => PathBuf::from(dir),
    }
}

/// With more than one letter, all of them in one PDF at `path`, for a single print job.
pub(super) fn write_combined(docs: &[LetterDocument], path: PathBuf) -> Result<Option<String>> {
    if docs.len() < 2 {
        return Ok(None);
    }
    let pdf = render_letters(docs).map_err(|e| AppError::Document(e.to_string()))?;
    write_file(&path, &pdf)?;
    Ok(Some(path.display().to_string()))
}

/// Letters whose log entries were not written: not logged, so not produced. None is left
/// behind looking sent.
pub(super) fn remove_unlogged<'a>(files: impl Iterator<Item = &'a PathBuf>) {
    for file in files {
        let _ = std::fs::remove_file(file);
    }
}

impl AuditId for LettersResult {
    fn audit_id(&self) -> Option<i64> {
        None
    }
}

/// A step's name as part of a file name, in the letter's language: "Première-relance".
/// Letters and digits of any script are kept (every desktop file system takes them);
/// anything else, a slash included, becomes a single dash.
fn file_words(name: &str) -> String {
    name.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join("-")
}

struct Produced {
    customer_id: i64,
    step_code: String,
    kind: StepKind,
    invoice_ids: Vec<i64>,
    numbers: Vec<String>,
    total: Money,
    file: PathBuf,
    sha256: String,
    document: LetterDocument,
}

impl Ardoise {
    /// Produces the letters proposed on `as_of` (all, or those named).
    pub fn produce_letters(
        &mut self,
        session: &Session,
        req: &LettersRequest,
        lang: Lang,
        default_dir: &Path,
    ) -> Result<LettersResult> {
        session.require(Permission::ProduceStatements)?;
        let as_of = as_of_date(&req.as_of)?;
        let out_dir = letters_folder(&req.out_dir, default_dir, as_of);
        let work = self.collections_work(as_of)?;
        let partner = self.partner_or_placeholder();
        let logo = self.store.read().partner_logo()?;
        let customers: Vec<i64> = work.letters().iter().map(|l| l.customer_id).collect();
        let expected = self.expected_invoices(&customers, as_of)?;
        let mut produced = Vec::new();
        for plan in work.letters() {
            if !req.only.is_empty()
                && !req
                    .only
                    .iter()
                    .any(|k| k.customer_id == plan.customer_id && k.step_code == plan.step_code)
            {
                continue;
            }
            let Some(step) = work.policy.step(plan.step_code) else {
                continue;
            };
            let customer = self.store.read().customer(plan.customer_id)?.customer;
            let lang = customer.language;
            let ctx = LetterContext {
                customer_name: customer.legal_name.clone(),
                partner_name: partner.legal_name.clone(),
                account_reference: account_reference(plan.customer_id),
                date: as_of,
                invoices: plan
                    .invoices
                    .iter()
                    .map(|f| LetterInvoice {
                        number: f.number.clone(),
                        issue_date: f.issue_date,
                        due_date: f.due_date,
                        original: f.original,
                        open: f.open,
                        days_overdue: (as_of - f.due_date).num_days(),
                    })
                    .collect(),
                late_penalty_rate: partner.late_penalty_rate,
                recovery_indemnity: partner.recovery_indemnity,
                deadline_days: work.policy.notice_deadline_days,
                next_invoice: expected.get(&plan.customer_id).cloned(),
            };
            let text = letter(step, &ctx, lang);
            let mut totals = vec![(
                lang.pick("Total restant dû", "Total outstanding")
                    .to_string(),
                ctx.total_due(),
            )];
            if step.kind == StepKind::FormalNotice {
                totals.push((
                    lang.pick("Pénalités de retard", "Late-payment penalties")
                        .to_string(),
                    ctx.penalties(),
                ));
                totals.push((
                    lang.pick(
                        "Indemnité forfaitaire pour frais de recouvrement",
                        "Fixed recovery indemnity",
                    )
                    .to_string(),
                    ctx.indemnity(),
                ));
                let claimed = [ctx.total_due(), ctx.penalties(), ctx.indemnity()]
                    .iter()
                    .try_fold(Money::zero(ctx.total_due().currency), |a, m| {
                        a.checked_add(m)
                    });
                if let Ok(claimed) = claimed {
                    totals.push((
                        lang.pick("Total réclamé", "Total claimed").to_string(),
                        claimed,
                    ));
                }
            }
            let document = LetterDocument {
                lang,
                seller: seller(&partner, lang),
                buyer: buyer(&customer, lang),
                account_reference: ctx.account_reference.clone(),
                place: partner.address.city.clone(),
                date: as_of,
                subject: text.subject.clone(),
                sending_mention: (step.kind == StepKind::FormalNotice).then(|| {
                    lang.pick(
                        "Lettre recommandée avec accusé de réception",
                        "Sent by registered post with acknowledgement of receipt",
                    )
                    .to_string()
                }),
                parts: text
                    .blocks
                    .iter()
                    .map(|b| match b {
                        LetterBlock::Paragraph(p) => LetterPart::Text(p.clone()),
                        LetterBlock::InvoicesTable => LetterPart::InvoicesTable,
                    })
                    .collect(),
                lines: ctx
                    .invoices
                    .iter()
                    .map(|i| LetterLine {
                        number: i.number.clone(),
                        issue_date: i.issue_date,
                        due_date: i.due_date,
                        original: i.original,
                        open: i.open,
                        days_overdue: i.days_overdue,
                    })
                    .collect(),
                totals,
                signature: vec![
                    lang.pick("Le service comptabilité", "Accounts department")
                        .to_string(),
                    partner.legal_name.clone(),
                ],
                logo_png: logo.clone(),
            };
            let pdf = render_letter(&document).map_err(|e| AppError::Document(e.to_string()))?;
            let name = format!(
                "{}-{}-{}-{as_of}.pdf",
                lang.pick("Lettre", "Letter"),
                ctx.account_reference,
                file_words(step.name(lang)),
            );
            let file = out_dir.join(name);
            write_file(&file, &pdf)?;
            produced.push(Produced {
                customer_id: plan.customer_id,
                step_code: step.code.clone(),
                kind: step.kind,
                invoice_ids: plan.invoices.iter().map(|f| f.invoice_id).collect(),
                numbers: plan.invoices.iter().map(|f| f.number.clone()).collect(),
                total: ctx.total_due(),
                file,
                sha256: sha256_hex(&pdf),
                document,
            });
        }

        let docs: Vec<LetterDocument> = produced.iter().map(|p| p.document.clone()).collect();
        let combined = write_combined(
            &docs,
            out_dir.join(format!("{}-{as_of}.pdf", lang.pick("Lettres", "Letters"))),
        )?;

        let now = self.clock.now();
        let staff_id = session.staff_id;
        let out_dir_shown = out_dir.display().to_string();
        let result = self.write(
            session,
            Audit {
                action: "collections.letters",
                entity: "book",
                entity_id: None,
                detail: json!({ "as_of": as_of, "letters": produced.len() }),
            },
            |db| {
                let mut letters = Vec::new();
                let mut suspensions = 0;
                let open_suspended: Vec<i64> = db
                    .open_suspensions()?
                    .iter()
                    .map(|s| s.subscription_id)
                    .collect();
                for p in &produced {
                    let file_name = p.file.file_name().map(|n| n.to_string_lossy().to_string());
                    let id = db.insert_communication(
                        &NewCommunication {
                            customer_id: p.customer_id,
                            kind: "letter",
                            step_code: Some(&p.step_code),
                            staff_id: Some(staff_id),
                            as_of,
                            period: None,
                            balance: p.total,
                            invoices: &p.numbers,
                            document_sha256: &p.sha256,
                            file_name: file_name.as_deref(),
                        },
                        now,
                    )?;
                    for invoice_id in &p.invoice_ids {
                        db.record_step_done(*invoice_id, &p.step_code, id, as_of)?;
                    }
                    if p.kind == StepKind::Suspension {
                        for sub in db.subscriptions_billed_by(&p.invoice_ids)? {
                            if !open_suspended.contains(&sub) {
                                db.insert_suspension(sub, p.customer_id, &p.invoice_ids, as_of)?;
                                suspensions += 1;
                            }
                        }
                    }
                    letters.push(LetterFile {
                        communication_id: id,
                        customer_id: p.customer_id,
                        step_code: p.step_code.clone(),
                        path: p.file.display().to_string(),
                        sha256: p.sha256.clone(),
                    });
                }
                Ok(LettersResult {
                    out_dir: out_dir_shown,
                    letters,
                    combined,
                    suspensions,
                })
            },
        );
        if result.is_err() {
            remove_unlogged(produced.iter().map(|p| &p.file));
        }
        result
    }

    /// Records that letters (or statements) went out, by post or e-mail, on a date.
    pub fn mark_sent(&mut self, session: &Session, ids: &[i64], on: &str, via: &str) -> Result<()> {
        session.require(Permission::ProduceStatements)?;
        let on = as_of_date(on)?;
        let via = match via.trim() {
            v @ ("post" | "email") => v.to_string(),
            _ => {
                return Err(ardoise_domain::Invalid::one(
                    "via",
                    ardoise_domain::Problem::NotAChoice {
                        allowed: "post, email",
                    },
                )
                .into())
            }
        };
        self.write(
            session,
            Audit {
                action: "communication.sent",
                entity: "communication",
                entity_id: ids.first().copied().filter(|_| ids.len() == 1),
                detail: json!({ "ids": ids, "on": on, "via": via }),
            },
            |db| {
                for id in ids {
                    db.mark_sent(*id, on, &via)?;
                }
                Ok(())
            },
        )
    }

    /// Puts an invoice (a dispute) or a whole customer on hold: no letters until lifted.
    pub fn hold(
        &mut self,
        session: &Session,
        customer_id: i64,
        invoice_id: Option<i64>,
        reason: &str,
    ) -> Result<i64> {
        session.require(Permission::RecordPayments)?;
        let reason = ardoise_domain::checks::text::required(reason, 200)
            .map_err(|p| ardoise_domain::Invalid::one("reason", p))?;
        {
            let db = self.store.read();
            db.customer(customer_id)?;
            if let Some(id) = invoice_id {
                if db.document(id)?.summary.customer_id != customer_id {
                    return Err(AppError::NotFound("invoice"));
                }
            }
        }
        let now = self.clock.now();
        self.write(
            session,
            Audit {
                action: "collections.hold",
                entity: "customer",
                entity_id: Some(customer_id),
                detail: json!({ "invoice_id": invoice_id, "reason": reason }),
            },
            |db| {
                Ok(HoldId(db.insert_hold(
                    customer_id,
                    invoice_id,
                    &reason,
                    now,
                )?))
            },
        )
        .map(|h| h.0)
    }

    pub fn lift_hold(&mut self, session: &Session, hold_id: i64) -> Result<()> {
        session.require(Permission::RecordPayments)?;
        let now = self.clock.now();
        self.write(
            session,
            Audit {
                action: "collections.lift_hold",
                entity: "hold",
                entity_id: Some(hold_id),
                detail: json!({}),
            },
            |db| Ok(db.lift_hold(hold_id, now)?),
        )
    }
}

struct HoldId(i64);

impl AuditId for HoldId {
    fn audit_id(&self) -> Option<i64> {
        None
    }
}
