//! A quick measure, not a test: writes a generated invoice reconciliation file to the
//! temporary folder, reads it back as a stream, and prints lines per second and the
//! resident memory along the way (flat: the file is never held whole).
//!
//! `cargo run -p ardoise-partner-center --example measure [-- ROWS [--fr]]`

use std::fs::File;
use std::time::Instant;

use ardoise_partner_center::generate::generate;
use ardoise_partner_center::{FileKind, PcReader, Seats, Totals};

/// The process's resident and peak resident memory, in MiB (Linux).
fn memory() -> (f64, f64) {
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    let kib = |key: &str| {
        status
            .lines()
            .find(|l| l.starts_with(key))
            .and_then(|l| l.split_whitespace().nth(1))
            .and_then(|v| v.parse::<f64>().ok())
            .unwrap_or(0.0)
            / 1024.0
    };
    (kib("VmRSS:"), kib("VmHWM:"))
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let rows: u64 = args.first().and_then(|a| a.parse().ok()).unwrap_or(100_000);
    let french = args.iter().any(|a| a == "--fr");
    let path = std::env::temp_dir().join(format!("ardoise-pc-measure-{}.csv", std::process::id()));

    let started = Instant::now();
    let meant = generate(
        rows,
        1,
        french,
        FileKind::NewCommerceInvoice,
        File::create(&path).unwrap(),
    )
    .unwrap();
    let written = started.elapsed();
    let size = std::fs::metadata(&path).unwrap().len() as f64 / 1_048_576.0;
    println!(
        "generated {rows} lines, {size:.1} MiB in {:.2} s ({:.0} lines/s)",
        written.as_secs_f64(),
        rows as f64 / written.as_secs_f64()
    );

    let (rss_before, _) = memory();
    let started = Instant::now();
    let reader = PcReader::new(File::open(&path).unwrap()).unwrap();
    let (mut totals, mut seats) = (Totals::default(), Seats::new());
    let (mut low, mut high) = (f64::MAX, 0.0f64);
    for (i, line) in reader.enumerate() {
        let line = line.unwrap();
        totals.add(&line);
        seats.add(&line);
        if i % 10_000 == 0 {
            let (rss, _) = memory();
            low = low.min(rss);
            high = high.max(rss);
        }
    }
    let read = started.elapsed();
    let subscriptions = seats.finish().len();
    std::fs::remove_file(&path).ok();
    assert_eq!(totals, meant, "the Subtotal total read is the one written");
    let (rss, peak) = memory();
    println!(
        "read {} lines in {:.2} s: {:.0} lines/s, {:.1} MiB/s; {subscriptions} subscriptions",
        totals.lines,
        read.as_secs_f64(),
        totals.lines as f64 / read.as_secs_f64(),
        size / read.as_secs_f64()
    );
    println!(
        "resident memory: {rss_before:.1} MiB before reading, {low:.1}–{high:.1} MiB while \
         reading, {rss:.1} MiB after; peak {peak:.1} MiB"
    );
    for (currency, total) in &totals.subtotal {
        println!("Subtotal {currency}: {total}");
    }
}
