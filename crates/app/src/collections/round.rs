//! The day's round in one go: the letters due and the renewal notices untold, produced
//! together in one transaction, so a round killed half-way leaves neither.

use std::path::Path;

use ardoise_domain::Lang;
use serde_json::json;

use super::as_of_date as letters_date;
use crate::transport_collections::{LettersRequest, LettersResult, RenewalNoticesRequest};
use crate::{Ardoise, Audit, AuditId, Permission, Result, Session};

/// The letters and the renewal notices a round produced.
pub struct Round {
    pub letters: LettersResult,
    pub renewals: LettersResult,
}

impl AuditId for Round {
    fn audit_id(&self) -> Option<i64> {
        None
    }
}

impl Ardoise {
    /// Produces every letter due on `as_of` and every renewal notice not yet sent, into
    /// `out_dir` (empty: the default letters folder). What is due is decided inside the
    /// transaction, so a round run twice, or by two programs at once, sends nothing twice.
    pub fn produce_round(
        &self,
        session: &Session,
        as_of: &str,
        out_dir: &str,
        lang: Lang,
        default_dir: &Path,
        signed_by_me: bool,
    ) -> Result<Round> {
        session.require(Permission::ProduceStatements)?;
        let letters = LettersRequest {
            as_of: as_of.to_string(),
            only: Vec::new(),
            out_dir: out_dir.to_string(),
            signed_by_me: Some(signed_by_me),
        };
        let renewals = RenewalNoticesRequest {
            as_of: as_of.to_string(),
            customer_ids: Vec::new(),
            out_dir: out_dir.to_string(),
        };
        // Registered first, in a transaction of its own: a round killed before its
        // commit has its temporary files found at the next start.
        let folder = super::letters::letters_folder(out_dir, default_dir, letters_date(as_of)?);
        crate::outbox::Outbox::prepare(&self.store, &[&folder])?;
        self.write(
            session,
            Audit {
                action: "collections.round",
                entity: "book",
                entity_id: None,
                detail: json!({ "as_of": as_of }),
            },
            |_| {
                Ok(Round {
                    letters: self.produce_letters(session, &letters, lang, default_dir)?,
                    renewals: self.produce_renewal_notices(
                        session,
                        &renewals,
                        lang,
                        default_dir,
                    )?,
                })
            },
        )
    }
}
