//! Statements and the aging report as a person uses them: the aging report on the demo
//! book, a click through to the customer who owes most, their statement previewed and
//! saved (the file on disk, its hash in the customer's log), and the month-end batch.

use std::path::PathBuf;
use std::process::Command;

use ardoise_e2e::fixtures::{book, click, sha256, shot, start_demo};
use ardoise_e2e::App;

const TODAY: &str = "2026-11-25";

#[tokio::test(flavor = "multi_thread")]
async fn from_the_aging_report_to_a_customers_statement_saved_and_logged() {
    let dir = tempfile::tempdir().expect("temp dir");
    let db = dir.path().join("book.db");
    let app = App::launch(&db, TODAY, "fr_FR.UTF-8").await;
    start_demo(&app).await;

    click(&app, "[data-testid=nav-reports]").await;
    let rows = app
        .wait_for("customers owing", "[data-testid=aging-row]", |t| {
            t.len() >= 3
        })
        .await;
    app.find("[data-testid=aging-chart]").await;
    app.wait_for("the total per currency", "[data-testid=aging-total]", |t| {
        t.first().is_some_and(|s| s.contains('€'))
    })
    .await;
    shot(&app, "aging-fr.png").await;

    let first = &rows[0];
    let customer_id: i64 = first
        .attr("data-id")
        .await
        .expect("data-id")
        .expect("a customer id")
        .parse()
        .expect("a number");
    first.click().await.expect("open the customer");
    app.find("[data-testid=statement-card]").await;
    app.wait_for(
        "the closing balance",
        "[data-testid=statement-closing]",
        |t| t.first().is_some_and(|s| s.contains('€')),
    )
    .await;
    let open_items = app.all("[data-testid=statement-open-item]").await.len();
    assert!(
        open_items >= 1,
        "the customer who owes most has open invoices"
    );

    click(&app, "[data-testid=statement-preview]").await;
    app.find("[data-testid=statement-pdf-preview] canvas").await;
    shot(&app, "customer-statement-fr.png").await;
    click(&app, "[data-testid=statement-pdf-close]").await;

    click(&app, "[data-testid=statement-save]").await;
    let path = app
        .wait_for(
            "the file written",
            "[data-testid=statement-saved-path]",
            |t| t.first().is_some_and(|p| p.trim().ends_with(".pdf")),
        )
        .await;
    let path = path[0].text().await.unwrap_or_default();
    // The customer's reminder letters are in the log too; one statement now.
    let shown = app
        .wait_for(
            "the log entry",
            "[data-testid=communication-row][data-kind=statement]",
            |t| t.len() == 1,
        )
        .await;
    assert_eq!(shown.len(), 1);
    shot(&app, "customer-statement-saved-fr.png").await;
    app.quit().await;

    // The window's path may be shortened on screen; the book knows the file's name.
    let (b, s) = book(&db, TODAY);
    let log: Vec<_> = b
        .communications(&s, customer_id)
        .expect("the log")
        .into_iter()
        .filter(|c| c.kind == "statement")
        .collect();
    assert_eq!(log.len(), 1, "one statement produced, one entry");
    let name = log[0].file_name.clone().expect("a file name");
    assert!(path.trim().ends_with(&name), "{path} is {name}");
    let file = db
        .parent()
        .expect("the book's folder")
        .join("documents")
        .join(&name);
    assert!(file.exists(), "{} written", file.display());
    assert_eq!(
        log[0].sha256,
        sha256(&file),
        "the log keeps the file's hash"
    );
    let text = Command::new("pdftotext")
        .arg(&file)
        .arg("-")
        .output()
        .expect("pdftotext");
    let text = String::from_utf8_lossy(&text.stdout);
    assert!(text.contains("RELEVÉ DE COMPTE"), "{text}");
}

#[tokio::test(flavor = "multi_thread")]
async fn the_month_end_batch_writes_a_statement_per_customer_with_a_balance() {
    let dir = tempfile::tempdir().expect("temp dir");
    let db = dir.path().join("book.db");
    // The page sends no folder: the batch goes to the documents folder beside the book
    // (another one comes only from the system's dialog, which WebDriver cannot drive).
    let out = dir.path().join("documents").join("statements").join(TODAY);
    let app = App::launch(&db, TODAY, "en_US.UTF-8").await;
    start_demo(&app).await;

    click(&app, "[data-testid=nav-reports]").await;
    app.wait_for("customers owing", "[data-testid=aging-row]", |t| {
        t.len() >= 3
    })
    .await;
    shot(&app, "aging-en.png").await;
    click(&app, "[data-testid=open-statements-batch]").await;
    app.find("[data-testid=batch-form]").await;
    app.wait_for(
        "the default folder shown",
        "[data-testid=batch-out-dir]",
        |t| t.first().is_some_and(|p| p.contains("documents")),
    )
    .await;
    shot(&app, "statements-batch-form-en.png").await;
    click(&app, "[data-testid=batch-start]").await;
    let produced = app
        .wait_for("the batch result", "[data-testid=batch-produced]", |t| {
            t.first().is_some_and(|s| s.contains("statement"))
        })
        .await;
    let produced = produced[0].text().await.unwrap_or_default();
    let n: usize = produced
        .split_whitespace()
        .next()
        .and_then(|w| w.parse().ok())
        .unwrap_or_else(|| panic!("a count in {produced:?}"));
    assert!(n >= 3, "{produced}");
    app.find("[data-testid=batch-combined-path]").await;
    shot(&app, "statements-batch-en.png").await;
    app.quit().await;

    let files: Vec<PathBuf> = std::fs::read_dir(&out)
        .expect("the folder was created")
        .map(|e| e.expect("entry").path())
        .collect();
    let combined: Vec<&PathBuf> = files
        .iter()
        .filter(|p| {
            p.file_name()
                .is_some_and(|n| n.to_string_lossy().starts_with("Statements-"))
        })
        .collect();
    assert_eq!(combined.len(), 1, "one file to print: {files:?}");
    assert_eq!(
        files.len(),
        n + 1,
        "one file per customer and the combined one"
    );
    let (b, s) = book(&db, TODAY);
    let logged: usize = b
        .customers(&s)
        .expect("customers")
        .iter()
        .map(|c| {
            b.communications(&s, c.id)
                .expect("log")
                .iter()
                .filter(|e| e.kind == "statement")
                .count()
        })
        .sum();
    assert_eq!(logged, n, "each statement is in its customer's log");
}
