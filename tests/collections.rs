//! Collections as a person works them: the Today dashboard says what is due (and says
//! what the book says), producing the day's letters writes the PDFs and the log entries
//! and marking them sent records how they went out, and marking a suspension done in
//! Partner Center suspends the subscription in the book and on the customer's page.
//!
//! Every expectation comes from the book read back through the application layer, never
//! from counts of the demo data, which may change.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::process::Command;

use ardoise_app::domain::collections::StepKind;
use ardoise_app::domain::subscription::SubscriptionStatus;
use ardoise_app::domain::Lang;
use ardoise_app::transport_collections::SuspensionState;
use ardoise_e2e::fixtures::{book, click, pdftotext, scroll_to, sha256, shot, shots, start_demo};
use ardoise_e2e::App;
use chrono::NaiveDate;

const TODAY: &str = "2026-11-25";

/// Like `shot`, with the element matching `css` in the middle of the picture (scrolled
/// once the page has settled, since cards loading above it push it down).
async fn shot_at(app: &App, css: &str, name: &str) {
    tokio::time::sleep(std::time::Duration::from_millis(600)).await;
    scroll_to(app, css).await;
    app.screenshot(&shots().join(name)).await;
}

/// Closes the toasts, once read, so they do not cover the picture.
async fn dismiss_toasts(app: &App) {
    for close in app.all("[data-testid=toast] .close").await {
        let _ = close.click().await;
    }
    app.wait_for("the toasts closed", "[data-testid=toast]", |t| t.is_empty())
        .await;
}

/// An attribute of every element matching `css`, in document order ("" when absent).
async fn attrs(app: &App, css: &str, name: &str) -> Vec<String> {
    app.web
        .execute(
            "return Array.from(document.querySelectorAll(arguments[0])).map(e => e.getAttribute(arguments[1]) ?? '')",
            vec![serde_json::json!(css), serde_json::json!(name)],
        )
        .await
        .and_then(|r| r.convert())
        .unwrap_or_else(|e| panic!("attribute {name} of {css}: {e}"))
}

/// What a person reads in every element matching `css`.
async fn texts(app: &App, css: &str) -> Vec<String> {
    app.web
        .execute(
            "return Array.from(document.querySelectorAll(arguments[0])).map(e => e.innerText)",
            vec![serde_json::json!(css)],
        )
        .await
        .and_then(|r| r.convert())
        .unwrap_or_else(|e| panic!("text of {css}: {e}"))
}

/// The value of the form field named `name`.
async fn field_value(app: &App, name: &str) -> String {
    app.web
        .execute(
            "return document.querySelector(`[name='${arguments[0]}']`).value",
            vec![serde_json::json!(name)],
        )
        .await
        .and_then(|r| r.convert())
        .unwrap_or_else(|e| panic!("value of {name}: {e}"))
}

fn pdf_pages(path: &Path) -> usize {
    let out = Command::new("pdfinfo").arg(path).output().expect("pdfinfo");
    String::from_utf8_lossy(&out.stdout)
        .lines()
        .find_map(|l| l.strip_prefix("Pages:"))
        .and_then(|n| n.trim().parse().ok())
        .unwrap_or_else(|| panic!("a page count for {}", path.display()))
}

/// Runs of white space as one space: PDF text extraction breaks lines where it likes.
fn squeeze(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The digits an amount shows with two decimals: "1234.5" → "123450", and "1 234,50 €"
/// (as the French window writes it) → "123450".
fn cents_digits(amount: &str) -> String {
    let (int, frac) = amount.split_once('.').unwrap_or((amount, ""));
    let frac: String = frac.chars().chain("00".chars()).take(2).collect();
    format!("{int}{frac}")
        .chars()
        .filter(char::is_ascii_digit)
        .collect()
}

fn shown_digits(text: &str) -> String {
    text.chars().filter(char::is_ascii_digit).collect()
}

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

#[tokio::test(flavor = "multi_thread")]
async fn producing_the_days_letters_writes_them_logs_them_and_records_their_sending() {
    let dir = tempfile::tempdir().expect("temp dir");
    let db = dir.path().join("book.db");
    let app = App::launch(&db, TODAY, "en_US.UTF-8").await;
    start_demo(&app).await;

    click(&app, "[data-testid=nav-collections]").await;
    let rows = app
        .wait_for("the letters proposed", "[data-testid=letter-row]", |t| {
            !t.is_empty()
        })
        .await;
    let proposed: BTreeSet<(String, String)> =
        attrs(&app, "[data-testid=letter-row]", "data-customer")
            .await
            .into_iter()
            .zip(attrs(&app, "[data-testid=letter-row]", "data-step").await)
            .collect();
    assert_eq!(
        proposed.len(),
        rows.len(),
        "one letter per customer and step"
    );
    let selected = attrs(&app, "[data-testid=letter-row]", "data-selected").await;
    assert!(
        selected.iter().all(|s| s == "true"),
        "every letter ticked at first"
    );
    shot(&app, "collections-en.png").await;

    click(&app, "[data-testid=letters-produce]").await;
    app.find("[data-testid=confirm-dialog]").await;
    click(&app, "[data-testid=confirm-ok]").await;
    let files = app
        .wait_for("the letters produced", "[data-testid=letter-file]", |t| {
            !t.is_empty()
        })
        .await;
    assert_eq!(files.len(), rows.len(), "every letter ticked is produced");
    let ids = attrs(&app, "[data-testid=letter-file]", "data-id").await;
    let customers = attrs(&app, "[data-testid=letter-file]", "data-customer").await;
    let steps = attrs(&app, "[data-testid=letter-file]", "data-step").await;
    let paths = attrs(&app, "[data-testid=letter-file] .file", "title").await;
    assert_eq!(paths.len(), ids.len(), "each letter shows its file");
    let produced: BTreeSet<(String, String)> = customers
        .iter()
        .cloned()
        .zip(steps.iter().cloned())
        .collect();
    assert_eq!(
        produced, proposed,
        "the letters produced are those proposed"
    );
    let heading = texts(&app, "[data-testid=letters-produced]").await;
    assert!(
        heading
            .first()
            .is_some_and(|h| h.contains(&format!("{} letters", ids.len()))),
        "{heading:?}"
    );
    let folder = texts(&app, "[data-testid=letters-folder]").await.remove(0);
    let combined = texts(&app, "[data-testid=letters-combined-path]").await;
    // Produced, so no longer proposed: the page reloads to nothing left to do.
    app.find("[data-testid=letters-empty]").await;
    assert!(app.all("[data-testid=letter-row]").await.is_empty());

    // Sent by e-mail on the business date, typed into the date field.
    assert_eq!(
        field_value(&app, "on").await,
        TODAY,
        "sent today unless told"
    );
    app.fill_date("on", TODAY).await;
    click(&app, "[data-testid=letters-via-email]").await;
    click(&app, "[data-testid=letters-mark-sent]").await;
    app.wait_for(
        "the sending recorded",
        "[data-testid=letters-marked]",
        |t| {
            t.first()
                .is_some_and(|s| s.contains("e-mail") || s.contains("email"))
        },
    )
    .await;
    app.wait_for("the toast", "[data-testid=toast]", |t| {
        t.iter()
            .any(|s| s.contains(&format!("{} letters marked as sent", ids.len())))
    })
    .await;
    dismiss_toasts(&app).await;
    let cramped = overflowing(&app, "[data-testid=letters-files] td").await;
    assert!(cramped.is_empty(), "the letters written: {cramped:?}");
    shot(&app, "collections-letters-en.png").await;

    // The first customer's page lists its letters, sent.
    // The first customer's page lists today's letters among its log, each sent.
    let first_customer = customers[0].clone();
    let todays: Vec<String> = ids
        .iter()
        .zip(&customers)
        .filter(|(_, c)| **c == first_customer)
        .map(|(id, _)| {
            format!("[data-testid=communication-row][data-kind=letter][data-id='{id}'] [data-testid=communication-sent]")
        })
        .collect();
    click(
        &app,
        &format!("[data-testid=letter-file][data-customer='{first_customer}'] .row-link"),
    )
    .await;
    app.wait_for("the customer's letters, sent", &todays.join(", "), |t| {
        t.len() == todays.len()
            && t.iter()
                .all(|s| s.contains("25 Nov 2026") && s.contains("e-mail"))
    })
    .await;
    let cramped = overflowing(
        &app,
        "[data-testid=communications-table] td, [data-testid=communications-table] th",
    )
    .await;
    assert!(cramped.is_empty(), "the log in English: {cramped:?}");
    shot_at(
        &app,
        "[data-testid=communication-row][data-kind=letter]",
        "customer-letters-en.png",
    )
    .await;
    app.quit().await;

    let book_dir = db.parent().expect("the book's folder");
    let folder = PathBuf::from(folder.trim());
    assert!(
        folder.starts_with(book_dir.join("documents")),
        "letters go beside the book by default: {}",
        folder.display()
    );
    let (b, s) = book(&db, TODAY);
    let policy = b.collection_policy(&s).expect("the policy");
    let mut logged_invoices: BTreeSet<String> = BTreeSet::new();
    let mut read_in: Vec<Lang> = Vec::new();
    let mut read_notice = false;
    for (((id, customer), step), path) in ids.iter().zip(&customers).zip(&steps).zip(&paths) {
        let id: i64 = id.parse().expect("a communication id");
        let customer: i64 = customer.parse().expect("a customer id");
        let log = b.communications(&s, customer).expect("the log");
        let entry = log
            .iter()
            .find(|c| c.id == id)
            .unwrap_or_else(|| panic!("letter {id} in customer {customer}'s log"));
        assert_eq!(entry.kind, "letter");
        assert_eq!(entry.step_code.as_deref(), Some(step.as_str()));
        assert_eq!(entry.as_of, TODAY);
        assert_eq!(entry.sent_on.as_deref(), Some(TODAY), "letter {id} sent on");
        assert_eq!(
            entry.sent_via.as_deref(),
            Some("email"),
            "letter {id} sent via"
        );
        assert!(!entry.invoices.is_empty(), "letter {id} names its invoices");
        logged_invoices.extend(entry.invoices.iter().cloned());

        let name = entry.file_name.clone().expect("a file name");
        let file = PathBuf::from(path);
        assert_eq!(
            file.file_name().map(|n| n.to_string_lossy().into_owned()),
            Some(name.clone()),
            "the window shows the logged file"
        );
        assert_eq!(
            file.parent(),
            Some(folder.as_path()),
            "{path} in the folder shown"
        );
        assert!(file.exists(), "{} written", file.display());
        assert_eq!(entry.sha256, sha256(&file), "the log keeps {name}'s hash");

        // A letter in each language, and a formal notice, read as a customer reads it.
        let c = b.customer(&s, customer).expect("the customer");
        let step = policy.step(step).expect("a step of the policy");
        let notice = step.kind == StepKind::FormalNotice;
        if !read_in.contains(&c.language) || (notice && !read_notice) {
            let text = squeeze(&pdftotext(&file));
            let subject = step.text(c.language).subject.clone();
            let subject = squeeze(subject.split('{').next().unwrap_or_default());
            assert!(!subject.is_empty(), "the subject opens with words");
            assert!(text.contains(&subject), "{name} says {subject:?}: {text}");
            assert!(
                text.contains(&squeeze(&c.legal_name)),
                "{name} is addressed to {}",
                c.legal_name
            );
            for n in &entry.invoices {
                assert!(text.contains(n.as_str()), "{name} lists {n}");
            }
            if notice {
                read_notice = true;
                let mention = match c.language {
                    Lang::Fr => "Lettre recommandée avec accusé de réception",
                    Lang::En => "Sent by registered post with acknowledgement of receipt",
                };
                assert!(text.contains(mention), "{name} is a formal notice");
            }
            read_in.push(c.language);
        }
    }

    assert!(!read_in.is_empty(), "a letter was read");

    // All of them in one file to print.
    if ids.len() > 1 {
        let combined = PathBuf::from(combined.first().expect("a combined file").trim());
        assert!(combined.exists(), "{} written", combined.display());
        assert_eq!(combined.parent(), Some(folder.as_path()));
        assert!(
            pdf_pages(&combined) >= ids.len(),
            "every letter in the combined file"
        );
    }

    // Idempotent: the same day's evaluation proposes none of them again, nor any letter
    // for their invoices.
    let again = b.collections(&s, TODAY).expect("the work again");
    for l in &again.letters {
        let key = (l.customer_id.to_string(), l.step_code.clone());
        assert!(!produced.contains(&key), "{key:?} proposed again");
        for i in &l.invoices {
            assert!(
                !logged_invoices.contains(&i.number),
                "{} proposed again",
                i.number
            );
        }
    }
    assert!(again.letters.is_empty(), "every letter due was produced");
}

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

/// "2026-11-25" as the French window writes a date: "25/11/2026".
fn fr_date(iso: &str) -> String {
    let d = NaiveDate::parse_from_str(iso, "%Y-%m-%d").expect("an ISO date");
    d.format("%d/%m/%Y").to_string()
}

/// Every element matching `css` whose content is wider or taller than its box (a badge
/// running into the next column, a line neither wrapped nor cut on purpose, wrapped
/// lines spilling over the next row), described.
async fn overflowing(app: &App, css: &str) -> Vec<String> {
    app.web
        .execute(
            "return Array.from(document.querySelectorAll(arguments[0]))
               .filter(e => e.scrollWidth > e.clientWidth + 1 || e.scrollHeight > e.clientHeight + 1)
               .map(e => `${e.closest('[data-testid]')?.dataset.testid ?? ''}: ${e.innerText.slice(0, 60)} (${e.scrollWidth}×${e.scrollHeight} in ${e.clientWidth}×${e.clientHeight})`)",
            vec![serde_json::json!(css)],
        )
        .await
        .and_then(|r| r.convert())
        .unwrap_or_else(|e| panic!("overflow of {css}: {e}"))
}

/// Whether the page scrolls sideways (something wider than the window's main area).
async fn page_overflows(app: &App) -> bool {
    app.web
        .execute(
            "const m = document.querySelector('main'); return m.scrollWidth > m.clientWidth + 1",
            vec![],
        )
        .await
        .and_then(|r| r.convert())
        .unwrap_or_else(|e| panic!("page width: {e}"))
}

/// Waits until `script` (returning a boolean) holds.
async fn wait_js(app: &App, what: &str, script: &str) {
    let started = std::time::Instant::now();
    loop {
        let ok: bool = app
            .web
            .execute(script, vec![])
            .await
            .and_then(|r| r.convert())
            .unwrap_or(false);
        if ok {
            return;
        }
        if started.elapsed() > std::time::Duration::from_secs(15) {
            let path = shots().join(format!("failed-{}.png", what.replace(' ', "-")));
            let _ = app.screenshot(&path).await;
            panic!("{what}: never true (screenshot {})", path.display());
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
}

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
            format!("résiliable jusqu'au {}", fr_date(&r.cancellable_until)),
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
