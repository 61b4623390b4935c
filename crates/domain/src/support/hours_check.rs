//! What can be wrong with a plan's weekly hours, found before the plan is saved: a range
//! outside the day, a range ending before it starts, two ranges of a day overlapping.

use super::hours::WeeklyHours;
use crate::problem::{FieldError, Invalid, Problem};

/// Every range at fault, named `days[D][I]` as the hours are sent (`days[0]` is Monday).
/// Ranges that only touch (9:00–12:00 and 12:00–14:00) do not overlap.
pub fn check_hours(hours: &WeeklyHours) -> Result<(), Invalid> {
    let mut errors: Vec<(usize, usize, Problem)> = Vec::new();
    for (d, ranges) in hours.days.iter().enumerate() {
        let mut sound: Vec<(usize, u16, u16)> = Vec::new();
        for (i, r) in ranges.iter().enumerate() {
            let problem = if r.start > 1440 || r.end > 1440 {
                Some(Problem::HoursOutsideDay)
            } else if r.start >= r.end {
                Some(Problem::HoursReversed)
            } else {
                None
            };
            match problem {
                Some(problem) => errors.push((d, i, problem)),
                None => sound.push((i, r.start, r.end)),
            }
        }
        // Each range that overlaps one before it (in the order typed) is at fault, and
        // the message names the earlier one.
        for (k, &(i, start, end)) in sound.iter().enumerate() {
            if let Some(&(_, s, e)) = sound[..k].iter().find(|(_, s, e)| start < *e && *s < end) {
                errors.push((d, i, Problem::HoursOverlap { start: s, end: e }));
            }
        }
    }
    if errors.is_empty() {
        return Ok(());
    }
    errors.sort_by_key(|(d, i, _)| (*d, *i));
    Err(Invalid(
        errors
            .into_iter()
            .map(|(d, i, problem)| FieldError {
                field: format!("days[{d}][{i}]"),
                problem,
            })
            .collect(),
    ))
}
