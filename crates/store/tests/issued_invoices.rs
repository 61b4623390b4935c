//! The store itself guards issued invoices and gapless numbering, whoever writes.

use std::sync::{Arc, Barrier};

use ardoise_domain::customer::CustomerForm;
use ardoise_domain::invoicing::{totals, InvoiceLine, LineKind, PaymentMethod};
use ardoise_domain::money::Currency;
use ardoise_domain::Lang;
use ardoise_store::{DocKind, NewDocument, Store, StoreError};
use chrono::{NaiveDate, TimeZone, Utc};
use rust_decimal::Decimal;

fn now() -> chrono::DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 25, 9, 0, 0).unwrap()
}

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 25).unwrap()
}

fn customer(store: &Store) -> i64 {
    let c = CustomerForm {
        legal_name: "Dupont SARL".into(),
        country: "FR".into(),
        address_line1: "1 rue X".into(),
        postal_code: "75001".into(),
        city: "Paris".into(),
        language: "fr".into(),
        currency: "EUR".into(),
        payment_terms_days: "30".into(),
        ..Default::default()
    }
    .validate()
    .unwrap();
    store.write(|db| db.insert_customer(&c, now())).unwrap()
}

fn draft(store: &Store, customer_id: i64) -> i64 {
    let lines = vec![InvoiceLine {
        kind: LineKind::OneOff,
        description: "Installation".into(),
        subscription_id: None,
        service_start: None,
        service_end: None,
        quantity: Decimal::ONE,
        unit_price: Decimal::from(100),
        proration: None,
        vat_rate: Decimal::from(20),
    }];
    let t = totals(&lines, Currency::EUR);
    store
        .write(|db| {
            db.insert_document(
                &NewDocument {
                    kind: DocKind::Invoice,
                    customer_id,
                    credited_invoice_id: None,
                    currency: Currency::EUR,
                    language: Lang::Fr,
                    period: None,
                    vat_treatment: "domestic",
                    vat_mention: None,
                    lines: &lines,
                    totals: &t,
                },
                now(),
            )
        })
        .unwrap()
}

fn issue(store: &Store, id: i64) -> Result<String, StoreError> {
    store.write(|db| db.issue_document(id, today(), today(), "{}", "{}", now()))
}

#[test]
fn raw_sql_cannot_change_or_delete_an_issued_invoice() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("book.db");
    let store = Store::open(&path).unwrap();
    let c = customer(&store);
    let id = draft(&store, c);
    assert_eq!(issue(&store, id).unwrap(), "F2026-00001");
    drop(store);

    // Another program on the same file, with plain SQL.
    let raw = rusqlite::Connection::open(&path).unwrap();
    for sql in [
        "UPDATE invoices SET gross_minor = 1, net_minor = 1, vat_minor = 0 WHERE id = ?1",
        "UPDATE invoices SET number = 'F2026-99999' WHERE id = ?1",
        "UPDATE invoices SET status = 'draft', number = NULL WHERE id = ?1",
        "DELETE FROM invoices WHERE id = ?1",
        "UPDATE invoice_lines SET unit_price = '1' WHERE invoice_id = ?1",
        "DELETE FROM invoice_lines WHERE invoice_id = ?1",
        "INSERT INTO invoice_lines (invoice_id, position, kind, description, quantity, unit_price,
             vat_rate, net_minor) VALUES (?1, 9, 'one_off', 'x', '1', '1', '20', 100)",
    ] {
        let err = raw.execute(sql, [id]).unwrap_err();
        assert!(err.to_string().contains("issued invoice"), "{sql}: {err}");
    }
    let gross: i64 = raw
        .query_row(
            "SELECT gross_minor FROM invoices WHERE id = ?1",
            [id],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(gross, 12000);
}

#[test]
fn numbering_stays_gapless_when_two_connections_issue_at_once() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("book.db");
    let store = Store::open(&path).unwrap();
    let c = customer(&store);
    let ids: Vec<i64> = (0..40).map(|_| draft(&store, c)).collect();
    drop(store);
    let barrier = Arc::new(Barrier::new(2));
    let halves: Vec<Vec<i64>> = vec![
        ids.iter().copied().step_by(2).collect(),
        ids.iter().copied().skip(1).step_by(2).collect(),
    ];
    let handles: Vec<_> = halves
        .into_iter()
        .map(|mine| {
            let path = path.clone();
            let barrier = barrier.clone();
            std::thread::spawn(move || {
                let store = Store::open(&path).unwrap();
                barrier.wait();
                mine.into_iter()
                    .map(|id| issue(&store, id).unwrap())
                    .collect::<Vec<_>>()
            })
        })
        .collect();
    let mut numbers: Vec<String> = handles
        .into_iter()
        .flat_map(|h| h.join().unwrap())
        .collect();
    numbers.sort();
    let expected: Vec<String> = (1..=40).map(|i| format!("F2026-{i:05}")).collect();
    assert_eq!(numbers, expected);
}

#[test]
fn a_recorded_payment_cannot_be_rewritten() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("book.db");
    let store = Store::open(&path).unwrap();
    let c = customer(&store);
    let money = ardoise_domain::money::Money::new(Decimal::from(50), Currency::EUR);
    let p = store
        .write(|db| db.insert_payment(c, today(), &money, PaymentMethod::Transfer, None, now()))
        .unwrap();
    let raw = rusqlite::Connection::open(&path).unwrap();
    let err = raw
        .execute("UPDATE payments SET amount_minor = 1 WHERE id = ?1", [p])
        .unwrap_err();
    assert!(err.to_string().contains("cannot be changed"), "{err}");
    // Money can only settle an issued invoice.
    let d = draft(&store, c);
    let err = store
        .write(|db| db.insert_allocation(p, d, &money, now()))
        .unwrap_err();
    assert!(matches!(err, StoreError::Refused(_)), "{err:?}");
}
