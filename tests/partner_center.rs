//! A Partner Center file imported in the real window. The system's dialog (answered
//! through `ARDOISE_E2E_PICK`) names a generated file: a large one shows its reading's bar
//! and is cancelled; a small one is previewed (its customers as the application layer
//! reads them), imported, and its new customers and their subscriptions are in the book
//! and on the Customers page. The same file again says it was imported, by whom and when;
//! a bad file is refused with its line and column; a role that may not import is not shown
//! the page. Looked at in French and English, at 1280 and 960 px.

use std::path::Path;

use ardoise_app::domain::Lang;
use ardoise_app::partner_center::{generate_partner_center_file, GeneratedKind};
use ardoise_e2e::fixtures::{book, click, scroll_to, sha256, shot, shots};
use ardoise_e2e::inspect::{attrs, overflowing, page_overflows, texts, wait_js};
use ardoise_e2e::App;

const TODAY: &str = "2026-12-07";

async fn resize(app: &App, width: u32) {
    app.web
        .set_window_rect(0, 0, width, 800)
        .await
        .expect("the window resized");
}

/// Neither the page nor one of its parts runs out of its box.
async fn looked_at(app: &App, name: &str) {
    tokio::time::sleep(std::time::Duration::from_millis(400)).await;
    assert!(!page_overflows(app).await, "no sideways scroll: {name}");
    let over = overflowing(
        app,
        "[data-testid^=pc-] .btn, [data-testid^=pc-] td, [data-testid^=pc-] th, [data-testid=pc-summary] dd, .page-header h1",
    )
    .await;
    assert!(over.is_empty(), "{name}: {over:?}");
    shot(app, name).await;
}

/// A copy of the file whose second line names a charge type Microsoft does not have.
fn with_unknown_charge_type(good: &Path, bad: &Path) {
    let text = std::fs::read_to_string(good).expect("the generated file");
    let mut lines = text.lines();
    let header = lines.next().expect("a header");
    let column = header
        .split(',')
        .position(|c| c.trim_start_matches('\u{feff}') == "ChargeType")
        .expect("a ChargeType column");
    let line = lines
        .find(|l| !l.contains('"'))
        .expect("a line without quotes");
    let mut cells: Vec<&str> = line.split(',').collect();
    cells[column] = "bogusCharge";
    std::fs::write(bad, format!("{header}\n{}\n", cells.join(","))).expect("the bad file");
}

#[tokio::test(flavor = "multi_thread")]
async fn a_partner_center_file_is_previewed_imported_once_and_its_customers_appear() {
    let dir = tempfile::tempdir().expect("temp dir");
    let db = dir.path().join("book.db");
    let pick = dir.path().join("pick.txt");
    let pick_env = pick.display().to_string();
    let large = dir.path().join("reconciliation-large.csv");
    generate_partner_center_file(&large, 20_000, 77, false, GeneratedKind::Invoice)
        .expect("the large file");
    let file = dir.path().join("facturation-2026-11.csv");
    generate_partner_center_file(&file, 150, 2026, false, GeneratedKind::Invoice)
        .expect("the small file");
    let bad = dir.path().join("facturation-abimee.csv");
    with_unknown_charge_type(&file, &bad);

    let app = App::launch_with(
        &db,
        TODAY,
        "fr_FR.UTF-8",
        &[("ARDOISE_E2E_PICK", pick_env.as_str())],
    )
    .await;
    ardoise_e2e::fixtures::start_demo(&app).await;
    click(&app, "[data-testid=nav-partner-center]").await;
    // The demo book imported Microsoft's October files on the seventh of November.
    app.wait_for("the demo's history", "[data-testid=pc-history-row]", |t| {
        t.len() == 2
    })
    .await;
    looked_at(&app, "partner-center-empty-fr.png").await;

    // A large file: the bar moves while it is read, then « Annuler » forgets it.
    std::fs::write(&pick, large.display().to_string()).expect("answer the dialog");
    app.web
        .execute(
            "window.__pcSeen = []; window.__pcProbe = setInterval(() => {
               const bar = document.querySelector('[data-testid=pc-progress]');
               if (bar) window.__pcSeen.push([Number(bar.getAttribute('aria-valuenow')), Number(bar.getAttribute('aria-valuemax'))]);
             }, 15)",
            vec![],
        )
        .await
        .expect("the bar's probe");
    click(&app, "[data-testid=pc-choose]").await;
    app.find("[data-testid=pc-reading]").await;
    // The bar's width eases in: a moment for it to match the figure.
    tokio::time::sleep(std::time::Duration::from_millis(250)).await;
    app.screenshot(&shots().join("partner-center-reading-fr.png"))
        .await;
    app.find("[data-testid=pc-preview]").await;
    let seen: Vec<(f64, f64)> = app
        .web
        .execute(
            "clearInterval(window.__pcProbe); return window.__pcSeen",
            vec![],
        )
        .await
        .and_then(|r| r.convert())
        .expect("what the probe saw");
    assert!(
        seen.iter().any(|(done, total)| *done > 0.0 && done < total),
        "the bar moved while the file was read: {seen:?}"
    );
    click(&app, "[data-testid=pc-cancel]").await;
    app.find("[data-testid=pc-empty]").await;

    // The small file: previewed as the application layer reads it.
    let expected = {
        let (b, s) = book(&db, TODAY);
        b.partner_center_preview(&s, &file.display().to_string(), Lang::Fr)
            .expect("the preview")
    };
    assert!(!expected.customers_to_create.is_empty());
    std::fs::write(&pick, file.display().to_string()).expect("answer the dialog");
    click(&app, "[data-testid=pc-choose]").await;
    app.find("[data-testid=pc-preview]").await;
    assert_eq!(
        attrs(&app, "[data-testid=pc-summary]", "data-lines").await,
        [expected.lines.to_string()]
    );
    let kind = texts(&app, "[data-testid=pc-kind]").await.join("");
    assert_eq!(kind, expected.kind_label);
    let tenants: Vec<String> = expected
        .customers_to_create
        .iter()
        .map(|c| c.tenant_id.clone())
        .collect();
    assert_eq!(
        attrs(&app, "[data-testid=pc-customer]", "data-tenant").await,
        tenants
    );
    let actions = attrs(&app, "[data-testid=pc-subscription]", "data-action").await;
    assert_eq!(actions.len(), expected.subscriptions.len().min(50));
    assert!(actions.iter().all(|a| a == "create"), "{actions:?}");
    let checked: bool = app
        .web
        .execute(
            "return document.querySelector('[data-testid=pc-create-customers]').checked",
            vec![],
        )
        .await
        .and_then(|r| r.convert())
        .expect("the checkbox");
    assert!(checked, "new customers are created unless unticked");
    looked_at(&app, "partner-center-preview-fr.png").await;
    scroll_to(&app, "[data-testid=pc-subscriptions]").await;
    looked_at(&app, "partner-center-subscriptions-fr.png").await;
    resize(&app, 960).await;
    looked_at(&app, "partner-center-preview-960-fr.png").await;
    resize(&app, 1280).await;

    click(&app, "[data-testid=pc-import]").await;
    app.wait_for("the import's result", "[data-testid=pc-result]", |t| {
        t.first().is_some_and(|s| s.contains("ligne"))
    })
    .await;
    assert_eq!(
        attrs(&app, "[data-testid=pc-result] span", "data-outcome").await,
        ["imported"]
    );
    let created = texts(&app, "[data-testid=pc-created-customer]").await;
    let names: Vec<String> = expected
        .customers_to_create
        .iter()
        .map(|c| c.name.clone())
        .collect();
    let mut sorted = created.clone();
    sorted.sort();
    let mut want = names.clone();
    want.sort();
    assert_eq!(sorted, want, "a link to each customer created");
    app.wait_for("the history's row", "[data-testid=pc-history-row]", |t| {
        t.len() == 3
    })
    .await;
    assert_eq!(
        attrs(&app, "[data-testid=pc-history-row]", "data-sha").await[0],
        sha256(&file),
        "the history names the file, newest first, by the SHA-256 sha256sum computes"
    );
    looked_at(&app, "partner-center-imported-fr.png").await;
    scroll_to(&app, "[data-testid=pc-history]").await;
    looked_at(&app, "partner-center-history-fr.png").await;

    // The book has them: on the Customers page, one of them and its subscriptions.
    let first = &expected.customers_to_create[0];
    let subscriptions = expected
        .subscriptions
        .iter()
        .filter(|s| s.customer_name == first.name)
        .count();
    assert!(subscriptions > 0);
    click(&app, "[data-testid=nav-customers]").await;
    app.find("[data-testid=customer-search]")
        .await
        .send_keys(&first.name)
        .await
        .expect("search the customer");
    app.wait_for("the new customer", "[data-testid=customer-row]", |t| {
        t.len() == 1 && t[0].contains(&first.name)
    })
    .await;
    click(&app, "[data-testid=customer-row]").await;
    app.wait_for("its subscriptions", "[data-testid=subscription-row]", |t| {
        t.len() == subscriptions
    })
    .await;
    scroll_to(&app, "[data-testid=subscriptions]").await;
    shot(&app, "partner-center-customer-fr.png").await;

    // The same file again: said plainly, and nothing to import.
    click(&app, "[data-testid=nav-partner-center]").await;
    click(&app, "[data-testid=pc-choose]").await;
    app.wait_for("already imported", "[data-testid=pc-already]", |t| {
        t.first().is_some_and(|s| s.contains("déjà importé"))
    })
    .await;
    wait_js(
        &app,
        "the import button off",
        "return document.querySelector('[data-testid=pc-import]').disabled",
    )
    .await;
    looked_at(&app, "partner-center-again-fr.png").await;
    click(&app, "[data-testid=pc-cancel]").await;

    // A bad file: its sentence, with the line and the column, and nothing written.
    std::fs::write(&pick, bad.display().to_string()).expect("answer the dialog");
    click(&app, "[data-testid=pc-choose]").await;
    app.wait_for("the refusal", "[data-testid=pc-error]", |t| {
        t.first()
            .is_some_and(|s| s.contains("Ligne 2") && s.contains("ChargeType"))
    })
    .await;
    assert_eq!(
        attrs(&app, "[data-testid=pc-history-row]", "data-id")
            .await
            .len(),
        3
    );
    looked_at(&app, "partner-center-refused-fr.png").await;

    // In English: the history and the same file's preview.
    click(&app, "[data-testid=nav-settings]").await;
    click(&app, "[data-testid=language-en]").await;
    app.wait_for(
        "the window in English",
        "[data-testid=nav-partner-center]",
        |t| t.first().is_some_and(|s| s == "Partner Center"),
    )
    .await;
    click(&app, "[data-testid=nav-partner-center]").await;
    std::fs::write(&pick, file.display().to_string()).expect("answer the dialog");
    click(&app, "[data-testid=pc-choose]").await;
    app.wait_for("already imported", "[data-testid=pc-already]", |t| {
        t.first().is_some_and(|s| s.contains("already imported"))
    })
    .await;
    looked_at(&app, "partner-center-again-en.png").await;
    resize(&app, 960).await;
    looked_at(&app, "partner-center-again-960-en.png").await;
    scroll_to(&app, "[data-testid=pc-history]").await;
    looked_at(&app, "partner-center-history-960-en.png").await;

    // A sales agent, who may not import, is not shown the page.
    resize(&app, 1280).await;
    click(&app, "[data-testid=user-menu]").await;
    click(&app, "[data-testid=menu-sign-out]").await;
    app.sign_in("sales", ardoise_e2e::DEMO_PASSWORD).await;
    app.find("[data-testid=nav-customers]").await;
    assert!(
        app.all("[data-testid=nav-partner-center]").await.is_empty(),
        "the page hidden from a role without the permission"
    );
    app.quit().await;
}
