//! The settlement index (migration 003) that lets the aging report skip paid history:
//! filled from the documents when an older book is upgraded, kept by triggers after.

use ardoise_store::Store;
use chrono::NaiveDate;
use rusqlite::Connection;

const V1: &str = include_str!("../migrations/001_foundation.sql");
const V2: &str = include_str!("../migrations/002_invoicing.sql");

fn d(s: &str) -> NaiveDate {
    s.parse().unwrap()
}

/// A book as Ardoise with schema 2 left it: three invoices, one paid in two payments,
/// one credited then paid, one half paid.
fn version_2_book(path: &std::path::Path) {
    let conn = Connection::open(path).unwrap();
    conn.execute_batch(V1).unwrap();
    conn.execute_batch(V2).unwrap();
    conn.execute_batch(
        "INSERT INTO customers (id, legal_name, country, address_line1, postal_code, city,
            language, currency, payment_terms_days, status, created_at, updated_at)
         VALUES (1, 'Dupont SARL', 'FR', '1 rue X', '75001', 'Paris', 'fr', 'EUR', 30,
            'active', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z');
         INSERT INTO invoices (id, kind, status, customer_id, series_year, series_seq, number,
            currency, language, issue_date, due_date, vat_treatment, net_minor, vat_minor,
            gross_minor, created_at) VALUES
          (1, 'invoice', 'issued', 1, 2026, 1, 'F2026-00001', 'EUR', 'fr', '2026-09-01',
           '2026-10-01', 'domestic', 10000, 2000, 12000, 'x'),
          (2, 'invoice', 'issued', 1, 2026, 2, 'F2026-00002', 'EUR', 'fr', '2026-10-01',
           '2026-10-31', 'domestic', 10000, 2000, 12000, 'x'),
          (3, 'invoice', 'issued', 1, 2026, 3, 'F2026-00003', 'EUR', 'fr', '2026-11-01',
           '2026-12-01', 'domestic', 10000, 2000, 12000, 'x');
         INSERT INTO invoices (id, kind, status, customer_id, credited_invoice_id, series_year,
            series_seq, number, currency, language, issue_date, due_date, vat_treatment,
            net_minor, vat_minor, gross_minor, created_at) VALUES
          (4, 'credit_note', 'issued', 1, 2, 2026, 1, 'AV2026-00001', 'EUR', 'fr',
           '2026-10-10', '2026-10-10', 'domestic', 2500, 500, 3000, 'x');
         INSERT INTO payments (id, customer_id, received_on, amount_minor, currency, method,
            created_at) VALUES
          (1, 1, '2026-09-20', 5000, 'EUR', 'transfer', 'x'),
          (2, 1, '2026-10-15', 7000, 'EUR', 'transfer', 'x'),
          (3, 1, '2026-11-05', 9000, 'EUR', 'transfer', 'x'),
          (4, 1, '2026-11-20', 6000, 'EUR', 'transfer', 'x');
         INSERT INTO allocations (payment_id, invoice_id, amount_minor, created_at) VALUES
          (1, 1, 5000, 'x'), (2, 1, 7000, 'x'), (3, 2, 9000, 'x'), (4, 3, 6000, 'x');
         PRAGMA user_version = 2;",
    )
    .unwrap();
}

#[test]
fn upgrading_a_book_indexes_what_was_settled_and_when() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("book.db");
    version_2_book(&path);
    let store = Store::open(&path).unwrap();
    let conn = Connection::open(&path).unwrap();
    let index: Vec<(i64, Option<String>)> = conn
        .prepare("SELECT invoice_id, settled_on FROM invoice_settlement ORDER BY invoice_id")
        .unwrap()
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    assert_eq!(
        index,
        vec![
            // Paid in two payments: settled by the second.
            (1, Some("2026-10-15".into())),
            // Credited 30.00 on 10/10, then 90.00 paid on 05/11.
            (2, Some("2026-11-05".into())),
            // Half paid: open.
            (3, None),
        ]
    );
    // The aging report's view of it, as of dates around those events.
    let open = |as_of: &str| -> Vec<(i64, i64)> {
        store
            .read()
            .open_invoices(d(as_of))
            .unwrap()
            .iter()
            .map(|o| (o.invoice_id, o.open.to_minor().unwrap()))
            .collect()
    };
    assert_eq!(open("2026-08-31"), vec![]);
    assert_eq!(open("2026-09-20"), vec![(1, 7000)]);
    assert_eq!(open("2026-10-01"), vec![(1, 7000), (2, 12000)]);
    assert_eq!(open("2026-10-10"), vec![(1, 7000), (2, 9000)]);
    assert_eq!(open("2026-10-15"), vec![(2, 9000)]);
    assert_eq!(open("2026-11-05"), vec![(3, 12000)]);
    assert_eq!(open("2026-11-25"), vec![(3, 6000)]);
}

#[test]
fn the_triggers_keep_the_index_whoever_writes() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("book.db");
    version_2_book(&path);
    drop(Store::open(&path).unwrap());
    let conn = Connection::open(&path).unwrap();
    // Plain SQL, as another tool would: the rest of invoice 3, then a new invoice
    // issued from a draft.
    conn.execute_batch(
        "INSERT INTO payments (id, customer_id, received_on, amount_minor, currency, method,
            created_at) VALUES (5, 1, '2026-11-24', 6000, 'EUR', 'transfer', 'x');
         INSERT INTO allocations (payment_id, invoice_id, amount_minor, created_at)
            VALUES (5, 3, 6000, 'x');
         INSERT INTO invoices (id, kind, status, customer_id, currency, language,
            vat_treatment, net_minor, vat_minor, gross_minor, created_at)
            VALUES (5, 'invoice', 'draft', 1, 'EUR', 'fr', 'domestic', 100, 20, 120, 'x');
         UPDATE invoices SET status = 'issued', number = 'F2026-00004', series_year = 2026,
            series_seq = 4, issue_date = '2026-11-25', due_date = '2026-12-25' WHERE id = 5;",
    )
    .unwrap();
    let get = |id: i64| -> Option<String> {
        conn.query_row(
            "SELECT settled_on FROM invoice_settlement WHERE invoice_id = ?1",
            [id],
            |r| r.get(0),
        )
        .unwrap()
    };
    assert_eq!(get(3), Some("2026-11-24".into()));
    assert_eq!(get(5), None);
    // And the aging report reads it.
    let store = Store::open(&path).unwrap();
    let open: Vec<i64> = store
        .read()
        .open_invoices(d("2026-11-25"))
        .unwrap()
        .iter()
        .map(|o| o.invoice_id)
        .collect();
    assert_eq!(open, vec![5]);
}
