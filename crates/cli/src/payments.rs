//! `ardoise payments reverse` and `ardoise payments refund`: parse, call, print.

use ardoise_app::transport_payments::{RefundForm, ReversalForm};
use ardoise_app::{Ardoise, Session};

use crate::args::PaymentsCmd;
use crate::failure::{found, Result};
use crate::output::Out;

/// Whether `cmd` is one this runner answers (the others are `invoicing::payments`').
pub fn owns(cmd: &PaymentsCmd) -> bool {
    matches!(cmd, PaymentsCmd::Reverse { .. } | PaymentsCmd::Refund(_))
}

pub fn run(book: &mut Ardoise, s: &Session, out: &Out, cmd: &PaymentsCmd) -> Result<()> {
    match cmd {
        PaymentsCmd::Reverse {
            payment,
            reason,
            date,
        } => {
            let form = ReversalForm {
                reversed_on: book.date_or_today(date.as_deref()),
                reason: reason.clone(),
            };
            out.reversed(&book.payment_reverse(s, *payment, &form)?);
        }
        PaymentsCmd::Refund(a) => {
            let customer_id = found(book.find_customer(s, &a.customer), &a.customer)?;
            let currency = match &a.currency {
                Some(c) => c.clone(),
                None => book.customer(s, customer_id)?.currency,
            };
            let form = RefundForm {
                customer_id,
                refunded_on: book.date_or_today(a.date.as_deref()),
                amount: a.amount.clone(),
                currency,
                method: a.method.clone(),
                reference: a.reference.clone(),
            };
            out.refunded(&book.customer_refund(s, &form)?);
        }
        _ => unreachable!("run() hands the other payment commands to invoicing::payments"),
    }
    Ok(())
}
