//! What the end-to-end tests share beyond driving the window: screenshots where a person
//! can look at them, clicks as a person makes them, the demo book started, and the book
//! and its files read back afterwards.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::Arc;

use ardoise_app::{Ardoise, FixedClock, Session};
use chrono::NaiveDate;

use crate::App;

/// Where screenshots land: `target/e2e/`.
pub fn shots() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../target/e2e")
}

/// A picture of the window, once transitions and toasts have settled.
pub async fn shot(app: &App, name: &str) {
    tokio::time::sleep(std::time::Duration::from_millis(600)).await;
    app.screenshot(&shots().join(name)).await;
}

/// Brings the first element matching `css` to the middle of the window.
pub async fn scroll_to(app: &App, css: &str) -> thirtyfour::WebElement {
    let element = app.find(css).await;
    app.web
        .execute(
            "arguments[0].scrollIntoView({ block: 'center', inline: 'nearest' })",
            vec![element.to_json().expect("element as JSON")],
        )
        .await
        .unwrap_or_else(|e| panic!("scroll to {css}: {e}"));
    element
}

/// Clicks the element as a person would: scrolled to the middle of the window first, so
/// a sticky table header or the page header does not cover it.
///
/// A page still loading its cards moves what is below them: the click waits until the
/// element has stayed where it is for 150 ms (two seconds at most), then re-centres it,
/// so it does not land on the card that just pushed it down.
pub async fn click(app: &App, css: &str) {
    let element = scroll_to(app, css).await;
    let started = std::time::Instant::now();
    let mut last = String::new();
    while started.elapsed() < std::time::Duration::from_secs(2) {
        let here: String = app
            .web
            .execute(
                "const r = arguments[0].getBoundingClientRect(); return `${r.x},${r.y},${r.width},${r.height}`",
                vec![element.to_json().expect("element as JSON")],
            )
            .await
            .and_then(|r| r.convert())
            .unwrap_or_default();
        if here == last {
            break;
        }
        last = here;
        tokio::time::sleep(std::time::Duration::from_millis(150)).await;
    }
    scroll_to(app, css)
        .await
        .click()
        .await
        .unwrap_or_else(|e| panic!("click {css}: {e}"));
}

/// Starts the demo book from the first-start screen and waits for its customers.
pub async fn start_demo(app: &App) {
    app.start_demo().await;
    app.wait_for("the demo customers", "[data-testid=customer-row]", |t| {
        t.len() >= 20
    })
    .await;
}

/// The SHA-256 of a file, as `sha256sum` computes it (not the app's own code).
pub fn sha256(path: &Path) -> String {
    let out = Command::new("sha256sum")
        .arg(path)
        .output()
        .expect("sha256sum");
    String::from_utf8_lossy(&out.stdout)[..64].to_string()
}

/// A PDF's text, as poppler's `pdftotext` reads it.
pub fn pdftotext(path: &Path) -> String {
    let out = Command::new("pdftotext")
        .arg(path)
        .arg("-")
        .output()
        .expect("pdftotext");
    assert!(out.status.success(), "pdftotext {}", path.display());
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// The book as the window left it, read back through the application layer, with the
/// business date the window ran on.
pub fn book(db: &Path, today: &str) -> (Ardoise, Session) {
    let today = NaiveDate::parse_from_str(today, "%Y-%m-%d").expect("date");
    let b = Ardoise::open(db, Arc::new(FixedClock::on(today))).expect("the book opens");
    let s = b.admin_session().expect("session");
    (b, s)
}

/// Leaves the field named `name` as a person does, with the Tab key.
pub async fn leave(app: &App, name: &str) {
    app.find(&format!("[name='{name}']"))
        .await
        .send_keys(thirtyfour::prelude::Key::Tab)
        .await
        .expect("tab out of the field");
}
