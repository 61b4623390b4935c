//! Invoicing as a person does it in the window: bill November on the demo book, review
//! the drafts, issue them, open an invoice (its PDF drawn in the page), record a partial
//! payment against it by hand, and see its state and amount due change.

use std::path::PathBuf;

use ardoise_e2e::App;

const TODAY: &str = "2026-11-25";

fn shots() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../target/e2e")
}

/// An amount as the window shows it ("1 234,56 €", "€1,234.56") in cents.
fn cents(shown: &str, french: bool) -> i64 {
    let decimal_mark = if french { ',' } else { '.' };
    let mut digits = String::new();
    let mut decimals: Option<usize> = None;
    for c in shown.chars() {
        if c.is_ascii_digit() {
            digits.push(c);
            if let Some(n) = decimals.as_mut() {
                *n += 1;
            }
        } else if c == decimal_mark {
            decimals = Some(0);
        }
    }
    assert_eq!(decimals, Some(2), "an amount with cents: {shown:?}");
    let value: i64 = digits.parse().expect("digits");
    if shown.contains('-') || shown.contains('−') {
        -value
    } else {
        value
    }
}

/// Cents as the backend reads an amount: 12345 → "123.45".
fn plain(cents: i64) -> String {
    format!("{}.{:02}", cents / 100, cents % 100)
}

/// A picture of the window once WebKit has painted what the DOM already holds.
async fn shot(app: &App, name: &str) {
    tokio::time::sleep(std::time::Duration::from_millis(600)).await;
    app.screenshot(&shots().join(name)).await;
}

async fn click(app: &App, css: &str) {
    app.find(css)
        .await
        .click()
        .await
        .unwrap_or_else(|e| panic!("click {css}: {e}"));
}

async fn text(app: &App, css: &str) -> String {
    let texts = app
        .wait_for(css, css, |t| {
            t.first().is_some_and(|s| !s.trim().is_empty())
        })
        .await;
    let first = texts.first().expect("an element");
    // innerText, as a person reads it (see harness.rs).
    app.web
        .execute(
            "return arguments[0].innerText",
            vec![first.to_json().expect("element as json")],
        )
        .await
        .and_then(|r| r.convert::<String>())
        .expect("innerText")
        .trim()
        .to_string()
}

/// Demo book → Invoices → Run billing for the business month → drafts preview.
/// Returns how many drafts the run prepared.
async fn bill_the_month(app: &App, name: &str) -> usize {
    app.start_demo().await;
    app.wait_for("the demo customers", "[data-testid=customer-row]", |t| {
        t.len() >= 20
    })
    .await;
    click(app, "[data-testid=nav-invoices]").await;
    click(app, "[data-testid=billing-run]").await;
    let period = app.find("input[name=period]").await;
    // The month the field holds (ISO), whatever words it shows it in.
    let value = period.attr("data-value").await.expect("period value");
    assert_eq!(
        value.as_deref(),
        Some("2026-11"),
        "the wizard proposes the business month"
    );
    shot(app, &format!("period-{name}")).await;
    click(app, "[data-testid=run]").await;
    let drafts = app
        .wait_for("the drafts preview", "[data-testid=draft-row]", |t| {
            !t.is_empty()
        })
        .await
        .len();
    app.wait_for("a total per currency", "[data-testid=billing-total]", |t| {
        !t.is_empty()
    })
    .await;
    shot(app, name).await;
    drafts
}

/// Issue every draft of the preview through the confirmation, then open the first
/// issued invoice. Returns its id.
async fn issue_all_and_open_one(app: &App, drafts: usize) -> String {
    click(app, "[data-testid=issue-all]").await;
    app.find("[data-testid=confirm-dialog]").await;
    click(app, "[data-testid=confirm-ok]").await;
    let issued = app
        .wait_for("the issued invoices", "[data-testid=issued-row]", |t| {
            t.len() == drafts
        })
        .await;
    let first = issued.first().expect("an issued invoice");
    let id = first
        .attr("data-id")
        .await
        .expect("data-id")
        .expect("an invoice id");
    first.click().await.expect("open the invoice");
    app.wait_for("the invoice number", "[data-testid=invoice-number]", |t| {
        t.first().is_some_and(|n| n.starts_with('F'))
    })
    .await;
    id
}

#[tokio::test(flavor = "multi_thread")]
async fn bill_a_month_issue_and_record_a_partial_payment() {
    let dir = tempfile::tempdir().expect("temp dir");
    let db = dir.path().join("book.db");
    let app = App::launch(&db, TODAY, "fr_FR.UTF-8").await;

    let drafts = bill_the_month(&app, "billing-run-fr.png").await;
    let id = issue_all_and_open_one(&app, drafts).await;

    app.wait_for("an unpaid invoice", "[data-testid=invoice-state]", |t| {
        t.first().is_some_and(|s| s.trim() == "À payer")
    })
    .await;
    app.find("[data-testid=pdf-preview] canvas").await;
    let open = cents(&text(&app, "[data-testid=invoice-open-amount]").await, true);
    let total = cents(&text(&app, "[data-testid=invoice-total]").await, true);
    assert_eq!(open, total, "nothing paid yet: all of it is due");
    assert!(open > 1, "an invoice with something to pay: {open}");
    shot(&app, "invoice-fr.png").await;

    // Half of it, by hand, against this invoice.
    let half = open / 2;
    click(&app, "[data-testid=record-payment]").await;
    app.find("[data-testid=payment-form]").await;
    app.fill("amount", &plain(half)).await;
    app.fill("reference", "VIR-E2E-0001").await;
    click(&app, "[data-testid=mode-manual]").await;
    app.fill(&format!("allocation-{id}"), &plain(half)).await;
    let remaining = text(&app, "[data-testid=allocation-remaining]").await;
    assert!(
        remaining.contains("0,00"),
        "the whole payment is allocated: {remaining:?}"
    );
    shot(&app, "payment-fr.png").await;
    click(&app, "[data-testid=save]").await;

    let links = app
        .wait_for(
            "the payment's allocation",
            "[data-testid=allocation-link]",
            |t| t.len() == 1,
        )
        .await;
    shot(&app, "payment-saved-fr.png").await;
    links[0].click().await.expect("back to the invoice");
    app.wait_for(
        "a partly paid invoice",
        "[data-testid=invoice-state]",
        |t| t.first().is_some_and(|s| s.trim() == "Partiellement payée"),
    )
    .await;
    let now_open = cents(&text(&app, "[data-testid=invoice-open-amount]").await, true);
    assert_eq!(
        now_open,
        open - half,
        "the amount due dropped by the payment"
    );
    app.wait_for("its settlement", "[data-testid=settlement-row]", |t| {
        t.len() == 1 && t[0].contains("VIR-E2E-0001")
    })
    .await;
    shot(&app, "invoice-partly-paid-fr.png").await;

    // The customer's account and documents, the invoices list and the payments list
    // show it too.
    click(&app, "[data-testid=invoice-customer]").await;
    app.wait_for(
        "the customer's balance",
        "[data-testid=customer-balance]",
        |t| t.len() == 1,
    )
    .await;
    app.wait_for(
        "the customer's documents",
        "[data-testid=document-row]",
        |t| t.iter().any(|r| r.contains("Partiellement payée")),
    )
    .await;
    shot(&app, "customer-account-fr.png").await;

    click(&app, "[data-testid=nav-invoices]").await;
    // The demo book has months of history: this month's invoices come first.
    app.wait_for("the invoices list", "[data-testid=invoice-row]", |t| {
        t.len() > drafts
            && t[..drafts].iter().all(|r| r.contains("11/2026"))
            && t.iter().any(|r| r.contains("Partiellement payée"))
    })
    .await;
    shot(&app, "invoices-fr.png").await;

    click(&app, "[data-testid=nav-payments]").await;
    app.wait_for(
        "the payment in the list",
        "[data-testid=payment-row]",
        |t| t.first().is_some_and(|p| p.contains("VIR-E2E-0001")),
    )
    .await;
    shot(&app, "payments-fr.png").await;
    app.quit().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn the_billing_run_and_an_invoice_read_in_english() {
    let dir = tempfile::tempdir().expect("temp dir");
    let db = dir.path().join("book.db");
    let app = App::launch(&db, TODAY, "en_GB.UTF-8").await;

    let drafts = bill_the_month(&app, "billing-run-en.png").await;
    let issue = text(&app, "[data-testid=issue-all]").await;
    assert!(issue.starts_with("Issue"), "an English button: {issue:?}");
    issue_all_and_open_one(&app, drafts).await;
    app.wait_for("an unpaid invoice", "[data-testid=invoice-state]", |t| {
        t.first().is_some_and(|s| s.trim() == "Unpaid")
    })
    .await;
    app.find("[data-testid=pdf-preview] canvas").await;
    let total = text(&app, "[data-testid=invoice-total]").await;
    assert!(total.contains('.'), "an English amount: {total:?}");
    shot(&app, "invoice-en.png").await;
    app.quit().await;
}

/// A draft takes a one-off line (a negative quantity refused next to its field), is
/// issued, then partly credited; allocating more than is open is refused with a sentence.
#[tokio::test(flavor = "multi_thread")]
async fn edit_a_draft_issue_it_credit_part_and_refuse_an_over_allocation() {
    let dir = tempfile::tempdir().expect("temp dir");
    let db = dir.path().join("book.db");
    let app = App::launch(&db, TODAY, "fr_FR.UTF-8").await;
    bill_the_month(&app, "billing-preview-fr.png").await;

    let rows = app
        .wait_for("the drafts", "[data-testid=draft-row]", |t| !t.is_empty())
        .await;
    let id = rows[0]
        .attr("data-id")
        .await
        .expect("data-id")
        .expect("a draft id");
    rows[0].click().await.expect("open the draft");
    app.wait_for("a draft", "[data-testid=invoice-state]", |t| {
        t.first().is_some_and(|s| s.trim() == "Brouillon")
    })
    .await;
    let lines = app
        .wait_for("its lines", "[data-testid=invoice-line]", |t| !t.is_empty())
        .await
        .len();

    app.fill("description", "Installation du poste").await;
    app.fill("quantity", "-2").await;
    app.fill("unit_price", "150").await;
    click(&app, "[data-testid=add-line]").await;
    let error = text(&app, "[data-testid=error-quantity]").await;
    assert!(!error.is_empty(), "the quantity says what is wrong");
    shot(&app, "draft-error-fr.png").await;
    app.fill("quantity", "1").await;
    click(&app, "[data-testid=add-line]").await;
    app.wait_for("the new line", "[data-testid=invoice-line]", |t| {
        t.len() == lines + 1 && t.iter().any(|l| l.contains("Installation du poste"))
    })
    .await;

    click(&app, "[data-testid=issue-invoice]").await;
    app.find("[data-testid=confirm-dialog]").await;
    click(&app, "[data-testid=confirm-ok]").await;
    app.wait_for("the issued invoice", "[data-testid=invoice-state]", |t| {
        t.first().is_some_and(|s| s.trim() == "À payer")
    })
    .await;
    let number = text(&app, "[data-testid=invoice-number]").await;
    assert!(number.starts_with('F'), "a numbered invoice: {number:?}");
    let total = cents(&text(&app, "[data-testid=invoice-total]").await, true);

    click(&app, "[data-testid=credit-note]").await;
    click(&app, "[data-testid=credit-partial]").await;
    app.fill("amount", "10").await;
    click(&app, "[data-testid=confirm-ok]").await;
    app.wait_for("the credit note", "[data-testid=credited-invoice]", |t| {
        t.first().is_some_and(|n| n.trim() == number)
    })
    .await;
    app.find("[data-testid=pdf-preview] canvas").await;
    shot(&app, "credit-note-fr.png").await;
    click(&app, "[data-testid=credited-invoice]").await;
    app.wait_for(
        "the credited amount",
        "[data-testid=invoice-credited]",
        |t| t.first().is_some_and(|s| s.contains("10,00")),
    )
    .await;
    let open = cents(&text(&app, "[data-testid=invoice-open-amount]").await, true);
    assert_eq!(open, total - 1000, "a credit note lowers what is due");

    click(&app, "[data-testid=record-payment]").await;
    app.find("[data-testid=payment-form]").await;
    app.fill("amount", &plain(open + 100)).await;
    click(&app, "[data-testid=mode-manual]").await;
    app.fill(&format!("allocation-{id}"), &plain(open + 100))
        .await;
    // The credit note's confirmation sits over the form's buttons until it fades.
    app.wait_for("the toasts to fade", "[data-testid=toast]", |t| {
        t.is_empty()
    })
    .await;
    click(&app, "[data-testid=save]").await;
    let refused = text(&app, "[data-testid=form-error]").await;
    assert!(!refused.is_empty(), "an over-allocation is refused");
    shot(&app, "payment-error-fr.png").await;
    app.quit().await;
}
