//! Staff accounts against a real book file: the first administrator, signing in with its
//! growing delay, and each refusal said in a sentence with nothing changed.

use std::path::Path;
use std::sync::Arc;

use ardoise_app::clock::ManualClock;
use ardoise_app::domain::customer::CustomerForm;
use ardoise_app::domain::staff::{FirstAdminForm, Role, StaffForm};
use ardoise_app::domain::Lang;
use ardoise_app::{AppError, Ardoise, Session};
use chrono::{Duration, TimeZone, Utc};
use rusqlite::Connection;

fn book(path: &Path) -> (Ardoise, Arc<ManualClock>) {
    let clock = Arc::new(ManualClock::at(
        Utc.with_ymd_and_hms(2026, 12, 1, 9, 0, 0).unwrap(),
    ));
    (Ardoise::open(path, clock.clone()).unwrap(), clock)
}

fn first_admin() -> FirstAdminForm {
    FirstAdminForm {
        username: "Camille".into(),
        display_name: "Camille Roux".into(),
        title: "Gérante".into(),
        password: "un long mot de passe".into(),
    }
}

fn form(username: &str, roles: &[Role]) -> StaffForm {
    StaffForm {
        username: username.into(),
        display_name: format!("{username} Personne"),
        title: String::new(),
        roles: roles.to_vec(),
        password: "dix caractères".into(),
    }
}

/// Every staff row and role as the sqlite3 shell sees them.
fn staff_rows(path: &Path) -> Vec<String> {
    let c = Connection::open(path).unwrap();
    let mut st = c
        .prepare(
            "SELECT s.id || '|' || username || '|' || display_name || '|' || title || '|' ||
                    active || '|' || ifnull(password_hash, '') || '|' || failed_logins || '|' ||
                    ifnull((SELECT group_concat(role) FROM staff_roles r WHERE r.staff_id = s.id), '')
             FROM staff s ORDER BY id",
        )
        .unwrap();
    st.query_map([], |r| r.get(0))
        .unwrap()
        .collect::<rusqlite::Result<_>>()
        .unwrap()
}

fn audit_actions(path: &Path) -> Vec<String> {
    let c = Connection::open(path).unwrap();
    let mut st = c
        .prepare("SELECT action FROM audit_log WHERE entity = 'staff' ORDER BY id")
        .unwrap();
    st.query_map([], |r| r.get(0))
        .unwrap()
        .collect::<rusqlite::Result<_>>()
        .unwrap()
}

fn fr(e: &AppError) -> String {
    e.view(Lang::Fr).message
}

#[test]
fn the_first_administrator_takes_the_built_in_account_over_once() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("book.db");
    let (b, _) = book(&path);
    assert!(b.sign_in_state().unwrap().needs_first_admin);
    // The built-in account has no password: nobody signs in as it.
    assert!(matches!(
        b.sign_in("admin", ""),
        Err(AppError::WrongPassword)
    ));

    // A change made before accounts existed, by the built-in administrator.
    let built_in = b.admin_session().unwrap();
    let customer = b.create_customer(&built_in, &customer_form()).unwrap();

    let bad = FirstAdminForm {
        password: "court".into(),
        username: "x".into(),
        ..first_admin()
    };
    let refused = b.create_first_admin(&bad).unwrap_err();
    let view = refused.view(Lang::Fr);
    let fields: Vec<&str> = view.fields.iter().map(|f| f.field.as_str()).collect();
    assert_eq!(fields, ["username", "password"]);
    assert!(view
        .fields
        .iter()
        .any(|f| f.message == "Le mot de passe doit compter au moins 10 caractères."));
    assert!(b.sign_in_state().unwrap().needs_first_admin);

    let s = b.create_first_admin(&first_admin()).unwrap();
    assert_eq!(s.staff_id, 1);
    assert_eq!(s.roles, Role::ALL.to_vec());
    assert!(!b.sign_in_state().unwrap().needs_first_admin);
    let view = b.session_view(&s).unwrap();
    assert_eq!(
        (view.username.as_str(), view.title.as_str()),
        ("camille", "Gérante")
    );
    assert_eq!(view.idle_lock_minutes, 15);
    // The log's earlier entry now names the real person.
    let trail = b.customer_audit(&s, customer).unwrap_or_default();
    assert!(trail.iter().all(|name| name == "Camille Roux"), "{trail:?}");

    let before = staff_rows(&path);
    let again = b
        .create_first_admin(&FirstAdminForm {
            username: "mallory".into(),
            ..first_admin()
        })
        .unwrap_err();
    assert!(matches!(again, AppError::FirstAdminExists));
    assert_eq!(staff_rows(&path), before);
    assert_eq!(
        b.sign_in("CAMILLE", "un long mot de passe")
            .unwrap()
            .staff_id,
        1
    );
}

fn customer_form() -> CustomerForm {
    CustomerForm {
        legal_name: "Boulangerie Martin".into(),
        country: "FR".into(),
        address_line1: "1 rue du Four".into(),
        postal_code: "75001".into(),
        city: "Paris".into(),
        language: "fr".into(),
        currency: "EUR".into(),
        payment_terms_days: "30".into(),
        status: "active".into(),
        ..Default::default()
    }
}

/// The names the audit log gives for one customer's entries.
trait CustomerAudit {
    fn customer_audit(&self, s: &Session, id: i64) -> Option<Vec<String>>;
}

impl CustomerAudit for Ardoise {
    fn customer_audit(&self, _s: &Session, id: i64) -> Option<Vec<String>> {
        let c = Connection::open(self.path()).ok()?;
        let mut st = c
            .prepare(
                "SELECT s.display_name FROM audit_log a JOIN staff s ON s.id = a.staff_id
                 WHERE a.entity = 'customer' AND a.entity_id = ?1",
            )
            .ok()?;
        let names: Vec<String> = st
            .query_map([id], |r| r.get(0))
            .ok()?
            .collect::<rusqlite::Result<_>>()
            .ok()?;
        assert!(!names.is_empty());
        Some(names)
    }
}

#[test]
fn each_failure_makes_the_next_try_wait_longer_and_success_resets_it() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("book.db");
    let (b, clock) = book(&path);
    b.create_first_admin(&first_admin()).unwrap();
    let start = clock.now_for_test();
    let right = "un long mot de passe";

    assert!(matches!(
        b.sign_in("camille", "faux"),
        Err(AppError::WrongPassword)
    ));
    // At once: refused before the password is even looked at, and not counted.
    let e = b.sign_in("camille", right).unwrap_err();
    assert!(matches!(e, AppError::TryAgainIn { seconds: 1 }), "{e:?}");
    clock.set_instant(start + Duration::seconds(1));
    assert!(matches!(
        b.sign_in("camille", "faux"),
        Err(AppError::WrongPassword)
    ));
    let e = b.sign_in("camille", "faux").unwrap_err();
    assert!(matches!(e, AppError::TryAgainIn { seconds: 2 }), "{e:?}");
    clock.set_instant(start + Duration::seconds(3));
    assert!(matches!(
        b.sign_in("camille", "faux"),
        Err(AppError::WrongPassword)
    ));
    let e = b.sign_in("camille", right).unwrap_err();
    assert_eq!(fr(&e), "Trop d’essais. Réessayez dans 4\u{a0}s.");
    assert_eq!(
        e.view(Lang::En).message,
        "Too many attempts. Try again in 4 s."
    );
    clock.set_instant(start + Duration::milliseconds(5500));
    let e = b.sign_in("camille", right).unwrap_err();
    assert!(matches!(e, AppError::TryAgainIn { seconds: 2 }), "{e:?}");
    clock.set_instant(start + Duration::seconds(7));
    b.sign_in("camille", right).unwrap();
    // Reset: a new failure waits one second again.
    assert!(matches!(
        b.sign_in("camille", "faux"),
        Err(AppError::WrongPassword)
    ));
    let e = b.sign_in("camille", right).unwrap_err();
    assert!(matches!(e, AppError::TryAgainIn { seconds: 1 }), "{e:?}");

    assert_eq!(
        audit_actions(&path),
        [
            "staff.first_admin",
            "staff.sign_in_failed",
            "staff.sign_in_failed",
            "staff.sign_in_failed",
            "staff.sign_in",
            "staff.sign_in_failed",
        ]
    );
    // An unknown name reads like a wrong password, and leaves nothing to count.
    let e = b.sign_in("personne", right).unwrap_err();
    assert_eq!(fr(&e), "Identifiant ou mot de passe incorrect.");
}

trait Now {
    fn now_for_test(&self) -> chrono::DateTime<Utc>;
}

impl Now for ManualClock {
    fn now_for_test(&self) -> chrono::DateTime<Utc> {
        use ardoise_app::Clock;
        self.now()
    }
}

fn admin_book(path: &Path) -> (Ardoise, Session) {
    let (b, _) = book(path);
    let s = b.create_first_admin(&first_admin()).unwrap();
    (b, s)
}

#[test]
fn a_deactivated_account_is_refused_and_its_name_stays() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("book.db");
    let (b, admin) = admin_book(&path);
    let lea = b
        .staff_add(&admin, &form("lea", &[Role::SupportAgent]))
        .unwrap();
    let s = b.sign_in("lea", "dix caractères").unwrap();
    assert_eq!(s.roles, [Role::SupportAgent]);
    b.staff_deactivate(&admin, lea).unwrap();
    let e = b.sign_in("lea", "dix caractères").unwrap_err();
    assert_eq!(
        fr(&e),
        "Ce compte est désactivé. Demandez à un administrateur de le réactiver."
    );
    // A wrong password says nothing about the account.
    assert!(matches!(
        b.sign_in("lea", "pas le bon mot"),
        Err(AppError::WrongPassword)
    ));
    // A session held in a window ends at its next call.
    assert!(matches!(b.session(lea), Err(AppError::AccountDeactivated)));
    let listed = b.staff_list(&admin).unwrap();
    assert!(listed.iter().any(|v| v.id == lea && !v.active));
    // Never deleted, even through SQL.
    let c = Connection::open(&path).unwrap();
    let e = c
        .execute("DELETE FROM staff WHERE id = ?1", [lea])
        .unwrap_err();
    assert!(e.to_string().contains("never deleted"), "{e}");
    let e = c
        .execute(
            "INSERT OR REPLACE INTO staff (id, username, display_name, created_at) VALUES (?1, 'x', 'x', '')",
            [lea],
        )
        .unwrap_err();
    assert!(e.to_string().contains("duplicate"), "{e}");
    b.staff_reactivate(&admin, lea).unwrap();
    b.sign_in("lea", "pas le bon mot").unwrap_err();
}

#[test]
fn refusals_say_why_and_change_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("book.db");
    let (b, admin) = admin_book(&path);
    let hugo = b
        .staff_add(&admin, &form("hugo", &[Role::BillingAdmin]))
        .unwrap();
    let before = staff_rows(&path);

    // Too short a password, the rule said; every field at fault listed.
    let mut short = form("ines", &[]);
    short.password = "123456789".into();
    let view = b.staff_add(&admin, &short).unwrap_err().view(Lang::Fr);
    assert_eq!(view.code, "invalid_input");
    let fields: Vec<(&str, &str)> = view
        .fields
        .iter()
        .map(|f| (f.field.as_str(), f.message.as_str()))
        .collect();
    assert_eq!(
        fields,
        [
            ("roles", "Choisissez au moins un rôle."),
            (
                "password",
                "Le mot de passe doit compter au moins 10 caractères."
            )
        ]
    );
    let e = b
        .staff_reset_password(&admin, hugo, "")
        .unwrap_err()
        .view(Lang::En);
    assert_eq!(
        e.fields[0].message,
        "The password must have at least 10 characters."
    );
    // The same user name, whatever its case.
    let e = b
        .staff_add(&admin, &form("HUGO", &[Role::SalesAgent]))
        .unwrap_err();
    assert!(
        matches!(e, AppError::Duplicate(ref f) if f == "username"),
        "{e:?}"
    );
    // The last administrator removing their own role, or closing their own account.
    let e = b
        .staff_set_roles(&admin, admin.staff_id, &[Role::BillingAdmin])
        .unwrap_err();
    assert_eq!(
        fr(&e),
        "Camille Roux est le dernier administrateur de gestion des utilisateurs actif\u{202f}: donnez d’abord ce rôle à une autre personne."
    );
    assert!(matches!(
        b.staff_deactivate(&admin, admin.staff_id),
        Err(AppError::LastAdmin(_))
    ));
    assert!(matches!(
        b.staff_deactivate(&admin, 99),
        Err(AppError::NotFound(_))
    ));
    // The wrong current password.
    let e = b
        .change_password(&admin, "pas le mien", "un autre long mot")
        .unwrap_err();
    assert!(matches!(e, AppError::CurrentPasswordWrong));
    let e = b.set_idle_lock(&admin, 0).unwrap_err().view(Lang::Fr);
    assert_eq!(
        e.fields[0].message,
        "Le verrouillage se règle entre 1 et 240 minutes."
    );
    // Someone without the permission, whatever they ask.
    let billing = b.session(hugo).unwrap();
    let e = b.staff_list(&billing).unwrap_err();
    assert_eq!(
        fr(&e),
        "Votre rôle ne permet pas cette action (gérer les comptes du personnel). Demandez-la à un administrateur."
    );
    assert_eq!(staff_rows(&path), before);

    // The schema holds the same rule against the sqlite3 shell.
    let c = Connection::open(&path).unwrap();
    let e = c
        .execute(
            "DELETE FROM staff_roles WHERE staff_id = 1 AND role = 'user_admin'",
            [],
        )
        .unwrap_err();
    assert!(e.to_string().contains("last user management"), "{e}");
    let e = c
        .execute("UPDATE staff SET active = 0 WHERE id = 1", [])
        .unwrap_err();
    assert!(e.to_string().contains("last user management"), "{e}");
    drop(c);
    assert_eq!(staff_rows(&path), before);

    // With a second administrator, the first may step down; the change is seen at the
    // next call.
    b.staff_set_roles(&admin, hugo, &[Role::BillingAdmin, Role::UserAdmin])
        .unwrap();
    b.staff_set_roles(&admin, admin.staff_id, &[Role::SalesAgent])
        .unwrap();
    let now = b.session(admin.staff_id).unwrap();
    assert_eq!(now.roles, [Role::SalesAgent]);
    assert!(matches!(b.staff_list(&now), Err(AppError::Forbidden(_))));
    // Passwords: one's own, and reset by an administrator.
    b.change_password(&now, "un long mot de passe", "un autre long mot")
        .unwrap();
    b.sign_in("camille", "un autre long mot").unwrap();
    let hugo_admin = b.session(hugo).unwrap();
    b.staff_reset_password(&hugo_admin, admin.staff_id, "remis à zéro !")
        .unwrap();
    b.sign_in("camille", "remis à zéro !").unwrap();
    b.set_idle_lock(&hugo_admin, 5).unwrap();
    assert_eq!(b.session_view(&now).unwrap().idle_lock_minutes, 5);
}

#[test]
fn a_book_from_before_accounts_keeps_its_administrator_until_the_first_start() {
    // Schema 16's staff table, as every book had it.
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("book.db");
    {
        let (b, _) = book(&path);
        let s = b.admin_session().unwrap();
        assert_eq!(s.display_name, "Administrator");
        assert_eq!(s.roles, Role::ALL.to_vec());
    }
    let rows = staff_rows(&path);
    assert_eq!(rows.len(), 1);
    let mut roles: Vec<&str> = rows[0].rsplit('|').next().unwrap().split(',').collect();
    roles.sort();
    assert_eq!(
        roles,
        [
            "billing_admin",
            "sales_agent",
            "support_agent",
            "user_admin"
        ]
    );
    assert!(
        rows[0].starts_with("1|admin|Administrator||1||0|"),
        "{rows:?}"
    );
}

#[test]
fn with_the_first_account_deactivated_the_book_still_has_an_administrator_to_act_as() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("book.db");
    let (b, admin) = admin_book(&path);
    let hugo = b
        .staff_add(
            &admin,
            &form("hugo", &[Role::UserAdmin, Role::BillingAdmin]),
        )
        .unwrap();
    let hugo_s = b.session(hugo).unwrap();
    b.staff_deactivate(&hugo_s, admin.staff_id).unwrap();
    let s = b.admin_session().unwrap();
    assert_eq!(
        s.staff_id, hugo,
        "the active administrator, not the deactivated one"
    );
    assert!(s.roles.contains(&Role::UserAdmin));
}
