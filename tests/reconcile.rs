//! The « Rapprochement Microsoft » page in the window: a demo book imports a generated
//! November of Partner Center (its customers are new, their products have no price, so
//! nothing re-bills them); the page, on the month picked, lists exactly the leaks the
//! application computes and shows the margin total it computes. In French, then in
//! English, at 1280 and 960 pixels wide, nothing cramped.

use std::collections::BTreeSet;
use std::path::Path;
use std::time::Duration;

use ardoise_app::domain::Lang;
use ardoise_app::partner_center::{generate_partner_center_file, GeneratedKind};
use ardoise_e2e::fixtures::{book, click, shot, start_demo};
use ardoise_e2e::inspect::{attrs, overflowing, page_overflows, texts};
use ardoise_e2e::App;
use thirtyfour::prelude::Key;

const TODAY: &str = "2026-12-07";
const LEAK: &str = "[data-testid=reconcile-leak-row]";
const TOTAL: &str = "[data-testid=margin-customers-total]";

async fn resize(app: &App, width: u32) {
    app.web
        .set_window_rect(0, 0, width, 800)
        .await
        .expect("resize the window");
    tokio::time::sleep(Duration::from_millis(400)).await;
}

/// Nothing cramped on the page and nothing wider than the window.
async fn roomy(app: &App, what: &str) {
    let css = "[data-testid=reconcile-summary] dt, [data-testid=reconcile-summary] h2, \
               .page-header h1, [data-testid=reconcile-export-csv], \
               [data-testid=margin-customers] th, [data-testid=reconcile-leaks] th";
    let cramped = overflowing(app, css).await;
    assert!(cramped.is_empty(), "{what}: {cramped:?}");
    assert!(
        !page_overflows(app).await,
        "{what}: the page scrolls sideways"
    );
}

/// Types the month as a person does ("11/2026") and waits for the report of it.
async fn pick_month(app: &App, month: &str, iso: &str) {
    // The field shows the month in words: select them all and type over them.
    let field = app.find("[name='period']").await;
    field.click().await.expect("focus the month");
    field
        .send_keys(Key::Control + "a")
        .await
        .expect("select the month");
    field.send_keys(month).await.expect("type the month");
    field.send_keys(Key::Tab).await.expect("leave the month");
    app.wait_for(
        &format!("the report of {iso}"),
        &format!("[data-testid=reconcile-summary][data-period='{iso}']"),
        |t| !t.is_empty(),
    )
    .await;
}

/// What the application itself says of November: the leaking subscriptions and the
/// margin total of each currency.
fn expected(db: &Path) -> (BTreeSet<String>, Vec<String>) {
    let (b, s) = book(db, TODAY);
    let report = b.reconcile(&s, "2026-11", Lang::Fr).expect("reconcile");
    let margin = b.margin(&s, "2026-11", Lang::Fr).expect("margin");
    let leaks = report
        .leaks
        .iter()
        .map(|l| l.pc_subscription_id.clone())
        .collect();
    let totals = margin
        .totals
        .iter()
        .map(|t| t.margin.amount.clone())
        .collect();
    (leaks, totals)
}

async fn check_page(app: &App, db: &Path, lang: &str) {
    click(app, "[data-testid=nav-reconcile]").await;
    app.find("[data-testid=reconcile-title]").await;
    // A month without a file says so; November lists its leaks.
    pick_month(app, "09/2026", "2026-09").await;
    assert!(app.all(LEAK).await.is_empty());
    pick_month(app, "11/2026", "2026-11").await;
    let (leaks, margin) = expected(db);
    assert!(!leaks.is_empty(), "the new customers' subscriptions leak");
    let shown: BTreeSet<String> = attrs(app, LEAK, "data-subscription")
        .await
        .into_iter()
        .collect();
    assert_eq!(shown, leaks);
    assert_eq!(attrs(app, TOTAL, "data-margin").await, margin);
    assert_eq!(
        attrs(app, "[data-testid=reconcile-files]", "data-equal").await,
        ["true"],
        "the month's cost is the file's Subtotal total"
    );
    let reasons = texts(app, &format!("{LEAK} .why")).await;
    let (word, code) = match lang {
        "fr" => ("aucune facture", "not_billed"),
        _ => ("no invoice", "not_billed"),
    };
    assert!(reasons.iter().any(|r| r == word), "{reasons:?}");
    assert!(!reasons.iter().any(|r| r.contains(code)), "{reasons:?}");
    if lang == "fr" {
        export_csv(app, &margin).await;
    }
    shot(app, &format!("reconcile-{lang}-1280.png")).await;
    roomy(app, &format!("{lang} at 1280")).await;
    resize(app, 960).await;
    shot(app, &format!("reconcile-{lang}-960.png")).await;
    roomy(app, &format!("{lang} at 960")).await;
    app.find("[data-testid=margin-chart]")
        .await
        .scroll_into_view()
        .await
        .expect("scroll to the margin");
    shot(app, &format!("reconcile-margin-{lang}-960.png")).await;
}

/// The margin saved as CSV from the window, read back: French headers, semicolons,
/// decimal commas, and the totals the book computes.
async fn export_csv(app: &App, margins: &[String]) {
    click(app, "[data-testid=reconcile-export-csv]").await;
    let path = app
        .find("[data-testid=reconcile-exported-path]")
        .await
        .text()
        .await
        .expect("the path");
    let csv = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    let csv = csv.trim_start_matches('\u{feff}');
    assert!(
        csv.starts_with(
            "Type;Nom;Devise;Coût Microsoft;Revente;dont brouillons;Marge;Taux de marge\n"
        ),
        "{csv}"
    );
    let totals: Vec<&str> = csv
        .lines()
        .filter(|l| l.starts_with("Total;"))
        .map(|l| l.split(';').nth(6).unwrap_or_default())
        .collect();
    let expected: Vec<String> = margins
        .iter()
        .map(|m| {
            let (int, frac) = m.split_once('.').unwrap_or((m, ""));
            format!("{int},{frac:0<2}")
        })
        .collect();
    assert_eq!(totals, expected, "{csv}");
}

#[tokio::test(flavor = "multi_thread")]
async fn the_page_lists_the_leaks_and_the_margin_the_book_computes() {
    let dir = tempfile::tempdir().expect("temp dir");
    let db = dir.path().join("book.db");
    let app = App::launch(&db, TODAY, "fr_FR.UTF-8").await;
    resize(&app, 1280).await;
    start_demo(&app).await;
    // November from Partner Center, imported beside the window, as the CLI would.
    let file = dir.path().join("novembre.csv");
    generate_partner_center_file(&file, 300, 10, true, GeneratedKind::Invoice).expect("the file");
    {
        let (b, s) = book(&db, TODAY);
        let done = b
            .partner_center_import(&s, &file.display().to_string(), true, Lang::Fr)
            .expect("the import");
        assert_eq!(done.outcome, "imported");
    }
    check_page(&app, &db, "fr").await;
    app.quit().await;

    let app = App::launch(&db, TODAY, "en_GB.UTF-8").await;
    resize(&app, 1280).await;
    check_page(&app, &db, "en").await;
    app.quit().await;
}
