//! `ardoise check` through the real binary: a sound demo book exits 0 with a sentence; a
//! book tampered with plain SQL (triggers dropped first) exits 2 and names what is wrong.

use std::path::Path;
use std::process::{Command, Output};

fn ardoise(db: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_ardoise"))
        .env("ARDOISE_USER", "admin")
        .env("ARDOISE_PASSWORD", "demo")
        .arg("--db")
        .arg(db)
        .args(["--lang", "en"])
        .args(args)
        .env("ARDOISE_TODAY", "2026-11-25")
        .output()
        .expect("the ardoise binary runs")
}

#[test]
fn check_exits_0_on_a_sound_book_and_2_once_an_amount_was_rewritten() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("book.db");
    let demo = ardoise(&db, &["demo", "--customers", "12"]);
    assert!(demo.status.success(), "{demo:?}");

    let sound = ardoise(&db, &["check"]);
    let text = String::from_utf8_lossy(&sound.stdout);
    assert_eq!(sound.status.code(), Some(0), "{text}");
    assert!(text.contains("The book is sound"), "{text}");

    let number: String = {
        let sh = rusqlite::Connection::open(&db).unwrap();
        let number = sh
            .query_row(
                "SELECT number FROM invoices WHERE status = 'issued' AND kind = 'invoice'
                 ORDER BY id LIMIT 1",
                [],
                |r| r.get(0),
            )
            .unwrap();
        // Refused as it is; done once the trigger is dropped, as the shell could.
        let rewrite = "UPDATE invoices SET net_minor = 100, vat_minor = 20, gross_minor = 120
                       WHERE number = ?1";
        assert!(sh.execute(rewrite, [&number]).is_err());
        sh.execute_batch("DROP TRIGGER issued_invoice_no_update; DROP TRIGGER audit_log_no_delete")
            .unwrap();
        sh.execute(rewrite, [&number]).unwrap();
        sh.execute("DELETE FROM audit_log WHERE id = 3", [])
            .unwrap();
        number
    };

    let broken = ardoise(&db, &["check"]);
    let text = String::from_utf8_lossy(&broken.stdout);
    assert_eq!(broken.status.code(), Some(2), "{text}");
    assert!(
        text.contains(&format!("{number} says €1.20 gross")),
        "{text}"
    );
    assert!(
        text.contains("audit log is broken before entry #4"),
        "{text}"
    );
    assert!(!text.contains("sound"), "{text}");

    let json = ardoise(&db, &["check", "--json"]);
    assert_eq!(json.status.code(), Some(2));
    let report: serde_json::Value = serde_json::from_slice(&json.stdout).unwrap();
    let codes: Vec<&str> = report["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["code"].as_str().unwrap())
        .collect();
    // The payments it had received are now more than it says it is.
    assert_eq!(codes, ["totals", "over_allocation", "chain"], "{report:#}");
}
