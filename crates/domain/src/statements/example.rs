//! The worked example: one customer's ledger from July to November 2026, small enough to
//! check by hand and rich enough to show every rule of a statement — five invoices,
//! three payments (allocated by hand, one leaving credit on account) and a credit note.
//!
//! For the period 1 October – 30 November 2026 as of 30 November 2026 it gives, to the
//! cent: brought forward 1 965,50 € (420,00 + 1 200,00 − 500,00 + 845,50), closing
//! balance 3 343,15 €, open items 3 493,15 € less 150,00 € on account. The domain's tests
//! check those figures; the documents crate prints them on its sample statement.

use chrono::NaiveDate;

use super::ledger::LedgerEntry;
use crate::invoicing::Allocation;
use crate::money::{Currency, Money};

/// The example's period and as-of date: 1 October – 30 November 2026, as of 30 November.
pub fn worked_period() -> (NaiveDate, NaiveDate, NaiveDate) {
    (day(2026, 10, 1), day(2026, 11, 30), day(2026, 11, 30))
}

/// The example's ledger, deliberately out of date order: a statement sorts.
pub fn worked_ledger() -> Vec<LedgerEntry> {
    vec![
        LedgerEntry::payment(
            3,
            "VIR-1105",
            day(2026, 11, 5),
            eur("400.00"),
            vec![alloc(2, "250.00")],
        ),
        LedgerEntry::invoice(
            0,
            "F2026-00077",
            day(2026, 7, 31),
            day(2026, 8, 30),
            eur("420.00"),
        ),
        LedgerEntry::invoice(
            1,
            "F2026-00101",
            day(2026, 9, 5),
            day(2026, 10, 5),
            eur("1200.00"),
        ),
        LedgerEntry::payment(
            1,
            "VIR-0915",
            day(2026, 9, 20),
            eur("500.00"),
            vec![alloc(1, "500.00")],
        ),
        LedgerEntry::invoice(
            2,
            "F2026-00118",
            day(2026, 9, 30),
            day(2026, 10, 30),
            eur("845.50"),
        ),
        LedgerEntry::invoice(
            3,
            "F2026-00142",
            day(2026, 10, 15),
            day(2026, 11, 14),
            eur("2310.75"),
        ),
        LedgerEntry::credit_note(20, "A2026-00007", day(2026, 10, 20), Some(2), eur("145.50")),
        LedgerEntry::payment(
            2,
            "VIR-1028",
            day(2026, 10, 28),
            eur("1000.00"),
            vec![alloc(1, "700.00"), alloc(2, "300.00")],
        ),
        LedgerEntry::invoice(
            4,
            "F2026-00167",
            day(2026, 11, 5),
            day(2026, 12, 5),
            eur("612.40"),
        ),
    ]
}

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    // Only called with literal, valid dates.
    NaiveDate::from_ymd_opt(y, m, d).unwrap_or_default()
}

/// Euros written to the cent, as in the example's description.
fn eur(amount: &str) -> Money {
    // Only called with literal, valid amounts.
    Money::new(amount.parse().unwrap_or_default(), Currency::EUR)
}

fn alloc(invoice_id: i64, amount: &str) -> Allocation {
    Allocation {
        invoice_id,
        amount: eur(amount),
    }
}
