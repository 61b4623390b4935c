//! A request's clocks kept as they stood when it was resolved: the report's met and
//! missed, and a resolved request's due times, must not change when its plan's hours or
//! targets are edited later. Open requests keep being computed from the plan.

use ardoise_domain::support::request::StateChange;
use ardoise_domain::support::RequestState;
use ardoise_store::{Db, RequestRecord};
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use super::{queue_row, Plans};
use crate::transport_support::TargetView;

#[derive(Debug, Clone, Serialize, Deserialize)]
pub(crate) struct TargetsAtResolution {
    pub first_response: Option<TargetView>,
    pub resolution: Option<TargetView>,
}

/// The clocks of `r` as they stand once it moves to `to` (resolved or closed) at `now`,
/// as kept in the book.
pub(crate) fn targets_at_resolution(
    db: &Db<'_>,
    r: &RequestRecord,
    to: RequestState,
    now: DateTime<Utc>,
) -> crate::Result<String> {
    let mut changes = db.request_state_changes(r.id)?;
    changes.push(StateChange {
        at: now,
        from: r.state,
        to,
    });
    let first_response_at = match to {
        RequestState::Resolved => r.first_response_at.or(Some(now)),
        _ => r.first_response_at,
    };
    let resolved = RequestRecord {
        state: to,
        first_response_at,
        resolved_at: r.resolved_at.or(Some(now)),
        targets_at_resolution: None,
        ..r.clone()
    };
    let row = queue_row(resolved, &Plans::load(db)?, &changes, now);
    let kept = TargetsAtResolution {
        first_response: row.first_response,
        resolution: row.resolution,
    };
    // Plain strings, numbers and booleans: serialising cannot fail.
    Ok(serde_json::to_string(&kept).unwrap_or_default())
}

/// What was kept at resolution, for a request still resolved or closed.
pub(crate) fn kept_targets(r: &RequestRecord) -> Option<TargetsAtResolution> {
    if r.state.is_open() {
        return None;
    }
    serde_json::from_str(r.targets_at_resolution.as_deref()?).ok()
}
