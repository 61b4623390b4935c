//! The support desk: the published support offer (plans), requests and their service-hour
//! clocks, escalation to Microsoft, and billable time.
//!
//! Invariant: as for the whole domain, no I/O and no clock. Instants are `DateTime<Utc>`
//! passed in; a plan's time zone turns them into its local service hours.

pub mod billable;
pub mod calendar;
mod closed;
pub mod holidays;
pub mod hours;
pub mod hours_check;
pub mod kinds;
mod offsets;
pub mod open_status;
pub mod plan;
pub mod plan_form;
pub mod problems;
pub mod request;
pub mod request_form;
pub mod sla;
pub mod time_form;
pub mod timer_cut;

pub use billable::{billable_time, BillableTime, EntryCount, TimeTerms, WorkedTime};
pub use calendar::{parse_zone, ClosedDay, ServiceCalendar};
pub use holidays::{easter_sunday, french_holidays, Holiday};
pub use hours::{HolidayRules, ServiceRange, WeeklyHours};
pub use hours_check::check_hours;
pub use kinds::{
    Category, Channel, DeliveredBy, EventKind, RequestState, Rounding, Route, Severity,
};
pub use open_status::OpenStatus;
pub use plan::{PlanPrice, PlanTerms, SeverityTarget, SupportPlan};
pub use plan_form::{PlanForm, PlanPriceForm, RangeForm, TargetForm};
pub use problems::SupportProblem;
pub use request_form::{Escalation, EscalationForm, NewRequest, RequestForm};
pub use sla::{evaluate, Pause, Sla, SlaInput, Target};
pub use time_form::{TimeEntry, TimeEntryForm};
