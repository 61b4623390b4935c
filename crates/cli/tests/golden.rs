//! The CLI as it is typed: every subcommand's output, in both languages and as JSON, and
//! every refusal, compared with the sessions written in `tests/cmd/*.md`.
//!
//! Each case file runs in its own empty folder (its `.out/` directory asks trycmd for
//! one), where `ARDOISE_DB=book.db` is the book its commands share and `ARDOISE_TODAY`
//! fixes the date of the demo book. After a change of output, regenerate with
//! `TRYCMD=overwrite cargo test -p ardoise-cli --test golden` and read the diff.
//! One case: `cargo test -p ardoise-cli --test golden -- cli_as_typed trycmd=aging`
//! (the replay of the refusals still runs every case).

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

/// Set on every command; a case line cannot change them.
const ENV: [(&str, &str); 2] = [("ARDOISE_DB", "book.db"), ("ARDOISE_TODAY", "2026-11-15")];

/// Who every command acts for: the demo book's administrator. Set on the test process
/// (like the locale below), so a case line can act as someone else or type another
/// password (`$ ARDOISE_PASSWORD=wrong ardoise ...`).
const ACTING: [(&str, &str); 2] = [("ARDOISE_USER", "admin"), ("ARDOISE_PASSWORD", "demo")];

/// The language of a session comes from --lang or the locale, so the locale of the
/// machine running the tests must not leak in; these are set on the test process (the
/// commands inherit them) because a case line such as `$ LANG=fr_FR.UTF-8 ardoise ...`
/// must be able to change them, which trycmd's own environment would override.
const LOCALE: [(&str, &str); 4] = [
    ("LANG", "en_US.UTF-8"),
    ("LC_ALL", ""),
    ("LC_MESSAGES", ""),
    // `ls` sorts the same way on every machine.
    ("LC_COLLATE", "C"),
];

fn ardoise() -> &'static Path {
    Path::new(env!("CARGO_BIN_EXE_ardoise"))
}

/// One test, so the locale is set before any thread of this binary starts. The replay
/// runs beside trycmd, on its own folders.
#[test]
fn cli_as_typed() {
    for (k, v) in LOCALE.iter().chain(&ACTING) {
        std::env::set_var(k, v);
    }
    std::thread::scope(|s| {
        let replay = s.spawn(refusals_speak_on_stderr_only);
        golden();
        replay.join().expect("the replay does not panic");
    });
}

fn golden() {
    // Without its `.out/` folder a case runs in the crate's own folder, where the book it
    // makes is found again by the next run and its documents end up committed.
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/cmd");
    for entry in std::fs::read_dir(&dir).expect("the case files") {
        let path = entry.expect("a case file").path();
        if path.extension().is_some_and(|e| e == "md") {
            assert!(
                path.with_extension("out").is_dir(),
                "{} has no .out/ folder to run in",
                path.display()
            );
        }
    }
    let cases = trycmd::TestCases::new();
    cases
        .register_bin("ardoise", ardoise())
        // Shows which files a command wrote, or that a refusal wrote none.
        .register_bin("ls", Path::new("/bin/ls"));
    for (k, v) in ENV {
        cases.env(k, v);
    }
    cases.case("tests/cmd/*.md");
}

/// One `$ ` line of a case file, and whether the file expects it refused (`? 2`).
struct Step {
    env: Vec<(String, String)>,
    args: Vec<String>,
    refused: bool,
    line: usize,
}

fn steps(md: &str) -> Vec<Step> {
    let lines: Vec<&str> = md.lines().collect();
    let mut out = Vec::new();
    for (i, l) in lines.iter().enumerate() {
        let Some(cmd) = l.strip_prefix("$ ") else {
            continue;
        };
        let mut words = shlex::split(cmd).expect("a case's command line splits");
        let mut env = Vec::new();
        while let Some((k, v)) = words.first().and_then(|w| w.split_once('=')) {
            env.push((k.to_string(), v.to_string()));
            words.remove(0);
        }
        if words.first().map(String::as_str) != Some("ardoise") {
            continue;
        }
        words.remove(0);
        let refused = lines.get(i + 1).map(|n| n.trim()) == Some("? 2");
        out.push(Step {
            env,
            args: words,
            refused,
            line: i + 1,
        });
    }
    out
}

/// trycmd shows stdout and stderr merged, as a terminal does; this replays each case
/// file's session and holds what the merge hides: a refusal says its sentence on
/// stderr and prints nothing on stdout (a script reading stdout gets no half answer).
fn refusals_speak_on_stderr_only() {
    let mut files: Vec<PathBuf> = std::fs::read_dir("tests/cmd")
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "md"))
        .collect();
    files.sort();
    let replays: Vec<(usize, Vec<String>)> = std::thread::scope(|s| {
        let handles: Vec<_> = files.iter().map(|f| s.spawn(|| replay(f))).collect();
        handles
            .into_iter()
            .map(|h| h.join().expect("a replay does not panic"))
            .collect()
    });
    let refusals: usize = replays.iter().map(|(n, _)| n).sum();
    let failures: Vec<&String> = replays.iter().flat_map(|(_, f)| f).collect();
    assert!(
        refusals >= 50,
        "only {refusals} refusals found in tests/cmd"
    );
    assert!(
        failures.is_empty(),
        "{}",
        failures
            .iter()
            .map(|f| f.as_str())
            .collect::<Vec<_>>()
            .join("\n")
    );
}

/// Replays one case file; returns how many refusals it held and what went wrong.
fn replay(md: &Path) -> (usize, Vec<String>) {
    let text = std::fs::read_to_string(md).unwrap();
    let dir = tempfile::tempdir().unwrap();
    // A case's own starting files (`NAME.in/`), as trycmd copies them.
    let seed = md.with_extension("in");
    if let Ok(entries) = std::fs::read_dir(&seed) {
        for e in entries.flatten() {
            std::fs::copy(e.path(), dir.path().join(e.file_name())).unwrap();
        }
    }
    let mut failures = Vec::new();
    let mut refusals = 0;
    for step in steps(&text) {
        let mut c = Command::new(ardoise());
        c.args(&step.args)
            .current_dir(dir.path())
            .stdin(Stdio::null())
            .env_remove("ARDOISE_DB");
        for (k, v) in ENV.iter().chain(&ACTING) {
            c.env(k, v);
        }
        for (k, v) in &step.env {
            c.env(k, v);
        }
        let out = c.output().expect("ardoise runs");
        let at = format!("{}:{}", md.display(), step.line);
        let stdout = String::from_utf8_lossy(&out.stdout);
        let stderr = String::from_utf8_lossy(&out.stderr);
        if step.refused {
            refusals += 1;
            if out.status.code() != Some(2) {
                failures.push(format!("{at}: expected exit code 2, got {:?}", out.status));
            }
            if !stdout.is_empty() {
                failures.push(format!("{at}: a refusal printed on stdout: {stdout}"));
            }
            if stderr.trim().is_empty() {
                failures.push(format!("{at}: a refusal said nothing on stderr"));
            }
        } else if !out.status.success() {
            failures.push(format!("{at}: failed: {stderr}"));
        }
    }
    (refusals, failures)
}
