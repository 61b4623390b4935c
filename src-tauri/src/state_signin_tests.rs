//! The shell's session rules on a real book file: nobody signed in, locked, signed out,
//! a role removed, an account deactivated while signed in.

use ardoise_app::domain::staff::{FirstAdminForm, StaffForm};
use ardoise_app::domain::Lang;
use ardoise_app::{Ardoise, CancelFlag, Role};

use crate::state::{Desktop, Who};

fn customers(desktop: &Desktop) -> Result<usize, String> {
    desktop
        .run(|b, s| b.customers(s))
        .map(|c| c.len())
        .map_err(|e| e.code)
}

/// A new book with its administrator (every role) and a sales agent.
fn book() -> (tempfile::TempDir, Desktop, i64, i64) {
    let dir = tempfile::tempdir().expect("temp dir");
    let desktop = Desktop::start(dir.path().join("book.db"));
    assert!(desktop.create().expect("the book is made"));
    let (admin, sales) = desktop
        .with_book(|b: &mut Ardoise| {
            let admin = b.create_first_admin(&FirstAdminForm {
                username: "camille".into(),
                display_name: "Camille Roux".into(),
                title: "Gérante".into(),
                password: "une phrase assez longue".into(),
            })?;
            let sales = b.staff_add(
                &admin,
                &StaffForm {
                    username: "ines".into(),
                    display_name: "Inès Moreau".into(),
                    title: String::new(),
                    roles: vec![Role::SalesAgent],
                    password: "une autre phrase longue".into(),
                },
            )?;
            Ok((admin.staff_id, sales))
        })
        .expect("the accounts");
    (dir, desktop, admin, sales)
}

#[test]
fn nothing_of_the_book_until_someone_signs_in_nor_while_locked() {
    let (_dir, desktop, admin, _) = book();
    assert_eq!(customers(&desktop), Err("not_signed_in".into()));

    desktop.signed_in(admin);
    assert_eq!(customers(&desktop), Ok(0));

    desktop.set_locked(true);
    assert_eq!(customers(&desktop), Err("locked".into()));
    assert_eq!(
        desktop.require_signed_in().map_err(|e| e.code),
        Err("locked".into())
    );
    // The lock keeps the person, for the lock screen to name.
    assert_eq!(
        desktop.who(),
        Who {
            staff_id: Some(admin),
            locked: true
        }
    );

    desktop.set_locked(false);
    assert_eq!(customers(&desktop), Ok(0));
    desktop.sign_out();
    assert_eq!(customers(&desktop), Err("not_signed_in".into()));
    // Nobody to lock: the lock does not make a person up.
    desktop.set_locked(true);
    assert_eq!(desktop.who(), Who::default());
}

#[test]
fn a_role_removed_or_an_account_deactivated_takes_effect_at_the_next_command() {
    let (_dir, desktop, admin, sales) = book();
    desktop.signed_in(sales);
    assert_eq!(customers(&desktop), Ok(0));
    let bill = desktop
        .run(|b, s| b.bill(s, "2026-11", Lang::Fr, &|_| {}, &CancelFlag::default()))
        .map(|_| ())
        .map_err(|e| e.code);
    assert_eq!(bill, Err("forbidden".into()));

    let as_admin = |f: &dyn Fn(&mut Ardoise, &ardoise_app::Session) -> ardoise_app::Result<()>| {
        desktop
            .with_book(|b| {
                let s = b.session(admin)?;
                f(b, &s)
            })
            .expect("the administrator's change")
    };
    as_admin(&|b, s| b.staff_set_roles(s, sales, &[Role::SupportAgent]));
    let again = desktop
        .run(|b, s| b.create_customer(s, &Default::default()))
        .map(|_| ())
        .map_err(|e| e.code);
    assert_eq!(
        again,
        Err("forbidden".into()),
        "the sales role was taken away"
    );

    as_admin(&|b, s| b.staff_deactivate(s, sales));
    assert_eq!(customers(&desktop), Err("account_deactivated".into()));
    assert_eq!(
        desktop.who(),
        Who::default(),
        "a deactivated account is signed out"
    );
}

#[test]
fn the_books_own_work_runs_as_the_first_administrator_when_nobody_may() {
    let (_dir, desktop, admin, sales) = book();
    desktop.signed_in(sales);
    let who = desktop
        .run_unattended(ardoise_app::Permission::ManageBook, |_, s| Ok(s.staff_id))
        .expect("unattended");
    assert_eq!(
        who, admin,
        "a sales agent may not back the book up; the book itself may"
    );
    desktop.signed_in(admin);
    desktop.set_locked(true);
    let who = desktop
        .run_unattended(ardoise_app::Permission::ManageBook, |_, s| Ok(s.staff_id))
        .expect("unattended while locked");
    assert_eq!(who, admin);
}
