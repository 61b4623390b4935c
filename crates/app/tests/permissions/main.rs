//! Who may do what, held from the tables (`session::ROLE_PERMISSIONS`,
//! `use_cases::USE_CASES`): every use case of the sources is in the table with the
//! permission it checks first, and every role calling every command the window has gets
//! exactly `Forbidden(P)` when its role lacks `P`, and never `Forbidden` otherwise. A new
//! use case or command without its line fails here.

mod sample;
mod scan;

use std::collections::BTreeMap;
use std::path::Path;
use std::sync::Arc;

use ardoise_app::demo::DemoOptions;
use ardoise_app::session::{role_allows, Permission, Role};
use ardoise_app::use_cases::{permission_of, USE_CASES};
use ardoise_app::window::{call, Jobs, Window};
use ardoise_app::{AppError, Ardoise, FixedClock, Session};
use chrono::NaiveDate;

use sample::sample;

#[test]
fn every_use_case_is_in_the_table_with_the_permission_it_checks_first() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let found = scan::use_cases(&src);
    let by_name: BTreeMap<&str, &scan::Found> =
        found.iter().map(|f| (f.name.as_str(), f)).collect();
    // What the body checks first, following a call of another use case.
    fn first_check(
        name: &str,
        by_name: &BTreeMap<&str, &scan::Found>,
        depth: u8,
    ) -> Option<String> {
        let f = by_name.get(name)?;
        if let Some(p) = &f.requires {
            return Some(p.clone());
        }
        let next = f.delegates.as_deref()?;
        (depth < 8)
            .then(|| first_check(next, by_name, depth + 1))
            .flatten()
    }
    let mut wrong = Vec::new();
    for f in found.iter().filter(|f| f.public) {
        let checks = first_check(&f.name, &by_name, 0);
        match permission_of(&f.name) {
            None => wrong.push(format!(
                "{} ({}): missing from USE_CASES (it checks {:?} first)",
                f.name, f.file, checks
            )),
            Some(expected) => {
                let expected = expected.map(|p| format!("{p:?}"));
                if checks != expected {
                    wrong.push(format!(
                        "{} ({}): the table says {:?}, the body checks {:?} first",
                        f.name, f.file, expected, checks
                    ));
                }
            }
        }
    }
    for (name, _) in USE_CASES {
        if !found.iter().any(|f| f.public && f.name == *name) {
            wrong.push(format!(
                "{name}: in USE_CASES but not a use case of the sources"
            ));
        }
        if USE_CASES.iter().filter(|(n, _)| n == name).count() > 1 {
            wrong.push(format!("{name}: twice in USE_CASES"));
        }
    }
    assert!(
        found.len() > 100,
        "the scan found {} use cases",
        found.len()
    );
    assert!(wrong.is_empty(), "\n{}\n", wrong.join("\n"));
}

type Runner = Box<dyn Fn(&mut Ardoise, &Session, &Window) -> Result<(), AppError>>;

struct Command {
    name: &'static str,
    /// The declaration's closure, as written: the use cases it calls are named in it.
    body: &'static str,
    run: Runner,
}

macro_rules! commands {
    ($(
        run { $( $(#[doc = $doc:literal])* $name:ident ($($arg:ident : $aty:ty),*) -> $ret:ty = $run:expr; )* }
        shell { $( $(#[doc = $sdoc:literal])* $sname:ident ($($sarg:ident : $saty:ty),*) -> $sret:ty; )* }
    )*) => {
        pub fn commands() -> Vec<Command> {
            vec![$($(Command {
                name: stringify!($name),
                body: stringify!($run),
                run: Box::new(|b: &mut Ardoise, s: &Session, w: &Window| {
                    call::$name(b, s, w, $(sample::<$aty>()),*).map(|_| ())
                }),
            },)*)*]
        }
    };
}

mod declared {
    #![allow(unused_imports)]
    use super::*;
    use ardoise_app::domain::catalog::{PriceForm, ProductForm};
    use ardoise_app::domain::collections::Policy;
    use ardoise_app::domain::customer::{ContactForm, CustomerForm};
    use ardoise_app::domain::invoicing::OneOffForm;
    use ardoise_app::domain::partner::PartnerForm;
    use ardoise_app::domain::subscription::SubscriptionForm;
    use ardoise_app::domain::Lang;
    use ardoise_app::opening::OpenTarget;
    use ardoise_app::transport::*;
    use ardoise_app::transport_backup::*;
    use ardoise_app::transport_collections::*;
    use ardoise_app::transport_invoicing::*;
    use ardoise_app::transport_send::*;
    use ardoise_app::transport_staff::*;
    use ardoise_app::transport_statements::*;

    ardoise_app::with_commands!(commands);
}

/// The permission a command needs: that of the first use case its closure calls on the
/// book (`b.NAME(`); `None` when it calls none of the table's, `Some(None)` when that
/// one is anyone's.
fn expected(body: &str) -> Option<Option<Permission>> {
    body.match_indices("b.")
        .filter(|(i, _)| *i == 0 || !body.as_bytes()[i - 1].is_ascii_alphanumeric())
        .find_map(|(i, _)| {
            let rest = &body[i + 2..];
            let end = rest.find('(')?;
            permission_of(&rest[..end])
        })
}

#[test]
fn every_role_against_every_command() {
    let dir = tempfile::tempdir().unwrap();
    let today = NaiveDate::from_ymd_opt(2026, 11, 25).unwrap();
    let mut book =
        Ardoise::open(&dir.path().join("book.db"), Arc::new(FixedClock::on(today))).unwrap();
    let admin = book.admin_session().unwrap();
    book.seed_demo(&admin, DemoOptions::default()).unwrap();
    let jobs = Jobs::default();
    let window = Window {
        lang: ardoise_app::domain::Lang::Fr,
        documents: dir.path(),
        chosen: &[],
        jobs: &jobs,
        emit: &|_, _| {},
    };
    let commands = declared::commands();
    assert!(commands.len() > 80, "{} commands", commands.len());
    let mut wrong = Vec::new();
    for c in &commands {
        // A closure naming a book method that is not in the table: the table lacks it.
        let names_use_case = c.body.contains("b.");
        let want = expected(c.body);
        if names_use_case && want.is_none() {
            wrong.push(format!(
                "{}: calls no use case of USE_CASES ({})",
                c.name, c.body
            ));
            continue;
        }
        let want = want.flatten();
        for role in Role::ALL {
            let session = Session {
                staff_id: 1,
                display_name: "Essai".into(),
                roles: vec![*role],
            };
            let got = (c.run)(&mut book, &session, &window);
            match want {
                Some(p) if !role_allows(*role, p) => {
                    if !matches!(got, Err(AppError::Forbidden(q)) if q == p) {
                        wrong.push(format!(
                            "{} as {role:?}: expected Forbidden({p:?}), got {got:?}",
                            c.name
                        ));
                    }
                }
                _ => {
                    if let Err(AppError::Forbidden(q)) = got {
                        wrong.push(format!(
                            "{} as {role:?}: allowed by the table, refused Forbidden({q:?})",
                            c.name
                        ));
                    }
                }
            }
        }
    }
    assert!(wrong.is_empty(), "\n{}\n", wrong.join("\n"));
}
