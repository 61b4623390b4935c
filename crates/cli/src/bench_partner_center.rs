//! `ardoise bench partner-center`: a generated invoice reconciliation file of a million
//! lines (about 600 MB) imported into a new book, durably, as a stream: wall time, lines
//! per second and the process's peak memory (goal ≤ 5 s and ≤ 200 MB in release on two
//! cores). In the same run the same file is loaded into SQLite by pandas (`read_csv` then
//! `to_sql`, as a partner's analyst would), in its own process, and the ratio printed.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::Arc;
use std::time::Instant;

use ardoise_app::domain::Lang;
use ardoise_app::partner_center::{generate_partner_center_file, GeneratedKind};
use ardoise_app::{AppError, Ardoise, SystemClock};

/// The process's resident and peak resident memory, in MiB (Linux's /proc; zero elsewhere).
fn memory() -> (f64, f64) {
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    let mib = |key: &str| {
        status
            .lines()
            .find(|l| l.starts_with(key))
            .and_then(|l| l.split_whitespace().nth(1))
            .and_then(|v| v.parse::<f64>().ok())
            .unwrap_or(0.0)
            / 1024.0
    };
    (mib("VmRSS:"), mib("VmHWM:"))
}

/// What a partner's analyst would type: the whole file into a DataFrame, then into a
/// table of a new SQLite file. Prints its wall time and peak memory as JSON.
const PANDAS: &str = r#"
import json, resource, sqlite3, sys, time
import pandas as pd
path, db = sys.argv[1], sys.argv[2]
started = time.perf_counter()
frame = pd.read_csv(path)
read = time.perf_counter() - started
con = sqlite3.connect(db)
frame.to_sql("invoice_lines", con, index=False)
con.commit()
con.close()
print(json.dumps({"rows": len(frame), "read": read, "seconds": time.perf_counter() - started,
                  "peak_mib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
                  "pandas": pd.__version__}))
"#;

fn file_error(path: &Path, e: impl ToString) -> AppError {
    AppError::File {
        path: path.display().to_string(),
        detail: e.to_string(),
    }
}

/// A figure pulled out of the JSON line pandas printed.
fn figure(json: &str, key: &str) -> Option<f64> {
    let at = json.find(&format!("\"{key}\": "))? + key.len() + 4;
    let rest = &json[at..];
    let end = rest.find([',', '}']).unwrap_or(rest.len());
    rest[..end].trim().parse().ok()
}

pub fn run(rows: u64, seed: u64, file: Option<&Path>, python: &str) -> ardoise_app::Result<()> {
    let dir = std::env::temp_dir().join(format!("ardoise-bench-pc-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).map_err(|e| file_error(&dir, e))?;
    let path: PathBuf = match file {
        Some(f) => f.to_path_buf(),
        None => {
            let path = dir.join("invoice-reconciliation.csv");
            let t = Instant::now();
            generate_partner_center_file(&path, rows, seed, false, GeneratedKind::Invoice)?;
            outln!(
                "generated: {rows} lines in {:.1} s",
                t.elapsed().as_secs_f64()
            );
            path
        }
    };
    let size = std::fs::metadata(&path)
        .map_err(|e| file_error(&path, e))?
        .len();
    outln!("file: {} ({:.0} MB)", path.display(), size as f64 / 1e6);

    let book_path = dir.join("bench.db");
    let book = Ardoise::open(&book_path, Arc::new(SystemClock::from_env()))?;
    let s = book.admin_session()?;
    let t = Instant::now();
    let preview = book.partner_center_preview(&s, &path.display().to_string(), Lang::En)?;
    outln!(
        "preview (the file read, checked and summed up; nothing written): {:.2} s, {} lines",
        t.elapsed().as_secs_f64(),
        preview.lines
    );
    let (_, before) = memory();
    let t = Instant::now();
    let done = book.partner_center_import(&s, &path.display().to_string(), true, Lang::En)?;
    let wall = t.elapsed().as_secs_f64();
    let (rss, peak) = memory();
    outln!(
        "import (one transaction, committed): {:.2} s, {:.0} lines/s, {:.0} MB/s (goal ≤ 5 s)",
        wall,
        done.lines_added as f64 / wall,
        size as f64 / 1e6 / wall
    );
    outln!(
        "  {} lines, {} customers, {} subscriptions created",
        done.lines_added,
        done.customers_created,
        done.subscriptions_created
    );
    outln!(
        "  memory: peak {peak:.0} MiB for the whole process (goal ≤ 200), {before:.0} MiB before the import (after the preview), {rss:.0} MiB resident after"
    );
    let book_size = std::fs::metadata(&book_path).map(|m| m.len()).unwrap_or(0);
    outln!("  book: {:.0} MB", book_size as f64 / 1e6);
    let t = Instant::now();
    let again = book.partner_center_import(&s, &path.display().to_string(), true, Lang::En)?;
    outln!(
        "the same file again: {:.2} s, {} (« {} »)",
        t.elapsed().as_secs_f64(),
        again.outcome,
        again.message
    );
    drop(book);

    let script = dir.join("pandas_load.py");
    std::fs::write(&script, PANDAS).map_err(|e| file_error(&script, e))?;
    let pandas_db = dir.join("pandas.db");
    let t = Instant::now();
    let out = Command::new(python)
        .arg(&script)
        .arg(&path)
        .arg(&pandas_db)
        .output();
    let elapsed = t.elapsed().as_secs_f64();
    match out {
        Ok(o) if o.status.success() => {
            let json = String::from_utf8_lossy(&o.stdout);
            let seconds = figure(&json, "seconds").unwrap_or(elapsed);
            let peak_pd = figure(&json, "peak_mib").unwrap_or(0.0);
            outln!(
                "pandas read_csv + to_sql: {seconds:.1} s (read_csv {:.1} s), peak {peak_pd:.0} MiB; {}",
                figure(&json, "read").unwrap_or(0.0),
                json.trim()
            );
            outln!(
                "ratio: Ardoise {:.1}× faster, {:.1}× less memory",
                seconds / wall,
                peak_pd / peak.max(1.0)
            );
        }
        Ok(o) => outln!(
            "pandas: not measured ({}); `python3 -m venv .venv && .venv/bin/pip install pandas`, then --python .venv/bin/python",
            String::from_utf8_lossy(&o.stderr).lines().last().unwrap_or("")
        ),
        Err(e) => outln!("pandas: not measured ({python}: {e})"),
    }
    let _ = std::fs::remove_dir_all(&dir);
    Ok(())
}
