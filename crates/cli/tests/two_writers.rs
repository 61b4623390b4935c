//! Two `ardoise` processes writing one book at the same moment (a window and a script):
//! the book must end as if they had run one after the other. Each race is repeated.

mod common;

use common::*;

/// Starts both at once and waits: (exit codes, stderr of each).
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

/// A refusal is allowed only as the busy book's sentence (the other one held it).
fn refused_as_busy(outcome: &[(bool, String)]) {
    for (ok, err) in outcome {
        if !ok {
            assert!(
                err.contains("Another window or script is writing to this book"),
                "refused for another reason: {err}"
            );
        }
    }
}

#[test]
fn two_billing_runs_with_issue_bill_each_customer_once() {
    let base = base_book(30);
    let dir = tempfile::tempdir().unwrap();
    let period = "2026-12";
    let one = copy_of(base, dir.path(), "serial.db");
    run_ok(&one, &["bill", "--period", period, "--issue"]);
    run_ok(&one, &["bill", "--period", period, "--issue"]);
    let expected = count(
        &one,
        "SELECT COUNT(*) FROM invoices WHERE period_start = '2026-12-01' AND status = 'issued'",
    );
    assert!(
        expected > 20,
        "the demo book bills its customers: {expected}"
    );
    // The demo's plans and months of logged time: support lines come with the run.
    let support_lines = count(
        &one,
        "SELECT COUNT(*) FROM invoice_lines l JOIN invoices i ON i.id = l.invoice_id
         WHERE i.period_start = '2026-12-01' AND l.kind IN ('support_fee', 'billable_hours')",
    );
    assert!(support_lines > 0, "the demo book bills support");
    for trial in 0..trials(20) {
        let db = copy_of(base, dir.path(), &format!("race-{trial}.db"));
        let outcome = race(
            &db,
            &["bill", "--period", period, "--issue"],
            &["bill", "--period", period, "--issue"],
        );
        refused_as_busy(&outcome);
        assert!(outcome.iter().any(|(ok, _)| *ok), "one of them ran");
        let billed = count(
            &db,
            "SELECT COUNT(*) FROM invoices WHERE period_start = '2026-12-01'",
        );
        let twice = count(
            &db,
            "SELECT COUNT(*) FROM (SELECT customer_id FROM invoices
             WHERE period_start = '2026-12-01' AND kind = 'invoice'
             GROUP BY customer_id, currency HAVING COUNT(*) > 1)",
        );
        assert_eq!(twice, 0, "trial {trial}: a customer billed twice");
        assert_eq!(
            count(
                &db,
                "SELECT COUNT(*) FROM invoice_lines l JOIN invoices i ON i.id = l.invoice_id
         WHERE i.period_start = '2026-12-01' AND l.kind IN ('support_fee', 'billable_hours')",
            ),
            support_lines,
            "trial {trial}: support billed as by one run"
        );
        assert_eq!(
            billed, expected,
            "trial {trial}: as one run after the other"
        );
        let drafts = count(
            &db,
            "SELECT COUNT(*) FROM invoices WHERE period_start = '2026-12-01' AND status = 'draft'",
        );
        assert_eq!(drafts, 0, "trial {trial}: every draft issued");
        let gaps = count(
            &db,
            "SELECT MAX(series_seq) - COUNT(*) FROM invoices
             WHERE kind = 'invoice' AND series_year = 2026 AND status = 'issued'",
        );
        assert_eq!(gaps, 0, "trial {trial}: numbering has no gap");
        std::fs::remove_file(&db).ok();
    }
}

/// The first unpaid invoice of the book: (number, customer id, what it still owes).
fn open_invoice(db: &std::path::Path) -> (String, i64, i64) {
    sql(db)
        .query_row(
            "SELECT i.number, i.customer_id,
                    i.gross_minor - COALESCE((SELECT SUM(amount_minor) FROM allocations
                                               WHERE invoice_id = i.id), 0)
                    - COALESCE((SELECT SUM(gross_minor) FROM invoices cn
                                WHERE cn.credited_invoice_id = i.id AND cn.status = 'issued'), 0)
             FROM invoices i WHERE i.kind = 'invoice' AND i.status = 'issued'
               AND i.currency = 'EUR'
             ORDER BY 3 DESC LIMIT 1",
            [],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
        )
        .unwrap()
}

fn cents(minor: i64) -> String {
    format!("{}.{:02}", minor / 100, minor % 100)
}

#[test]
fn two_allocations_of_the_same_credit_never_overpay() {
    let base = base_book(30);
    let dir = tempfile::tempdir().unwrap();
    for trial in 0..trials(20) {
        let db = copy_of(base, dir.path(), &format!("alloc-{trial}.db"));
        let (number, customer, open) = open_invoice(&db);
        assert!(open > 2, "an invoice with something to pay");
        // A payment of twice what is open, one cent allocated: the rest is credit.
        run_ok(
            &db,
            &[
                "payments",
                "add",
                "--customer",
                &customer.to_string(),
                "--amount",
                &cents(open * 2),
                "--allocate",
                &format!("{number}=0.01"),
            ],
        );
        let payment: i64 = sql(&db)
            .query_row("SELECT MAX(id) FROM payments", [], |r| r.get(0))
            .unwrap();
        let rest = format!("{number}={}", cents(open - 1));
        let p = payment.to_string();
        let outcome = race(
            &db,
            &["payments", "allocate", &p, "--to", &rest],
            &["payments", "allocate", &p, "--to", &rest],
        );
        assert_eq!(
            outcome.iter().filter(|(ok, _)| *ok).count(),
            1,
            "trial {trial}: exactly one allocation lands: {outcome:?}"
        );
        let (_, _, left) = sql(&db)
            .query_row(
                "SELECT i.number, i.customer_id,
                        i.gross_minor - (SELECT SUM(amount_minor) FROM allocations
                                         WHERE invoice_id = i.id)
                 FROM invoices i WHERE i.number = ?1",
                [&number],
                |r| {
                    Ok((
                        r.get::<_, String>(0)?,
                        r.get::<_, i64>(1)?,
                        r.get::<_, i64>(2)?,
                    ))
                },
            )
            .unwrap();
        assert!(
            left >= 0,
            "trial {trial}: the invoice was overpaid by {}",
            -left
        );
        let given: i64 = sql(&db)
            .query_row(
                "SELECT SUM(amount_minor) FROM allocations WHERE payment_id = ?1",
                [payment],
                |r| r.get(0),
            )
            .unwrap();
        assert_eq!(given, open, "trial {trial}: the credit allocated once");
        std::fs::remove_file(&db).ok();
    }
}

#[test]
fn two_letter_productions_send_each_letter_once() {
    let base = base_book(30);
    let dir = tempfile::tempdir().unwrap();
    let as_of = "2026-12-20";
    let serial = copy_of(base, dir.path(), "serial-letters.db");
    let serial_out = dir.path().join("serial-letters");
    let args = |out: &std::path::Path| {
        vec![
            "collections".to_string(),
            "run".to_string(),
            "--as-of".to_string(),
            as_of.to_string(),
            "--produce".to_string(),
            "--out".to_string(),
            out.display().to_string(),
        ]
    };
    let a: Vec<String> = args(&serial_out);
    let a: Vec<&str> = a.iter().map(String::as_str).collect();
    run_ok(&serial, &a);
    run_ok(&serial, &a);
    let expected = count(
        &serial,
        "SELECT COUNT(*) FROM communications WHERE kind = 'letter'",
    );
    let expected_steps = count(&serial, "SELECT COUNT(*) FROM collection_steps_done");
    let before = count(
        base,
        "SELECT COUNT(*) FROM communications WHERE kind = 'letter'",
    );
    assert!(expected > before, "the run produces letters");
    let before = count(
        base,
        "SELECT COUNT(*) FROM communications WHERE kind = 'letter'",
    );
    assert!(expected > before, "the run produces letters");
    for trial in 0..trials(20) {
        let db = copy_of(base, dir.path(), &format!("letters-{trial}.db"));
        let out = dir.path().join(format!("letters-{trial}"));
        let a: Vec<String> = args(&out);
        let a: Vec<&str> = a.iter().map(String::as_str).collect();
        let outcome = race(&db, &a, &a);
        refused_as_busy(&outcome);
        assert_eq!(
            count(
                &db,
                "SELECT COUNT(*) FROM communications WHERE kind = 'letter'"
            ),
            expected,
            "trial {trial}: as one run after the other"
        );
        assert_eq!(
            count(&db, "SELECT COUNT(*) FROM collection_steps_done"),
            expected_steps
        );
        let files = every_file_logged(&db, &out) as i64;
        assert!(
            files >= expected - before,
            "trial {trial}: the letters written"
        );
        std::fs::remove_dir_all(&out).ok();
        std::fs::remove_file(&db).ok();
    }
}

/// Two support agents' scripts at once: adding a request each gets two numbers, and the
/// same hour logged twice by the same person (a double click, a retried script) is kept
/// once: the overlap is looked for inside the write transaction.
#[test]
fn two_support_writers_number_apart_and_log_an_hour_once() {
    let base = base_book(30);
    let dir = tempfile::tempdir().unwrap();
    for trial in 0..trials(10) {
        let db = copy_of(base, dir.path(), &format!("support-{trial}.db"));
        let add = [
            "support",
            "requests",
            "add",
            "--customer",
            "1",
            "--category",
            "technical",
            "--severity",
            "normal",
            "--subject",
            "Messagerie lente",
        ];
        let outcome = race(&db, &add, &add);
        refused_as_busy(&outcome);
        let numbers = count(
            &db,
            "SELECT COUNT(DISTINCT number) - COUNT(*) FROM support_requests",
        );
        assert_eq!(numbers, 0, "trial {trial}: a request number given twice");
        // A request of the demo's that was open the day before: time is never logged
        // before its request was opened, nor on a closed one.
        let number: String = sql(&db)
            .query_row(
                "SELECT number FROM support_requests
                 WHERE state <> 'closed' AND opened_at < '2026-11-23' ORDER BY id DESC LIMIT 1",
                [],
                |r| r.get(0),
            )
            .unwrap();
        let log = [
            "support",
            "requests",
            "log-time",
            number.as_str(),
            "--from",
            "2026-11-24 06:00",
            "--to",
            "2026-11-24 07:00",
        ];
        let before = count(&db, "SELECT COUNT(*) FROM support_time_entries");
        let outcome = race(&db, &log, &log);
        let kept = count(&db, "SELECT COUNT(*) FROM support_time_entries") - before;
        assert_eq!(kept, 1, "trial {trial}: the hour kept once: {outcome:?}");
        for (ok, err) in &outcome {
            if !ok {
                assert!(
                    err.contains("Another window or script is writing to this book")
                        || err.contains("You have already logged time over this period"),
                    "refused for another reason: {err}"
                );
            }
        }
        std::fs::remove_file(&db).ok();
    }
}

/// What a book holds of the invoices of 2026-10 that left it: (invoice entries in the
/// communication log, invoices logged more than once, print files logged).
fn invoices_out(db: &std::path::Path) -> (i64, i64, i64) {
    (
        count(
            db,
            "SELECT COUNT(*) FROM communications m, json_each(m.invoices) j
             WHERE m.kind = 'invoice'",
        ),
        count(
            db,
            "SELECT COUNT(*) FROM (SELECT j.value FROM communications m, json_each(m.invoices) j
             WHERE m.kind = 'invoice' GROUP BY m.customer_id, j.value HAVING COUNT(*) > 1)",
        ),
        count(
            db,
            "SELECT COUNT(*) FROM files_written WHERE kind = 'invoices_combined'",
        ),
    )
}

/// The window and a script writing a period's invoices into the same folder at once:
/// each invoice is written and logged once, as by one run after the other, and so is the
/// print file of them all.
#[test]
fn two_invoice_prints_into_one_folder_write_each_invoice_once() {
    let base = base_book(30);
    let dir = tempfile::tempdir().unwrap();
    let args = |out: &std::path::Path, combined: bool| {
        let mut a = vec![
            "invoices".to_string(),
            "pdf".to_string(),
            "--period".to_string(),
            "2026-10".to_string(),
            "--out".to_string(),
            out.display().to_string(),
        ];
        if combined {
            a.push("--combined".to_string());
            a.push(out.join("all.pdf").display().to_string());
        }
        a
    };
    let issued = count(
        base,
        "SELECT COUNT(*) FROM invoices WHERE period_start = '2026-10-01' AND status = 'issued'",
    );
    assert!(issued > 20, "the demo book issued October: {issued}");
    let (before, twice, _) = invoices_out(base);
    assert_eq!(twice, 0);
    for trial in 0..trials(20) {
        let combined = trial % 2 == 1;
        let db = copy_of(base, dir.path(), &format!("print-{trial}.db"));
        let out = dir.path().join(format!("print-{trial}"));
        let a = args(&out, combined);
        let a: Vec<&str> = a.iter().map(String::as_str).collect();
        let outcome = race(&db, &a, &a);
        refused_as_busy(&outcome);
        assert!(outcome.iter().any(|(ok, _)| *ok), "one of them ran");
        let (logged, twice, print_files) = invoices_out(&db);
        assert_eq!(twice, 0, "trial {trial}: an invoice logged twice");
        assert_eq!(
            logged - before,
            issued,
            "trial {trial}: each invoice logged once"
        );
        assert_eq!(
            print_files,
            i64::from(combined),
            "trial {trial}: the print file made once"
        );
        let files = every_file_logged(&db, &out) as i64;
        assert_eq!(
            files,
            issued + i64::from(combined),
            "trial {trial}: each invoice's file written once: {:?}",
            files_below(&out)
        );
        std::fs::remove_dir_all(&out).ok();
        std::fs::remove_file(&db).ok();
    }
}
