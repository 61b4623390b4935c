//! Re-billing Microsoft's usage as a person works it, on a demo book: the markup set in
//! the Settings card, a month of Microsoft's daily rated usage imported, the billing run
//! in the window drafts the usage lines at that markup, and the draft shows them.
//!
//! Every expectation comes from the book read back through the application layer.

use ardoise_app::domain::invoicing::LineKind;
use ardoise_app::domain::Lang;
use ardoise_app::partner_center::{generate_partner_center_file, GeneratedKind};
use ardoise_app::transport_invoicing::InvoiceFilter;
use ardoise_e2e::fixtures::{book, click, start_demo};
use ardoise_e2e::inspect::{dismiss_toasts, overflowing, page_overflows, shot_at, texts};
use ardoise_e2e::App;

const TODAY: &str = "2026-11-25";
/// The month the generated file (seed 7) covers.
const MONTH: &str = "2026-08";

#[tokio::test(flavor = "multi_thread")]
async fn usage_is_drafted_at_the_markup_set_in_the_settings() {
    let dir = tempfile::tempdir().expect("temp dir");
    let db = dir.path().join("book.db");
    let app = App::launch(&db, TODAY, "fr_FR.UTF-8").await;
    start_demo(&app).await;

    // The markup, in the Settings card.
    click(&app, "[data-testid=nav-settings]").await;
    app.wait_for("the re-billing card", "[data-testid=rebill-form]", |t| {
        !t.is_empty()
    })
    .await;
    app.fill("default_markup", "15").await;
    click(&app, "[data-testid=rebill-prorated-microsoft]").await;
    click(&app, "[data-testid=rebill-save]").await;
    app.wait_for("the settings saved", "[data-testid=toast]", |t| {
        t.iter()
            .any(|s| s.contains("Réglages de refacturation enregistrés"))
    })
    .await;
    {
        let (b, s) = book(&db, TODAY);
        let saved = b.rebill_settings(&s, Lang::Fr).expect("the settings");
        assert_eq!(saved.default_markup, "15");
        assert_eq!(saved.prorated_licences, "microsoft");
    }
    // A product's markup for one customer, added in the card's table.
    let (azure, customer) = {
        let (b, s) = book(&db, TODAY);
        let azure = b
            .find_product(&s, "Azure plan")
            .expect("the demo's Azure plan");
        let customer = b.customers(&s).expect("customers")[0].clone();
        (azure, customer)
    };
    app.choose("product", &azure.to_string()).await;
    app.choose("customer", &customer.id.to_string()).await;
    app.fill("rate", "12,5").await;
    click(&app, "[data-testid=rebill-add-save]").await;
    app.wait_for(
        "the markup in the table",
        "[data-testid=rebill-markups] td",
        |t| t.iter().any(|c| c == "12,5\u{202f}%"),
    )
    .await;
    {
        let (b, s) = book(&db, TODAY);
        let saved = b.rebill_settings(&s, Lang::Fr).expect("the settings");
        assert_eq!(saved.markups.len(), 1);
        assert_eq!(saved.markups[0].customer_id, Some(customer.id));
        assert_eq!(saved.markups[0].rate, "12.5");
    }
    let cramped = overflowing(&app, "[data-testid=settings-rebill] *").await;
    assert!(cramped.is_empty(), "the card: {cramped:?}");
    assert!(!page_overflows(&app).await, "the settings page overflows");
    dismiss_toasts(&app).await;
    shot_at(
        &app,
        "[data-testid=settings-rebill]",
        "rebill-settings-fr.png",
    )
    .await;

    // A month of Microsoft's usage, imported as the Imports page does it.
    let file = dir.path().join("usage.csv");
    generate_partner_center_file(&file, 6, 7, false, GeneratedKind::Usage).expect("the file");
    {
        let (b, s) = book(&db, TODAY);
        let done = b
            .partner_center_import(&s, &file.display().to_string(), true, Lang::Fr)
            .expect("imported");
        assert_eq!(done.outcome, "imported");
    }

    // The billing run in the window.
    click(&app, "[data-testid=nav-invoices]").await;
    click(&app, "[data-testid=billing-run]").await;
    let (y, m) = MONTH.split_once('-').expect("YYYY-MM");
    app.fill("period", &format!("{m}/{y}")).await;
    click(&app, "[data-testid=run]").await;
    app.wait_for("the drafts", "[data-testid=draft-row]", |t| !t.is_empty())
        .await;

    // The drafts the book holds: usage lines only, at 15 %.
    let (b, s) = book(&db, TODAY);
    let filter = InvoiceFilter {
        period: Some(MONTH.to_string()),
        ..Default::default()
    };
    let mut usage = None;
    for row in b.invoices(&s, &filter).expect("the month's invoices") {
        if row.number.is_some() {
            continue;
        }
        let draft = b.invoice(&s, row.id).expect("the draft");
        let lines: Vec<_> = draft
            .lines
            .iter()
            .filter(|l| l.kind == LineKind::Usage)
            .collect();
        assert!(!lines.is_empty(), "a usage draft: {:?}", draft.lines);
        for l in &lines {
            assert!(
                l.description.contains("majoration 15") || l.description.contains("15% markup"),
                "{}",
                l.description
            );
        }
        if draft.row.customer_name == "Kingsway Girard & Fils" {
            usage = Some((row.id, lines[0].description.clone()));
        }
    }
    drop(b);
    let (id, description) = usage.expect("the Belgian customer's draft, in French");

    // The draft in the window: its usage line as the book holds it.
    click(&app, &format!("[data-testid=draft-row][data-id='{id}']")).await;
    app.wait_for("the draft's lines", "[data-testid=invoice-line]", |t| {
        t.iter().any(|l| l.contains(&description))
    })
    .await;
    let lines = texts(&app, "[data-testid=invoice-line]").await;
    // The unit price as the invoice prints it, four decimals: quantity × price reads back.
    assert!(
        lines.iter().any(|l| l.contains("0,0166")),
        "the unit price: {lines:?}"
    );
    assert!(
        lines.iter().all(|l| !l.contains('_')),
        "no code where a word belongs: {lines:?}"
    );
    let cramped = overflowing(&app, "[data-testid=invoice-line] td").await;
    assert!(cramped.is_empty(), "the lines: {cramped:?}");
    dismiss_toasts(&app).await;
    shot_at(&app, "[data-testid=invoice-line]", "rebill-draft-fr.png").await;
    app.quit().await;

    // The card in English.
    b_language(&db, Lang::En);
    let app = App::launch(&db, TODAY, "en_US.UTF-8").await;
    click(&app, "[data-testid=nav-settings]").await;
    app.wait_for(
        "the re-billing card",
        "[data-testid=settings-rebill] h2",
        |t| t.iter().any(|h| h == "Re-billing Microsoft"),
    )
    .await;
    let cramped = overflowing(&app, "[data-testid=settings-rebill] *").await;
    assert!(cramped.is_empty(), "the card in English: {cramped:?}");
    shot_at(
        &app,
        "[data-testid=settings-rebill]",
        "rebill-settings-en.png",
    )
    .await;
    app.quit().await;
}

/// The book's language, which the window follows over the locale.
fn b_language(db: &std::path::Path, lang: Lang) {
    let (b, s) = book(db, TODAY);
    b.set_language(&s, Some(lang)).expect("the book's language");
}
