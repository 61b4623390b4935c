//! The support story's bill: the month after the request, the billing run in the window
//! drafts the customer's invoice with the plan's fee and the time logged beyond the
//! included hours, each once; the draft is explained line by line in the window, and the
//! request's time log says where its time was billed.

use ardoise_app::domain::invoicing::LineKind;
use ardoise_app::domain::Lang;
use ardoise_app::transport_invoicing::{InvoiceFilter, InvoiceView};
use ardoise_e2e::fixtures::{book, click, shot};
use ardoise_e2e::inspect::{attrs, dismiss_toasts, overflowing, shot_at, texts};
use ardoise_e2e::App;

/// The month after the business date's: the run that bills the time logged today.
pub const NEXT_MONTH: &str = "2026-12";

/// Types a month into the month field named `name` as a person types it ("12/2026"),
/// and checks the month (ISO) the field then holds.
async fn fill_month(app: &App, name: &str, month: &str) {
    let (y, m) = month.split_once('-').expect("YYYY-MM");
    app.fill(name, &format!("{m}/{y}")).await;
    let field = app.find(&format!("[name='{name}']")).await;
    let held = field.attr("data-value").await.expect("the month held");
    assert_eq!(
        held.as_deref(),
        Some(month),
        "the month field {name} after {m}/{y}"
    );
}

/// The customer's invoice of `period` as the book holds it: one, a draft.
fn the_draft(db: &std::path::Path, today: &str, customer_id: i64, period: &str) -> InvoiceView {
    let (b, s) = book(db, today);
    let filter = InvoiceFilter {
        customer_id: Some(customer_id),
        period: Some(period.to_string()),
        ..Default::default()
    };
    let rows = b.invoices(&s, &filter).expect("the customer's invoices");
    assert_eq!(
        rows.len(),
        1,
        "one invoice of {period} for the customer: {rows:?}"
    );
    assert!(rows[0].number.is_none(), "a draft: {:?}", rows[0]);
    b.invoice(&s, rows[0].id).expect("the draft")
}

/// The request of the story and what it was about.
#[derive(Clone, Copy)]
pub struct Asked<'a> {
    /// The customer's plan, which its fee line names.
    pub plan: &'a str,
    pub customer_id: i64,
    pub request_id: i64,
    pub request_number: &'a str,
    /// The invoice the billing question names.
    pub invoice_id: i64,
}

/// Runs the next month's billing in the window and checks the customer's draft in the
/// book: the plan's fee once, the time logged once (with the request named), every
/// billable entry of the request linked to it. Then the draft explained in the window
/// and the request's time log saying where its time went. Returns the draft's id.
pub async fn bill_the_next_month(
    app: &App,
    db: &std::path::Path,
    today: &str,
    asked: &Asked<'_>,
) -> i64 {
    let Asked {
        plan,
        customer_id,
        request_id,
        request_number,
        invoice_id,
    } = *asked;
    click(app, "[data-testid=nav-invoices]").await;
    click(app, "[data-testid=billing-run]").await;
    fill_month(app, "period", NEXT_MONTH).await;
    click(app, "[data-testid=run]").await;
    app.wait_for("the drafts preview", "[data-testid=draft-row]", |t| {
        !t.is_empty()
    })
    .await;

    let draft = the_draft(db, today, customer_id, NEXT_MONTH);
    let id = draft.row.id;
    let fees: Vec<_> = draft
        .lines
        .iter()
        .filter(|l| l.kind == LineKind::SupportFee)
        .collect();
    assert_eq!(fees.len(), 1, "the plan's fee once: {:?}", draft.lines);
    assert!(fees[0].description.contains(plan), "{:?}", fees[0]);
    let hours: Vec<_> = draft
        .lines
        .iter()
        .filter(|l| l.kind == LineKind::BillableHours)
        .collect();
    assert_eq!(hours.len(), 1, "the time logged once: {:?}", draft.lines);
    assert!(
        hours[0].description.contains(request_number),
        "the line names the request: {:?}",
        hours[0]
    );
    let (b, s) = book(db, today);
    let request = b
        .support_request(&s, request_id, Lang::Fr)
        .expect("the request");
    let billed = b
        .support_time_billed(&s, request_id, Lang::Fr)
        .expect("where its time was billed");
    for entry in request.time.iter().filter(|e| e.billable) {
        let on = billed
            .iter()
            .find(|w| w.time_entry_id == entry.id)
            .unwrap_or_else(|| panic!("entry {} billed: {billed:?}", entry.id));
        assert_eq!(on.invoice_id, id, "billed on the month's draft: {on:?}");
        assert!(on.billed_minutes > 0, "no hours included: {on:?}");
    }
    let minutes: i64 = billed.iter().map(|w| w.billed_minutes).sum();
    let quantity: f64 = hours[0].quantity.parse().expect("hours as a number");
    assert!(
        (quantity * 60.0).round() as i64 >= minutes,
        "the line bills at least this request's minutes ({minutes}): {:?}",
        hours[0]
    );
    let language = b
        .explain_invoice(&s, invoice_id)
        .expect("the invoice the question names, explained")
        .language;
    drop(b);

    // The draft in the window, explained line by line in the customer's language.
    click(app, &format!("[data-testid=draft-row][data-id='{id}']")).await;
    app.wait_for("the draft's lines", "[data-testid=invoice-line]", |t| {
        t.len() == draft.lines.len()
    })
    .await;
    click(app, "[data-testid=invoice-explain-toggle]").await;
    app.wait_for(
        "the draft explained",
        "[data-testid=invoice-explain-paragraph]",
        |t| t.len() >= draft.lines.len() && t.iter().any(|p| p.contains(request_number)),
    )
    .await;
    let cramped = overflowing(app, "[data-testid=invoice-explain-card] p").await;
    assert!(cramped.is_empty(), "the explanation: {cramped:?}");
    dismiss_toasts(app).await;
    shot_at(
        app,
        "[data-testid=invoice-explain-card]",
        "support-explain-invoice-fr.png",
    )
    .await;

    // The request's time log: each billable entry names the draft it went on.
    click(app, "[data-testid=invoice-customer]").await;
    click(
        app,
        &format!("[data-testid=customer-request][data-id='{request_id}']"),
    )
    .await;
    app.wait_for("the time log", "[data-testid=time-billed]", |t| {
        !t.is_empty() && t.iter().all(|s| s.contains("facturé sur"))
    })
    .await;
    let on: Vec<String> = attrs(app, "[data-testid=time-billed]", "data-invoice").await;
    assert!(
        on.iter().all(|i| *i == id.to_string()),
        "every entry on the draft {id}: {on:?}"
    );
    let cramped = overflowing(app, "[data-testid=request-time] td").await;
    assert!(cramped.is_empty(), "the time log: {cramped:?}");
    dismiss_toasts(app).await;
    shot_at(
        app,
        "[data-testid=request-time]",
        "support-request-billed-fr.png",
    )
    .await;

    // The invoice the question was about, explained from the request for the reply.
    click(app, "[data-testid=request-invoice-explain]").await;
    app.wait_for(
        "the invoice explained",
        "[data-testid=invoice-explain-paragraph]",
        |t| !t.is_empty() && t.iter().all(|p| !p.trim().is_empty()),
    )
    .await;
    let paragraphs = texts(app, "[data-testid=invoice-explain-paragraph]").await;
    let langs = attrs(app, "[data-testid=invoice-explain]", "data-lang").await;
    assert_eq!(
        langs,
        vec![language.code().to_string()],
        "in the customer's language"
    );
    assert!(
        paragraphs.iter().all(|p| !p.contains("_")),
        "no code where a word belongs: {paragraphs:?}"
    );
    shot(app, "support-explain-request-fr.png").await;
    click(app, "[data-testid=invoice-explain-dialog] header button").await;
    id
}
