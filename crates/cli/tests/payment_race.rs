//! Two `ardoise` processes reversing the same payment, or refunding the same credit, at
//! the same moment: exactly one reversal, never more refunded than the credit, and the
//! other refused with its sentence (already reversed, no credit left) or as busy.

mod common;

use common::*;

fn race(db: &std::path::Path, a: &[&str], b: &[&str]) -> Vec<(bool, String)> {
    let children = [spawn(db, a), spawn(db, b)];
    children
        .into_iter()
        .map(|c| {
            let out = c.wait_with_output().unwrap();
            (
                out.status.success(),
                String::from_utf8_lossy(&out.stderr).to_string(),
            )
        })
        .collect()
}

/// The largest payment wholly allocated (the one both processes reverse).
fn settling_payment(db: &std::path::Path) -> i64 {
    sql(db)
        .query_row(
            "SELECT p.id FROM payments p
             WHERE (SELECT SUM(amount_minor) FROM allocations a WHERE a.payment_id = p.id)
                   = p.amount_minor
             ORDER BY p.amount_minor DESC, p.id LIMIT 1",
            [],
            |r| r.get(0),
        )
        .unwrap()
}

#[test]
fn two_reversals_of_one_payment_make_one() {
    let base = base_book(6);
    let dir = tempfile::tempdir().unwrap();
    let payment = settling_payment(base).to_string();
    for trial in 0..trials(10) {
        let db = copy_of(base, dir.path(), &format!("race-{trial}.db"));
        let reverse = [
            "payments",
            "reverse",
            &payment,
            "--reason",
            "Saisi deux fois",
        ];
        let outcome = race(&db, &reverse, &reverse);
        let ok = outcome.iter().filter(|(ok, _)| *ok).count();
        assert_eq!(ok, 1, "trial {trial}: {outcome:?}");
        for (ok, err) in &outcome {
            if !ok {
                assert!(
                    err.contains("This payment was already reversed on")
                        || err.contains("Another window or script is writing to this book"),
                    "trial {trial}: refused for another reason: {err}"
                );
            }
        }
        assert_eq!(count(&db, "SELECT COUNT(*) FROM payment_reversals"), 1);
        let given_back = count(
            &db,
            "SELECT COALESCE(SUM(amount_minor), 0) FROM reversal_allocations",
        );
        let allocated = count(
            &db,
            &format!("SELECT SUM(amount_minor) FROM allocations WHERE payment_id = {payment}"),
        );
        assert_eq!(given_back, allocated, "trial {trial}: undone once, wholly");
        assert_eq!(
            count(
                &db,
                "SELECT COUNT(*) FROM audit_log WHERE action = 'payment.reverse'"
            ),
            1
        );
        run_ok(&db, &["check"]);
    }
}

#[test]
fn two_refunds_of_one_credit_never_refund_more_than_it() {
    let base = base_book(6);
    let dir = tempfile::tempdir().unwrap();
    let customer: i64 = sql(base)
        .query_row("SELECT MIN(id) FROM customers", [], |r| r.get(0))
        .unwrap();
    let customer = customer.to_string();
    for trial in 0..trials(10) {
        let db = copy_of(base, dir.path(), &format!("refund-{trial}.db"));
        // Ten thousand euros on account: more than anything the customer owes.
        run_ok(
            &db,
            &[
                "payments",
                "add",
                "--customer",
                &customer,
                "--amount",
                "10000",
            ],
        );
        let owed: i64 = -count(
            &db,
            &format!(
                "SELECT SUM(CASE kind WHEN 'invoice' THEN gross_minor ELSE -gross_minor END)
                 FROM invoices WHERE customer_id = {customer} AND status = 'issued'"
            ),
        ) + count(
            &db,
            &format!("SELECT SUM(amount_minor) FROM payments WHERE customer_id = {customer}"),
        );
        assert!(owed > 0, "the customer is owed money");
        // Each asks for three quarters of it: both together would be too much.
        let cents = owed * 3 / 4;
        let ask = format!("{}.{:02}", cents / 100, cents % 100);
        let refund = [
            "payments",
            "refund",
            "--customer",
            &customer,
            "--amount",
            &ask,
        ];
        let outcome = race(&db, &refund, &refund);
        let ok = outcome.iter().filter(|(ok, _)| *ok).count();
        assert_eq!(ok, 1, "trial {trial}: {outcome:?}");
        for (ok, err) in &outcome {
            if !ok {
                assert!(
                    err.contains("The customer’s credit is")
                        || err.contains("Another window or script is writing to this book"),
                    "trial {trial}: refused for another reason: {err}"
                );
            }
        }
        let refunded = count(&db, "SELECT COALESCE(SUM(amount_minor), 0) FROM refunds");
        assert!(
            refunded <= owed,
            "trial {trial}: {refunded} refunded of {owed}"
        );
        run_ok(&db, &["check"]);
    }
}
