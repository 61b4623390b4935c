//! A book that cannot be written opens for reading, and the window says why above every
//! page, in the user's language.
//!
//! Tests run as root, which ignores permission bits: the file is made immutable
//! (`chattr +i`, which binds root too) for a file that cannot be written, and pages of
//! the file are scribbled over for a damaged one.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::Arc;

use ardoise_app::demo::DemoOptions;
use ardoise_app::{Ardoise, FixedClock};
use ardoise_e2e::fixtures::{click, shot};
use ardoise_e2e::App;
use chrono::NaiveDate;

const TODAY: &str = "2026-11-25";

/// A small demo book at `db`, closed.
fn demo_book(db: &Path) {
    let today = NaiveDate::parse_from_str(TODAY, "%Y-%m-%d").expect("date");
    let mut b = Ardoise::open(db, Arc::new(FixedClock::on(today))).expect("a new book");
    let s = b.admin_session().expect("session");
    b.seed_demo(
        &s,
        DemoOptions {
            customers: 12,
            ..DemoOptions::default()
        },
    )
    .expect("demo data");
}

/// Makes a file immutable for as long as it lives.
struct Immutable(PathBuf);

impl Immutable {
    fn make(path: &Path) -> Immutable {
        let ok = Command::new("chattr")
            .arg("+i")
            .arg(path)
            .status()
            .expect("chattr (e2fsprogs)");
        assert!(
            ok.success(),
            "chattr +i {} failed: the test needs a filesystem with immutable files (ext4, xfs, btrfs)",
            path.display()
        );
        Immutable(path.to_path_buf())
    }
}

impl Drop for Immutable {
    fn drop(&mut self) {
        let _ = Command::new("chattr").arg("-i").arg(&self.0).status();
    }
}

async fn banner(app: &App, reason: &str) -> String {
    let shown = app
        .wait_for(
            "the read-only banner",
            "[data-testid=read-only-banner]",
            |t| t.first().is_some_and(|t| t.contains("lecture seule")),
        )
        .await;
    app.find(&format!(
        "[data-testid=read-only-banner] [data-reason={reason}]"
    ))
    .await;
    shown[0].text().await.unwrap_or_default()
}

#[tokio::test(flavor = "multi_thread")]
async fn a_book_file_that_cannot_be_written_opens_with_a_banner_saying_why() {
    let dir = tempfile::tempdir().expect("temp dir");
    let db = dir.path().join("book.db");
    demo_book(&db);
    let _lock = Immutable::make(&db);
    let before = std::fs::read(&db).expect("the book");

    let app = App::launch(&db, TODAY, "fr_FR.UTF-8").await;
    let text = banner(&app, "file").await;
    assert!(text.contains("book.db ne peut pas être modifié"), "{text}");
    // Reading works: the customers are there.
    click(&app, "[data-testid=nav-customers]").await;
    app.wait_for("the customers", "[data-testid=customer-row]", |t| {
        t.len() >= 12
    })
    .await;
    shot(&app, "read-only-file-fr.png").await;
    app.quit().await;
    assert_eq!(std::fs::read(&db).expect("the book"), before, "untouched");
}

#[tokio::test(flavor = "multi_thread")]
async fn a_damaged_book_opens_for_reading_with_a_banner_saying_why() {
    let dir = tempfile::tempdir().expect("temp dir");
    let db = dir.path().join("book.db");
    demo_book(&db);
    // Scribble over a few pages near the end of the file (the latest history).
    let mut bytes = std::fs::read(&db).expect("the book");
    let at = bytes.len() - 3 * 4096;
    for b in &mut bytes[at..at + 2 * 4096] {
        *b = 0x5A;
    }
    std::fs::write(&db, &bytes).expect("damaged");

    let app = App::launch(&db, TODAY, "fr_FR.UTF-8").await;
    let text = banner(&app, "corrupt").await;
    assert!(text.contains("endommagé"), "{text}");
    shot(&app, "read-only-corrupt-fr.png").await;
    app.quit().await;
    assert_eq!(
        std::fs::read(&db).expect("the book"),
        bytes,
        "nothing written"
    );
}
