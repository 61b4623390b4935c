//! What crosses to the window about the support desk: plans, the Microsoft routes held,
//! the queue with its countdowns, a request with its timeline, time and timers, the
//! customer's "open now" indicator and the report. Instants cross as RFC 3339 (UTC).

// The forms the commands take, re-exported so that every declaration below names its
// types under this one module: the shells need no import of their own for this area.
pub use crate::transport::Created;
pub use ardoise_domain::support::{
    Category, Channel, EscalationForm, EventKind, PlanForm, PlanPriceForm, RequestForm,
    RequestState, Rounding, Route, Severity, TimeEntryForm,
};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::transport::MoneyView;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct PlanPriceView {
    pub currency: String,
    pub effective_from: String,
    pub monthly_fee: MoneyView,
    pub hourly_rate: MoneyView,
    /// As the form takes it: "2", "1:30".
    pub included_hours: String,
    pub included_minutes: i64,
    pub increment_minutes: i64,
    pub minimum_minutes: i64,
    pub rounding: Rounding,
    pub cost_monthly: MoneyView,
    pub cost_hourly: MoneyView,
    /// What the partner keeps: the fee less what the support costs it, per month and per
    /// hour beyond the included hours.
    pub margin_monthly: MoneyView,
    pub margin_hourly: MoneyView,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct PlanRow {
    pub id: i64,
    pub name: String,
    pub no_support: bool,
    pub archived: bool,
    /// Customers on it today.
    pub customers: i64,
    /// The prices in force today, one per currency.
    pub prices: Vec<PlanPriceView>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct PlanView {
    pub id: i64,
    /// The terms as the editor shows them; saved back with `support_plan_save`.
    pub form: PlanForm,
    pub archived: bool,
    pub customers: i64,
    /// Every price, oldest first.
    pub prices: Vec<PlanPriceView>,
    pub minutes_per_week: i64,
}

/// A Microsoft route, and whether the partner holds it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct RouteView {
    pub route: Route,
    pub name: String,
    pub held: bool,
    /// Commercial support: every CSP partner holds it.
    pub always_held: bool,
    pub contract_reference: String,
}

/// A route the partner declares it holds.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct RouteHeld {
    pub route: Route,
    pub contract_reference: String,
}

/// One of a request's clocks at the time asked.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct TargetView {
    /// Null while paused (waiting on the customer) or when the hours never open.
    pub due: Option<String>,
    pub met_at: Option<String>,
    /// Service minutes left; negative once breached; null once met or while paused.
    pub remaining_minutes: Option<i64>,
    pub breached: bool,
}

/// A request as the queue lists it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct QueueRow {
    pub id: i64,
    pub number: String,
    pub customer_id: i64,
    pub customer_name: String,
    pub subject: String,
    pub category: Category,
    pub severity: Severity,
    pub state: RequestState,
    pub assigned_to: Option<i64>,
    pub assigned_name: Option<String>,
    pub opened_at: String,
    /// Null on a plan without targets (the "no support" plan).
    pub first_response: Option<TargetView>,
    pub resolution: Option<TargetView>,
    pub breached: bool,
    /// Waiting on the customer: its clocks are stopped.
    pub paused: bool,
    /// The service minutes left on its next unmet target: the queue's order.
    pub remaining_minutes: Option<i64>,
}

/// Which requests the queue shows; every field narrows it.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, TS)]
pub struct QueueFilter {
    /// Empty: every open request (neither resolved nor closed).
    pub states: Vec<RequestState>,
    pub severities: Vec<Severity>,
    pub customer_id: Option<i64>,
    pub assigned_to: Option<i64>,
    pub breached_only: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct CreatedRequest {
    pub id: i64,
    pub number: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct LinkView {
    pub invoice_id: Option<i64>,
    pub invoice_number: Option<String>,
    pub subscription_id: Option<i64>,
    pub product_name: Option<String>,
    /// The invoice is held in collections by this request right now.
    pub held: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct EventView {
    pub at: String,
    pub staff_name: Option<String>,
    pub kind: EventKind,
    pub from_state: Option<RequestState>,
    pub to_state: Option<RequestState>,
    /// What happened, in the reader's language.
    pub summary: String,
    /// What was written with it (a note, a reply, Microsoft's answer).
    pub body: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct EscalationView {
    pub route: Route,
    pub route_name: String,
    pub case_number: String,
    pub opened_on: String,
    pub closed_on: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct TimeEntryView {
    pub id: i64,
    pub staff_id: i64,
    pub staff_name: String,
    pub started_at: String,
    pub ended_at: String,
    pub minutes: i64,
    pub billable: bool,
    pub note: String,
    /// A billing run billed it: it is never billed again.
    pub billed: bool,
}

/// A request's page.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct RequestView {
    pub row: QueueRow,
    pub contact_id: Option<i64>,
    pub contact_name: Option<String>,
    pub channel: Channel,
    pub description: String,
    pub plan_id: i64,
    pub plan_name: String,
    pub first_response_at: Option<String>,
    pub resolved_at: Option<String>,
    pub closed_at: Option<String>,
    pub links: Vec<LinkView>,
    pub timeline: Vec<EventView>,
    pub time: Vec<TimeEntryView>,
    pub escalations: Vec<EscalationView>,
    pub minutes_logged: i64,
    pub billable_minutes: i64,
}

/// What a note on a request is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum NoteKind {
    /// For the desk only.
    Internal,
    /// Told to the customer: the first one is the first response.
    Reply,
    /// An exchange with Microsoft on an escalated case.
    Microsoft,
}

/// The acting staff member's running timer.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct TimerView {
    pub request_id: i64,
    pub number: String,
    pub subject: String,
    pub customer_name: String,
    pub started_at: String,
    /// Whole minutes since it started, at the time asked.
    pub elapsed_minutes: i64,
}

/// "Open now / closed until" from the customer's plan.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct OpenStatusView {
    pub customer_id: i64,
    pub plan_id: i64,
    pub plan_name: String,
    pub no_support: bool,
    pub open: bool,
    /// When it next closes (open) or opens (closed); null if never.
    pub until: Option<String>,
    /// The sentence to show, in the reader's language.
    pub sentence: String,
}

/// Minutes logged for one customer in one month.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct HoursRow {
    pub customer_id: i64,
    pub customer_name: String,
    /// "2026-12".
    pub month: String,
    pub minutes: i64,
    pub billable_minutes: i64,
}

/// Targets met and missed for the requests of one severity opened in the period.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct TargetsRow {
    pub severity: Severity,
    pub requests: i64,
    pub first_response_met: i64,
    pub first_response_missed: i64,
    pub resolution_met: i64,
    pub resolution_missed: i64,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct SupportReport {
    pub from_month: String,
    pub to_month: String,
    pub hours: Vec<HoursRow>,
    pub targets: Vec<TargetsRow>,
}

/// The window's commands on the support desk (see [`crate::window`] for the form of a
/// declaration).
#[macro_export]
macro_rules! support_commands {
    ($m:ident [$($acc:tt)*] $($next:ident)*) => { $crate::next_commands! { $m [$($acc)*
        run {
            /// Every plan with its customers today and its prices in force.
            support_plans_list() -> Vec<$crate::transport_support::PlanRow> = |b, s, _| b.support_plans(s);
            support_plan_get(id: i64) -> $crate::transport_support::PlanView = |b, s, _| b.support_plan(s, id);
            /// `id` null creates the plan; else its terms are replaced.
            support_plan_save(id: Option<i64>, form: $crate::transport_support::PlanForm) -> $crate::transport_support::Created =
                |b, s, _| b.save_support_plan(s, id, &form).map(|id| $crate::transport::Created { id });
            /// A new price from a date: what was billed before keeps its price.
            support_plan_price_add(plan_id: i64, form: $crate::transport_support::PlanPriceForm) -> () =
                |b, s, _| b.add_support_plan_price(s, plan_id, &form);
            /// An archived plan is no longer offered; customers on it keep it.
            support_plan_archive(id: i64, archived: bool) -> () =
                |b, s, _| b.archive_support_plan(s, id, archived);
            support_routes_get() -> Vec<$crate::transport_support::RouteView> = |b, s, w| b.support_routes(s, w.lang);
            /// The routes the partner holds (commercial support is always held).
            support_routes_save(routes: Vec<$crate::transport_support::RouteHeld>) -> () =
                |b, s, _| b.save_support_routes(s, &routes);
            /// The customer's plan from `effective_from` (YYYY-MM-DD; empty for today).
            customer_support_plan_set(customer_id: i64, plan_id: i64, effective_from: String) -> () =
                |b, s, _| b.set_customer_support_plan(s, customer_id, plan_id, &effective_from);
            /// Requests with their countdowns, the closest to breaching first.
            support_queue(filter: $crate::transport_support::QueueFilter) -> Vec<$crate::transport_support::QueueRow> = |b, s, _| b.support_queue(s, &filter);
            support_request_get(id: i64) -> $crate::transport_support::RequestView = |b, s, w| b.support_request(s, id, w.lang);
            /// A billing question naming an invoice holds it in collections until resolved.
            support_request_add(form: $crate::transport_support::RequestForm) -> $crate::transport_support::CreatedRequest =
                |b, s, w| b.add_support_request(s, &form, w.lang);
            /// Moves the request (in progress, waiting on the customer, resolved, closed).
            support_request_state(id: i64, to: $crate::transport_support::RequestState, note: String) -> () =
                |b, s, _| b.move_support_request(s, id, to, &note);
            support_request_note(id: i64, kind: $crate::transport_support::NoteKind, body: String) -> () =
                |b, s, _| b.note_support_request(s, id, kind, &body);
            /// `staff_id` null: assigned to no one.
            support_request_assign(id: i64, staff_id: Option<i64>) -> () =
                |b, s, _| b.assign_support_request(s, id, staff_id);
            /// Opens a case with Microsoft on a route the partner holds.
            support_request_escalate(id: i64, form: $crate::transport_support::EscalationForm) -> () =
                |b, s, _| b.escalate_support_request(s, id, &form);
            support_time_log(form: $crate::transport_support::TimeEntryForm) -> $crate::transport_support::Created =
                |b, s, _| b.log_support_time(s, &form).map(|id| $crate::transport::Created { id });
            /// Starts the acting staff member's timer on a request (one at a time).
            support_timer_start(request_id: i64) -> $crate::transport_support::TimerView =
                |b, s, _| b.start_support_timer(s, request_id);
            /// Stops the timer and logs its time.
            support_timer_stop(billable: bool, note: String) -> $crate::transport_support::Created =
                |b, s, _| b.stop_support_timer(s, billable, &note).map(|id| $crate::transport::Created { id });
            support_timer_get() -> Option<$crate::transport_support::TimerView> = |b, s, _| b.support_timer(s);
            /// Open now or closed until when, from the customer's plan.
            support_open_status(customer_id: i64) -> $crate::transport_support::OpenStatusView =
                |b, s, w| b.support_open_status(s, customer_id, w.lang);
            /// Hours by customer and month, targets met and missed, months YYYY-MM.
            support_report(from_month: String, to_month: String) -> $crate::transport_support::SupportReport =
                |b, s, _| b.support_report(s, &from_month, &to_month);
            /// Open requests within `within_minutes` of service of a breach, or breached.
            support_due_soon(within_minutes: i64) -> Vec<$crate::transport_support::QueueRow> =
                |b, s, _| b.support_due_soon(s, within_minutes);
        }
        shell {}
    ] $($next)* } };
}
