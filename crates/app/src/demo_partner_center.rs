//! The demonstration book's Microsoft files: each month Microsoft bills the partner for
//! what the book sells (at the partner's cost), with a few seats added in Partner Center
//! and not in the book, one subscription bought there and never recorded, and the Azure
//! plans' usage. The files are written in a folder beside the book and imported on the
//! seventh of the next month by the billing administrator, through the real import, so
//! the reconciliation and margin screens show a living book.

use std::collections::BTreeMap;
use std::path::PathBuf;

use ardoise_domain::Lang;
use ardoise_partner_center::generate::{book_month, write_lines, BookCustomer, BookSubscription};
use ardoise_partner_center::{FileKind, Frequency, Term};
use chrono::NaiveDate;
use rust_decimal::Decimal;

use crate::{AppError, Ardoise, Result, Session};

fn term(code: &str) -> Term {
    match code {
        "annual" => Term::Annual,
        "triennial" => Term::Triennial,
        _ => Term::Monthly,
    }
}

fn frequency(code: &str) -> Frequency {
    match code {
        "annual" => Frequency::Annual,
        "triennial" => Frequency::Triennial,
        "one_time" => Frequency::OneTime,
        _ => Frequency::Monthly,
    }
}

impl Ardoise {
    /// The book's customers and subscriptions on `on`, as Partner Center knows them.
    fn demo_partner_center_book(&self, on: NaiveDate) -> Result<Vec<BookCustomer>> {
        let mut customers: BTreeMap<String, BookCustomer> = BTreeMap::new();
        let mut order = Vec::new();
        for s in self.store.read().pc_book_subscriptions(&on.to_string())? {
            let customer = customers.entry(s.tenant.clone()).or_insert_with(|| {
                order.push(s.tenant.clone());
                BookCustomer {
                    tenant: s.tenant.clone(),
                    name: s.customer_name.clone(),
                    domain: s.domain.clone(),
                    country: s.country.clone(),
                    currency: s.currency.clone(),
                    subscriptions: Vec::new(),
                }
            });
            let Ok(start) = s.start_date.parse::<NaiveDate>() else {
                continue;
            };
            customer.subscriptions.push(BookSubscription {
                id: s.pc_subscription_id,
                product_id: s.ms_product_id,
                sku_id: s.ms_sku_id,
                name: s.product_name,
                seats: s.quantity,
                term: term(&s.term),
                frequency: frequency(&s.billing_frequency),
                start,
                monthly_cost: s
                    .partner_cost
                    .and_then(|c| c.parse().ok())
                    .unwrap_or(Decimal::ZERO),
            });
        }
        Ok(order
            .into_iter()
            .filter_map(|t| customers.remove(&t))
            .collect())
    }

    /// Writes Microsoft's invoice reconciliation and daily rated usage files of `month`
    /// and imports them, creating the customers and subscriptions the book lacks.
    pub(crate) fn demo_partner_center_month(
        &self,
        session: &Session,
        month: NaiveDate,
        seed: u64,
    ) -> Result<()> {
        // The partner's markup on Microsoft's cost, for what it re-bills of usage.
        let settings = crate::transport_rebill::RebillSettingsForm {
            default_markup: "12".into(),
            prorated_licences: "ardoise".into(),
        };
        self.save_rebill_settings(session, &settings, Lang::Fr)?;
        let book = self.demo_partner_center_book(month)?;
        // Files that come into the book, beside it: the documents folder holds only what
        // the book sends out, each file logged.
        let folder = self.path().with_file_name("Microsoft Partner Center");
        let failed = |path: &PathBuf, e: std::io::Error| AppError::File {
            path: path.display().to_string(),
            detail: e.to_string(),
        };
        std::fs::create_dir_all(&folder).map_err(|e| failed(&folder, e))?;
        let label = month.format("%Y-%m");
        for (kind, name) in [
            (
                FileKind::NewCommerceInvoice,
                format!("facturation-microsoft-{label}.csv"),
            ),
            (
                FileKind::DailyRatedUsage,
                format!("consommation-azure-{label}.csv"),
            ),
        ] {
            let lines = book_month(&book, month, kind, seed);
            if lines.is_empty() {
                continue;
            }
            let path = folder.join(name);
            let file = std::fs::File::create(&path).map_err(|e| failed(&path, e))?;
            write_lines(kind, false, lines, file).map_err(|e| failed(&path, e))?;
            self.partner_center_import(session, &path.display().to_string(), true, Lang::Fr)?;
        }
        Ok(())
    }
}
