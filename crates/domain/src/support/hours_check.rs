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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::support::hours::ServiceRange;
    use crate::Lang;

    fn r(start: u16, end: u16) -> ServiceRange {
        ServiceRange { start, end }
    }

    #[test]
    fn sound_hours_pass() {
        assert_eq!(check_hours(&WeeklyHours::around_the_clock()), Ok(()));
        assert_eq!(check_hours(&WeeklyHours::default()), Ok(()));
        let touching = WeeklyHours::weekdays(&[r(540, 720), r(720, 1440), r(0, 60)]);
        assert_eq!(check_hours(&touching), Ok(()));
    }

    #[test]
    fn every_range_at_fault_is_named() {
        let mut hours = WeeklyHours::weekdays(&[r(540, 750), r(840, 1080)]);
        hours.days[1] = vec![r(540, 750), r(700, 800), r(600, 1500), r(900, 900)];
        hours.days[6] = vec![r(1080, 840)];
        let Err(Invalid(errors)) = check_hours(&hours) else {
            panic!("refused");
        };
        let found: Vec<(&str, &Problem)> = errors
            .iter()
            .map(|e| (e.field.as_str(), &e.problem))
            .collect();
        assert_eq!(
            found,
            [
                (
                    "days[1][1]",
                    &Problem::HoursOverlap {
                        start: 540,
                        end: 750
                    }
                ),
                ("days[1][2]", &Problem::HoursOutsideDay),
                ("days[1][3]", &Problem::HoursReversed),
                ("days[6][0]", &Problem::HoursReversed),
            ]
        );
        assert_eq!(
            errors[0].problem.message(Lang::Fr),
            "Cette plage chevauche celle de 9:00 à 12:30 le même jour."
        );
        assert_eq!(
            errors[0].problem.message(Lang::En),
            "This range overlaps the one from 9:00 to 12:30 on the same day."
        );
    }
}
