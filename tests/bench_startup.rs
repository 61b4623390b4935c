//! Start-up benchmark of the desktop app (run by `scripts/bench-startup`, not a test):
//! the time from launch to the Today screen drawn on the demo book, and the memory the
//! app holds once idle.
//!
//! "Launch" is the moment the app's process started (read from /proc, so WebDriver's
//! own start is not counted); "drawn" is the `ardoise:today-drawn` performance mark the
//! Today page sets two animation frames after its figures are in the page. Memory is
//! read after five idle seconds, for the app and the WebKit processes it starts: the
//! resident set of the app's own process, and the proportional set (PSS, shared pages
//! split between the processes that map them) of the whole tree, which is what the
//! machine actually gives the app.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use ardoise_e2e::App;

const TODAY: &str = "2026-11-15";
const MARK: &str = "ardoise:today-drawn";

#[tokio::main]
async fn main() {
    let runs: usize = std::env::var("ARDOISE_BENCH_RUNS")
        .ok()
        .and_then(|r| r.parse().ok())
        .unwrap_or(5);
    let app = ardoise_e2e::app_binary();
    let cli = app.with_file_name("ardoise");
    let dir = tempfile::tempdir().expect("a temporary folder");
    let book = dir.path().join("demo.ardoise");
    let seeded = Command::new(&cli)
        .arg("demo")
        .env("ARDOISE_DB", &book)
        .env("ARDOISE_TODAY", TODAY)
        .output()
        .unwrap_or_else(|e| panic!("{}: {e}", cli.display()));
    assert!(seeded.status.success(), "ardoise demo: {seeded:?}");
    println!("desktop: {}", app.display());
    println!("book: the demo book ({} KiB)", file_kib(&book));
    println!(
        "{:>4}  {:>12}  {:>14}  {:>16}  {:>9}",
        "run", "drawn (ms)", "app RSS (MB)", "tree PSS (MB)", "processes"
    );
    let mut drawn = Vec::new();
    let mut pss = Vec::new();
    for run in 1..=runs {
        let window = App::launch(&book, TODAY, "fr_FR.UTF-8").await;
        let pid = newest_process_of(&app).expect("the app's process");
        let launched = started_at_ms(pid);
        let at = drawn_at_ms(&window).await;
        tokio::time::sleep(Duration::from_secs(5)).await;
        let tree = process_tree(pid);
        let rss = kib(pid, "status", "VmRSS:");
        let tree_pss: u64 = tree.iter().map(|p| kib(*p, "smaps_rollup", "Pss:")).sum();
        window.quit().await;
        let ms = at - launched;
        println!(
            "{run:>4}  {ms:>12.0}  {:>14.1}  {:>16.1}  {:>9}",
            rss as f64 / 1024.0,
            tree_pss as f64 / 1024.0,
            tree.len()
        );
        drawn.push(ms);
        pss.push(tree_pss as f64 / 1024.0);
        // The next launch must not find this one's window (one window per book).
        wait_gone(pid);
    }
    println!(
        "median: Today drawn {:.0} ms after launch (goal ≤ 1500), {:.1} MB once idle (goal ≤ 200)",
        median(&mut drawn),
        median(&mut pss)
    );
}

/// The `MARK` time, in milliseconds since the epoch, as the page's clock saw it.
async fn drawn_at_ms(window: &App) -> f64 {
    let started = Instant::now();
    loop {
        let script = format!(
            "const e = performance.getEntriesByName('{MARK}');\
             const origin = performance.timeOrigin || (Date.now() - performance.now());\
             return e.length ? origin + e[0].startTime : null;"
        );
        if let Ok(ret) = window.web.execute(&script, vec![]).await {
            if let Some(ms) = ret.json().as_f64() {
                return ms;
            }
        }
        assert!(
            started.elapsed() < Duration::from_secs(60),
            "the Today screen was not drawn within a minute"
        );
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
}

/// The process of `binary` that started last.
fn newest_process_of(binary: &Path) -> Option<u32> {
    let want = binary.canonicalize().ok()?;
    let started = Instant::now();
    while started.elapsed() < Duration::from_secs(20) {
        let found = std::fs::read_dir("/proc")
            .ok()?
            .filter_map(|e| e.ok()?.file_name().to_str()?.parse::<u32>().ok())
            .filter(|pid| std::fs::read_link(format!("/proc/{pid}/exe")).ok() == Some(want.clone()))
            .max_by_key(|pid| start_ticks(*pid));
        if found.is_some() {
            return found;
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    None
}

/// Field 22 of /proc/PID/stat: when the process started, in clock ticks since boot.
fn start_ticks(pid: u32) -> u64 {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).unwrap_or_default();
    // The command name (field 2) may hold spaces: count from the closing parenthesis.
    stat.rsplit_once(')')
        .and_then(|(_, rest)| rest.split_whitespace().nth(19)?.parse().ok())
        .unwrap_or(0)
}

/// When `pid` started, in milliseconds since the epoch (to the clock tick, 10 ms).
fn started_at_ms(pid: u32) -> f64 {
    let uptime: f64 = std::fs::read_to_string("/proc/uptime")
        .ok()
        .and_then(|u| u.split_whitespace().next()?.parse().ok())
        .expect("/proc/uptime");
    let now = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .expect("a clock after 1970")
        .as_secs_f64();
    let ticks_per_s = clock_ticks_per_second();
    let boot = now - uptime;
    (boot + start_ticks(pid) as f64 / ticks_per_s) * 1000.0
}

fn clock_ticks_per_second() -> f64 {
    Command::new("getconf")
        .arg("CLK_TCK")
        .output()
        .ok()
        .and_then(|o| String::from_utf8(o.stdout).ok()?.trim().parse().ok())
        .unwrap_or(100.0)
}

/// `pid` and every process below it (WebKit's web and network processes).
fn process_tree(pid: u32) -> Vec<u32> {
    let mut tree = vec![pid];
    let mut i = 0;
    while i < tree.len() {
        let parent = tree[i];
        let children = std::fs::read_to_string(format!("/proc/{parent}/task/{parent}/children"))
            .unwrap_or_default();
        tree.extend(
            children
                .split_whitespace()
                .filter_map(|c| c.parse::<u32>().ok()),
        );
        i += 1;
    }
    tree
}

/// A "Name:   1234 kB" line of /proc/PID/FILE, in KiB.
fn kib(pid: u32, file: &str, name: &str) -> u64 {
    std::fs::read_to_string(format!("/proc/{pid}/{file}"))
        .unwrap_or_default()
        .lines()
        .find_map(|l| {
            l.strip_prefix(name)?
                .split_whitespace()
                .next()?
                .parse()
                .ok()
        })
        .unwrap_or(0)
}

fn wait_gone(pid: u32) {
    let started = Instant::now();
    while PathBuf::from(format!("/proc/{pid}")).exists()
        && started.elapsed() < Duration::from_secs(10)
    {
        std::thread::sleep(Duration::from_millis(50));
    }
}

fn file_kib(path: &Path) -> u64 {
    std::fs::metadata(path).map(|m| m.len() / 1024).unwrap_or(0)
}

fn median(values: &mut [f64]) -> f64 {
    values.sort_by(|a, b| a.total_cmp(b));
    values.get(values.len() / 2).copied().unwrap_or(f64::NAN)
}
