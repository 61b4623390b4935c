//! The desk's reads: the queue with its countdowns, what is close to breaching (Today),
//! and the report of hours by customer and month with targets met and missed.

use std::collections::HashMap;

use ardoise_domain::invoicing::Period;
use ardoise_domain::problem::Checker;
use ardoise_domain::support::billable::month_of;
use ardoise_domain::support::{RequestState, Severity};
use ardoise_store::RequestQuery;
use ardoise_store::TimeLogged;
use chrono::{DateTime, Duration, NaiveTime, Utc};

use super::{queue_row, Plans};
use crate::transport_support::{HoursRow, QueueFilter, QueueRow, SupportReport, TargetsRow};
use crate::{AppError, Ardoise, Permission, Result, Session};

fn midnight_utc(date: chrono::NaiveDate) -> DateTime<Utc> {
    date.and_time(NaiveTime::MIN).and_utc()
}

/// The entries' minutes by customer and month, a month being the plan's as billing counts
/// it (in its time zone), kept when it lies in [from, to]; by customer name then month.
fn hours_by_month(entries: Vec<TimeLogged>, from: &Period, to: &Period) -> Vec<HoursRow> {
    let mut rows: Vec<HoursRow> = Vec::new();
    let mut at: HashMap<(i64, String), usize> = HashMap::new();
    for e in entries {
        let Some(month) = month_of(e.started_at, &e.time_zone) else {
            continue;
        };
        if month.start() < from.start() || month.start() > to.start() {
            continue;
        }
        let key = (e.customer_id, month.to_string());
        let i = *at.entry(key.clone()).or_insert_with(|| {
            rows.push(HoursRow {
                customer_id: e.customer_id,
                customer_name: e.customer_name.clone(),
                month: key.1,
                minutes: 0,
                billable_minutes: 0,
            });
            rows.len() - 1
        });
        rows[i].minutes += e.minutes;
        if e.billable {
            rows[i].billable_minutes += e.minutes;
        }
    }
    rows.sort_by_cached_key(|r| {
        (
            r.customer_name.to_lowercase(),
            r.customer_id,
            r.month.clone(),
        )
    });
    rows
}

impl Ardoise {
    /// The requests `filter` selects with their clocks now, the closest to breaching
    /// first (breached ones before, by how late), then those without a running clock.
    pub fn support_queue(&self, session: &Session, filter: &QueueFilter) -> Result<Vec<QueueRow>> {
        session.require(Permission::ViewBook)?;
        let now = self.clock.now();
        let query = RequestQuery {
            states: filter.states.clone(),
            severities: filter.severities.clone(),
            customer_id: filter.customer_id,
            assigned_to: filter.assigned_to,
        };
        let mut rows = self.store.snapshot(|db| {
            let plans = Plans::load(db)?;
            let mut changes: HashMap<i64, Vec<_>> = HashMap::new();
            for (id, c) in db.state_changes(&query)? {
                changes.entry(id).or_default().push(c);
            }
            let rows: Vec<QueueRow> = db
                .support_requests(&query)?
                .into_iter()
                .map(|r| {
                    let c = changes.get(&r.id).map(Vec::as_slice).unwrap_or(&[]);
                    queue_row(r, &plans, c, now)
                })
                .filter(|r| !filter.breached_only || r.breached)
                .collect();
            Ok::<_, AppError>(rows)
        })?;
        rows.sort_by_key(|r| (r.remaining_minutes.is_none(), r.remaining_minutes, r.id));
        Ok(rows)
    }

    /// Open requests with at most `within_minutes` of service left on their next
    /// target, or already breached: Today's list.
    pub fn support_due_soon(
        &self,
        session: &Session,
        within_minutes: i64,
    ) -> Result<Vec<QueueRow>> {
        let mut rows = self.support_queue(session, &QueueFilter::default())?;
        rows.retain(|r| !r.paused && r.remaining_minutes.is_some_and(|m| m <= within_minutes));
        Ok(rows)
    }

    /// Hours logged by customer and month, and for the requests opened in those months,
    /// per severity, the targets met and missed (a target still running is neither).
    pub fn support_report(
        &self,
        session: &Session,
        from_month: &str,
        to_month: &str,
    ) -> Result<SupportReport> {
        session.require(Permission::ViewBook)?;
        let mut c = Checker::new();
        let from = c.check("from_month", Period::parse_typed(from_month));
        let to = c.check("to_month", Period::parse_typed(to_month));
        if let (Some(f), Some(t)) = (&from, &to) {
            if t.start() < f.start() {
                c.add(
                    "to_month",
                    ardoise_domain::Problem::DateBefore {
                        other_field: "from",
                    },
                );
            }
        }
        c.finish()?;
        let (Some(from), Some(to)) = (from, to) else {
            return Err(AppError::NotFound("month"));
        };
        let start = midnight_utc(from.start());
        let end = midnight_utc(to.end().succ_opt().unwrap_or(to.end()));
        let now = self.clock.now();
        self.store.snapshot(|db| {
            let logged =
                db.support_time_logged(start - Duration::days(1), end + Duration::days(1))?;
            let hours = hours_by_month(logged, &from, &to);
            let plans = Plans::load(db)?;
            let all = RequestQuery {
                states: RequestState::ALL.to_vec(),
                ..Default::default()
            };
            let mut changes: HashMap<i64, Vec<_>> = HashMap::new();
            for (id, ch) in db.state_changes(&all)? {
                changes.entry(id).or_default().push(ch);
            }
            let mut targets: Vec<TargetsRow> = Severity::ALL
                .iter()
                .map(|s| TargetsRow {
                    severity: *s,
                    requests: 0,
                    first_response_met: 0,
                    first_response_missed: 0,
                    resolution_met: 0,
                    resolution_missed: 0,
                })
                .collect();
            for r in db.support_requests_opened(start, end)? {
                let ch = changes.get(&r.id).map(Vec::as_slice).unwrap_or(&[]);
                let row = queue_row(r, &plans, ch, now);
                let Some(t) = targets.iter_mut().find(|t| t.severity == row.severity) else {
                    continue;
                };
                t.requests += 1;
                if let Some(f) = &row.first_response {
                    if f.breached {
                        t.first_response_missed += 1;
                    } else if f.met_at.is_some() {
                        t.first_response_met += 1;
                    }
                }
                if let Some(res) = &row.resolution {
                    if res.breached {
                        t.resolution_missed += 1;
                    } else if res.met_at.is_some() {
                        t.resolution_met += 1;
                    }
                }
            }
            Ok::<_, AppError>(SupportReport {
                from_month: from_month.trim().to_string(),
                to_month: to_month.trim().to_string(),
                hours,
                targets,
            })
        })
    }
}
