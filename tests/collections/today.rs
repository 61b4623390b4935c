//! The Today dashboard says what is due in collections, and says what the book says.

use std::collections::BTreeMap;

use ardoise_app::transport_collections::SuspensionState;
use ardoise_e2e::fixtures::{book, click, shot, start_demo};
use ardoise_e2e::inspect::{attrs, cents_digits, shown_digits, squeeze, texts};
use ardoise_e2e::App;

use crate::TODAY;

#[tokio::test(flavor = "multi_thread")]
async fn today_shows_the_letters_suspensions_and_overdue_that_the_book_holds() {
    let dir = tempfile::tempdir().expect("temp dir");
    let db = dir.path().join("book.db");
    let app = App::launch(&db, TODAY, "fr_FR.UTF-8").await;
    start_demo(&app).await;

    click(&app, "[data-testid=nav-today]").await;
    let rows = app
        .wait_for("letters by step", "[data-testid=dashboard-step]", |t| {
            !t.is_empty()
        })
        .await;
    let shown_codes = attrs(&app, "[data-testid=dashboard-step]", "data-step").await;
    let shown_letters = attrs(&app, "[data-testid=dashboard-step]", "data-letters").await;
    let step_texts = texts(&app, "[data-testid=dashboard-step]").await;
    assert_eq!(rows.len(), shown_codes.len());
    let total_letters = attrs(&app, "[data-testid=dashboard-letters]", "data-letters").await;
    let to_suspend = attrs(&app, "[data-testid=dashboard-to-suspend]", "data-count").await;
    let to_reactivate = attrs(&app, "[data-testid=dashboard-to-reactivate]", "data-count").await;
    let held = attrs(&app, "[data-testid=dashboard-held]", "data-count").await;
    let access_texts = texts(&app, "[data-testid=dashboard-suspensions] dd").await;

    // What is overdue today, and its twelve month-ends as bars.
    let total = app
        .wait_for(
            "the overdue total",
            "[data-testid=dashboard-overdue-total]",
            |t| {
                t.first()
                    .is_some_and(|s| s.chars().any(|c| c.is_ascii_digit()))
            },
        )
        .await;
    let total_text = total[0].text().await.unwrap_or_default();
    let total_currency = attrs(
        &app,
        "[data-testid=dashboard-overdue-total]",
        "data-currency",
    )
    .await
    .remove(0);
    app.find("[data-testid=dashboard-overdue] [data-testid=dashboard-trend] svg")
        .await;
    let months = attrs(&app, "[data-testid=dashboard-trend-point]", "data-month").await;
    let amounts = attrs(&app, "[data-testid=dashboard-trend-point]", "data-amount").await;
    let debtors = app
        .wait_for(
            "the largest debtors",
            "[data-testid=dashboard-debtor]",
            |t| !t.is_empty(),
        )
        .await;
    let debtor_ids = attrs(&app, "[data-testid=dashboard-debtor]", "data-id").await;
    assert_eq!(debtors.len(), debtor_ids.len());
    shot(&app, "today-fr.png").await;
    app.quit().await;

    let (b, s) = book(&db, TODAY);
    let work = b.collections(&s, TODAY).expect("the collections work");
    let dash = b.dashboard(&s, TODAY).expect("the dashboard");
    let policy = b.collection_policy(&s).expect("the policy");

    // Letters by step: the dashboard's rows are the proposals of the collections page
    // counted per step, in the policy's order, named in French.
    let mut per_step: BTreeMap<&str, usize> = BTreeMap::new();
    for l in &work.letters {
        *per_step.entry(l.step_code.as_str()).or_default() += 1;
    }
    assert!(!per_step.is_empty(), "the demo book has letters due today");
    let expected_codes: Vec<String> = policy
        .steps
        .iter()
        .filter(|st| per_step.contains_key(st.code.as_str()))
        .map(|st| st.code.clone())
        .collect();
    assert_eq!(
        shown_codes, expected_codes,
        "one row per step due, in order"
    );
    for ((code, letters), text) in shown_codes.iter().zip(&shown_letters).zip(&step_texts) {
        let n = per_step[code.as_str()];
        assert_eq!(letters, &n.to_string(), "letters at step {code}");
        let from_dash = dash
            .steps
            .iter()
            .find(|d| &d.step_code == code)
            .unwrap_or_else(|| panic!("{code} in the dashboard view"));
        assert_eq!(
            from_dash.letters as usize, n,
            "{code}: dashboard and work agree"
        );
        let invoices: usize = work
            .letters
            .iter()
            .filter(|l| &l.step_code == code)
            .map(|l| l.invoices.len())
            .sum();
        assert_eq!(from_dash.invoices as usize, invoices, "{code}: invoices");
        let step = policy.step(code).expect("a step of the policy");
        let text = squeeze(text);
        assert!(
            text.contains(&step.name_fr),
            "{text:?} names {}",
            step.name_fr
        );
        let word = if n == 1 { "lettre" } else { "lettres" };
        assert!(
            text.contains(&format!("{n} {word}")),
            "{text:?} counts {n} letters"
        );
        let word = if invoices == 1 { "facture" } else { "factures" };
        assert!(
            text.contains(&format!("{invoices} {word}")),
            "{text:?} counts {invoices} invoices"
        );
    }
    assert_eq!(total_letters, vec![work.letters.len().to_string()]);

    // Subscriptions to suspend or reactivate, and invoices held.
    let count =
        |state: SuspensionState| work.suspensions.iter().filter(|x| x.state == state).count();
    assert_eq!(
        to_suspend,
        vec![count(SuspensionState::ToSuspend).to_string()]
    );
    assert_eq!(dash.to_suspend as usize, count(SuspensionState::ToSuspend));
    assert_eq!(
        to_reactivate,
        vec![count(SuspensionState::ToReactivate).to_string()]
    );
    assert_eq!(
        dash.to_reactivate as usize,
        count(SuspensionState::ToReactivate)
    );
    assert_eq!(held, vec![work.held.len().to_string()]);
    assert_eq!(
        access_texts
            .iter()
            .map(|t| shown_digits(t))
            .collect::<Vec<_>>(),
        vec![
            count(SuspensionState::ToSuspend).to_string(),
            count(SuspensionState::ToReactivate).to_string(),
            work.held.len().to_string(),
        ],
        "the figures people read: {access_texts:?}"
    );

    // The overdue total, in the first currency the book has overdue.
    let overdue = dash.overdue.first().expect("something overdue in the demo");
    assert_eq!(total_currency, overdue.currency);
    assert_eq!(
        shown_digits(&total_text),
        cents_digits(&overdue.amount),
        "{total_text:?} is {} {}",
        overdue.amount,
        overdue.currency
    );
    if overdue.currency == "EUR" {
        assert!(
            total_text.contains('€') && total_text.contains(','),
            "French money: {total_text:?}"
        );
    }
    // The trend: twelve month-ends then today, each bar the book's amount.
    assert_eq!(dash.trend.len(), 13);
    let expected_months: Vec<String> = dash.trend.iter().map(|p| p.month.clone()).collect();
    let expected_amounts: Vec<String> = dash
        .trend
        .iter()
        .map(|p| {
            p.overdue
                .iter()
                .find(|m| m.currency == overdue.currency)
                .map_or_else(|| "0".to_string(), |m| m.amount.clone())
        })
        .collect();
    assert_eq!(months, expected_months, "one bar per month-end and today");
    assert_eq!(amounts, expected_amounts, "each bar's amount");
    assert_eq!(
        amounts.last(),
        Some(&overdue.amount),
        "today's bar is the total"
    );

    // Who owes most, largest first.
    let expected_debtors: Vec<String> = dash
        .top_debtors
        .iter()
        .map(|r| r.customer_id.to_string())
        .collect();
    assert_eq!(debtor_ids, expected_debtors);
}
