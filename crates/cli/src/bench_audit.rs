//! `ardoise bench audit`: the journal page over an audit log of 1,000,000 entries (goal:
//! each filtered page ≤ 100 ms). The book has demo customers and a few people; entries
//! are written in bulk, chained. Each page is timed five times; the median is printed.

use std::sync::Arc;
use std::time::Instant;

use ardoise_app::demo::DemoOptions;
use ardoise_app::domain::Lang;
use ardoise_app::transport_audit::{AuditFilter, AuditKind};
use ardoise_app::{Ardoise, SystemClock};

use crate::bench::ms;

pub fn run(entries: u64, customers: usize) -> ardoise_app::Result<()> {
    let dir = std::env::temp_dir().join(format!("ardoise-bench-audit-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    let path = dir.join("bench.db");
    let mut book = Ardoise::open(&path, Arc::new(SystemClock::from_env()))?;
    let s = book.admin_session()?;
    book.seed_demo(
        &s,
        DemoOptions {
            customers,
            seed: 1,
            subscriptions_per_customer: Some(1),
            history_months: 0,
        },
    )?;
    let t = Instant::now();
    let people = book.generate_audit_log(&s, entries, 6)?;
    outln!(
        "book: {entries} audit entries by {} people about {customers} customers, written in {:.0} ms ({})",
        people.len(),
        ms(t),
        path.display()
    );
    let today = book.today();
    let month_ago = today - chrono::Duration::days(30);
    let year_ago = today - chrono::Duration::days(400);
    let day = |d: chrono::NaiveDate| Some(d.to_string());
    let filters: Vec<(&str, AuditFilter)> = vec![
        ("no filter", AuditFilter::default()),
        (
            "person (writes half)",
            AuditFilter {
                staff_id: Some(people[0]),
                ..Default::default()
            },
        ),
        (
            "person (writes a tenth)",
            AuditFilter {
                staff_id: Some(people[people.len() - 1]),
                ..Default::default()
            },
        ),
        (
            "customer",
            AuditFilter {
                customer_id: Some(7),
                ..Default::default()
            },
        ),
        (
            "kind (invoices)",
            AuditFilter {
                kind: Some(AuditKind::Invoice),
                ..Default::default()
            },
        ),
        (
            "kind (staff)",
            AuditFilter {
                kind: Some(AuditKind::Staff),
                ..Default::default()
            },
        ),
        (
            "dates (last 30 days)",
            AuditFilter {
                from: day(month_ago),
                to: day(today),
                ..Default::default()
            },
        ),
        (
            "dates (a month a year ago)",
            AuditFilter {
                from: day(year_ago),
                to: day(year_ago + chrono::Duration::days(30)),
                ..Default::default()
            },
        ),
        (
            "person + kind + dates",
            AuditFilter {
                staff_id: Some(people[1]),
                kind: Some(AuditKind::Payment),
                from: day(year_ago),
                to: day(today),
                ..Default::default()
            },
        ),
        (
            "customer + person",
            AuditFilter {
                customer_id: Some(7),
                staff_id: Some(people[2]),
                ..Default::default()
            },
        ),
    ];
    for (name, f) in &filters {
        let mut times = Vec::new();
        let mut shown = 0;
        for _ in 0..5 {
            let t = Instant::now();
            let page = book.audit_entries(&s, f, Lang::Fr)?;
            times.push(ms(t));
            shown = page.entries.len();
        }
        times.sort_by(f64::total_cmp);
        outln!(
            "page filtered by {name}: {:.1} ms median ({:.1}–{:.1}), {shown} entries (goal ≤ 100 ms)",
            times[2],
            times[0],
            times[4]
        );
    }
    // The next page of the busiest filter: keyset, as quick as the first.
    let first = book.audit_entries(&s, &filters[1].1, Lang::Fr)?;
    let t = Instant::now();
    let next = AuditFilter {
        before_id: first.next_before,
        ..filters[1].1.clone()
    };
    let page = book.audit_entries(&s, &next, Lang::Fr)?;
    outln!(
        "next page of person (writes half): {:.1} ms, {} entries",
        ms(t),
        page.entries.len()
    );
    let _ = std::fs::remove_dir_all(&dir);
    Ok(())
}
