//! Producing the day's letters writes the PDFs and the log entries, and marking them sent
//! records how they went out.

use std::collections::BTreeSet;
use std::path::PathBuf;

use ardoise_app::domain::collections::StepKind;
use ardoise_app::domain::Lang;
use ardoise_e2e::fixtures::{book, click, pdftotext, sha256, shot, start_demo};
use ardoise_e2e::inspect::{
    attrs, dismiss_toasts, field_value, overflowing, pdf_pages, shot_at, squeeze, texts,
};
use ardoise_e2e::App;

use crate::TODAY;

#[tokio::test(flavor = "multi_thread")]
async fn producing_the_days_letters_writes_them_logs_them_and_records_their_sending() {
    let dir = tempfile::tempdir().expect("temp dir");
    let db = dir.path().join("book.db");
    // The system's opener, replaced by one that notes what it was asked to open.
    let (opener_path, opened) = fake_opener(dir.path());
    let app = App::launch_with(&db, TODAY, "en_US.UTF-8", &[("PATH", &opener_path)]).await;
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
    let customers_proposed: BTreeSet<String> = proposed.iter().map(|(c, _)| c.clone()).collect();
    assert_eq!(
        customers_proposed.len(),
        rows.len(),
        "one letter per customer, at the highest step due"
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

    // Any document in the log opens again from it, by the full path the log kept.
    let first = ids
        .iter()
        .zip(&customers)
        .position(|(_, c)| *c == first_customer)
        .expect("a letter of the first customer");
    click(
        &app,
        &format!(
            "[data-testid=communication-row][data-id='{}'] [data-testid=communication-file]",
            ids[first]
        ),
    )
    .await;
    let asked = wait_for_file(&opened);
    assert_eq!(
        asked.trim(),
        paths[first],
        "the opener is handed the letter's full path"
    );
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

/// A folder holding an `xdg-open` that writes its argument to a file, put first on the
/// app's PATH; returns that PATH and the file.
fn fake_opener(dir: &std::path::Path) -> (String, PathBuf) {
    use std::os::unix::fs::PermissionsExt;
    let bin = dir.join("bin");
    std::fs::create_dir_all(&bin).expect("a folder");
    let opened = dir.join("opened.txt");
    let script = bin.join("xdg-open");
    std::fs::write(
        &script,
        format!(
            "#!/bin/sh\nprintf '%s\\n' \"$1\" >> '{}'\n",
            opened.display()
        ),
    )
    .expect("the opener");
    std::fs::set_permissions(&script, std::fs::Permissions::from_mode(0o755)).expect("executable");
    let path = format!(
        "{}:{}",
        bin.display(),
        std::env::var("PATH").unwrap_or_default()
    );
    (path, opened)
}

/// What the opener wrote, once it has (ten seconds at most).
fn wait_for_file(path: &std::path::Path) -> String {
    let started = std::time::Instant::now();
    loop {
        if let Ok(text) = std::fs::read_to_string(path) {
            if !text.trim().is_empty() {
                return text;
            }
        }
        assert!(
            started.elapsed() < std::time::Duration::from_secs(10),
            "the window never asked the system to open the document"
        );
        std::thread::sleep(std::time::Duration::from_millis(100));
    }
}
