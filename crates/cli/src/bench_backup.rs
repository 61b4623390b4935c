//! `ardoise bench backup`: backing up a book with years of history while another
//! connection commits small transactions in a loop (how long the backup takes, the
//! longest a writer waited), and what `synchronous=FULL` costs beside NORMAL on the
//! billing run and on the month-end statements batch, each run both ways on copies of
//! the same generated book.

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use ardoise_app::backup::BackupPace;
use ardoise_app::demo::DemoOptions;
use ardoise_app::domain::Lang;
use ardoise_app::transport_statements::{BatchRequest, StatementSelection};
use ardoise_app::{Ardoise, CancelFlag, SystemClock};
use chrono::{Datelike, Months};

use crate::bench::ms;
use crate::bench_statements::history_book;

/// Small transactions from another connection, each one timed.
struct Writer {
    stop: Arc<AtomicBool>,
    thread: std::thread::JoinHandle<ardoise_app::Result<Vec<(Instant, Duration)>>>,
}

impl Writer {
    fn start(book: &Path) -> Writer {
        let stop = Arc::new(AtomicBool::new(false));
        let (path, flag) = (book.to_path_buf(), stop.clone());
        let thread = std::thread::spawn(move || {
            let other = Ardoise::open(&path, Arc::new(SystemClock::from_env()))?;
            let s = other.admin_session()?;
            let mut waits = Vec::new();
            let mut fr = true;
            while !flag.load(Ordering::Relaxed) {
                let t = Instant::now();
                let lang = if fr { Lang::Fr } else { Lang::En };
                other.set_language(&s, Some(lang))?;
                waits.push((t, t.elapsed()));
                fr = !fr;
                std::thread::sleep(Duration::from_millis(5));
            }
            Ok(waits)
        });
        Writer { stop, thread }
    }

    fn finish(self) -> ardoise_app::Result<Vec<(Instant, Duration)>> {
        self.stop.store(true, Ordering::Relaxed);
        self.thread
            .join()
            .unwrap_or_else(|_| Err(ardoise_app::AppError::NotFound("writer thread")))
    }
}

/// How many commits started between `from` and `to`, the longest one (ms), and when it
/// started (ms after `from`).
fn longest(waits: &[(Instant, Duration)], from: Instant, to: Instant) -> (usize, f64, f64) {
    let during: Vec<&(Instant, Duration)> = waits
        .iter()
        .filter(|(at, _)| *at >= from && *at <= to)
        .collect();
    let max = during.iter().max_by_key(|(_, d)| *d);
    let (at, d) = max.map(|(a, d)| (*a, *d)).unwrap_or((from, Duration::ZERO));
    (
        during.len(),
        d.as_secs_f64() * 1000.0,
        (at - from).as_secs_f64() * 1000.0,
    )
}

/// One backup of `book` while a writer commits, with `pace`.
fn timed_backup(
    book: &Ardoise,
    folder: &Path,
    label: &str,
    pace: BackupPace,
) -> ardoise_app::Result<PathBuf> {
    let s = book.admin_session()?;
    let writer = Writer::start(book.path());
    std::thread::sleep(Duration::from_millis(1000));
    let start = Instant::now();
    let made = book.backup_job(&s, Some(folder))?.with_pace(pace).run()?;
    let end = Instant::now();
    std::thread::sleep(Duration::from_millis(300));
    let waits = writer.finish()?;
    let before = start - Duration::from_millis(1000);
    let (n_before, base, _) = longest(&waits, before, start);
    let (n, worst, when) = longest(&waits, start, end);
    println!(
        "backup ({label}): {:.0} MB in {:.0} ms, {} steps, {} restarts (goal ≤ 5000 ms); \
         a writer in another connection committed {n} times meanwhile, longest wait {worst:.1} ms \
         (starting {when:.0} ms into the backup; goal ≤ 100 ms; {base:.1} ms over {n_before} commits in the second before, without a backup)",
        made.bytes as f64 / 1e6,
        (end - start).as_secs_f64() * 1000.0,
        made.steps,
        made.restarts,
    );
    Ok(made.file)
}

/// A copy of `book` for one timing, through the backup itself.
fn copy_of(book: &Ardoise, folder: &Path) -> ardoise_app::Result<PathBuf> {
    let s = book.admin_session()?;
    Ok(book.backup_job(&s, Some(folder))?.run()?.file)
}

fn open_with(file: &Path, full: bool) -> ardoise_app::Result<Ardoise> {
    let book = Ardoise::open(file, Arc::new(SystemClock::from_env()))?;
    book.set_synchronous_full(full)?;
    Ok(book)
}

pub fn run(
    customers: usize,
    per_customer: usize,
    statements: usize,
    subscriptions: usize,
) -> ardoise_app::Result<()> {
    let (book, s, dir) = history_book(customers, per_customer)?;

    let paced = timed_backup(
        &book,
        &dir.join("paced"),
        "100 pages a step, 5 ms apart (the default)",
        BackupPace::default(),
    )?;
    let large = BackupPace {
        pages_per_step: 1024,
        ..BackupPace::default()
    };
    timed_backup(
        &book,
        &dir.join("large"),
        "1024 pages a step, 5 ms apart",
        large,
    )?;
    let one = BackupPace {
        pages_per_step: -1,
        ..BackupPace::default()
    };
    timed_backup(&book, &dir.join("one"), "one step", one)?;

    // The month-end batch, on two copies of the same book.
    let today = book.today();
    let from = (today - Months::new(1)).with_day(1).unwrap_or(today);
    let ids: Vec<i64> = book
        .customers(&s)?
        .iter()
        .take(statements)
        .map(|c| c.id)
        .collect();
    drop(book);
    let other = copy_of(&open_with(&paced, true)?, &dir.join("copies"))?;
    for (file, full) in [(&paced, true), (&other, false)] {
        let b = open_with(file, full)?;
        let t = Instant::now();
        let r = b.statements_batch(
            &s,
            &BatchRequest {
                selection: StatementSelection::Customers(ids.clone()),
                from: from.to_string(),
                to: today.to_string(),
                as_of: today.to_string(),
                out_dir: dir.join(format!("batch-{full}")).display().to_string(),
                combined: None,
            },
            Lang::Fr,
            &dir,
            &|_| {},
            &CancelFlag::default(),
        )?;
        println!(
            "month-end batch, synchronous={}: {} statements written and logged in {:.0} ms",
            if full { "FULL  " } else { "NORMAL" },
            r.produced,
            ms(t)
        );
    }

    // The billing run (drafts, then issuing), on two copies of a book with subscriptions.
    let billing = dir.join("billing/bench.db");
    let mut b = Ardoise::open(&billing, Arc::new(SystemClock::from_env()))?;
    let bs = b.admin_session()?;
    let demo = b.seed_demo(
        &bs,
        DemoOptions {
            customers,
            seed: 1,
            subscriptions_per_customer: Some(subscriptions),
            history_months: 0,
        },
    )?;
    let period = b.today().format("%Y-%m").to_string();
    let first = copy_of(&b, &dir.join("billing-copies"))?;
    let second = copy_of(&b, &dir.join("billing-copies"))?;
    drop(b);
    for (file, full) in [(&first, true), (&second, false)] {
        let b = open_with(file, full)?;
        let t = Instant::now();
        let run = b.bill(&bs, &period, Lang::Fr, &|_| {}, &CancelFlag::default())?;
        let drafted = ms(t);
        let ids: Vec<i64> = run.drafted.iter().map(|r| r.id).collect();
        b.issue_invoices(&bs, &ids)?;
        println!(
            "billing run {period}, synchronous={}: {} customers, {} subscriptions, {} invoices drafted in {:.0} ms, drafted and issued in {:.0} ms",
            if full { "FULL  " } else { "NORMAL" },
            demo.customers,
            demo.subscriptions,
            ids.len(),
            drafted,
            ms(t)
        );
    }
    let _ = std::fs::remove_dir_all(&dir);
    Ok(())
}
