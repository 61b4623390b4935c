//! A payment recorded by mistake, reversed in the window in French: the payment page
//! shows it reversed (and offers no more allocation), the invoice it settled is due
//! again in the book, and the customer's statement saved from the window prints the
//! reversal line with its reason and the balance it leaves. Looked at in 1280 and 960 px.

use ardoise_e2e::fixtures::{book, click, shot, start_demo};
use ardoise_e2e::inspect::{attrs, dismiss_toasts, overflowing, page_overflows};
use ardoise_e2e::App;

const TODAY: &str = "2026-11-25";
const REASON: &str = "Chèque sans provision";

#[tokio::test(flavor = "multi_thread")]
async fn a_payment_reversed_in_the_window_shows_on_the_statement() {
    let dir = tempfile::tempdir().expect("temp dir");
    let db = dir.path().join("book.db");
    let app = App::launch(&db, TODAY, "fr_FR.UTF-8").await;
    start_demo(&app).await;

    // The largest payment that settled invoices in full, as the book says.
    let (payment, customer_id, invoice_id) = {
        let (b, s) = book(&db, TODAY);
        let mut list: Vec<_> = b
            .payments(&s, None)
            .expect("payments")
            .into_iter()
            .filter(|p| !p.allocations.is_empty())
            .filter(|p| p.unallocated.amount.chars().all(|c| c == '0' || c == '.'))
            .collect();
        // Amounts cross as decimal strings: compared as whole cents.
        let cents = |a: &str| -> i64 {
            let (units, frac) = a.split_once('.').unwrap_or((a, ""));
            let frac = format!("{frac:0<2}");
            units.parse::<i64>().unwrap_or(0) * 100 + frac[..2].parse::<i64>().unwrap_or(0)
        };
        list.sort_by_key(|p| std::cmp::Reverse(cents(&p.amount.amount)));
        let p = list.remove(0);
        (p.id, p.customer_id, p.allocations[0].invoice_id)
    };

    click(&app, "[data-testid=nav-payments]").await;
    click(
        &app,
        &format!("[data-testid=payment-row][data-id='{payment}']"),
    )
    .await;
    app.find("[data-testid=payment-details][data-reversed=false]")
        .await;
    click(&app, "[data-testid=payment-reverse]").await;
    app.find("[data-testid=reverse-dialog]").await;
    // A reason is required: refused beside the field, nothing written.
    click(&app, "[data-testid=reverse-confirm]").await;
    app.find("[data-testid=reverse-dialog] [aria-invalid=true]")
        .await;
    {
        let (b, s) = book(&db, TODAY);
        let p = b.payments(&s, None).expect("payments");
        assert!(p.iter().all(|p| p.reversal.is_none()), "nothing written");
    }
    app.fill("reason", REASON).await;
    shot(&app, "payments-reverse-dialog-fr.png").await;
    click(&app, "[data-testid=reverse-confirm]").await;
    app.find("[data-testid=payment-details][data-reversed=true]")
        .await;
    app.wait_for("the reversal", "[data-testid=payment-reversed]", |t| {
        t.first()
            .is_some_and(|s| s.contains(REASON) && s.contains("25/11/2026"))
    })
    .await;
    assert!(
        app.all("[data-testid=payment-reverse]").await.is_empty(),
        "reversed once"
    );
    assert!(
        app.all("[data-testid=allocate-credit]").await.is_empty(),
        "no reallocation"
    );
    dismiss_toasts(&app).await;
    assert!(!page_overflows(&app).await);
    assert!(
        overflowing(&app, "[data-testid=payment-details] dd, .badge")
            .await
            .is_empty()
    );
    shot(&app, "payments-reversed-fr.png").await;
    app.web
        .set_window_rect(0, 0, 960, 700)
        .await
        .expect("the window at its minimum width");
    assert!(!page_overflows(&app).await, "no sideways scroll at 960 px");
    shot(&app, "payments-reversed-960-fr.png").await;
    app.web
        .set_window_rect(0, 0, 1280, 800)
        .await
        .expect("the window back to 1280");

    // The book: one reversal, the invoice due again.
    {
        let (b, s) = book(&db, TODAY);
        let inv = b.invoice(&s, invoice_id).expect("the invoice");
        assert_eq!(inv.row.open.amount, inv.row.gross.amount, "open again");
    }

    // The customer's statement, saved from the window, read back.
    click(&app, "[data-testid=payment-customer]").await;
    app.find("[data-testid=statement-card]").await;
    app.wait_for(
        "the closing balance",
        "[data-testid=statement-closing]",
        |t| t.first().is_some_and(|s| s.contains('€')),
    )
    .await;
    let owed = attrs(&app, "[data-testid=customer-balance]", "data-currency").await;
    assert!(!owed.is_empty());
    click(&app, "[data-testid=statement-save]").await;
    app.wait_for(
        "the file written",
        "[data-testid=statement-saved-path]",
        |t| t.first().is_some_and(|p| p.trim().ends_with(".pdf")),
    )
    .await;
    shot(&app, "payments-customer-after-reversal-fr.png").await;
    app.quit().await;

    let (b, s) = book(&db, TODAY);
    let log: Vec<_> = b
        .communications(&s, customer_id)
        .expect("the log")
        .into_iter()
        .filter(|c| c.kind == "statement")
        .collect();
    let name = log[0].file_name.clone().expect("a file name");
    let file = dir.path().join("documents").join(&name);
    let text = ardoise_e2e::fixtures::pdftotext(&file);
    let words: Vec<&str> = text.split_whitespace().collect();
    let joined = words.join(" ");
    assert!(joined.contains("Annulation du règlement"), "{text}");
    assert!(joined.contains(REASON), "{text}");
    let closing = b.customer_balances(&s, customer_id).expect("balances")[0]
        .balance
        .amount
        .clone();
    let digits: String = closing.chars().filter(|c| c.is_ascii_digit()).collect();
    let shown: String = joined.chars().filter(|c| c.is_ascii_digit()).collect();
    assert!(
        shown.contains(&digits),
        "the balance {closing} printed: {text}"
    );
}
