//! SIGKILL at random moments: after each kill the book opens, holds each operation
//! wholly or not at all (or finished by its rerun), and no file lies about being logged.
//!
//! CI kills each of the first four operations 13 times and each of the clerk's month's
//! three (invoices to PDF, a bank import, a reversal) 6 times (70 kills);
//! `ARDOISE_TRIALS=100` kills each 100 times. The moments are drawn from
//! `ARDOISE_KILL_SEED` (printed, to replay a failure).

mod common;

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use common::*;
use rand::{RngExt, SeedableRng};

struct Op {
    name: &'static str,
    args: Vec<String>,
    /// Where its files go, if it writes any.
    out: Option<PathBuf>,
    /// Kills in CI (`ARDOISE_TRIALS` sets them all).
    ci: usize,
}

/// The latest payment of the base book that settles an invoice: the one reversed.
fn payment_to_reverse(db: &Path) -> i64 {
    count(
        db,
        "SELECT MAX(p.id) FROM payments p
         WHERE EXISTS (SELECT 1 FROM allocations a WHERE a.payment_id = p.id)
           AND NOT EXISTS (SELECT 1 FROM payment_reversals r WHERE r.payment_id = p.id)",
    )
}

/// A CAMT.053 statement of the demo's account (the golden case's).
fn camt() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/cmd/bank.in/releve.xml")
}

fn ops(dir: &Path, base: &Path) -> Vec<Op> {
    let s = |v: &[&str]| v.iter().map(|a| a.to_string()).collect::<Vec<_>>();
    let letters = dir.join("letters");
    let backups = dir.join("backups");
    let statements = dir.join("statements");
    let invoices = dir.join("invoices");
    vec![
        Op {
            name: "billing run with issue",
            args: s(&["bill", "--period", "2026-12", "--issue"]),
            out: None,
            ci: 13,
        },
        Op {
            name: "statements batch",
            args: {
                let mut a = s(&["statements", "--as-of", "2026-11-24", "--all", "--out"]);
                a.push(statements.display().to_string());
                a
            },
            out: Some(statements),
            ci: 13,
        },
        Op {
            name: "collections with letters",
            args: {
                let mut a = s(&["collections", "run", "--as-of", "2026-12-20", "--produce"]);
                a.push("--out".into());
                a.push(letters.display().to_string());
                a
            },
            out: Some(letters),
            ci: 13,
        },
        Op {
            name: "backup",
            args: {
                let mut a = s(&["backup", "--to"]);
                a.push(backups.display().to_string());
                a
            },
            out: Some(backups),
            ci: 13,
        },
        Op {
            name: "invoices to PDF with a print file",
            args: {
                let mut a = s(&["invoices", "pdf", "--period", "2026-10", "--out"]);
                a.push(invoices.display().to_string());
                a.push("--combined".into());
                a.push(invoices.join("print.pdf").display().to_string());
                a
            },
            out: Some(invoices),
            ci: 6,
        },
        Op {
            name: "bank import",
            args: {
                let mut a = s(&["bank", "import"]);
                a.push(camt().display().to_string());
                a.push("--confirm-all".into());
                a
            },
            out: None,
            ci: 6,
        },
        Op {
            name: "payment reversal",
            args: {
                let mut a = s(&["payments", "reverse"]);
                a.push(payment_to_reverse(base).to_string());
                a.extend(s(&[
                    "--reason",
                    "Chèque sans provision",
                    "--date",
                    "2026-11-20",
                ]));
                a
            },
            out: None,
            ci: 6,
        },
    ]
}

/// What the book says about each operation, to compare with a clean run.
type Footprint = (i64, i64, i64, i64, [i64; 5]);

fn footprint(db: &Path) -> Footprint {
    (
        count(
            db,
            "SELECT COUNT(*) FROM invoices WHERE period_start = '2026-12-01' AND status = 'issued'",
        ),
        count(
            db,
            "SELECT COUNT(*) FROM invoices WHERE period_start = '2026-12-01' AND status = 'draft'",
        ),
        count(
            db,
            "SELECT COUNT(*) FROM communications WHERE kind = 'statement'",
        ),
        count(
            db,
            "SELECT COUNT(*) FROM communications WHERE kind = 'letter'",
        ),
        [
            count(
                db,
                "SELECT COUNT(*) FROM communications WHERE kind = 'invoice'",
            ),
            count(
                db,
                "SELECT COUNT(*) FROM files_written WHERE kind = 'invoices_combined'",
            ),
            count(db, "SELECT COUNT(*) FROM bank_lines"),
            count(db, "SELECT COUNT(*) FROM payments"),
            count(db, "SELECT COUNT(*) FROM payment_reversals")
                + count(db, "SELECT COUNT(*) FROM reversal_allocations"),
        ],
    )
}

/// Documents: every file on disk has its logged hash, no temporary file left. Backups:
/// every file that has a backup's name is a whole book (a killed copy leaves at most its
/// temporary file, which the next backup clears). Returns how many files count.
fn written(db: &Path, op: &Op, out: &Path) -> usize {
    if op.name != "backup" {
        return every_file_logged(db, out);
    }
    let mut whole = 0;
    for f in files_below(out) {
        let name = f.file_name().unwrap().to_string_lossy().to_string();
        // Temporary files, and the -shm/-wal SQLite makes when this test reads a copy.
        if name.starts_with('.') || name.ends_with("-shm") || name.ends_with("-wal") {
            continue;
        }
        let c =
            rusqlite::Connection::open_with_flags(&f, rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY)
                .unwrap();
        let ok: String = c
            .query_row("PRAGMA integrity_check", [], |r| r.get(0))
            .unwrap_or_else(|e| {
                panic!(
                    "{name}: {e} ({} bytes)",
                    f.metadata().map(|m| m.len()).unwrap_or(0)
                )
            });
        assert_eq!(ok, "ok", "{name} is a whole book");
        let customers: i64 = c
            .query_row("SELECT COUNT(*) FROM customers", [], |r| r.get(0))
            .unwrap();
        assert!(customers > 0, "{name} holds the book");
        whole += 1;
    }
    whole
}

fn integrity(db: &Path) {
    let ok: String = sql(db)
        .query_row("PRAGMA integrity_check", [], |r| r.get(0))
        .unwrap();
    assert_eq!(ok, "ok");
    let out = run(db, &["check"]);
    assert!(
        out.status.success(),
        "check found problems: {}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
fn sigkill_at_random_moments_leaves_a_true_book() {
    let seed = std::env::var("ARDOISE_KILL_SEED")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or_else(|| {
            std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map(|d| d.as_secs())
                .unwrap_or(1)
        });
    eprintln!("ARDOISE_KILL_SEED={seed}");
    let mut rng = rand_chacha::ChaCha8Rng::seed_from_u64(seed);
    let base = base_book(30);
    let dir = tempfile::tempdir().unwrap();
    let before = footprint(base);
    let mut kills = 0;
    let mut least = usize::MAX;
    for (k, op) in ops(dir.path(), base).into_iter().enumerate() {
        let per_op = trials(op.ci);
        least = least.min(per_op);
        // A clean run says how long the operation takes and what it leaves.
        let clean = copy_of(base, dir.path(), &format!("clean-{k}.db"));
        let started = Instant::now();
        let args: Vec<&str> = op.args.iter().map(String::as_str).collect();
        run_ok(&clean, &args);
        let took = started.elapsed();
        let after = footprint(&clean);
        // An operation that left the book as it was would make every kill pass.
        assert!(
            op.name == "backup" || after != before,
            "{}: the clean run changed nothing",
            op.name
        );
        if let Some(out) = &op.out {
            assert!(written(&clean, &op, out) > 0, "{}: files written", op.name);
            std::fs::remove_dir_all(out).ok();
        }
        eprintln!("{}: a clean run takes {took:?}", op.name);
        for trial in 0..per_op {
            let db = copy_of(base, dir.path(), &format!("kill-{k}-{trial}.db"));
            let mut child = spawn(&db, &args);
            let wait = rng.random_range(0..=took.as_micros() as u64 * 6 / 5);
            std::thread::sleep(Duration::from_micros(wait));
            let _ = child.kill(); // SIGKILL on Unix
            let _ = child.wait();
            kills += 1;
            // Opening the book finishes or removes what the killed run left.
            run_ok(&db, &["customers", "list"]);
            let now = footprint(&db);
            let whole = match k {
                0 => now == before || now == after,
                // Statements are logged by chunks: anywhere from none to all.
                1 => {
                    (now.0, now.1, now.3) == (before.0, before.1, before.3)
                        && (before.2..=after.2).contains(&now.2)
                }
                // Invoices logged, then their print file: by transaction.
                4 => {
                    (now.0, now.1, now.2, now.3) == (before.0, before.1, before.2, before.3)
                        && (before.4[0]..=after.4[0]).contains(&now.4[0])
                        && (before.4[1]..=after.4[1]).contains(&now.4[1])
                        && now.4[2..] == before.4[2..]
                }
                // The statement's lines land whole, in one transaction; `--confirm-all`
                // then records the proposals' payments, which the rerun finishes.
                5 => {
                    (now.0, now.1, now.2, now.3) == (before.0, before.1, before.2, before.3)
                        && (now.4[2] == before.4[2] || now.4[2] == after.4[2])
                        && (before.4[3]..=after.4[3]).contains(&now.4[3])
                        && now.4[..2] == before.4[..2]
                        && now.4[4] == before.4[4]
                }
                _ => now == before || now == after,
            };
            assert!(
                whole,
                "{} trial {trial} (killed after {wait} µs): neither before nor after: {now:?} ({before:?} → {after:?})",
                op.name
            );
            if let Some(out) = &op.out {
                written(&db, &op, out);
            }
            integrity(&db);
            // The rerun finishes the work; a reversal that had committed is refused as
            // done, and only then.
            if k == 6 && now == after {
                let out = run(&db, &args);
                let err = String::from_utf8_lossy(&out.stderr);
                assert!(
                    !out.status.success() && err.contains("already reversed"),
                    "{} trial {trial}: reversed twice? {err}",
                    op.name
                );
            } else {
                run_ok(&db, &args);
            }
            let done = footprint(&db);
            match k {
                0 | 4..=6 => assert_eq!(done, after, "{} trial {trial}: rerun", op.name),
                // A statements batch is a new batch each time: at least the clean run's.
                1 => assert!(done.2 >= after.2, "{} trial {trial}: rerun", op.name),
                2 => assert_eq!(done.3, after.3, "{} trial {trial}: rerun", op.name),
                _ => assert_eq!(
                    done, before,
                    "{} trial {trial}: a backup changes no document",
                    op.name
                ),
            }
            if let Some(out) = &op.out {
                written(&db, &op, out);
                std::fs::remove_dir_all(out).ok();
            }
            integrity(&db);
            for ext in ["", "-wal", "-shm"] {
                std::fs::remove_file(format!("{}{ext}", db.display())).ok();
            }
        }
    }
    assert!(kills >= 70 || least < 6, "{kills} kills");
    eprintln!("{kills} kills, the book true after each");
}
