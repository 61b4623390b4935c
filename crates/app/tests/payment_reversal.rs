//! Reversing a payment and refunding a customer's credit, against real SQLite files:
//! every place the book counts payments (open amounts, the aging report's index,
//! balances, the account card, statements, `check`) sees a reversal from its own date,
//! refusals write nothing, and the schema keeps what was written.

use std::path::Path;
use std::sync::Arc;

use ardoise_app::demo::DemoOptions;
use ardoise_app::domain::invoicing::InvoiceState;
use ardoise_app::domain::statements::EntryKind;
use ardoise_app::domain::Lang;
use ardoise_app::transport_invoicing::{AllocationInput, PaymentForm, PaymentView};
use ardoise_app::transport_payments::{RefundForm, ReversalForm};
use ardoise_app::transport_statements::{AgingReport, StatementRequest};
use ardoise_app::{AppError, Ardoise, FixedClock, Session};
use chrono::NaiveDate;
use rust_decimal::Decimal;

const TODAY: &str = "2026-11-25";

fn day(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

fn dec(s: &str) -> Decimal {
    s.parse().unwrap()
}

fn demo(path: &Path) -> (Ardoise, Session) {
    let mut b = Ardoise::open(path, Arc::new(FixedClock::on(day(TODAY)))).unwrap();
    let s = b.admin_session().unwrap();
    let options = DemoOptions {
        customers: 4,
        ..DemoOptions::default()
    };
    b.seed_demo(&s, options).unwrap();
    (b, s)
}

fn count(path: &Path, table: &str) -> i64 {
    let c = rusqlite::Connection::open(path).unwrap();
    c.query_row(&format!("SELECT COUNT(*) FROM {table}"), [], |r| r.get(0))
        .unwrap()
}

const TABLES: [&str; 6] = [
    "payment_reversals",
    "reversal_allocations",
    "refunds",
    "refund_sources",
    "allocations",
    "audit_log",
];

fn counts(path: &Path) -> Vec<i64> {
    TABLES.iter().map(|t| count(path, t)).collect()
}

/// A payment wholly allocated to one invoice, the largest such.
fn settling_payment(b: &Ardoise, s: &Session) -> PaymentView {
    let mut list: Vec<PaymentView> = b
        .payments(s, None)
        .unwrap()
        .into_iter()
        .filter(|p| p.allocations.len() == 1 && dec(&p.unallocated.amount).is_zero())
        .collect();
    list.sort_by_key(|p| std::cmp::Reverse(dec(&p.amount.amount)));
    list.remove(0)
}

fn customer_total(r: &AgingReport, customer_id: i64) -> Decimal {
    r.rows
        .iter()
        .filter(|row| row.customer_id == customer_id)
        .map(|row| dec(&row.aging.total.amount))
        .sum()
}

fn reversal(on: &str, reason: &str) -> ReversalForm {
    ReversalForm {
        reversed_on: on.into(),
        reason: reason.into(),
    }
}

fn fields(e: AppError) -> Vec<(String, String)> {
    e.view(Lang::Fr)
        .fields
        .into_iter()
        .map(|f| (f.field, f.message))
        .collect()
}

fn statement(b: &Ardoise, s: &Session, customer_id: i64, as_of: &str) -> StatementRequest {
    let _ = (b, s);
    StatementRequest {
        customer_id,
        from: "2026-11-01".into(),
        to: as_of.into(),
        as_of: as_of.into(),
    }
}

/// Brought forward + invoiced − settled + given back = closing balance, to the cent.
fn adds_up(view: &ardoise_app::transport_statements::StatementView) {
    let s = &view.summary;
    assert_eq!(
        dec(&view.brought_forward.amount) + dec(&s.invoiced.amount) - dec(&s.settled.amount)
            + dec(&s.given_back.amount),
        dec(&view.closing_balance.amount),
        "{s:?}"
    );
}

fn pdf_text(bytes: &[u8]) -> String {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("s.pdf");
    std::fs::write(&file, bytes).unwrap();
    let out = std::process::Command::new("pdftotext")
        .args(["-layout", file.to_str().unwrap(), "-"])
        .output()
        .unwrap();
    assert!(out.status.success());
    String::from_utf8(out.stdout).unwrap()
}

#[test]
fn a_reversal_reopens_the_invoices_everywhere_from_its_date_on() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("book.db");
    let (b, s) = demo(&path);
    let p = settling_payment(&b, &s);
    let amount = dec(&p.amount.amount);
    let invoice_id = p.allocations[0].invoice_id;
    let customer = p.customer_id;

    let invoice_before = b.invoice(&s, invoice_id).unwrap();
    assert!(dec(&invoice_before.row.open.amount).is_zero());
    let aging_now = b.aging_report(&s, TODAY).unwrap();
    let aging_eve = b.aging_report(&s, "2026-11-19").unwrap();
    let balance = |b: &Ardoise| {
        let v = b.customer_balances(&s, customer).unwrap();
        (dec(&v[0].balance.amount), dec(&v[0].paid.amount))
    };
    let (balance_before, paid_before) = balance(&b);
    let view_before = b
        .statement(&s, &statement(&b, &s, customer, TODAY))
        .unwrap();
    let closing_before = dec(&view_before.closing_balance.amount);

    let reversed = b
        .payment_reverse(&s, p.id, &reversal("2026-11-20", "Chèque sans provision"))
        .unwrap();
    let r = reversed.reversal.clone().expect("reversed");
    assert_eq!(
        (r.reversed_on.as_str(), r.reason.as_str()),
        ("2026-11-20", "Chèque sans provision")
    );
    assert!(dec(&reversed.unallocated.amount).is_zero());
    // The payment itself is kept as recorded, allocations included.
    assert_eq!(reversed.allocations.len(), 1);
    assert_eq!(reversed.amount, p.amount);

    // Documents' open amounts (the invoice page, the list, collections read these).
    let invoice = b.invoice(&s, invoice_id).unwrap();
    assert_eq!(
        dec(&invoice.row.open.amount),
        dec(&invoice.row.gross.amount)
    );
    assert!(dec(&invoice.paid.amount).is_zero());
    assert!(invoice.settlements.is_empty());
    assert_eq!(invoice.row.state, InvoiceState::Overdue);

    // The aging report (the settlement index): open again today, not on the eve.
    let after_now = b.aging_report(&s, TODAY).unwrap();
    assert_eq!(
        customer_total(&after_now, customer),
        customer_total(&aging_now, customer) + amount
    );
    assert_eq!(b.aging_report(&s, "2026-11-19").unwrap(), aging_eve);

    // The account card: paid less, owed more.
    let (balance_after, paid_after) = balance(&b);
    assert_eq!(balance_after, balance_before + amount);
    assert_eq!(paid_after, paid_before - amount);

    // The statement: a reversal line, a debit, in the running balance.
    let view = b
        .statement(&s, &statement(&b, &s, customer, TODAY))
        .unwrap();
    let line = view
        .lines
        .iter()
        .find(|l| l.kind == EntryKind::Reversal)
        .expect("a reversal line");
    assert_eq!(line.debit.as_ref().map(|m| dec(&m.amount)), Some(amount));
    assert_eq!(
        line.reverses.as_ref().map(|r| r.reason.as_str()),
        Some("Chèque sans provision")
    );
    assert_eq!(line.number, p.reference.clone().unwrap_or_default());
    assert_eq!(dec(&view.closing_balance.amount), closing_before + amount);
    // Its summary: the reversal is no invoice; it has its own figure, and the figures
    // still add up to the closing balance.
    assert_eq!(view.summary.invoiced, view_before.summary.invoiced);
    assert_eq!(view.summary.settled, view_before.summary.settled);
    assert_eq!(
        dec(&view.summary.given_back.amount),
        dec(&view_before.summary.given_back.amount) + amount
    );
    adds_up(&view);
    assert!(view.open_items.iter().any(|o| o.invoice_id == invoice_id));
    let (_, pdf) = b
        .statement_pdf(&s, &statement(&b, &s, customer, TODAY))
        .unwrap();
    let text = pdf_text(&pdf);
    assert!(
        text.contains("Annulation du règlement") || text.contains("Reversal of payment"),
        "{text}"
    );
    std::fs::write("/tmp/pay/statement.txt", &text).ok();
    // The reason may wrap in its column: read the words in order.
    let words: Vec<&str> = text.split_whitespace().collect();
    assert!(
        words
            .windows(3)
            .any(|w| w == ["Chèque", "sans", "provision"])
            || (text.contains("Chèque sans") && text.contains("provision")),
        "{text}"
    );
    assert!(
        !text.contains("reversal"),
        "a code on the statement: {text}"
    );

    // Nothing broken for `check`, and the invoice can be settled again.
    assert!(b.check(&s).unwrap().findings.is_empty());
    let again = b
        .record_payment(
            &s,
            &PaymentForm {
                customer_id: customer,
                received_on: TODAY.into(),
                amount: invoice.row.gross.amount.clone(),
                currency: invoice.row.gross.currency.clone(),
                method: "transfer".into(),
                reference: "VIR bis".into(),
            },
            Some(&[AllocationInput {
                invoice_id,
                amount: invoice.row.gross.amount.clone(),
            }]),
        )
        .unwrap();
    assert_eq!(again.allocations.len(), 1);
    assert!(dec(&b.invoice(&s, invoice_id).unwrap().row.open.amount).is_zero());
    assert!(b.check(&s).unwrap().findings.is_empty());
    assert_eq!(balance(&b).0, balance_before);
}

#[test]
fn a_payment_is_reversed_once_and_each_refusal_writes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("book.db");
    let (b, s) = demo(&path);
    let p = settling_payment(&b, &s);

    let before = counts(&path);
    let e = b
        .payment_reverse(&s, p.id, &reversal("2000-01-01", " "))
        .unwrap_err();
    let f = fields(e);
    assert_eq!(f.len(), 1, "{f:?}");
    assert_eq!(f[0].0, "reason");
    let e = b
        .payment_reverse(&s, p.id, &reversal("31/12/2026", ""))
        .unwrap_err();
    let names: Vec<String> = fields(e).into_iter().map(|(f, _)| f).collect();
    assert_eq!(names, ["reversed_on", "reason"]);
    let day_before =
        (p.received_on.parse::<NaiveDate>().unwrap() - chrono::Days::new(1)).to_string();
    let e = b
        .payment_reverse(&s, p.id, &reversal(&day_before, "erreur"))
        .unwrap_err();
    let f = fields(e);
    assert_eq!(f[0].0, "reversed_on");
    assert!(
        f[0].1
            .starts_with("Un règlement ne peut être annulé avant sa date de réception"),
        "{}",
        f[0].1
    );
    assert!(matches!(
        b.payment_reverse(&s, 99_999, &reversal(TODAY, "erreur")),
        Err(AppError::NotFound(_))
    ));
    assert_eq!(counts(&path), before);

    b.payment_reverse(&s, p.id, &reversal("2026-11-20", "Saisi deux fois"))
        .unwrap();
    let done = counts(&path);
    assert_eq!(done[0], before[0] + 1);
    assert_eq!(done[1], before[1] + 1);
    let e = b
        .payment_reverse(&s, p.id, &reversal(TODAY, "encore"))
        .unwrap_err();
    let f = fields(e);
    assert_eq!(
        f,
        [(
            "payment_id".to_string(),
            "Ce règlement a déjà été annulé le 20/11/2026.".to_string()
        )]
    );
    assert!(b
        .allocate_payment(
            &s,
            p.id,
            &[AllocationInput {
                invoice_id: p.allocations[0].invoice_id,
                amount: "1".into()
            }]
        )
        .is_err());
    assert_eq!(counts(&path), done);
}

fn on_account(b: &Ardoise, s: &Session, customer_id: i64, amount: &str) -> PaymentView {
    b.record_payment(
        s,
        &PaymentForm {
            customer_id,
            received_on: "2026-11-21".into(),
            amount: amount.into(),
            currency: "EUR".into(),
            method: "cheque".into(),
            reference: "184".into(),
        },
        Some(&[]),
    )
    .unwrap()
}

fn refund(customer_id: i64, amount: &str, currency: &str) -> RefundForm {
    RefundForm {
        customer_id,
        refunded_on: TODAY.into(),
        amount: amount.into(),
        currency: currency.into(),
        method: "transfer".into(),
        reference: "REMB-1".into(),
    }
}

#[test]
fn a_refund_takes_the_credit_and_never_more() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("book.db");
    let (b, s) = demo(&path);
    let customer = b.payments(&s, None).unwrap()[0].customer_id;
    let p = on_account(&b, &s, customer, "5000");
    let owed = dec(&b.customer_balances(&s, customer).unwrap()[0].balance.amount);
    assert!(owed < Decimal::ZERO, "the customer is owed: {owed}");
    let available = -owed;

    let before = counts(&path);
    let too_much = (available + dec("0.01")).to_string();
    let f = fields(
        b.customer_refund(&s, &refund(customer, &too_much, "EUR"))
            .unwrap_err(),
    );
    assert_eq!(f[0].0, "amount");
    assert!(f[0].1.contains("Le crédit du client est de"), "{}", f[0].1);
    let f = fields(
        b.customer_refund(&s, &refund(customer, "10", "GBP"))
            .unwrap_err(),
    );
    assert!(f[0].1.contains("aucun crédit en GBP"), "{}", f[0].1);
    let f = fields(
        b.customer_refund(&s, &refund(customer, "-3", "EUR"))
            .unwrap_err(),
    );
    assert_eq!(f[0].0, "amount");
    assert_eq!(counts(&path), before);

    let r = b
        .customer_refund(&s, &refund(customer, "100", "EUR"))
        .unwrap();
    assert_eq!(dec(&r.amount.amount), dec("100"));
    let paid = b
        .payments(&s, Some(customer))
        .unwrap()
        .into_iter()
        .find(|x| x.id == p.id)
        .unwrap();
    // Drawn on the customer's oldest credit first, then on this payment's.
    let all = b.payments(&s, Some(customer)).unwrap();
    let refunded: Decimal = all.iter().map(|x| dec(&x.refunded.amount)).sum();
    assert_eq!(refunded, dec("100"));
    assert!(dec(&paid.refunded.amount) > Decimal::ZERO);
    assert_eq!(
        dec(&paid.unallocated.amount),
        dec("5000") - dec(&paid.refunded.amount)
    );
    let card = &b.customer_balances(&s, customer).unwrap()[0];
    assert_eq!(dec(&card.balance.amount), owed + dec("100"));
    let left: Decimal = all.iter().map(|x| dec(&x.unallocated.amount)).sum();
    assert_eq!(dec(&card.unallocated.amount), left);

    let view = b
        .statement(&s, &statement(&b, &s, customer, TODAY))
        .unwrap();
    let line = view
        .lines
        .iter()
        .find(|l| l.kind == EntryKind::Refund)
        .expect("a refund line");
    assert_eq!(
        line.debit.as_ref().map(|m| dec(&m.amount)),
        Some(dec("100"))
    );
    assert!(line.number.contains("REMB-1"), "{}", line.number);
    // A refund is paid back, not invoiced.
    let invoiced: Decimal = view
        .lines
        .iter()
        .filter(|l| l.kind == EntryKind::Invoice)
        .filter_map(|l| l.debit.as_ref().map(|m| dec(&m.amount)))
        .sum();
    assert_eq!(dec(&view.summary.invoiced.amount), invoiced);
    assert_eq!(dec(&view.summary.given_back.amount), dec("100"));
    adds_up(&view);

    // Its credit partly paid back, the payment can no longer be reversed.
    let f = fields(
        b.payment_reverse(&s, p.id, &reversal(TODAY, "erreur"))
            .unwrap_err(),
    );
    assert_eq!(f[0].0, "payment_id");
    assert!(f[0].1.contains("remboursés"), "{}", f[0].1);
    // The rest of the credit, to the cent, and not a cent more.
    let rest = (available - dec("100")).to_string();
    b.customer_refund(&s, &refund(customer, &rest, "EUR"))
        .unwrap();
    let f = fields(
        b.customer_refund(&s, &refund(customer, "0.01", "EUR"))
            .unwrap_err(),
    );
    assert!(f[0].1.contains("aucun crédit en EUR"), "{}", f[0].1);
    assert!(dec(&b.customer_balances(&s, customer).unwrap()[0].balance.amount).is_zero());
    assert!(b.check(&s).unwrap().findings.is_empty());
}

#[test]
fn the_schema_keeps_reversals_and_refunds_as_written() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("book.db");
    let (b, s) = demo(&path);
    let p = settling_payment(&b, &s);
    b.payment_reverse(&s, p.id, &reversal("2026-11-20", "erreur"))
        .unwrap();
    let credit = on_account(&b, &s, p.customer_id, "5000");
    b.customer_refund(&s, &refund(p.customer_id, "10", "EUR"))
        .unwrap();
    drop(b);
    let c = rusqlite::Connection::open(&path).unwrap();
    let before = counts(&path);
    let refused = [
        "UPDATE payment_reversals SET reason = 'autre'".to_string(),
        "DELETE FROM payment_reversals".to_string(),
        "INSERT OR REPLACE INTO payment_reversals (id, payment_id, reversed_on, reason, created_at)
         SELECT id, payment_id, reversed_on, 'autre', created_at FROM payment_reversals"
            .to_string(),
        format!(
            "INSERT INTO payment_reversals (payment_id, reversed_on, reason, created_at)
             VALUES ({}, '2026-11-25', 'deux fois', 'x')",
            p.id
        ),
        "UPDATE reversal_allocations SET amount_minor = 1".to_string(),
        "DELETE FROM reversal_allocations".to_string(),
        "UPDATE refunds SET amount_minor = 1".to_string(),
        "DELETE FROM refunds".to_string(),
        "DELETE FROM refund_sources".to_string(),
        format!(
            "INSERT INTO allocations (payment_id, invoice_id, amount_minor, created_at)
             VALUES ({}, {}, 1, 'x')",
            p.id, p.allocations[0].invoice_id
        ),
        format!(
            "INSERT INTO refund_sources (refund_id, payment_id, amount_minor, created_at)
             SELECT id, {}, 1, 'x' FROM refunds",
            p.id
        ),
        // More than the payment has left.
        format!(
            "INSERT INTO refund_sources (refund_id, payment_id, amount_minor, created_at)
             SELECT id, {}, 500000, 'x' FROM refunds",
            credit.id
        ),
    ];
    for sql in refused {
        assert!(c.execute(&sql, []).is_err(), "accepted: {sql}");
    }
    drop(c);
    assert_eq!(counts(&path), before);
}
