//! Tables for invoices and payments.

use ardoise_app::domain::invoicing::PaymentMethod;
use ardoise_app::domain::words::tr;
use std::path::Path;

use ardoise_app::transport::MoneyView;
use ardoise_app::transport_invoicing::*;

use crate::output::{json, right, table, Out};

impl Out {
    fn opt_date(&self, d: &Option<String>) -> String {
        d.as_deref().map(|d| self.date(d)).unwrap_or_default()
    }

    /// A decimal string in the reader's notation, with at least `min_dp` decimals.
    fn decimal(&self, value: &str, min_dp: u32) -> String {
        match value.parse::<rust_decimal::Decimal>() {
            Ok(d) => ardoise_app::domain::display::number(d, d.scale().max(min_dp), self.lang),
            Err(_) => value.to_string(),
        }
    }

    fn state(&self, s: ardoise_app::domain::invoicing::InvoiceState) -> String {
        s.label(self.lang).to_string()
    }

    pub fn billing_run(&self, run: &BillingRunResult, issued: Option<&[InvoiceRow]>) {
        if self.json {
            return json(&serde_json::json!({ "run": run, "issued": issued }));
        }
        let rows = issued.unwrap_or(&run.drafted);
        self.invoices(rows);
        let totals = run
            .totals
            .iter()
            .map(|m| self.money(&Some(m.clone())))
            .collect::<Vec<_>>()
            .join(" · ");
        let mut line = tr!(
            self.lang,
            CLI_BILLING_SUMMARY,
            period = run.period.as_str(),
            count = rows.len() as i64,
            issued = if issued.is_some() { "yes" } else { "no" },
            skipped = run.skipped
        );
        if !totals.is_empty() {
            line.push_str(&format!(" ({totals})"));
        }
        outln!("{line}.");
        for p in &run.problems {
            errln!("! {p}");
        }
    }

    pub fn invoices(&self, rows: &[InvoiceRow]) {
        if self.json {
            return json(&rows);
        }
        let mut t = table(&[
            "id",
            &tr!(self.lang, CLI_NUMBER),
            &tr!(self.lang, CLI_CUSTOMER),
            &tr!(self.lang, CLI_PERIOD),
            &tr!(self.lang, CLI_ISSUED),
            &tr!(self.lang, CLI_DUE),
            &tr!(self.lang, CLI_TOTAL),
            &tr!(self.lang, CLI_OPEN),
            &tr!(self.lang, CLI_STATE),
        ]);
        for r in rows {
            t.add_row(crate::terminal::row(vec![
                r.id.to_string(),
                r.number
                    .clone()
                    .unwrap_or_else(|| tr!(self.lang, CLI_DRAFT).to_string()),
                r.customer_name.clone(),
                r.period.clone().unwrap_or_default(),
                self.opt_date(&r.issue_date),
                self.opt_date(&r.due_date),
                self.money(&Some(r.gross.clone())),
                self.money(&Some(r.open.clone())),
                self.state(r.state),
            ]));
        }
        right(&mut t, &[0, 6, 7]);
        outln!("{t}");
    }

    pub fn invoice(&self, v: &InvoiceView) {
        if self.json {
            return json(v);
        }
        let r = &v.row;
        outln!(
            "{} — {} — {}",
            r.number
                .clone()
                .unwrap_or_else(|| tr!(self.lang, CLI_DRAFT_HEADING).to_string()),
            r.customer_name,
            self.state(r.state)
        );
        let mut t = table(&[
            &tr!(self.lang, CLI_DESCRIPTION),
            &tr!(self.lang, CLI_QTY),
            &tr!(self.lang, CLI_UNIT_PRICE),
            &tr!(self.lang, CLI_VAT),
            &tr!(self.lang, CLI_AMOUNT_EXCL_VAT),
        ]);
        for l in &v.lines {
            t.add_row(crate::terminal::row(vec![
                l.description.clone(),
                self.decimal(&l.quantity, 0),
                self.decimal(&l.unit_price, 2),
                format!("{} %", l.vat_rate),
                self.money(&Some(l.net.clone())),
            ]));
        }
        right(&mut t, &[1, 2, 3, 4]);
        outln!("{t}");
        let line = |label: &str, m: &MoneyView| {
            outln!("  {label:<20} {:>14}", self.money(&Some(m.clone())))
        };
        line(&tr!(self.lang, CLI_NET), &r.net);
        line(&tr!(self.lang, CLI_VAT), &v.vat);
        line(&tr!(self.lang, CLI_TOTAL), &r.gross);
        line(&tr!(self.lang, CLI_PAID), &v.paid);
        line(&tr!(self.lang, CLI_CREDITED), &v.credited);
        line(&tr!(self.lang, CLI_OPEN), &r.open);
        if let Some(m) = &v.vat_mention {
            outln!("{m}");
        }
    }

    pub fn payments(&self, rows: &[PaymentView]) {
        if self.json {
            return json(&rows);
        }
        let mut t = table(&[
            "id",
            &tr!(self.lang, CLI_DATE),
            &tr!(self.lang, CLI_CUSTOMER),
            &tr!(self.lang, CLI_METHOD),
            &tr!(self.lang, CLI_REFERENCE),
            &tr!(self.lang, CLI_AMOUNT),
            &tr!(self.lang, CLI_ALLOCATED_TO),
            &tr!(self.lang, CLI_UNALLOCATED),
        ]);
        for p in rows {
            let to = p
                .allocations
                .iter()
                .map(|a| format!("{} {}", a.number, self.money(&Some(a.amount.clone()))))
                .collect::<Vec<_>>()
                .join(", ");
            let to = match &p.reversal {
                Some(r) => {
                    let on = self.date(&r.reversed_on);
                    format!("{} — {to}", tr!(self.lang, PAYMENT_REVERSED_SHORT, on = on))
                }
                None => to,
            };
            t.add_row(crate::terminal::row(vec![
                p.id.to_string(),
                self.date(&p.received_on),
                p.customer_name.clone(),
                PaymentMethod::parse(&p.method)
                    .map(|m| m.label(self.lang))
                    .unwrap_or_else(|| p.method.clone()),
                p.reference.clone().unwrap_or_default(),
                self.money(&Some(p.amount.clone())),
                to,
                self.money(&Some(p.unallocated.clone())),
            ]));
        }
        right(&mut t, &[0, 5, 7]);
        outln!("{t}");
    }

    pub fn written(&self, file: &Path, bytes: usize) {
        if self.json {
            return json(&serde_json::json!({ "path": file, "bytes": bytes }));
        }
        outln!(
            "{} {} ({} {})",
            tr!(self.lang, CLI_WRITTEN),
            file.display(),
            bytes,
            tr!(self.lang, CLI_BYTES)
        );
    }

    /// A period's invoices written to a folder, and the file to print.
    pub fn invoices_printed(&self, r: &ardoise_app::transport_send::InvoicesPrintResult) {
        if self.json {
            return json(r);
        }
        for f in &r.files {
            outln!("{f}");
        }
        outln!(
            "{}",
            tr!(
                self.lang,
                SEND_WRITTEN,
                count = r.files.len(),
                dir = r.out_dir.as_str()
            )
        );
        if r.kept > 0 {
            outln!("{}", tr!(self.lang, SEND_KEPT, count = r.kept));
        }
        if let Some(path) = &r.combined {
            outln!(
                "{}",
                tr!(
                    self.lang,
                    SEND_PRINT_FILE,
                    path = path.as_str(),
                    pages = r.combined_pages
                )
            );
        }
        if r.cancelled {
            outln!("{}", tr!(self.lang, SEND_CANCELLED));
        }
    }

    pub fn no_invoice_issued(&self, period: &str) {
        if self.json {
            return json(&serde_json::json!({ "files": [], "combined": null }));
        }
        outln!("{}", tr!(self.lang, SEND_NONE_ISSUED, period = period));
    }
}
