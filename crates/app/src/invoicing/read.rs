//! Reading invoices and accounts: lists with derived states, one invoice in full, a
//! customer's balances.

use ardoise_domain::catalog::parse_date;
use ardoise_domain::invoicing::{totals, InvoiceState};
use ardoise_domain::money::Money;
use ardoise_domain::problem::Checker;
use ardoise_domain::Problem;
use ardoise_store::{DocKind, DocumentQuery, ListQuery};

use super::views;
use crate::transport_invoicing::{
    BalanceView, DocumentKindView, InvoiceFilter, InvoiceRow, InvoiceView, SettlementView,
};
use crate::{Ardoise, Permission, Result, Session};

impl Ardoise {
    pub fn invoices(&self, session: &Session, filter: &InvoiceFilter) -> Result<Vec<InvoiceRow>> {
        session.require(Permission::ViewBook)?;
        let period = match filter.period.as_deref().map(str::trim) {
            None | Some("") => None,
            Some(p) => Some(super::billing::parse_period(p)?.start()),
        };
        let today = self.today();
        let list = list_query(filter)?;
        Ok(self
            .store
            .read()
            .documents_listed(
                &DocumentQuery {
                    customer_id: filter.customer_id,
                    period_start: period,
                    kind: filter.kind.map(|k| match k {
                        DocumentKindView::Invoice => DocKind::Invoice,
                        DocumentKindView::CreditNote => DocKind::CreditNote,
                    }),
                    issued_only: false,
                },
                &list,
            )?
            .iter()
            .map(|s| views::row(s, today))
            .filter(|r| filter.state.is_none_or(|s| r.state == s))
            .collect())
    }

    /// An invoice or credit note by number or id, as typed in the CLI.
    pub fn find_invoice(&self, session: &Session, key: &str) -> Result<i64> {
        session.require(Permission::ViewBook)?;
        self.store
            .read()
            .find_document(key)?
            .ok_or(crate::AppError::NotFound("invoice"))
    }

    pub fn invoice(&self, session: &Session, id: i64) -> Result<InvoiceView> {
        session.require(Permission::ViewBook)?;
        let db = self.store.read();
        let doc = db.document(id)?;
        let today = self.today();
        let s = &doc.summary;
        let currency = s.gross.currency;
        let t = totals(&doc.lines, currency);
        Ok(InvoiceView {
            row: views::row(s, today),
            lines: views::line_views(&doc.lines, currency),
            vat_lines: views::vat_views(&t),
            vat: s.vat.into(),
            paid: s.paid.into(),
            credited: s.credited.into(),
            vat_mention: doc.vat_mention.clone(),
            settlements: db
                .settlements(id)?
                .into_iter()
                .map(|p| SettlementView {
                    payment_id: p.payment_id,
                    received_on: p.received_on.to_string(),
                    method: p.method,
                    reference: p.reference,
                    amount: p.amount.into(),
                })
                .collect(),
            credit_notes: db
                .credit_notes_of(id)?
                .iter()
                .map(|c| views::row(c, today))
                .collect(),
            credited_invoice: match s.credited_invoice_id {
                Some(of) => Some(views::row(&db.document(of)?.summary, today)),
                None => None,
            },
            editable: !s.issued,
        })
    }

    /// The customer's account per currency: balance = invoices − credit notes − payments.
    pub fn customer_balances(
        &self,
        session: &Session,
        customer_id: i64,
    ) -> Result<Vec<BalanceView>> {
        session.require(Permission::ViewBook)?;
        let db = self.store.read();
        db.customer(customer_id)?;
        let today = self.today();
        let docs = db.document_summaries(&DocumentQuery {
            customer_id: Some(customer_id),
            kind: Some(DocKind::Invoice),
            issued_only: true,
            ..Default::default()
        })?;
        Ok(db
            .account_totals(customer_id)?
            .into_iter()
            .map(|(cur, t)| {
                let m = |minor| Money::from_minor(minor, cur);
                let overdue: i64 = docs
                    .iter()
                    .filter(|d| d.gross.currency == cur)
                    .filter(|d| views::state_of(d, today) == InvoiceState::Overdue)
                    .map(|d| views::open_amount(d).to_minor().unwrap_or(0))
                    .sum();
                BalanceView {
                    currency: cur.code().to_string(),
                    invoiced: m(t.invoiced).into(),
                    credited: m(t.credited).into(),
                    paid: m(t.paid).into(),
                    balance: m(t.invoiced - t.credited - t.paid).into(),
                    unallocated: m(t.paid - t.allocated).into(),
                    overdue: m(overdue).into(),
                }
            })
            .collect())
    }
}

/// The list's issue-date range and "not sent yet": every date at fault named at once.
fn list_query(filter: &InvoiceFilter) -> Result<ListQuery> {
    let mut c = Checker::new();
    let mut date = |field: &'static str, value: Option<&str>| match value.map(str::trim) {
        None | Some("") => None,
        Some(v) => c.check(field, parse_date(v)),
    };
    let from = date("issued_from", filter.issued_from.as_deref());
    let to = date("issued_to", filter.issued_to.as_deref());
    if let (Some(f), Some(t)) = (from, to) {
        if t < f {
            c.add(
                "issued_to",
                Problem::DateBefore {
                    other_field: "issued_from",
                },
            );
        }
    }
    c.finish()?;
    Ok(ListQuery {
        issued_from: from,
        issued_to: to,
        not_sent: filter.not_sent.unwrap_or(false),
    })
}
