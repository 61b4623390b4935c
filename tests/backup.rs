//! Backups and restore in the real window: Today warns that the book was never backed
//! up; Settings takes a folder (the native dialog, answered by the test), backs up; a
//! customer is added; the backup is restored in the window, the customer is gone, and
//! the replaced book is kept beside the book with the customer in it.
//!
//! Native dialogs are out of WebDriver's reach: debug builds answer them from the file
//! named by `ARDOISE_E2E_PICK`, which the test writes before each click.

use std::path::{Path, PathBuf};

use ardoise_e2e::fixtures::{book, click, shot};
use ardoise_e2e::App;

const TODAY: &str = "2026-11-25";
const NAME: &str = "Boulangerie Après-Sauvegarde";

fn customers_in(db: &Path) -> Vec<String> {
    let (b, s) = book(db, TODAY);
    b.customers(&s)
        .expect("customers")
        .into_iter()
        .map(|c| c.legal_name)
        .collect()
}

fn answer(pick: &Path, with: &Path) {
    std::fs::write(pick, with.display().to_string()).expect("answer the dialog");
}

#[tokio::test(flavor = "multi_thread")]
async fn back_up_change_something_restore_in_the_window_and_the_change_is_gone() {
    let dir = tempfile::tempdir().expect("temp dir");
    let db = dir.path().join("book.db");
    let pick = dir.path().join("pick.txt");
    std::fs::write(&pick, "").expect("no answer yet");
    // Inherited by tauri-driver and the app it starts.
    std::env::set_var("ARDOISE_E2E_PICK", &pick);
    let app = App::launch(&db, TODAY, "fr_FR.UTF-8").await;
    app.start_demo().await;
    app.wait_for("the demo customers", "[data-testid=customer-row]", |t| {
        t.len() >= 20
    })
    .await;

    // Today: never backed up, said so, in French.
    click(&app, "[data-testid=nav-today]").await;
    let warning = app
        .wait_for("the backup warning", "[data-testid=backup-warning]", |t| {
            t.first()
                .is_some_and(|s| s.contains("Aucune sauvegarde récente"))
        })
        .await;
    let text = warning[0].text().await.unwrap_or_default();
    assert!(text.contains("jamais été sauvegardé"), "{text}");
    shot(&app, "backup-warning-fr.png").await;

    // Settings: a folder of the partner's choice, then a backup now.
    click(&app, "[data-testid=nav-settings]").await;
    app.wait_for("the backup section", "[data-testid=backup-last]", |t| {
        t.first().is_some_and(|s| s.contains("Aucune sauvegarde"))
    })
    .await;
    let folder = dir.path().join("Mes sauvegardes");
    answer(&pick, &folder);
    click(&app, "[data-testid=backup-folder-choose]").await;
    app.wait_for("the chosen folder", "[data-testid=backup-folder]", |t| {
        t.first().is_some_and(|s| s.contains("Mes sauvegardes"))
    })
    .await;
    click(&app, "[data-testid=backup-now]").await;
    app.wait_for("the last backup", "[data-testid=backup-last]", |t| {
        t.first().is_some_and(|s| s.contains("ardoise-"))
    })
    .await;
    shot(&app, "backup-settings-fr.png").await;
    let backups: Vec<PathBuf> = std::fs::read_dir(&folder)
        .expect("the backup folder")
        .map(|e| e.expect("entry").path())
        .collect();
    assert_eq!(backups.len(), 1, "{backups:?}");
    let backup = backups[0].clone();
    assert!(!customers_in(&backup).iter().any(|n| n == NAME));
    let before = customers_in(&db).len();

    // A change after the backup.
    click(&app, "[data-testid=nav-customers]").await;
    click(&app, "[data-testid=new-customer]").await;
    app.find("[data-testid=customer-form]").await;
    app.fill("legal_name", NAME).await;
    app.fill("vat_number", "FR40 303 265 045").await;
    app.fill("address_line1", "3 place du Marché").await;
    app.fill("postal_code", "69001").await;
    app.fill("city", "Lyon").await;
    app.find("[data-testid=save]")
        .await
        .click()
        .await
        .expect("save");
    let mut saved = false;
    for _ in 0..50 {
        if customers_in(&db).iter().any(|n| n == NAME) {
            saved = true;
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(200)).await;
    }
    assert!(saved, "the new customer is in the book");
    assert_eq!(customers_in(&db).len(), before + 1);

    // Restore the backup in the window: picked, checked, confirmed with what happens.
    click(&app, "[data-testid=nav-settings]").await;
    app.find("[data-testid=backup-settings]").await;
    answer(&pick, &backup);
    click(&app, "[data-testid=restore-choose]").await;
    let dialog = app
        .wait_for("the confirmation", "[data-testid=confirm-dialog]", |t| {
            t.first().is_some_and(|s| s.contains("sera remplacé"))
        })
        .await;
    let asked = dialog[0].text().await.unwrap_or_default();
    assert!(asked.contains("ardoise-2026-"), "{asked}");
    assert!(asked.contains(&format!("{before} clients")), "{asked}");
    shot(&app, "backup-restore-confirm-fr.png").await;
    click(
        &app,
        "[data-testid=confirm-dialog] [data-testid=confirm-ok]",
    )
    .await;

    // A restore replaces the accounts too, so the window asks who is there again; on the
    // restored book the customer added since is gone.
    let notice = app
        .wait_for("the restore said", "[data-testid=restored-notice]", |t| {
            t.first()
                .is_some_and(|s| s.contains("Sauvegarde restaurée"))
        })
        .await;
    let said = notice[0].text().await.unwrap_or_default();
    assert!(said.contains("connectez-vous à nouveau"), "{said}");
    assert!(said.contains("book.replaced-"), "{said}");
    shot(&app, "backup-restored-sign-in-fr.png").await;
    app.sign_in("admin", "demo").await;
    click(&app, "[data-testid=nav-customers]").await;
    app.wait_for("the customers", "[data-testid=customer-row]", |t| {
        t.len() == before && !t.iter().any(|s| s.contains(NAME))
    })
    .await;
    app.quit().await;

    let names = customers_in(&db);
    assert_eq!(names.len(), before);
    assert!(!names.iter().any(|n| n == NAME), "the change is gone");
    let replaced: Vec<PathBuf> = std::fs::read_dir(dir.path())
        .expect("the book's folder")
        .map(|e| e.expect("entry").path())
        .filter(|p| {
            p.file_name()
                .and_then(|n| n.to_str())
                .is_some_and(|n| n.starts_with("book.replaced-"))
        })
        .collect();
    assert_eq!(replaced.len(), 1, "the replaced book is kept aside");
    assert!(customers_in(&replaced[0]).iter().any(|n| n == NAME));
}
