//! A month's support fee is billed once, and a skipped run's fee is not lost: the next
//! run bills it, on its own line, while the months before the first fee billed (when
//! the partner billed its support elsewhere) are left alone.

mod support_desk;

use std::sync::Arc;

use ardoise_app::clock::ManualClock;
use ardoise_app::domain::invoicing::LineKind;
use ardoise_app::domain::Lang;
use ardoise_app::transport_invoicing::InvoiceFilter;
use ardoise_app::{Ardoise, CancelFlag, Session};
use support_desk::{at, desk};

/// The fee lines of the customer's invoice for `period`, after running it.
fn run(b: &Ardoise, s: &Session, customer: i64, period: &str) -> Vec<String> {
    b.bill(s, period, Lang::Fr, &|_| {}, &CancelFlag::default())
        .unwrap();
    let filter = InvoiceFilter {
        state: None,
        customer_id: Some(customer),
        period: Some(period.into()),
        kind: None,
        ..Default::default()
    };
    b.invoices(s, &filter)
        .unwrap()
        .iter()
        .flat_map(|i| b.invoice(s, i.id).unwrap().lines)
        .filter(|l| l.kind == LineKind::SupportFee)
        .map(|l| l.description)
        .collect()
}

#[test]
fn the_run_after_a_skipped_month_bills_its_fee_and_no_month_twice() {
    let dir = tempfile::tempdir().unwrap();
    let clock = Arc::new(ManualClock::at(at("2026-09-01T08:00:00Z")));
    // On the plan since January, billed by the book from September only.
    let (b, s, c) = desk(&dir.path().join("book.db"), clock.clone());
    assert_eq!(
        run(&b, &s, c, "2026-09"),
        vec!["Forfait support “Essentiel”, septembre 2026"]
    );
    // October's run forgotten; November's bills October's fee too.
    clock.set_instant(at("2026-11-02T08:00:00Z"));
    assert_eq!(
        run(&b, &s, c, "2026-11"),
        vec![
            "Forfait support “Essentiel”, octobre 2026",
            "Forfait support “Essentiel”, novembre 2026"
        ]
    );
    // October run late after all: its fee is already billed.
    assert!(run(&b, &s, c, "2026-10").is_empty());
    // December's run has nothing to catch up.
    clock.set_instant(at("2026-12-01T08:00:00Z"));
    assert_eq!(
        run(&b, &s, c, "2026-12"),
        vec!["Forfait support “Essentiel”, décembre 2026"]
    );
}
