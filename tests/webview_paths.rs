//! The page cannot make the shell write to or open a path or URL of its choosing: each
//! command is called straight through Tauri's IPC, as a compromised page would, and
//! refuses; nothing is written.

use ardoise_e2e::fixtures::start_demo;
use ardoise_e2e::App;
use serde_json::{json, Value};

const TODAY: &str = "2026-11-25";

/// Calls `command` with `args` from the page; the error's code, or "ok".
async fn invoke(app: &App, command: &str, args: Value) -> String {
    let result = app
        .web
        .execute(
            "return window.__TAURI_INTERNALS__.invoke(arguments[0], arguments[1])
                .then(() => 'ok', (e) => (e && e.code) || String(e))",
            vec![json!(command), args],
        )
        .await
        .unwrap_or_else(|e| panic!("{command}: {e}"));
    result.json().as_str().unwrap_or_default().to_string()
}

#[tokio::test(flavor = "multi_thread")]
async fn paths_and_urls_sent_by_the_page_are_refused() {
    let dir = tempfile::tempdir().expect("temp dir");
    let db = dir.path().join("book.db");
    let app = App::launch(&db, TODAY, "en_US.UTF-8").await;
    start_demo(&app).await;
    let documents = dir.path().join("documents");
    let before = listing(&documents);

    for target in [
        json!({ "path": "/usr/bin/xterm" }),
        json!({ "path": "https://example.com/payload" }),
        json!({ "path": "file:///etc/passwd" }),
        json!({ "path": "/etc" }),
        json!({ "path": db.display().to_string() }),
    ] {
        assert_eq!(
            invoke(&app, "document_open", json!({ "target": target })).await,
            "path_refused",
            "{target}"
        );
    }
    assert_eq!(
        invoke(&app, "document_open", json!({ "target": { "file": 9999 } })).await,
        "not_found"
    );

    let evil = dir.path().join("evil");
    let batch = |out_dir: &str, combined: Value| {
        json!({ "request": {
            "selection": "with_balance", "from": "2026-11-01", "to": TODAY, "as_of": TODAY,
            "out_dir": out_dir, "combined": combined,
        }})
    };
    let evil_dir = evil.display().to_string();
    assert_eq!(
        invoke(&app, "statements_batch", batch(&evil_dir, Value::Null)).await,
        "path_refused"
    );
    let overwrite = dir.path().join("victim.txt");
    std::fs::write(&overwrite, b"the user's own file").expect("a file");
    assert_eq!(
        invoke(
            &app,
            "statements_batch",
            batch("", json!(overwrite.display().to_string()))
        )
        .await,
        "path_refused"
    );
    let letters = json!({ "request": { "as_of": TODAY, "only": [], "out_dir": evil_dir } });
    assert_eq!(
        invoke(&app, "letters_produce", letters).await,
        "path_refused"
    );
    let notices = json!({ "request": { "as_of": TODAY, "customer_ids": [], "out_dir": evil_dir } });
    assert_eq!(
        invoke(&app, "renewal_notices_produce", notices).await,
        "path_refused"
    );
    app.quit().await;

    assert!(!evil.exists(), "nothing was written where the page said");
    assert_eq!(
        std::fs::read(&overwrite).expect("still there"),
        b"the user's own file"
    );
    assert_eq!(listing(&documents), before, "nor in the documents folder");
}

/// Every file below `dir`, sorted.
fn listing(dir: &std::path::Path) -> Vec<std::path::PathBuf> {
    let mut found = Vec::new();
    let mut todo = vec![dir.to_path_buf()];
    while let Some(d) = todo.pop() {
        for entry in std::fs::read_dir(&d).into_iter().flatten().flatten() {
            let p = entry.path();
            if p.is_dir() {
                todo.push(p);
            } else {
                found.push(p);
            }
        }
    }
    found.sort();
    found
}
