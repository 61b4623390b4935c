//! Renewal notices are produced, logged and shown as sent.

use std::collections::BTreeSet;
use std::path::PathBuf;

use ardoise_app::domain::collections::StepKind;
use ardoise_app::domain::Lang;
use ardoise_e2e::fixtures::{book, click, pdftotext, sha256, start_demo};
use ardoise_e2e::inspect::{
    attrs, dismiss_toasts, field_value, fr_date, overflowing, page_overflows, pdf_pages, shot_at,
    squeeze, texts, wait_js,
};
use ardoise_e2e::App;
use chrono::NaiveDate;

use crate::TODAY;

#[tokio::test(flavor = "multi_thread")]
async fn renewal_notices_are_produced_logged_and_shown_as_sent() {
    let dir = tempfile::tempdir().expect("temp dir");
    let db = dir.path().join("book.db");
    let app = App::launch(&db, TODAY, "fr_FR.UTF-8").await;
    start_demo(&app).await;

    // The book as the window opens on it, read through a second connection: the
    // renewals within 30 days, and the first day a suspension letter is due (for the
    // letters table with its longest step name).
    let (before, dash_before, suspension_day) = {
        let (b, s) = book(&db, TODAY);
        let work = b.collections(&s, TODAY).expect("the collections work");
        let dash = b.dashboard(&s, TODAY).expect("the dashboard");
        let today = NaiveDate::parse_from_str(TODAY, "%Y-%m-%d").expect("date");
        let day = (1..=60)
            .map(|n| (today + chrono::Duration::days(n)).to_string())
            .find_map(|d| {
                let work = b.collections(&s, &d).ok()?;
                let l = work
                    .letters
                    .iter()
                    .find(|l| l.kind == StepKind::Suspension)?;
                Some((d, l.step_code.clone()))
            });
        (work.renewals, dash.renewals, day)
    };
    let to_tell: Vec<_> = before
        .iter()
        .filter(|r| r.notice_sent_on.is_none())
        .cloned()
        .collect();
    assert!(
        !to_tell.is_empty(),
        "the demo book has a renewal not yet announced on {TODAY}"
    );
    let customers_to_tell: BTreeSet<i64> = to_tell.iter().map(|r| r.customer_id).collect();
    let state = |sent: &Option<String>| if sent.is_some() { "sent" } else { "to_send" };

    // Today: each renewal says whether its customer was told.
    click(&app, "[data-testid=nav-today]").await;
    app.wait_for(
        "the renewals on Today",
        "[data-testid=dashboard-renewal]",
        |t| t.len() == dash_before.len(),
    )
    .await;
    let ids = attrs(&app, "[data-testid=dashboard-renewal]", "data-id").await;
    let states = attrs(&app, "[data-testid=dashboard-renewal]", "data-state").await;
    let notices = texts(
        &app,
        "[data-testid=dashboard-renewal] [data-testid=dashboard-renewal-notice]",
    )
    .await;
    assert_eq!(
        ids,
        dash_before
            .iter()
            .map(|r| r.subscription_id.to_string())
            .collect::<Vec<_>>()
    );
    for ((r, st), notice) in dash_before.iter().zip(&states).zip(&notices) {
        assert_eq!(st, state(&r.notice_sent_on), "{}", r.subscription_id);
        let expected = match &r.notice_sent_on {
            Some(d) => format!("Avis envoyé le {}", fr_date(d)),
            None => "Avis à envoyer".to_string(),
        };
        assert_eq!(squeeze(notice), expected);
    }
    assert!(
        overflowing(&app, "[data-testid=dashboard-renewals] td")
            .await
            .is_empty(),
        "Today's renewals fit their columns"
    );
    shot_at(
        &app,
        "[data-testid=dashboard-renewals]",
        "today-renewals-fr.png",
    )
    .await;

    // Its button leads to the renewals card of the Collections page, scrolled to.
    click(&app, "[data-testid=dashboard-renewals-open]").await;
    app.wait_for(
        "the renewals on Collections",
        "[data-testid=renewal-row]",
        |t| t.len() == before.len(),
    )
    .await;
    wait_js(
        &app,
        "the renewals card in view",
        "const r = document.querySelector('[data-testid=renewals-card]').getBoundingClientRect(); return r.top >= 0 && r.top < innerHeight * 0.75",
    )
    .await;
    let subs = attrs(&app, "[data-testid=renewal-row]", "data-subscription").await;
    let states = attrs(&app, "[data-testid=renewal-row]", "data-state").await;
    let rows = texts(&app, "[data-testid=renewal-row]").await;
    assert_eq!(
        subs,
        before
            .iter()
            .map(|r| r.subscription_id.to_string())
            .collect::<Vec<_>>(),
        "the book's renewals, in renewal-date order"
    );
    for ((r, st), text) in before.iter().zip(&states).zip(&rows) {
        let text = squeeze(text);
        assert_eq!(st, state(&r.notice_sent_on), "{}", r.subscription_id);
        for part in [
            squeeze(&r.customer_name),
            format!("{} × {}", r.product_name, r.quantity),
            fr_date(&r.renewal_date),
            format!("résiliable jusqu’au {}", fr_date(&r.cancellable_until)),
            match &r.notice_sent_on {
                Some(d) => format!("Envoyé le {}", fr_date(d)),
                None => "À envoyer".to_string(),
            },
        ] {
            assert!(text.contains(&part), "{text:?} shows {part:?}");
        }
        let term = match r.term.as_str() {
            "annual" => "Annuel",
            "triennial" => "Triennal",
            other => panic!("a {other} subscription among the renewals"),
        };
        assert!(text.contains(term), "{text:?} names its term");
    }
    let note = texts(&app, "[data-testid=renewals-note]").await.remove(0);
    assert!(note.contains("7 jours"), "the rule is stated: {note}");
    let button = texts(&app, "[data-testid=renewals-produce]")
        .await
        .remove(0);
    let n = customers_to_tell.len();
    let expected = if n == 1 {
        "Produire 1 avis".to_string()
    } else {
        format!("Produire les {n} avis")
    };
    assert_eq!(
        squeeze(&button),
        expected,
        "one notice per customer to tell"
    );
    let cramped = overflowing(
        &app,
        "[data-testid=renewals-table] td, [data-testid=renewals-table] th",
    )
    .await;
    assert!(cramped.is_empty(), "{cramped:?}");
    shot_at(
        &app,
        "[data-testid=renewals-card]",
        "collections-renewals-fr.png",
    )
    .await;

    // Produce them, confirmed first.
    click(&app, "[data-testid=renewals-produce]").await;
    let dialog = app
        .wait_for("the confirmation", "[data-testid=confirm-dialog]", |t| {
            t.len() == 1
        })
        .await;
    let asked = squeeze(&dialog[0].text().await.unwrap_or_default());
    assert!(asked.contains("7 jours"), "{asked}");
    click(
        &app,
        "[data-testid=confirm-dialog] [data-testid=confirm-ok]",
    )
    .await;
    app.wait_for("the notices produced", "[data-testid=renewal-file]", |t| {
        t.len() == n
    })
    .await;
    let ids = attrs(&app, "[data-testid=renewal-file]", "data-id").await;
    let customers = attrs(&app, "[data-testid=renewal-file]", "data-customer").await;
    let paths = attrs(&app, "[data-testid=renewal-file] .file", "title").await;
    assert_eq!(paths.len(), n, "each notice shows its file");
    assert_eq!(
        customers
            .iter()
            .map(|c| c.parse::<i64>().expect("a customer id"))
            .collect::<BTreeSet<_>>(),
        customers_to_tell,
        "a notice for each customer to tell"
    );
    let heading = texts(&app, "[data-testid=renewals-produced]")
        .await
        .remove(0);
    assert!(
        heading.contains(&format!("{n} avis de renouvellement")),
        "{heading:?}"
    );
    let folder = texts(&app, "[data-testid=renewals-folder]").await.remove(0);
    let combined = texts(&app, "[data-testid=renewals-combined-path]").await;
    // Produced, so every renewal now shows its customer told.
    app.wait_for(
        "every renewal told",
        "[data-testid=renewal-row][data-state=sent]",
        |t| t.len() == before.len(),
    )
    .await;
    app.find("[data-testid=renewals-all-told]").await;
    assert!(app.all("[data-testid=renewals-produce]").await.is_empty());
    let cramped = overflowing(&app, "[data-testid=renewals-files] td").await;
    assert!(cramped.is_empty(), "{cramped:?}");

    // Sent by e-mail today.
    assert_eq!(field_value(&app, "renewals_on").await, TODAY);
    app.fill_date("renewals_on", TODAY).await;
    click(&app, "[data-testid=renewals-via-email]").await;
    click(&app, "[data-testid=renewals-mark-sent]").await;
    app.wait_for(
        "the sending recorded",
        "[data-testid=renewals-marked]",
        |t| t.first().is_some_and(|s| s.contains("e-mail")),
    )
    .await;
    let marked = if n == 1 {
        "1 avis marqué envoyé".to_string()
    } else {
        format!("{n} avis marqués envoyés")
    };
    app.wait_for("the toast", "[data-testid=toast]", |t| {
        t.iter().any(|s| s.contains(&marked))
    })
    .await;
    dismiss_toasts(&app).await;
    shot_at(
        &app,
        "[data-testid=renewals-result]",
        "collections-renewals-produced-fr.png",
    )
    .await;

    // The customer's log names the notice, not its code, and says how it went out.
    let (first_id, first_customer) = (ids[0].clone(), customers[0].clone());
    click(
        &app,
        &format!("[data-testid=renewal-file][data-id='{first_id}'] .row-link"),
    )
    .await;
    let row = format!("[data-testid=communication-row][data-id='{first_id}']");
    app.wait_for(
        "the notice in the customer's log",
        &format!("{row} [data-testid=communication-step]"),
        |t| t.len() == 1 && t[0] == "Avis de renouvellement",
    )
    .await;
    let sent = texts(&app, &format!("{row} [data-testid=communication-sent]")).await;
    assert_eq!(
        sent.iter().map(|s| squeeze(s)).collect::<Vec<_>>(),
        vec![format!("Envoyé le {} par e-mail", fr_date(TODAY))]
    );
    let cramped = overflowing(
        &app,
        "[data-testid=communications-table] td, [data-testid=communications-table] th",
    )
    .await;
    assert!(cramped.is_empty(), "{cramped:?}");
    shot_at(&app, &row, "customer-renewal-log-fr.png").await;

    // Today says so too.
    click(&app, "[data-testid=nav-today]").await;
    app.wait_for(
        "Today's renewals told",
        "[data-testid=dashboard-renewal][data-state=sent]",
        |t| t.len() == dash_before.len(),
    )
    .await;
    shot_at(
        &app,
        "[data-testid=dashboard-renewals]",
        "today-fr-renewals-told.png",
    )
    .await;

    // The letters table in French with its longest step name, at 1280 px: nothing runs
    // into the next column; nor in the suspensions card.
    click(&app, "[data-testid=nav-collections]").await;
    app.find("[data-testid=letters-card]").await;
    if let Some((day, code)) = &suspension_day {
        app.fill_date("as_of", day).await;
        app.wait_for(
            "a suspension letter proposed",
            &format!("[data-testid=letter-row][data-step='{code}']"),
            |t| !t.is_empty(),
        )
        .await;
    }
    let cramped = overflowing(
        &app,
        "[data-testid=letters-table] td, [data-testid=letters-table] th, [data-testid=suspension-row] .top, [data-testid=suspension-row] .what",
    )
    .await;
    assert!(cramped.is_empty(), "{cramped:?}");
    shot_at(
        &app,
        "[data-testid=letters-card]",
        "collections-letters-fr.png",
    )
    .await;
    shot_at(
        &app,
        "[data-testid=suspensions-card]",
        "collections-suspensions-fr.png",
    )
    .await;

    // At the window's minimum width the page does not scroll sideways and nothing runs
    // over.
    app.web
        .set_window_rect(0, 0, 960, 700)
        .await
        .expect("the window at its minimum width");
    tokio::time::sleep(std::time::Duration::from_millis(400)).await;
    assert!(!page_overflows(&app).await, "Collections at 960 px");
    let cramped = overflowing(
        &app,
        "[data-testid=letters-table] td, [data-testid=renewals-table] td, [data-testid=renewals-table] th, [data-testid=suspension-row] .top, [data-testid=suspension-row] .what",
    )
    .await;
    assert!(cramped.is_empty(), "at 960 px: {cramped:?}");
    shot_at(
        &app,
        "[data-testid=letters-card]",
        "collections-letters-fr-960.png",
    )
    .await;
    shot_at(
        &app,
        "[data-testid=renewals-card]",
        "collections-renewals-fr-960.png",
    )
    .await;
    click(&app, "[data-testid=nav-today]").await;
    app.find("[data-testid=dashboard-renewal]").await;
    tokio::time::sleep(std::time::Duration::from_millis(400)).await;
    assert!(!page_overflows(&app).await, "Today at 960 px");
    shot_at(&app, "[data-testid=dashboard-renewals]", "today-fr-960.png").await;
    click(&app, "[data-testid=nav-customers]").await;
    click(
        &app,
        &format!(
            "[data-testid=customer-row][data-id='{first_customer}'] [data-testid=customer-link]"
        ),
    )
    .await;
    app.find(&row).await;
    let cramped = overflowing(
        &app,
        "[data-testid=communications-table] td, [data-testid=communications-table] th",
    )
    .await;
    assert!(cramped.is_empty(), "the log at 960 px: {cramped:?}");
    shot_at(&app, &row, "customer-renewal-log-fr-960.png").await;
    // The customer's documents fit their card too.
    app.find("[data-testid=document-row]").await;
    let cramped = overflowing(
        &app,
        "[data-testid=customer-documents], [data-testid=customer-documents] td, [data-testid=customer-documents] th",
    )
    .await;
    assert!(cramped.is_empty(), "the documents at 960 px: {cramped:?}");
    shot_at(
        &app,
        "[data-testid=customer-documents]",
        "customer-documents-fr-960.png",
    )
    .await;
    app.quit().await;

    // The book: each notice in its customer's log, sent, with the hash of the file
    // written, saying the 7-day rule in the customer's language.
    let (b, s) = book(&db, TODAY);
    let folder = PathBuf::from(folder.trim());
    for ((id, customer), path) in ids.iter().zip(&customers).zip(&paths) {
        let id: i64 = id.parse().expect("a communication id");
        let customer: i64 = customer.parse().expect("a customer id");
        let log = b.communications(&s, customer).expect("the log");
        let entry = log
            .iter()
            .find(|c| c.id == id)
            .unwrap_or_else(|| panic!("notice {id} in customer {customer}'s log"));
        assert_eq!(entry.kind, "letter");
        assert_eq!(entry.step_code.as_deref(), Some("renewal"));
        assert_eq!(entry.as_of, TODAY);
        assert_eq!(entry.sent_on.as_deref(), Some(TODAY));
        assert_eq!(entry.sent_via.as_deref(), Some("email"));
        let file = PathBuf::from(path);
        assert_eq!(
            file.file_name().map(|n| n.to_string_lossy().into_owned()),
            entry.file_name.clone(),
            "the window shows the logged file"
        );
        assert_eq!(
            file.parent(),
            Some(folder.as_path()),
            "{path} in the folder shown"
        );
        assert!(file.exists(), "{} written", file.display());
        assert_eq!(
            entry.sha256,
            sha256(&file),
            "the log keeps the notice's hash"
        );
        let c = b.customer(&s, customer).expect("the customer");
        let text = squeeze(&pdftotext(&file));
        let rule = match c.language {
            Lang::Fr => "7 jours",
            Lang::En => "7 days",
        };
        assert!(text.contains(rule), "{path} states the 7-day rule: {text}");
        assert!(
            text.contains(&squeeze(&c.legal_name)),
            "{path} is addressed to {}",
            c.legal_name
        );
        for r in to_tell.iter().filter(|r| r.customer_id == customer) {
            assert!(
                text.contains(&squeeze(&r.product_name)),
                "{path} names {}",
                r.product_name
            );
        }
    }
    if n > 1 {
        let combined = PathBuf::from(combined.first().expect("a combined file").trim());
        assert!(combined.exists(), "{} written", combined.display());
        assert!(
            pdf_pages(&combined) >= n,
            "every notice in the combined file"
        );
    }
    // Every renewal is now told: the earlier ones as they were, the others today.
    let after = b.collections(&s, TODAY).expect("the collections work");
    assert_eq!(
        after
            .renewals
            .iter()
            .map(|r| r.subscription_id)
            .collect::<Vec<_>>(),
        before.iter().map(|r| r.subscription_id).collect::<Vec<_>>()
    );
    for (was, now) in before.iter().zip(&after.renewals) {
        let expected = was
            .notice_sent_on
            .clone()
            .unwrap_or_else(|| TODAY.to_string());
        assert_eq!(
            now.notice_sent_on.as_deref(),
            Some(expected.as_str()),
            "renewal of subscription {}",
            now.subscription_id
        );
    }
}
