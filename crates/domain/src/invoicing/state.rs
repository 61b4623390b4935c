//! An invoice's state and a customer's balance, derived from what was issued, credited
//! and paid: never stored, so they cannot disagree with the documents.

use crate::words::{self, keys};
use chrono::{Days, NaiveDate};
use rust_decimal::Decimal;

use crate::code_enum;
use crate::money::Money;
use crate::Lang;

code_enum!(
    #[cfg_attr(feature = "ts", derive(ts_rs::TS))]
    pub enum InvoiceState {
        Draft => "draft",
        Unpaid => "unpaid",
        PartlyPaid => "partly_paid",
        Paid => "paid",
        Overdue => "overdue",
        Credited => "credited",
        /// A credit note once issued: it settles nothing itself, it reduces an invoice.
        Issued => "issued",
    }
);

impl InvoiceState {
    pub fn label(self, lang: Lang) -> &'static str {
        use InvoiceState::*;
        let key = match self {
            Draft => keys::INVOICE_STATE_DRAFT,
            Unpaid => keys::INVOICE_STATE_UNPAID,
            PartlyPaid => keys::INVOICE_STATE_PARTLY_PAID,
            Paid => keys::INVOICE_STATE_PAID,
            Overdue => keys::INVOICE_STATE_OVERDUE,
            Credited => keys::INVOICE_STATE_CREDITED,
            Issued => keys::INVOICE_STATE_ISSUED,
        };
        words::word(lang, key)
    }
}

/// The state of an invoice on `today`. Amounts are compared as given: the caller passes
/// them in the invoice's currency. Due on `due_date` means overdue from the day after.
/// A partial credit alone leaves an invoice unpaid: only money received makes it partly
/// paid.
pub fn invoice_state(
    issued: bool,
    gross: Money,
    credited: Money,
    paid: Money,
    due_date: NaiveDate,
    today: NaiveDate,
) -> InvoiceState {
    if !issued {
        return InvoiceState::Draft;
    }
    let positive = |m: Money| m.amount > Decimal::ZERO;
    if positive(credited) && credited.amount >= gross.amount {
        return InvoiceState::Credited;
    }
    let open = gross.amount - credited.amount - paid.amount;
    if open <= Decimal::ZERO {
        InvoiceState::Paid
    } else if today > due_date {
        InvoiceState::Overdue
    } else if positive(paid) {
        InvoiceState::PartlyPaid
    } else {
        InvoiceState::Unpaid
    }
}

/// The issue date plus the payment terms; terms so long that the date would leave the
/// calendar give the last date chrono knows, which is never reached.
pub fn due_date(issue_date: NaiveDate, payment_terms_days: u32) -> NaiveDate {
    issue_date
        .checked_add_days(Days::new(u64::from(payment_terms_days)))
        .unwrap_or(NaiveDate::MAX)
}

/// Days past the due date on `today`, zero while not yet due.
pub fn days_overdue(due_date: NaiveDate, today: NaiveDate) -> i64 {
    (today - due_date).num_days().max(0)
}

/// What the customer owes (positive) or is owed (negative): invoices less credit notes
/// less payments, all in the currency of `invoices`.
pub fn balance(invoices: Money, credit_notes: Money, payments: Money) -> Money {
    let amount = invoices
        .amount
        .saturating_sub(credit_notes.amount)
        .saturating_sub(payments.amount);
    Money::new(amount, invoices.currency)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::invoicing::payments::{allocate_oldest_first, OpenItem};
    use crate::money::Currency;
    use proptest::prelude::*;
    use rust_decimal_macros::dec;

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    fn eur(a: Decimal) -> Money {
        Money::new(a, Currency::EUR)
    }

    #[test]
    fn states() {
        let due = "2026-12-31";
        use InvoiceState::*;
        let cases = [
            // (issued, gross, credited, paid, today, state)
            (false, dec!(100), dec!(0), dec!(0), "2027-03-01", Draft),
            (true, dec!(100), dec!(0), dec!(0), "2026-12-01", Unpaid),
            (true, dec!(100), dec!(0), dec!(0), "2026-12-31", Unpaid),
            (true, dec!(100), dec!(0), dec!(0), "2027-01-01", Overdue),
            (true, dec!(100), dec!(0), dec!(40), "2026-12-01", PartlyPaid),
            (true, dec!(100), dec!(0), dec!(40), "2027-01-01", Overdue),
            (true, dec!(100), dec!(0), dec!(100), "2027-01-01", Paid),
            (true, dec!(100), dec!(0), dec!(120), "2026-12-01", Paid),
            (true, dec!(100), dec!(30), dec!(70), "2027-01-01", Paid),
            (true, dec!(100), dec!(30), dec!(0), "2026-12-01", Unpaid),
            (true, dec!(100), dec!(100), dec!(0), "2027-06-01", Credited),
            (
                true,
                dec!(100),
                dec!(100),
                dec!(100),
                "2027-06-01",
                Credited,
            ),
            (true, dec!(0), dec!(0), dec!(0), "2027-06-01", Paid),
        ];
        for (issued, gross, credited, paid, today, expected) in cases {
            let got = invoice_state(
                issued,
                eur(gross),
                eur(credited),
                eur(paid),
                d(due),
                d(today),
            );
            assert_eq!(
                got, expected,
                "{gross} credited {credited} paid {paid} on {today}"
            );
        }
    }

    #[test]
    fn due_dates_and_lateness() {
        assert_eq!(due_date(d("2026-11-30"), 30), d("2026-12-30"));
        assert_eq!(due_date(d("2026-11-30"), 0), d("2026-11-30"));
        assert_eq!(due_date(d("2026-11-30"), u32::MAX), NaiveDate::MAX);
        assert_eq!(days_overdue(d("2026-12-30"), d("2027-01-04")), 5);
        assert_eq!(days_overdue(d("2026-12-30"), d("2026-12-01")), 0);
    }

    #[test]
    fn states_have_codes_and_labels() {
        for s in InvoiceState::ALL {
            assert_eq!(InvoiceState::parse(s.code()), Some(*s));
            assert!(!s.label(Lang::Fr).is_empty() && !s.label(Lang::En).is_empty());
        }
    }

    proptest! {
        /// A customer's balance, from the documents' totals, equals what its open items
        /// and unallocated credit say once its payments are allocated.
        #[test]
        fn balance_is_invoices_less_credit_notes_less_payments(
            docs in proptest::collection::vec((1i64..1_000_000, 0i64..1_000_000), 1..12),
            payments in proptest::collection::vec(1i64..2_000_000, 0..6),
        ) {
            let cents = |c: i64| Money::from_minor(c, Currency::EUR);
            let mut items: Vec<OpenItem> = docs
                .iter()
                .enumerate()
                .map(|(i, (gross, credit))| {
                    let credit = credit % (gross + 1);
                    let day = d("2026-01-01") + chrono::Duration::days(i as i64 * 7);
                    OpenItem {
                        invoice_id: i as i64,
                        number: format!("F2026-{:05}", i + 1),
                        issue_date: day,
                        due_date: day,
                        open: cents(gross - credit),
                    }
                })
                .collect();
            let invoiced: i64 = docs.iter().map(|(g, _)| g).sum();
            let credited: i64 = docs.iter().map(|(g, c)| c % (g + 1)).sum();
            let mut unallocated = Decimal::ZERO;
            for p in &payments {
                let (allocations, left) = allocate_oldest_first(cents(*p), &items);
                for a in allocations {
                    if let Some(item) = items.iter_mut().find(|i| i.invoice_id == a.invoice_id) {
                        item.open.amount -= a.amount.amount;
                    }
                }
                unallocated += left.amount;
            }
            let open: Decimal = items.iter().map(|i| i.open.amount).sum();
            let b = balance(cents(invoiced), cents(credited), cents(payments.iter().sum()));
            prop_assert_eq!(b.amount, open - unallocated);
            prop_assert_eq!(b.currency, Currency::EUR);
        }
    }
}
