//! What crosses to the window about undoing a payment and refunding a customer's credit.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::transport::MoneyView;

/// A payment's reversal as typed: when, and why (both required).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct ReversalForm {
    /// YYYY-MM-DD; not before the payment was received.
    pub reversed_on: String,
    pub reason: String,
}

/// A refund of a customer's credit as typed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct RefundForm {
    pub customer_id: i64,
    /// YYYY-MM-DD.
    pub refunded_on: String,
    pub amount: String,
    pub currency: String,
    /// transfer, card, direct_debit, cheque, cash.
    pub method: String,
    pub reference: String,
}

/// A refund as recorded.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct RefundView {
    pub id: i64,
    pub customer_id: i64,
    pub refunded_on: String,
    pub amount: MoneyView,
    pub method: String,
    pub reference: Option<String>,
}

/// The window's commands that undo a payment or pay a customer's credit back.
#[macro_export]
macro_rules! payments_commands {
    ($m:ident [$($acc:tt)*] $($next:ident)*) => { $crate::next_commands! { $m [$($acc)*
        run {
            /// Reverses a payment recorded by mistake: its invoices are open again.
            payment_reverse(payment_id: i64, form: $crate::transport_payments::ReversalForm) -> $crate::transport_invoicing::PaymentView =
                |b, s, _| b.payment_reverse(s, payment_id, &form);
            /// Pays back part or all of a customer's credit.
            customer_refund(form: $crate::transport_payments::RefundForm) -> $crate::transport_payments::RefundView =
                |b, s, _| b.customer_refund(s, &form);
        }
        shell {
        }
    ] $($next)* } };
}
