//! A request's life: which moves between states the desk makes, what a closed request
//! refuses, its number, and the pauses its clocks take while waiting on the customer.

use chrono::{DateTime, Utc};

use super::kinds::{RequestState, Route};
use super::problems::SupportProblem;

/// Whether a request may move from `from` to `to` with a state change. Closed is final;
/// a resolved request may be reopened (in progress) or closed; an open request may go to
/// any other open state or be resolved or closed. Escalation has its own use case (a
/// route and a case number); nothing goes back to new.
pub fn check_move(from: RequestState, to: RequestState) -> Result<(), SupportProblem> {
    use RequestState::*;
    let allowed = match (from, to) {
        (Closed, _) => return Err(SupportProblem::RequestClosed),
        (_, New) => false,
        (a, b) if a == b => false,
        (Resolved, InProgress | Closed) => true,
        (Resolved, _) => false,
        (_, Escalated) => false,
        _ => true,
    };
    if allowed {
        Ok(())
    } else {
        Err(SupportProblem::MoveNotAllowed { from, to })
    }
}

/// Escalating to Microsoft: from any open state, on a route the partner holds.
pub fn check_escalation(
    state: RequestState,
    route: Route,
    held: &[Route],
) -> Result<(), (&'static str, SupportProblem)> {
    if state == RequestState::Closed {
        return Err(("state", SupportProblem::RequestClosed));
    }
    if state == RequestState::Resolved {
        return Err((
            "state",
            SupportProblem::MoveNotAllowed {
                from: state,
                to: RequestState::Escalated,
            },
        ));
    }
    if !route.always_held() && !held.contains(&route) {
        return Err(("route", SupportProblem::RouteNotHeld { route }));
    }
    Ok(())
}

/// Time is logged, notes added and timers run on any request but a closed one.
pub fn check_workable(state: RequestState) -> Result<(), SupportProblem> {
    if state == RequestState::Closed {
        Err(SupportProblem::RequestClosed)
    } else {
        Ok(())
    }
}

/// `S-2026-00042`: the 42nd request of 2026.
pub fn request_number(year: i32, sequence: i64) -> String {
    format!("S-{year}-{sequence:05}")
}

/// The year and sequence of a request number, to find the next one.
pub fn parse_request_number(number: &str) -> Option<(i32, i64)> {
    let rest = number.strip_prefix("S-")?;
    let (year, seq) = rest.split_once('-')?;
    Some((year.parse().ok()?, seq.parse().ok()?))
}

/// A change of state at an instant, from the request's timeline.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct StateChange {
    pub at: DateTime<Utc>,
    pub from: RequestState,
    pub to: RequestState,
}

/// The intervals spent waiting on the customer, in order; the last is open (`None`)
/// while the request still waits.
pub fn waiting_intervals(changes: &[StateChange]) -> Vec<(DateTime<Utc>, Option<DateTime<Utc>>)> {
    let mut out: Vec<(DateTime<Utc>, Option<DateTime<Utc>>)> = Vec::new();
    for c in changes {
        let was = c.from.pauses_clock();
        let is = c.to.pauses_clock();
        if !was && is {
            out.push((c.at, None));
        } else if was && !is {
            if let Some(last) = out.last_mut().filter(|l| l.1.is_none()) {
                last.1 = Some(c.at);
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use RequestState::*;

    #[test]
    fn closed_is_final_and_nothing_goes_back_to_new() {
        for to in RequestState::ALL {
            assert_eq!(check_move(Closed, *to), Err(SupportProblem::RequestClosed));
            if *to != Closed {
                assert!(check_move(*to, New).is_err(), "{to:?} → new");
            }
        }
        assert!(check_move(New, InProgress).is_ok());
        assert!(check_move(InProgress, WaitingOnCustomer).is_ok());
        assert!(check_move(WaitingOnCustomer, InProgress).is_ok());
        assert!(check_move(Escalated, Resolved).is_ok());
        assert!(check_move(Resolved, InProgress).is_ok());
        assert!(check_move(Resolved, Closed).is_ok());
        assert!(check_move(Resolved, WaitingOnCustomer).is_err());
        assert!(check_move(InProgress, Escalated).is_err());
        assert!(check_move(InProgress, InProgress).is_err());
        assert!(check_workable(Closed).is_err());
        assert!(check_workable(Resolved).is_ok());
    }

    #[test]
    fn only_held_routes_escalate() {
        let held = [Route::PartnerCloud];
        assert!(check_escalation(InProgress, Route::Commercial, &[]).is_ok());
        assert!(check_escalation(InProgress, Route::PartnerCloud, &held).is_ok());
        assert_eq!(
            check_escalation(New, Route::PremierSupport, &held),
            Err((
                "route",
                SupportProblem::RouteNotHeld {
                    route: Route::PremierSupport
                }
            ))
        );
        assert_eq!(
            check_escalation(Closed, Route::Commercial, &held).map_err(|e| e.1),
            Err(SupportProblem::RequestClosed)
        );
    }

    #[test]
    fn numbers_read_back() {
        assert_eq!(request_number(2026, 42), "S-2026-00042");
        assert_eq!(parse_request_number("S-2026-00042"), Some((2026, 42)));
        assert_eq!(parse_request_number("S-2026-123456"), Some((2026, 123456)));
        assert_eq!(parse_request_number("F2026-00042"), None);
    }

    proptest::proptest! {
        /// Whatever moves are tried, in whatever order: closed stays closed, nothing goes
        /// back to new, and the waits on the customer are ordered, disjoint intervals
        /// of which only the last may still be open.
        #[test]
        fn any_walk_keeps_the_rules(moves in proptest::collection::vec(0usize..6, 0..40)) {
            let t0 = DateTime::parse_from_rfc3339("2026-12-01T08:00:00Z").unwrap().with_timezone(&Utc);
            let mut state = New;
            let mut changes = Vec::new();
            for (i, m) in moves.iter().enumerate() {
                let to = RequestState::ALL[*m];
                let was_closed = state == Closed;
                if check_move(state, to).is_ok() {
                    proptest::prop_assert!(!was_closed && to != New);
                    changes.push(StateChange { at: t0 + chrono::Duration::hours(i as i64), from: state, to });
                    state = to;
                }
            }
            let waits = waiting_intervals(&changes);
            for (k, w) in waits.iter().enumerate() {
                match w.1 {
                    Some(end) => proptest::prop_assert!(w.0 < end),
                    None => proptest::prop_assert_eq!(k, waits.len() - 1),
                }
                if let Some(next) = waits.get(k + 1) {
                    proptest::prop_assert!(w.1.is_some_and(|end| end <= next.0));
                }
            }
            proptest::prop_assert_eq!(waits.last().is_some_and(|w| w.1.is_none()), state == WaitingOnCustomer);
        }
    }

    #[test]
    fn waiting_intervals_open_and_close() {
        let t = |h: u32| {
            DateTime::parse_from_rfc3339(&format!("2026-12-01T{h:02}:00:00Z"))
                .unwrap()
                .with_timezone(&Utc)
        };
        let ch = |h, from, to| StateChange { at: t(h), from, to };
        let changes = [
            ch(9, New, InProgress),
            ch(10, InProgress, WaitingOnCustomer),
            ch(12, WaitingOnCustomer, InProgress),
            ch(13, InProgress, WaitingOnCustomer),
        ];
        assert_eq!(
            waiting_intervals(&changes),
            vec![(t(10), Some(t(12))), (t(13), None)]
        );
    }
}
