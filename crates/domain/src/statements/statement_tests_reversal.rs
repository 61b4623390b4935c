//! The random ledgers' reversals and refunds (statement_tests.rs builds the rest).

use crate::invoicing::OpenItem;
use crate::money::Money;
use crate::statements::{EntryKind, LedgerEntry, ReversedPayment};
use chrono::NaiveDate;

/// A payment of `entries` not reversed yet, picked by `choice`.
fn unreversed(entries: &[LedgerEntry], choice: u32) -> Option<LedgerEntry> {
    let done: Vec<i64> = entries
        .iter()
        .filter_map(|e| e.reverses.as_ref().map(|r| r.payment_id))
        .collect();
    let left: Vec<&LedgerEntry> = entries
        .iter()
        .filter(|e| e.kind == EntryKind::Payment && !done.contains(&e.id))
        .collect();
    (!left.is_empty()).then(|| left[choice as usize % left.len()].clone())
}

/// A reversal of an earlier payment not yet reversed, giving back what it gave (ops come
/// in date order: the payment is earlier or the same day), or else a refund.
pub(super) fn reverse_or_refund(
    entries: &mut Vec<LedgerEntry>,
    items: &mut [OpenItem],
    (id, date, amount): (i64, NaiveDate, Money),
    choice: u32,
) {
    match unreversed(entries, choice) {
        Some(p) if choice.is_multiple_of(2) => {
            for a in &p.allocations {
                if let Some(i) = items.iter_mut().find(|i| i.invoice_id == a.invoice_id) {
                    i.open.amount += a.amount.amount;
                }
            }
            let why = ReversedPayment {
                payment_id: p.id,
                received_on: p.date,
                reason: "erreur".into(),
            };
            let given_back = p.allocations.clone();
            entries.push(LedgerEntry::reversal(
                id, p.number, date, p.amount, given_back, why,
            ));
        }
        _ => entries.push(LedgerEntry::refund(id, "", date, amount)),
    }
}
