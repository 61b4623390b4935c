//! One support request as the terminal shows it (its clocks, links, timeline, time log
//! and escalations), and what each command on a request did.

use ardoise_app::domain::display;
use ardoise_app::domain::support::parse_zone;
use ardoise_app::domain::support::Route;
use ardoise_app::domain::words::tr;
use ardoise_app::transport::Created;
use ardoise_app::transport_support::*;
use chrono::DateTime;

use crate::output::{json, right, table, Out};

impl Out {
    /// An instant (RFC 3339) as a date and a time in the plan's zone.
    fn at(&self, at: &str, zone: &str) -> String {
        let Ok(t) = DateTime::parse_from_rfc3339(at) else {
            return at.to_string();
        };
        let local = match parse_zone(zone) {
            Ok(tz) => t.with_timezone(&tz).naive_local(),
            Err(_) => t.naive_utc(),
        };
        format!(
            "{} {}",
            display::date(local.date(), self.lang),
            local.format("%H:%M")
        )
    }

    /// A clock on the request's page: its due time and countdown, or when it was met.
    fn clock(&self, t: &Option<TargetView>, paused: bool, zone: &str) -> String {
        let Some(target) = t else {
            return tr!(self.lang, CLI_SUPPORT_NO_TARGET);
        };
        if let Some(at) = &target.met_at {
            let at = self.at(at, zone);
            return if target.breached {
                tr!(self.lang, CLI_SUPPORT_MISSED_AT, at = at)
            } else {
                tr!(self.lang, CLI_SUPPORT_MET_AT, at = at)
            };
        }
        match &target.due {
            Some(due) => tr!(
                self.lang,
                CLI_SUPPORT_DUE_AT,
                at = self.at(due, zone),
                time = self.countdown(t, paused)
            ),
            None => self.countdown(t, paused),
        }
    }

    pub fn support_request(&self, v: &RequestView, zone: &str) {
        if self.json {
            return json(v);
        }
        let r = &v.row;
        outln!("{} — {}", r.number, r.subject);
        let mut lines = vec![
            (tr!(self.lang, CLI_CUSTOMER), r.customer_name.clone()),
            (
                tr!(self.lang, CLI_SUPPORT_CATEGORY),
                r.category.name(self.lang),
            ),
            (
                tr!(self.lang, CLI_SUPPORT_SEVERITY),
                r.severity.name(self.lang),
            ),
            (tr!(self.lang, CLI_SUPPORT_STATE), r.state.name(self.lang)),
            (
                tr!(self.lang, CLI_SUPPORT_CHANNEL),
                v.channel.name(self.lang),
            ),
        ];
        if let Some(c) = &v.contact_name {
            lines.push((tr!(self.lang, CLI_SUPPORT_CONTACT), c.clone()));
        }
        if let Some(a) = &r.assigned_name {
            lines.push((tr!(self.lang, CLI_SUPPORT_ASSIGNED), a.clone()));
        }
        lines.extend([
            (tr!(self.lang, CLI_SUPPORT_PLAN), v.plan_name.clone()),
            (
                tr!(self.lang, CLI_SUPPORT_OPENED),
                self.at(&r.opened_at, zone),
            ),
            (
                tr!(self.lang, CLI_SUPPORT_FIRST_RESPONSE),
                self.clock(&r.first_response, r.paused, zone),
            ),
            (
                tr!(self.lang, CLI_SUPPORT_RESOLUTION),
                self.clock(&r.resolution, r.paused, zone),
            ),
        ]);
        let invoices: Vec<String> = v
            .links
            .iter()
            .filter_map(|l| {
                let n = l.invoice_number.clone()?;
                Some(if l.held {
                    format!("{n} ({})", tr!(self.lang, CLI_SUPPORT_HELD_IN_COLLECTIONS))
                } else {
                    n
                })
            })
            .collect();
        if !invoices.is_empty() {
            lines.push((tr!(self.lang, CLI_SUPPORT_INVOICES), invoices.join(", ")));
        }
        let width = lines
            .iter()
            .map(|(k, _)| k.chars().count())
            .max()
            .unwrap_or(0);
        for (k, val) in lines {
            let pad = " ".repeat(width - k.chars().count());
            outln!("  {k}{pad}  {val}");
        }
        if !v.description.is_empty() {
            outln!();
            outln!("{}", v.description);
        }
        self.timeline(v, zone);
        self.time_log(v, zone);
        if !v.escalations.is_empty() {
            let mut t = table(&[
                &tr!(self.lang, CLI_SUPPORT_ROUTE),
                &tr!(self.lang, CLI_SUPPORT_CASE),
                &tr!(self.lang, CLI_SUPPORT_CASE_OPENED),
                &tr!(self.lang, CLI_SUPPORT_CASE_CLOSED),
            ]);
            for e in &v.escalations {
                t.add_row(crate::terminal::row(vec![
                    e.route_name.clone(),
                    e.case_number.clone(),
                    self.date(&e.opened_on),
                    e.closed_on
                        .as_deref()
                        .map(|d| self.date(d))
                        .unwrap_or_default(),
                ]));
            }
            outln!("{t}");
        }
        outln!("{}", tr!(self.lang, CLI_SUPPORT_TIMES_IN, zone = zone));
    }

    fn timeline(&self, v: &RequestView, zone: &str) {
        let mut t = table(&[
            &tr!(self.lang, CLI_SUPPORT_WHEN),
            &tr!(self.lang, CLI_SUPPORT_WHO),
            &tr!(self.lang, CLI_SUPPORT_WHAT),
            &tr!(self.lang, CLI_SUPPORT_DETAIL),
        ]);
        for e in &v.timeline {
            t.add_row(crate::terminal::row(vec![
                self.at(&e.at, zone),
                e.staff_name.clone().unwrap_or_default(),
                e.summary.clone(),
                e.body.clone(),
            ]));
        }
        outln!("{t}");
    }

    fn time_log(&self, v: &RequestView, zone: &str) {
        if v.time.is_empty() {
            return;
        }
        let mut t = table(&[
            &tr!(self.lang, CLI_SUPPORT_STARTED),
            &tr!(self.lang, CLI_SUPPORT_ENDED),
            &tr!(self.lang, CLI_SUPPORT_TIME_SPENT),
            &tr!(self.lang, CLI_SUPPORT_BILLABLE),
            &tr!(self.lang, CLI_SUPPORT_WHO),
            &tr!(self.lang, CLI_SUPPORT_NOTE),
        ]);
        for e in &v.time {
            let billable = match (e.billable, e.billed) {
                (true, true) => tr!(self.lang, CLI_SUPPORT_BILLED),
                (true, false) => tr!(self.lang, CLI_SUPPORT_YES),
                (false, _) => tr!(self.lang, CLI_SUPPORT_NO),
            };
            t.add_row(crate::terminal::row(vec![
                self.at(&e.started_at, zone),
                self.at(&e.ended_at, zone),
                self.duration(e.minutes),
                billable,
                e.staff_name.clone(),
                e.note.clone(),
            ]));
        }
        right(&mut t, &[2]);
        outln!("{t}");
        outln!("{}", self.time_total(v));
    }

    fn time_total(&self, v: &RequestView) -> String {
        tr!(
            self.lang,
            CLI_SUPPORT_TIME_TOTAL,
            total = self.duration(v.minutes_logged),
            billable = self.duration(v.billable_minutes)
        )
    }

    pub fn request_added(&self, created: &CreatedRequest, v: &RequestView) {
        if self.json {
            return json(created);
        }
        let id = created.id.to_string();
        outln!(
            "{}",
            tr!(
                self.lang,
                CLI_SUPPORT_REQUEST_ADDED,
                number = created.number.as_str(),
                id = id
            )
        );
        for l in v.links.iter().filter(|l| l.held) {
            if let Some(n) = &l.invoice_number {
                outln!(
                    "{}",
                    tr!(self.lang, CLI_SUPPORT_INVOICE_HELD, invoice = n.as_str())
                );
            }
        }
    }

    pub fn time_logged(&self, v: &RequestView, entry: i64) {
        if self.json {
            return json(&Created { id: entry });
        }
        let id = entry.to_string();
        outln!(
            "{}",
            tr!(
                self.lang,
                CLI_SUPPORT_TIME_LOGGED,
                number = v.row.number.as_str(),
                id = id,
                total = self.duration(v.minutes_logged),
                billable = self.duration(v.billable_minutes)
            )
        );
    }

    pub fn escalated(&self, v: &RequestView, route: Route, case: &str) {
        if self.json {
            return json(&v.row);
        }
        outln!(
            "{}",
            tr!(
                self.lang,
                CLI_SUPPORT_ESCALATED,
                number = v.row.number.as_str(),
                route = route.name(self.lang),
                case = case
            )
        );
    }

    /// What a move did: the request's new state, and the invoices its billing question
    /// no longer holds in collections.
    pub fn moved(&self, before: &RequestView, after: &RequestView) {
        if self.json {
            return json(&after.row);
        }
        let number = after.row.number.as_str();
        let said = if after.row.state == RequestState::Closed {
            tr!(self.lang, CLI_SUPPORT_CLOSED, number = number)
        } else {
            tr!(self.lang, CLI_SUPPORT_RESOLVED, number = number)
        };
        outln!("{said}");
        for l in &before.links {
            let still = after
                .links
                .iter()
                .any(|a| a.invoice_id == l.invoice_id && a.held);
            if let (true, false, Some(n)) = (l.held, still, &l.invoice_number) {
                outln!(
                    "{}",
                    tr!(
                        self.lang,
                        CLI_SUPPORT_INVOICE_RELEASED,
                        invoice = n.as_str()
                    )
                );
            }
        }
    }
}
