//! A customer's ledger as plain data, filled by the store: the input of a statement.
//!
//! Every amount is positive and in the ledger's currency; the kind says which way it
//! moves the balance (an invoice, a payment's reversal and a refund add, a credit note and
//! a payment subtract).

use crate::words::{self, keys};
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::code_enum;
use crate::invoicing::{Allocation, PaymentMethod};
use crate::money::Money;
use crate::Lang;

code_enum!(
    #[derive(PartialOrd, Ord)]
    pub enum EntryKind {
        Invoice => "invoice",
        CreditNote => "credit_note",
        Payment => "payment",
        Reversal => "reversal",
        Refund => "refund",
    }
);

impl EntryKind {
    pub fn label(self, lang: Lang) -> &'static str {
        let key = match self {
            EntryKind::Invoice => keys::ENTRY_INVOICE,
            EntryKind::CreditNote => keys::ENTRY_CREDIT_NOTE,
            EntryKind::Payment => keys::ENTRY_PAYMENT,
            EntryKind::Reversal => keys::ENTRY_REVERSAL,
            EntryKind::Refund => keys::ENTRY_REFUND,
        };
        words::word(lang, key)
    }

    /// On the same day: invoices first, then credit notes, then payments, then what
    /// undoes a payment or pays credit back (a payment reversed the day it came shows
    /// both, in that order).
    pub(crate) fn rank(self) -> u8 {
        match self {
            EntryKind::Invoice => 0,
            EntryKind::CreditNote => 1,
            EntryKind::Payment => 2,
            EntryKind::Reversal => 3,
            EntryKind::Refund => 4,
        }
    }

    /// Whether it adds to what the customer owes.
    pub fn is_debit(self) -> bool {
        matches!(
            self,
            EntryKind::Invoice | EntryKind::Reversal | EntryKind::Refund
        )
    }
}

/// The payment a reversal undoes, as its line names it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReversedPayment {
    pub payment_id: i64,
    pub received_on: NaiveDate,
    pub reason: String,
}

/// One document of a customer's account.
///
/// `id` is the document's id in its own table (invoice, credit note or payment): ids of
/// different kinds may collide, so `(kind, id)` is what identifies an entry.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct LedgerEntry {
    pub id: i64,
    pub kind: EntryKind,
    /// The invoice or credit-note number, or the payment's reference (empty when it has
    /// none: the documents then name it by its method and id).
    pub number: String,
    /// Payments only: how it came, when the book knows.
    pub method: Option<PaymentMethod>,
    /// The issue date, or the date the payment was received.
    pub date: NaiveDate,
    /// Invoices only; an invoice without one is due on its issue date.
    pub due_date: Option<NaiveDate>,
    /// Positive, in the ledger's currency.
    pub amount: Money,
    /// Payments only: the invoices (by invoice id) it settled and how much of each, on
    /// the payment's date. Whatever is not allocated is the customer's credit.
    pub allocations: Vec<Allocation>,
    /// Credit notes only: the invoice it credits. Without one (or when that invoice is
    /// not in the ledger as of the statement's date) it is the customer's credit.
    pub credits_invoice: Option<i64>,
    /// Reversals only: the payment undone. Its `allocations` are what it gives back to
    /// each invoice, on the reversal's date.
    pub reverses: Option<ReversedPayment>,
}

impl LedgerEntry {
    pub fn invoice(
        id: i64,
        number: impl Into<String>,
        date: NaiveDate,
        due_date: NaiveDate,
        amount: Money,
    ) -> Self {
        LedgerEntry {
            id,
            kind: EntryKind::Invoice,
            number: number.into(),
            date,
            due_date: Some(due_date),
            amount,
            method: None,
            allocations: Vec::new(),
            credits_invoice: None,
            reverses: None,
        }
    }

    pub fn credit_note(
        id: i64,
        number: impl Into<String>,
        date: NaiveDate,
        credits_invoice: Option<i64>,
        amount: Money,
    ) -> Self {
        LedgerEntry {
            id,
            kind: EntryKind::CreditNote,
            number: number.into(),
            date,
            due_date: None,
            amount,
            method: None,
            allocations: Vec::new(),
            credits_invoice,
            reverses: None,
        }
    }

    pub fn payment(
        id: i64,
        reference: impl Into<String>,
        date: NaiveDate,
        amount: Money,
        allocations: Vec<Allocation>,
    ) -> Self {
        LedgerEntry {
            id,
            kind: EntryKind::Payment,
            number: reference.into(),
            date,
            due_date: None,
            amount,
            method: None,
            allocations,
            credits_invoice: None,
            reverses: None,
        }
    }

    /// The reversal (id in its own table) on `date` of a payment: `reference` and
    /// `amount` are the payment's, `given_back` what it had given each invoice.
    pub fn reversal(
        id: i64,
        reference: impl Into<String>,
        date: NaiveDate,
        amount: Money,
        given_back: Vec<Allocation>,
        reverses: ReversedPayment,
    ) -> Self {
        LedgerEntry {
            kind: EntryKind::Reversal,
            reverses: Some(reverses),
            ..LedgerEntry::payment(id, reference, date, amount, given_back)
        }
    }

    /// Money paid back to the customer out of its credit.
    pub fn refund(id: i64, reference: impl Into<String>, date: NaiveDate, amount: Money) -> Self {
        LedgerEntry {
            kind: EntryKind::Refund,
            ..LedgerEntry::payment(id, reference, date, amount, Vec::new())
        }
    }

    /// The payment as received by `method`.
    pub fn by(mut self, method: PaymentMethod) -> Self {
        self.method = Some(method);
        self
    }

    /// The invoice's due date, its issue date when it has none.
    pub fn due(&self) -> NaiveDate {
        self.due_date.unwrap_or(self.date)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::money::Currency;
    use rust_decimal_macros::dec;

    #[test]
    fn kinds_have_codes_labels_and_same_day_order() {
        for k in EntryKind::ALL {
            assert_eq!(EntryKind::parse(k.code()), Some(*k));
            assert!(!k.label(Lang::Fr).is_empty() && !k.label(Lang::En).is_empty());
        }
        assert_eq!(EntryKind::parse("nope"), None);
        assert!(EntryKind::Invoice.rank() < EntryKind::CreditNote.rank());
        assert!(EntryKind::CreditNote.rank() < EntryKind::Payment.rank());
        assert!(EntryKind::Payment.rank() < EntryKind::Reversal.rank());
        assert!(EntryKind::Reversal.rank() < EntryKind::Refund.rank());
    }

    #[test]
    fn an_invoice_without_due_date_is_due_on_issue() {
        let d = NaiveDate::from_ymd_opt(2026, 9, 1).unwrap();
        let mut e = LedgerEntry::invoice(1, "F1", d, d, Money::new(dec!(1), Currency::EUR));
        e.due_date = None;
        assert_eq!(e.due(), d);
    }
}
