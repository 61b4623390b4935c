//! One customer's statement: on screen, as a PDF to preview, and written to a file and
//! logged when it leaves the book.

use std::path::{Path, PathBuf};

use ardoise_documents::{render_statement, StatementDocument};
use ardoise_domain::customer::Customer;
use ardoise_domain::money::{Currency, Money};
use ardoise_domain::statements::{statement, Statement};
use ardoise_store::{Db, NewCommunication};
use chrono::NaiveDate;
use serde_json::json;

use super::printed::{statement_document, statement_file_name};
use super::{views, Dates};
use crate::outbox::{sha256_hex, FileOut, Naming, Outbox};
use crate::transport_statements::{StatementFile, StatementRequest, StatementView};
use crate::{AppError, Ardoise, Audit, Permission, Result, Session};

/// A statement computed from the book, with what printing it needs.
pub(crate) struct Computed {
    pub customer_id: i64,
    pub customer: Customer,
    pub statement: Statement,
}

/// The customer's statement in `currency` (its own when None).
pub(crate) fn compute(
    db: &Db<'_>,
    customer_id: i64,
    currency: Option<Currency>,
    d: Dates,
) -> Result<Computed> {
    let customer = db.customer(customer_id)?.customer;
    let currency = currency.unwrap_or(customer.currency);
    let entries = db.ledger(customer_id, currency, d.as_of)?;
    let statement =
        statement(&entries, currency, d.from, d.to, d.as_of).map_err(AppError::Statement)?;
    Ok(Computed {
        customer_id,
        customer,
        statement,
    })
}

impl Ardoise {
    /// The statement as the window shows it, in the customer's currency.
    pub fn statement(&self, session: &Session, req: &StatementRequest) -> Result<StatementView> {
        session.require(Permission::ViewBook)?;
        let d = req.dates()?;
        let db = self.store.read();
        let c = compute(&db, req.customer_id, None, d)?;
        let others = db
            .ledger_currencies(req.customer_id)?
            .into_iter()
            .filter(|cur| *cur != c.statement.currency)
            .map(|cur| cur.code().to_string())
            .collect();
        Ok(views::statement_view(
            c.customer_id,
            &c.customer.legal_name,
            &c.statement,
            others,
            self.language()?.unwrap_or_default(),
        ))
    }

    /// The statement's PDF, to preview: nothing is logged until it is saved or printed.
    pub fn statement_pdf(
        &self,
        session: &Session,
        req: &StatementRequest,
    ) -> Result<(String, Vec<u8>)> {
        session.require(Permission::ViewBook)?;
        let d = req.dates()?;
        self.render_statement(req.customer_id, None, d)
    }

    /// The preview as it crosses to the window.
    pub fn statement_pdf_view(
        &self,
        session: &Session,
        req: &StatementRequest,
    ) -> Result<crate::transport_invoicing::PdfView> {
        let (name, bytes) = self.statement_pdf(session, req)?;
        Ok(crate::invoicing::documents::pdf_view(name, &bytes))
    }

    pub(crate) fn render_statement(
        &self,
        customer_id: i64,
        currency: Option<Currency>,
        d: Dates,
    ) -> Result<(String, Vec<u8>)> {
        let r = self.rendered(&self.store.read(), customer_id, currency, d)?;
        Ok((r.log.file_name, r.pdf))
    }

    /// Computes and renders one statement, with what its log entry records.
    pub(crate) fn rendered(
        &self,
        db: &Db<'_>,
        customer_id: i64,
        currency: Option<Currency>,
        d: Dates,
    ) -> Result<Rendered> {
        self.prepare(db, customer_id, currency, d)?.render()
    }

    /// Everything about one statement but its bytes: what reads the book, separate from
    /// the rendering so a batch can render on every core.
    pub(crate) fn prepare(
        &self,
        db: &Db<'_>,
        customer_id: i64,
        currency: Option<Currency>,
        d: Dates,
    ) -> Result<Prepared> {
        let c = compute(db, customer_id, currency, d)?;
        let partner = self.partner_or_placeholder();
        let logo = db.partner_logo()?;
        let file_name = statement_file_name(
            customer_id,
            &c.customer,
            c.statement.currency.code(),
            d.as_of,
        );
        let balance = c.statement.closing_balance;
        let to = c.statement.to;
        let invoices = c
            .statement
            .open_items
            .iter()
            .map(|o| o.number.clone())
            .collect();
        let document = statement_document(
            &partner,
            logo,
            customer_id,
            &c.customer,
            c.statement,
            self.today(),
        );
        Ok(Prepared {
            log: Produced {
                customer_id,
                file_name,
                sha256: String::new(),
                balance,
                to,
                invoices,
            },
            document,
        })
    }

    /// Writes the statement into `dir` (created if needed) under its own name, and
    /// records it in the customer's communication log with the file's SHA-256: this is
    /// the statement that leaves the book, to print or to send.
    pub fn save_statement_in(
        &self,
        session: &Session,
        req: &StatementRequest,
        dir: &Path,
    ) -> Result<StatementFile> {
        self.save_statement(session, req, |name| dir.join(name), Naming::Fresh)
    }

    /// As [`Ardoise::save_statement_in`], to the file `path`.
    pub fn save_statement_as(
        &self,
        session: &Session,
        req: &StatementRequest,
        path: &Path,
    ) -> Result<StatementFile> {
        self.save_statement(session, req, |_| path.to_path_buf(), Naming::Exact)
    }

    fn save_statement(
        &self,
        session: &Session,
        req: &StatementRequest,
        place: impl Fn(&str) -> std::path::PathBuf,
        naming: Naming,
    ) -> Result<StatementFile> {
        session.require(Permission::ProduceStatements)?;
        let d = req.dates()?;
        let r = self.rendered(&self.store.read(), req.customer_id, None, d)?;
        let target = place(&r.log.file_name);
        let sent = self.send_statements(session, d, &[(&r.log, &r.pdf[..], target)], naming)?;
        let (id, path) = sent.into_iter().next().unwrap_or_default();
        Ok(StatementFile {
            path: path.display().to_string(),
            bytes: r.pdf.len() as i64,
            sha256: r.log.sha256.clone(),
            communication_id: id,
        })
    }

    /// Sends statements out through the outbox: in one transaction with one audit
    /// entry, each is logged in its customer's communication log and its file written
    /// under a name that was free, which it takes once the transaction has committed.
    pub(crate) fn send_statements(
        &self,
        session: &Session,
        d: Dates,
        items: &[(&Produced, &[u8], PathBuf)],
        naming: Naming,
    ) -> Result<Vec<(i64, PathBuf)>> {
        let mut folders: Vec<&Path> = items.iter().filter_map(|i| i.2.parent()).collect();
        folders.dedup();
        Outbox::prepare(&self.store, &folders)?;
        let now = self.clock.now();
        let single = match items {
            [one] => Some(one.0.customer_id),
            _ => None,
        };
        let files: Vec<&str> = items.iter().map(|r| r.0.file_name.as_str()).collect();
        let mut outbox = Outbox::default();
        let sent = self.write(
            session,
            Audit {
                action: "statement.produce",
                entity: "customer",
                entity_id: single,
                detail: json!({
                    "as_of": d.as_of, "from": d.from, "to": d.to, "files": files,
                }),
            },
            |db| {
                let mut sent = Vec::with_capacity(items.len());
                for (r, pdf, target) in items {
                    let path = outbox.stage(target, naming, pdf)?;
                    let file_name = path.file_name().map(|n| n.to_string_lossy().to_string());
                    let entry = NewCommunication {
                        customer_id: r.customer_id,
                        kind: "statement",
                        step_code: None,
                        staff_id: Some(session.staff_id),
                        as_of: d.as_of,
                        period: Some((d.from, r.to)),
                        balance: r.balance,
                        invoices: &r.invoices,
                        document_sha256: &r.sha256,
                        file_name: file_name.as_deref(),
                    };
                    let id = db.insert_communication(&entry, now)?;
                    let file = FileOut {
                        kind: "statement",
                        customer_id: Some(r.customer_id),
                        communication_id: Some(id),
                        bytes: pdf,
                    };
                    outbox.log(db, &path, file, session.staff_id, now)?;
                    sent.push((id, path));
                }
                Ok(Sent(sent))
            },
        )?;
        self.publish(outbox)?;
        Ok(sent.0)
    }
}

/// A statement ready to render: what will be printed and what its log entry keeps.
pub(crate) struct Prepared {
    pub log: Produced,
    pub document: StatementDocument,
}

impl Prepared {
    /// Pure rendering: no book, no clock, so it may run on any thread.
    pub(crate) fn render(self) -> Result<Rendered> {
        let pdf =
            render_statement(&self.document).map_err(|e| AppError::Document(e.to_string()))?;
        let mut log = self.log;
        log.sha256 = sha256_hex(&pdf);
        Ok(Rendered {
            log,
            pdf,
            document: self.document,
        })
    }
}

/// A statement rendered: its bytes, what was printed (for a combined PDF of several),
/// and what its log entry keeps.
pub(crate) struct Rendered {
    pub log: Produced,
    pub pdf: Vec<u8>,
    pub document: StatementDocument,
}

/// What the communication log keeps of a statement produced.
pub(crate) struct Produced {
    pub customer_id: i64,
    pub file_name: String,
    pub sha256: String,
    pub balance: Money,
    pub to: NaiveDate,
    pub invoices: Vec<String>,
}

/// Each statement's communication id and the path its file took.
struct Sent(Vec<(i64, PathBuf)>);

impl crate::AuditId for Sent {
    fn audit_id(&self) -> Option<i64> {
        None
    }
}
