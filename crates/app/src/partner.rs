//! The partner's company profile.

use ardoise_documents::logo::prepare_logo;
use ardoise_domain::partner::{Partner, PartnerForm};
use base64::Engine;
use serde_json::json;

use crate::transport::PartnerView;
use crate::transport_collections::LetterSignatory;
use ardoise_domain::{Invalid, Problem};

use crate::{AppError, Ardoise, Audit, Permission, Result, Session};

impl Ardoise {
    pub fn partner(&self, session: &Session) -> Result<PartnerView> {
        session.require(Permission::ViewBook)?;
        let db = self.store.read();
        let logo = db
            .partner_logo()?
            .map(|b| base64::engine::general_purpose::STANDARD.encode(b));
        Ok(match db.partner()? {
            Some(p) => PartnerView {
                configured: true,
                form: p.to_form(),
                logo_png_base64: logo,
            },
            None => PartnerView {
                configured: false,
                form: Partner::placeholder().to_form(),
                logo_png_base64: None,
            },
        })
    }

    /// Sets (PNG bytes) or removes (`None`) the logo printed on documents. A file that is
    /// not a PNG image is refused before anything is written; a large one is stored
    /// scaled down (see `ardoise_documents::logo`).
    pub fn set_partner_logo(&self, session: &Session, png: Option<Vec<u8>>) -> Result<()> {
        session.require(Permission::EditPartner)?;
        let png = png
            .map(|bytes| prepare_logo(&bytes))
            .transpose()
            .map_err(|p| Invalid::one("logo", p))?;
        if self.store.read().partner()?.is_none() {
            return Err(AppError::PartnerMissing);
        }
        self.write(
            session,
            Audit {
                action: "partner.logo",
                entity: "partner",
                entity_id: Some(1),
                detail: json!({ "bytes": png.as_ref().map(Vec::len) }),
            },
            |db| Ok(db.set_partner_logo(png.as_deref())?),
        )
    }

    /// The same, from base64 text as the window sends it.
    pub fn set_partner_logo_base64(&self, session: &Session, b64: Option<&str>) -> Result<()> {
        session.require(Permission::EditPartner)?;
        let png = match b64 {
            None => None,
            Some(text) => Some(
                base64::engine::general_purpose::STANDARD
                    .decode(text.trim())
                    .map_err(|_| Invalid::one("logo", Problem::ImageFormat))?,
            ),
        };
        self.set_partner_logo(session, png)
    }

    pub fn save_partner(&self, session: &Session, form: &PartnerForm) -> Result<()> {
        session.require(Permission::EditPartner)?;
        let partner = form.validate()?;
        self.write(
            session,
            Audit {
                action: "partner.save",
                entity: "partner",
                entity_id: Some(1),
                detail: json!(form),
            },
            |db| Ok(db.save_partner(&partner)?),
        )
    }

    /// Who signs the letters to customers, and their title.
    pub fn letter_signatory(&self, session: &Session) -> Result<LetterSignatory> {
        session.require(Permission::ViewBook)?;
        let (name, title) = self.store.read().letter_signatory()?;
        Ok(LetterSignatory { name, title })
    }

    /// Sets who signs the letters; both may be empty (the letters then sign « Le
    /// service comptabilité »), a title without a name is refused.
    pub fn save_letter_signatory(&self, session: &Session, form: &LetterSignatory) -> Result<()> {
        session.require(Permission::EditPartner)?;
        let mut c = ardoise_domain::problem::Checker::new();
        let name = c.check(
            "name",
            ardoise_domain::checks::text::optional(&form.name, 80),
        );
        let title = c.check(
            "title",
            ardoise_domain::checks::text::optional(&form.title, 80),
        );
        if form.name.trim().is_empty() && !form.title.trim().is_empty() {
            c.add("name", Problem::Required);
        }
        c.finish()?;
        let name = name.flatten().unwrap_or_default();
        let title = title.flatten().unwrap_or_default();
        self.write(
            session,
            Audit {
                action: "partner.signatory",
                entity: "partner",
                entity_id: Some(1),
                detail: json!({ "name": name, "title": title }),
            },
            |db| Ok(db.set_letter_signatory(&name, &title)?),
        )
    }
}
