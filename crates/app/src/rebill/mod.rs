//! Re-billing what Microsoft charged: the partner's markups (a default, per product, per
//! customer and product) and how licences Microsoft prorated are billed. The billing run
//! itself reads them in `run`.

pub(crate) mod run;

use ardoise_domain::choices::Choices;
use ardoise_domain::display;
use ardoise_domain::invoicing::{parse_markup, ProratedLicences};
use ardoise_domain::problem::{Checker, Problem};
use ardoise_domain::words::{keys, word};
use ardoise_domain::{Invalid, Lang};
use ardoise_store::{Db, RebillSettingsRow};
use rust_decimal::Decimal;
use serde_json::json;

use crate::transport_rebill::{MarkupForm, MarkupView, RebillSettingsForm, RebillSettingsView};
use crate::{AppError, Ardoise, Audit, AuditId, Permission, Result, Session};

impl AuditId for RebillSettingsView {
    fn audit_id(&self) -> Option<i64> {
        None
    }
}

fn rate_text(rate: &str, lang: Lang) -> String {
    rate.parse::<Decimal>()
        .map(|r| display::percent(r, lang))
        .unwrap_or_else(|_| rate.to_string())
}

fn view(db: &Db<'_>, lang: Lang) -> Result<RebillSettingsView> {
    let s = db.rebill_settings()?;
    let everyone = word(lang, keys::REBILL_MARKUP_EVERYONE);
    Ok(RebillSettingsView {
        default_markup_text: rate_text(&s.default_markup, lang),
        default_markup: s.default_markup,
        prorated_licences: s.prorated_licences,
        prorated_choices: ProratedLicences::ALL
            .iter()
            .map(|m| (m.code().to_string(), m.label(lang).to_string()))
            .collect(),
        markups: db
            .rebill_markups()?
            .into_iter()
            .map(|m| MarkupView {
                product_id: m.product_id,
                product_name: m.product_name,
                customer_id: m.customer_id,
                customer_name: m.customer_name.unwrap_or_else(|| everyone.to_string()),
                rate_text: rate_text(&m.rate, lang),
                rate: m.rate,
            })
            .collect(),
    })
}

impl Ardoise {
    pub fn rebill_settings(&self, session: &Session, lang: Lang) -> Result<RebillSettingsView> {
        session.require(Permission::ViewBook)?;
        view(&self.store.read(), lang)
    }

    /// Saves the default markup and the treatment of Microsoft's prorated licences, both
    /// checked first: nothing is written when either is wrong.
    pub fn save_rebill_settings(
        &self,
        session: &Session,
        form: &RebillSettingsForm,
        lang: Lang,
    ) -> Result<RebillSettingsView> {
        session.require(Permission::EditPartner)?;
        let mut c = Checker::new();
        let markup = c.check("default_markup", parse_markup(&form.default_markup));
        let mode = c.check(
            "prorated_licences",
            Choices::ProratedLicences.pick(&form.prorated_licences, ProratedLicences::parse),
        );
        c.finish()?;
        let (Some(markup), Some(mode)) = (markup, mode) else {
            return Err(Invalid::one("form", Problem::Required).into());
        };
        let row = RebillSettingsRow {
            default_markup: markup.to_string(),
            prorated_licences: mode.code().to_string(),
        };
        self.write(
            session,
            Audit {
                action: "rebill.settings",
                entity: "book",
                entity_id: None,
                detail: json!({ "default_markup": row.default_markup, "prorated_licences": row.prorated_licences }),
            },
            |db| {
                db.save_rebill_settings(&row)?;
                view(db, lang)
            },
        )
    }

    /// Sets the markup of a product (its id, Microsoft's ProductId or SkuId, or its name),
    /// for one customer (id, tenant, reference or name) or, left empty, every one.
    pub fn set_rebill_markup(
        &self,
        session: &Session,
        form: &MarkupForm,
        lang: Lang,
    ) -> Result<RebillSettingsView> {
        session.require(Permission::EditPartner)?;
        let mut c = Checker::new();
        let rate = c.check("rate", parse_markup(&form.rate));
        let product = if form.product.trim().is_empty() {
            c.add("product", Problem::Required);
            None
        } else {
            Some(self.find_product(session, &form.product)?)
        };
        let customer = match form.customer.trim() {
            "" => None,
            key => Some(self.find_customer(session, key)?),
        };
        c.finish()?;
        let (Some(rate), Some(product)) = (rate, product) else {
            return Err(Invalid::one("form", Problem::Required).into());
        };
        let rate = rate.to_string();
        self.write(
            session,
            Audit {
                action: "rebill.markup",
                entity: "product",
                entity_id: Some(product),
                detail: json!({ "customer_id": customer, "rate": rate }),
            },
            |db| {
                db.set_rebill_markup(product, customer, &rate)?;
                view(db, lang)
            },
        )
    }

    /// Removes a product's markup (for one customer, or for every one): the next more
    /// general markup applies again.
    pub fn remove_rebill_markup(
        &self,
        session: &Session,
        product_id: i64,
        customer_id: Option<i64>,
        lang: Lang,
    ) -> Result<RebillSettingsView> {
        session.require(Permission::EditPartner)?;
        self.write(
            session,
            Audit {
                action: "rebill.markup_removed",
                entity: "product",
                entity_id: Some(product_id),
                detail: json!({ "customer_id": customer_id }),
            },
            |db| {
                if !db.remove_rebill_markup(product_id, customer_id)? {
                    return Err(AppError::NotFound("markup"));
                }
                view(db, lang)
            },
        )
    }
}
