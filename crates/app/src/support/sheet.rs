//! A customer's support-terms sheet: assembled from the plan it has today, the partner
//! and the plan's closed days of the year, in the customer's language; saved through
//! the outbox and logged in the customer's communication log with the SHA-256 of its
//! bytes, like a statement or a letter.

use std::path::{Path, PathBuf};

use ardoise_documents::{render_support_sheet, SupportPrices, SupportSheet};
use ardoise_domain::customer::Customer;
use ardoise_domain::money::{Currency, Money};
use ardoise_domain::partner::Partner;
use ardoise_domain::support::SupportPlan;
use ardoise_domain::words::{keys, word};
use ardoise_store::{Db, NewCommunication};
use chrono::{Datelike, NaiveDate};
use serde_json::json;

use super::calendar_of;
use crate::invoicing::documents::{buyer, seller};
use crate::outbox::{sha256_hex, FileOut, Naming, Outbox};
use crate::statements::account_reference;
use crate::{paths, AppError, Ardoise, Audit, AuditId, Permission, Result, Saved, Session};

/// How the communication log tells a support-terms sheet from the letters it sits
/// with: a letter to the customer, whose "step" is this sheet (as renewal notices have
/// theirs).
pub const SUPPORT_SHEET_STEP: &str = "support_sheet";

/// What the sheet needs from the book, read in one go.
pub(crate) struct SheetFacts<'a> {
    pub partner: &'a Partner,
    pub logo_png: Option<Vec<u8>>,
    pub customer_id: i64,
    pub customer: &'a Customer,
    pub plan: &'a SupportPlan,
    pub today: NaiveDate,
}

/// The sheet as printed: the plan's words in the customer's language, the closed days
/// of this year, the prices in force today in the customer's currency. What the
/// support costs the partner is left out: the sheet goes to the customer.
pub(crate) fn support_sheet(f: &SheetFacts<'_>) -> SupportSheet {
    let lang = f.customer.language;
    let terms = &f.plan.terms;
    let year = f.today.year();
    // A holiday on a day the week already closes (a Saturday 15 August) closes nothing
    // more: the sheet lists it after saying "besides the days without service hours".
    let closed_days = calendar_of(f.plan)
        .closed_days(year)
        .into_iter()
        .filter(|d| {
            let weekday = d.date.weekday().num_days_from_monday() as usize;
            !terms.hours.days[weekday].is_empty()
        })
        .map(|d| (d.date, d.holiday.map(|h| h.name(lang))))
        .collect();
    let prices = f
        .plan
        .price_on(f.customer.currency, f.today)
        .map(|p| SupportPrices {
            effective_from: p.effective_from,
            monthly_fee: Money::new(p.monthly_fee, p.currency),
            hourly_rate: Money::new(p.hourly_rate, p.currency),
            included_minutes: p.included_minutes_per_month,
            increment_minutes: p.increment_minutes,
            minimum_minutes: p.minimum_minutes,
            rounding: p.rounding,
        });
    SupportSheet {
        lang,
        seller: seller(f.partner, lang),
        buyer: buyer(f.customer, lang),
        // What the customer quotes on its transfers: the one it was given, if any.
        account_reference: f
            .customer
            .reference
            .clone()
            .unwrap_or_else(|| account_reference(f.customer_id)),
        produced_on: f.today,
        // The "no support" plan is the book's own, named in the reader's language.
        plan_name: if terms.no_support {
            word(lang, keys::SUPPORT_NO_SUPPORT_PLAN).to_string()
        } else {
            terms.name.clone()
        },
        no_support: terms.no_support,
        covered: lang.pick(&terms.covered_fr, &terms.covered_en).clone(),
        not_covered: lang
            .pick(&terms.not_covered_fr, &terms.not_covered_en)
            .clone(),
        hours: terms.hours.clone(),
        time_zone: terms.time_zone.clone(),
        year,
        closed_days,
        phone: terms.phone.clone(),
        email: terms.email.clone(),
        portal_url: terms.portal_url.clone(),
        targets: terms.targets.clone(),
        prices,
        routes: terms.escalation_routes.clone(),
        delivered_by: terms.delivered_by,
        provider_name: terms.provider_name.clone(),
        provider_contact: terms.provider_contact.clone(),
        logo_png: f.logo_png.clone(),
    }
}

/// "Conditions-de-support-C-00042-2026-12-05.pdf": sorts by customer in a folder, and
/// safe on every file system.
fn file_name(f: &SheetFacts<'_>) -> String {
    let word = word(f.customer.language, keys::FILE_SUPPORT_SHEET);
    format!(
        "{word}-{}-{}.pdf",
        account_reference(f.customer_id),
        f.today
    )
}

/// The path the sheet took, and its size.
struct Written(PathBuf, u64);

impl AuditId for Written {
    fn audit_id(&self) -> Option<i64> {
        None
    }
}

/// A sheet rendered from the book: its file name, bytes, and the customer's currency
/// (the log entry's, though the sheet shows no balance).
struct Rendered {
    name: String,
    pdf: Vec<u8>,
    currency: Currency,
}

/// Reads what the sheet prints through `db` and renders it: pure rendering once read.
fn render(db: &Db<'_>, customer_id: i64, today: NaiveDate) -> Result<Rendered> {
    let customer = db.customer(customer_id)?.customer;
    let plan = db
        .support_plan(db.customer_support_plan(customer_id, today)?)?
        .plan;
    let partner = db.partner()?.unwrap_or_else(Partner::placeholder);
    let facts = SheetFacts {
        partner: &partner,
        logo_png: db.partner_logo()?,
        customer_id,
        customer: &customer,
        plan: &plan,
        today,
    };
    let pdf = render_support_sheet(&support_sheet(&facts))
        .map_err(|e| AppError::Document(e.to_string()))?;
    Ok(Rendered {
        name: file_name(&facts),
        pdf,
        currency: customer.currency,
    })
}

impl Ardoise {
    /// The customer's support-terms sheet as PDF with its file name, to look at: not
    /// written, not logged.
    pub fn support_sheet_pdf(
        &self,
        session: &Session,
        customer_id: i64,
    ) -> Result<(String, Vec<u8>)> {
        session.require(Permission::ViewBook)?;
        let r = render(&self.store.read(), customer_id, self.clock.today())?;
        Ok((r.name, r.pdf))
    }

    /// Writes the customer's support-terms sheet to `out` (or under its own name in the
    /// book's documents folder) and logs it in the customer's communication log with
    /// the SHA-256 of its bytes. The sheet is read and rendered inside the write
    /// transaction, with the log entry and the audit entry: what is logged is the plan
    /// as the book held it when the sheet left.
    pub fn save_support_sheet(
        &self,
        session: &Session,
        customer_id: i64,
        out: Option<&Path>,
    ) -> Result<Saved> {
        session.require(Permission::ProduceStatements)?;
        let documents = paths::documents_dir(&self.path);
        let folder = match out {
            Some(file) => file.parent().unwrap_or(Path::new("")),
            None => &documents,
        };
        if !folder.as_os_str().is_empty() {
            Outbox::prepare(&self.store, &[folder])?;
        }
        let now = self.clock.now();
        let today = self.clock.today();
        let mut outbox = Outbox::default();
        let written = self.write(
            session,
            Audit {
                action: "support.sheet",
                entity: "customer",
                entity_id: Some(customer_id),
                detail: json!({ "out": out.map(|p| p.display().to_string()) }),
            },
            |db| {
                let r = render(db, customer_id, today)?;
                let (target, naming) = match out {
                    Some(file) => (file.to_path_buf(), Naming::Exact),
                    None => (documents.join(&r.name), Naming::Fresh),
                };
                let path = outbox.stage(&target, naming, &r.pdf)?;
                let file_name = path.file_name().map(|n| n.to_string_lossy().to_string());
                let id = db.insert_communication(
                    &NewCommunication {
                        customer_id,
                        kind: "letter",
                        step_code: Some(SUPPORT_SHEET_STEP),
                        staff_id: Some(session.staff_id),
                        as_of: today,
                        period: None,
                        // The sheet shows no balance.
                        balance: Money::zero(r.currency),
                        invoices: &[],
                        document_sha256: &sha256_hex(&r.pdf),
                        file_name: file_name.as_deref(),
                    },
                    now,
                )?;
                let file = FileOut {
                    kind: "support_sheet",
                    customer_id: Some(customer_id),
                    communication_id: Some(id),
                    bytes: &r.pdf,
                };
                outbox.log(db, &path, file, session.staff_id, now)?;
                Ok(Written(path, r.pdf.len() as u64))
            },
        )?;
        self.publish(outbox)?;
        Ok(Saved {
            path: written.0,
            bytes: written.1,
        })
    }

    /// Whether the partner offers a plan other than "no support": then the
    /// collection-policy sheet points to the support-terms sheet.
    pub(crate) fn publishes_support(&self) -> Result<bool> {
        Ok(self
            .store
            .read()
            .support_plan_summaries(self.clock.today())?
            .iter()
            .any(|p| !p.no_support && !p.archived))
    }
}
