//! The aging report as of a date: who owes what and for how long, per customer and in
//! total; on screen, as CSV for a spreadsheet and as PDF. Also the communication log.

use std::collections::HashMap;

use ardoise_documents::{render_aging, AgingDocument};
use ardoise_domain::catalog::parse_date;
use ardoise_domain::invoicing::days_overdue;
use ardoise_domain::money::{Currency, Money};
use ardoise_domain::statements::{totals, Aging, AgingRow, Bucket};
use ardoise_domain::words::tr;
use ardoise_domain::{Invalid, Lang};
use chrono::NaiveDate;

use super::views::aging_row_view;
use crate::invoicing::documents::seller;
use crate::transport::MoneyView;
use crate::transport_statements::{AgingReport, AgingView, CommunicationView};
use crate::{AppError, Ardoise, Permission, Result, Session};

fn as_of_date(input: &str) -> Result<NaiveDate> {
    parse_date(input).map_err(|p| Invalid::one("as_of", p).into())
}

impl Ardoise {
    /// Every customer's open invoices by bucket as of `as_of`, largest total first.
    pub(crate) fn aging_rows(&self, as_of: NaiveDate) -> Result<Vec<AgingRow>> {
        let db = self.store.read();
        let open = db.open_invoices(as_of)?;
        let mut by: HashMap<(i64, Currency), Aging> = HashMap::new();
        for item in &open {
            let cur = item.open.currency;
            by.entry((item.customer_id, cur))
                .or_insert_with(|| Aging::zero(cur))
                .add(&item.open, days_overdue(item.due_date, as_of))
                .map_err(AppError::Statement)?;
        }
        let ids: Vec<i64> = by.keys().map(|k| k.0).collect();
        let names = db.customer_names(&ids)?;
        let mut rows: Vec<AgingRow> = by
            .into_iter()
            .map(|((customer_id, currency), aging)| AgingRow {
                customer_id,
                customer_name: names.get(&customer_id).cloned().unwrap_or_default(),
                currency,
                aging,
            })
            .collect();
        rows.sort_by(|a, b| {
            b.aging
                .total()
                .amount
                .cmp(&a.aging.total().amount)
                .then_with(|| a.customer_name.cmp(&b.customer_name))
                .then_with(|| a.currency.cmp(&b.currency))
        });
        Ok(rows)
    }

    pub fn aging_report(&self, session: &Session, as_of: &str) -> Result<AgingReport> {
        session.require(Permission::ViewBook)?;
        let as_of = as_of_date(as_of)?;
        let rows = self.aging_rows(as_of)?;
        Ok(AgingReport {
            as_of: as_of.to_string(),
            totals: totals(&rows)
                .iter()
                .map(|(_, a)| AgingView::from(a))
                .collect(),
            rows: rows.iter().map(aging_row_view).collect(),
        })
    }

    /// The report as CSV in `lang`: in French, `;`-separated with decimal commas as a
    /// French spreadsheet expects; in English, `,` and points. UTF-8 with a BOM so Excel
    /// reads the accents.
    pub fn aging_csv(
        &self,
        session: &Session,
        as_of: &str,
        lang: Lang,
    ) -> Result<(String, Vec<u8>)> {
        session.require(Permission::ViewBook)?;
        let as_of = as_of_date(as_of)?;
        let rows = self.aging_rows(as_of)?;
        let sep = match lang {
            Lang::Fr => b';',
            Lang::En => b',',
        };
        let word = tr!(lang, FILE_AGING);
        let amount = |m: &Money| {
            let dp = m.currency.minor_units() as usize;
            let s = format!("{:.dp$}", m.amount.round_dp(dp as u32));
            match lang {
                Lang::Fr => s.replace('.', ","),
                Lang::En => s,
            }
        };
        let mut out = Vec::from("\u{feff}".as_bytes());
        {
            let mut w = csv::WriterBuilder::new()
                .delimiter(sep)
                .from_writer(&mut out);
            let mut head = vec![
                tr!(lang, PRINTED_CUSTOMER_NUMBER),
                tr!(lang, DOC_CUSTOMER),
                tr!(lang, AGING_COL_CURRENCY),
            ];
            head.extend(Bucket::ALL.iter().map(|b| b.label(lang).to_string()));
            head.push(tr!(lang, STATEMENT_TOTAL));
            w.write_record(&head).map_err(csv_error)?;
            let line = |id: String, name: String, a: &Aging| {
                let mut r = vec![id, name, a.currency().code().to_string()];
                r.extend(Bucket::ALL.iter().map(|b| amount(&a.get(*b))));
                r.push(amount(&a.total()));
                r
            };
            for row in &rows {
                w.write_record(line(
                    super::printed::account_reference(row.customer_id),
                    row.customer_name.clone(),
                    &row.aging,
                ))
                .map_err(csv_error)?;
            }
            for (_, t) in totals(&rows) {
                w.write_record(line(String::new(), tr!(lang, STATEMENT_TOTAL), &t))
                    .map_err(csv_error)?;
            }
            w.flush().map_err(|e| AppError::Document(e.to_string()))?;
        }
        Ok((format!("{word}-{as_of}.csv"), out))
    }

    /// The report as PDF in `lang`.
    pub fn aging_pdf(
        &self,
        session: &Session,
        as_of: &str,
        lang: Lang,
    ) -> Result<(String, Vec<u8>)> {
        session.require(Permission::ViewBook)?;
        let as_of = as_of_date(as_of)?;
        let rows = self.aging_rows(as_of)?;
        let partner = self.partner_or_placeholder();
        let doc = AgingDocument {
            lang,
            seller: seller(&partner, lang),
            as_of,
            produced_on: self.today(),
            rows,
            logo_png: self.store.read().partner_logo()?,
        };
        let pdf = render_aging(&doc).map_err(|e| AppError::Document(e.to_string()))?;
        let word = tr!(lang, FILE_AGING);
        Ok((format!("{word}-{as_of}.pdf"), pdf))
    }

    /// A customer's communication log, newest first.
    pub fn communications(
        &self,
        session: &Session,
        customer_id: i64,
    ) -> Result<Vec<CommunicationView>> {
        session.require(Permission::ViewBook)?;
        let db = self.store.read();
        db.customer(customer_id)?;
        Ok(db
            .communications(customer_id)?
            .into_iter()
            .map(|c| CommunicationView {
                id: c.id,
                kind: c.kind,
                step_code: c.step_code,
                produced_at: c.produced_at.to_rfc3339(),
                staff_name: c.staff_name,
                as_of: c.as_of.to_string(),
                period_start: c.period.map(|p| p.0.to_string()),
                period_end: c.period.map(|p| p.1.to_string()),
                balance: MoneyView::from(c.balance),
                invoices: c.invoices,
                sha256: c.document_sha256,
                file_name: c.file_name,
                sent_on: c.sent_on.map(|d| d.to_string()),
                sent_via: c.sent_via,
            })
            .collect())
    }
}

fn csv_error(e: csv::Error) -> AppError {
    AppError::Document(e.to_string())
}
