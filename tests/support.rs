//! The support desk as a person works it, in French, on a demo book: a billing question
//! naming an overdue invoice holds that invoice in collections (no letter proposed for
//! it, in the book and on the Collections page), time is logged with the timer (which
//! lives in the book: it is still running after the window is closed and opened again),
//! the request is escalated to Microsoft with a case number, and resolving it puts the
//! invoice back among the letters proposed. The next month's billing run bills the
//! plan's fee and the time logged, once each; the invoice is explained for the reply;
//! the support-terms sheet is saved for a French and an English customer.
//!
//! Every expectation comes from the book read back through the application layer, never
//! from counts of the demo data, which may change.

use std::time::Duration;

use ardoise_app::domain::Lang;
use ardoise_app::transport_collections::CollectionsView;
use ardoise_e2e::fixtures::{book, click, shot, start_demo};
use ardoise_e2e::inspect::{attrs, dismiss_toasts, overflowing, page_overflows, shot_at, texts};
use ardoise_e2e::App;

mod support_billed;
mod support_sheet;

const TODAY: &str = "2026-11-25";
/// As Microsoft writes a support case number: sixteen digits.
const CASE: &str = "2611250040012345";
/// A plan made in the editor, under a name the demo book does not use.
const PLAN: &str = "Forfait heures ouvrées";

/// Whether the day's letters propose a letter for the invoice numbered `number`.
fn proposed(view: &CollectionsView, number: &str) -> bool {
    view.letters
        .iter()
        .any(|l| l.invoices.iter().any(|i| i.number == number))
}

#[tokio::test(flavor = "multi_thread")]
async fn a_billing_question_holds_its_invoice_until_resolved_with_time_and_an_escalation() {
    let dir = tempfile::tempdir().expect("temp dir");
    let db = dir.path().join("book.db");
    let (opener, opened) = support_sheet::fake_opener(dir.path());
    let app = App::launch(&db, TODAY, "fr_FR.UTF-8").await;
    start_demo(&app).await;

    // An overdue invoice the policy proposes a letter for today, as the book says.
    let (invoice_id, number, customer_id) = {
        let (b, s) = book(&db, TODAY);
        let work = b.collections(&s, TODAY).expect("the day's collections");
        let (letter, invoice) = work
            .letters
            .iter()
            .find_map(|l| {
                l.invoices
                    .iter()
                    .find(|i| i.days_overdue > 0)
                    .map(|i| (l, i))
            })
            .expect("the demo book has an overdue invoice with a letter due");
        (
            invoice.invoice_id,
            invoice.number.clone(),
            letter.customer_id,
        )
    };

    // A plan of the partner's, made in the plan editor: an overlapping range is refused
    // next to it and nothing is written; once right, it is saved with a price.
    let plans_before = {
        let (b, s) = book(&db, TODAY);
        b.support_plans(&s).expect("the plans").len()
    };
    click(&app, "[data-testid=nav-settings]").await;
    click(&app, "[data-testid=settings-open-plans]").await;
    app.find("[data-testid=plans-title]").await;
    click(&app, "[data-testid=plan-new]").await;
    app.find("[data-testid=plan-form]").await;
    app.fill("name", PLAN).await;
    app.fill(
        "covered_fr",
        "Questions de facturation, licences Microsoft 365, accès.",
    )
    .await;
    app.fill(
        "covered_en",
        "Billing questions, Microsoft 365 licences, access.",
    )
    .await;
    app.fill("hours[0][1].start", "12:00").await;
    click(&app, "[data-testid=plan-save]").await;
    app.wait_for("the overlap refused", "[data-testid=error-hours]", |t| {
        t.iter().any(|s| !s.trim().is_empty())
    })
    .await;
    shot_at(
        &app,
        "[data-testid=error-hours]",
        "support-plan-refused-fr.png",
    )
    .await;
    {
        let (b, s) = book(&db, TODAY);
        assert_eq!(
            b.support_plans(&s).expect("the plans").len(),
            plans_before,
            "a refused plan writes nothing"
        );
    }
    app.fill("hours[0][1].start", "14:00").await;
    click(&app, "[data-testid=plan-save]").await;
    app.wait_for("the plan saved", "[data-testid=plan-title]", |t| {
        t.first().is_some_and(|s| s.contains(PLAN))
    })
    .await;
    click(&app, "[data-testid=plan-price-add]").await;
    app.find("[data-testid=plan-price-form]").await;
    // In force since the month's first day, as the customer's plan will be: a month is
    // billed on the plan and price of its first day. No hours included, so the time the
    // timer logs is billed by the next month's run.
    app.fill_date("effective_from", "2026-11-01").await;
    app.fill("monthly_fee", "90").await;
    app.fill("hourly_rate", "80").await;
    app.fill("included_hours", "0").await;
    click(&app, "[data-testid=plan-price-save]").await;
    app.wait_for("the price", "[data-testid=plan-price-row]", |t| {
        t.len() == 1
    })
    .await;
    dismiss_toasts(&app).await;

    // The customer is given the plan on its page, which then says when support is open.
    click(&app, "[data-testid=nav-customers]").await;
    click(
        &app,
        &format!("[data-testid=customer-row][data-id='{customer_id}']"),
    )
    .await;
    click(&app, "[data-testid=customer-plan-change]").await;
    let plan_id = {
        let (b, s) = book(&db, TODAY);
        b.support_plans(&s)
            .expect("the plans")
            .into_iter()
            .find(|p| p.name == PLAN)
            .expect("the plan saved")
            .id
    };
    app.choose("plan_id", &plan_id.to_string()).await;
    app.fill_date("effective_from", "2026-11-01").await;
    click(&app, "[data-testid=customer-plan-save]").await;
    app.wait_for("the customer's plan", "[data-testid=customer-plan]", |t| {
        t.first().is_some_and(|s| s.contains(PLAN))
    })
    .await;
    app.wait_for(
        "open now or closed until",
        "[data-testid=customer-open-status]",
        |t| {
            t.first()
                .is_some_and(|s| s.contains("Ouvert") || s.contains("Fermé"))
        },
    )
    .await;
    dismiss_toasts(&app).await;
    shot_at(
        &app,
        "[data-testid=customer-support]",
        "support-customer-fr.png",
    )
    .await;

    // The request, logged from the customer's page.
    click(&app, "[data-testid=customer-support-new]").await;
    app.find("[data-testid=support-form]").await;
    app.choose("category", "billing").await;
    app.choose("channel", "email").await;
    app.fill(
        "subject",
        &format!("Montant de la facture {number} contesté"),
    )
    .await;
    app.fill(
        "description",
        "Le client ne reconnaît pas les licences ajoutées en cours de mois.",
    )
    .await;
    let pick = format!("[data-testid=support-invoice][value='{invoice_id}']");
    click(&app, &pick).await;
    app.wait_for(
        "the hold announced",
        "[data-testid=support-held-note]",
        |t| {
            t.first()
                .is_some_and(|s| s.contains(&number) && s.contains("recouvrement"))
        },
    )
    .await;
    click(&app, "[data-testid=support-save]").await;
    app.wait_for(
        "the request's page",
        "[data-testid=request-invoice-held]",
        |t| t.len() == 1,
    )
    .await;
    let request_id: i64 = attrs(&app, "[data-testid=request-header]", "data-id")
        .await
        .remove(0)
        .parse()
        .expect("a request id");
    let request_number = texts(&app, "[data-testid=request-number]").await.remove(0);
    app.wait_for("the plan's targets", "[data-testid=request-plan]", |t| {
        t.first().is_some_and(|s| s.contains(PLAN))
    })
    .await;
    let kinds = attrs(
        &app,
        "[data-testid=request-header] [data-kind]",
        "data-kind",
    )
    .await;
    assert!(
        kinds.iter().all(|k| k != "none"),
        "both targets count down on the plan: {kinds:?}"
    );

    // Held: the book proposes no letter for it, and the Collections page neither.
    {
        let (b, s) = book(&db, TODAY);
        let work = b.collections(&s, TODAY).expect("the day's collections");
        assert!(
            !proposed(&work, &number),
            "{number} is held, no letter for it"
        );
        assert!(
            work.held
                .iter()
                .any(|h| h.invoice_id == invoice_id && h.reason == "invoice"),
            "{number} is among the held invoices"
        );
    }
    click(&app, "[data-testid=nav-collections]").await;
    app.wait_for("the held invoices", "[data-testid=held-row]", |t| {
        t.iter().any(|s| s.contains(&number))
    })
    .await;
    let letters = texts(&app, "[data-testid=letter-row]").await;
    assert!(
        letters.iter().all(|l| !l.contains(&number)),
        "no letter row names {number}: {letters:?}"
    );

    // The queue lists it; a click opens it.
    click(&app, "[data-testid=nav-support]").await;
    let row = format!("[data-testid=support-row][data-id='{request_id}']");
    app.wait_for("the request in the queue", &row, |t| t.len() == 1)
        .await;
    let cramped = overflowing(&app, "[data-testid=support-queue] td").await;
    assert!(cramped.is_empty(), "the queue in French: {cramped:?}");
    assert!(!page_overflows(&app).await, "the queue fits the window");
    dismiss_toasts(&app).await;
    shot(&app, "support-fr.png").await;
    click(&app, &format!("{row} .row-link")).await;

    // The timer: started, still running after the window is closed and opened again.
    click(&app, "[data-testid=timer-start]").await;
    app.find("[data-testid=timer-running]").await;
    let started = attrs(&app, "[data-testid=timer-running]", "data-started")
        .await
        .remove(0);
    app.quit().await;

    let app = App::launch_with(&db, TODAY, "fr_FR.UTF-8", &[("PATH", &opener)]).await;
    click(&app, "[data-testid=nav-support]").await;
    click(&app, &format!("{row} .row-link")).await;
    app.find("[data-testid=timer-running]").await;
    assert_eq!(
        attrs(&app, "[data-testid=timer-running]", "data-started").await,
        vec![started.clone()],
        "the same timer, from the same start"
    );
    tokio::time::sleep(Duration::from_secs(2)).await;
    let seconds: i64 = attrs(&app, "[data-testid=timer-running]", "data-seconds")
        .await
        .remove(0)
        .parse()
        .expect("seconds");
    assert!(
        seconds >= 2,
        "counted from its start in the book: {seconds} s"
    );
    click(&app, "[data-testid=timer-stop]").await;
    app.find("[data-testid=timer-stop-dialog]").await;
    click(&app, "[data-testid=timer-stop-save]").await;
    app.wait_for("the time logged", "[data-testid=time-entry]", |t| {
        t.len() == 1
    })
    .await;
    dismiss_toasts(&app).await;

    // Escalated to Microsoft's commercial support with its case number.
    click(&app, "[data-testid=request-escalate]").await;
    app.find("[data-testid=escalate-form]").await;
    app.choose("route", "commercial").await;
    app.fill("case_number", CASE).await;
    click(&app, "[data-testid=escalate-save]").await;
    app.wait_for(
        "the case recorded",
        "[data-testid=request-escalation]",
        |t| t.iter().any(|s| s.contains(CASE)),
    )
    .await;
    app.wait_for("escalated", "[data-testid=request-state]", |t| {
        t.first()
            .is_some_and(|s| s.contains("Transmise à Microsoft"))
    })
    .await;
    dismiss_toasts(&app).await;
    let cramped = overflowing(
        &app,
        "[data-testid=request-header] dd, [data-testid=request-time] td",
    )
    .await;
    assert!(cramped.is_empty(), "the request in French: {cramped:?}");
    assert!(!page_overflows(&app).await, "the request fits the window");
    shot(&app, "support-request-fr.png").await;
    shot_at(
        &app,
        "[data-testid=request-time]",
        "support-request-time-fr.png",
    )
    .await;

    // Resolved: the hold is lifted.
    click(&app, "[data-testid=request-to-resolved]").await;
    app.wait_for(
        "the invoice said to return",
        "[data-testid=request-released]",
        |t| t.first().is_some_and(|s| s.contains(&number)),
    )
    .await;
    app.fill(
        "note",
        "Avoir expliqué au client : licences ajoutées le 12 du mois.",
    )
    .await;
    click(&app, "[data-testid=request-state-save]").await;
    app.wait_for("resolved", "[data-testid=request-state]", |t| {
        t.first().is_some_and(|s| s.contains("Résolue"))
    })
    .await;
    assert!(
        app.all("[data-testid=request-invoice-held]")
            .await
            .is_empty(),
        "no longer held"
    );

    // The Collections page proposes its letter again.
    click(&app, "[data-testid=nav-collections]").await;
    app.wait_for(
        "the letter proposed again",
        "[data-testid=letter-row]",
        |t| t.iter().any(|s| s.contains(&number)),
    )
    .await;

    // The next month's run bills the fee and the time; the invoice explained for the reply.
    let asked = support_billed::Asked {
        plan: PLAN,
        customer_id,
        request_id,
        request_number: &request_number,
        invoice_id,
    };
    support_billed::bill_the_next_month(&app, &db, TODAY, &asked).await;

    // The support-terms sheet, for this customer if French and for an English one.
    let french = support_sheet::customer_in(&db, TODAY, Lang::Fr, customer_id);
    let also: &[&str] = if french == customer_id { &[PLAN] } else { &[] };
    support_sheet::save_sheet(&app, &db, TODAY, &opened, french, Lang::Fr, also).await;
    let english = support_sheet::customer_in(&db, TODAY, Lang::En, customer_id);
    support_sheet::save_sheet(&app, &db, TODAY, &opened, english, Lang::En, &[]).await;
    app.quit().await;

    let (b, s) = book(&db, TODAY);
    let work = b.collections(&s, TODAY).expect("the day's collections");
    assert!(
        proposed(&work, &number),
        "{number} proposed again once resolved"
    );
    assert!(
        !work.held.iter().any(|h| h.invoice_id == invoice_id),
        "{number} no longer held"
    );
    let request = b
        .support_request(&s, request_id, Lang::Fr)
        .expect("the request");
    assert_eq!(request.row.number, request_number);
    assert_eq!(request.row.customer_id, customer_id);
    assert_eq!(
        request.time.len(),
        1,
        "one entry, from the timer: {:?}",
        request.time
    );
    let entry = &request.time[0];
    assert_eq!(
        entry.started_at, started,
        "the entry starts when the timer did"
    );
    assert!(entry.minutes >= 1 && entry.billable, "{entry:?}");
    assert_eq!(request.escalations.len(), 1);
    assert_eq!(request.escalations[0].case_number, CASE);
    assert!(
        request
            .timeline
            .iter()
            .any(|e| e.body.contains("licences ajoutées le 12")),
        "the resolution's note is in the timeline"
    );
    assert!(
        b.support_timer(&s).expect("the timer").is_none(),
        "the timer is stopped"
    );
}

/// The desk's other screens on the demo book, in French: each drawn, nothing running out
/// of its box, and pictures to look at.
#[tokio::test(flavor = "multi_thread")]
async fn the_support_screens_read_in_french_on_the_demo_book() {
    let dir = tempfile::tempdir().expect("temp dir");
    let db = dir.path().join("book.db");
    let app = App::launch(&db, TODAY, "fr_FR.UTF-8").await;
    start_demo(&app).await;
    let (plans, requests) = {
        let (b, s) = book(&db, TODAY);
        let plans = b.support_plans(&s).expect("the plans");
        let all = ardoise_app::transport_support::QueueFilter {
            states: ardoise_app::domain::support::RequestState::ALL.to_vec(),
            ..Default::default()
        };
        let requests = b.support_queue(&s, &all).expect("the requests");
        (plans, requests)
    };
    assert!(!requests.is_empty(), "the demo book lived some requests");

    // The queue, every state.
    click(&app, "[data-testid=nav-support]").await;
    app.find("[data-testid=support-title]").await;
    app.choose("filter_state", "all").await;
    app.wait_for("every request", "[data-testid=support-row]", |t| {
        t.len() == requests.len()
    })
    .await;
    let cramped = overflowing(&app, "[data-testid=support-queue] td").await;
    assert!(cramped.is_empty(), "the queue: {cramped:?}");
    assert!(!page_overflows(&app).await, "the queue fits the window");
    shot(&app, "support-queue-all-fr.png").await;

    // A request of the demo with its time and timeline.
    let lived = requests
        .iter()
        .max_by_key(|r| r.opened_at.clone())
        .expect("a request");
    click(
        &app,
        &format!(
            "[data-testid=support-row][data-id='{}'] .row-link",
            lived.id
        ),
    )
    .await;
    app.find("[data-testid=request-timeline] [data-testid=timeline-event]")
        .await;
    assert!(!page_overflows(&app).await, "the request fits the window");
    shot(&app, "support-request-demo-fr.png").await;

    // Today: the requests close to their deadline.
    click(&app, "[data-testid=nav-today]").await;
    app.find("[data-testid=dashboard-support]").await;
    shot_at(
        &app,
        "[data-testid=dashboard-support]",
        "support-today-fr.png",
    )
    .await;

    // The report: hours by customer and month, targets met and missed.
    click(&app, "[data-testid=nav-reports]").await;
    click(&app, "[data-testid=open-support-report]").await;
    app.find("[data-testid=support-targets-row]").await;
    let cramped = overflowing(&app, "[data-testid=support-targets] td").await;
    assert!(cramped.is_empty(), "the targets: {cramped:?}");
    shot(&app, "support-report-fr.png").await;

    // The plans, and one plan's editor.
    click(&app, "[data-testid=nav-settings]").await;
    click(&app, "[data-testid=settings-open-plans]").await;
    app.wait_for("the plans", "[data-testid=plan-row]", |t| {
        t.len() == plans.iter().filter(|p| !p.archived).count()
    })
    .await;
    let cramped = overflowing(&app, "[data-testid=plans-card] td").await;
    assert!(cramped.is_empty(), "the plans: {cramped:?}");
    shot(&app, "support-plans-fr.png").await;
    let priced = plans
        .iter()
        .find(|p| !p.no_support && !p.prices.is_empty())
        .expect("a priced plan in the demo");
    click(
        &app,
        &format!("[data-testid=plan-row][data-id='{}'] .row-link", priced.id),
    )
    .await;
    app.find("[data-testid=plan-price-row]").await;
    assert!(
        !page_overflows(&app).await,
        "the plan editor fits the window"
    );
    shot(&app, "support-plan-fr.png").await;
    shot_at(
        &app,
        "[data-testid=plan-targets]",
        "support-plan-targets-fr.png",
    )
    .await;

    // A new request about a customer's invoice says it will be held.
    click(&app, "[data-testid=nav-support]").await;
    click(&app, "[data-testid=support-new]").await;
    let customer = requests[0].customer_id;
    app.choose("customer_id", &customer.to_string()).await;
    app.choose("category", "billing").await;
    click(&app, "[data-testid=support-invoice]").await;
    app.find("[data-testid=support-held-note]").await;
    click(&app, "[data-testid=support-save]").await;
    app.wait_for("the subject required", "[data-testid=error-subject]", |t| {
        t.first().is_some_and(|s| !s.trim().is_empty())
    })
    .await;
    shot_at(&app, "[data-testid=error-subject]", "support-new-fr.png").await;
    app.quit().await;
}
