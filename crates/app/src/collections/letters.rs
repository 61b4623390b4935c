//! Producing the day's letters: one PDF per customer (and one combined file to print),
//! at the highest step due among its invoices, listing every overdue invoice and apart
//! those coming due, with how to pay; each in the communication log with its hash and
//! each invoice's step recorded in the same transaction, so the engine never proposes it
//! again. A suspension letter also lists the subscriptions its invoices bill for
//! suspension in Partner Center.

use ardoise_domain::words::{keys, word};
use std::path::{Path, PathBuf};

use ardoise_documents::{render_letter, render_letters, LetterDocument};
use ardoise_domain::collections::{letter, InvoiceFacts, LetterContext, LetterInvoice};
use ardoise_domain::money::Money;
use ardoise_domain::Lang;
use ardoise_store::Db;
use ardoise_store::NewCommunication;
use chrono::{DateTime, NaiveDate, Utc};
use serde_json::json;

use super::as_of_date;
use super::letter_document::{letter_document, LetterParts};
use crate::outbox::{sha256_hex, FileOut, Naming, Outbox};
use crate::statements::account_reference;
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

/// A letter rendered, about to leave the book.
pub(super) struct LetterOut {
    pub customer_id: i64,
    pub step_code: String,
    pub balance: Money,
    pub invoices: Vec<String>,
    /// The name it should have; a new one is picked when the name is taken.
    pub file: PathBuf,
    pub pdf: Vec<u8>,
    pub document: LetterDocument,
}

/// Each letter's communication id and path, and the combined file's path.
pub(super) type Sent = (Vec<(i64, PathBuf)>, Option<String>);

/// Inside the write transaction: each letter staged in the outbox and logged (its
/// communication and its file), then, with more than one, all of them in one PDF for a
/// single print job. Returns each letter's communication id and path, and the combined
/// file's path.
pub(super) fn send_letters(
    db: &Db<'_>,
    outbox: &mut Outbox,
    letters: &[LetterOut],
    combined: PathBuf,
    staff_id: i64,
    as_of: NaiveDate,
    now: DateTime<Utc>,
) -> Result<Sent> {
    let mut sent = Vec::with_capacity(letters.len());
    for l in letters {
        let path = outbox.stage(&l.file, Naming::Fresh, &l.pdf)?;
        let file_name = path.file_name().map(|n| n.to_string_lossy().to_string());
        let id = db.insert_communication(
            &NewCommunication {
                customer_id: l.customer_id,
                kind: "letter",
                step_code: Some(&l.step_code),
                staff_id: Some(staff_id),
                as_of,
                period: None,
                balance: l.balance,
                invoices: &l.invoices,
                document_sha256: &sha256_hex(&l.pdf),
                file_name: file_name.as_deref(),
            },
            now,
        )?;
        let file = FileOut {
            kind: "letter",
            customer_id: Some(l.customer_id),
            communication_id: Some(id),
            bytes: &l.pdf,
        };
        outbox.log(db, &path, file, staff_id, now)?;
        sent.push((id, path));
    }
    if letters.len() < 2 {
        return Ok((sent, None));
    }
    let docs: Vec<LetterDocument> = letters.iter().map(|l| l.document.clone()).collect();
    let pdf = render_letters(&docs).map_err(|e| AppError::Document(e.to_string()))?;
    let file = FileOut {
        kind: "combined",
        customer_id: None,
        communication_id: None,
        bytes: &pdf,
    };
    let path = outbox.send(db, &combined, Naming::Fresh, file, staff_id, now)?;
    Ok((sent, Some(path.display().to_string())))
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

impl Ardoise {
    /// Produces the letters proposed on `as_of` (all, or those named), in one
    /// transaction: what is due is evaluated inside it, so two runs at once never
    /// produce a step twice, and every file goes through the outbox, so none is left
    /// looking sent without its log entry.
    pub fn produce_letters(
        &self,
        session: &Session,
        req: &LettersRequest,
        lang: Lang,
        default_dir: &Path,
    ) -> Result<LettersResult> {
        session.require(Permission::ProduceStatements)?;
        let as_of = as_of_date(&req.as_of)?;
        let out_dir = letters_folder(&req.out_dir, default_dir, as_of);
        self.send_letter_run(
            session,
            "collections.letters",
            as_of,
            &out_dir,
            |db, outbox| self.produce_letters_in(db, outbox, session, req, lang, as_of, &out_dir),
        )
    }

    /// A run of letters (the day's, or renewal notices) into `out_dir`: the folder
    /// recorded first, then `run` inside one write transaction with its files staged in
    /// the outbox, named once the transaction has committed.
    pub(super) fn send_letter_run(
        &self,
        session: &Session,
        action: &str,
        as_of: NaiveDate,
        out_dir: &Path,
        run: impl FnOnce(&Db<'_>, &mut Outbox) -> Result<LettersResult>,
    ) -> Result<LettersResult> {
        Outbox::prepare(&self.store, &[out_dir])?;
        let mut outbox = Outbox::default();
        let result = self.write(
            session,
            Audit {
                action,
                entity: "book",
                entity_id: None,
                detail: json!({ "as_of": as_of }),
            },
            |db| run(db, &mut outbox),
        )?;
        self.publish(outbox)?;
        Ok(result)
    }

    #[allow(clippy::too_many_arguments)]
    fn produce_letters_in(
        &self,
        db: &Db<'_>,
        outbox: &mut Outbox,
        session: &Session,
        req: &LettersRequest,
        lang: Lang,
        as_of: NaiveDate,
        out_dir: &Path,
    ) -> Result<LettersResult> {
        let work = self.collections_work(as_of)?;
        let partner = self.partner_or_placeholder();
        let logo = db.partner_logo()?;
        let customers: Vec<i64> = work.letters().iter().map(|l| l.customer_id).collect();
        let expected = self.expected_invoices(&customers, as_of)?;
        let signatory = if req.signed_by_me == Some(true) {
            let me = db.staff(session.staff_id)?;
            (me.display_name, me.title)
        } else {
            db.letter_signatory()?
        };
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
            let customer = db.customer(plan.customer_id)?.customer;
            let lang = customer.language;
            let reference = db
                .customer_reference(plan.customer_id)?
                .unwrap_or_else(|| account_reference(plan.customer_id));
            let listed = |facts: &[&InvoiceFacts]| -> Vec<LetterInvoice> {
                facts
                    .iter()
                    .map(|f| LetterInvoice::from_facts(f, as_of))
                    .collect()
            };
            let ctx = LetterContext {
                customer_name: customer.legal_name.clone(),
                partner_name: partner.legal_name.clone(),
                account_reference: reference,
                date: as_of,
                invoices: listed(&plan.invoices),
                coming: listed(&plan.coming),
                late_penalty_rate: partner.late_penalty_rate,
                recovery_indemnity: partner.recovery_indemnity,
                deadline_days: work.policy.notice_deadline_days,
                next_invoice: expected.get(&plan.customer_id).cloned(),
            };
            let text = letter(step, &ctx, lang);
            let document = letter_document(&LetterParts {
                partner: &partner,
                customer: &customer,
                step,
                ctx: &ctx,
                text: &text,
                signatory: &signatory,
                logo: logo.clone(),
            });
            let pdf = render_letter(&document).map_err(|e| AppError::Document(e.to_string()))?;
            let name = format!(
                "{}-{}-{}-{as_of}.pdf",
                word(lang, keys::FILE_LETTER),
                file_words(&ctx.account_reference),
                file_words(step.name(lang)),
            );
            let invoices = plan
                .invoices
                .iter()
                .chain(&plan.coming)
                .map(|f| f.number.clone())
                .collect();
            produced.push((
                (plan.records.to_vec(), plan.suspended.clone()),
                LetterOut {
                    customer_id: plan.customer_id,
                    step_code: step.code.clone(),
                    balance: ctx.total_due(),
                    invoices,
                    file: out_dir.join(name),
                    pdf,
                    document,
                },
            ));
        }

        let now = self.clock.now();
        type Records = (Vec<(i64, String)>, Vec<i64>);
        let (records, letters): (Vec<Records>, Vec<LetterOut>) = produced.into_iter().unzip();
        let combined = out_dir.join(format!("{}-{as_of}.pdf", word(lang, keys::FILE_LETTERS)));
        let (sent, combined) =
            send_letters(db, outbox, &letters, combined, session.staff_id, as_of, now)?;
        let open_suspended: Vec<i64> = db
            .open_suspensions()?
            .iter()
            .map(|s| s.subscription_id)
            .collect();
        let mut suspensions = 0;
        let mut files = Vec::with_capacity(sent.len());
        for (((steps, suspended), l), (id, path)) in records.iter().zip(&letters).zip(sent) {
            // Every invoice the letter speaks for is at its step from today (an invoice
            // coming due at the step proposed for it): the next round starts from there.
            for (invoice_id, step_code) in steps {
                db.record_step_done(*invoice_id, step_code, id, as_of)?;
            }
            if !suspended.is_empty() {
                for sub in db.subscriptions_billed_by(suspended)? {
                    if !open_suspended.contains(&sub) {
                        db.insert_suspension(sub, l.customer_id, suspended, as_of)?;
                        suspensions += 1;
                    }
                }
            }
            files.push(LetterFile {
                communication_id: id,
                customer_id: l.customer_id,
                step_code: l.step_code.clone(),
                path: path.display().to_string(),
                sha256: sha256_hex(&l.pdf),
            });
        }
        Ok(LettersResult {
            out_dir: out_dir.display().to_string(),
            letters: files,
            combined,
            suspensions,
        })
    }

    /// Records that letters (or statements) went out, by post or e-mail, on a date.
    pub fn mark_sent(&self, session: &Session, ids: &[i64], on: &str, via: &str) -> Result<()> {
        session.require(Permission::ProduceStatements)?;
        let (on, via) = sending(on, via)?;
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
                    // Sending is recorded once: the book keeps the first record.
                    if let Some(sent) = db.sent_on(*id)? {
                        return Err(AppError::AlreadySent(sent));
                    }
                    db.mark_sent(*id, on, &via)?;
                }
                Ok(())
            },
        )
    }

    /// Puts an invoice (a dispute) or a whole customer on hold: no letters until lifted.
    pub fn hold(
        &self,
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

    pub fn lift_hold(&self, session: &Session, hold_id: i64) -> Result<()> {
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

/// When and how a document left, as typed: refused before anything is written.
pub(crate) fn sending(on: &str, via: &str) -> Result<(chrono::NaiveDate, String)> {
    let on = as_of_date(on)?;
    match ardoise_domain::choices::Choices::SendVia.pick(via, Some) {
        Ok(v) => Ok((on, v.to_string())),
        Err(p) => Err(ardoise_domain::Invalid::one("via", p).into()),
    }
}
