//! Years of support requests at a stated scale, for the support benchmark: every
//! customer of the book on one plan, requests spread over the past two years, most of
//! them resolved and closed, the most recent still open (some waiting on the customer,
//! some escalated). Written in bulk (see `ardoise_store::scale_support`); real requests
//! are logged one by one.

use ardoise_store::HistoricRequest;
use chrono::{Datelike, Duration, NaiveDate};
use rand::{RngExt, SeedableRng};
use rand_chacha::ChaCha8Rng;
use serde_json::json;

use crate::{Ardoise, Audit, AuditId, Permission, Result, Session};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SupportScale {
    /// Every customer is put on this plan.
    pub plan_id: i64,
    pub requests: usize,
    /// How many of them are still open: the most recent.
    pub open: usize,
    pub seed: u64,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct SupportHistory {
    pub customers: usize,
    pub requests: usize,
    pub open: usize,
}

impl AuditId for SupportHistory {
    fn audit_id(&self) -> Option<i64> {
        None
    }
}

const SEVERITIES: [&str; 4] = ["critical", "high", "normal", "low"];
const CATEGORIES: [&str; 5] = [
    "billing",
    "technical",
    "subscription_change",
    "access",
    "other",
];
const CHANNELS: [&str; 4] = ["phone", "email", "portal", "on_site"];

impl Ardoise {
    pub fn generate_support_history(
        &self,
        session: &Session,
        scale: SupportScale,
    ) -> Result<SupportHistory> {
        session.require(Permission::ManageBook)?;
        let now = self.clock.now();
        let customers: Vec<i64> = self
            .store
            .read()
            .customer_summaries()?
            .iter()
            .map(|c| c.id)
            .collect();
        if customers.is_empty() {
            return Ok(SupportHistory::default());
        }
        let mut rng = ChaCha8Rng::seed_from_u64(scale.seed);
        // Two years of closed requests, oldest first, ending a week ago (closed before
        // today), then the open ones over the last ten days: their countdowns range from
        // breached to days ahead.
        let closed = scale.requests.saturating_sub(scale.open);
        let span = Duration::days(730).num_seconds();
        let week = Duration::days(7);
        let recent = Duration::days(10).num_seconds();
        let mut opened: Vec<_> = (0..scale.requests)
            .map(|i| {
                if i < closed {
                    now - week - Duration::seconds(span - span * i as i64 / closed.max(1) as i64)
                } else {
                    now - Duration::seconds(rng.random_range(60..recent))
                }
            })
            .collect();
        opened[closed..].sort();
        self.write(
            session,
            Audit {
                action: "book.support_history",
                entity: "book",
                entity_id: None,
                detail: json!({ "requests": scale.requests, "open": scale.open, "seed": scale.seed }),
            },
            |db| {
                let first_day = NaiveDate::from_ymd_opt(2000, 1, 1).unwrap_or_default();
                for c in &customers {
                    db.insert_historic_customer_plan(*c, scale.plan_id, first_day)?;
                }
                let mut seq: (i32, i64) = (0, 0);
                for (i, at) in opened.iter().enumerate() {
                    let year = at.year();
                    if seq.0 != year {
                        seq = (year, 0);
                    }
                    seq.1 += 1;
                    let open = i >= closed;
                    let answered = !open || rng.random_range(0..3) > 0;
                    let first_response_at = answered
                        .then(|| *at + Duration::minutes(rng.random_range(5..240)))
                        .filter(|t| *t < now);
                    let state = match (open, first_response_at.is_some()) {
                        (false, _) => "closed",
                        (true, false) => "new",
                        (true, true) => match rng.random_range(0..10) {
                            0..=5 => "in_progress",
                            6..=7 => "waiting_on_customer",
                            _ => "escalated",
                        },
                    };
                    let resolved_at = (!open).then(|| *at + Duration::hours(rng.random_range(1..72)));
                    let pauses = match (state, first_response_at) {
                        ("waiting_on_customer", Some(t)) => vec![(t, None)],
                        (_, Some(t)) if rng.random_range(0..5) == 0 => {
                            vec![(t, Some(t + Duration::minutes(rng.random_range(10..600))))]
                        }
                        _ => Vec::new(),
                    };
                    // Resolved after the first response and the last wait: the timeline
                    // is appended in time order (migration 009).
                    let resolved_at = resolved_at.map(|r| {
                        pauses
                            .iter()
                            .filter_map(|p| p.1)
                            .chain(first_response_at)
                            .max()
                            .map_or(r, |p| r.max(p + Duration::minutes(1)))
                    });
                    db.insert_historic_request(&HistoricRequest {
                        number: format!("S-{}-{:05}", seq.0, seq.1),
                        customer_id: customers[rng.random_range(0..customers.len())],
                        plan_id: scale.plan_id,
                        channel: CHANNELS[rng.random_range(0..CHANNELS.len())],
                        category: CATEGORIES[rng.random_range(0..CATEGORIES.len())],
                        severity: SEVERITIES[rng.random_range(0..SEVERITIES.len())],
                        subject: format!("Demande {}", i + 1),
                        state,
                        opened_at: *at,
                        first_response_at,
                        resolved_at,
                        closed_at: resolved_at.map(|r| r + Duration::days(2)),
                        pauses,
                    })?;
                }
                Ok(SupportHistory {
                    customers: customers.len(),
                    requests: scale.requests,
                    open: scale.open,
                })
            },
        )
    }
}
