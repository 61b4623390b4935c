//! The audit trail read back: the page (filters, pages of 100, newest first), a
//! customer's own history, and the CSV export. Entries are written by `Ardoise::write`.

mod describe;
mod export;
pub(crate) mod kinds;
mod scale;

use ardoise_domain::catalog::parse_date;
use ardoise_domain::problem::Checker;
use ardoise_domain::{Lang, Problem};
use ardoise_store::AuditFilterQuery;
use chrono::{Local, NaiveDate, TimeZone, Utc};

use describe::{entry_view, kind_label};
use kinds::kind_of;

use crate::transport_audit::{
    AuditChoices, AuditEntryView, AuditFilter, AuditKind, AuditKindChoice, AuditPageView,
    AuditPerson,
};
use crate::{Ardoise, Permission, Result, Session};

/// Entries per page.
pub const PAGE: i64 = 100;

/// Entries a customer's page shows.
pub const HISTORY: i64 = 20;

/// The instant a day begins on the reader's clock, as stored (UTC, RFC 3339).
fn day_start(d: NaiveDate) -> String {
    let midnight = d.and_hms_opt(0, 0, 0).unwrap_or_default();
    let local = Local.from_local_datetime(&midnight).earliest().map_or_else(
        || Utc.from_utc_datetime(&midnight),
        |t| t.with_timezone(&Utc),
    );
    local.to_rfc3339()
}

impl Ardoise {
    /// The filter as the store reads it: dates checked (every field at fault named),
    /// days turned into instants, a kind into the action codes the book holds.
    fn audit_query(&self, f: &AuditFilter, limit: i64) -> Result<AuditFilterQuery> {
        let mut bad = Checker::new();
        let mut day = |field: &str, v: &Option<String>| match v.as_deref().map(str::trim) {
            None | Some("") => None,
            Some(s) => bad.check(field, parse_date(s)),
        };
        let from = day("from", &f.from);
        let to = day("to", &f.to);
        if let (Some(a), Some(b)) = (from, to) {
            if b < a {
                bad.add(
                    "to",
                    Problem::DateBefore {
                        other_field: "from",
                    },
                );
            }
        }
        bad.finish()?;
        let actions = match f.kind {
            None => None,
            Some(kind) => Some(
                self.store
                    .read()
                    .audit_actions()?
                    .into_iter()
                    .filter(|a| kind_of(a) == kind)
                    .collect(),
            ),
        };
        Ok(AuditFilterQuery {
            staff_id: f.staff_id,
            customer_id: f.customer_id,
            actions,
            from: from.map(day_start),
            to: to.and_then(|d| d.succ_opt()).map(day_start),
            before_id: f.before_id,
            limit,
        })
    }

    /// One page of the trail, newest first: at most [`PAGE`] entries, and where the
    /// next page starts.
    pub fn audit_entries(
        &self,
        session: &Session,
        filter: &AuditFilter,
        lang: Lang,
    ) -> Result<AuditPageView> {
        session.require(Permission::ViewAudit)?;
        // One more than a page tells whether there is a next one.
        let q = self.audit_query(filter, PAGE + 1)?;
        self.store.snapshot(|db| {
            let mut rows = db.audit_page(&q)?;
            let more = rows.len() as i64 > PAGE;
            rows.truncate(PAGE as usize);
            let next_before = more.then(|| rows.last().map(|r| r.id)).flatten();
            let entries = rows
                .into_iter()
                .map(|r| entry_view(db, r, lang))
                .collect::<Result<_>>()?;
            Ok(AuditPageView {
                entries,
                next_before,
            })
        })
    }

    /// The people and kinds the page's filter offers.
    pub fn audit_choices(&self, session: &Session, lang: Lang) -> Result<AuditChoices> {
        session.require(Permission::ViewAudit)?;
        let people = self
            .store
            .read()
            .audit_people()?
            .into_iter()
            .map(|p| AuditPerson {
                id: p.id,
                display_name: p.display_name,
            })
            .collect();
        let kinds = AuditKind::ALL
            .iter()
            .map(|k| AuditKindChoice {
                kind: *k,
                label: kind_label(*k, lang),
            })
            .collect();
        Ok(AuditChoices { people, kinds })
    }

    /// The latest [`HISTORY`] changes that concern one customer, newest first.
    pub fn customer_history(
        &self,
        session: &Session,
        customer_id: i64,
        lang: Lang,
    ) -> Result<Vec<AuditEntryView>> {
        session.require(Permission::ViewBook)?;
        let q = AuditFilterQuery {
            customer_id: Some(customer_id),
            limit: HISTORY,
            ..Default::default()
        };
        self.store.snapshot(|db| {
            db.audit_page(&q)?
                .into_iter()
                .map(|r| entry_view(db, r, lang))
                .collect()
        })
    }
}
