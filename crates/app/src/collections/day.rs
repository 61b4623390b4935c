//! The day's collections as one call (`ardoise collections run`): what the policy asks
//! for on a date and, only when asked to produce, the round of letters and renewal
//! notices; without it nothing is written (a dry run).

use std::path::Path;

use ardoise_domain::Lang;

use crate::transport_collections::{CollectionsView, LettersResult};
use crate::{paths, Ardoise, Permission, Result, Session};

/// What the user asked for.
pub struct DayRequest<'a> {
    /// The date to evaluate on; today when `None`.
    pub as_of: Option<&'a str>,
    /// Produce the letters due; otherwise only say what is due.
    pub produce: bool,
    /// Where the letters go; the book's letters folder when `None`.
    pub out_dir: Option<&'a Path>,
    /// The letters' language where a customer has none of their own.
    pub lang: Lang,
    /// The letters signed by the person running the day, not the settings' signatory.
    pub signed_by_me: bool,
}

/// What is due, and what was produced: the letters, then the renewal notices, each only
/// when the round made at least one.
pub struct DayDone {
    pub due: CollectionsView,
    pub produced: Vec<LettersResult>,
}

impl Ardoise {
    pub fn collections_day(&self, session: &Session, req: &DayRequest) -> Result<DayDone> {
        session.require(Permission::ViewBook)?;
        let as_of = self.date_or_today(req.as_of);
        let due = self.collections(session, &as_of)?;
        if !req.produce {
            return Ok(DayDone {
                due,
                produced: Vec::new(),
            });
        }
        let out_dir = req
            .out_dir
            .map(|d| d.display().to_string())
            .unwrap_or_default();
        let default_dir = paths::documents_dir(self.path());
        let round = self.produce_round(
            session,
            &as_of,
            &out_dir,
            req.lang,
            &default_dir,
            req.signed_by_me,
        )?;
        let produced = [round.letters, round.renewals]
            .into_iter()
            .filter(|r| !r.letters.is_empty())
            .collect();
        Ok(DayDone { due, produced })
    }
}
