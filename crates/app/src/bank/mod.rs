//! Importing the bank's statement: the file read, its new lines recorded once, and each
//! credit proposed as a payment of a customer's invoices; the clerk's confirmations
//! (`confirm.rs`) make the payments.

mod confirm;
mod csv_sample;
mod refusal;

use std::collections::HashMap;
use std::path::Path;
use std::time::{Duration, Instant};

use ardoise_domain::bank::{
    self, payer_of, BankFileError, BankLine, BankStatement, BookIndex, CsvMapping, CustomerRef,
    Direction, OpenInvoiceRef, Proposal, Reason,
};
use ardoise_domain::money::Currency;
use ardoise_domain::Lang;
use chrono::NaiveDate;
use serde_json::json;
use sha2::{Digest, Sha256};

pub use refusal::BankRefusal;

use crate::transport::MoneyView;
use crate::transport_bank::{BankImportRequest, BankImportView, BankLineStatus, BankLineView};
use crate::transport_invoicing::AllocationView;
use crate::{AppError, Ardoise, Audit, AuditId, Permission, Result, Session};

/// Past every date a book holds: what is open once every payment recorded counts.
pub(crate) const ALL_DATES: NaiveDate = match NaiveDate::from_ymd_opt(9999, 12, 31) {
    Some(d) => d,
    None => NaiveDate::MIN,
};

/// How long each step of an import took.
#[derive(Debug, Clone, Copy, Default)]
pub struct ImportTimings {
    /// The file read and parsed.
    pub parse: Duration,
    /// Which lines the book has already, and what became of them.
    pub lookup: Duration,
    /// The new lines recorded (nothing in a dry run).
    pub write: Duration,
    /// The open invoices, customers and learnt payers read and indexed.
    pub index: Duration,
    /// Every line proposed and put in words.
    pub matching: Duration,
}

impl ImportTimings {
    pub fn total(&self) -> Duration {
        self.parse + self.lookup + self.write + self.index + self.matching
    }
}

/// A statement recorded: its id (the audit's) and the lines added, by identity.
struct Recorded(i64, Vec<(String, i64)>);

impl AuditId for Recorded {
    fn audit_id(&self) -> Option<i64> {
        Some(self.0)
    }
}

/// Everything matching needs from the book, read once.
pub(crate) struct BookForMatching {
    pub index: BookIndex,
    pub names: HashMap<i64, String>,
}

impl Ardoise {
    pub(crate) fn book_for_matching(&self) -> Result<BookForMatching> {
        let db = self.store.read();
        let invoices = db
            .open_invoices(ALL_DATES)?
            .into_iter()
            .map(|i| OpenInvoiceRef {
                invoice_id: i.invoice_id,
                customer_id: i.customer_id,
                number: i.number,
                issue_date: i.issue_date,
                due_date: i.due_date,
                open: i.open,
            })
            .collect();
        let customers = db.bank_customers()?;
        let names = customers.iter().map(|c| (c.id, c.name.clone())).collect();
        let refs = customers
            .into_iter()
            .map(|c| CustomerRef {
                customer_id: c.id,
                references: c.reference.into_iter().collect(),
                name: c.name,
                currency: c.currency,
            })
            .collect();
        Ok(BookForMatching {
            index: BookIndex::new(invoices, refs, db.learnt_payers()?),
            names,
        })
    }

    fn read_statement(&self, request: &BankImportRequest, bytes: &[u8]) -> Result<BankStatement> {
        let refused = |e: BankFileError| AppError::Bank(BankRefusal::File(e));
        let statement = match bank::detect(bytes) {
            Some(_) => bank::parse(bytes).map_err(refused)?,
            None => {
                let Some(bank_name) = request.csv_bank.as_deref().filter(|b| !b.trim().is_empty())
                else {
                    return Err(refused(BankFileError::NotABankFile));
                };
                let mapping = match &request.csv_mapping {
                    Some(m) => m.clone(),
                    None => self
                        .store
                        .read()
                        .csv_mapping(bank_name.trim())?
                        .and_then(|m| serde_json::from_str::<CsvMapping>(&m).ok())
                        .ok_or(refused(BankFileError::IncompleteMapping))?,
                };
                let currency = request
                    .csv_currency
                    .as_deref()
                    .unwrap_or("EUR")
                    .parse::<Currency>()
                    .map_err(|p| ardoise_domain::Invalid::one("csv_currency", p))?;
                bank::parse_csv(bytes, &mapping, bank_name.trim(), currency).map_err(refused)?
            }
        };
        if statement.lines.is_empty() {
            return Err(refused(BankFileError::Empty));
        }
        Ok(statement)
    }

    /// Reads a bank file and proposes each credit. Unless `dry_run`, the lines the book
    /// does not have yet are recorded (once: the same file again adds nothing), in one
    /// transaction; a CSV mapping given is remembered for its bank. No payment is made
    /// here: see [`Ardoise::bank_confirm`].
    pub fn bank_import(
        &self,
        session: &Session,
        request: &BankImportRequest,
        lang: Lang,
    ) -> Result<BankImportView> {
        Ok(self.bank_import_timed(session, request, lang)?.0)
    }

    /// [`Ardoise::bank_import`], saying how long each step took (`ardoise bench bank`).
    pub fn bank_import_timed(
        &self,
        session: &Session,
        request: &BankImportRequest,
        lang: Lang,
    ) -> Result<(BankImportView, ImportTimings)> {
        session.require(Permission::RecordPayments)?;
        let mut timings = ImportTimings::default();
        let mut clock = Instant::now();
        let mut lap = |slot: &mut Duration| {
            let now = Instant::now();
            *slot += now - clock;
            clock = now;
        };
        let path = Path::new(&request.path);
        let bytes = std::fs::read(path).map_err(|_| AppError::FileMissing(request.path.clone()))?;
        let statement = self.read_statement(request, &bytes)?;
        lap(&mut timings.parse);
        let identities: Vec<&str> = statement
            .lines
            .iter()
            .map(|l| l.identity.as_str())
            .collect();
        // Read once: which lines the book has, with the payment each became.
        let mut stored: HashMap<String, (i64, Option<i64>)> = self
            .store
            .read()
            .bank_lines_of(&statement.account, &identities)?
            .into_iter()
            .map(|s| (s.line.identity.clone(), (s.id, s.payment_id)))
            .collect();
        let known = stored.len();
        let fresh = statement.lines.len() - known;
        lap(&mut timings.lookup);
        let mut added = 0;
        if !request.dry_run && fresh > 0 {
            let digest: String = Sha256::digest(&bytes)
                .iter()
                .map(|b| format!("{b:02x}"))
                .collect();
            let file_name = path
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default();
            let now = self.clock.now();
            let Recorded(_, new_lines) = self.write(
                session,
                Audit {
                    action: "bank.import",
                    entity: "bank_statement",
                    entity_id: None,
                    detail: json!({ "file": file_name, "sha256": digest,
                                    "account": statement.account, "lines": fresh }),
                },
                |db| {
                    let (id, lines) =
                        db.insert_bank_statement(&statement, &file_name, &digest, now)?;
                    if let (Some(bank), Some(m)) = (&request.csv_bank, &request.csv_mapping) {
                        let text = serde_json::to_string(m)
                            .map_err(|e| AppError::Refused(e.to_string()))?;
                        db.save_csv_mapping(bank.trim(), &text, now)?;
                    }
                    Ok(Recorded(id, lines))
                },
            )?;
            added = new_lines.len();
            stored.extend(new_lines.into_iter().map(|(k, id)| (k, (id, None))));
        }
        lap(&mut timings.write);
        // Lines another window recorded meanwhile were skipped by the write: read them.
        if !request.dry_run && stored.len() < statement.lines.len() {
            let missing: Vec<&str> = identities
                .iter()
                .copied()
                .filter(|i| !stored.contains_key(*i))
                .collect();
            for s in self
                .store
                .read()
                .bank_lines_of(&statement.account, &missing)?
            {
                stored.insert(s.line.identity.clone(), (s.id, s.payment_id));
            }
            lap(&mut timings.lookup);
        }
        let book = self.book_for_matching()?;
        lap(&mut timings.index);
        let mut matcher = book.index.matcher();
        // A statement's lines say a handful of different reasons: each put in words once
        // (formatting a message costs more than matching its line).
        let mut sentences: HashMap<Reason, String> = HashMap::new();
        let already = ardoise_domain::words::tr!(lang, BANK_LINE_ALREADY_PAYMENT);
        let lines = statement
            .lines
            .iter()
            .map(|line| {
                let (line_id, payment_id) = match stored.get(&line.identity) {
                    Some(&(id, paid)) => (Some(id), paid),
                    None => (None, None),
                };
                if payment_id.is_some() {
                    return confirmed_view(line, line_id, payment_id, &already);
                }
                let proposal = matcher.propose(line);
                let reason = sentences
                    .entry(proposal.reason.clone())
                    .or_insert_with(|| proposal.reason.sentence(lang))
                    .clone();
                line_view(line, line_id, &proposal, &book.names, reason)
            })
            .collect();
        let view = BankImportView {
            kind: statement.kind.code().into(),
            account: statement.account.clone(),
            dry_run: request.dry_run,
            added,
            already_imported: if request.dry_run {
                known
            } else {
                statement.lines.len() - added
            },
            lines,
        };
        lap(&mut timings.matching);
        Ok((view, timings))
    }
}

fn base_view(line: &BankLine, line_id: Option<i64>) -> BankLineView {
    BankLineView {
        line_id,
        position: line.position,
        booked_on: line.booked_on.to_string(),
        amount: line.amount.into(),
        credit: line.direction == Direction::Credit,
        label: line.label.clone(),
        payer: payer_of(line),
        payer_iban: line.payer_iban.clone(),
        status: BankLineStatus::Unmatched,
        customer_id: None,
        customer_name: None,
        allocations: Vec::new(),
        on_account: MoneyView::from(ardoise_domain::money::Money::zero(line.amount.currency)),
        reason: String::new(),
        payment_id: None,
    }
}

fn confirmed_view(
    line: &BankLine,
    line_id: Option<i64>,
    payment_id: Option<i64>,
    reason: &str,
) -> BankLineView {
    BankLineView {
        status: BankLineStatus::Confirmed,
        payment_id,
        reason: reason.to_string(),
        ..base_view(line, line_id)
    }
}

fn line_view(
    line: &BankLine,
    line_id: Option<i64>,
    p: &Proposal,
    names: &HashMap<i64, String>,
    reason: String,
) -> BankLineView {
    let status = match (&p.reason, p.confirmable()) {
        (Reason::Debit, _) => BankLineStatus::Ignored,
        (Reason::NoMatch, _) => BankLineStatus::Unmatched,
        (_, true) => BankLineStatus::Proposed,
        (_, false) => BankLineStatus::Refused,
    };
    BankLineView {
        status,
        customer_id: p.customer_id,
        customer_name: p.customer_id.and_then(|c| names.get(&c).cloned()),
        allocations: p
            .allocations
            .iter()
            .map(|a| AllocationView {
                invoice_id: a.invoice_id,
                number: a.number.clone(),
                amount: a.amount.into(),
            })
            .collect(),
        on_account: p.on_account.into(),
        reason,
        ..base_view(line, line_id)
    }
}
