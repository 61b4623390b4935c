//! Tables for invoices and payments.

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
        outln!(
            "{} {} : {} {}, {} {} ({}).",
            self.t("Période", "Period"),
            run.period,
            rows.len(),
            match issued {
                Some(_) => self.t("factures émises", "invoices issued"),
                None => self.t("brouillons", "drafts"),
            },
            run.skipped,
            self.t("clients déjà facturés", "customers already billed"),
            totals
        );
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
            self.t("Numéro", "Number"),
            self.t("Client", "Customer"),
            self.t("Période", "Period"),
            self.t("Émise le", "Issued"),
            self.t("Échéance", "Due"),
            self.t("Total TTC", "Total"),
            self.t("Reste dû", "Open"),
            self.t("État", "State"),
        ]);
        for r in rows {
            t.add_row(crate::terminal::row(vec![
                r.id.to_string(),
                r.number
                    .clone()
                    .unwrap_or_else(|| self.t("brouillon", "draft").to_string()),
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
                .unwrap_or_else(|| self.t("Brouillon", "Draft").to_string()),
            r.customer_name,
            self.state(r.state)
        );
        let mut t = table(&[
            self.t("Description", "Description"),
            self.t("Qté", "Qty"),
            self.t("PU HT", "Unit price"),
            self.t("TVA", "VAT"),
            self.t("Montant HT", "Amount"),
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
        line(self.t("Total HT", "Net"), &r.net);
        line(self.t("TVA", "VAT"), &v.vat);
        line(self.t("Total TTC", "Total"), &r.gross);
        line(self.t("Payé", "Paid"), &v.paid);
        line(self.t("Avoirs", "Credited"), &v.credited);
        line(self.t("Reste dû", "Open"), &r.open);
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
            self.t("Date", "Date"),
            self.t("Client", "Customer"),
            self.t("Mode", "Method"),
            self.t("Référence", "Reference"),
            self.t("Montant", "Amount"),
            self.t("Affecté à", "Allocated to"),
            self.t("Non affecté", "Unallocated"),
        ]);
        for p in rows {
            let to = p
                .allocations
                .iter()
                .map(|a| format!("{} {}", a.number, self.money(&Some(a.amount.clone()))))
                .collect::<Vec<_>>()
                .join(", ");
            t.add_row(crate::terminal::row(vec![
                p.id.to_string(),
                self.date(&p.received_on),
                p.customer_name.clone(),
                p.method.clone(),
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
            self.t("Écrit :", "Written:"),
            file.display(),
            bytes,
            self.t("octets", "bytes")
        );
    }
}
