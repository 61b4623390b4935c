//! Dates as a French clerk reads and types them, in the real window: a payment date typed
//! day first is that day in the book (09/01/2026 is 9 January, whatever the system's
//! locale), an impossible date is refused with its sentence and nothing is saved, the
//! calendar picks a day with the mouse and with the keys, and the billing month reads
//! « novembre 2026 ». Amounts put in a field read with a decimal comma, and a price typed
//! « 95,50 » is 95.50 in the book. In English the same fields read the English way.

use ardoise_e2e::fixtures::{book, click, scroll_to, shot, start_demo};
use ardoise_e2e::inspect::{
    attrs, field_value, overflowing, page_overflows, shot_at, texts, wait_js,
};
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

/// Leaves the field named `name` as a person does, with the Tab key.
async fn leave(app: &App, name: &str) {
    app.find(&format!("[name='{name}']"))
        .await
        .send_keys(Key::Tab)
        .await
        .expect("tab out of the field");
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

#[tokio::test(flavor = "multi_thread")]
async fn a_french_clerk_types_a_rate_with_a_comma() {
    let dir = tempfile::tempdir().expect("temp dir");
    let db = dir.path().join("book.db");
    let app = App::launch(&db, TODAY, "fr_FR.UTF-8").await;
    start_demo(&app).await;
    let price_of = |db: &std::path::Path, plan: i64| {
        let (b, s) = book(db, TODAY);
        b.support_plan(&s, plan)
            .expect("the plan")
            .prices
            .into_iter()
            .find(|p| p.effective_from == TODAY)
    };

    click(&app, "[data-testid=nav-settings]").await;
    click(&app, "[data-testid=settings-open-plans]").await;
    app.wait_for("the plans", "[data-testid=plan-row]", |t| !t.is_empty())
        .await;
    // A plan that can be priced: not the "no support" one.
    let plan = {
        let (b, s) = book(&db, TODAY);
        b.support_plans(&s)
            .expect("the plans")
            .into_iter()
            .find(|p| !p.no_support && !p.archived)
            .expect("the demo book has a support plan")
            .id
    };
    assert!(price_of(&db, plan).is_none(), "no price from today yet");
    click(&app, &format!("[data-testid=plan-row][data-id='{plan}']")).await;
    click(&app, "[data-testid=plan-price-add]").await;
    app.find("[data-testid=plan-price-form]").await;

    // A refusal elsewhere leaves the rate as it was typed, comma and all.
    app.fill("monthly_fee", "12x").await;
    app.fill("hourly_rate", "95,50").await;
    app.fill("included_hours", "1,5").await;
    click(&app, "[data-testid=plan-price-save]").await;
    app.find("[data-testid=error-monthly_fee]").await;
    assert_eq!(field_value(&app, "hourly_rate").await, "95,50");
    assert_eq!(field_value(&app, "included_hours").await, "1,5");
    assert!(
        price_of(&db, plan).is_none(),
        "a refused price writes nothing"
    );

    app.fill("monthly_fee", "120").await;
    shot(&app, "dates-rate-fr.png").await;
    click(&app, "[data-testid=plan-price-save]").await;
    let row = format!("[data-testid=plan-price-row][data-from='{TODAY}']");
    let shown = app
        .wait_for("the price saved", &row, |t| t.len() == 1)
        .await[0]
        .text()
        .await
        .expect("the row");
    let price = price_of(&db, plan).expect("the price typed");
    // The book's decimal text, whatever zeros it keeps: 95.50 and 120.
    let plain = |a: &str| match a.contains('.') {
        true => a.trim_end_matches('0').trim_end_matches('.').to_string(),
        false => a.to_string(),
    };
    assert_eq!(plain(&price.hourly_rate.amount), "95.5");
    assert_eq!(plain(&price.monthly_fee.amount), "120");
    assert_eq!(price.included_minutes, 90);
    // WebDriver reads a no-break space as a space.
    let shown = shown.replace(['\u{a0}', '\u{202f}'], " ");
    assert!(
        shown.contains("95,50 €") && shown.contains("120,00 €") && !shown.contains("95.5"),
        "the rate read back the French way: {shown:?}"
    );
    shot_at(&app, "[data-testid=plan-prices]", "dates-rate-row-fr.png").await;
    app.quit().await;
}

/// The book's decimal text without the zeros it may keep: "12.50" and "12.5" alike.
fn plain(a: &str) -> String {
    match a.contains('.') {
        true => a.trim_end_matches('0').trim_end_matches('.').to_string(),
        false => a.to_string(),
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn a_french_clerk_logs_time_and_a_penalty_rate_the_french_way() {
    let dir = tempfile::tempdir().expect("temp dir");
    let db = dir.path().join("book.db");
    let app = App::launch(&db, TODAY, "fr_FR.UTF-8").await;
    start_demo(&app).await;

    // The partner's rates read with a decimal comma and are typed with one.
    click(&app, "[data-testid=nav-settings]").await;
    app.find("[data-testid=partner-form]").await;
    let indemnity = field_value(&app, "recovery_indemnity").await;
    assert!(
        !indemnity.contains('.'),
        "the indemnity the French way: {indemnity:?}"
    );
    app.fill("late_penalty_rate", "12,5").await;
    scroll_to(&app, "[name=late_penalty_rate]").await;
    shot(&app, "dates-partner-fr.png").await;
    click(&app, "[data-testid=partner-form] button[type=submit]").await;
    let saved = || {
        let (b, s) = book(&db, TODAY);
        b.partner(&s).expect("the partner").form.late_penalty_rate
    };
    let started = std::time::Instant::now();
    while plain(&saved()) != "12.5" {
        assert!(
            started.elapsed().as_secs() < 10,
            "the rate saved: {:?}",
            saved()
        );
        tokio::time::sleep(std::time::Duration::from_millis(200)).await;
    }
    assert_eq!(field_value(&app, "late_penalty_rate").await, "12,5");

    // Time on a request: a day typed day first and a time of day, 24 h, on any system.
    click(&app, "[data-testid=nav-support]").await;
    let rows = app
        .wait_for("the queue", "[data-testid=support-row]", |t| !t.is_empty())
        .await;
    let id: i64 = rows[0]
        .attr("data-id")
        .await
        .expect("the id")
        .expect("a request id")
        .parse()
        .expect("a number");
    click(
        &app,
        &format!("[data-testid=support-row][data-id='{id}'] .row-link"),
    )
    .await;
    click(&app, "[data-testid=time-add]").await;
    app.find("[data-testid=time-dialog]").await;
    // The demo book is held on its own day: time is logged on that day by default.
    assert_eq!(
        field_value(&app, "ended_at_day").await,
        TODAY,
        "the end's default day"
    );
    // The demo's requests opened before today: a morning of today is after any of them.
    app.fill_date("started_at_day", TODAY).await;
    app.fill("started_at_time", "25:00").await;
    leave(&app, "started_at_time").await;
    let refused = app.find("[data-testid=error-started_at_time]").await;
    let sentence = refused.text().await.expect("the sentence");
    assert!(
        sentence.contains("25:00") && sentence.contains("n’est pas une heure"),
        "{sentence}"
    );
    shot_at(
        &app,
        "[data-testid=time-dialog]",
        "dates-time-refused-fr.png",
    )
    .await;
    app.fill("started_at_time", "8h05").await;
    leave(&app, "started_at_time").await;
    assert_eq!(field_value(&app, "started_at_time").await, "08:05");
    app.fill_date("ended_at_day", TODAY).await;
    app.fill("ended_at_time", "09:35").await;
    leave(&app, "ended_at_time").await;
    let cramped = overflowing(&app, "[data-testid=time-dialog] input").await;
    assert!(cramped.is_empty(), "the time fields: {cramped:?}");
    shot_at(&app, "[data-testid=time-dialog]", "dates-time-fr.png").await;
    click(&app, "[data-testid=time-save]").await;
    shot(&app, "dates-time-saved-fr.png").await;
    let logged = || {
        let (b, s) = book(&db, TODAY);
        b.support_request(&s, id, ardoise_app::domain::Lang::Fr)
            .expect("the request")
            .time
    };
    let started = std::time::Instant::now();
    while logged().is_empty() {
        assert!(started.elapsed().as_secs() < 10, "the time logged");
        tokio::time::sleep(std::time::Duration::from_millis(200)).await;
    }
    let entry = &logged()[0];
    assert_eq!(entry.minutes, 90, "08:05 to 09:35: {entry:?}");
    let local = chrono::DateTime::parse_from_rfc3339(&entry.started_at)
        .expect("an instant")
        .with_timezone(&chrono::Local);
    assert_eq!(
        local.format("%Y-%m-%d %H:%M").to_string(),
        format!("{TODAY} 08:05"),
        "the day and time typed, in this machine's time"
    );
    app.quit().await;
}
