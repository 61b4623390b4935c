//! Requests: taken (with the invoices and subscriptions they are about, a disputed
//! invoice held in collections), noted, assigned, moved between states with their
//! timeline; a request's page.

use ardoise_domain::support::request::check_move;
use ardoise_domain::support::{
    Category, Channel, EventKind, RequestForm, RequestState, SupportProblem,
};
use ardoise_domain::words::tr;
use ardoise_domain::{Invalid, Lang};
use ardoise_store::{Db, EventRecord};
use chrono::{DateTime, Datelike, Utc};
use serde_json::json;

use super::resolution::targets_at_resolution;
use super::{instant, queue_row, workable, Plans};
use crate::transport_support::{
    CreatedRequest, EscalationView, EventView, LinkView, NoteKind, RequestView, TimeEntryView,
};
use crate::{AppError, Ardoise, Audit, AuditId, Permission, Result, Session};

impl AuditId for CreatedRequest {
    fn audit_id(&self) -> Option<i64> {
        Some(self.id)
    }
}

/// The sentence a timeline line shows; `escalation` is the case an escalation line
/// opened.
fn summary(e: &EventRecord, escalation: Option<&EscalationView>, lang: Lang) -> String {
    let state = |s: Option<RequestState>| s.map(|s| s.name(lang)).unwrap_or_default();
    match e.kind {
        EventKind::Opened => {
            // The channel's code selects the whole sentence: a channel's name alone
            // would sit capitalised in the middle of it.
            let channel = Channel::parse(&e.body).map_or("other", |c| c.code());
            tr!(lang, SUPPORT_EVENT_OPENED, channel = channel)
        }
        EventKind::State => tr!(
            lang,
            SUPPORT_EVENT_STATE,
            from = state(e.from_state),
            to = state(e.to_state)
        ),
        EventKind::Escalated => match escalation {
            Some(x) => tr!(
                lang,
                SUPPORT_EVENT_ESCALATED,
                route = x.route_name.as_str(),
                case = x.case_number.as_str()
            ),
            None => String::new(),
        },
        EventKind::Assigned if e.body.is_empty() => tr!(lang, SUPPORT_EVENT_UNASSIGNED),
        EventKind::Assigned => tr!(lang, SUPPORT_EVENT_ASSIGNED, name = e.body.as_str()),
        EventKind::Severity => e.body.clone(),
        EventKind::Reply => tr!(lang, SUPPORT_EVENT_REPLY),
        EventKind::Note => tr!(lang, SUPPORT_EVENT_NOTE),
        EventKind::Microsoft => tr!(lang, SUPPORT_EVENT_MICROSOFT),
    }
}

/// Holds each invoice a billing question names, in this transaction; the hold's reason
/// names the request. Returns the invoices' holds, in order.
///
/// The reason is stored text that collections lists among the held invoices, a page in
/// the book's language (French until the staff choose another): so it is written in that
/// language, whoever took the request and in whichever window, when the question is
/// asked and when it is reopened alike.
pub(crate) fn hold_disputed(
    db: &Db<'_>,
    customer_id: i64,
    number: &str,
    invoice_ids: &[i64],
    lang: Lang,
    now: DateTime<Utc>,
) -> Result<Vec<i64>> {
    let reason = tr!(lang, SUPPORT_HOLD_REASON, number = number);
    invoice_ids
        .iter()
        .map(|id| Ok(db.insert_hold(customer_id, Some(*id), &reason, now)?))
        .collect()
}

/// Lifts the holds this request put on its invoices (it was resolved or closed): the
/// invoices are proposed again by collections.
pub(crate) fn lift_disputes(db: &Db<'_>, request_id: i64, now: DateTime<Utc>) -> Result<()> {
    for link in db.request_links(request_id)? {
        if let (Some(hold), true) = (link.hold_id, link.held) {
            db.lift_hold(hold, now)?;
        }
    }
    Ok(())
}

impl Ardoise {
    /// The id of the request numbered `number` (S-2026-00042), for the CLI.
    pub fn support_request_id(&self, session: &Session, number: &str) -> Result<i64> {
        session.require(Permission::ViewBook)?;
        Ok(self.store.read().support_request_by_number(number)?.id)
    }

    /// Takes a request: its number given in the transaction, its plan the customer's on
    /// the day, and a billing question's invoices held in collections. The window's
    /// language does not enter the book: the holds' reasons are in the book's (see
    /// [`hold_disputed`]).
    pub fn add_support_request(
        &self,
        session: &Session,
        form: &RequestForm,
        _window: Lang,
    ) -> Result<CreatedRequest> {
        session.require(Permission::WorkSupport)?;
        let held_in = self.language()?.unwrap_or(Lang::Fr);
        let now = self.clock.now();
        let request = form.validate(now)?;
        let today = self.today();
        self.write(
            session,
            Audit {
                action: "support_request.create",
                entity: "support_request",
                entity_id: None,
                detail: json!(form),
            },
            |db| {
                let customer = db.customer(request.customer_id)?;
                let mut c = ardoise_domain::problem::Checker::new();
                if let Some(contact) = request.contact_id {
                    if !customer.contacts.iter().any(|k| k.id == contact) {
                        c.add("contact_id", SupportProblem::NotTheCustomers.into());
                    }
                }
                for (i, id) in request.invoice_ids.iter().enumerate() {
                    let theirs = match db.document(*id) {
                        Ok(d) => d.summary.customer_id == request.customer_id,
                        Err(ardoise_store::StoreError::NotFound(_)) => false,
                        Err(e) => return Err(e.into()),
                    };
                    if !theirs {
                        c.add(
                            &format!("invoice_ids[{i}]"),
                            SupportProblem::NotTheCustomers.into(),
                        );
                    }
                }
                for (i, id) in request.subscription_ids.iter().enumerate() {
                    let theirs = match db.subscription(*id) {
                        Ok(s) => s.customer_id == request.customer_id,
                        Err(ardoise_store::StoreError::NotFound(_)) => false,
                        Err(e) => return Err(e.into()),
                    };
                    if !theirs {
                        c.add(
                            &format!("subscription_ids[{i}]"),
                            SupportProblem::NotTheCustomers.into(),
                        );
                    }
                }
                c.finish()?;
                // The plan in force when the request was opened, which may be back-dated.
                let opened_on = request
                    .opened_at
                    .with_timezone(&chrono::Local)
                    .date_naive()
                    .min(today);
                let plan_id = db.customer_support_plan(request.customer_id, opened_on)?;
                let number = db.next_request_number(today.year())?;
                let id = db.insert_support_request(&number, &request, plan_id, session.staff_id)?;
                // Only what is still to pay is held: a paid invoice or a credit note has
                // nothing for collections to wait on.
                let mut held = Vec::new();
                for id in &request.invoice_ids {
                    if db.invoice_open_on(*id, today)? {
                        held.push(*id);
                    }
                }
                let holds = if request.category == Category::Billing {
                    hold_disputed(db, request.customer_id, &number, &held, held_in, now)?
                } else {
                    Vec::new()
                };
                for invoice in &request.invoice_ids {
                    let hold = held
                        .iter()
                        .position(|h| h == invoice)
                        .and_then(|i| holds.get(i).copied());
                    db.insert_request_link(id, Some(*invoice), None, hold)?;
                }
                for s in &request.subscription_ids {
                    db.insert_request_link(id, None, Some(*s), None)?;
                }
                db.insert_support_event(
                    id,
                    request.opened_at,
                    Some(session.staff_id),
                    EventKind::Opened,
                    None,
                    Some(RequestState::New),
                    request.channel.code(),
                )?;
                Ok(CreatedRequest { id, number })
            },
        )
    }

    /// Moves a request, with a note for the timeline. Telling the customer something
    /// (waiting on them, resolved) is a response; resolving or closing lifts the holds
    /// its billing question put on invoices; reopening puts them back.
    pub fn move_support_request(
        &self,
        session: &Session,
        id: i64,
        to: RequestState,
        note: &str,
    ) -> Result<()> {
        session.require(Permission::WorkSupport)?;
        let note = ardoise_domain::checks::text::optional(note, 20_000)
            .map_err(|p| Invalid::one("note", p))?
            .unwrap_or_default();
        let now = self.clock.now();
        self.write(
            session,
            Audit {
                action: "support_request.state",
                entity: "support_request",
                entity_id: Some(id),
                detail: json!({ "to": to.code(), "note": note }),
            },
            |db| {
                let r = db.support_request(id)?;
                check_move(r.state, to).map_err(|p| Invalid::one("to", p.into()))?;
                if to == RequestState::Closed && db.timers_on(id)? > 0 {
                    return Err(Invalid::one("to", SupportProblem::TimerRunningOnIt.into()).into());
                }
                // Kept before the state changes: a closed request is no longer written.
                if !to.is_open() && r.state.is_open() {
                    let kept = targets_at_resolution(db, &r, to, now)?;
                    db.set_targets_at_resolution(id, Some(&kept))?;
                } else if to.is_open() {
                    db.set_targets_at_resolution(id, None)?;
                }
                db.set_request_state(id, to, now)?;
                if matches!(to, RequestState::WaitingOnCustomer | RequestState::Resolved) {
                    db.mark_first_response(id, now)?;
                }
                if !to.is_open() && r.state.is_open() {
                    lift_disputes(db, id, now)?;
                    db.close_escalations(id, now.date_naive())?;
                } else if to.is_open() && !r.state.is_open() && r.category == Category::Billing {
                    self.hold_again(db, &r, now)?;
                }
                db.insert_support_event(
                    id,
                    now,
                    Some(session.staff_id),
                    EventKind::State,
                    Some(r.state),
                    Some(to),
                    &note,
                )?;
                Ok(())
            },
        )
    }

    /// A reopened billing question disputes its invoices again.
    fn hold_again(
        &self,
        db: &Db<'_>,
        r: &ardoise_store::RequestRecord,
        now: DateTime<Utc>,
    ) -> Result<()> {
        let lang = self.language()?.unwrap_or(Lang::Fr);
        for link in db.request_links(r.id)? {
            if let (Some(invoice), false) = (link.invoice_id, link.held) {
                if !db.invoice_open_on(invoice, self.today())? {
                    continue;
                }
                let hold = hold_disputed(db, r.customer_id, &r.number, &[invoice], lang, now)?;
                db.set_link_hold(r.id, invoice, hold.first().copied())?;
            }
        }
        Ok(())
    }

    /// A note on the timeline: internal, a reply to the customer (the first is the
    /// first response), or an exchange with Microsoft.
    pub fn note_support_request(
        &self,
        session: &Session,
        id: i64,
        kind: NoteKind,
        body: &str,
    ) -> Result<()> {
        session.require(Permission::WorkSupport)?;
        let body = ardoise_domain::checks::text::required(body, 20_000)
            .map_err(|p| Invalid::one("body", p))?;
        let now = self.clock.now();
        self.write(
            session,
            Audit {
                action: "support_request.note",
                entity: "support_request",
                entity_id: Some(id),
                detail: json!({ "kind": kind, "body": body }),
            },
            |db| {
                let r = db.support_request(id)?;
                workable(r.state, "id")?;
                let event = match kind {
                    NoteKind::Internal => EventKind::Note,
                    NoteKind::Reply => {
                        db.mark_first_response(id, now)?;
                        EventKind::Reply
                    }
                    NoteKind::Microsoft => EventKind::Microsoft,
                };
                db.insert_support_event(id, now, Some(session.staff_id), event, None, None, &body)?;
                Ok(())
            },
        )
    }

    pub fn assign_support_request(
        &self,
        session: &Session,
        id: i64,
        staff_id: Option<i64>,
    ) -> Result<()> {
        session.require(Permission::WorkSupport)?;
        let now = self.clock.now();
        self.write(
            session,
            Audit {
                action: "support_request.assign",
                entity: "support_request",
                entity_id: Some(id),
                detail: json!({ "staff_id": staff_id }),
            },
            |db| {
                let r = db.support_request(id)?;
                workable(r.state, "id")?;
                let name = match staff_id {
                    Some(s) => db.staff(s)?.display_name,
                    None => String::new(),
                };
                db.assign_request(id, staff_id)?;
                db.insert_support_event(
                    id,
                    now,
                    Some(session.staff_id),
                    EventKind::Assigned,
                    None,
                    None,
                    &name,
                )?;
                Ok(())
            },
        )
    }

    /// A request's page: its clocks now, links, timeline, time log and escalations.
    pub fn support_request(&self, session: &Session, id: i64, lang: Lang) -> Result<RequestView> {
        session.require(Permission::ViewBook)?;
        let now = self.clock.now();
        self.store.snapshot(|db| {
            let r = db.support_request(id)?;
            let plans = Plans::load(db)?;
            let plan_name = plans
                .get(r.plan_id)
                .map(|(p, _)| super::plans::shown_name(&p.terms.name, p.terms.no_support, lang))
                .unwrap_or_default();
            let changes = db.request_state_changes(id)?;
            let time = db.time_entries(id)?;
            let escalations: Vec<EscalationView> = db
                .escalations(id)?
                .into_iter()
                .map(|e| EscalationView {
                    route: e.route,
                    route_name: e.route.name(lang),
                    case_number: e.case_number,
                    opened_on: e.opened_on.to_string(),
                    closed_on: e.closed_on.map(|d| d.to_string()),
                })
                .collect();
            // The n-th escalation line of the timeline opened the n-th case.
            let mut cases = escalations.iter();
            let view = RequestView {
                contact_id: r.contact_id,
                contact_name: r.contact_name.clone(),
                channel: r.channel,
                description: r.description.clone(),
                plan_id: r.plan_id,
                plan_name,
                first_response_at: r.first_response_at.map(instant),
                resolved_at: r.resolved_at.map(instant),
                closed_at: r.closed_at.map(instant),
                links: db
                    .request_links(id)?
                    .into_iter()
                    .map(|l| LinkView {
                        invoice_id: l.invoice_id,
                        invoice_number: l.invoice_number,
                        subscription_id: l.subscription_id,
                        product_name: l.product_name,
                        held: l.held,
                    })
                    .collect(),
                timeline: db
                    .support_events(id)?
                    .iter()
                    .map(|e| EventView {
                        at: instant(e.at),
                        staff_name: e.staff_name.clone(),
                        kind: e.kind,
                        from_state: e.from_state,
                        to_state: e.to_state,
                        summary: summary(
                            e,
                            (e.kind == EventKind::Escalated)
                                .then(|| cases.next())
                                .flatten(),
                            lang,
                        ),
                        body: if matches!(e.kind, EventKind::Opened | EventKind::Assigned) {
                            String::new()
                        } else {
                            e.body.clone()
                        },
                    })
                    .collect(),
                minutes_logged: time.iter().map(|t| t.minutes).sum(),
                billable_minutes: time.iter().filter(|t| t.billable).map(|t| t.minutes).sum(),
                time: time
                    .into_iter()
                    .map(|t| TimeEntryView {
                        id: t.id,
                        staff_id: t.staff_id,
                        staff_name: t.staff_name,
                        started_at: instant(t.started_at),
                        ended_at: instant(t.ended_at),
                        minutes: t.minutes,
                        billable: t.billable,
                        note: t.note,
                        billed: t.billed,
                    })
                    .collect(),
                escalations: escalations.clone(),
                row: queue_row(r, &plans, &changes, now),
            };
            Ok::<_, AppError>(view)
        })
    }
}
