//! The support desk: the published support offer (plans), requests and their service-hour
//! clocks, escalation to Microsoft, and billable time.
//!
//! Invariant: as for the whole domain, no I/O and no clock. Instants are `DateTime<Utc>`
//! passed in; a plan's time zone turns them into its local service hours.

pub mod billable;
pub mod hours;
pub mod kinds;
pub mod plan;

pub use billable::{billable_time, BillableTime, EntryCount, TimeTerms, WorkedTime};
pub use hours::{HolidayRules, ServiceRange, WeeklyHours};
pub use kinds::{Category, Channel, DeliveredBy, RequestState, Rounding, Route, Severity};
pub use plan::{PlanPrice, PlanTerms, SeverityTarget, SupportPlan};
