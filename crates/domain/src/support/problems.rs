//! What can be wrong with what a support agent typed or asked for, beyond the general
//! problems of `crate::problem`. Data only; the sentences are in `support.ftl`.

use super::kinds::{RequestState, Route};
use crate::words::tr;
use crate::Lang;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SupportProblem {
    /// Not a time of day written HH:MM (24:00 allowed as an end).
    NotATime,
    /// A plan with support but no hours of service at all: its clocks would never run.
    NoHours,
    /// A duration of service typed as hours: "4", "4:30", "1,5".
    NotADuration,
    /// The resolution target is shorter than the first-response target.
    ResolutionBeforeResponse,
    /// A severity has no target in a plan with support.
    TargetMissing,
    /// A web address that does not start with https:// or http://, or holds a space.
    NotAUrl,
    /// A Microsoft route the partner does not declare it holds.
    RouteNotHeld {
        route: Route,
    },
    /// The request is closed: nothing more is done on it.
    RequestClosed,
    /// A move between two states that the desk does not make.
    MoveNotAllowed {
        from: RequestState,
        to: RequestState,
    },
    /// An end before (or at) its start.
    EndBeforeStart,
    /// A time entry longer than a day.
    EntryTooLong,
    /// An invoice or subscription that is not the request's customer's.
    NotTheCustomers,
    /// Only an open request's time is timed.
    TimerAlreadyRunning,
    NoTimerRunning,
    /// A request is not closed while someone's timer runs on it: its time would be lost.
    TimerRunningOnIt,
    /// An archived plan is no longer given to customers.
    PlanArchived,
    /// An instant written other than as RFC 3339 (2026-12-04T09:30:00+01:00).
    NotAnInstant,
    /// An instant after now (a request cannot be opened tomorrow).
    InTheFuture,
    /// Time that overlaps time the same staff member already logged.
    OverlapsOtherTime,
    /// Time, or an escalation, before the request was opened.
    BeforeOpened,
    /// A date before 2000: the book holds nothing older.
    TooOld,
    /// A Microsoft route the request's plan does not give access to.
    RouteNotInPlan {
        route: Route,
    },
    /// Whether a plan gives support is set when it is created.
    NoSupportFixed,
    /// The built-in "no support" plan stays as it is, without prices.
    NoSupportPlanFixed,
}

impl SupportProblem {
    pub fn message(&self, lang: Lang) -> String {
        use SupportProblem::*;
        match self {
            NotATime => tr!(lang, SUPPORT_PROBLEM_NOT_A_TIME),
            NoHours => tr!(lang, SUPPORT_PROBLEM_NO_HOURS),
            NotADuration => tr!(lang, SUPPORT_PROBLEM_NOT_A_DURATION),
            ResolutionBeforeResponse => tr!(lang, SUPPORT_PROBLEM_RESOLUTION_BEFORE_RESPONSE),
            TargetMissing => tr!(lang, SUPPORT_PROBLEM_TARGET_MISSING),
            NotAUrl => tr!(lang, SUPPORT_PROBLEM_NOT_A_URL),
            RouteNotHeld { route } => {
                tr!(
                    lang,
                    SUPPORT_PROBLEM_ROUTE_NOT_HELD,
                    route = route.name(lang)
                )
            }
            RequestClosed => tr!(lang, SUPPORT_PROBLEM_REQUEST_CLOSED),
            MoveNotAllowed { from, to } => tr!(
                lang,
                SUPPORT_PROBLEM_MOVE_NOT_ALLOWED,
                from = from.name(lang),
                to = to.name(lang)
            ),
            EndBeforeStart => tr!(lang, SUPPORT_PROBLEM_END_BEFORE_START),
            EntryTooLong => tr!(lang, SUPPORT_PROBLEM_ENTRY_TOO_LONG),
            NotTheCustomers => tr!(lang, SUPPORT_PROBLEM_NOT_THE_CUSTOMERS),
            TimerAlreadyRunning => tr!(lang, SUPPORT_PROBLEM_TIMER_ALREADY_RUNNING),
            NoTimerRunning => tr!(lang, SUPPORT_PROBLEM_NO_TIMER_RUNNING),
            TimerRunningOnIt => tr!(lang, SUPPORT_PROBLEM_TIMER_RUNNING_ON_IT),
            PlanArchived => tr!(lang, SUPPORT_PROBLEM_PLAN_ARCHIVED),
            NotAnInstant => tr!(lang, SUPPORT_PROBLEM_NOT_AN_INSTANT),
            InTheFuture => tr!(lang, SUPPORT_PROBLEM_IN_THE_FUTURE),
            OverlapsOtherTime => tr!(lang, SUPPORT_GUARD_OVERLAPS_OTHER_TIME),
            BeforeOpened => tr!(lang, SUPPORT_GUARD_BEFORE_OPENED),
            TooOld => tr!(lang, SUPPORT_GUARD_TOO_OLD),
            RouteNotInPlan { route } => tr!(
                lang,
                SUPPORT_GUARD_ROUTE_NOT_IN_PLAN,
                route = route.name(lang)
            ),
            NoSupportFixed => tr!(lang, SUPPORT_GUARD_NO_SUPPORT_FIXED),
            NoSupportPlanFixed => tr!(lang, SUPPORT_GUARD_NO_SUPPORT_PLAN_FIXED),
        }
    }
}
