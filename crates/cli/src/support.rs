//! The support subcommands: each parses what was typed, calls one use case and prints.

use ardoise_app::domain::support::parse_zone;
use ardoise_app::domain::support::{
    Category, Channel, EscalationForm, PlanForm, PlanPriceForm, RequestForm, RequestState,
    Severity, TimeEntryForm,
};
use ardoise_app::domain::Invalid;
use ardoise_app::transport_support::{QueueFilter, RequestView};
use ardoise_app::{AppError, Ardoise, Session};
use chrono::{Duration, NaiveDateTime, TimeZone};

use crate::failure::{found, Refusal, Result};
use crate::output::Out;
use crate::support_args::{
    LogTimeArgs, PlanArgs, PlansCmd, QueueArgs, RequestArgs, RequestsCmd, SupportCmd,
};
use crate::support_forms::{self as forms, as_options};

pub fn run(book: &mut Ardoise, s: &Session, out: &Out, cmd: &SupportCmd) -> Result<()> {
    match cmd {
        SupportCmd::Plans(PlansCmd::List) => {
            let plans = book
                .support_plans(s)?
                .into_iter()
                .map(|row| Ok((book.support_plan(s, row.id)?, row)))
                .collect::<ardoise_app::Result<Vec<_>>>()?;
            out.support_plans(&plans);
        }
        SupportCmd::Plans(PlansCmd::Add(a)) => add_plan(book, s, out, a)?,
        SupportCmd::Plans(PlansCmd::Assign {
            customer,
            plan,
            from,
        }) => {
            let customer_id = found(book.find_customer(s, customer), customer)?;
            let wanted = ardoise_app::search::fold(plan.trim());
            let plans = book.support_plans(s)?;
            let Some(p) = plans.iter().find(|p| {
                plan.trim().parse() == Ok(p.id) || ardoise_app::search::fold(&p.name) == wanted
            }) else {
                return Err(Refusal::NotFound {
                    what: "support plan",
                    key: plan.clone(),
                });
            };
            let from = book.date_or_today(from.as_deref());
            book.set_customer_support_plan(s, customer_id, p.id, &from)
                .map_err(as_options)?;
            let name = book.customer(s, customer_id)?.legal_name;
            out.plan_assigned(&name, &p.name, &from);
        }
        SupportCmd::Requests(cmd) => requests(book, s, out, cmd)?,
        SupportCmd::Sheet {
            customer,
            out: file,
        } => {
            let customer_id = found(book.find_customer(s, customer), customer)?;
            let saved = book.save_support_sheet(s, customer_id, file.as_deref())?;
            let name = book.customer(s, customer_id)?.legal_name;
            out.sheet_written(&name, &saved.path);
        }
    }
    Ok(())
}

fn add_plan(book: &Ardoise, s: &Session, out: &Out, a: &PlanArgs) -> Result<()> {
    let (terms, price): (PlanForm, PlanPriceForm) =
        forms::plan(a, &book.date_or_today(a.price.price_from.as_deref()))
            .map_err(|e| as_options(e.into()))?;
    // The price is checked with the terms, so one refusal lists every fault and a plan
    // is never saved without its price.
    let held: Vec<_> = book
        .support_routes(s, out.lang)?
        .into_iter()
        .filter(|r| r.held)
        .map(|r| r.route)
        .collect();
    let mut faults = Vec::new();
    if let Err(Invalid(f)) = terms.validate(&held) {
        faults.extend(f);
    }
    if let Err(Invalid(f)) = price.validate() {
        faults.extend(f);
    }
    if !faults.is_empty() {
        return Err(as_options(Invalid(faults).into()).into());
    }
    let id = book
        .save_support_plan(s, None, &terms)
        .map_err(as_options)?;
    book.add_support_plan_price(s, id, &price)
        .map_err(as_options)?;
    out.plan_created(&terms.name, id);
    Ok(())
}

/// A request by its number (S-2026-00001, any case) or id.
fn request_id(book: &Ardoise, s: &Session, key: &str) -> Result<i64> {
    let key = key.trim();
    let by_number = book.support_request_id(s, &key.to_uppercase());
    let id = match (by_number, key.parse::<i64>()) {
        (Ok(id), _) => Ok(id),
        (Err(AppError::NotFound(_)), Ok(id)) => book
            .support_request(s, id, ardoise_app::domain::Lang::En)
            .map(|_| id),
        (Err(e), _) => Err(e),
    };
    found(
        id.map_err(|e| match e {
            AppError::NotFound(_) => AppError::NotFound("support request"),
            e => e,
        }),
        key,
    )
}

fn requests(book: &mut Ardoise, s: &Session, out: &Out, cmd: &RequestsCmd) -> Result<()> {
    match cmd {
        RequestsCmd::List(a) => out.support_queue(&book.support_queue(s, &filter(book, s, a)?)?),
        RequestsCmd::Add(a) => add_request(book, s, out, a)?,
        RequestsCmd::Show { request } => {
            let id = request_id(book, s, request)?;
            let view = book.support_request(s, id, out.lang)?;
            let zone = book.support_plan(s, view.plan_id)?.form.time_zone;
            out.support_request(&view, &zone);
        }
        RequestsCmd::LogTime(a) => log_time(book, s, out, a)?,
        RequestsCmd::Escalate {
            request,
            route,
            case_number,
            on,
            note,
        } => {
            let id = request_id(book, s, request)?;
            let route = forms::route(route).map_err(|p| Invalid::one("--route", p))?;
            let form = EscalationForm {
                route,
                case_number: case_number.clone(),
                opened_on: on.clone().unwrap_or_default(),
                note: note.clone(),
            };
            book.escalate_support_request(s, id, &form)
                .map_err(as_options)?;
            let view = book.support_request(s, id, out.lang)?;
            out.escalated(&view, route, case_number.trim());
        }
        RequestsCmd::Resolve { request, note } => {
            move_to(book, s, out, request, RequestState::Resolved, note)?
        }
        RequestsCmd::Close { request, note } => {
            move_to(book, s, out, request, RequestState::Closed, note)?
        }
    }
    Ok(())
}

fn filter(book: &Ardoise, s: &Session, a: &QueueArgs) -> Result<QueueFilter> {
    let mut c = ardoise_app::domain::problem::Checker::new();
    let state = a
        .state
        .as_deref()
        .and_then(|v| c.check("--state", forms::state(v)));
    let severity = a
        .severity
        .as_deref()
        .and_then(|v| c.check("--severity", forms::severity(v)));
    c.finish()?;
    let customer_id = match &a.customer {
        Some(key) => Some(found(book.find_customer(s, key), key)?),
        None => None,
    };
    Ok(QueueFilter {
        states: state.into_iter().collect(),
        severities: severity.into_iter().collect(),
        customer_id,
        assigned_to: a.assigned,
        breached_only: a.breached,
    })
}

fn add_request(book: &Ardoise, s: &Session, out: &Out, a: &RequestArgs) -> Result<()> {
    let mut c = ardoise_app::domain::problem::Checker::new();
    let category = c.check("--category", forms::category(&a.category));
    let severity = c.check("--severity", forms::severity(&a.severity));
    let channel = c.check("--channel", forms::channel(&a.channel));
    let customer_id = found(book.find_customer(s, &a.customer), &a.customer)?;
    let mut invoice_ids = Vec::new();
    for i in &a.invoice {
        invoice_ids.push(found(book.find_invoice(s, i), i)?);
    }
    let form = RequestForm {
        customer_id,
        contact_id: None,
        contact_name: a.contact.clone(),
        channel: channel.unwrap_or(Channel::Phone),
        category: category.unwrap_or(Category::Other),
        severity: severity.unwrap_or(Severity::Normal),
        subject: a.subject.clone(),
        description: a.description.clone(),
        invoice_ids,
        subscription_ids: Vec::new(),
        opened_at: String::new(),
    };
    if let Err(Invalid(mut faults)) = c.finish() {
        // A word outside a list and an empty subject are refused together.
        if let Err(Invalid(more)) = form.validate(book.now()) {
            faults.extend(more);
        }
        return Err(as_options(Invalid(faults).into()).into());
    }
    let created = book
        .add_support_request(s, &form, out.lang)
        .map_err(as_options)?;
    let view = book.support_request(s, created.id, out.lang)?;
    out.request_added(&created, &view);
    Ok(())
}

/// "2026-11-16 09:30" (or with a T) in the plan's time zone, or RFC 3339 as is.
fn instant(typed: &str, zone: &str) -> String {
    let t = typed.trim();
    let local = ["%Y-%m-%d %H:%M", "%Y-%m-%dT%H:%M"]
        .iter()
        .find_map(|f| NaiveDateTime::parse_from_str(t, f).ok());
    match (local, parse_zone(zone)) {
        (Some(local), Ok(tz)) => match tz.from_local_datetime(&local).earliest() {
            Some(at) => at.to_rfc3339(),
            // A time the clocks skip (02:30 on a spring-forward night): the domain says
            // it is not an instant.
            None => t.to_string(),
        },
        _ => t.to_string(),
    }
}

fn log_time(book: &Ardoise, s: &Session, out: &Out, a: &LogTimeArgs) -> Result<()> {
    let id = request_id(book, s, &a.request)?;
    let before = book.support_request(s, id, out.lang)?;
    let zone = book.support_plan(s, before.plan_id)?.form.time_zone;
    let started_at = match (&a.from, &a.minutes) {
        (Some(from), _) => instant(from, &zone),
        // --minutes alone: the work ends now. Minutes that are not a number leave the
        // start at now, and the domain names --minutes as the field at fault.
        (None, Some(minutes)) => {
            let back = minutes.trim().parse::<i64>().unwrap_or(0).clamp(0, 1440);
            (book.now() - Duration::minutes(back)).to_rfc3339()
        }
        (None, None) => String::new(),
    };
    let form = TimeEntryForm {
        request_id: id,
        started_at,
        ended_at: a
            .to
            .as_deref()
            .map(|t| instant(t, &zone))
            .unwrap_or_default(),
        minutes: a.minutes.clone().unwrap_or_default(),
        billable: !a.not_billable,
        note: a.note.clone(),
    };
    let entry = book.log_support_time(s, &form).map_err(as_options)?;
    let view = book.support_request(s, id, out.lang)?;
    out.time_logged(&view, entry);
    Ok(())
}

fn move_to(
    book: &Ardoise,
    s: &Session,
    out: &Out,
    key: &str,
    to: RequestState,
    note: &str,
) -> Result<()> {
    let id = request_id(book, s, key)?;
    let before: RequestView = book.support_request(s, id, out.lang)?;
    book.move_support_request(s, id, to, note)
        .map_err(as_options)
        .map_err(Refusal::from)?;
    let after = book.support_request(s, id, out.lang)?;
    out.moved(&before, &after);
    Ok(())
}
