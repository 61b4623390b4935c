//! The foundation, as a user meets it: first start on demo data, a customer created
//! through the form, a bad VAT number refused with nothing saved, and the customer
//! still there after the app restarts.

use std::path::PathBuf;
use std::sync::Arc;

use ardoise_app::{Ardoise, FixedClock};
use ardoise_e2e::App;

const TODAY: &str = "2026-11-25";
const NAME: &str = "Boulangerie Testard SARL";

/// Reads the book file directly, as another process would: what was really saved.
fn saved_names(db: &std::path::Path) -> Vec<String> {
    let today = chrono_today();
    let book = Ardoise::open(db, Arc::new(FixedClock::on(today))).expect("open the book file");
    let admin = book.admin_session().expect("admin session");
    book.customers(&admin)
        .expect("list customers")
        .into_iter()
        .map(|c| c.legal_name)
        .collect()
}

fn chrono_today() -> chrono::NaiveDate {
    chrono::NaiveDate::parse_from_str(TODAY, "%Y-%m-%d").expect("date")
}

fn shots() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../target/e2e")
}

#[tokio::test(flavor = "multi_thread")]
async fn create_a_customer_refuse_a_bad_vat_and_find_it_after_a_restart() {
    let dir = tempfile::tempdir().expect("temp dir");
    let db = dir.path().join("book.db");

    let app = App::launch(&db, TODAY, "fr_FR.UTF-8").await;
    app.start_demo().await;
    let demo = app
        .wait_for("the demo customers", "[data-testid=customer-row]", |t| {
            t.len() >= 20
        })
        .await
        .len();
    app.screenshot(&shots().join("customers-fr.png")).await;

    app.find("[data-testid=new-customer]")
        .await
        .click()
        .await
        .expect("new customer");
    app.find("[data-testid=customer-form]").await;
    app.fill("legal_name", NAME).await;
    app.fill("vat_number", "FR12345678901").await;
    app.fill("address_line1", "3 place du Marché").await;
    app.fill("postal_code", "69001").await;
    app.fill("city", "Lyon").await;
    app.find("[data-testid=save]")
        .await
        .click()
        .await
        .expect("save");

    let error = app.find("[data-testid=error-vat_number]").await;
    let message = error.text().await.expect("error text");
    assert!(
        message.contains("TVA") && message.contains("clé"),
        "the VAT field should say why, in French: {message:?}"
    );
    app.screenshot(&shots().join("customer-form-error-fr.png"))
        .await;
    assert!(
        !saved_names(&db).iter().any(|n| n == NAME),
        "a refused customer must not be in the book"
    );

    app.fill("vat_number", "FR40 303 265 045").await;
    app.find("[data-testid=save]")
        .await
        .click()
        .await
        .expect("save again");
    app.wait_for(
        "the new customer's page",
        "[data-testid=customer-name]",
        |t| t.iter().any(|n| n == NAME),
    )
    .await;
    app.screenshot(&shots().join("customer-page-fr.png")).await;
    assert!(saved_names(&db).iter().any(|n| n == NAME));
    app.quit().await;

    // A new start of the app on the same book.
    let app = App::launch(&db, TODAY, "fr_FR.UTF-8").await;
    app.find("[data-testid=nav-customers]")
        .await
        .click()
        .await
        .expect("customers");
    app.wait_for("the customer list", "[data-testid=customer-row]", |t| {
        t.len() == demo + 1
    })
    .await;
    app.find("[data-testid=customer-search]")
        .await
        .send_keys("testard")
        .await
        .expect("search");
    app.wait_for("the search result", "[data-testid=customer-row]", |t| {
        t.len() == 1 && t[0].contains(NAME)
    })
    .await;

    // A demo customer with subscriptions, for a look at the page in French.
    let search = app.find("[data-testid=customer-search]").await;
    search.clear().await.expect("clear search");
    search.send_keys("vandamme").await.expect("search");
    let rows = app
        .wait_for("the Belgian customer", "[data-testid=customer-row]", |t| {
            t.len() == 1 && t[0].contains("Vandamme")
        })
        .await;
    rows[0].click().await.expect("open the customer");
    app.wait_for("its subscriptions", "[data-testid=subscription-row]", |t| {
        !t.is_empty()
    })
    .await;
    let total = app.find("[data-testid=monthly-total]").await;
    let total = total.text().await.expect("total");
    assert!(total.ends_with('€'), "a French euro amount: {total:?}");
    app.screenshot(&shots().join("customer-demo-fr.png")).await;
    app.quit().await;
}

/// The window in English on a fresh demo book: a customer with subscriptions, whose
/// monthly total is the sum of its lines, and the catalog.
#[tokio::test(flavor = "multi_thread")]
async fn the_demo_book_reads_in_english() {
    let dir = tempfile::tempdir().expect("temp dir");
    let db = dir.path().join("book.db");
    let app = App::launch(&db, TODAY, "en_GB.UTF-8").await;
    app.start_demo().await;
    app.find("[data-testid=customer-search]")
        .await
        .send_keys("Vandamme")
        .await
        .expect("search");
    let rows = app
        .wait_for("one Belgian customer", "[data-testid=customer-row]", |t| {
            t.len() == 1 && t[0].contains("Brasserie Vandamme")
        })
        .await;
    rows[0].click().await.expect("open the customer");
    app.wait_for("its subscriptions", "[data-testid=subscription-row]", |t| {
        !t.is_empty()
    })
    .await;
    let total = app.find("[data-testid=monthly-total]").await;
    let total = total.text().await.expect("total");
    assert!(total.contains('€'), "an English euro amount: {total:?}");
    app.screenshot(&shots().join("customer-page-en.png")).await;

    app.find("[data-testid=nav-products]")
        .await
        .click()
        .await
        .expect("products");
    // The demo's seven products, and the Azure meters its October usage file named.
    let rows = app
        .wait_for("the catalog", "[data-testid=product-row]", |t| t.len() > 7)
        .await;
    let mut names = Vec::new();
    for r in rows {
        names.push(r.text().await.expect("a product"));
    }
    assert!(
        names.iter().any(|n| n.contains("CFQ7TTC0LH18")),
        "{names:?}"
    );
    assert!(names.iter().any(|n| n.contains("usage")), "{names:?}");
    app.screenshot(&shots().join("products-en.png")).await;

    // The partner's logo, chosen from a file, is kept in the book for the documents.
    app.find("[data-testid=nav-settings]")
        .await
        .click()
        .await
        .expect("settings");
    let logo = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../icons/128x128.png");
    app.find("[data-testid=logo-file]")
        .await
        .send_keys(logo.canonicalize().expect("icon").display().to_string())
        .await
        .expect("choose the logo");
    app.find("[data-testid=logo-settings] img").await;
    app.screenshot(&shots().join("settings-en.png")).await;
    let book = Ardoise::open(&db, Arc::new(FixedClock::on(chrono_today()))).expect("book");
    let admin = book.admin_session().expect("admin");
    assert!(book
        .partner(&admin)
        .expect("partner")
        .logo_png_base64
        .is_some());
    app.quit().await;
}
