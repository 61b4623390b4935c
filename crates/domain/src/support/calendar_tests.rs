use chrono::TimeZone;

use super::*;
use crate::support::hours::ServiceRange;

fn paris() -> Tz {
    chrono_tz::Europe::Paris
}

fn office() -> ServiceCalendar {
    let hours = WeeklyHours::weekdays(&[
        ServiceRange {
            start: 540,
            end: 750,
        },
        ServiceRange {
            start: 840,
            end: 1080,
        },
    ]);
    let rules = HolidayRules {
        french: true,
        ..HolidayRules::default()
    };
    ServiceCalendar::new(paris(), &hours, &rules)
}

fn at(y: i32, m: u32, d: u32, h: u32, min: u32) -> DateTime<Utc> {
    paris()
        .with_ymd_and_hms(y, m, d, h, min, 0)
        .earliest()
        .unwrap()
        .with_timezone(&Utc)
}

#[test]
fn an_office_week() {
    let cal = office();
    // Friday 2026-05-22 17:00 + 2 h: one hour on Friday, Whit Monday closed, Tuesday 10:00.
    assert_eq!(
        cal.add_minutes(at(2026, 5, 22, 17, 0), 120),
        Some(at(2026, 5, 26, 10, 0))
    );
    assert!(cal.is_open(at(2026, 5, 22, 9, 0)));
    assert!(!cal.is_open(at(2026, 5, 22, 12, 30)));
    assert!(!cal.is_open(at(2026, 5, 25, 10, 0)));
    assert_eq!(
        cal.minutes_between(at(2026, 5, 22, 17, 0), at(2026, 5, 26, 10, 0)),
        120
    );
}
