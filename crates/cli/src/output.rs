//! Tables for people, JSON for scripts.

use ardoise_app::domain::words::tr;
use std::path::Path;

use ardoise_app::domain::money::Money;
use ardoise_app::domain::Lang;
use ardoise_app::domain::{code_words, display};
use ardoise_app::transport::*;
use comfy_table::presets::UTF8_FULL_CONDENSED;
use comfy_table::{CellAlignment, Table};
use serde::Serialize;

pub struct Out {
    pub json: bool,
    pub lang: Lang,
}

pub(crate) fn table(headers: &[&str]) -> Table {
    let mut t = Table::new();
    t.load_style(UTF8_FULL_CONDENSED)
        .set_header(headers.to_vec());
    t
}

pub(crate) fn right(t: &mut Table, columns: &[usize]) {
    for &c in columns {
        if let Some(col) = t.column_mut(c) {
            col.set_cell_alignment(CellAlignment::Right);
        }
    }
}

pub(crate) fn json<T: Serialize>(value: &T) {
    match serde_json::to_string_pretty(value) {
        Ok(s) => crate::terminal::out_json(&s),
        Err(e) => errln!("{e}"),
    }
}

impl Out {
    pub(crate) fn money(&self, m: &Option<MoneyView>) -> String {
        m.as_ref()
            .and_then(|m| Some(Money::new(m.amount.parse().ok()?, m.currency.parse().ok()?)))
            .map(|m| display::money(&m, self.lang))
            .unwrap_or_else(|| "—".into())
    }

    pub(crate) fn date(&self, d: &str) -> String {
        chrono::NaiveDate::parse_from_str(d, "%Y-%m-%d")
            .map(|d| display::date(d, self.lang))
            .unwrap_or_else(|_| d.to_string())
    }

    pub fn demo(&self, s: &DemoSummary, path: &Path) {
        if self.json {
            return json(s);
        }
        outln!(
            "{} {} ({} {}, {} {}, {} {})",
            tr!(self.lang, CLI_DEMO_DATA_WRITTEN_TO),
            path.display(),
            s.customers,
            tr!(self.lang, CLI_CUSTOMERS, count = s.customers),
            s.products,
            tr!(self.lang, CLI_PRODUCTS),
            s.subscriptions,
            tr!(self.lang, CLI_SUBSCRIPTIONS),
        );
    }

    pub fn initialised(&self, path: &Path) {
        if self.json {
            return json(&serde_json::json!({ "book": path.display().to_string() }));
        }
        outln!(
            "{} {}",
            tr!(self.lang, CLI_EMPTY_BOOK_CREATED),
            path.display()
        );
    }

    pub fn created(&self, what: &str, id: i64) {
        if self.json {
            return json(&Created { id });
        }
        let id = id.to_string();
        outln!("{}", tr!(self.lang, CLI_CREATED, what = what, id = id));
    }

    pub fn customers(&self, rows: &[CustomerRow]) {
        if self.json {
            return json(&rows);
        }
        let mut t = table(&[
            "id",
            &tr!(self.lang, CLI_LEGAL_NAME),
            &tr!(self.lang, CLI_CITY),
            &tr!(self.lang, CLI_COUNTRY),
            &tr!(self.lang, CLI_VAT),
            &tr!(self.lang, CLI_CURRENCY),
            &tr!(self.lang, CLI_SUBSCRIPTIONS_HEADING),
            &tr!(self.lang, CLI_SEATS),
            &tr!(self.lang, CLI_STATUS),
        ]);
        for r in rows {
            t.add_row(crate::terminal::row(vec![
                r.id.to_string(),
                r.legal_name.clone(),
                r.city.clone(),
                r.country.clone(),
                r.vat_number.clone().unwrap_or_default(),
                r.currency.clone(),
                r.active_subscriptions.to_string(),
                r.seats.to_string(),
                self.status(r.status.code()),
            ]));
        }
        right(&mut t, &[0, 6, 7]);
        outln!("{t}");
        outln!(
            "{} {}",
            rows.len(),
            tr!(self.lang, CLI_CUSTOMERS, count = rows.len() as i64)
        );
    }

    fn status(&self, code: &str) -> String {
        tr!(self.lang, CLI_STATUS_WORD, code = code)
    }

    pub fn customer(&self, c: &CustomerView) {
        if self.json {
            return json(c);
        }
        outln!(
            "{} (id {}) — {}",
            c.legal_name,
            c.id,
            self.status(c.status.code())
        );
        let lines = [
            (
                tr!(self.lang, CLI_VAT),
                c.vat_number.clone().unwrap_or_default(),
            ),
            (
                tr!(self.lang, CLI_ADDRESS),
                format!(
                    "{}{}, {} {}, {}",
                    c.address_line1,
                    c.address_line2
                        .as_ref()
                        .map(|l| format!(", {l}"))
                        .unwrap_or_default(),
                    c.postal_code,
                    c.city,
                    c.country
                ),
            ),
            (
                tr!(self.lang, CLI_LANGUAGE),
                code_words::language(c.language, self.lang),
            ),
            (tr!(self.lang, CLI_CURRENCY), c.currency.clone()),
            (
                tr!(self.lang, CLI_PAYMENT_TERMS),
                format!("{} {}", c.payment_terms_days, tr!(self.lang, CLI_DAYS)),
            ),
            (
                "Tenant".to_string(),
                c.tenant_id.clone().unwrap_or_default(),
            ),
            (
                tr!(self.lang, CLI_DOMAIN),
                c.domain.clone().unwrap_or_default(),
            ),
        ];
        for (k, v) in lines {
            outln!("  {k:<16} {v}");
        }
        if !c.contacts.is_empty() {
            let mut t = table(&[
                &tr!(self.lang, CLI_ROLE),
                &tr!(self.lang, CLI_NAME),
                "E-mail",
                &tr!(self.lang, CLI_PHONE),
            ]);
            for k in &c.contacts {
                t.add_row(crate::terminal::row(vec![
                    code_words::contact_role(k.role, self.lang),
                    k.name.clone(),
                    k.email.clone(),
                    k.phone.clone().unwrap_or_default(),
                ]));
            }
            outln!("{t}");
        }
        self.subscriptions(&c.subscriptions);
        outln!(
            "{} {}",
            tr!(self.lang, CLI_MONTHLY_TOTAL),
            self.money(&Some(c.monthly_total.clone()))
        );
    }

    pub fn subscriptions(&self, rows: &[SubscriptionView]) {
        if self.json {
            return json(&rows);
        }
        let mut t = table(&[
            "id",
            &tr!(self.lang, CLI_CUSTOMER),
            &tr!(self.lang, CLI_PRODUCT),
            &tr!(self.lang, CLI_QTY),
            &tr!(self.lang, CLI_TERM),
            &tr!(self.lang, CLI_BILLING),
            &tr!(self.lang, CLI_START),
            &tr!(self.lang, CLI_RENEWAL),
            &tr!(self.lang, CLI_STATUS),
            &tr!(self.lang, CLI_MONTHLY),
        ]);
        for s in rows {
            t.add_row(crate::terminal::row(vec![
                s.id.to_string(),
                s.customer_name.clone(),
                s.product_name.clone(),
                s.quantity.to_string(),
                code_words::term(s.term, self.lang),
                code_words::frequency(s.billing_frequency, self.lang),
                self.date(&s.start_date),
                self.date(&s.renewal_date),
                self.status(s.status.code()),
                self.money(&s.monthly_amount),
            ]));
        }
        right(&mut t, &[0, 3, 9]);
        outln!("{t}");
    }

    pub fn products(&self, rows: &[ProductRow]) {
        if self.json {
            return json(&rows);
        }
        let mut t = table(&[
            "id",
            &tr!(self.lang, CLI_PRODUCT),
            "ProductId",
            "SkuId",
            &tr!(self.lang, CLI_UNIT),
            &tr!(self.lang, CLI_RESALE_PRICE),
            &tr!(self.lang, CLI_ACTIVE_SEATS),
        ]);
        for p in rows {
            let prices = p
                .prices
                .iter()
                .map(|pr| {
                    self.money(&Some(MoneyView {
                        amount: pr.resale_price.clone(),
                        currency: pr.currency.clone(),
                    }))
                })
                .collect::<Vec<_>>()
                .join(" · ");
            t.add_row(crate::terminal::row(vec![
                p.id.to_string(),
                p.name.clone(),
                p.ms_product_id.clone(),
                p.ms_sku_id.clone(),
                code_words::unit(&p.unit, self.lang),
                prices,
                p.active_seats.to_string(),
            ]));
        }
        right(&mut t, &[0, 6]);
        outln!("{t}");
    }
}
