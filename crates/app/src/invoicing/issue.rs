//! Editing drafts, issuing them, and correcting issued invoices with credit notes.

use ardoise_domain::invoicing::{
    check_credit, credit_reason, due_date, full_credit_lines, partial_credit, totals, OneOffForm,
    Totals,
};
use ardoise_domain::money::{parse_amount, Money};
use ardoise_domain::problem::Checker;
use ardoise_store::{Db, DocKind, DocumentQuery, NewDocument};
use serde_json::json;

use super::views;
use crate::transport_invoicing::InvoiceRow;
use crate::{AppError, Ardoise, Audit, AuditId, Permission, Result, Session};

/// The invoices one issue made.
struct Issued(Vec<InvoiceRow>);

impl AuditId for Issued {
    fn audit_id(&self) -> Option<i64> {
        None
    }
}

impl Ardoise {
    /// Adds a one-off charge to a draft, at the draft's VAT rate.
    pub fn add_invoice_line(&self, session: &Session, id: i64, form: &OneOffForm) -> Result<()> {
        session.require(Permission::EditInvoices)?;
        self.write(
            session,
            Audit {
                action: "invoice.add_line",
                entity: "invoice",
                entity_id: Some(id),
                detail: json!(form),
            },
            |db| {
                let doc = db.document(id)?;
                if doc.summary.issued {
                    return Err(AppError::Issued);
                }
                let rate = doc.lines.first().map(|l| l.vat_rate).unwrap_or_else(|| {
                    super::billing::domestic_rate(&self.partner_or_placeholder())
                });
                let line = form.validate(rate)?;
                let mut lines = doc.lines;
                lines.push(line);
                let t = totals(&lines, doc.summary.gross.currency);
                Ok(db.replace_draft_lines(id, &lines, &t)?)
            },
        )
    }

    /// Removes line `position` (from 1) of a draft.
    pub fn remove_invoice_line(&self, session: &Session, id: i64, position: i64) -> Result<()> {
        session.require(Permission::EditInvoices)?;
        self.write(
            session,
            Audit {
                action: "invoice.remove_line",
                entity: "invoice",
                entity_id: Some(id),
                detail: json!({ "position": position }),
            },
            |db| {
                let doc = db.document(id)?;
                if doc.summary.issued {
                    return Err(AppError::Issued);
                }
                let mut lines = doc.lines;
                let index = usize::try_from(position - 1)
                    .ok()
                    .filter(|i| *i < lines.len())
                    .ok_or(AppError::NotFound("line"))?;
                lines.remove(index);
                let t = totals(&lines, doc.summary.gross.currency);
                Ok(db.replace_draft_lines(id, &lines, &t)?)
            },
        )
    }

    pub fn delete_draft(&self, session: &Session, id: i64) -> Result<()> {
        session.require(Permission::EditInvoices)?;
        self.write(
            session,
            Audit {
                action: "invoice.delete_draft",
                entity: "invoice",
                entity_id: Some(id),
                detail: json!({}),
            },
            |db| {
                if db.document(id)?.summary.issued {
                    return Err(AppError::Issued);
                }
                Ok(db.delete_draft(id)?)
            },
        )
    }

    /// Issues drafts, in one transaction: each gets the next number of its series, the
    /// date of today and its due date; the partner and customer are frozen as printed.
    pub fn issue_invoices(&self, session: &Session, ids: &[i64]) -> Result<Vec<InvoiceRow>> {
        session.require(Permission::EditInvoices)?;
        self.write(
            session,
            Audit {
                action: "invoice.issue",
                entity: "invoice",
                entity_id: ids.first().copied().filter(|_| ids.len() == 1),
                detail: json!({ "ids": ids }),
            },
            |db| self.issue_in(db, ids).map(Issued),
        )
        .map(|i| i.0)
    }

    /// Issues `ids` inside the caller's transaction, reading each draft there.
    pub(super) fn issue_in(&self, db: &Db<'_>, ids: &[i64]) -> Result<Vec<InvoiceRow>> {
        let partner = db.partner()?.ok_or(AppError::PartnerMissing)?;
        let seller = json!(partner.to_form()).to_string();
        let today = self.today();
        let now = self.clock.now();
        for &id in ids {
            let doc = db.document(id)?;
            if doc.summary.issued {
                return Err(AppError::Issued);
            }
            if doc.lines.is_empty() || doc.summary.gross.amount.is_zero() {
                return Err(AppError::EmptyInvoice);
            }
            let customer = db.customer(doc.summary.customer_id)?.customer;
            let due = due_date(today, customer.payment_terms_days);
            let buyer = json!(customer.to_form()).to_string();
            db.issue_document(id, today, due, &seller, &buyer, now)?;
        }
        ids.iter()
            .map(|id| Ok(views::row(&db.document(*id)?.summary, today)))
            .collect()
    }

    /// Issues a credit note for all of an invoice (`amount` None) or part of it, for the
    /// `reason` the clerk typed (printed on it). What is still creditable is read inside
    /// the transaction, so two credit notes made at once never credit more than the
    /// invoice.
    pub fn credit_invoice(
        &self,
        session: &Session,
        invoice_id: i64,
        amount: Option<&str>,
        reason: &str,
    ) -> Result<i64> {
        session.require(Permission::EditInvoices)?;
        let mut c = Checker::new();
        let typed = match amount.map(str::trim).filter(|a| !a.is_empty()) {
            None => None,
            Some(t) => c.check("amount", parse_amount(t)),
        };
        let reason = c.check("reason", credit_reason(reason));
        c.finish()?;
        let reason = reason.unwrap_or_default();
        self.write(
            session,
            Audit {
                action: "credit_note.issue",
                entity: "invoice",
                entity_id: Some(invoice_id),
                detail: json!({ "amount": typed.map(|a| a.to_string()), "reason": reason }),
            },
            |db| self.credit_in(db, invoice_id, typed, &reason),
        )
    }

    fn credit_in(
        &self,
        db: &Db<'_>,
        invoice_id: i64,
        typed: Option<rust_decimal::Decimal>,
        reason: &str,
    ) -> Result<i64> {
        let partner = db.partner()?.ok_or(AppError::PartnerMissing)?;
        let doc = db.document(invoice_id)?;
        let s = &doc.summary;
        if !s.issued || s.kind != DocKind::Invoice {
            return Err(AppError::NotIssued);
        }
        let currency = s.gross.currency;
        let creditable = Money::new(s.gross.amount - s.credited.amount, currency);
        let rate = doc.lines.first().map(|l| l.vat_rate).unwrap_or_default();
        let number = s.number.clone().unwrap_or_default();
        let (lines, t): (_, Totals) = match typed {
            None if s.credited.amount > rust_decimal::Decimal::ZERO => {
                // Part is already credited: credit what remains, as one line.
                let p = partial_credit(&number, creditable, rate, doc.language);
                (vec![p.line], p.totals)
            }
            None => {
                let lines = full_credit_lines(&doc.lines);
                let t = totals(&lines, currency);
                (lines, t)
            }
            Some(value) => {
                let requested = Money::new(value, currency);
                check_credit(s.gross, s.credited, requested).map_err(AppError::Credit)?;
                let p = partial_credit(&number, requested, rate, doc.language);
                (vec![p.line], p.totals)
            }
        };
        if t.gross.amount > creditable.amount || t.gross.amount.is_zero() {
            return Err(AppError::Credit(
                ardoise_domain::invoicing::CreditError::MoreThanCreditable { creditable },
            ));
        }
        let customer = db.customer(s.customer_id)?.customer;
        let seller = json!(partner.to_form()).to_string();
        let buyer = json!(customer.to_form()).to_string();
        let today = self.today();
        let now = self.clock.now();
        let id = db.insert_document(
            &NewDocument {
                kind: DocKind::CreditNote,
                customer_id: s.customer_id,
                credited_invoice_id: Some(invoice_id),
                currency,
                language: doc.language,
                period: None,
                vat_treatment: &doc.vat_treatment,
                vat_mention: doc.vat_mention.as_deref(),
                lines: &lines,
                totals: &t,
            },
            now,
        )?;
        db.set_credit_reason(id, reason)?;
        db.issue_document(id, today, today, &seller, &buyer, now)?;
        Ok(id)
    }

    pub(crate) fn partner_or_placeholder(&self) -> ardoise_domain::partner::Partner {
        self.store
            .read()
            .partner()
            .ok()
            .flatten()
            .unwrap_or_else(ardoise_domain::partner::Partner::placeholder)
    }

    /// Issued invoices of one customer that still have something open.
    pub(crate) fn open_documents(
        &self,
        customer_id: i64,
    ) -> Result<Vec<ardoise_store::DocumentSummary>> {
        Ok(self
            .store
            .read()
            .document_summaries(&DocumentQuery {
                customer_id: Some(customer_id),
                kind: Some(DocKind::Invoice),
                issued_only: true,
                ..Default::default()
            })?
            .into_iter()
            .filter(|s| views::open_amount(s).amount > rust_decimal::Decimal::ZERO)
            .collect())
    }
}
