//! `ardoise bench statements`: the aging report and statements on a book with years of
//! history, and the same statement printed by headless Chromium for comparison.

use std::path::Path;
use std::process::Command;
use std::sync::Arc;
use std::time::Instant;

use ardoise_app::demo::DemoOptions;
use ardoise_app::scale::HistoryScale;
use ardoise_app::transport_statements::{BatchRequest, StatementRequest, StatementSelection};
use ardoise_app::{Ardoise, CancelFlag, SystemClock};
use chrono::{Datelike, Months};

use crate::bench::ms;
use crate::bench_html::statement_html;

fn median(mut xs: Vec<f64>) -> f64 {
    xs.sort_by(|a, b| a.total_cmp(b));
    xs[xs.len() / 2]
}

fn pages(pdf: &Path) -> Option<u32> {
    let out = Command::new("pdfinfo").arg(pdf).output().ok()?;
    String::from_utf8_lossy(&out.stdout)
        .lines()
        .find_map(|l| l.strip_prefix("Pages:").map(|n| n.trim().parse().ok()))?
}

/// A book in a temporary folder: `customers` demo customers, each with `per_customer`
/// monthly invoices of history, paid the ways real customers pay.
pub(crate) fn history_book(
    customers: usize,
    per_customer: usize,
) -> ardoise_app::Result<(Ardoise, ardoise_app::Session, std::path::PathBuf)> {
    let dir = std::env::temp_dir().join(format!("ardoise-bench-st-{}", std::process::id()));
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
    let h = book.generate_history(
        &s,
        HistoryScale {
            invoices_per_customer: per_customer,
            seed: 1,
        },
    )?;
    let size = std::fs::metadata(&path).map(|m| m.len()).unwrap_or(0);
    outln!(
        "scale: {customers} customers, {} invoices ({per_customer} monthly each, up to last month), {} payments, {} credit notes; book {:.0} MB, generated in {:.1} s",
        h.invoices,
        h.payments,
        h.credit_notes,
        size as f64 / 1e6,
        ms(t) / 1000.0
    );
    Ok((book, s, dir))
}

/// `ardoise bench collections`: the policy evaluated as of today over years of history.
pub fn collections(customers: usize, per_customer: usize) -> ardoise_app::Result<()> {
    let (book, s, dir) = history_book(customers, per_customer)?;
    let today = book.today().to_string();
    let _ = book.collections(&s, &today)?;
    let mut runs = Vec::new();
    let mut letters = 0;
    let mut invoices = 0;
    for _ in 0..7 {
        let t = Instant::now();
        let v = book.collections(&s, &today)?;
        runs.push(ms(t));
        letters = v.letters.len();
        invoices = v.letters.iter().map(|l| l.invoices.len()).sum::<usize>();
    }
    outln!(
        "collections as of {today}: median {:.1} ms, best {:.1} ms over 7 runs; {letters} letters proposed for {invoices} invoices (goal ≤ 200 ms)",
        median(runs.clone()),
        runs.iter().cloned().fold(f64::MAX, f64::min)
    );
    finish(book, &dir)
}

pub fn run(customers: usize, per_customer: usize, statements: usize) -> ardoise_app::Result<()> {
    let (book, s, dir) = history_book(customers, per_customer)?;
    let today = book.today();

    // Aging: the first run warms SQLite's page cache, as a second look at the screen would.
    for (label, as_of) in [("today", today), ("a year ago", today - Months::new(12))] {
        let as_of_s = as_of.to_string();
        let _ = book.aging_report(&s, &as_of_s)?;
        let mut runs = Vec::new();
        let mut rows = 0;
        for _ in 0..7 {
            let t = Instant::now();
            let r = book.aging_report(&s, &as_of_s)?;
            runs.push(ms(t));
            rows = r.rows.len();
        }
        outln!(
            "aging as of {as_of} ({label}): median {:.1} ms, best {:.1} ms over 7 runs; {rows} customers owing (goal ≤ 100 ms)",
            median(runs.clone()),
            runs.iter().cloned().fold(f64::MAX, f64::min)
        );
    }

    // Statements: the last six months, as of today, for the first N customers.
    let from = (today - Months::new(6)).with_day(1).unwrap_or(today);
    let ids: Vec<i64> = book
        .customers(&s)?
        .iter()
        .take(statements)
        .map(|c| c.id)
        .collect();
    let request = |id: i64| StatementRequest {
        customer_id: id,
        from: from.to_string(),
        to: today.to_string(),
        as_of: today.to_string(),
    };
    let t = Instant::now();
    for id in &ids {
        book.statement(&s, &request(*id))?;
    }
    let compute = ms(t);
    let t = Instant::now();
    let mut sizes = Vec::with_capacity(ids.len());
    for id in &ids {
        let (_, pdf) = book.statement_pdf(&s, &request(*id))?;
        sizes.push(pdf.len());
    }
    let total = ms(t);
    let n = ids.len().max(1) as f64;
    let avg_kb = sizes.iter().sum::<usize>() as f64 / n / 1024.0;
    let max_kb = sizes.iter().copied().max().unwrap_or(0) as f64 / 1024.0;
    outln!(
        "statements: {} in {:.0} ms ({:.2} ms each: read the ledger, compute, render; of which {:.2} ms reading and computing); {:.1} KB average, {:.1} KB largest (goals ≤ 2000 ms in all, ≤ 60 KB each)",
        ids.len(),
        total,
        total / n,
        compute / n,
        avg_kb,
        max_kb
    );

    // The month-end batch as staff run it: files written, hashed and logged, rendering
    // on every core; then again with the one combined PDF for printing.
    let batch = |name: &str, combined: bool| {
        let t = Instant::now();
        let r = book.statements_batch(
            &s,
            &BatchRequest {
                selection: StatementSelection::Customers(ids.clone()),
                from: from.to_string(),
                to: today.to_string(),
                as_of: today.to_string(),
                out_dir: dir.join(name).display().to_string(),
                combined: combined.then(String::new),
            },
            ardoise_app::domain::Lang::Fr,
            &dir,
            &|_| {},
            &CancelFlag::default(),
        );
        r.map(|r| (r, ms(t)))
    };
    let (files, files_ms) = batch("batch", false)?;
    let (with_combined, combined_ms) = batch("batch-combined", true)?;
    let mut page_counts = std::collections::BTreeMap::new();
    for f in files.files.iter().take(50) {
        if let Some(p) = pages(Path::new(f)) {
            *page_counts.entry(p).or_insert(0) += 1;
        }
    }
    let combined_pages = with_combined
        .combined
        .as_deref()
        .and_then(|c| pages(Path::new(c)))
        .unwrap_or(0);
    outln!(
        "month-end batch ({} cores): {} statements read, rendered, written, hashed and logged in {:.0} ms (goal ≤ 2000 ms); with the combined PDF for printing ({} pages) {:.0} ms; pages per statement (first 50): {:?}",
        std::thread::available_parallelism().map(|n| n.get()).unwrap_or(1),
        files.produced,
        files_ms,
        combined_pages,
        combined_ms,
        page_counts
    );

    // The same statement through HTML and headless Chromium, one process per document as
    // a web tool would run it.
    let chromium = ["chromium", "chromium-browser", "google-chrome"]
        .into_iter()
        .find(|c| Command::new(c).arg("--version").output().is_ok());
    let Some(chromium) = chromium else {
        outln!("chromium: not installed (scripts/setup --bench installs it); comparison skipped");
        return finish(book, &dir);
    };
    let partner = "Nuage Rhône Informatique";
    let sample: Vec<i64> = ids.iter().copied().take(10).collect();
    let mut chrome_ms = Vec::new();
    let mut chrome_kb = Vec::new();
    let mut ours_ms = Vec::new();
    for id in &sample {
        let v = book.statement(&s, &request(*id))?;
        let html = dir.join(format!("s{id}.html"));
        let pdf = dir.join(format!("s{id}-chromium.pdf"));
        std::fs::write(&html, statement_html(&v, partner))
            .map_err(|e| ardoise_app::AppError::Refused(e.to_string()))?;
        let t = Instant::now();
        let status = Command::new(chromium)
            .args([
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--no-pdf-header-footer",
            ])
            .arg(format!("--print-to-pdf={}", pdf.display()))
            .arg(&html)
            .output();
        chrome_ms.push(ms(t));
        if let Ok(o) = &status {
            if !o.status.success() {
                outln!("chromium failed: {}", String::from_utf8_lossy(&o.stderr));
            }
        }
        chrome_kb.push(std::fs::metadata(&pdf).map(|m| m.len()).unwrap_or(0) as f64 / 1024.0);
        let t = Instant::now();
        book.statement_pdf(&s, &request(*id))?;
        ours_ms.push(ms(t));
    }
    let c = median(chrome_ms);
    let o = median(ours_ms);
    outln!(
        "same statement, HTML + headless Chromium ({chromium} --headless --print-to-pdf, {} runs): median {:.0} ms and {:.1} KB each; printpdf: median {:.2} ms; Chromium is {:.0}× slower",
        sample.len(),
        c,
        median(chrome_kb),
        o,
        c / o.max(f64::EPSILON)
    );
    finish(book, &dir)
}

/// Removes the bench book, unless ARDOISE_BENCH_KEEP is set (to look at it afterwards).
fn finish(book: Ardoise, dir: &Path) -> ardoise_app::Result<()> {
    drop(book);
    if std::env::var_os("ARDOISE_BENCH_KEEP").is_some() {
        outln!("book kept in {}", dir.display());
    } else {
        let _ = std::fs::remove_dir_all(dir);
    }
    Ok(())
}
