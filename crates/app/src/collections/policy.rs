//! The collection policy: read, edited (validated whole, unknown placeholders named),
//! and printed as the sheet customers receive.

use ardoise_documents::{render_policy_sheet, PolicySheetDocument};
use ardoise_domain::collections::Policy;
use ardoise_domain::words::{keys, word};
use ardoise_domain::Lang;
use serde_json::json;

use crate::invoicing::documents::seller;
use crate::{AppError, Ardoise, Audit, Permission, Result, Session};

impl Ardoise {
    pub fn collection_policy(&self, session: &Session) -> Result<Policy> {
        session.require(Permission::ViewBook)?;
        self.policy()
    }

    /// Saves the policy after checking it whole: nothing is written when a step or a
    /// letter is wrong.
    pub fn save_collection_policy(&self, session: &Session, policy: &Policy) -> Result<()> {
        session.require(Permission::EditPartner)?;
        policy.validate()?;
        let json = serde_json::to_string(policy)
            .map_err(|e| AppError::Store(ardoise_store::StoreError::Corrupt(e.to_string())))?;
        self.write(
            session,
            Audit {
                action: "collections.policy",
                entity: "book",
                entity_id: None,
                detail: json!({ "steps": policy.steps.len() }),
            },
            |db| Ok(db.save_collection_policy_json(&json)?),
        )
    }

    /// Back to the policy that ships with Ardoise.
    pub fn reset_collection_policy(&self, session: &Session) -> Result<Policy> {
        session.require(Permission::EditPartner)?;
        let policy = Policy::default_policy();
        self.save_collection_policy(session, &policy)?;
        Ok(policy)
    }

    /// The printable sheet that tells customers what happens, when, and to their access.
    pub fn policy_sheet_pdf(&self, session: &Session, lang: Lang) -> Result<(String, Vec<u8>)> {
        session.require(Permission::ViewBook)?;
        let policy = self.policy()?;
        let partner = self.partner_or_placeholder();
        let sections = policy.sheet(lang, partner.late_penalty_rate, &partner.recovery_indemnity);
        let n = policy.steps.len();
        let (title, intro) = sections.first().cloned().unwrap_or_default();
        let steps = policy
            .steps
            .iter()
            .zip(sections.iter().skip(1).take(n))
            .map(|(s, (_, text))| (s.when(lang), s.name(lang).to_string(), text.clone()))
            .collect();
        let closing = sections
            .iter()
            .skip(1 + n)
            .map(|(heading, text)| format!("{heading}. {text}"))
            .collect();
        let doc = PolicySheetDocument {
            lang,
            seller: seller(&partner, lang),
            title,
            intro,
            steps,
            closing,
            support_pointer: self.publishes_support()?,
            logo_png: self.store.read().partner_logo()?,
        };
        let pdf = render_policy_sheet(&doc).map_err(|e| AppError::Document(e.to_string()))?;
        let name = format!("{}.pdf", word(lang, keys::FILE_COLLECTION_POLICY));
        Ok((name, pdf))
    }
}
