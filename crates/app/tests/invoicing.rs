//! Billing, issuing, crediting and paying, against real SQLite files.

use std::sync::Arc;

use ardoise_app::demo::DemoOptions;
use ardoise_app::domain::invoicing::{InvoiceState, OneOffForm};
use ardoise_app::domain::Lang;
use ardoise_app::transport_invoicing::{AllocationInput, InvoiceFilter, PaymentForm};
use ardoise_app::{AppError, Ardoise, CancelFlag, FixedClock, Session};
use chrono::NaiveDate;
use rust_decimal::Decimal;

fn day(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

fn book(path: &std::path::Path, today: &str) -> (Ardoise, Session) {
    let b = Ardoise::open(path, Arc::new(FixedClock::on(day(today)))).unwrap();
    let s = b.admin_session().unwrap();
    (b, s)
}

fn dec(s: &str) -> Decimal {
    s.parse().unwrap()
}

fn demo(path: &std::path::Path) -> (Ardoise, Session) {
    let (mut b, s) = book(path, "2026-11-25");
    // A book without history: these tests bill and pay the current month from scratch.
    let options = DemoOptions {
        history_months: 0,
        ..DemoOptions::default()
    };
    b.seed_demo(&s, options).unwrap();
    (b, s)
}

#[test]
fn a_billing_run_drafts_once_per_customer_and_issuing_numbers_them_in_order() {
    let dir = tempfile::tempdir().unwrap();
    let (b, s) = demo(&dir.path().join("book.db"));
    let run = b
        .bill(&s, "2026-11", Lang::Fr, &|_| {}, &CancelFlag::default())
        .unwrap();
    assert!(run.drafted.len() >= 30, "{} drafts", run.drafted.len());
    assert!(run.problems.is_empty(), "{:?}", run.problems);
    assert!(run
        .drafted
        .iter()
        .all(|r| r.state == InvoiceState::Draft && r.number.is_none()));
    // Running the same month again bills nobody twice.
    let again = b
        .bill(&s, "2026-11", Lang::Fr, &|_| {}, &CancelFlag::default())
        .unwrap();
    assert!(again.drafted.is_empty());
    assert_eq!(again.skipped as usize, run.drafted.len());

    let ids: Vec<i64> = run.drafted.iter().map(|r| r.id).collect();
    let issued = b.issue_invoices(&s, &ids).unwrap();
    let numbers: Vec<String> = issued.iter().map(|r| r.number.clone().unwrap()).collect();
    let expected: Vec<String> = (1..=ids.len()).map(|i| format!("F2026-{i:05}")).collect();
    assert_eq!(numbers, expected, "gapless and in order");
    assert!(issued.iter().all(|r| r.state == InvoiceState::Unpaid));
}

#[test]
fn a_partial_payment_then_the_rest_changes_the_state_and_conserves_the_balance() {
    let dir = tempfile::tempdir().unwrap();
    let (b, s) = demo(&dir.path().join("book.db"));
    let run = b
        .bill(&s, "2026-11", Lang::Fr, &|_| {}, &CancelFlag::default())
        .unwrap();
    let first = run.drafted[0].clone();
    b.issue_invoices(&s, &[first.id]).unwrap();
    let gross = dec(&first.gross.amount);
    let half = (gross / Decimal::TWO).round_dp(2);
    let form = PaymentForm {
        customer_id: first.customer_id,
        received_on: "2026-11-26".into(),
        amount: half.to_string(),
        currency: first.gross.currency.clone(),
        method: "transfer".into(),
        reference: "VIR 123".into(),
    };
    let paid = b.record_payment(&s, &form, None).unwrap();
    assert_eq!(paid.allocations.len(), 1);
    let inv = b.invoice(&s, first.id).unwrap();
    assert_eq!(inv.row.state, InvoiceState::PartlyPaid);
    assert_eq!(dec(&inv.row.open.amount), gross - half);

    // Paying more than is open leaves the rest as the customer's credit.
    let rest = PaymentForm {
        amount: (gross - half + dec("10")).to_string(),
        ..form.clone()
    };
    let p2 = b.record_payment(&s, &rest, None).unwrap();
    assert_eq!(dec(&p2.unallocated.amount), dec("10"));
    assert_eq!(
        b.invoice(&s, first.id).unwrap().row.state,
        InvoiceState::Paid
    );
    let bal = &b.customer_balances(&s, first.customer_id).unwrap()[0];
    assert_eq!(
        dec(&bal.balance.amount),
        dec(&bal.invoiced.amount) - dec(&bal.credited.amount) - dec(&bal.paid.amount)
    );
    assert_eq!(dec(&bal.balance.amount), dec("-10"));
    assert_eq!(dec(&bal.unallocated.amount), dec("10"));
}

#[test]
fn bad_input_is_refused_with_a_sentence_and_nothing_is_written() {
    let dir = tempfile::tempdir().unwrap();
    let (b, s) = demo(&dir.path().join("book.db"));
    let run = b
        .bill(&s, "2026-11", Lang::Fr, &|_| {}, &CancelFlag::default())
        .unwrap();
    let draft = run.drafted[0].clone();

    // A negative quantity on a one-off line.
    let err = b
        .add_invoice_line(
            &s,
            draft.id,
            &OneOffForm {
                description: "Installation".into(),
                quantity: "-2".into(),
                unit_price: "100".into(),
            },
        )
        .unwrap_err();
    assert_eq!(err.view(Lang::Fr).fields[0].field, "quantity");
    let before = b.invoice(&s, draft.id).unwrap();
    assert_eq!(
        before.lines.len(),
        b.invoice(&s, draft.id).unwrap().lines.len()
    );

    // Issuing an empty invoice.
    let lines = before.lines.len() as i64;
    for p in (1..=lines).rev() {
        b.remove_invoice_line(&s, draft.id, p).unwrap();
    }
    let err = b.issue_invoices(&s, &[draft.id]).unwrap_err();
    assert!(matches!(err, AppError::EmptyInvoice), "{err:?}");
    assert!(err.view(Lang::Fr).message.contains("vide"));
    b.delete_draft(&s, draft.id).unwrap();

    // Editing an issued invoice.
    let other = run.drafted[1].clone();
    b.issue_invoices(&s, &[other.id]).unwrap();
    let err = b
        .add_invoice_line(
            &s,
            other.id,
            &OneOffForm {
                description: "Frais".into(),
                quantity: "1".into(),
                unit_price: "10".into(),
            },
        )
        .unwrap_err();
    assert!(matches!(err, AppError::Issued));
    assert!(matches!(
        b.delete_draft(&s, other.id),
        Err(AppError::Issued)
    ));

    // A payment in another currency than the invoice.
    let foreign = if other.gross.currency == "EUR" {
        "GBP"
    } else {
        "EUR"
    };
    let payments_before = b.payments(&s, None).unwrap().len();
    let err = b
        .record_payment(
            &s,
            &PaymentForm {
                customer_id: other.customer_id,
                received_on: "2026-11-26".into(),
                amount: "10".into(),
                currency: foreign.into(),
                method: "transfer".into(),
                reference: String::new(),
            },
            Some(&[AllocationInput {
                invoice_id: other.id,
                amount: "10".into(),
            }]),
        )
        .unwrap_err();
    assert!(matches!(err, AppError::Allocation(_)), "{err:?}");
    // Allocating more than is open.
    let too_much = dec(&other.gross.amount) + dec("1");
    let err = b
        .record_payment(
            &s,
            &PaymentForm {
                customer_id: other.customer_id,
                received_on: "2026-11-26".into(),
                amount: too_much.to_string(),
                currency: other.gross.currency.clone(),
                method: "transfer".into(),
                reference: String::new(),
            },
            Some(&[AllocationInput {
                invoice_id: other.id,
                amount: too_much.to_string(),
            }]),
        )
        .unwrap_err();
    assert!(matches!(err, AppError::Allocation(_)), "{err:?}");
    assert!(!err.view(Lang::En).message.is_empty());
    assert_eq!(b.payments(&s, None).unwrap().len(), payments_before);
}

#[test]
fn credit_notes_reference_the_invoice_and_never_exceed_it() {
    let dir = tempfile::tempdir().unwrap();
    let (b, s) = demo(&dir.path().join("book.db"));
    let run = b
        .bill(&s, "2026-11", Lang::Fr, &|_| {}, &CancelFlag::default())
        .unwrap();
    let inv = run.drafted[0].clone();
    b.issue_invoices(&s, &[inv.id]).unwrap();
    let gross = dec(&inv.gross.amount);
    let part = b
        .credit_invoice(&s, inv.id, Some("10"), "Geste commercial")
        .unwrap();
    let cn = b.invoice(&s, part).unwrap();
    assert_eq!(cn.row.number.as_deref(), Some("AV2026-00001"));
    assert_eq!(cn.credited_invoice.as_ref().map(|r| r.id), Some(inv.id));
    assert!(dec(&cn.row.gross.amount) <= dec("10"));
    // More than what is left is refused.
    let err = b
        .credit_invoice(&s, inv.id, Some(&(gross).to_string()), "Trop")
        .unwrap_err();
    assert!(matches!(err, AppError::Credit(_)), "{err:?}");
    // The rest credits it fully.
    b.credit_invoice(&s, inv.id, None, "Le reste").unwrap();
    let after = b.invoice(&s, inv.id).unwrap();
    assert_eq!(after.row.state, InvoiceState::Credited);
    assert_eq!(dec(&after.credited.amount), gross);
    let filter = InvoiceFilter {
        state: Some(InvoiceState::Credited),
        ..Default::default()
    };
    assert_eq!(b.invoices(&s, &filter).unwrap().len(), 1);
}

#[test]
fn the_pdf_of_an_issued_invoice_names_the_parties_and_the_number() {
    let dir = tempfile::tempdir().unwrap();
    let (b, s) = demo(&dir.path().join("book.db"));
    let run = b
        .bill(&s, "2026-11", Lang::Fr, &|_| {}, &CancelFlag::default())
        .unwrap();
    let inv = run.drafted[0].clone();
    b.issue_invoices(&s, &[inv.id]).unwrap();
    let (name, bytes) = b.invoice_pdf(&s, inv.id).unwrap();
    assert_eq!(name, "F2026-00001.pdf");
    assert!(bytes.starts_with(b"%PDF"));
    assert!(bytes.len() < 60_000, "{} bytes", bytes.len());
}
