//! People in the window: a new book asks for its administrator first; each role sees and
//! may do its own work only (the shell refuses what the window hides, called straight
//! through the IPC as a script in the page would); a wrong password makes the next try
//! wait longer; a deactivated account is refused; the window locks on Ctrl+L and after
//! the idle time, and the shell refuses every command while it is locked.

use std::time::Duration;

use ardoise_e2e::fixtures::{book, click, shot};
use ardoise_e2e::inspect::{overflowing, page_overflows, texts};
use ardoise_e2e::{App, DEMO_PASSWORD, FIRST_ADMIN, SIGNED_IN, SIGN_IN};
use serde_json::{json, Value};
use thirtyfour::prelude::*;

const TODAY: &str = "2026-11-25";

/// Calls `command` with `args` from the page; the error as `code: message`, or "ok".
async fn invoke(app: &App, command: &str, args: Value) -> String {
    let result = app
        .web
        .execute(
            "return window.__TAURI_INTERNALS__.invoke(arguments[0], arguments[1])
                .then(() => 'ok', (e) => e && e.code ? `${e.code}: ${e.message}` : String(e))",
            vec![json!(command), args],
        )
        .await
        .unwrap_or_else(|e| panic!("{command}: {e}"));
    result.json().as_str().unwrap_or_default().to_string()
}

async fn resize(app: &App, width: u32) {
    app.web
        .set_window_rect(0, 0, width, 800)
        .await
        .expect("resize the window");
    tokio::time::sleep(Duration::from_millis(400)).await;
}

/// The sign-in form sent as `username` with `password`; the sentence it then shows.
async fn refused_sign_in(app: &App, username: &str, password: &str) -> String {
    app.fill("username", username).await;
    app.fill("password", password).await;
    let before = texts(app, "[data-testid=form-error]").await;
    click(app, "[data-testid=sign-in-submit]").await;
    // A new sentence, or the same one again once the button is back.
    let started = std::time::Instant::now();
    loop {
        tokio::time::sleep(Duration::from_millis(100)).await;
        let now = texts(app, "[data-testid=form-error]").await;
        let busy = texts(app, "[data-testid=sign-in-submit]:disabled").await;
        if !now.is_empty()
            && busy.is_empty()
            && (now != before || started.elapsed() > Duration::from_secs(3))
        {
            return now.join(" ");
        }
        assert!(
            started.elapsed() < Duration::from_secs(15),
            "no refusal shown"
        );
    }
}

/// The number of seconds a « Réessayez dans N s » sentence asks to wait.
fn seconds_in(sentence: &str) -> u64 {
    sentence
        .split(|c: char| !c.is_ascii_digit())
        .find(|w| !w.is_empty())
        .and_then(|w| w.parse().ok())
        .unwrap_or_else(|| panic!("no number of seconds in {sentence:?}"))
}

async fn sign_out(app: &App) {
    click(app, "[data-testid=user-menu]").await;
    click(app, "[data-testid=menu-sign-out]").await;
    app.find(SIGN_IN).await;
}

/// Nothing cramped and nothing wider than the window in what `css` matches.
async fn roomy(app: &App, css: &str, what: &str) {
    let cramped = overflowing(app, css).await;
    assert!(cramped.is_empty(), "{what}: {cramped:?}");
    assert!(
        !page_overflows(app).await,
        "{what}: the page scrolls sideways"
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn a_new_book_asks_for_its_administrator_with_every_role() {
    let dir = tempfile::tempdir().expect("temp dir");
    let db = dir.path().join("book.db");
    let app = App::launch_signed_out(&db, TODAY, "fr_FR.UTF-8", &[]).await;
    click(&app, "[data-testid=start-empty]").await;
    app.wait_for(
        "the first administrator",
        "[data-testid=first-admin-title]",
        |t| {
            t.first()
                .is_some_and(|s| s == "Créer le compte administrateur")
        },
    )
    .await;
    let intro = texts(&app, "[data-testid=first-admin] .intro")
        .await
        .join(" ");
    assert!(intro.contains("tous les rôles"), "{intro}");
    resize(&app, 960).await;
    shot(&app, "staff-first-admin-fr-960.png").await;

    // Too short, said under the field with the rule; nothing is created.
    app.fill("display_name", "Camille Roux").await;
    app.fill("username", "camille").await;
    app.fill("title", "Gérante").await;
    app.fill("password", "court").await;
    app.fill("password2", "court").await;
    click(&app, "[data-testid=first-admin-submit]").await;
    let rule = app
        .wait_for("the password rule", "[data-testid=error-password]", |t| {
            !t.is_empty()
        })
        .await;
    let rule = rule[0].text().await.unwrap_or_default();
    assert!(rule.contains("10"), "{rule}");
    shot(&app, "staff-first-admin-refused-fr.png").await;
    assert!(app.all(FIRST_ADMIN).await.len() == 1);

    // Typed differently the second time: the window says so before sending anything.
    app.fill("password", "une phrase assez longue").await;
    app.fill("password2", "une phrase assez longe").await;
    click(&app, "[data-testid=first-admin-submit]").await;
    app.wait_for("the mismatch", "[data-testid=error-password2]", |t| {
        t.first().is_some_and(|s| s.contains("identiques"))
    })
    .await;

    app.fill("password2", "une phrase assez longue").await;
    click(&app, "[data-testid=first-admin-submit]").await;
    app.wait_for(
        "the administrator signed in",
        "[data-testid=signed-in-name]",
        |t| t.first().is_some_and(|s| s == "Camille Roux"),
    )
    .await;
    // Every role: the staff page and the billing are both offered.
    app.find("[data-testid=nav-staff]").await;
    app.find("[data-testid=nav-payments]").await;
    app.quit().await;

    let (b, _) = book(&db, TODAY);
    let camille = b
        .sign_in("camille", "une phrase assez longue")
        .expect("the account signs in");
    assert_eq!(camille.display_name, "Camille Roux");
    assert_eq!(camille.roles.len(), 4, "{:?}", camille.roles);
}

#[tokio::test(flavor = "multi_thread")]
async fn each_role_sees_its_own_work_and_the_shell_refuses_the_rest() {
    let dir = tempfile::tempdir().expect("temp dir");
    let db = dir.path().join("book.db");
    let app = App::launch_signed_out(&db, TODAY, "fr_FR.UTF-8", &[]).await;
    resize(&app, 1280).await;
    click(&app, "[data-testid=start-demo]").await;
    app.find(SIGN_IN).await;
    let demo = texts(&app, "[data-testid=demo-accounts]").await.join(" ");
    assert!(
        demo.contains("admin") && demo.contains("«\u{202f}demo\u{202f}»"),
        "{demo}"
    );
    // Before anyone signs in, the shell gives nothing of the book.
    let nobody = invoke(&app, "customers_list", json!({})).await;
    assert!(nobody.starts_with("not_signed_in: "), "{nobody}");
    shot(&app, "staff-sign-in-fr.png").await;

    // A wrong password, then at once another: the second must wait; after the wait a
    // third wrong one makes the next wait longer.
    let first = refused_sign_in(&app, "support", "pas le bon").await;
    let wait_1 = refused_sign_in(&app, "support", "pas le bon").await;
    assert_ne!(first, wait_1, "the second try is asked to wait");
    tokio::time::sleep(Duration::from_millis(1000 * seconds_in(&wait_1) + 300)).await;
    let again = refused_sign_in(&app, "support", "toujours pas").await;
    assert_eq!(
        again, first,
        "after the wait, the password is checked again"
    );
    let wait_2 = refused_sign_in(&app, "support", "toujours pas").await;
    assert!(
        seconds_in(&wait_2) > seconds_in(&wait_1),
        "the delay grows: {wait_1:?} then {wait_2:?}"
    );
    shot(&app, "staff-sign-in-delay-fr.png").await;

    // The sales agent: no payments, collections or staff; no billing run, no issue.
    app.sign_in("sales", DEMO_PASSWORD).await;
    app.wait_for("the sales agent", "[data-testid=signed-in-name]", |t| {
        t.first().is_some_and(|s| s == "Inès Moreau")
    })
    .await;
    for hidden in ["nav-payments", "nav-collections", "nav-staff"] {
        assert!(
            app.all(&format!("[data-testid={hidden}]")).await.is_empty(),
            "{hidden} shown to sales"
        );
    }
    click(&app, "[data-testid=nav-invoices]").await;
    app.wait_for("the invoices", "[data-testid=invoice-row]", |t| {
        !t.is_empty()
    })
    .await;
    assert!(app.all("[data-testid=billing-run]").await.is_empty());
    shot(&app, "staff-sales-invoices-fr.png").await;
    // Called straight from the page, the billing is refused, in words.
    for (command, args) in [
        ("bill", json!({ "period": "2026-11" })),
        ("invoices_issue", json!({ "ids": [1] })),
    ] {
        let refused = invoke(&app, command, args).await;
        assert!(refused.starts_with("forbidden: "), "{command}: {refused}");
        assert!(
            !refused.contains("edit_invoices"),
            "a code where words belong: {refused}"
        );
    }
    sign_out(&app).await;

    // The billing administrator bills the month and issues it.
    app.sign_in("billing", DEMO_PASSWORD).await;
    click(&app, "[data-testid=nav-invoices]").await;
    click(&app, "[data-testid=billing-run]").await;
    click(&app, "[data-testid=run]").await;
    let drafts = app
        .wait_for("the drafts", "[data-testid=draft-row]", |t| !t.is_empty())
        .await
        .len();
    click(&app, "[data-testid=issue-all]").await;
    app.find("[data-testid=confirm-dialog]").await;
    click(&app, "[data-testid=confirm-ok]").await;
    app.wait_for("the issued invoices", "[data-testid=issued-row]", |t| {
        t.len() == drafts
    })
    .await;

    // The letters of the day may be signed by the person producing them.
    click(&app, "[data-testid=nav-collections]").await;
    app.wait_for("who signs", "[data-testid=signed-by]", |t| {
        t.first()
            .is_some_and(|s| s.contains("moi (Hugo Petit, Comptabilité)"))
    })
    .await;

    // Ctrl+L, typed in a dialog: the lock screen hides the book and the dialog, and the
    // shell refuses meanwhile.
    click(&app, "[data-testid=user-menu]").await;
    click(&app, "[data-testid=menu-change-password]").await;
    app.find("[data-testid=change-password] [name=current]")
        .await
        .send_keys(Key::Control + "l")
        .await
        .expect("Ctrl+L");
    app.wait_for("the lock screen", "[data-testid=lock-screen-title]", |t| {
        t.first().is_some_and(|s| s == "Verrouillé — Hugo Petit")
    })
    .await;
    let locked = invoke(&app, "invoices_list", json!({ "filter": {} })).await;
    assert!(locked.starts_with("locked: "), "{locked}");
    shot(&app, "staff-locked-fr.png").await;
    app.fill("unlock_password", "pas le bon").await;
    click(&app, "[data-testid=unlock-submit]").await;
    app.wait_for(
        "the wrong password",
        "[data-testid=lock-screen] [data-testid=form-error]",
        |t| !t.is_empty(),
    )
    .await;
    assert!(!app.all("[data-testid=lock-screen]").await.is_empty());
    // The delay of a wrong password passes before the right one is checked.
    tokio::time::sleep(Duration::from_millis(1300)).await;
    app.fill("unlock_password", DEMO_PASSWORD).await;
    click(&app, "[data-testid=unlock-submit]").await;
    app.wait_for("the window again", "[data-testid=lock-screen]", |t| {
        t.is_empty()
    })
    .await;
    click(&app, "[data-testid=change-password] [data-testid=cancel]").await;
    app.find("[data-testid=signed-by]").await;
    sign_out(&app).await;

    // The administrator deactivates the support agent, who is then refused.
    app.sign_in("admin", DEMO_PASSWORD).await;
    click(&app, "[data-testid=nav-staff]").await;
    let row = "[data-testid=staff-row][data-username=support]";
    app.find(row).await;
    shot(&app, "staff-page-fr.png").await;
    roomy(
        &app,
        "[data-testid=staff-table] td, [data-testid=staff-table] th",
        "staff page at 1280",
    )
    .await;
    click(&app, &format!("{row} [data-testid=staff-deactivate]")).await;
    app.find("[data-testid=confirm-dialog]").await;
    click(&app, "[data-testid=confirm-ok]").await;
    app.wait_for(
        "support deactivated",
        &format!("{row} [data-testid=staff-state]"),
        |t| t.first().is_some_and(|s| s == "Désactivé"),
    )
    .await;
    resize(&app, 960).await;
    shot(&app, "staff-page-fr-960.png").await;
    roomy(
        &app,
        "[data-testid=staff-table] td, [data-testid=staff-table] th",
        "staff page at 960",
    )
    .await;
    sign_out(&app).await;
    tokio::time::sleep(Duration::from_millis(2500)).await;
    let deactivated = refused_sign_in(&app, "support", DEMO_PASSWORD).await;
    assert!(deactivated.contains("désactivé"), "{deactivated}");
    app.quit().await;

    let (b, _) = book(&db, TODAY);
    assert!(
        b.sign_in("support", DEMO_PASSWORD).is_err(),
        "a deactivated account signs in"
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn the_last_administrator_keeps_the_role_and_the_window_locks_when_idle() {
    let dir = tempfile::tempdir().expect("temp dir");
    let db = dir.path().join("book.db");
    let app = App::launch(&db, TODAY, "en_GB.UTF-8").await;
    resize(&app, 1280).await;
    app.start_demo().await;

    // The last user management administrator cannot take that role from themself.
    click(&app, "[data-testid=nav-staff]").await;
    let me = "[data-testid=staff-row][data-username=admin]";
    app.find(me).await;
    let roles_before = texts(&app, &format!("{me} [data-testid=staff-roles-cell]")).await;
    click(&app, &format!("{me} [data-testid=staff-edit-roles]")).await;
    click(&app, "[data-testid=role-user_admin]").await;
    click(&app, "[data-testid=staff-roles-save]").await;
    let refusal = app
        .wait_for(
            "the refusal",
            "[data-testid=staff-roles] [data-testid=form-error], [data-testid=error-roles]",
            |t| !t.is_empty(),
        )
        .await;
    let refusal = refusal[0].text().await.unwrap_or_default();
    assert!(
        refusal.to_lowercase().contains("administrator"),
        "{refusal}"
    );
    shot(&app, "staff-last-admin-en.png").await;
    click(&app, "[data-testid=staff-roles] [data-testid=cancel]").await;
    assert_eq!(
        texts(&app, &format!("{me} [data-testid=staff-roles-cell]")).await,
        roles_before
    );

    // The add form, its refusals beside each field.
    click(&app, "[data-testid=staff-add-open]").await;
    click(&app, "[data-testid=staff-add-save]").await;
    app.wait_for(
        "the fields at fault",
        "[data-testid=staff-add] .error",
        |t| t.len() >= 3,
    )
    .await;
    shot(&app, "staff-add-en.png").await;
    app.fill("display_name", "Noé Martin").await;
    app.fill("username", "noe").await;
    app.fill("password", "a long enough phrase").await;
    click(&app, "[data-testid=role-support_agent]").await;
    click(&app, "[data-testid=staff-add-save]").await;
    app.find("[data-testid=staff-row][data-username=noe]").await;
    shot(&app, "staff-page-en.png").await;
    resize(&app, 960).await;
    shot(&app, "staff-page-en-960.png").await;
    roomy(
        &app,
        "[data-testid=staff-table] td, [data-testid=staff-table] th",
        "staff page in English at 960",
    )
    .await;
    app.quit().await;

    // Started again with a short idle time (signed in as the administrator): nothing
    // typed nor clicked for that long locks the window.
    let app = App::launch_with(&db, TODAY, "en_GB.UTF-8", &[("ARDOISE_IDLE_SECONDS", "3")]).await;
    app.find(SIGNED_IN).await;
    tokio::time::sleep(Duration::from_secs(4)).await;
    app.wait_for("the idle lock", "[data-testid=lock-screen-title]", |t| {
        t.first().is_some_and(|s| s == "Locked — Camille Roux")
    })
    .await;
    let locked = invoke(&app, "customers_list", json!({})).await;
    assert!(locked.starts_with("locked: "), "{locked}");
    shot(&app, "staff-locked-en.png").await;
    app.fill("unlock_password", DEMO_PASSWORD).await;
    click(&app, "[data-testid=unlock-submit]").await;
    app.wait_for("the window again", "[data-testid=lock-screen]", |t| {
        t.is_empty()
    })
    .await;
    assert!(invoke(&app, "customers_list", json!({})).await == "ok");
    app.quit().await;
}
