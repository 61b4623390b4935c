//! The partner's company profile.

use ardoise_domain::partner::{Partner, PartnerForm};
use serde_json::json;

use crate::transport::PartnerView;
use crate::{Ardoise, Audit, Permission, Result, Session};

impl Ardoise {
    pub fn partner(&self, session: &Session) -> Result<PartnerView> {
        session.require(Permission::ViewBook)?;
        Ok(match self.store.read().partner()? {
            Some(p) => PartnerView {
                configured: true,
                form: p.to_form(),
            },
            None => PartnerView {
                configured: false,
                form: Partner::placeholder().to_form(),
            },
        })
    }

    pub fn save_partner(&mut self, session: &Session, form: &PartnerForm) -> Result<()> {
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
}
