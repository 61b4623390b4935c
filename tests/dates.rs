//! Dates as a French clerk reads and types them, in the real window: a payment date typed
//! day first is that day in the book (09/01/2026 is 9 January, whatever the system's
//! locale), an impossible date is refused with its sentence and nothing is saved, the
//! calendar picks a day with the mouse and with the keys, and the billing month reads
//! « novembre 2026 ». Amounts put in a field read with a decimal comma (typed figures:
//! `french_figures.rs`). In English the same fields read the English way.

use ardoise_e2e::fixtures::{book, click, leave, shot, start_demo};
use ardoise_e2e::inspect::{attrs, field_value, overflowing, page_overflows, texts, wait_js};
use ardoise_e2e::App;
use thirtyfour::prelude::*;

const TODAY: &str = "2026-11-25";
const REFERENCE: &str = "E2E-DATES-0109";

/// What the field named `name` shows (its text) and holds (the ISO date it sends).
async fn shown_and_held(app: &App, name: &str) -> (String, String) {
    let field = app.find(&format!("[name='{name}']")).await;
    let shown = field
        .prop("value")
        .await
        .expect("the text")
        .unwrap_or_default();
    let held = field
        .attr("data-value")
        .await
        .expect("the date held")
        .unwrap_or_default();
    (shown, held)
}

/// The payments form, with the first customer of the list chosen.
async fn new_payment(app: &App) {
    click(app, "[data-testid=nav-payments]").await;
    click(app, "[data-testid=new-payment]").await;
    app.find("[data-testid=payment-form]").await;
    app.wait_for(
        "the customers to choose from",
        "select[name=customer_id] option",
        |t| t.len() > 2,
    )
    .await;
    let ids = attrs(app, "select[name=customer_id] option", "value").await;
    let first = ids.iter().find(|v| !v.is_empty()).expect("a customer");
    app.choose("customer_id", first).await;
}

fn payments_with_reference(db: &std::path::Path) -> Vec<(String, String)> {
    let (b, s) = book(db, TODAY);
    b.payments(&s, None)
        .expect("the payments")
        .into_iter()
        .filter(|p| p.reference.as_deref() == Some(REFERENCE))
        .map(|p| (p.received_on, p.amount.amount))
        .collect()
}

#[tokio::test(flavor = "multi_thread")]
async fn a_french_clerk_types_dates_day_first() {
    let dir = tempfile::tempdir().expect("temp dir");
    let db = dir.path().join("book.db");
    let app = App::launch(&db, TODAY, "fr_FR.UTF-8").await;
    start_demo(&app).await;

    // The form opens on the business date, written the French way.
    new_payment(&app).await;
    let placeholder = attrs(&app, "[name=received_on]", "placeholder").await;
    assert_eq!(placeholder, vec!["jj/mm/aaaa".to_string()]);
    assert_eq!(
        shown_and_held(&app, "received_on").await,
        ("25/11/2026".to_string(), TODAY.to_string())
    );
    app.fill("amount", "1 234,56").await;
    app.fill("reference", REFERENCE).await;

    // 31 February is refused under the field, and by the book: nothing is saved.
    app.fill("received_on", "31/02/2026").await;
    leave(&app, "received_on").await;
    let refused = app
        .wait_for("the refusal", "[data-testid=error-received_on]", |t| {
            t.len() == 1
        })
        .await;
    // WebDriver reads a no-break space as a space.
    let sentence = refused[0].text().await.expect("the sentence");
    assert_eq!(
        sentence.replace('\u{a0}', " "),
        "Le 31/02/2026 n’existe pas\u{202f}: février 2026 n’a que 28 jours."
    );
    assert_eq!(
        shown_and_held(&app, "received_on").await,
        ("31/02/2026".to_string(), "31/02/2026".to_string()),
        "the text stays as typed and no other date takes its place"
    );
    shot(&app, "dates-refused-fr.png").await;
    click(&app, "[data-testid=save]").await;
    app.find("[data-testid=form-error]").await;
    assert!(
        payments_with_reference(&db).is_empty(),
        "an impossible date saves nothing"
    );
    let still = app
        .find("[data-testid=error-received_on]")
        .await
        .text()
        .await;
    assert_eq!(still.ok(), Some(sentence), "the field still says why");

    // Day first: 09/01/2026 is 9 January 2026 in the book.
    app.fill("received_on", "09/01/2026").await;
    leave(&app, "received_on").await;
    assert_eq!(
        shown_and_held(&app, "received_on").await,
        ("09/01/2026".to_string(), "2026-01-09".to_string())
    );
    assert!(
        texts(&app, "[data-testid=error-received_on]")
            .await
            .is_empty(),
        "a right date clears the refusal"
    );
    click(&app, "[data-testid=save]").await;
    let started = std::time::Instant::now();
    let saved = loop {
        let rows = payments_with_reference(&db);
        if !rows.is_empty() || started.elapsed().as_secs() > 15 {
            break rows;
        }
        tokio::time::sleep(std::time::Duration::from_millis(200)).await;
    };
    assert_eq!(
        saved,
        vec![("2026-01-09".to_string(), "1234.56".to_string())],
        "the payment of 9 January 2026, 1 234,56 typed with a decimal comma"
    );

    // Other ways of typing it: short year, dots, ISO; each read day first.
    new_payment(&app).await;
    for (typed, iso) in [
        ("9/1/26", "2026-01-09"),
        ("25.12.2026", "2026-12-25"),
        ("2026-03-01", "2026-03-01"),
    ] {
        app.fill("received_on", typed).await;
        leave(&app, "received_on").await;
        let (_, held) = shown_and_held(&app, "received_on").await;
        assert_eq!(held, iso, "{typed} typed");
    }
    app.fill("received_on", "12/13/2026").await;
    leave(&app, "received_on").await;
    app.wait_for("no month 13", "[data-testid=error-received_on]", |t| {
        t.first()
            .is_some_and(|s| s.contains("Il n’y a pas de mois 13"))
    })
    .await;

    // The calendar: a click picks a day; the keys move and pick another.
    app.fill("received_on", "25/11/2026").await;
    leave(&app, "received_on").await;
    click(&app, "[data-testid=received_on-calendar]").await;
    let calendar = app.find("[data-testid=calendar]").await;
    let head = calendar.text().await.expect("the calendar");
    assert!(
        head.contains("novembre 2026") && head.contains("lun."),
        "a French month, weeks from Monday: {head:?}"
    );
    let first_day = attrs(&app, "[data-testid=calendar] [data-day]", "data-day").await;
    assert_eq!(
        first_day.first().map(String::as_str),
        Some("2026-10-26"),
        "November 2026's grid starts on Monday 26 October"
    );
    shot(&app, "dates-calendar-fr.png").await;
    click(&app, "[data-testid=calendar] [data-day='2026-11-12']").await;
    assert_eq!(
        shown_and_held(&app, "received_on").await,
        ("12/11/2026".to_string(), "2026-11-12".to_string())
    );
    assert!(
        app.all("[data-testid=calendar]").await.is_empty(),
        "picked: closed"
    );
    click(&app, "[data-testid=received_on-calendar]").await;
    app.find("[data-testid=calendar]").await;
    let grid = app
        .web
        .active_element()
        .await
        .expect("the grid has the focus");
    grid.send_keys(Key::Left).await.expect("left");
    grid.send_keys(Key::Up).await.expect("up");
    grid.send_keys(Key::Enter).await.expect("enter");
    assert_eq!(
        shown_and_held(&app, "received_on").await,
        ("04/11/2026".to_string(), "2026-11-04".to_string()),
        "one day back, one week up, from the 12th"
    );
    click(&app, "[data-testid=received_on-calendar]").await;
    let grid = app
        .web
        .active_element()
        .await
        .expect("the grid has the focus");
    grid.send_keys(Key::Escape).await.expect("escape");
    assert!(
        app.all("[data-testid=calendar]").await.is_empty(),
        "Escape closes"
    );
    assert_eq!(shown_and_held(&app, "received_on").await.1, "2026-11-04");

    // At 960 px the calendar fits the window and the form does not scroll sideways.
    app.web
        .set_window_rect(0, 0, 960, 700)
        .await
        .expect("the window at its minimum width");
    tokio::time::sleep(std::time::Duration::from_millis(400)).await;
    click(&app, "[data-testid=received_on-calendar]").await;
    app.find("[data-testid=calendar]").await;
    assert!(!page_overflows(&app).await, "the payment form at 960 px");
    let cramped = overflowing(
        &app,
        "[data-testid=calendar] .day, [data-testid=payment-form] .input",
    )
    .await;
    assert!(cramped.is_empty(), "at 960 px: {cramped:?}");
    shot(&app, "dates-calendar-960-fr.png").await;
    app.web
        .set_window_rect(0, 0, 1280, 800)
        .await
        .expect("the window back at 1280 px");

    // Amounts put in a field for the clerk read with a decimal comma: the open amount of
    // an overdue invoice, and the oldest-first proposal once the allocation is by hand.
    click(&app, "[data-testid=nav-invoices]").await;
    app.wait_for("the invoices", "[data-testid=invoice-row]", |t| t.len() > 5)
        .await;
    click(&app, "[data-testid=invoice-row][data-state=overdue]").await;
    click(&app, "[data-testid=record-payment]").await;
    app.find("[data-testid=payment-form]").await;
    let amount = field_value(&app, "amount").await;
    assert!(
        amount.contains(',') && !amount.contains('.'),
        "the open amount with a decimal comma: {amount:?}"
    );
    click(&app, "[data-testid=mode-manual]").await;
    wait_js(
        &app,
        "the proposal typed in",
        "return Array.from(document.querySelectorAll('[data-testid=allocation-table] input')).some(e => e.value)",
    )
    .await;
    let proposed: Vec<String> = app
        .web
        .execute(
            "return Array.from(document.querySelectorAll('[data-testid=allocation-table] input')).map(e => e.value).filter(v => v)",
            vec![],
        )
        .await
        .and_then(|r| r.convert())
        .expect("the amounts proposed");
    assert!(
        !proposed.is_empty() && proposed.iter().all(|v| v.contains(',') && !v.contains('.')),
        "proposed amounts with a decimal comma: {proposed:?}"
    );
    shot(&app, "dates-amounts-fr.png").await;

    // The invoices list's month filter, typed as a person types it, at 960 px too.
    click(&app, "[data-testid=nav-invoices]").await;
    app.wait_for("the invoices", "[data-testid=invoice-row]", |t| t.len() > 5)
        .await;
    let placeholder = attrs(&app, "[name=filter-period]", "placeholder").await;
    assert_eq!(placeholder, vec!["mm/aaaa".to_string()]);
    app.fill("filter-period", "oct. 2026").await;
    leave(&app, "filter-period").await;
    assert_eq!(
        shown_and_held(&app, "filter-period").await,
        ("octobre 2026".to_string(), "2026-10".to_string())
    );
    app.wait_for("October's invoices", "[data-testid=invoice-row]", |t| {
        !t.is_empty() && t.iter().all(|r| r.contains("10/2026"))
    })
    .await;
    app.web
        .set_window_rect(0, 0, 960, 700)
        .await
        .expect("the window at its minimum width");
    tokio::time::sleep(std::time::Duration::from_millis(400)).await;
    shot(&app, "dates-invoices-filter-960-fr.png").await;
    // The list's table is wider than 960 px on its own (not the filter's doing): the
    // filter must fit the window and its text its box.
    wait_js(
        &app,
        "the month filter inside the window",
        "const r = document.querySelector('[name=filter-period]').getBoundingClientRect(); return r.right <= window.innerWidth && r.width >= 150",
    )
    .await;
    let cramped = overflowing(&app, "[name=filter-period]").await;
    assert!(
        cramped.is_empty(),
        "the month filter at 960 px: {cramped:?}"
    );
    app.web
        .set_window_rect(0, 0, 1280, 800)
        .await
        .expect("the window back at 1280 px");

    // The billing month reads « novembre 2026 », is typed "12/2026", picked in a grid.
    click(&app, "[data-testid=nav-invoices]").await;
    click(&app, "[data-testid=billing-run]").await;
    assert_eq!(
        shown_and_held(&app, "period").await,
        ("novembre 2026".to_string(), "2026-11".to_string())
    );
    app.fill("period", "12/2026").await;
    leave(&app, "period").await;
    assert_eq!(
        shown_and_held(&app, "period").await,
        ("décembre 2026".to_string(), "2026-12".to_string())
    );
    click(&app, "[data-testid=period-calendar]").await;
    let months = texts(&app, "[data-testid=month-picker] [data-month]").await;
    assert_eq!(months.first().map(String::as_str), Some("janvier"));
    assert_eq!(months.len(), 12);
    shot(&app, "dates-month-fr.png").await;
    click(&app, "[data-testid=month-picker] [data-month='2026-10']").await;
    assert_eq!(
        shown_and_held(&app, "period").await,
        ("octobre 2026".to_string(), "2026-10".to_string())
    );
    app.quit().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn the_same_fields_read_the_english_way() {
    let dir = tempfile::tempdir().expect("temp dir");
    let db = dir.path().join("book.db");
    let app = App::launch(&db, TODAY, "en_GB.UTF-8").await;
    start_demo(&app).await;

    new_payment(&app).await;
    let placeholder = attrs(&app, "[name=received_on]", "placeholder").await;
    assert_eq!(placeholder, vec!["dd/mm/yyyy".to_string()]);
    assert_eq!(
        shown_and_held(&app, "received_on").await,
        ("25/11/2026".to_string(), TODAY.to_string())
    );
    app.fill("received_on", "31/02/2026").await;
    leave(&app, "received_on").await;
    app.wait_for("the refusal", "[data-testid=error-received_on]", |t| {
        t.first()
            .is_some_and(|s| s == "31/02/2026 does not exist: February 2026 has only 28 days.")
    })
    .await;
    app.fill("received_on", "09/01/2026").await;
    leave(&app, "received_on").await;
    assert_eq!(shown_and_held(&app, "received_on").await.1, "2026-01-09");
    click(&app, "[data-testid=received_on-calendar]").await;
    let head = app
        .find("[data-testid=calendar]")
        .await
        .text()
        .await
        .expect("the calendar");
    assert!(
        head.contains("January 2026") && head.contains("Mon"),
        "an English month, weeks from Monday: {head:?}"
    );
    shot(&app, "dates-calendar-en.png").await;

    click(&app, "[data-testid=nav-invoices]").await;
    click(&app, "[data-testid=billing-run]").await;
    assert_eq!(
        shown_and_held(&app, "period").await,
        ("November 2026".to_string(), "2026-11".to_string())
    );
    app.fill("period", "dec 2026").await;
    leave(&app, "period").await;
    assert_eq!(
        shown_and_held(&app, "period").await,
        ("December 2026".to_string(), "2026-12".to_string())
    );
    shot(&app, "dates-month-en.png").await;

    // In a dialog (a subscription's form), the calendar opens over it and Escape closes
    // the calendar only, not the dialog.
    click(&app, "[data-testid=nav-customers]").await;
    click(&app, "[data-testid=customer-row]").await;
    // Cards still loading above move the button under the pointer: clicked in place.
    app.find("[data-testid=monthly-total]").await;
    app.web
        .execute(
            "document.querySelector('[data-testid=add-subscription]').click()",
            vec![],
        )
        .await
        .expect("add a subscription");
    app.find("[data-testid=subscription-form]").await;
    click(&app, "[data-testid=start_date-calendar]").await;
    app.find("[data-testid=calendar]").await;
    shot(&app, "dates-modal-en.png").await;
    let grid = app
        .web
        .active_element()
        .await
        .expect("the grid has the focus");
    grid.send_keys(Key::Escape).await.expect("escape");
    assert!(
        app.all("[data-testid=calendar]").await.is_empty(),
        "Escape closes the calendar"
    );
    assert_eq!(
        app.all("[data-testid=subscription-form]").await.len(),
        1,
        "and leaves the dialog open"
    );
    app.quit().await;
}
