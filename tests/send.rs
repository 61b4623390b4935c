//! Sending what a billing run issued, in the real window: bill the demo's month, issue
//! it, make the one PDF to print (read back with pdfinfo and pdftotext: every page of
//! every invoice, each number in it), and the invoices list's « not sent yet » filter then
//! leaves them out; in English, invoices picked in the list are saved as PDFs, each file
//! in the folder. Screenshots in French and English, at 1280 and 960 px.

use std::path::Path;

use ardoise_app::transport_invoicing::{DocumentKindView, InvoiceFilter};
use ardoise_e2e::fixtures::{book, click, pdftotext, scroll_to, shot, start_demo};
use ardoise_e2e::inspect::{
    attrs, dismiss_toasts, overflowing, page_overflows, pdf_pages, squeeze, texts,
};
use ardoise_e2e::App;

const TODAY: &str = "2026-11-25";

/// Invoices → billing run for the business month → issue every draft. Returns the
/// issued invoices' ids.
async fn bill_and_issue(app: &App) -> Vec<String> {
    start_demo(app).await;
    click(app, "[data-testid=nav-invoices]").await;
    click(app, "[data-testid=billing-run]").await;
    click(app, "[data-testid=run]").await;
    let drafts = app
        .wait_for("the drafts", "[data-testid=draft-row]", |t| !t.is_empty())
        .await
        .len();
    click(app, "[data-testid=issue-all]").await;
    app.find("[data-testid=confirm-dialog]").await;
    click(app, "[data-testid=confirm-ok]").await;
    app.wait_for("the issued invoices", "[data-testid=issued-row]", |t| {
        t.len() == drafts
    })
    .await;
    attrs(app, "[data-testid=issued-row]", "data-id").await
}

/// Waits for the sending's result and returns (files written, pages, print file path).
async fn sending_done(app: &App) -> (usize, usize, Option<String>) {
    app.wait_for("the invoices sent", "[data-testid=send-result]", |t| {
        !t.is_empty()
    })
    .await;
    let one = |name: &'static str| async move {
        attrs(app, "[data-testid=send-result]", name)
            .await
            .first()
            .and_then(|v| v.parse().ok())
            .unwrap_or(0usize)
    };
    let files = one("data-files").await;
    let pages = one("data-pages").await;
    let combined = texts(app, "[data-testid=send-combined-path]")
        .await
        .into_iter()
        .next();
    (files, pages, combined)
}

#[tokio::test(flavor = "multi_thread")]
async fn a_run_issued_then_printed_as_one_pdf_leaves_the_not_sent_list() {
    let dir = tempfile::tempdir().expect("temp dir");
    let db = dir.path().join("book.db");
    let app = App::launch(&db, TODAY, "fr_FR.UTF-8").await;
    let issued = bill_and_issue(&app).await;
    assert!(
        issued.len() > 10,
        "the demo's month: {} invoices",
        issued.len()
    );

    // The issued step offers to save them and to make one PDF to print.
    app.find("[data-testid=billing-send]").await;
    shot(&app, "send-issued-fr.png").await;
    click(&app, "[data-testid=billing-print-invoices]").await;
    let (_, pages, combined) = sending_done(&app).await;
    let combined = combined.expect("the print file's path");
    dismiss_toasts(&app).await;
    scroll_to(&app, "[data-testid=billing-send]").await;
    shot(&app, "send-printed-fr.png").await;
    assert!(
        Path::new(&combined)
            .file_name()
            .unwrap()
            .to_string_lossy()
            .starts_with("Factures-2026-11"),
        "named in French: {combined}"
    );
    // Every page of every invoice, each invoice's number in it.
    assert!(
        pages >= issued.len(),
        "{pages} pages for {} invoices",
        issued.len()
    );
    assert_eq!(pdf_pages(Path::new(&combined)), pages);
    let text = squeeze(&pdftotext(Path::new(&combined)));
    let (b, s) = book(&db, TODAY);
    let numbers: Vec<String> = issued
        .iter()
        .map(|id| {
            let row = b.invoice(&s, id.parse().unwrap()).unwrap().row;
            row.number.expect("issued")
        })
        .collect();
    for n in &numbers {
        assert!(text.contains(n.as_str()), "{n} missing from the print file");
    }
    // Each invoice is in its customer's log; none is « not sent yet ».
    let not_sent = b
        .invoices(
            &s,
            &InvoiceFilter {
                not_sent: Some(true),
                kind: Some(DocumentKindView::Invoice),
                ..Default::default()
            },
        )
        .unwrap();
    assert!(not_sent.iter().all(|r| !issued.contains(&r.id.to_string())));
    drop(b);

    // At 960 px the step keeps its buttons and result inside the window.
    app.web
        .set_window_rect(0, 0, 960, 700)
        .await
        .expect("960 px");
    tokio::time::sleep(std::time::Duration::from_millis(400)).await;
    assert!(!page_overflows(&app).await, "the issued step at 960 px");
    scroll_to(&app, "[data-testid=billing-send]").await;
    let cramped = overflowing(&app, "[data-testid=billing-send] .btn").await;
    assert!(cramped.is_empty(), "at 960 px: {cramped:?}");
    shot(&app, "send-printed-960-fr.png").await;
    app.web
        .set_window_rect(0, 0, 1280, 800)
        .await
        .expect("1280 px");

    // The list's « not sent yet » leaves the month's invoices out.
    click(&app, "[data-testid=nav-invoices]").await;
    app.wait_for("the invoices", "[data-testid=invoice-row]", |t| {
        !t.is_empty()
    })
    .await;
    click(&app, "[data-testid=sent-filter-not_sent]").await;
    tokio::time::sleep(std::time::Duration::from_millis(600)).await;
    let shown = attrs(&app, "[data-testid=invoice-row]", "data-id").await;
    for id in &issued {
        assert!(!shown.contains(id), "invoice {id} printed yet « not sent »");
    }
    // Dates typed day first: from the 1st of November, nothing of October shows.
    app.fill_date("issued_from", "2026-11-01").await;
    app.fill_date("issued_to", "2026-11-30").await;
    tokio::time::sleep(std::time::Duration::from_millis(600)).await;
    shot(&app, "send-not-sent-fr.png").await;
    app.quit().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn invoices_picked_in_the_list_are_saved_each_to_its_file() {
    let dir = tempfile::tempdir().expect("temp dir");
    let db = dir.path().join("book.db");
    let app = App::launch(&db, TODAY, "en_US.UTF-8").await;
    start_demo(&app).await;
    click(&app, "[data-testid=nav-invoices]").await;
    app.wait_for("the invoices", "[data-testid=invoice-row]", |t| {
        !t.is_empty()
    })
    .await;
    click(&app, "[data-testid=sent-filter-not_sent]").await;
    tokio::time::sleep(std::time::Duration::from_millis(600)).await;
    let rows = attrs(&app, "[data-testid=invoice-row]", "data-id").await;
    assert!(rows.len() >= 3, "the demo has issued invoices not sent yet");
    let picked: Vec<String> = rows[..3].to_vec();
    for pick in app.all("[data-testid=invoice-select]").await.iter().take(3) {
        pick.click().await.expect("select a row");
    }
    app.wait_for("the bulk bar", "[data-testid=bulk-count]", |t| {
        t.first().is_some_and(|s| s.starts_with('3'))
    })
    .await;
    shot(&app, "send-selected-en.png").await;
    click(&app, "[data-testid=bulk-save]").await;
    let (files, _, _) = sending_done(&app).await;
    assert_eq!(files, 3);
    let folder = texts(&app, "[data-testid=send-folder]").await.remove(0);
    let pdfs = std::fs::read_dir(&folder)
        .expect("the folder written")
        .flatten()
        .filter(|e| e.path().extension().is_some_and(|x| x == "pdf"))
        .count();
    assert_eq!(pdfs, 3);
    // They left the « not sent yet » list.
    let started = std::time::Instant::now();
    loop {
        let shown = attrs(&app, "[data-testid=invoice-row]", "data-id").await;
        if picked.iter().all(|id| !shown.contains(id)) {
            break;
        }
        assert!(
            started.elapsed().as_secs() < 10,
            "saved invoices still « not sent »"
        );
        tokio::time::sleep(std::time::Duration::from_millis(200)).await;
    }
    dismiss_toasts(&app).await;
    shot(&app, "send-saved-en.png").await;
    app.web
        .set_window_rect(0, 0, 960, 700)
        .await
        .expect("960 px");
    tokio::time::sleep(std::time::Duration::from_millis(400)).await;
    shot(&app, "send-saved-960-en.png").await;
    app.quit().await;
}
