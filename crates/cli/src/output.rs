//! Tables for people, JSON for scripts.

use std::path::Path;

use ardoise_app::domain::display;
use ardoise_app::domain::money::Money;
use ardoise_app::domain::Lang;
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
    pub(crate) fn t<'a>(&self, fr: &'a str, en: &'a str) -> &'a str {
        self.lang.pick(fr, en)
    }

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
            self.t(
                "Données de démonstration écrites dans",
                "Demo data written to"
            ),
            path.display(),
            s.customers,
            self.t("clients", "customers"),
            s.products,
            self.t("produits", "products"),
            s.subscriptions,
            self.t("abonnements", "subscriptions"),
        );
    }

    pub fn initialised(&self, path: &Path) {
        if self.json {
            return json(&serde_json::json!({ "book": path.display().to_string() }));
        }
        outln!(
            "{} {}",
            self.t("Dossier vide créé :", "Empty book created:"),
            path.display()
        );
    }

    pub fn created(&self, what: &str, id: i64) {
        if self.json {
            return json(&Created { id });
        }
        let label = match (what, self.lang) {
            ("customer", Lang::Fr) => "Client créé",
            ("customer", Lang::En) => "Customer created",
            ("hold", Lang::Fr) => "Mise en attente enregistrée",
            ("hold", Lang::En) => "Hold recorded",
            (_, Lang::Fr) => "Abonnement créé",
            (_, Lang::En) => "Subscription created",
        };
        outln!("{label} (id {id}).");
    }

    pub fn customers(&self, rows: &[CustomerRow]) {
        if self.json {
            return json(&rows);
        }
        let mut t = table(&[
            "id",
            self.t("Raison sociale", "Legal name"),
            self.t("Ville", "City"),
            self.t("Pays", "Country"),
            self.t("TVA", "VAT"),
            self.t("Devise", "Currency"),
            self.t("Abonnements", "Subscriptions"),
            self.t("Licences", "Seats"),
            self.t("Statut", "Status"),
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
        outln!("{} {}", rows.len(), self.t("clients", "customers"));
    }

    fn status(&self, code: &str) -> String {
        match (code, self.lang) {
            ("active", Lang::Fr) => "actif",
            ("suspended", Lang::Fr) => "suspendu",
            ("inactive", Lang::Fr) => "inactif",
            ("cancelled", Lang::Fr) => "résilié",
            ("expired", Lang::Fr) => "expiré",
            (c, _) => c,
        }
        .to_string()
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
                self.t("TVA", "VAT"),
                c.vat_number.clone().unwrap_or_default(),
            ),
            (
                self.t("Adresse", "Address"),
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
            (self.t("Langue", "Language"), c.language.code().to_string()),
            (self.t("Devise", "Currency"), c.currency.clone()),
            (
                self.t("Échéance", "Payment terms"),
                format!("{} {}", c.payment_terms_days, self.t("jours", "days")),
            ),
            ("Tenant", c.tenant_id.clone().unwrap_or_default()),
            (
                self.t("Domaine", "Domain"),
                c.domain.clone().unwrap_or_default(),
            ),
        ];
        for (k, v) in lines {
            outln!("  {k:<16} {v}");
        }
        if !c.contacts.is_empty() {
            let mut t = table(&[
                self.t("Rôle", "Role"),
                self.t("Nom", "Name"),
                "E-mail",
                self.t("Téléphone", "Phone"),
            ]);
            for k in &c.contacts {
                t.add_row(crate::terminal::row(vec![
                    k.role.code().to_string(),
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
            self.t("Total mensuel :", "Monthly total:"),
            self.money(&Some(c.monthly_total.clone()))
        );
    }

    pub fn subscriptions(&self, rows: &[SubscriptionView]) {
        if self.json {
            return json(&rows);
        }
        let mut t = table(&[
            "id",
            self.t("Client", "Customer"),
            self.t("Produit", "Product"),
            self.t("Qté", "Qty"),
            self.t("Engagement", "Term"),
            self.t("Facturation", "Billing"),
            self.t("Début", "Start"),
            self.t("Renouvellement", "Renewal"),
            self.t("Statut", "Status"),
            self.t("Mensuel", "Monthly"),
        ]);
        for s in rows {
            t.add_row(crate::terminal::row(vec![
                s.id.to_string(),
                s.customer_name.clone(),
                s.product_name.clone(),
                s.quantity.to_string(),
                s.term.code().to_string(),
                s.billing_frequency.code().to_string(),
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
            self.t("Produit", "Product"),
            "ProductId",
            "SkuId",
            self.t("Unité", "Unit"),
            self.t("Prix de vente", "Resale price"),
            self.t("Licences actives", "Active seats"),
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
                p.unit.clone(),
                prices,
                p.active_seats.to_string(),
            ]));
        }
        right(&mut t, &[0, 6]);
        outln!("{t}");
    }
}
