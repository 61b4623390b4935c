//! `ardoise bench`: figures at a stated scale, printed, never asserted. Build in release
//! (`cargo run --release -p ardoise-cli -- bench invoicing`) for figures worth reading.

use std::sync::Arc;
use std::time::Instant;

use ardoise_app::demo::DemoOptions;
use ardoise_app::domain::Lang;
use ardoise_app::{Ardoise, CancelFlag, SystemClock};

use crate::args::BenchCmd;

pub(crate) fn ms(since: Instant) -> f64 {
    since.elapsed().as_secs_f64() * 1000.0
}

pub fn run(cmd: &BenchCmd) -> ardoise_app::Result<()> {
    match cmd {
        BenchCmd::Invoicing {
            customers,
            subscriptions_per_customer,
            pdfs,
        } => invoicing(*customers, *subscriptions_per_customer, *pdfs),
        BenchCmd::Statements {
            customers,
            invoices_per_customer,
            statements,
        } => crate::bench_statements::run(*customers, *invoices_per_customer, *statements),
        BenchCmd::Backup {
            customers,
            invoices_per_customer,
            statements,
            subscriptions_per_customer,
        } => crate::bench_backup::run(
            *customers,
            *invoices_per_customer,
            *statements,
            *subscriptions_per_customer,
        ),
        BenchCmd::Collections {
            customers,
            invoices_per_customer,
        } => crate::bench_statements::collections(*customers, *invoices_per_customer),
        BenchCmd::Support {
            customers,
            requests,
            open,
        } => crate::bench_support::run(*customers, *requests, *open),
        BenchCmd::Bank {
            customers,
            invoices_per_customer,
            lines,
        } => crate::bench_bank::run(*customers, *invoices_per_customer, *lines),
        BenchCmd::Login { sign_ins } => crate::bench_login::run(*sign_ins),
        BenchCmd::Audit { entries, customers } => crate::bench_audit::run(*entries, *customers),
        BenchCmd::PartnerCenter {
            rows,
            seed,
            file,
            python,
        } => crate::bench_partner_center::run(*rows, *seed, file.as_deref(), python),
    }
}

fn invoicing(
    customers: usize,
    subscriptions_per_customer: usize,
    pdfs: usize,
) -> ardoise_app::Result<()> {
    let dir = std::env::temp_dir().join(format!("ardoise-bench-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    let path = dir.join("bench.db");
    let mut book = Ardoise::open(&path, Arc::new(SystemClock::from_env()))?;
    let s = book.admin_session()?;
    let period = book.today().format("%Y-%m").to_string();

    let t = Instant::now();
    let demo = book.seed_demo(
        &s,
        DemoOptions {
            customers,
            seed: 1,
            subscriptions_per_customer: Some(subscriptions_per_customer),
            history_months: 0,
        },
    )?;
    outln!(
        "scale: {} customers, {} subscriptions (book generated in {:.0} ms, {})",
        demo.customers,
        demo.subscriptions,
        ms(t),
        path.display()
    );

    let t = Instant::now();
    let run = book.bill(&s, &period, Lang::Fr, &|_| {}, &CancelFlag::default())?;
    let bill_ms = ms(t);
    let lines: usize = run.drafted.len();
    outln!(
        "billing run {period}: {:.0} ms for {} drafts (read, compute, write in one transaction; goal ≤ 3000 ms)",
        bill_ms, lines
    );

    let ids: Vec<i64> = run.drafted.iter().map(|r| r.id).collect();
    let t = Instant::now();
    book.issue_invoices(&s, &ids)?;
    outln!("issuing {} invoices: {:.0} ms", ids.len(), ms(t));

    let sample: Vec<i64> = ids.iter().copied().take(pdfs).collect();
    let t = Instant::now();
    let mut bytes = 0usize;
    let mut largest = 0usize;
    for id in &sample {
        let (_, pdf) = book.invoice_pdf(&s, *id)?;
        bytes += pdf.len();
        largest = largest.max(pdf.len());
    }
    let total = ms(t);
    let n = sample.len().max(1) as f64;
    outln!(
        "invoice PDFs: {} in {:.0} ms: {:.2} ms each (read + render), {:.0} per second; {:.1} KB average, {:.1} KB largest (goals ≤ 5 ms, ≤ 60 KB)",
        sample.len(),
        total,
        total / n,
        1000.0 * n / total.max(f64::EPSILON),
        bytes as f64 / n / 1024.0,
        largest as f64 / 1024.0
    );
    drop(book);
    let _ = std::fs::remove_dir_all(&dir);
    Ok(())
}
