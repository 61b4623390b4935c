//! Tables for the support plans and the queue; durations and countdowns in words.

use ardoise_app::domain::support::plan_form::parse_hours;
use ardoise_app::domain::support::{RangeForm, TargetForm};
use ardoise_app::domain::words::tr;
use ardoise_app::transport_support::*;

use crate::output::{json, right, table, Out};

const DAYS: [&str; 7] = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];

impl Out {
    /// 125 → "2 h 05"; 120 → "2 h"; 45 → "45 min".
    pub(crate) fn duration(&self, minutes: i64) -> String {
        let m = minutes.abs();
        if m < 60 {
            let minutes = m.to_string();
            tr!(self.lang, CLI_SUPPORT_DURATION_MINUTES, minutes = minutes)
        } else if m % 60 == 0 {
            let hours = (m / 60).to_string();
            tr!(self.lang, CLI_SUPPORT_DURATION_HOURS, hours = hours)
        } else {
            let hours = (m / 60).to_string();
            let minutes = format!("{:02}", m % 60);
            tr!(
                self.lang,
                CLI_SUPPORT_DURATION,
                hours = hours,
                minutes = minutes
            )
        }
    }

    /// A clock as a countdown: time left, time late, met, missed or paused.
    pub(crate) fn countdown(&self, t: &Option<TargetView>, paused: bool) -> String {
        let Some(t) = t else {
            return "—".into();
        };
        match (&t.met_at, t.remaining_minutes) {
            (Some(_), _) if t.breached => tr!(self.lang, CLI_SUPPORT_MISSED),
            (Some(_), _) => tr!(self.lang, CLI_SUPPORT_MET),
            (None, _) if paused => tr!(self.lang, CLI_SUPPORT_PAUSED),
            (None, Some(left)) if left >= 0 && !t.breached => {
                tr!(self.lang, CLI_SUPPORT_LEFT, time = self.duration(left))
            }
            (None, Some(late)) => tr!(self.lang, CLI_SUPPORT_LATE, time = self.duration(late)),
            (None, None) => "—".into(),
        }
    }

    fn ranges(ranges: &[RangeForm]) -> String {
        ranges
            .iter()
            .map(|r| format!("{}–{}", r.start, r.end))
            .collect::<Vec<_>>()
            .join(", ")
    }

    /// The week as a person reads it: days with the same ranges grouped, one line each
    /// ("Mon–Fri 09:00–12:30, 14:00–18:00").
    fn week(&self, hours: &[Vec<RangeForm>]) -> String {
        let day = |d: usize| tr!(self.lang, CLI_SUPPORT_DAY, day = DAYS[d]);
        let mut lines = Vec::new();
        let mut d = 0;
        while d < hours.len().min(7) {
            let mut last = d;
            while last + 1 < hours.len().min(7) && hours[last + 1] == hours[d] {
                last += 1;
            }
            if !hours[d].is_empty() {
                let days = if last == d {
                    day(d)
                } else {
                    format!("{}–{}", day(d), day(last))
                };
                lines.push(format!("{days} {}", Self::ranges(&hours[d])));
            }
            d = last + 1;
        }
        if lines.is_empty() {
            lines.push(tr!(self.lang, CLI_SUPPORT_NEVER_OPEN));
        }
        lines.join("\n")
    }

    fn targets(&self, targets: &[TargetForm]) -> String {
        // The form shows the hours as typed ("1:30"); the table says them in words.
        let hours = |typed: &str| match parse_hours(typed, u32::MAX) {
            Ok(minutes) => self.duration(i64::from(minutes)),
            Err(_) => typed.to_string(),
        };
        targets
            .iter()
            .map(|t| {
                let clock = if t.around_the_clock { " (24/7)" } else { "" };
                format!(
                    "{} {} / {}{clock}",
                    t.severity.name(self.lang),
                    hours(&t.first_response_hours),
                    hours(&t.resolution_hours)
                )
            })
            .collect::<Vec<_>>()
            .join("\n")
    }

    pub fn support_plans(&self, plans: &[(PlanView, PlanRow)]) {
        if self.json {
            return json(&plans.iter().map(|(v, _)| v).collect::<Vec<_>>());
        }
        let mut t = table(&[
            "id",
            &tr!(self.lang, CLI_SUPPORT_PLAN),
            &tr!(self.lang, CLI_SUPPORT_HOURS),
            &tr!(self.lang, CLI_SUPPORT_TIME_ZONE),
            &format!(
                "{} / {}",
                tr!(self.lang, CLI_SUPPORT_FIRST_RESPONSE),
                tr!(self.lang, CLI_SUPPORT_RESOLUTION)
            ),
            &tr!(self.lang, CLI_SUPPORT_MONTHLY_FEE),
            &tr!(self.lang, CLI_SUPPORT_HOURLY_RATE),
            &tr!(self.lang, CLI_SUPPORT_INCLUDED),
            &tr!(self.lang, CLI_SUPPORT_CUSTOMERS),
        ]);
        for (v, row) in plans {
            let f = &v.form;
            let mut name = row.name.clone();
            if row.archived {
                name = format!("{name} ({})", tr!(self.lang, CLI_SUPPORT_ARCHIVED));
            }
            let (hours, zone) = if row.no_support {
                (tr!(self.lang, CLI_SUPPORT_NO_SUPPORT), String::new())
            } else {
                let mut week = self.week(&f.hours);
                if f.french_holidays {
                    week = format!("{week}\n{}", tr!(self.lang, CLI_SUPPORT_HOLIDAYS));
                }
                (week, f.time_zone.clone())
            };
            let prices = |pick: &dyn Fn(&PlanPriceView) -> String| {
                if row.prices.is_empty() {
                    "—".to_string()
                } else {
                    row.prices.iter().map(pick).collect::<Vec<_>>().join("\n")
                }
            };
            t.add_row(crate::terminal::row(vec![
                row.id.to_string(),
                name,
                hours,
                zone,
                self.targets(&f.targets),
                prices(&|p| self.money(&Some(p.monthly_fee.clone()))),
                prices(&|p| self.money(&Some(p.hourly_rate.clone()))),
                prices(&|p| self.duration(p.included_minutes)),
                row.customers.to_string(),
            ]));
        }
        right(&mut t, &[0, 5, 6, 7, 8]);
        outln!("{t}");
    }

    pub fn plan_created(&self, name: &str, id: i64) {
        if self.json {
            return json(&Created { id });
        }
        let id = id.to_string();
        outln!(
            "{}",
            tr!(self.lang, CLI_SUPPORT_PLAN_CREATED, name = name, id = id)
        );
    }

    pub fn plan_assigned(&self, customer: &str, plan: &str, from: &str) {
        if self.json {
            return json(&serde_json::json!({ "customer": customer, "plan": plan, "from": from }));
        }
        outln!(
            "{}",
            tr!(
                self.lang,
                CLI_SUPPORT_PLAN_ASSIGNED,
                customer = customer,
                plan = plan,
                from = self.date(from)
            )
        );
    }

    pub fn sheet_written(&self, customer: &str, path: &std::path::Path) {
        if self.json {
            return json(&serde_json::json!({ "customer": customer, "path": path }));
        }
        let path = path.display().to_string();
        outln!(
            "{}",
            tr!(
                self.lang,
                CLI_SUPPORT_SHEET_WRITTEN,
                customer = customer,
                path = path.as_str()
            )
        );
    }

    pub fn support_queue(&self, rows: &[QueueRow]) {
        if self.json {
            return json(&rows);
        }
        let mut t = table(&[
            &tr!(self.lang, CLI_SUPPORT_REQUEST),
            &tr!(self.lang, CLI_CUSTOMER),
            &tr!(self.lang, CLI_SUPPORT_SUBJECT),
            &tr!(self.lang, CLI_SUPPORT_SEVERITY),
            &tr!(self.lang, CLI_SUPPORT_STATE),
            &tr!(self.lang, CLI_SUPPORT_FIRST_RESPONSE),
            &tr!(self.lang, CLI_SUPPORT_RESOLUTION),
            &tr!(self.lang, CLI_SUPPORT_ASSIGNED),
        ]);
        for r in rows {
            t.add_row(crate::terminal::row(vec![
                r.number.clone(),
                r.customer_name.clone(),
                r.subject.clone(),
                r.severity.name(self.lang),
                r.state.name(self.lang),
                self.countdown(&r.first_response, r.paused),
                self.countdown(&r.resolution, r.paused),
                r.assigned_name.clone().unwrap_or_default(),
            ]));
        }
        outln!("{t}");
        let breached = rows.iter().filter(|r| r.breached).count().to_string();
        outln!(
            "{}",
            tr!(
                self.lang,
                CLI_SUPPORT_QUEUE_COUNT,
                count = rows.len() as i64,
                breached = breached
            )
        );
    }
}
