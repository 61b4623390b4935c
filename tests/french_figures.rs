//! Figures as a French clerk types them, in the real window: a support rate typed
//! « 95,50 » is 95.50 in the book and reads « 95,50 € » again, a refused form keeps what
//! was typed; a late-penalty rate typed « 12,5 »; time on a request logged with a day
//! typed day first and a 24-hour time (« 8h05 » reads 08:05, « 25:00 » is refused with
//! its sentence), on the book's day, whatever the system's locale.

use ardoise_e2e::fixtures::{book, click, leave, scroll_to, shot, start_demo};
use ardoise_e2e::inspect::{field_value, overflowing, shot_at};
use ardoise_e2e::App;

const TODAY: &str = "2026-11-25";

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
    // The held day's time of day runs with the machine's: at 03:00 a morning of 08:05
    // would be in the future, so the instant is held too, in the evening.
    let evening = format!("{TODAY}T18:00:00Z");
    let app = App::launch_with(&db, TODAY, "fr_FR.UTF-8", &[("ARDOISE_NOW", &evening)]).await;
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
