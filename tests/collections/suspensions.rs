//! Marking a suspension done in Partner Center suspends the subscription in the book and
//! on the customer's page.

use ardoise_app::domain::collections::StepKind;
use ardoise_app::domain::subscription::SubscriptionStatus;
use ardoise_app::transport_collections::SuspensionState;
use ardoise_e2e::fixtures::{book, click, shot, start_demo};
use ardoise_e2e::inspect::{attrs, dismiss_toasts, shot_at, texts};
use ardoise_e2e::App;

use crate::TODAY;

#[tokio::test(flavor = "multi_thread")]
async fn marking_a_suspension_done_suspends_the_subscription() {
    let dir = tempfile::tempdir().expect("temp dir");
    let db = dir.path().join("book.db");
    let app = App::launch(&db, TODAY, "fr_FR.UTF-8").await;
    start_demo(&app).await;

    // A new book ships with the default policy; which of its steps suspends access is
    // checked against the book at the end.
    let suspension_step = ardoise_app::domain::collections::Policy::default_policy()
        .steps
        .into_iter()
        .find(|s| s.kind == StepKind::Suspension)
        .expect("a suspension step")
        .code;

    click(&app, "[data-testid=nav-collections]").await;
    app.find("[data-testid=suspensions-card]").await;
    let to_suspend = "[data-testid=suspension-row][data-state=to_suspend]";
    let mut suspension_letters = Vec::new();
    if app.all(to_suspend).await.is_empty() {
        // Nothing to suspend yet: the suspension letters are what put subscriptions on
        // the list, so produce those (and only those) first.
        app.wait_for("the letters proposed", "[data-testid=letter-row]", |t| {
            !t.is_empty()
        })
        .await;
        let chip = format!("[data-testid=letters-step-{suspension_step}]");
        assert!(
            !app.all(&chip).await.is_empty(),
            "neither a subscription to suspend nor a suspension letter due on {TODAY} in the demo book"
        );
        click(&app, &chip).await;
        app.wait_for(
            "the suspension letters alone",
            "[data-testid=letter-row]",
            |t| !t.is_empty(),
        )
        .await;
        let shown = attrs(&app, "[data-testid=letter-row]", "data-step").await;
        assert!(
            shown.iter().all(|s| *s == suspension_step),
            "filtered: {shown:?}"
        );
        suspension_letters = attrs(&app, "[data-testid=letter-row]", "data-customer").await;
        click(&app, "[data-testid=letters-produce]").await;
        click(
            &app,
            "[data-testid=confirm-dialog] [data-testid=confirm-ok]",
        )
        .await;
        app.wait_for("the letters produced", "[data-testid=letter-file]", |t| {
            t.len() == suspension_letters.len()
        })
        .await;
        app.find("[data-testid=letters-suspensions]").await;
        click(&app, "[data-testid=letters-to-suspensions]").await;
    }
    let rows = app
        .wait_for("subscriptions to suspend", to_suspend, |t| !t.is_empty())
        .await;
    let listed = attrs(&app, to_suspend, "data-id").await;
    assert_eq!(rows.len(), listed.len());
    for c in &suspension_letters {
        assert!(
            !app.all(&format!("{to_suspend}[data-customer='{c}']"))
                .await
                .is_empty(),
            "customer {c}'s suspension letter lists subscriptions to suspend"
        );
    }

    // The dashboard counts them too.
    click(&app, "[data-testid=nav-today]").await;
    app.wait_for(
        "the count to suspend",
        &format!(
            "[data-testid=dashboard-to-suspend][data-count='{}']",
            listed.len()
        ),
        |t| t.len() == 1,
    )
    .await;
    click(&app, "[data-testid=dashboard-suspensions-open]").await;
    app.wait_for("subscriptions to suspend", to_suspend, |t| {
        t.len() == listed.len()
    })
    .await;

    let id = listed[0].clone();
    let row = format!("[data-testid=suspension-row][data-id='{id}']");
    let customer = attrs(&app, &row, "data-customer").await.remove(0);
    click(&app, &format!("{row} [data-testid=suspension-done]")).await;
    let dialog = app
        .wait_for("the confirmation", "[data-testid=confirm-dialog]", |t| {
            t.len() == 1
        })
        .await;
    let asked = dialog[0].text().await.unwrap_or_default();
    click(
        &app,
        "[data-testid=confirm-dialog] [data-testid=confirm-ok]",
    )
    .await;
    app.wait_for(
        "the subscription shown suspended",
        &format!("{row}[data-state=suspended]"),
        |t| t.len() == 1,
    )
    .await;
    assert!(app.all("[data-testid=confirm-dialog]").await.is_empty());
    let toast = app
        .wait_for("the confirmation toast", "[data-testid=toast]", |t| {
            t.len() == 1
        })
        .await;
    let toast = toast[0].text().await.unwrap_or_default();
    dismiss_toasts(&app).await;
    let state_label = texts(&app, &format!("{row} [data-testid=suspension-state]")).await;
    assert_eq!(state_label, vec!["Suspendu".to_string()], "in French");
    let others = app.all(to_suspend).await.len();
    assert_eq!(others, listed.len() - 1, "only that one changed");
    shot_at(&app, &row, "collections-suspended-fr.png").await;

    click(&app, &format!("{row} .customer")).await;
    let banner = app
        .wait_for(
            "the customer's access suspended",
            "[data-testid=access-suspended-banner]",
            |t| t.len() == 1,
        )
        .await;
    let banner = banner[0].text().await.unwrap_or_default();
    shot(&app, "customer-suspended-fr.png").await;

    // The customers list says it too, on that customer's row.
    click(&app, "[data-testid=nav-customers]").await;
    app.wait_for(
        "the customer's row marked",
        &format!(
            "[data-testid=customer-row][data-id='{customer}'] [data-testid=customer-access-suspended]"
        ),
        |t| t.len() == 1 && t[0].contains("Accès suspendu"),
    )
    .await;
    shot(&app, "customers-suspended-fr.png").await;
    app.quit().await;

    let (b, s) = book(&db, TODAY);
    let policy = b.collection_policy(&s).expect("the policy");
    assert_eq!(
        policy.step(&suspension_step).map(|st| st.kind),
        Some(StepKind::Suspension),
        "{suspension_step} is the book's suspension step"
    );
    let id: i64 = id.parse().expect("a suspension id");
    let customer: i64 = customer.parse().expect("a customer id");
    let work = b.collections(&s, TODAY).expect("the collections work");
    let done = work
        .suspensions
        .iter()
        .find(|x| x.id == id)
        .expect("the suspension is still listed, waiting for payment");
    assert_eq!(done.state, SuspensionState::Suspended);
    assert_eq!(done.suspended_on.as_deref(), Some(TODAY));
    assert_eq!(done.customer_id, customer);
    assert!(
        toast.contains(&done.product_name) && toast.contains(&done.customer_name),
        "the toast says what was done: {toast}"
    );
    assert!(
        asked.contains(&done.product_name),
        "the confirmation names {}: {asked}",
        done.product_name
    );
    let subs = b.subscriptions(&s, Some(customer)).expect("subscriptions");
    let sub = subs
        .iter()
        .find(|x| x.id == done.subscription_id)
        .expect("the subscription");
    assert_eq!(
        sub.status,
        SubscriptionStatus::Suspended,
        "suspended in the book"
    );
    assert!(
        banner.contains(&sub.product_name),
        "the banner names {}: {banner}",
        sub.product_name
    );

    // The others listed are untouched.
    for other in work.suspensions.iter().filter(|x| x.id != id) {
        let listed_before = listed.contains(&other.id.to_string());
        if listed_before {
            assert_eq!(
                other.state,
                SuspensionState::ToSuspend,
                "suspension {}",
                other.id
            );
            if other.subscription_id != done.subscription_id {
                let st = b
                    .subscriptions(&s, Some(other.customer_id))
                    .expect("subscriptions")
                    .into_iter()
                    .find(|x| x.id == other.subscription_id)
                    .expect("the subscription")
                    .status;
                assert_ne!(
                    st,
                    SubscriptionStatus::Suspended,
                    "subscription {}",
                    other.subscription_id
                );
            }
        }
    }
}
