//! Two administrators, each in their own process, give up the user management role at
//! the same moment: the book must keep one (the check is taken inside the write, and the
//! schema's trigger holds it too). Repeated, since a race shows only sometimes.

mod common;

use common::*;

fn as_user(db: &std::path::Path, user: &str, args: &[&str]) -> std::process::Child {
    ardoise(db)
        .env("ARDOISE_USER", user)
        .args(args)
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("ardoise starts")
}

#[test]
fn two_administrators_giving_up_the_role_at_once_leave_one() {
    let base = base_book(3);
    let dir = tempfile::tempdir().unwrap();
    let mut refused_last = 0;
    for trial in 0..trials(8) {
        let db = copy_of(base, dir.path(), &format!("race-{trial}.db"));
        // Hugo (billing) becomes a user management administrator too.
        run_ok(&db, &["staff", "roles", "billing", "users,billing"]);
        let children = [
            as_user(
                &db,
                "admin",
                &["staff", "roles", "admin", "billing,sales,support"],
            ),
            as_user(&db, "billing", &["staff", "roles", "billing", "billing"]),
        ];
        let outcome: Vec<(bool, String)> = children
            .into_iter()
            .map(|c| {
                let out = c.wait_with_output().unwrap();
                let err = String::from_utf8_lossy(&out.stderr).to_string();
                (out.status.success(), err)
            })
            .collect();
        for (ok, err) in &outcome {
            if !ok {
                let last = err.contains("is the last active user management administrator");
                let busy = err.contains("Another window or script is writing to this book");
                assert!(
                    last || busy,
                    "trial {trial}: refused for another reason: {err}"
                );
                refused_last += usize::from(last);
            }
        }
        let admins = count(
            &db,
            "SELECT COUNT(*) FROM staff_roles r JOIN staff s ON s.id = r.staff_id
             WHERE r.role = 'user_admin' AND s.active = 1",
        );
        assert_eq!(admins, 1, "trial {trial}: {outcome:?}");
        assert!(
            outcome.iter().filter(|(ok, _)| *ok).count() <= 1,
            "trial {trial}: both gave the role up: {outcome:?}"
        );
    }
    assert!(
        refused_last > 0,
        "the second one met the rule at least once"
    );
}
