//! How fast due times are computed: 200,000 `add_minutes` of up to two weeks (the
//! support queue recomputes every request's due times after a plan's hours change).
//! A measurement to run by hand, not a test:
//! `cargo run --release -p ardoise-domain --example support_hours_speed`.

use std::hint::black_box;
use std::time::Instant;

use ardoise_domain::support::{
    evaluate, HolidayRules, ServiceCalendar, ServiceRange, Severity, SeverityTarget, SlaInput,
    WeeklyHours,
};
use chrono::{DateTime, Duration, TimeZone, Utc};

const N: usize = 200_000;

/// The same pseudo-random instants and lengths on every run (a linear congruential
/// generator: no dependency for a measurement).
fn cases(max_minutes: i64) -> Vec<(DateTime<Utc>, i64)> {
    let start = Utc.with_ymd_and_hms(2024, 1, 1, 0, 0, 0).unwrap();
    let mut x: u64 = 0x2545_f491_4f6c_dd1d;
    let mut next = || {
        x = x.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1);
        (x >> 33) as i64
    };
    (0..N)
        .map(|_| {
            let from = start + Duration::minutes(next() % (5 * 366 * 1440));
            (from, next() % max_minutes)
        })
        .collect()
}

fn measure(name: &str, cal: &ServiceCalendar, max_minutes: i64) {
    let cases = cases(max_minutes);
    // The best of five: the machine may be busy with something else.
    let mut best = f64::MAX;
    let mut found = 0;
    for _ in 0..5 {
        let began = Instant::now();
        found = 0;
        for (from, minutes) in &cases {
            found += usize::from(black_box(cal.add_minutes(*from, *minutes)).is_some());
        }
        best = best.min(began.elapsed().as_secs_f64() * 1000.0);
    }
    println!(
        "{name}: {N} add_minutes of up to {max_minutes} min in {best:.1} ms ({found} due times)"
    );
}

fn main() {
    let paris = chrono_tz::Europe::Paris;
    let office = ServiceCalendar::new(
        paris,
        &WeeklyHours::weekdays(&[
            ServiceRange {
                start: 540,
                end: 750,
            },
            ServiceRange {
                start: 840,
                end: 1080,
            },
        ]),
        &HolidayRules {
            french: true,
            alsace_moselle: true,
            closed_days: Vec::new(),
        },
    );
    // Two weeks of an office's service (2 × 37 h 30), two weeks around the clock.
    measure("office hours, Paris", &office, 2 * 5 * 450);
    let around = ServiceCalendar::new(
        paris,
        &WeeklyHours::around_the_clock(),
        &HolidayRules::default(),
    );
    measure("around the clock, Paris", &around, 14 * 1440);

    let target = SeverityTarget {
        severity: Severity::Normal,
        first_response_minutes: 240,
        resolution_minutes: 2 * 5 * 450,
        around_the_clock: false,
    };
    let cases = cases(30 * 1440);
    let began = Instant::now();
    let mut breached = 0;
    for (opened_at, age) in cases.iter().take(5_000) {
        let input = SlaInput {
            opened_at: *opened_at,
            first_response_at: None,
            resolved_at: None,
            pauses: &[],
        };
        let now = *opened_at + Duration::minutes(*age);
        let sla = black_box(evaluate(&office, &target, &input, now));
        breached += usize::from(sla.resolution.breached);
    }
    println!(
        "queue: 5000 requests' two clocks at up to 30 days of age in {:.1} ms ({breached} breached)",
        began.elapsed().as_secs_f64() * 1000.0
    );
}
