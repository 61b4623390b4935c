//! The support-terms sheet saved from a customer's page, for a French and an English
//! customer: written in the customer's language, opened, logged in its communication log
//! with the hash of its bytes, read back with pdftotext and drawn with pdftoppm into
//! `target/e2e/` to be looked at.

use std::path::{Path, PathBuf};
use std::process::Command;

use ardoise_app::domain::Lang;
use ardoise_e2e::fixtures::{book, click, pdftotext, sha256, shots};
use ardoise_e2e::inspect::{attrs, dismiss_toasts, shot_at, squeeze, texts};
use ardoise_e2e::App;

/// A folder holding an `xdg-open` that notes what it was asked to open, put first on
/// the app's PATH (so no viewer starts under Xvfb); returns that PATH and the notes.
pub fn fake_opener(dir: &Path) -> (String, PathBuf) {
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

/// Whether the opener was asked to open `file` (ten seconds at most).
fn was_opened(notes: &Path, file: &str) -> bool {
    let started = std::time::Instant::now();
    while started.elapsed() < std::time::Duration::from_secs(10) {
        if std::fs::read_to_string(notes).is_ok_and(|t| t.lines().any(|l| l == file)) {
            return true;
        }
        std::thread::sleep(std::time::Duration::from_millis(100));
    }
    false
}

/// A customer in `lang` whose plan today is a real one (not "no support"): `preferred`
/// if it is such a customer.
pub fn customer_in(db: &Path, today: &str, lang: Lang, preferred: i64) -> i64 {
    let (b, s) = book(db, today);
    let fits = |id: i64| {
        b.customer(&s, id).expect("a customer").language == lang
            && !b
                .support_open_status(&s, id, Lang::Fr)
                .expect("its plan")
                .no_support
    };
    if fits(preferred) {
        return preferred;
    }
    b.customers(&s)
        .expect("the customers")
        .into_iter()
        .map(|c| c.id)
        .find(|&id| fits(id))
        .unwrap_or_else(|| panic!("a demo customer in {lang:?} with a support plan"))
}

/// The phrases each language's sheet must hold, the plan's own words aside.
fn phrases(lang: Lang) -> &'static [&'static str] {
    match lang {
        Lang::Fr => &[
            "Conditions de support",
            "Ce qui est couvert",
            "Heures de service",
            "Jours de fermeture en 2026",
            "Lundi de Pâques",
        ],
        Lang::En => &[
            "Support terms",
            "What is covered",
            "Hours of service",
            "Closed days in 2026",
            "How to reach us",
        ],
    }
}

/// Saves the customer's sheet from its page and checks it; returns the PDF's path.
pub async fn save_sheet(
    app: &App,
    db: &Path,
    today: &str,
    opened: &Path,
    customer_id: i64,
    lang: Lang,
    also: &[&str],
) -> PathBuf {
    click(app, "[data-testid=nav-customers]").await;
    click(
        app,
        &format!("[data-testid=customer-row][data-id='{customer_id}']"),
    )
    .await;
    click(app, "[data-testid=customer-support-sheet]").await;
    let path = app
        .wait_for(
            "the sheet written",
            "[data-testid=customer-support-sheet-written-path]",
            |t| t.first().is_some_and(|p| p.trim().ends_with(".pdf")),
        )
        .await;
    let path = path[0].text().await.expect("the path").trim().to_string();
    assert!(was_opened(opened, &path), "{path} opened for the user");
    let file = PathBuf::from(&path);

    // Logged, with the hash of the bytes on disk, and named in words on the page.
    let (b, s) = book(db, today);
    let logged = b
        .communications(&s, customer_id)
        .expect("the communication log");
    let entry = logged
        .iter()
        .find(|c| c.step_code.as_deref() == Some("support_sheet"))
        .unwrap_or_else(|| panic!("the sheet in the log: {logged:?}"));
    assert_eq!(entry.sha256, sha256(&file), "the hash of the file written");
    drop(b);
    let row = format!("[data-testid=communication-row][data-id='{}']", entry.id);
    app.wait_for("the sheet in the log", &row, |t| {
        t.first()
            .is_some_and(|s| s.contains("Conditions de support"))
    })
    .await;
    assert_eq!(
        attrs(
            app,
            &format!("{row} [data-testid=communication-step]"),
            "data-step"
        )
        .await,
        vec!["support_sheet".to_string()]
    );
    let shown = texts(app, &format!("{row} [data-testid=communication-step]")).await;
    assert!(
        shown.iter().all(|s| !s.contains('_')),
        "a word, not a code: {shown:?}"
    );
    assert_eq!(
        texts(
            app,
            &format!("{row} [data-testid=communication-no-balance]")
        )
        .await
        .len(),
        1,
        "a sheet shows no balance: the log does not pretend it was zero"
    );
    dismiss_toasts(app).await;
    shot_at(
        app,
        &row,
        &format!("support-sheet-logged-{}.png", lang.code()),
    )
    .await;

    // What the customer reads, in its language.
    let text = squeeze(&pdftotext(&file));
    for phrase in phrases(lang).iter().chain(also) {
        assert!(
            text.contains(phrase),
            "{phrase:?} in the {lang:?} sheet: {text}"
        );
    }
    let code = lang.code();
    let stem = shots().join(format!("support-terms-{code}"));
    let status = Command::new("pdftoppm")
        .args(["-png", "-r", "70"])
        .arg(&file)
        .arg(&stem)
        .status()
        .expect("pdftoppm");
    assert!(status.success(), "pdftoppm {path}");
    dismiss_toasts(app).await;
    shot_at(
        app,
        "[data-testid=customer-support]",
        &format!("support-customer-sheet-{code}.png"),
    )
    .await;
    file
}
