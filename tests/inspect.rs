//! What the end-to-end tests read back, as a person would: the texts, attributes and
//! field values the window shows, whether anything overflows its box, the pages of a PDF
//! written, and amounts and dates the way the window writes them.

use std::path::Path;
use std::process::Command;

use chrono::NaiveDate;

use crate::fixtures::{scroll_to, shots};
use crate::App;

/// Like `shot`, with the element matching `css` in the middle of the picture (scrolled
/// once the page has settled, since cards loading above it push it down).
pub async fn shot_at(app: &App, css: &str, name: &str) {
    tokio::time::sleep(std::time::Duration::from_millis(600)).await;
    scroll_to(app, css).await;
    app.screenshot(&shots().join(name)).await;
}

/// Closes the toasts, once read, so they do not cover the picture.
pub async fn dismiss_toasts(app: &App) {
    for close in app.all("[data-testid=toast] .close").await {
        let _ = close.click().await;
    }
    app.wait_for("the toasts closed", "[data-testid=toast]", |t| t.is_empty())
        .await;
}

/// An attribute of every element matching `css`, in document order ("" when absent).
pub async fn attrs(app: &App, css: &str, name: &str) -> Vec<String> {
    app.web
        .execute(
            "return Array.from(document.querySelectorAll(arguments[0])).map(e => e.getAttribute(arguments[1]) ?? '')",
            vec![serde_json::json!(css), serde_json::json!(name)],
        )
        .await
        .and_then(|r| r.convert())
        .unwrap_or_else(|e| panic!("attribute {name} of {css}: {e}"))
}

/// What a person reads in every element matching `css`.
pub async fn texts(app: &App, css: &str) -> Vec<String> {
    app.web
        .execute(
            "return Array.from(document.querySelectorAll(arguments[0])).map(e => e.innerText)",
            vec![serde_json::json!(css)],
        )
        .await
        .and_then(|r| r.convert())
        .unwrap_or_else(|e| panic!("text of {css}: {e}"))
}

/// The value of the form field named `name`: for a date or month field, the ISO date it
/// holds (`data-value`), not the text it shows.
pub async fn field_value(app: &App, name: &str) -> String {
    app.web
        .execute(
            "const e = document.querySelector(`[name='${arguments[0]}']`); return e.dataset.value ?? e.value",
            vec![serde_json::json!(name)],
        )
        .await
        .and_then(|r| r.convert())
        .unwrap_or_else(|e| panic!("value of {name}: {e}"))
}

pub fn pdf_pages(path: &Path) -> usize {
    let out = Command::new("pdfinfo").arg(path).output().expect("pdfinfo");
    String::from_utf8_lossy(&out.stdout)
        .lines()
        .find_map(|l| l.strip_prefix("Pages:"))
        .and_then(|n| n.trim().parse().ok())
        .unwrap_or_else(|| panic!("a page count for {}", path.display()))
}

/// Runs of white space as one space: PDF text extraction breaks lines where it likes.
pub fn squeeze(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The digits an amount shows with two decimals: "1234.5" → "123450", and "1 234,50 €"
/// (as the French window writes it) → "123450".
pub fn cents_digits(amount: &str) -> String {
    let (int, frac) = amount.split_once('.').unwrap_or((amount, ""));
    let frac: String = frac.chars().chain("00".chars()).take(2).collect();
    format!("{int}{frac}")
        .chars()
        .filter(char::is_ascii_digit)
        .collect()
}

pub fn shown_digits(text: &str) -> String {
    text.chars().filter(char::is_ascii_digit).collect()
}

/// "2026-11-25" as the French window writes a date: "25/11/2026".
pub fn fr_date(iso: &str) -> String {
    let d = NaiveDate::parse_from_str(iso, "%Y-%m-%d").expect("an ISO date");
    d.format("%d/%m/%Y").to_string()
}

/// Every element matching `css` whose content is wider or taller than its box (a badge
/// running into the next column, a line neither wrapped nor cut on purpose, wrapped
/// lines spilling over the next row), described.
pub async fn overflowing(app: &App, css: &str) -> Vec<String> {
    app.web
        .execute(
            "return Array.from(document.querySelectorAll(arguments[0]))
               .filter(e => e.scrollWidth > e.clientWidth + 1 || e.scrollHeight > e.clientHeight + 1)
               .map(e => `${e.closest('[data-testid]')?.dataset.testid ?? ''}: ${e.innerText.slice(0, 60)} (${e.scrollWidth}×${e.scrollHeight} in ${e.clientWidth}×${e.clientHeight})`)",
            vec![serde_json::json!(css)],
        )
        .await
        .and_then(|r| r.convert())
        .unwrap_or_else(|e| panic!("overflow of {css}: {e}"))
}

/// Whether the page scrolls sideways (something wider than the window's main area).
pub async fn page_overflows(app: &App) -> bool {
    app.web
        .execute(
            "const m = document.querySelector('main'); return m.scrollWidth > m.clientWidth + 1",
            vec![],
        )
        .await
        .and_then(|r| r.convert())
        .unwrap_or_else(|e| panic!("page width: {e}"))
}

/// Waits until `script` (returning a boolean) holds.
pub async fn wait_js(app: &App, what: &str, script: &str) {
    let started = std::time::Instant::now();
    loop {
        let ok: bool = app
            .web
            .execute(script, vec![])
            .await
            .and_then(|r| r.convert())
            .unwrap_or(false);
        if ok {
            return;
        }
        if started.elapsed() > std::time::Duration::from_secs(15) {
            let path = shots().join(format!("failed-{}.png", what.replace(' ', "-")));
            let _ = app.screenshot(&path).await;
            panic!("{what}: never true (screenshot {})", path.display());
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
}
