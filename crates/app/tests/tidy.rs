//! The rules of the tree, checked on every `cargo test` (in the spirit of rust-analyzer's
//! `xtask/src/tidy.rs`): the layers stay where DESIGN.md puts them, no source file grows
//! past 600 lines, and modules of one crate do not use each other in a circle.
//!
//! Each rule walks the files it is about and fails with the whole list of what breaks it,
//! file and line, so one run says everything to fix. An exception is written in an
//! allow-list below with its reason; an entry that no longer matches anything fails too,
//! so the lists only shrink.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};

const MAX_LINES: usize = 600;

/// Shell files that may still touch the file system, and why.
const FS_ALLOWED: &[(&str, &str)] = &[
    // Benchmarks are developer tools run by hand, not a user's command: they make their own
    // scratch books in a temporary folder and write their report next to them.
    ("crates/cli/src/bench.rs", "benchmark scratch files"),
    ("crates/cli/src/bench_backup.rs", "benchmark scratch files"),
    ("crates/cli/src/bench_bank.rs", "benchmark scratch files"),
    (
        "crates/cli/src/bench_statements.rs",
        "benchmark scratch files",
    ),
    ("crates/cli/src/bench_support.rs", "benchmark scratch files"),
    ("crates/cli/src/bench_login.rs", "benchmark scratch files"),
    ("crates/cli/src/bench_audit.rs", "benchmark scratch files"),
    (
        "crates/cli/src/bench_partner_center.rs",
        "benchmark scratch files and the process's memory",
    ),
];

/// CLI files that are the terminal's plumbing rather than runners of a command: printing
/// to stdout/stderr and reading the terminal is their job.
const CLI_PLUMBING: &[&str] = &["terminal.rs", "output.rs"];

/// Files over 600 lines that stay so for now, and why.
const LONG_ALLOWED: &[(&str, &str)] = &[
    // Generated from the Rust declarations; issue #11 part "bindings" replaces the generator.
    (
        "ui/src/lib/bindings.ts",
        "generated from the declarations in crates/app (typescript.rs)",
    ),
    // The UI's typed catalogue: one key per line, nothing to split by job.
    ("ui/src/lib/messages/en.ts", "the UI's word catalogue, data"),
    ("ui/src/lib/messages/fr.ts", "the UI's word catalogue, data"),
];

/// Cycles between modules of one crate that are known, as "crate: a <-> b".
const CYCLES_ALLOWED: &[(&str, &str)] = &[
    // A command's declaration (a macro beside the transport types) names the use case it
    // calls; the use case does not depend on the macro, only on the types beside it.
    (
        "crates/app: saved <-> transport_statements",
        "a command declaration names its use case",
    ),
    // The benchmarks (developer tools, not a user's command) share their scratch-book
    // helpers through bench.rs, which dispatches to them.
    (
        "crates/cli: bench <-> bench_backup",
        "benchmarks share bench.rs's helpers",
    ),
    (
        "crates/cli: bench <-> bench_bank",
        "benchmarks share bench.rs's helpers",
    ),
    (
        "crates/cli: bench <-> bench_statements",
        "benchmarks share bench.rs's helpers",
    ),
    (
        "crates/cli: bench <-> bench_login",
        "benchmarks share bench.rs's helpers",
    ),
    (
        "crates/cli: bench <-> bench_audit",
        "benchmarks share bench.rs's helpers",
    ),
    // A subscription's form takes its term, frequency and status typed as the code or the
    // word; the closed lists' words are those of the subscription's own codes.
    (
        "crates/domain: choices <-> subscription",
        "a form takes a choice as its code or its word",
    ),
];

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// Every file under `dir` (relative to the root) whose name ends with one of `exts`,
/// skipping build output and dependencies.
fn files(dir: &str, exts: &[&str]) -> Vec<PathBuf> {
    fn walk(dir: &Path, exts: &[&str], out: &mut Vec<PathBuf>) {
        let Ok(entries) = fs::read_dir(dir) else {
            return;
        };
        for entry in entries.flatten() {
            let path = entry.path();
            let name = entry.file_name().to_string_lossy().into_owned();
            if path.is_dir() {
                if !matches!(name.as_str(), "target" | "node_modules" | "dist" | "gen") {
                    walk(&path, exts, out);
                }
            } else if exts.iter().any(|e| name.ends_with(e)) {
                out.push(path);
            }
        }
    }
    let mut out = Vec::new();
    walk(&root().join(dir), exts, &mut out);
    out.sort();
    out
}

/// The path as written in this file's lists: relative to the root, with `/`.
fn rel(path: &Path) -> String {
    let root = root().canonicalize().expect("the workspace root");
    let path = path.canonicalize().expect("a file found by the walk");
    path.strip_prefix(&root)
        .unwrap_or(&path)
        .to_string_lossy()
        .replace('\\', "/")
}

fn read(path: &Path) -> String {
    fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// The file's lines that are code: line comments and doc comments left out, so a comment
/// may name what a rule forbids.
fn code_lines(text: &str) -> impl Iterator<Item = (usize, &str)> {
    text.lines().enumerate().filter_map(|(i, line)| {
        let t = line.trim_start();
        (!t.starts_with("//")).then_some((i + 1, line))
    })
}

/// `file:line: text` for every code line of `paths` holding one of `needles`.
fn findings(paths: &[PathBuf], needles: &[&str]) -> Vec<String> {
    let mut out = Vec::new();
    for path in paths {
        let text = read(path);
        for (n, line) in code_lines(&text) {
            if let Some(needle) = needles.iter().find(|needle| line.contains(*needle)) {
                out.push(format!("{}:{n}: `{needle}` in {}", rel(path), line.trim()));
            }
        }
    }
    out
}

fn fail_if_any(rule: &str, found: Vec<String>) {
    assert!(
        found.is_empty(),
        "{rule}:\n  {}\n(fix them, or add an entry with its reason to the allow-list in {})",
        found.join("\n  "),
        file!()
    );
}

/// Fails when an allow-list entry matches nothing any more: once fixed, it goes.
fn no_stale(list: &str, entries: &[&str], seen: &BTreeSet<String>) {
    let stale: Vec<&&str> = entries.iter().filter(|e| !seen.contains(**e)).collect();
    assert!(
        stale.is_empty(),
        "{list} names what no longer breaks the rule; remove: {stale:?}"
    );
}

#[test]
fn shells_do_not_touch_the_file_system() {
    let mut paths = files("src-tauri/src", &[".rs"]);
    paths.retain(|p| {
        p.file_name()
            .is_some_and(|n| n.to_string_lossy().starts_with("commands"))
    });
    paths.extend(files("crates/cli/src", &[".rs"]).into_iter().filter(|p| {
        let name = p.file_name().map(|n| n.to_string_lossy().into_owned());
        !CLI_PLUMBING.contains(&name.unwrap_or_default().as_str())
    }));
    assert!(paths.len() > 5, "the shells' files were not found");
    let all = findings(&paths, &["std::fs", "File::", "OpenOptions"]);
    let allowed: Vec<&str> = FS_ALLOWED.iter().map(|(f, _)| *f).collect();
    let seen: BTreeSet<String> = all
        .iter()
        .filter_map(|f| f.split(':').next().map(str::to_string))
        .collect();
    let found = all
        .into_iter()
        .filter(|f| !allowed.iter().any(|a| f.starts_with(&format!("{a}:"))))
        .collect();
    fail_if_any(
        "A Tauri command or a CLI runner touches the file system (the application layer does)",
        found,
    );
    no_stale("FS_ALLOWED", &allowed, &seen);
}

#[test]
fn sql_lives_only_in_the_store() {
    // Production code only: tests break books with SQL on purpose, and the end-to-end
    // tests' `execute(` is WebDriver's.
    let mut paths = files("src-tauri/src", &[".rs"]);
    for krate in fs::read_dir(root().join("crates"))
        .expect("crates/")
        .flatten()
    {
        let name = krate.file_name().to_string_lossy().into_owned();
        if name != "store" {
            paths.extend(files(&format!("crates/{name}/src"), &[".rs"]));
        }
    }
    assert!(paths.len() > 20, "the sources were not found");
    let found = findings(
        &paths,
        &[
            "SELECT ",
            "INSERT ",
            "UPDATE ",
            "DELETE FROM",
            "CREATE TABLE",
            "rusqlite",
            "execute(",
        ],
    );
    fail_if_any("SQL outside crates/store", found);
}

#[test]
fn the_domain_does_no_io_and_reads_no_clock() {
    let paths = files("crates/domain/src", &[".rs"]);
    assert!(paths.len() > 10, "the domain's files were not found");
    let found = findings(
        &paths,
        &[
            "std::fs",
            "std::net",
            "Utc::now",
            "Local::now",
            "SystemTime",
        ],
    );
    fail_if_any(
        "The domain does I/O or reads the clock (the date is passed in)",
        found,
    );
}

#[test]
fn only_the_api_module_calls_invoke() {
    let paths = files("ui/src", &[".ts", ".svelte"]);
    assert!(paths.len() > 10, "the UI's files were not found");
    let found = findings(&paths, &["invoke("])
        .into_iter()
        .filter(|f| !f.starts_with("ui/src/lib/api.ts:"))
        .collect();
    fail_if_any("`invoke(` outside ui/src/lib/api.ts", found);
}

#[test]
fn no_source_file_is_over_600_lines() {
    let mut long = Vec::new();
    let mut seen = BTreeSet::new();
    for dir in ["crates", "src-tauri", "tests", "ui/src"] {
        for path in files(dir, &[".rs", ".ts", ".svelte"]) {
            let lines = read(&path).lines().count();
            if lines > MAX_LINES {
                let name = rel(&path);
                if LONG_ALLOWED.iter().any(|(f, _)| *f == name) {
                    seen.insert(name);
                } else {
                    long.push(format!("{name}: {lines} lines"));
                }
            }
        }
    }
    fail_if_any(
        &format!("Files over {MAX_LINES} lines (split them by job)"),
        long,
    );
    let allowed: Vec<&str> = LONG_ALLOWED.iter().map(|(f, _)| *f).collect();
    no_stale("LONG_ALLOWED", &allowed, &seen);
}

/// A crate's modules, by path (`collections::letters`), from its files: `src/a/b.rs` and
/// `src/a/b/mod.rs` are `a::b`; `lib.rs`, `main.rs` and test files are left out.
fn modules(src: &Path) -> BTreeMap<String, PathBuf> {
    let mut out = BTreeMap::new();
    for path in files(&rel(src), &[".rs"]) {
        let rel_path = path.strip_prefix(src).unwrap_or(&path).with_extension("");
        let mut parts: Vec<String> = rel_path
            .components()
            .map(|c| c.as_os_str().to_string_lossy().into_owned())
            .collect();
        if parts.last().is_some_and(|p| p == "mod") {
            parts.pop();
        }
        let last = parts.last().cloned().unwrap_or_default();
        if parts.is_empty()
            || (parts.len() == 1 && (last == "lib" || last == "main"))
            || last == "tests"
            || last.ends_with("_tests")
        {
            continue;
        }
        out.insert(parts.join("::"), path);
    }
    out
}

/// The paths `code` names after `prefix` (`crate::` or `super::`), groups expanded:
/// `crate::{a, b::c}` names `a` and `b::c`.
fn paths_after<'a>(code: &'a str, prefix: &str) -> Vec<&'a str> {
    let ident = |c: char| c.is_alphanumeric() || c == '_' || c == ':';
    let mut out = Vec::new();
    for (at, _) in code.match_indices(prefix) {
        if code[..at].ends_with(|c: char| c.is_alphanumeric() || c == '_') {
            continue;
        }
        let rest = &code[at + prefix.len()..];
        if let Some(group) = rest.strip_prefix('{') {
            let end = group.find('}').unwrap_or(group.len());
            for item in group[..end].split(',') {
                let item = item
                    .trim()
                    .split(|c: char| !ident(c))
                    .next()
                    .unwrap_or_default();
                out.push(item);
            }
        } else {
            out.push(rest.split(|c: char| !ident(c)).next().unwrap_or_default());
        }
    }
    out
}

/// The modules `text` (the file of module `me`) names through `crate::…` or `super::…`,
/// resolved to the longest known module; code under `#[cfg(test)]` is left out.
fn used_modules(me: &str, text: &str, known: &BTreeMap<String, PathBuf>) -> BTreeSet<String> {
    let before_tests = text.split("#[cfg(test)]").next().unwrap_or_default();
    let code: String = code_lines(before_tests)
        .map(|(_, line)| line)
        .collect::<Vec<_>>()
        .join("\n");
    let mut parent: Vec<&str> = me.split("::").collect();
    parent.pop();
    let mut out = BTreeSet::new();
    for (prefix, base) in [("crate::", Vec::new()), ("super::", parent)] {
        for path in paths_after(&code, prefix) {
            let full: Vec<&str> = base
                .iter()
                .copied()
                .chain(path.split("::").filter(|s| !s.is_empty()))
                .collect();
            if let Some(found) = (1..=full.len())
                .rev()
                .map(|n| full[..n].join("::"))
                .find(|m| known.contains_key(m))
            {
                out.insert(found);
            }
        }
    }
    out
}

fn related(a: &str, b: &str) -> bool {
    a == b || a.starts_with(&format!("{b}::")) || b.starts_with(&format!("{a}::"))
}

#[test]
fn modules_of_a_crate_do_not_use_each_other_in_a_circle() {
    let mut crates: Vec<PathBuf> = fs::read_dir(root().join("crates"))
        .expect("crates/")
        .flatten()
        .map(|e| e.path().join("src"))
        .collect();
    crates.push(root().join("src-tauri/src"));
    crates.sort();
    let mut cycles = Vec::new();
    for src in crates.iter().filter(|s| s.is_dir()) {
        let known = modules(src);
        let edges: BTreeMap<&str, BTreeSet<String>> = known
            .iter()
            .map(|(m, path)| {
                let used = used_modules(m, &read(path), &known)
                    .into_iter()
                    // A module and its own submodules are one unit, not a cycle.
                    .filter(|u| !related(m, u))
                    .collect();
                (m.as_str(), used)
            })
            .collect();
        let krate = rel(src.parent().unwrap_or(src));
        for (a, used) in &edges {
            for b in used.iter().filter(|b| a < &b.as_str()) {
                if edges.get(b.as_str()).is_some_and(|back| back.contains(*a)) {
                    cycles.push(format!("{krate}: {a} <-> {b}"));
                }
            }
        }
    }
    let allowed: Vec<&str> = CYCLES_ALLOWED.iter().map(|(c, _)| *c).collect();
    let seen: BTreeSet<String> = cycles.iter().cloned().collect();
    let found = cycles
        .into_iter()
        .filter(|c| !allowed.contains(&c.as_str()))
        .collect();
    fail_if_any(
        "Modules that use each other (move what they share to where it belongs)",
        found,
    );
    no_stale("CYCLES_ALLOWED", &allowed, &seen);
}
