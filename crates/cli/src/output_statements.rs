//! Tables for statements, the month-end batch and the aging report.

use ardoise_app::transport::MoneyView;
use ardoise_app::transport_statements::*;

use crate::output::{json, right, table, Out};

impl Out {
    fn m(&self, m: &MoneyView) -> String {
        self.money(&Some(m.clone()))
    }

    fn kind(&self, k: &ardoise_app::domain::statements::EntryKind) -> String {
        k.label(self.lang).to_string()
    }

    pub fn statement(&self, v: &StatementView, file: &StatementFile) {
        if self.json {
            return json(&serde_json::json!({ "statement": v, "file": file }));
        }
        outln!(
            "{} — {} {} {} {} ({} {})",
            v.customer_name,
            self.t("relevé du", "statement from"),
            self.date(&v.from),
            self.t("au", "to"),
            self.date(&v.to),
            self.t("arrêté au", "as of"),
            self.date(&v.as_of),
        );
        let mut t = table(&[
            self.t("Date", "Date"),
            self.t("Pièce", "Document"),
            self.t("Débit", "Debit"),
            self.t("Crédit", "Credit"),
            self.t("Solde", "Balance"),
        ]);
        t.add_row(crate::terminal::row(vec![
            self.date(&v.from),
            format!(
                "{} {}",
                self.t("Solde reporté au", "Balance brought forward at"),
                self.date(&v.from)
            ),
            String::new(),
            String::new(),
            self.m(&v.brought_forward),
        ]));
        for l in &v.lines {
            let settled: Vec<String> = l
                .settled
                .iter()
                .map(|s| format!("{} {}", s.number, self.m(&s.amount)))
                .collect();
            let mut what = format!("{} {}", self.kind(&l.kind), l.number);
            if !settled.is_empty() {
                what.push_str(&format!("\n  → {}", settled.join(", ")));
            }
            t.add_row(crate::terminal::row(vec![
                self.date(&l.date),
                what,
                self.money(&l.debit),
                self.money(&l.credit),
                self.m(&l.running_balance),
            ]));
        }
        t.add_row(crate::terminal::row(vec![
            self.date(&v.to),
            format!("{} {}", self.t("Solde au", "Balance at"), self.date(&v.to)),
            String::new(),
            String::new(),
            self.m(&v.closing_balance),
        ]));
        right(&mut t, &[2, 3, 4]);
        outln!("{t}");
        if !v.open_items.is_empty() {
            let mut t = table(&[
                self.t("Facture", "Invoice"),
                self.t("Échéance", "Due"),
                self.t("Retard (j)", "Days late"),
                self.t("Reste dû", "Open"),
            ]);
            for o in &v.open_items {
                t.add_row(crate::terminal::row(vec![
                    o.number.clone(),
                    self.date(&o.due_date),
                    o.days_overdue.to_string(),
                    self.m(&o.open),
                ]));
            }
            right(&mut t, &[2, 3]);
            outln!("{t}");
        }
        self.aging_table(std::slice::from_ref(&v.aging), None);
        outln!(
            "{} {} ({} {}, SHA-256 {})",
            self.t("Écrit :", "Written:"),
            file.path,
            file.bytes,
            self.t("octets", "bytes"),
            file.sha256
        );
    }

    pub fn batch(&self, r: &BatchResult) {
        if self.json {
            return json(r);
        }
        outln!(
            "{} {} / {} {} {} ({} {}){}",
            r.produced,
            r.selected,
            self.t("relevés écrits dans", "statements written to"),
            r.out_dir,
            self.t("et notés au journal des envois", "and logged"),
            r.bytes,
            self.t("octets", "bytes"),
            if r.cancelled {
                self.t(" — interrompu", " — cancelled")
            } else {
                ""
            }
        );
        if let Some(c) = &r.combined {
            outln!(
                "{} {c}",
                self.t("Fichier unique à imprimer :", "One file to print:")
            );
        }
    }

    /// Buckets as a table; with names, one row per customer.
    fn aging_table(&self, rows: &[AgingView], names: Option<&[String]>) {
        let mut head = Vec::new();
        if names.is_some() {
            head.push(self.t("Client", "Customer"));
        }
        let buckets = ardoise_app::domain::statements::Bucket::ALL;
        let labels: Vec<&str> = buckets.iter().map(|b| b.label(self.lang)).collect();
        head.extend(labels.iter().copied());
        head.push("Total");
        let mut t = table(&head);
        for (i, a) in rows.iter().enumerate() {
            let mut cells = Vec::new();
            if let Some(n) = names {
                cells.push(n.get(i).cloned().unwrap_or_default());
            }
            for m in [
                &a.not_due, &a.d1_30, &a.d31_60, &a.d61_90, &a.over_90, &a.total,
            ] {
                cells.push(self.m(m));
            }
            t.add_row(crate::terminal::row(cells));
        }
        let first = usize::from(names.is_some());
        right(&mut t, &(first..first + 6).collect::<Vec<_>>());
        outln!("{t}");
    }

    pub fn aging(&self, r: &AgingReport) {
        if self.json {
            return json(r);
        }
        outln!(
            "{} {}",
            self.t("Balance âgée au", "Aging as of"),
            self.date(&r.as_of)
        );
        let mut rows: Vec<AgingView> = r.rows.iter().map(|x| x.aging.clone()).collect();
        let mut names: Vec<String> = r.rows.iter().map(|x| x.customer_name.clone()).collect();
        for total in &r.totals {
            rows.push(total.clone());
            names.push(format!("Total {}", total.currency));
        }
        self.aging_table(&rows, Some(&names));
    }
}
