//! The CLI's tables in French and in English print words, never codes: the real binary
//! on a demo book, every list and show command a clerk reads, after a payment of every
//! method and a credit note. Which codes exist comes from the enums themselves
//! (`code_words::every_code`); `printed_codes::codes_printed` says which a text prints.
//! Also: in English, no collection step is named in French; and a choice refused (a
//! payment method, a channel, a frequency…) names the words to choose from, not codes.

use std::path::Path;
use std::process::Command;

use ardoise_app::domain::collections::Policy;
use ardoise_app::domain::invoicing::PaymentMethod;
use ardoise_app::domain::printed_codes::codes_printed;
use ardoise_app::domain::Lang;

const TODAY: &str = "2026-11-15";

/// The real binary on the book in `dir`, as of `TODAY`.
fn run(dir: &Path, args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_ardoise"))
        .env("ARDOISE_USER", "admin")
        .env("ARDOISE_PASSWORD", "demo")
        .current_dir(dir)
        .env("ARDOISE_DB", dir.join("book.db"))
        .env("ARDOISE_TODAY", TODAY)
        .args(args)
        .output()
        .expect("the CLI runs")
}

fn ardoise(dir: &Path, args: &[&str]) -> String {
    let out = run(dir, args);
    let text = String::from_utf8_lossy(&out.stdout).to_string();
    assert!(
        out.status.success(),
        "ardoise {args:?} failed: {}{text}",
        String::from_utf8_lossy(&out.stderr)
    );
    text
}

/// The list and show commands, each with its arguments.
const READS: &[&[&str]] = &[
    &["customers", "list"],
    &["customers", "show", "1"],
    &["customers", "show", "6"],
    &["subscriptions", "list"],
    &["products", "list"],
    &["invoices", "list"],
    &["payments", "list"],
    &["aging"],
    &["collections", "run"],
    &["support", "requests", "list"],
    &["support", "plans", "list"],
    &["support", "requests", "show", "1"],
];

#[test]
fn cli_tables_print_words_not_codes() {
    let dir = tempfile::tempdir().unwrap();
    let dir = dir.path();
    ardoise(dir, &["demo", "--customers", "6"]);
    for method in PaymentMethod::ALL {
        ardoise(
            dir,
            &[
                "payments",
                "add",
                "--customer",
                "1",
                "--amount",
                "1",
                "--method",
                method.code(),
            ],
        );
    }
    let credited = ardoise(
        dir,
        &[
            "--lang",
            "fr",
            "credit-note",
            "F2026-00001",
            "--amount",
            "1",
            "--reason",
            "Geste commercial",
        ],
    );
    assert!(credited.contains("AV"), "a credit note: {credited}");

    let policy = Policy::default_policy();
    let mut found = Vec::new();
    for (lang, flag) in [(Lang::Fr, "fr"), (Lang::En, "en")] {
        for read in READS {
            let mut args = vec!["--lang", flag];
            args.extend_from_slice(read);
            let text = ardoise(dir, &args);
            assert!(text.split_whitespace().count() > 3, "{args:?}: {text}");
            found.extend(
                codes_printed(&text, lang)
                    .into_iter()
                    .map(|f| format!("{args:?}: {f}")),
            );
            if lang == Lang::En {
                for step in &policy.steps {
                    if text.contains(&step.name_fr) {
                        found.push(format!("{args:?}: French step « {} »", step.name_fr));
                    }
                }
            }
        }
    }
    assert!(
        found.is_empty(),
        "{} codes printed:\n{}",
        found.len(),
        found.join("\n")
    );
}

/// `args` refused: what the CLI says on its error stream.
fn refused(dir: &Path, args: &[&str]) -> String {
    let out = run(dir, args);
    assert!(!out.status.success(), "ardoise {args:?} was not refused");
    String::from_utf8_lossy(&out.stderr).to_string()
}

/// Each command with a choice outside its list.
const BAD_CHOICES: &[&[&str]] = &[
    &[
        "payments",
        "add",
        "--customer",
        "1",
        "--amount",
        "1",
        "--method",
        "bitcoin",
    ],
    &["invoices", "list", "--state", "lost"],
    &["collections", "sent", "1", "--via", "pigeon"],
    &[
        "subscriptions",
        "add",
        "--customer",
        "1",
        "--product",
        "1",
        "--quantity",
        "1",
        "--term",
        "weekly",
    ],
    &[
        "subscriptions",
        "add",
        "--customer",
        "1",
        "--product",
        "1",
        "--quantity",
        "1",
        "--billing",
        "weekly",
    ],
    &[
        "support",
        "requests",
        "add",
        "--customer",
        "1",
        "--category",
        "billing",
        "--severity",
        "huge",
        "--subject",
        "x",
    ],
    &[
        "support",
        "requests",
        "add",
        "--customer",
        "1",
        "--category",
        "lunch",
        "--severity",
        "low",
        "--subject",
        "x",
    ],
    &[
        "support",
        "requests",
        "add",
        "--customer",
        "1",
        "--category",
        "billing",
        "--severity",
        "low",
        "--subject",
        "x",
        "--channel",
        "pigeon",
    ],
];

#[test]
fn a_refused_choice_names_words_not_codes() {
    let dir = tempfile::tempdir().unwrap();
    let dir = dir.path();
    ardoise(dir, &["demo", "--customers", "2"]);
    let mut found = Vec::new();
    for (lang, flag, choose) in [
        (Lang::Fr, "fr", "Choisissez parmi"),
        (Lang::En, "en", "Choose one of"),
    ] {
        for bad in BAD_CHOICES {
            let mut args = vec!["--lang", flag];
            args.extend_from_slice(bad);
            let text = refused(dir, &args);
            assert!(text.contains(choose), "{args:?}: {text}");
            found.extend(
                codes_printed(&text, lang)
                    .into_iter()
                    .map(|f| format!("{args:?}: {f}")),
            );
        }
    }
    assert!(
        found.is_empty(),
        "{} codes printed:\n{}",
        found.len(),
        found.join("\n")
    );
    // The sentence's words are what the CLI takes, too.
    let paid = ardoise(
        dir,
        &[
            "--lang",
            "fr",
            "payments",
            "add",
            "--customer",
            "1",
            "--amount",
            "1",
            "--method",
            "prélèvement",
        ],
    );
    assert!(paid.contains("Prélèvement"), "{paid}");
}
