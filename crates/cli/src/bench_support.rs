//! `ardoise bench support`: the support queue with its countdowns, and every request's
//! due times computed again after a plan's hours change, on a book of years of requests.

use std::sync::Arc;
use std::time::Instant;

use ardoise_app::demo::DemoOptions;
use ardoise_app::domain::support::{
    PlanForm, PlanPriceForm, RangeForm, RequestState, Rounding, Severity, TargetForm,
};
use ardoise_app::scale_support::SupportScale;
use ardoise_app::transport_support::QueueFilter;
use ardoise_app::{Ardoise, SystemClock};

fn ms(since: Instant) -> f64 {
    since.elapsed().as_secs_f64() * 1000.0
}

fn median(mut xs: Vec<f64>) -> f64 {
    xs.sort_by(|a, b| a.total_cmp(b));
    xs[xs.len() / 2]
}

fn best(xs: &[f64]) -> f64 {
    xs.iter().copied().fold(f64::MAX, f64::min)
}

fn ranges(spec: &[(&str, &str)]) -> Vec<RangeForm> {
    spec.iter()
        .map(|(start, end)| RangeForm {
            start: start.to_string(),
            end: end.to_string(),
        })
        .collect()
}

/// A plan as a partner publishes it: weekdays in two ranges, French holidays, critical
/// around the clock.
fn plan_form(name: &str, weekday: &[(&str, &str)], saturday: &[(&str, &str)]) -> PlanForm {
    let target = |severity, first: &str, resolution: &str, around_the_clock| TargetForm {
        severity,
        first_response_hours: first.into(),
        resolution_hours: resolution.into(),
        around_the_clock,
    };
    PlanForm {
        name: name.into(),
        no_support: false,
        covered_fr: String::new(),
        covered_en: String::new(),
        not_covered_fr: String::new(),
        not_covered_en: String::new(),
        time_zone: "Europe/Paris".into(),
        hours: (0..7)
            .map(|d| match d {
                0..=4 => ranges(weekday),
                5 => ranges(saturday),
                _ => Vec::new(),
            })
            .collect(),
        french_holidays: true,
        alsace_moselle: false,
        closed_days: Vec::new(),
        phone: String::new(),
        email: String::new(),
        portal_url: String::new(),
        targets: vec![
            target(Severity::Critical, "1", "4", true),
            target(Severity::High, "2", "8", false),
            target(Severity::Normal, "4", "16", false),
            target(Severity::Low, "8", "40", false),
        ],
        escalation_routes: Vec::new(),
        delivered_by: ardoise_app::domain::support::DeliveredBy::OwnTeam,
        provider_name: String::new(),
        provider_contact: String::new(),
    }
}

pub fn run(customers: usize, requests: usize, open: usize) -> ardoise_app::Result<()> {
    let dir = std::env::temp_dir().join(format!("ardoise-bench-sup-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    let path = dir.join("bench.db");
    let mut book = Ardoise::open(&path, Arc::new(SystemClock::from_env()))?;
    let s = book.admin_session()?;
    let t = Instant::now();
    book.seed_demo(
        &s,
        DemoOptions {
            customers,
            seed: 1,
            subscriptions_per_customer: Some(0),
            history_months: 0,
        },
    )?;
    let morning_afternoon = [("09:00", "12:30"), ("14:00", "18:00")];
    let plan_id = book.save_support_plan(&s, None, &plan_form("Banc", &morning_afternoon, &[]))?;
    book.add_support_plan_price(
        &s,
        plan_id,
        &PlanPriceForm {
            currency: "EUR".into(),
            effective_from: "2000-01-01".into(),
            monthly_fee: "150".into(),
            hourly_rate: "90".into(),
            included_hours: "2".into(),
            increment_minutes: "15".into(),
            minimum_minutes: "0".into(),
            rounding: Rounding::PerEntry,
            cost_monthly: String::new(),
            cost_hourly: String::new(),
        },
    )?;
    let h = book.generate_support_history(
        &s,
        SupportScale {
            plan_id,
            requests,
            open,
            seed: 1,
        },
    )?;
    let size = std::fs::metadata(&path).map(|m| m.len()).unwrap_or(0);
    outln!(
        "scale: {} customers, {} requests of which {} open; book {:.0} MB, generated in {:.1} s",
        h.customers,
        h.requests,
        h.open,
        size as f64 / 1e6,
        ms(t) / 1000.0
    );

    // The queue as the support page and `support requests list` ask for it: every open
    // request with its two clocks evaluated now, sorted by time left. The first run warms
    // SQLite's page cache, as a second look at the screen would.
    let queue = QueueFilter::default();
    let _ = book.support_queue(&s, &queue)?;
    let mut runs = Vec::new();
    let mut rows = 0;
    let mut late = 0;
    for _ in 0..9 {
        let t = Instant::now();
        let q = book.support_queue(&s, &queue)?;
        runs.push(ms(t));
        rows = q.len();
        late = q.iter().filter(|r| r.breached).count();
    }
    outln!(
        "queue with countdowns: {rows} open requests ({late} late) in median {:.1} ms, best {:.1} ms over {} runs (goal ≤ 50 ms)",
        median(runs.clone()),
        best(&runs),
        runs.len()
    );

    // The plan's hours change (a longer day, Saturday mornings): no due time is stored,
    // so every request's clocks are computed again from the new calendar the next time
    // they are read. Timed: the change itself, then reading all requests' due times.
    let t = Instant::now();
    book.save_support_plan(
        &s,
        Some(plan_id),
        &plan_form(
            "Banc",
            &[("08:30", "12:30"), ("13:30", "19:00")],
            &[("09:00", "12:00")],
        ),
    )?;
    let change_ms = ms(t);
    // Through the read made for it: only what the clocks are made of, each plan's
    // calendar built once, every request in id order.
    let due_times = |plan: Option<i64>| -> ardoise_app::Result<(Vec<f64>, usize, usize)> {
        let mut runs = Vec::new();
        let (mut all, mut missed) = (0, 0);
        for _ in 0..9 {
            let t = Instant::now();
            let d = book.support_due_times(&s, plan)?;
            runs.push(ms(t));
            all = d.len();
            missed = d
                .iter()
                .filter(|r| {
                    r.sla
                        .is_some_and(|s| s.first_response.breached || s.resolution.breached)
                })
                .count();
        }
        Ok((runs, all, missed))
    };
    let (runs, all, missed) = due_times(None)?;
    outln!(
        "plan hours changed in {change_ms:.1} ms; due times of all {all} requests computed again (support_due_times, every plan) in median {:.0} ms, best {:.0} ms over {} runs, {missed} with a target missed (goal ≤ 300 ms)",
        median(runs.clone()),
        best(&runs),
        runs.len()
    );
    let (runs, of_plan, _) = due_times(Some(plan_id))?;
    outln!(
        "  the changed plan's {of_plan} requests alone (support_due_times, one plan): median {:.0} ms, best {:.0} ms",
        median(runs.clone()),
        best(&runs),
    );
    // The same clocks through the queue's read, for comparison: every column of every
    // request, every change of state, then sorted by time left.
    let every = QueueFilter {
        states: RequestState::ALL.to_vec(),
        ..QueueFilter::default()
    };
    let mut runs = Vec::new();
    let mut all = 0;
    let mut missed = 0;
    for _ in 0..3 {
        let t = Instant::now();
        let q = book.support_queue(&s, &every)?;
        runs.push(ms(t));
        all = q.len();
        missed = q.iter().filter(|r| r.breached).count();
    }
    outln!(
        "  for comparison, through the queue over every state: {all} requests in median {:.0} ms, best {:.0} ms over {} runs, {missed} with a target missed",
        median(runs.clone()),
        best(&runs),
        runs.len()
    );
    drop(book);
    if std::env::var_os("ARDOISE_BENCH_KEEP").is_some() {
        outln!("book kept in {}", dir.display());
    } else {
        let _ = std::fs::remove_dir_all(&dir);
    }
    Ok(())
}
