//! A Partner Center file's preview and import as tables; JSON for scripts.

use std::path::Path;

use ardoise_app::domain::words::tr;
use ardoise_app::transport::MoneyView;
use ardoise_app::transport_partner_center::{PcImportView, PcPreviewView};
use rust_decimal::Decimal;

use crate::output::{json, right, table, Out};

impl Out {
    fn totals(&self, totals: &[MoneyView]) -> String {
        totals
            .iter()
            .map(|t| self.money(&Some(t.clone())))
            .collect::<Vec<_>>()
            .join(" · ")
    }

    fn preview_body(&self, v: &PcPreviewView, done: bool) {
        let l = self.lang;
        let period = match (&v.period_from, &v.period_to) {
            (Some(from), Some(to)) => tr!(
                l,
                PARTNER_CENTER_IMPORT_CLI_PERIOD,
                from = self.date(from),
                to = self.date(to)
            ),
            _ => String::new(),
        };
        outln!(
            "{}",
            tr!(
                l,
                PARTNER_CENTER_IMPORT_CLI_FILE,
                file = v.file_name.as_str(),
                kind = v.kind_label.as_str(),
                lines = v.lines as i64,
                period = period
            )
        );
        outln!(
            "{}",
            tr!(
                l,
                PARTNER_CENTER_IMPORT_CLI_TOTAL,
                total = self.totals(&v.totals)
            )
        );
        if !v.customers_to_create.is_empty() {
            if done {
                outln!("{}", tr!(l, PARTNER_CENTER_IMPORT_CLI_CUSTOMERS_CREATED));
            } else {
                outln!("{}", tr!(l, PARTNER_CENTER_IMPORT_CLI_CUSTOMERS));
            }
            let mut t = table(&[
                &tr!(l, PARTNER_CENTER_IMPORT_CLI_NAME),
                &tr!(l, PARTNER_CENTER_IMPORT_CLI_DOMAIN),
                &tr!(l, PARTNER_CENTER_IMPORT_CLI_COUNTRY),
            ]);
            for c in &v.customers_to_create {
                t.add_row(crate::terminal::row(vec![
                    c.name.clone(),
                    c.domain.clone().unwrap_or_else(|| "—".into()),
                    c.country_name
                        .clone()
                        .or_else(|| c.country.clone())
                        .unwrap_or_else(|| "—".into()),
                ]));
            }
            outln!("{t}");
        }
        if !v.subscriptions.is_empty() {
            outln!("{}", tr!(l, PARTNER_CENTER_IMPORT_CLI_SUBSCRIPTIONS));
            let mut t = table(&[
                &tr!(l, PARTNER_CENTER_IMPORT_CLI_CUSTOMER),
                &tr!(l, PARTNER_CENTER_IMPORT_CLI_PRODUCT),
                &tr!(l, PARTNER_CENTER_IMPORT_CLI_SEATS),
                &tr!(l, PARTNER_CENTER_IMPORT_CLI_BOOK_SEATS),
                &tr!(l, PARTNER_CENTER_IMPORT_CLI_TERM),
                &tr!(l, PARTNER_CENTER_IMPORT_CLI_ACTION),
            ]);
            for s in &v.subscriptions {
                t.add_row(crate::terminal::row(vec![
                    s.customer_name.clone(),
                    s.product_name.clone(),
                    s.seats.to_string(),
                    s.book_seats
                        .map(|n| n.to_string())
                        .unwrap_or_else(|| "—".into()),
                    format!("{}, {}", s.term, s.frequency),
                    s.action_label.clone(),
                ]));
            }
            right(&mut t, &[2, 3]);
            outln!("{t}");
        }
        for w in &v.warnings {
            outln!("• {w}");
        }
    }

    pub fn partner_center_preview(&self, v: &PcPreviewView) {
        if self.json {
            return json(v);
        }
        outln!("{}", tr!(self.lang, CLI_BANK_DRY_RUN));
        if let Some(when) = &v.already_imported {
            outln!(
                "{}",
                tr!(
                    self.lang,
                    PARTNER_CENTER_IMPORT_FILE_ALREADY,
                    when = when.as_str()
                )
            );
        }
        self.preview_body(v, false);
    }

    pub fn partner_center_import(&self, v: &PcImportView) {
        if self.json {
            return json(v);
        }
        outln!("{}", v.message);
        if v.import_id.is_some() {
            self.preview_body(&v.preview, true);
        }
    }

    pub fn partner_center_generated(&self, file: &Path, rows: u64, totals: &[(String, Decimal)]) {
        let views: Vec<MoneyView> = totals
            .iter()
            .map(|(c, a)| MoneyView {
                amount: a.to_string(),
                currency: c.clone(),
            })
            .collect();
        if self.json {
            return json(&serde_json::json!({
                "file": file.display().to_string(),
                "rows": rows,
                "totals": views,
            }));
        }
        outln!(
            "{}",
            tr!(
                self.lang,
                PARTNER_CENTER_IMPORT_CLI_GENERATED,
                file = file.display().to_string(),
                lines = rows as i64,
                total = self.totals(&views)
            )
        );
    }
}
