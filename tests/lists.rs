//! The clerk's lists in the real window, in French and in English, on a demo book: the
//! customers sorted by what is overdue and narrowed to those late; Today's largest
//! debtors by what is overdue, with bars to one scale and the aging colours' legend; a
//! new customer like one already in the book shown before it is created, and created
//! only once confirmed, with the reference it quotes on its transfers; the customer page at 960 px with its subscriptions' total in view.
//!
//! Expectations come from the book read back through the application layer.

use ardoise_e2e::fixtures::{book, click, shot, start_demo};
use ardoise_e2e::inspect::{attrs, dismiss_toasts, overflowing, page_overflows, shot_at, texts};
use ardoise_e2e::App;

const TODAY: &str = "2026-11-25";

struct Words {
    lang: &'static str,
    locale: &'static str,
    overdue_column: &'static str,
}

const FR: Words = Words {
    lang: "fr",
    locale: "fr_FR.UTF-8",
    overdue_column: "En retard",
};
const EN: Words = Words {
    lang: "en",
    locale: "en_GB.UTF-8",
    overdue_column: "Overdue",
};

/// An amount as the transport writes it ("-61.94", "0", "1234.5") in cents, exactly.
fn dec(s: &str) -> i64 {
    let (sign, digits) = match s.strip_prefix('-') {
        Some(rest) => (-1, rest),
        None => (1, s),
    };
    let (int, frac) = digits.split_once('.').unwrap_or((digits, ""));
    assert!(frac.len() <= 2, "{s:?}: more than cents");
    let cents: i64 = format!("{int}{frac:0<2}")
        .parse()
        .unwrap_or_else(|e| panic!("{s:?} is not an amount: {e}"));
    sign * cents
}

/// Clicks the customer list's column header that reads `label`.
async fn sort_by(app: &App, label: &str) {
    for b in app.all("[data-testid=customer-table] thead button").await {
        if b.text().await.unwrap_or_default().trim().starts_with(label) {
            b.click().await.expect("sort header");
            return;
        }
    }
    panic!("no column header {label}");
}

async fn resize(app: &App, width: u32) {
    app.web
        .set_window_rect(0, 0, width, 760)
        .await
        .expect("resize the window");
    tokio::time::sleep(std::time::Duration::from_millis(400)).await;
}

/// Nothing cramped in what `css` matches, and the page does not scroll sideways.
async fn roomy(app: &App, css: &str, what: &str) {
    let sideways = page_overflows(app).await;
    let cramped = overflowing(app, css).await;
    if sideways || !cramped.is_empty() {
        let name = format!("failed-{}.png", what.replace(' ', "-"));
        shot_at(app, css.split(',').next().unwrap_or(css), &name).await;
    }
    assert!(!sideways, "{what}: the page scrolls sideways");
    assert!(cramped.is_empty(), "{what}: {cramped:?}");
}

async fn walk(w: &Words) {
    let dir = tempfile::tempdir().expect("temp dir");
    let db = dir.path().join("book.db");
    let app = App::launch(&db, TODAY, w.locale).await;
    resize(&app, 1280).await;
    start_demo(&app).await;
    let lang = w.lang;

    // The book's own figures: what each customer has past due today.
    let rows = {
        let (b, s) = book(&db, TODAY);
        b.customers(&s).expect("the customers")
    };
    let late: Vec<&_> = rows.iter().filter(|r| dec(&r.overdue.amount) > 0).collect();
    assert!(
        !late.is_empty() && late.len() < rows.len(),
        "the demo has late customers and others"
    );
    let latest = late
        .iter()
        .max_by_key(|r| dec(&r.overdue.amount))
        .expect("a latest payer");

    // Sorted by what is overdue: the largest first, the book's latest payer on top.
    sort_by(&app, w.overdue_column).await;
    app.wait_for(
        "sorted by overdue",
        "[data-testid=customer-row]:first-child [data-testid=customer-overdue]",
        |t| !t.is_empty(),
    )
    .await;
    let shown: Vec<i64> = attrs(&app, "[data-testid=customer-row]", "data-overdue")
        .await
        .iter()
        .map(|a| dec(a))
        .collect();
    assert!(
        shown.windows(2).all(|p| p[0] >= p[1]),
        "largest overdue first: {shown:?}"
    );
    let first = attrs(&app, "[data-testid=customer-row]", "data-id").await;
    assert_eq!(
        dec(&attrs(&app, "[data-testid=customer-row]", "data-overdue").await[0]),
        dec(&latest.overdue.amount)
    );
    assert!(!first.is_empty());
    let balances = attrs(&app, "[data-testid=customer-row]", "data-balance").await;
    for (id, balance) in first.iter().zip(&balances) {
        let r = rows
            .iter()
            .find(|r| r.id.to_string() == *id)
            .expect("a row of the book");
        assert_eq!(dec(balance), dec(&r.balance.amount), "{}", r.legal_name);
    }

    // Late ones only: exactly the customers the book says are late.
    click(&app, "[data-testid=customer-filter-late]").await;
    app.wait_for("late only", "[data-testid=customer-row]", |t| {
        t.len() == late.len()
    })
    .await;
    let mut ids = attrs(&app, "[data-testid=customer-row]", "data-id").await;
    ids.sort();
    let mut want: Vec<String> = late.iter().map(|r| r.id.to_string()).collect();
    want.sort();
    assert_eq!(ids, want, "the late filter shows the late customers");
    roomy(
        &app,
        "[data-testid=customer-table] td, [data-testid=customer-table] th",
        "customers at 1280",
    )
    .await;
    shot(&app, &format!("lists-customers-late-{lang}.png")).await;
    resize(&app, 960).await;
    roomy(
        &app,
        "[data-testid=customer-table] td, [data-testid=customer-table] th",
        "customers at 960",
    )
    .await;
    shot(&app, &format!("lists-customers-late-{lang}-960.png")).await;
    resize(&app, 1280).await;

    // Today's debtors: the book's order (largest past due first), bars to one scale.
    let debtors: Vec<String> = {
        let (b, s) = book(&db, TODAY);
        b.dashboard(&s, TODAY)
            .expect("the dashboard")
            .top_debtors
            .iter()
            .map(|d| d.customer_id.to_string())
            .collect()
    };
    click(&app, "[data-testid=nav-today]").await;
    app.wait_for("the debtors", "[data-testid=dashboard-debtor]", |t| {
        t.len() == debtors.len()
    })
    .await;
    assert_eq!(
        attrs(&app, "[data-testid=dashboard-debtor]", "data-id").await,
        debtors
    );
    assert_eq!(
        attrs(&app, "[data-testid=dashboard-debtor]", "data-id").await[0],
        latest.id.to_string(),
        "the latest payer heads the debtors"
    );
    let widths: Vec<f64> = app
        .web
        .execute(
            "return Array.from(document.querySelectorAll('[data-testid=dashboard-debtor-bar]')).map(e => e.getBoundingClientRect().width)",
            vec![],
        )
        .await
        .and_then(|r| r.convert())
        .expect("bar widths");
    let track: f64 = app
        .web
        .execute(
            "return document.querySelector('[data-testid=dashboard-debtor-bar]').parentElement.getBoundingClientRect().width",
            vec![],
        )
        .await
        .and_then(|r| r.convert())
        .expect("track width");
    let widest = widths.iter().cloned().fold(0.0, f64::max);
    assert!(
        (widest - track).abs() < 1.5,
        "the largest fills its track: {widths:?} in {track}"
    );
    assert!(
        widths.iter().any(|x| *x < track * 0.95),
        "the others are scaled to it: {widths:?}"
    );
    let legend = texts(&app, "[data-testid=dashboard-debtors-legend] .key").await;
    assert_eq!(legend.len(), 5, "the five ages: {legend:?}");
    roomy(
        &app,
        "[data-testid=dashboard-debtors] td, [data-testid=dashboard-debtors-legend]",
        "debtors",
    )
    .await;
    shot_at(
        &app,
        "[data-testid=dashboard-debtors]",
        &format!("lists-debtors-{lang}.png"),
    )
    .await;

    // A new customer named like one in the book: shown with a link, created once confirmed.
    // Not the customer looked up by name at 960 px below, which would then find two.
    let busiest = rows
        .iter()
        .max_by_key(|r| r.active_subscriptions)
        .expect("a customer");
    let twin = rows
        .iter()
        .find(|r| r.id != busiest.id)
        .expect("another customer");
    let before = rows.len();
    click(&app, "[data-testid=nav-customers]").await;
    click(&app, "[data-testid=new-customer]").await;
    app.find("[data-testid=customer-form]").await;
    app.fill("legal_name", &twin.legal_name.to_uppercase())
        .await;
    app.fill("address_line1", "2 rue Oberkampf").await;
    app.fill("postal_code", "75011").await;
    app.fill("city", "Paris").await;
    // The reference it will quote on its transfers, typed loosely: kept as a bank prints it.
    let reference = format!("VIR-{} 2026", lang.to_uppercase());
    app.fill("reference", &format!("  {}   2026 ", &reference[..6]))
        .await;
    roomy(
        &app,
        "[data-testid=customer-form] label",
        "the form's labels",
    )
    .await;
    shot_at(
        &app,
        "[name=reference]",
        &format!("lists-reference-{lang}.png"),
    )
    .await;
    click(&app, "[data-testid=save]").await;
    app.wait_for(
        "the similar customer",
        "[data-testid=customer-similar-item]",
        |t| t.len() == 1,
    )
    .await;
    assert_eq!(
        attrs(&app, "[data-testid=customer-similar-item]", "data-id").await,
        [twin.id.to_string()]
    );
    {
        let (b, s) = book(&db, TODAY);
        assert_eq!(
            b.customers(&s).expect("customers").len(),
            before,
            "nothing created yet"
        );
    }
    roomy(&app, "[data-testid=customer-similar]", "the warning").await;
    shot_at(
        &app,
        "[data-testid=customer-similar]",
        &format!("lists-similar-{lang}.png"),
    )
    .await;
    click(&app, "[data-testid=customer-similar-confirm]").await;
    app.find("[data-testid=subscriptions]").await;
    dismiss_toasts(&app).await;
    {
        let (b, s) = book(&db, TODAY);
        assert_eq!(
            b.customers(&s).expect("customers").len(),
            before + 1,
            "created once confirmed"
        );
        let newest = b
            .customers(&s)
            .expect("customers")
            .iter()
            .map(|c| c.id)
            .max()
            .expect("a customer");
        assert_eq!(
            b.customer(&s, newest)
                .expect("the new customer")
                .form
                .reference,
            reference
        );
    }

    // The customer with the most subscriptions, at 960 px: the total in view.
    click(&app, "[data-testid=nav-customers]").await;
    let search = app.find("[data-testid=customer-search]").await;
    search.clear().await.expect("clear the search");
    search.send_keys(&busiest.legal_name).await.expect("search");
    // The demo book has two customers of some names: the row is picked by its id.
    let row = format!("[data-testid=customer-row][data-id='{}']", busiest.id);
    app.wait_for("the customer found", &row, |t| t.len() == 1)
        .await;
    click(&app, &format!("{row} [data-testid=customer-link]")).await;
    app.find("[data-testid=subscription-row]").await;
    resize(&app, 960).await;
    app.wait_for(
        "narrow subscriptions",
        "[data-testid=subscriptions][data-narrow=true]",
        |t| t.len() == 1,
    )
    .await;
    roomy(
        &app,
        "[data-testid=subscriptions] .scroll, [data-testid=subscriptions] td, [data-testid=subscriptions] th",
        "subscriptions at 960",
    )
    .await;
    let inside: bool = app
        .web
        .execute(
            "const t = document.querySelector('[data-testid=monthly-total]').getBoundingClientRect();
             const c = document.querySelector('[data-testid=subscriptions]').getBoundingClientRect();
             return t.width > 0 && t.left >= c.left && t.right <= c.right",
            vec![],
        )
        .await
        .and_then(|r| r.convert())
        .expect("the total's box");
    assert!(inside, "the monthly total is inside its card at 960 px");
    // The cards below load after the subscriptions and move them: let them settle.
    tokio::time::sleep(std::time::Duration::from_millis(1000)).await;
    shot_at(
        &app,
        "[data-testid=monthly-total]",
        &format!("lists-subscriptions-{lang}-960.png"),
    )
    .await;
    app.quit().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn the_clerks_lists_in_french() {
    walk(&FR).await;
}

#[tokio::test(flavor = "multi_thread")]
async fn the_clerks_lists_in_english() {
    walk(&EN).await;
}
