//! Tables for statements, the month-end batch and the aging report.

use ardoise_app::domain::words::tr;
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

    /// « Annulation du règlement VIR 184 du 12/11/2026 — motif », in the reader's language.
    fn reversal(&self, number: &str, r: &ReversedPaymentView) -> String {
        let (date, reason) = (self.date(&r.received_on), r.reason.as_str());
        if number.trim().is_empty() {
            let id = r.payment_id.to_string();
            tr!(
                self.lang,
                STATEMENT_ENTRY_REVERSAL_ID,
                id = id,
                date = date,
                reason = reason
            )
        } else {
            tr!(
                self.lang,
                STATEMENT_ENTRY_REVERSAL,
                number = number,
                date = date,
                reason = reason
            )
        }
    }

    pub fn statement(&self, v: &StatementView, file: &StatementFile) {
        if self.json {
            return json(&serde_json::json!({ "statement": v, "file": file }));
        }
        outln!(
            "{} — {} {} {} {} ({} {})",
            v.customer_name,
            tr!(self.lang, CLI_STATEMENT_FROM),
            self.date(&v.from),
            tr!(self.lang, CLI_TO),
            self.date(&v.to),
            tr!(self.lang, CLI_AS_OF),
            self.date(&v.as_of),
        );
        let mut t = table(&[
            &tr!(self.lang, CLI_DATE),
            &tr!(self.lang, CLI_DOCUMENT),
            &tr!(self.lang, CLI_DEBIT),
            &tr!(self.lang, CLI_CREDIT),
            &tr!(self.lang, CLI_BALANCE),
        ]);
        t.add_row(crate::terminal::row(vec![
            self.date(&v.from),
            format!(
                "{} {}",
                tr!(self.lang, CLI_BALANCE_BROUGHT_FORWARD_AT),
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
            let mut what = match &l.reverses {
                Some(r) => self.reversal(&l.number, r),
                None => format!("{} {}", self.kind(&l.kind), l.number),
            };
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
            format!("{} {}", tr!(self.lang, CLI_BALANCE_AT), self.date(&v.to)),
            String::new(),
            String::new(),
            self.m(&v.closing_balance),
        ]));
        right(&mut t, &[2, 3, 4]);
        outln!("{t}");
        if !v.open_items.is_empty() {
            let mut t = table(&[
                &tr!(self.lang, CLI_INVOICE),
                &tr!(self.lang, CLI_DUE),
                &tr!(self.lang, CLI_DAYS_LATE),
                &tr!(self.lang, CLI_OPEN),
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
            tr!(self.lang, CLI_WRITTEN),
            file.path,
            file.bytes,
            tr!(self.lang, CLI_BYTES),
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
            tr!(self.lang, CLI_STATEMENTS_WRITTEN_TO),
            r.out_dir,
            tr!(self.lang, CLI_AND_LOGGED),
            r.bytes,
            tr!(self.lang, CLI_BYTES),
            if r.cancelled {
                tr!(self.lang, CLI_CANCELLED)
            } else {
                String::new()
            }
        );
        if let Some(c) = &r.combined {
            outln!("{} {c}", tr!(self.lang, CLI_ONE_FILE_TO_PRINT));
        }
    }

    /// Buckets as a table; with names, one row per customer.
    fn aging_table(&self, rows: &[AgingView], names: Option<&[String]>) {
        let mut head = Vec::new();
        if names.is_some() {
            head.push(tr!(self.lang, CLI_CUSTOMER));
        }
        let buckets = ardoise_app::domain::statements::Bucket::ALL;
        head.extend(buckets.iter().map(|b| b.label(self.lang).to_string()));
        head.push("Total".to_string());
        let mut t = table(&head.iter().map(String::as_str).collect::<Vec<_>>());
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
            tr!(self.lang, CLI_AGING_AS_OF),
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
