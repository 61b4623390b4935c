//! Invoices and credit notes: drafts, issuing with a gapless number, and reading them
//! back with what was paid and credited (derived from allocations and credit notes).

use ardoise_domain::invoicing::{
    credit_note_number, invoice_number, InvoiceLine, LineKind, Period, Proration, Totals,
};
use ardoise_domain::money::{Currency, Money};
use ardoise_domain::Lang;
use chrono::{DateTime, Datelike, NaiveDate, Utc};
use rusqlite::{params, OptionalExtension, Row};

use crate::rows::{currency, date, decimal, parsed};
use crate::{Db, Result, StoreError};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DocKind {
    Invoice,
    CreditNote,
}

impl DocKind {
    pub fn code(self) -> &'static str {
        match self {
            DocKind::Invoice => "invoice",
            DocKind::CreditNote => "credit_note",
        }
    }

    fn parse(s: &str) -> Option<DocKind> {
        match s {
            "invoice" => Some(DocKind::Invoice),
            "credit_note" => Some(DocKind::CreditNote),
            _ => None,
        }
    }
}

/// A document to write as a draft.
#[derive(Debug, Clone)]
pub struct NewDocument<'a> {
    pub kind: DocKind,
    pub customer_id: i64,
    pub credited_invoice_id: Option<i64>,
    pub currency: Currency,
    pub language: Lang,
    pub period: Option<Period>,
    pub vat_treatment: &'a str,
    pub vat_mention: Option<&'a str>,
    pub lines: &'a [InvoiceLine],
    pub totals: &'a Totals,
}

/// A document as listed, with what settled it.
#[derive(Debug, Clone)]
pub struct DocumentSummary {
    pub id: i64,
    pub kind: DocKind,
    pub issued: bool,
    pub number: Option<String>,
    pub customer_id: i64,
    pub customer_name: String,
    pub credited_invoice_id: Option<i64>,
    pub period_start: Option<NaiveDate>,
    pub issue_date: Option<NaiveDate>,
    pub due_date: Option<NaiveDate>,
    pub net: Money,
    pub vat: Money,
    pub gross: Money,
    /// Sum of allocations to it, less what reversals gave back.
    pub paid: Money,
    /// Sum of the issued credit notes that correct it.
    pub credited: Money,
}

#[derive(Debug, Clone)]
pub struct DocumentRecord {
    pub summary: DocumentSummary,
    pub language: Lang,
    pub period_end: Option<NaiveDate>,
    pub vat_treatment: String,
    pub vat_mention: Option<String>,
    pub seller_json: Option<String>,
    pub buyer_json: Option<String>,
    pub lines: Vec<InvoiceLine>,
}

/// Which documents to list. State is derived, so it is filtered by the caller.
#[derive(Debug, Clone, Default)]
pub struct DocumentQuery {
    pub customer_id: Option<i64>,
    pub period_start: Option<NaiveDate>,
    pub kind: Option<DocKind>,
    pub issued_only: bool,
}

/// The invoices list's filters beyond [`DocumentQuery`].
#[derive(Debug, Clone, Default)]
pub struct ListQuery {
    pub issued_from: Option<NaiveDate>,
    pub issued_to: Option<NaiveDate>,
    /// Only issued documents that never left the book (saved, printed, sent).
    pub not_sent: bool,
}

const SUMMARY: &str = "SELECT i.id, i.kind, i.status, i.number, i.customer_id, c.legal_name,
        i.credited_invoice_id, i.period_start, i.issue_date, i.due_date, i.currency,
        i.net_minor, i.vat_minor, i.gross_minor,
        COALESCE((SELECT SUM(a.amount_minor) FROM allocations a WHERE a.invoice_id = i.id), 0)
        - COALESCE((SELECT SUM(r.amount_minor) FROM reversal_allocations r WHERE r.invoice_id = i.id), 0),
        COALESCE((SELECT SUM(cn.gross_minor) FROM invoices cn
                  WHERE cn.credited_invoice_id = i.id AND cn.status = 'issued'), 0)
     FROM invoices i JOIN customers c ON c.id = i.customer_id";

fn opt_date(r: &Row<'_>, i: usize) -> rusqlite::Result<Option<NaiveDate>> {
    match r.get::<_, Option<String>>(i)? {
        None => Ok(None),
        Some(_) => date(r, i).map(Some),
    }
}

fn summary_from_row(r: &Row<'_>) -> rusqlite::Result<DocumentSummary> {
    let cur = currency(r, 10)?;
    let status: String = r.get(2)?;
    Ok(DocumentSummary {
        id: r.get(0)?,
        kind: parsed(r, 1, "document kind", DocKind::parse)?,
        issued: status == "issued",
        number: r.get(3)?,
        customer_id: r.get(4)?,
        customer_name: r.get(5)?,
        credited_invoice_id: r.get(6)?,
        period_start: opt_date(r, 7)?,
        issue_date: opt_date(r, 8)?,
        due_date: opt_date(r, 9)?,
        net: Money::from_minor(r.get(11)?, cur),
        vat: Money::from_minor(r.get(12)?, cur),
        gross: Money::from_minor(r.get(13)?, cur),
        paid: Money::from_minor(r.get(14)?, cur),
        credited: Money::from_minor(r.get(15)?, cur),
    })
}

fn minor(m: &Money) -> Result<i64> {
    m.to_minor()
        .map_err(|e| StoreError::Corrupt(format!("amount {m}: {e}")))
}

impl Db<'_> {
    pub fn insert_document(&self, d: &NewDocument<'_>, now: DateTime<Utc>) -> Result<i64> {
        self.conn.execute(
            "INSERT INTO invoices (kind, status, customer_id, credited_invoice_id, currency, language,
                period_start, period_end, vat_treatment, vat_mention, net_minor, vat_minor,
                gross_minor, created_at)
             VALUES (?1, 'draft', ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)",
            params![
                d.kind.code(),
                d.customer_id,
                d.credited_invoice_id,
                d.currency.code(),
                d.language.code(),
                d.period.map(|p| p.start().to_string()),
                d.period.map(|p| p.end().to_string()),
                d.vat_treatment,
                d.vat_mention,
                minor(&d.totals.net)?,
                minor(&d.totals.vat)?,
                minor(&d.totals.gross)?,
                now.to_rfc3339(),
            ],
        )?;
        let id = self.conn.last_insert_rowid();
        self.insert_lines(id, d.lines, d.currency)?;
        Ok(id)
    }

    fn insert_lines(&self, invoice_id: i64, lines: &[InvoiceLine], cur: Currency) -> Result<()> {
        let mut stmt = self.conn.prepare_cached(
            "INSERT INTO invoice_lines (invoice_id, position, kind, description, subscription_id,
                service_start, service_end, quantity, unit_price, prorate_days, prorate_of,
                vat_rate, net_minor)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)",
        )?;
        for (i, l) in lines.iter().enumerate() {
            stmt.execute(params![
                invoice_id,
                i as i64 + 1,
                l.kind.code(),
                l.description,
                l.subscription_id,
                l.service_start.map(|d| d.to_string()),
                l.service_end.map(|d| d.to_string()),
                l.quantity.to_string(),
                l.unit_price.to_string(),
                l.proration.map(|p| p.days),
                l.proration.map(|p| p.of_days),
                l.vat_rate.to_string(),
                minor(&l.net(cur))?,
            ])?;
        }
        Ok(())
    }

    /// Replaces a draft's lines and totals. The triggers refuse it on an issued invoice.
    /// The support and the Microsoft lines a line bills stay with it (deleting the rows
    /// would free them for a second bill); a line removed frees what it billed.
    pub fn replace_draft_lines(
        &self,
        id: i64,
        lines: &[InvoiceLine],
        totals: &Totals,
    ) -> Result<()> {
        let cur = totals.gross.currency;
        let kept = self.support_links(id)?;
        let rebilled = self.rebill_links(id)?;
        self.conn
            .execute("DELETE FROM invoice_lines WHERE invoice_id = ?1", [id])?;
        self.insert_lines(id, lines, cur)?;
        self.restore_support_links(id, &kept)?;
        self.restore_rebill_links(id, &rebilled)?;
        self.conn.execute(
            "UPDATE invoices SET net_minor = ?2, vat_minor = ?3, gross_minor = ?4 WHERE id = ?1",
            params![
                id,
                minor(&totals.net)?,
                minor(&totals.vat)?,
                minor(&totals.gross)?
            ],
        )?;
        Ok(())
    }

    pub fn delete_draft(&self, id: i64) -> Result<()> {
        let n = self.conn.execute(
            "DELETE FROM invoices WHERE id = ?1 AND status = 'draft'",
            [id],
        )?;
        if n == 0 {
            return Err(StoreError::NotFound("draft"));
        }
        Ok(())
    }

    /// Issues a draft: the next number of its series (per kind and year of issue) is
    /// taken and the document frozen, in the caller's transaction, so a failure
    /// anywhere leaves neither a number used nor a document half-issued.
    pub fn issue_document(
        &self,
        id: i64,
        issue_date: NaiveDate,
        due_date: NaiveDate,
        seller_json: &str,
        buyer_json: &str,
        now: DateTime<Utc>,
    ) -> Result<String> {
        let (kind, status): (String, String) = self
            .conn
            .query_row(
                "SELECT kind, status FROM invoices WHERE id = ?1",
                [id],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .optional()?
            .ok_or(StoreError::NotFound("invoice"))?;
        if status != "draft" {
            return Err(StoreError::AlreadyIssued);
        }
        let year = issue_date.year();
        // A chronological series: no document dated before the last one issued.
        let last: Option<String> = self.conn.query_row(
            // Only issued documents have a series year.
            "SELECT MAX(issue_date) FROM invoices WHERE kind = ?1 AND series_year = ?2",
            params![kind, year],
            |r| r.get(0),
        )?;
        if let Some(last) = last.and_then(|s| s.parse::<NaiveDate>().ok()) {
            if last > issue_date {
                return Err(StoreError::OutOfSequence { last });
            }
        }
        // Bumped, or started: not an upsert, since the series refuses an insert over an
        // existing row before the conflict is even seen (so REPLACE cannot reset it).
        let bumped: Option<i64> = self
            .conn
            .query_row(
                "UPDATE number_series SET last_seq = last_seq + 1 WHERE kind = ?1 AND year = ?2
                 RETURNING last_seq",
                params![kind, year],
                |r| r.get(0),
            )
            .optional()?;
        let seq = match bumped {
            Some(seq) => seq,
            None => {
                self.conn.execute(
                    "INSERT INTO number_series (kind, year, last_seq) VALUES (?1, ?2, 1)",
                    params![kind, year],
                )?;
                1
            }
        };
        let seq_u32 =
            u32::try_from(seq).map_err(|_| StoreError::Corrupt(format!("sequence {seq}")))?;
        let number = match DocKind::parse(&kind) {
            Some(DocKind::CreditNote) => credit_note_number(year, seq_u32),
            _ => invoice_number(year, seq_u32),
        };
        self.conn.execute(
            "UPDATE invoices SET status = 'issued', number = ?2, series_year = ?3, series_seq = ?4,
                issue_date = ?5, due_date = ?6, seller_json = ?7, buyer_json = ?8, issued_at = ?9
             WHERE id = ?1",
            params![
                id,
                number,
                year,
                seq,
                issue_date.to_string(),
                due_date.to_string(),
                seller_json,
                buyer_json,
                now.to_rfc3339()
            ],
        )?;
        Ok(number)
    }

    pub fn document(&self, id: i64) -> Result<DocumentRecord> {
        let (summary, language, period_end, vat_treatment, vat_mention, seller, buyer) = self
            .conn
            .query_row(
                &format!(
                    "{SUMMARY_WITH_DETAIL} WHERE i.id = ?1",
                    SUMMARY_WITH_DETAIL = SUMMARY.replace(
                        " FROM invoices i",
                        ", i.language, i.period_end, i.vat_treatment, i.vat_mention,
                           i.seller_json, i.buyer_json FROM invoices i"
                    )
                ),
                [id],
                |r| {
                    Ok((
                        summary_from_row(r)?,
                        parsed(r, 16, "language", Lang::parse)?,
                        opt_date(r, 17)?,
                        r.get::<_, String>(18)?,
                        r.get::<_, Option<String>>(19)?,
                        r.get::<_, Option<String>>(20)?,
                        r.get::<_, Option<String>>(21)?,
                    ))
                },
            )
            .optional()?
            .ok_or(StoreError::NotFound("invoice"))?;
        let mut stmt = self.conn.prepare_cached(
            "SELECT kind, description, subscription_id, service_start, service_end, quantity,
                    unit_price, prorate_days, prorate_of, vat_rate
             FROM invoice_lines WHERE invoice_id = ?1 ORDER BY position",
        )?;
        let lines = stmt
            .query_map([id], |r| {
                let days: Option<u32> = r.get(7)?;
                let of: Option<u32> = r.get(8)?;
                Ok(InvoiceLine {
                    kind: parsed(r, 0, "line kind", LineKind::parse)?,
                    description: r.get(1)?,
                    subscription_id: r.get(2)?,
                    service_start: opt_date(r, 3)?,
                    service_end: opt_date(r, 4)?,
                    quantity: decimal(r, 5)?,
                    unit_price: decimal(r, 6)?,
                    proration: days
                        .zip(of)
                        .map(|(days, of_days)| Proration { days, of_days }),
                    vat_rate: decimal(r, 9)?,
                })
            })?
            .collect::<rusqlite::Result<_>>()?;
        Ok(DocumentRecord {
            summary,
            language,
            period_end,
            vat_treatment,
            vat_mention,
            seller_json: seller,
            buyer_json: buyer,
            lines,
        })
    }

    pub fn document_summaries(&self, q: &DocumentQuery) -> Result<Vec<DocumentSummary>> {
        self.documents_listed(q, &ListQuery::default())
    }

    /// The invoices list with its own filters: issue dates and what has not left the
    /// book yet (an issued document no communication-log entry of kind invoice names).
    pub fn documents_listed(
        &self,
        q: &DocumentQuery,
        l: &ListQuery,
    ) -> Result<Vec<DocumentSummary>> {
        let mut stmt = self.conn.prepare_cached(&format!(
            "{SUMMARY}
             WHERE (?1 IS NULL OR i.customer_id = ?1)
               AND (?2 IS NULL OR i.period_start = ?2)
               AND (?3 IS NULL OR i.kind = ?3)
               AND (?4 = 0 OR i.status = 'issued')
               AND (?5 IS NULL OR i.issue_date >= ?5)
               AND (?6 IS NULL OR i.issue_date <= ?6)
               AND (?7 = 0 OR (i.status = 'issued' AND NOT EXISTS (
                    SELECT 1 FROM communications m, json_each(m.invoices) j
                    WHERE m.customer_id = i.customer_id AND m.kind = 'invoice'
                      AND j.value = i.number)))
             ORDER BY i.status = 'issued', COALESCE(i.issue_date, i.created_at) DESC,
                      i.number DESC, i.id DESC"
        ))?;
        let rows = stmt.query_map(
            params![
                q.customer_id,
                q.period_start.map(|d| d.to_string()),
                q.kind.map(DocKind::code),
                q.issued_only,
                l.issued_from.map(|d| d.to_string()),
                l.issued_to.map(|d| d.to_string()),
                l.not_sent,
            ],
            summary_from_row,
        )?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// A document by its number ("F2026-00042") or its id.
    pub fn find_document(&self, key: &str) -> Result<Option<i64>> {
        let key = key.trim();
        let by_number: Option<i64> = self
            .conn
            .query_row(
                "SELECT id FROM invoices WHERE number = upper(?1)",
                [key],
                |r| r.get(0),
            )
            .optional()?;
        if by_number.is_some() {
            return Ok(by_number);
        }
        match key.parse::<i64>() {
            Ok(id) => Ok(self
                .conn
                .query_row("SELECT id FROM invoices WHERE id = ?1", [id], |r| r.get(0))
                .optional()?),
            Err(_) => Ok(None),
        }
    }

    /// Credit notes that correct an invoice.
    pub fn credit_notes_of(&self, invoice_id: i64) -> Result<Vec<DocumentSummary>> {
        let mut stmt = self.conn.prepare(&format!(
            "{SUMMARY} WHERE i.credited_invoice_id = ?1 ORDER BY i.id"
        ))?;
        let rows = stmt.query_map([invoice_id], summary_from_row)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Customers that already have a document (draft or issued) for the period.
    pub fn customers_billed_for(&self, period_start: NaiveDate) -> Result<Vec<i64>> {
        let mut stmt = self.conn.prepare(
            "SELECT DISTINCT customer_id FROM invoices WHERE kind = 'invoice' AND period_start = ?1",
        )?;
        let rows = stmt.query_map([period_start.to_string()], |r| r.get(0))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }
}
