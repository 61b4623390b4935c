//! Statements, the month-end batch and the aging report, against real SQLite files.
//!
//! The aging report reads the settlement index kept by the book's triggers; statements
//! read the whole ledger and compute in the domain. These tests hold the two paths to
//! each other over months of simulated business, day by day.

use std::collections::BTreeMap;
use std::path::Path;
use std::process::Command;
use std::sync::Arc;

use ardoise_app::demo::DemoOptions;
use ardoise_app::domain::Lang;
use ardoise_app::transport_invoicing::{DocumentKindView, InvoiceFilter, PaymentForm};
use ardoise_app::transport_statements::{
    AgingReport, AgingView, BatchRequest, StatementRequest, StatementSelection,
};
use ardoise_app::{AppError, Ardoise, CancelFlag, FixedClock, Session};
use chrono::{Datelike, Duration, NaiveDate};
use rand::{RngExt, SeedableRng};
use rand_chacha::ChaCha8Rng;
use rust_decimal::Decimal;

fn day(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

fn dec(s: &str) -> Decimal {
    s.parse().unwrap()
}

/// The statements in a customer's log (the demo's reminder letters are there too).
fn statements_logged(b: &Ardoise, s: &Session, customer_id: i64) -> usize {
    b.communications(s, customer_id)
        .unwrap()
        .iter()
        .filter(|c| c.kind == "statement")
        .count()
}

fn demo_with_history(path: &Path, today: &str, customers: usize) -> (Ardoise, Session) {
    let mut b = Ardoise::open(path, Arc::new(FixedClock::on(day(today)))).unwrap();
    let s = b.admin_session().unwrap();
    b.seed_demo(
        &s,
        DemoOptions {
            customers,
            ..DemoOptions::default()
        },
    )
    .unwrap();
    (b, s)
}

fn request(customer_id: i64, from: &str, to: &str, as_of: &str) -> StatementRequest {
    StatementRequest {
        customer_id,
        from: from.into(),
        to: to.into(),
        as_of: as_of.into(),
    }
}

/// The aging of every customer as its statement computes it (the ledger path), keyed by
/// customer, zero rows left out: what the report (the index path) must equal.
fn aging_from_statements(b: &Ardoise, s: &Session, as_of: NaiveDate) -> BTreeMap<i64, AgingView> {
    let mut out = BTreeMap::new();
    for c in b.customers(s).unwrap() {
        let v = b
            .statement(
                s,
                &request(c.id, "2000-01-01", &as_of.to_string(), &as_of.to_string()),
            )
            .unwrap();
        if dec(&v.aging.total.amount) != Decimal::ZERO {
            out.insert(c.id, v.aging);
        }
    }
    out
}

fn by_customer(r: &AgingReport) -> BTreeMap<i64, AgingView> {
    r.rows
        .iter()
        .map(|row| (row.customer_id, row.aging.clone()))
        .collect()
}

/// Six months lived day by day: a billing run and its issue on each first, payments of
/// random amounts (oldest invoice first) and now and then a partial credit note. Each
/// evening the aging report is kept; at the end, the report as of every one of those
/// days must be what it was that evening (later documents ignored), and must equal what
/// the statements compute from the ledger.
#[test]
fn aging_as_of_any_past_day_is_what_it_was_that_day_and_matches_the_statements() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("book.db");
    let start = day("2026-05-01");
    let mut b = Ardoise::open(&path, Arc::new(FixedClock::on(start))).unwrap();
    let s = b.admin_session().unwrap();
    b.seed_demo(
        &s,
        DemoOptions {
            customers: 12,
            history_months: 0,
            ..DemoOptions::default()
        },
    )
    .unwrap();
    let mut rng = ChaCha8Rng::seed_from_u64(7);
    let mut evenings: Vec<(NaiveDate, AgingReport)> = Vec::new();
    let mut today = start;
    let end = day("2026-11-24");
    let customers: Vec<i64> = b.customers(&s).unwrap().iter().map(|c| c.id).collect();
    while today <= end {
        b.set_clock(Arc::new(FixedClock::on(today)));
        if today.day() == 1 {
            let period = today.format("%Y-%m").to_string();
            let run = b
                .bill(&s, &period, Lang::Fr, &|_| {}, &CancelFlag::default())
                .unwrap();
            let ids: Vec<i64> = run.drafted.iter().map(|r| r.id).collect();
            b.issue_invoices(&s, &ids).unwrap();
        }
        // A few payments a day, of any amount: part of an invoice, several, or more
        // than is owed (credit on account).
        for _ in 0..rng.random_range(0..3) {
            let customer_id = customers[rng.random_range(0..customers.len())];
            let cents: i64 = rng.random_range(1_000..400_000);
            let currency = b.customer(&s, customer_id).unwrap().form.currency;
            let form = PaymentForm {
                customer_id,
                received_on: today.to_string(),
                amount: Decimal::new(cents, 2).to_string(),
                currency,
                method: "transfer".into(),
                reference: format!("VIR {today}"),
            };
            b.record_payment(&s, &form, None).unwrap();
        }
        if rng.random_bool(0.05) {
            let open = b
                .invoices(
                    &s,
                    &InvoiceFilter {
                        state: None,
                        customer_id: None,
                        period: None,
                        kind: Some(DocumentKindView::Invoice),
                        ..Default::default()
                    },
                )
                .unwrap();
            let issued: Vec<_> = open
                .iter()
                .filter(|r| r.number.is_some() && dec(&r.open.amount) > Decimal::ONE)
                .collect();
            if !issued.is_empty() {
                let inv = issued[rng.random_range(0..issued.len())];
                let part = (dec(&inv.open.amount) / Decimal::TWO).round_dp(2);
                b.credit_invoice(&s, inv.id, Some(&part.to_string()), "Geste commercial")
                    .unwrap();
            }
        }
        evenings.push((today, b.aging_report(&s, &today.to_string()).unwrap()));
        today += Duration::days(1);
    }

    let mut checked_nonempty = 0;
    for (evening, report) in &evenings {
        let later = b.aging_report(&s, &evening.to_string()).unwrap();
        assert_eq!(
            &later, report,
            "aging as of {evening} changed after the day"
        );
        if evening.day() % 9 == 0 {
            assert_eq!(
                by_customer(report),
                aging_from_statements(&b, &s, *evening),
                "report and statements disagree as of {evening}"
            );
        }
        if !report.rows.is_empty() {
            checked_nonempty += 1;
        }
    }
    assert!(
        checked_nonempty > 100,
        "the simulation left too few days with debt"
    );
    let last = &evenings.last().unwrap().1;
    assert!(
        last.rows
            .iter()
            .any(|r| dec(&r.aging.over_90.amount) > Decimal::ZERO)
            || last
                .rows
                .iter()
                .any(|r| dec(&r.aging.d31_60.amount) > Decimal::ZERO),
        "six months of random payments leave some debt late"
    );
}

#[test]
fn the_statement_agrees_with_the_account_and_its_own_arithmetic() {
    let dir = tempfile::tempdir().unwrap();
    let (b, s) = demo_with_history(&dir.path().join("book.db"), "2026-11-25", 20);
    let mut with_lines = 0;
    for c in b.customers(&s).unwrap() {
        let v = b
            .statement(&s, &request(c.id, "2026-08-01", "2026-11-25", "2026-11-25"))
            .unwrap();
        let sum = |xs: Vec<Decimal>| xs.into_iter().sum::<Decimal>();
        let debits = sum(v
            .lines
            .iter()
            .filter_map(|l| l.debit.as_ref())
            .map(|m| dec(&m.amount))
            .collect());
        let credits = sum(v
            .lines
            .iter()
            .filter_map(|l| l.credit.as_ref())
            .map(|m| dec(&m.amount))
            .collect());
        assert_eq!(
            dec(&v.closing_balance.amount),
            dec(&v.brought_forward.amount) + debits - credits,
            "{}",
            c.legal_name
        );
        let open = sum(v.open_items.iter().map(|o| dec(&o.open.amount)).collect());
        assert_eq!(dec(&v.aging.total.amount), open);
        assert_eq!(
            dec(&v.closing_balance.amount),
            open - dec(&v.unapplied_credit.amount)
        );
        // The same balance as the customer's account on screen.
        let account = b.customer_balances(&s, c.id).unwrap();
        let own = account.iter().find(|a| a.currency == v.currency);
        let expected = own.map(|a| dec(&a.balance.amount)).unwrap_or_default();
        assert_eq!(dec(&v.closing_balance.amount), expected, "{}", c.legal_name);
        if !v.lines.is_empty() {
            with_lines += 1;
        }
    }
    assert!(
        with_lines >= 15,
        "the demo history gives most customers a statement"
    );
}

#[test]
fn bad_dates_are_refused_next_to_their_field() {
    let dir = tempfile::tempdir().unwrap();
    let (b, s) = demo_with_history(&dir.path().join("book.db"), "2026-11-25", 3);
    let id = b.customers(&s).unwrap()[0].id;
    let err = b
        .statement(&s, &request(id, "2026-11-30", "2026-11-01", "2026-11-25"))
        .unwrap_err();
    let v = err.view(Lang::Fr);
    assert_eq!(v.code, "invalid_input");
    assert_eq!(v.fields[0].field, "to");
    let err = b
        .statement(&s, &request(id, "2026-11-01", "2026-11-30", "25/11/2026"))
        .unwrap_err();
    assert!(matches!(err, AppError::Invalid(_)));
    assert_eq!(err.view(Lang::En).fields[0].field, "as_of");
    assert!(b.aging_report(&s, "hier").is_err());
}

fn pdf_text(path: &Path) -> String {
    let out = Command::new("pdftotext")
        .arg("-layout")
        .arg(path)
        .arg("-")
        .output()
        .expect("pdftotext runs (install poppler-utils)");
    assert!(out.status.success());
    String::from_utf8(out.stdout).unwrap()
}

fn sha256_of(path: &Path) -> String {
    let out = Command::new("sha256sum").arg(path).output().unwrap();
    String::from_utf8(out.stdout).unwrap()[..64].to_string()
}

#[test]
fn a_saved_statement_is_the_file_logged_with_its_hash() {
    let dir = tempfile::tempdir().unwrap();
    let (b, s) = demo_with_history(&dir.path().join("book.db"), "2026-11-25", 10);
    let customer = b
        .customers(&s)
        .unwrap()
        .into_iter()
        .max_by_key(|c| {
            let v = b
                .statement(&s, &request(c.id, "2026-06-01", "2026-11-25", "2026-11-25"))
                .unwrap();
            v.open_items.len()
        })
        .unwrap();
    let req = request(customer.id, "2026-09-01", "2026-11-25", "2026-11-25");
    let view = b.statement(&s, &req).unwrap();
    let out = dir.path().join("out");
    let file = b.save_statement_in(&s, &req, &out).unwrap();
    let path = Path::new(&file.path);
    assert!(path.starts_with(&out));
    assert_eq!(std::fs::metadata(path).unwrap().len() as i64, file.bytes);
    assert_eq!(
        sha256_of(path),
        file.sha256,
        "the log keeps the hash of the bytes written"
    );

    // The demo's reminders are in the log too: the statement is the one statement.
    let log: Vec<_> = b
        .communications(&s, customer.id)
        .unwrap()
        .into_iter()
        .filter(|c| c.kind == "statement")
        .collect();
    assert_eq!(log.len(), 1);
    assert_eq!(log[0].sha256, file.sha256);
    assert_eq!(log[0].as_of, "2026-11-25");
    assert_eq!(log[0].balance, view.closing_balance);
    assert_eq!(
        log[0].invoices,
        view.open_items
            .iter()
            .map(|o| o.number.clone())
            .collect::<Vec<_>>()
    );

    let text = pdf_text(path);
    assert!(text.contains(&customer.legal_name), "{text}");
    for o in &view.open_items {
        assert!(text.contains(&o.number), "{} missing:\n{text}", o.number);
    }
}

#[test]
fn the_month_end_batch_writes_one_file_per_customer_with_a_balance_and_one_to_print() {
    let dir = tempfile::tempdir().unwrap();
    let (b, s) = demo_with_history(&dir.path().join("book.db"), "2026-11-25", 15);
    let out = dir.path().join("month-end");
    let req = BatchRequest {
        selection: StatementSelection::WithBalance,
        from: "2026-11-01".into(),
        to: "2026-11-25".into(),
        as_of: "2026-11-25".into(),
        out_dir: out.display().to_string(),
        combined: Some(String::new()),
    };
    let ticks = std::cell::RefCell::new(Vec::new());
    let r = b
        .statements_batch(
            &s,
            &req,
            Lang::Fr,
            dir.path(),
            &|p| ticks.borrow_mut().push((p.done, p.total)),
            &CancelFlag::default(),
        )
        .unwrap();
    let with_balance = b
        .customers(&s)
        .unwrap()
        .iter()
        .filter(|c| {
            let v = b
                .statement(&s, &request(c.id, "2026-11-01", "2026-11-25", "2026-11-25"))
                .unwrap();
            dec(&v.closing_balance.amount) != Decimal::ZERO
        })
        .count() as i64;
    assert!(with_balance >= 3, "the demo leaves balances");
    assert_eq!(r.selected, with_balance);
    assert_eq!(r.produced, with_balance);
    assert!(!r.cancelled);
    assert_eq!(r.files.len() as i64, with_balance);
    for f in &r.files {
        assert!(Path::new(f).exists(), "{f}");
    }
    let combined = r.combined.clone().expect("the combined file");
    let text = pdf_text(Path::new(&combined));
    assert!(
        text.matches('\x0c').count() as i64 >= with_balance,
        "at least a page per customer"
    );
    assert_eq!(ticks.borrow().last(), Some(&(with_balance, with_balance)));
    let logged: usize = b
        .customers(&s)
        .unwrap()
        .iter()
        .map(|c| statements_logged(&b, &s, c.id))
        .sum();
    assert_eq!(logged as i64, with_balance);

    // Cancelled after the first statement: what was written stays written and logged.
    let cancel = CancelFlag::default();
    let again = BatchRequest {
        selection: StatementSelection::All,
        out_dir: dir.path().join("cancelled").display().to_string(),
        combined: None,
        ..req
    };
    let r = b
        .statements_batch(
            &s,
            &again,
            Lang::Fr,
            dir.path(),
            &|p| {
                if p.done == 1 {
                    cancel.cancel()
                }
            },
            &cancel,
        )
        .unwrap();
    assert!(r.cancelled);
    assert_eq!(r.produced, 1);
    assert_eq!(r.files.len(), 1);
    assert_eq!(r.selected, 15);
}

#[test]
fn the_aging_report_exports_as_csv_a_french_spreadsheet_reads() {
    let dir = tempfile::tempdir().unwrap();
    let (b, s) = demo_with_history(&dir.path().join("book.db"), "2026-11-25", 15);
    let report = b.aging_report(&s, "2026-11-25").unwrap();
    assert!(!report.rows.is_empty());
    let (name, bytes) = b.aging_csv(&s, "2026-11-25", Lang::Fr).unwrap();
    assert_eq!(name, "Balance-agee-2026-11-25.csv");
    let text = String::from_utf8(bytes).unwrap();
    assert!(text.starts_with('\u{feff}'), "a BOM for Excel");
    let mut lines = text.trim_start_matches('\u{feff}').lines();
    assert_eq!(
        lines.next().unwrap(),
        "N° client;Client;Devise;Non échu;1–30 jours;31–60 jours;61–90 jours;Plus de 90 jours;Total"
    );
    let first = lines.next().unwrap();
    let row = &report.rows[0];
    assert!(
        first.starts_with(&format!("C-{:05};", row.customer_id)),
        "{first}"
    );
    assert!(
        first.ends_with(&format!(";{}", row.aging.total.amount.replace('.', ","))),
        "{first} vs {}",
        row.aging.total.amount
    );
    let (_, en) = b.aging_csv(&s, "2026-11-25", Lang::En).unwrap();
    let en = String::from_utf8(en).unwrap();
    assert!(en.contains("Customer no.,Customer,Currency,Not yet due"));
    let (pdf_name, pdf) = b.aging_pdf(&s, "2026-11-25", Lang::Fr).unwrap();
    assert!(pdf_name.ends_with(".pdf"));
    let path = dir.path().join(pdf_name);
    std::fs::write(&path, pdf).unwrap();
    let text = pdf_text(&path);
    assert!(text.contains(&row.customer_name), "{text}");
}
