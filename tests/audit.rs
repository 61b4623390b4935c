//! The audit trail in the window: the sales agent changes a customer's city; the
//! administrator finds that change on the « Journal » filtered by the person (and by
//! kind, then by customer), with the city before and after, exports it as CSV (read
//! back), and sees it on the customer's page too. The sales agent has no Journal. In
//! French and in English, at 1280 and 960 pixels wide, nothing cramped.

use std::time::Duration;

use ardoise_e2e::fixtures::{click, shot};
use ardoise_e2e::inspect::{attrs, field_value, overflowing, page_overflows, texts};
use ardoise_e2e::{App, DEMO_PASSWORD, SIGN_IN};

const TODAY: &str = "2026-11-25";
const NEW_CITY: &str = "Villeurbanne";
const ENTRY: &str = "[data-testid=audit-list] [data-testid=audit-entry]";

async fn resize(app: &App, width: u32) {
    app.web
        .set_window_rect(0, 0, width, 800)
        .await
        .expect("resize the window");
    tokio::time::sleep(Duration::from_millis(400)).await;
}

async fn sign_out(app: &App) {
    click(app, "[data-testid=user-menu]").await;
    click(app, "[data-testid=menu-sign-out]").await;
    app.find(SIGN_IN).await;
}

/// Nothing cramped on the page and nothing wider than the window.
async fn roomy(app: &App, what: &str) {
    let css = "[data-testid=audit-filters] label, [data-testid=audit-entry] .cell, \
               [data-testid=audit-entry] .sentence, [data-testid=audit-changes] .field span, \
               [data-testid=audit-toggle], [data-testid=audit-export], .page-header h1";
    let cramped = overflowing(app, css).await;
    assert!(cramped.is_empty(), "{what}: {cramped:?}");
    assert!(
        !page_overflows(app).await,
        "{what}: the page scrolls sideways"
    );
}

/// Picks the option of the select `name` that reads `label`; its value.
async fn choose_by_label(app: &App, name: &str, label: &str) -> String {
    let css = format!("select[name='{name}'] option");
    app.wait_for(&format!("{label} in {name}"), &css, |t| {
        t.iter().any(|l| l.trim() == label)
    })
    .await;
    let labels = texts(app, &css).await;
    let values = attrs(app, &css, "value").await;
    let i = labels
        .iter()
        .position(|l| l.trim() == label)
        .unwrap_or_else(|| panic!("no {label} in {name}: {labels:?}"));
    app.choose(name, &values[i]).await;
    values[i].clone()
}

/// Waits until the page lists entries and every one satisfies `check` on its attribute.
async fn entries_where(
    app: &App,
    what: &str,
    attr: &str,
    check: impl Fn(&[String]) -> bool,
) -> Vec<String> {
    let started = std::time::Instant::now();
    loop {
        let got = attrs(app, ENTRY, attr).await;
        if !got.is_empty() && check(&got) {
            return got;
        }
        if started.elapsed() > Duration::from_secs(15) {
            shot(app, "audit-failed.png").await;
            panic!("{what}: the entries' {attr} are {got:?}");
        }
        tokio::time::sleep(Duration::from_millis(150)).await;
    }
}

/// The change entry unfolded: the city's before and after as the page shows them.
async fn city_change(app: &App, entry: &str, label: &str) -> (String, String) {
    if app
        .all(&format!("{entry} [data-testid=audit-changes]"))
        .await
        .is_empty()
    {
        click(app, &format!("{entry} [data-testid=audit-toggle]")).await;
    }
    let field = format!("{entry} [data-testid=audit-field][data-label='{label}']");
    app.find(&field).await;
    let before = texts(app, &format!("{field} [data-testid=audit-before]")).await;
    let after = texts(app, &format!("{field} [data-testid=audit-after]")).await;
    (before.join(""), after.join(""))
}

#[tokio::test(flavor = "multi_thread")]
async fn the_journal_finds_a_change_by_person_customer_and_kind_and_exports_it() {
    let dir = tempfile::tempdir().expect("temp dir");
    let db = dir.path().join("book.db");
    let app = App::launch_signed_out(&db, TODAY, "fr_FR.UTF-8", &[]).await;
    resize(&app, 1280).await;
    click(&app, "[data-testid=start-demo]").await;

    // The sales agent changes a customer's city, and has no Journal.
    app.sign_in("sales", DEMO_PASSWORD).await;
    assert!(
        app.all("[data-testid=nav-audit]").await.is_empty(),
        "Journal shown to sales"
    );
    click(&app, "[data-testid=nav-customers]").await;
    app.wait_for("the customers", "[data-testid=customer-row]", |t| {
        t.len() >= 20
    })
    .await;
    let customer = attrs(&app, "[data-testid=customer-row]", "data-id").await[0].clone();
    click(
        &app,
        &format!("[data-testid=customer-row][data-id='{customer}']"),
    )
    .await;
    click(&app, "[data-testid=edit-customer]").await;
    app.find("[data-testid=customer-form]").await;
    let old_city = field_value(&app, "city").await;
    assert!(!old_city.is_empty() && old_city != NEW_CITY, "{old_city}");
    app.fill("city", NEW_CITY).await;
    click(&app, "[data-testid=save]").await;
    app.wait_for("the customer saved", "[data-testid=customer-form]", |t| {
        t.is_empty()
    })
    .await;
    let name = app
        .find("[data-testid=customer-name]")
        .await
        .text()
        .await
        .unwrap_or_default();
    sign_out(&app).await;

    // The administrator opens the Journal and keeps the sales agent's changes.
    app.sign_in("admin", DEMO_PASSWORD).await;
    click(&app, "[data-testid=nav-audit]").await;
    app.wait_for("the journal", "[data-testid=audit-title]", |t| {
        t.first().is_some_and(|s| s == "Journal")
    })
    .await;
    // The whole trail by pages of 100, newest first; the next page continues it.
    entries_where(&app, "the first page", "data-id", |ids| ids.len() == 100).await;
    click(&app, "[data-testid=audit-older]").await;
    let ids = entries_where(&app, "the next page", "data-id", |ids| ids.len() > 100).await;
    let ids: Vec<i64> = ids.iter().map(|i| i.parse().expect("an id")).collect();
    assert!(
        ids.windows(2).all(|w| w[0] > w[1]),
        "newest first, each once: {ids:?}"
    );
    let ines = choose_by_label(&app, "filter_staff", "Inès Moreau").await;
    entries_where(&app, "Inès Moreau's entries", "data-staff", |s| {
        s.iter().all(|x| *x == ines)
    })
    .await;
    let actions: Vec<String> = attrs(&app, ENTRY, "data-action").await;
    assert_eq!(
        actions.iter().filter(|a| *a == "customer.update").count(),
        1,
        "{actions:?}"
    );
    // Her customers' changes: exactly that one.
    app.choose("filter_kind", "customer").await;
    entries_where(&app, "her customer changes", "data-action", |a| {
        a == ["customer.update"]
    })
    .await;
    let entry = ENTRY;
    assert_eq!(
        attrs(&app, entry, "data-customer").await,
        std::slice::from_ref(&customer)
    );
    let what = texts(&app, &format!("{entry} [data-testid=audit-what]"))
        .await
        .join("");
    assert!(what.contains(&name) && what.contains("modifié"), "{what}");
    let who = texts(&app, &format!("{entry} [data-testid=audit-who]"))
        .await
        .join("");
    assert_eq!(who, "Inès Moreau");
    assert_eq!(
        city_change(&app, entry, "Ville").await,
        (old_city.clone(), NEW_CITY.to_string())
    );
    shot(&app, "audit-person-fr-1280.png").await;
    roomy(&app, "journal at 1280").await;

    // The days: today keeps it; a « to » before the « from » is refused under its field.
    app.fill_date("from", TODAY).await;
    entries_where(&app, "from today", "data-action", |a| {
        a == ["customer.update"]
    })
    .await;
    app.fill_date("to", "2026-11-01").await;
    app.wait_for("the dates refused", "[data-testid=error-to]", |t| {
        !t.is_empty()
    })
    .await;
    click(&app, "[data-testid=audit-filter-reset]").await;

    // By customer: every entry is the customer's, the city change among them.
    app.choose("filter_customer", &customer).await;
    entries_where(&app, "the customer's entries", "data-customer", |c| {
        c.iter().all(|x| *x == customer)
    })
    .await;
    assert!(attrs(&app, ENTRY, "data-action")
        .await
        .contains(&"customer.update".to_string()));
    // A payment's rows: amounts and the method in words, nothing cramped.
    let payment = format!("{ENTRY}[data-action='payment.record']");
    click(&app, &format!("{payment} [data-testid=audit-toggle]")).await;
    let values = texts(&app, &format!("{payment} [data-testid=audit-value]")).await;
    assert!(values.iter().any(|v| v == "Virement"), "{values:?}");
    assert!(!values.iter().any(|v| v.contains('_')), "{values:?}");
    shot(&app, "audit-payment-fr-1280.png").await;
    roomy(&app, "a payment's rows at 1280").await;
    click(&app, &format!("{payment} [data-testid=audit-toggle]")).await;

    // Exported as CSV with the same filter, and read back.
    click(&app, "[data-testid=audit-export]").await;
    let path = app
        .find("[data-testid=audit-exported-path]")
        .await
        .text()
        .await
        .expect("the path");
    let csv = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    let line = csv
        .lines()
        .find(|l| l.contains(NEW_CITY))
        .unwrap_or_else(|| panic!("no {NEW_CITY} in {csv}"));
    assert!(
        line.contains("Inès Moreau") && line.contains(&old_city),
        "{line}"
    );
    shot(&app, "audit-customer-exported-fr-1280.png").await;

    // At 960 pixels, who goes under when and nothing is cramped.
    resize(&app, 960).await;
    choose_by_label(&app, "filter_staff", "Inès Moreau").await;
    entries_where(&app, "her entries at 960", "data-staff", |s| {
        s.iter().all(|x| *x == ines)
    })
    .await;
    let update = format!("{ENTRY}[data-action='customer.update']");
    city_change(&app, &update, "Ville").await;
    shot(&app, "audit-person-fr-960.png").await;
    roomy(&app, "journal at 960").await;

    // The customer's page shows its latest changes, and leads to its whole trail.
    click(&app, &format!("{ENTRY} [data-testid=audit-customer]")).await;
    let history =
        "[data-testid=history-list] [data-testid=audit-entry][data-action='customer.update']";
    app.find(history).await;
    assert_eq!(
        city_change(&app, history, "Ville").await,
        (old_city.clone(), NEW_CITY.to_string())
    );
    // The cards above load as they come: the card's top is brought up once they have.
    tokio::time::sleep(Duration::from_millis(800)).await;
    app.web
        .execute(
            "document.querySelector('[data-testid=history-card]').scrollIntoView({ block: 'start' })",
            vec![],
        )
        .await
        .expect("scroll to the history");
    shot(&app, "audit-history-fr-960.png").await;
    roomy(&app, "history card at 960").await;
    click(&app, "[data-testid=history-all]").await;
    entries_where(&app, "the customer's whole trail", "data-customer", |c| {
        c.iter().all(|x| *x == customer)
    })
    .await;
    assert_eq!(field_value(&app, "filter_customer").await, customer);

    // In English: the page, the sentences and the changes.
    resize(&app, 1280).await;
    click(&app, "[data-testid=nav-settings]").await;
    click(&app, "[data-testid=language-en]").await;
    app.wait_for("the window in English", "[data-testid=nav-audit]", |t| {
        t.first().is_some_and(|s| s == "Audit trail")
    })
    .await;
    click(&app, "[data-testid=nav-audit]").await;
    choose_by_label(&app, "filter_staff", "Inès Moreau").await;
    app.choose("filter_kind", "customer").await;
    entries_where(
        &app,
        "her customer changes in English",
        "data-action",
        |a| a == ["customer.update"],
    )
    .await;
    let what = texts(&app, &format!("{ENTRY} [data-testid=audit-what]"))
        .await
        .join("");
    assert!(
        what.starts_with("Customer") && what.contains("changed"),
        "{what}"
    );
    assert_eq!(
        city_change(&app, ENTRY, "City").await,
        (old_city.clone(), NEW_CITY.to_string())
    );
    shot(&app, "audit-person-en-1280.png").await;
    roomy(&app, "journal in English at 1280").await;
    resize(&app, 960).await;
    shot(&app, "audit-person-en-960.png").await;
    roomy(&app, "journal in English at 960").await;
    app.quit().await;
}
