//! Reversing a payment recorded by mistake and refunding a customer's credit: each one
//! write transaction whose decision (already reversed? how much credit?) is taken on
//! what the book holds inside it, so two clerks at once cannot reverse a payment twice
//! or refund the same credit twice.

use ardoise_domain::catalog::parse_date;
use ardoise_domain::checks::text;
use ardoise_domain::choices::Choices;
use ardoise_domain::invoicing::reversal::REASON_MAX;
use ardoise_domain::invoicing::{
    check_reversal, refund_sources, undo_allocations, Allocation, PaymentMethod, ReversalFacts,
};
use ardoise_domain::money::{Currency, Money};
use ardoise_domain::problem::Checker;
use ardoise_domain::{Invalid, Problem};
use ardoise_store::RefundRecord;
use serde_json::json;

use super::payments::{payment_view, positive_amount};
use crate::transport_invoicing::PaymentView;
use crate::transport_payments::{RefundForm, RefundView, ReversalForm};
use crate::{Ardoise, Audit, Permission, Result, Session};

pub(crate) fn refund_view(r: RefundRecord) -> RefundView {
    RefundView {
        id: r.id,
        customer_id: r.customer_id,
        refunded_on: r.refunded_on.to_string(),
        amount: r.amount.into(),
        method: r.method,
        reference: r.reference,
    }
}

impl Ardoise {
    /// Reverses a payment: a reversal entry dated `form.reversed_on` with its reason, and
    /// each invoice the payment settled given back what it received (open again from
    /// that date). The payment itself is kept as it was recorded.
    pub fn payment_reverse(
        &self,
        session: &Session,
        payment_id: i64,
        form: &ReversalForm,
    ) -> Result<PaymentView> {
        session.require(Permission::RecordPayments)?;
        let mut c = Checker::new();
        let on = c.check("reversed_on", parse_date(&form.reversed_on));
        let reason = c.check("reason", text::required(&form.reason, REASON_MAX));
        c.finish()?;
        let (Some(on), Some(reason)) = (on, reason) else {
            return Err(Invalid::one("form", Problem::Required).into());
        };
        let now = self.clock.now();
        self.write(
            session,
            Audit {
                action: "payment.reverse",
                entity: "payment",
                entity_id: Some(payment_id),
                detail: json!({ "form": form }),
            },
            |db| {
                let payment = db.payment(payment_id)?;
                let facts = ReversalFacts {
                    received_on: payment.received_on,
                    reversed_on: payment.reversal.as_ref().map(|r| r.reversed_on),
                    refunded: payment.refunded,
                };
                check_reversal(&facts, on)
                    .map_err(|(field, p)| Invalid::one(field, Problem::Payment(p)))?;
                let reversal = db.insert_reversal(payment_id, on, &reason, now)?;
                let given: Vec<Allocation> = payment
                    .allocations
                    .iter()
                    .map(|(invoice_id, _, amount)| Allocation {
                        invoice_id: *invoice_id,
                        amount: *amount,
                    })
                    .collect();
                for a in undo_allocations(&given) {
                    db.insert_reversal_allocation(reversal, a.invoice_id, &a.amount, now)?;
                }
                Ok(())
            },
        )?;
        Ok(payment_view(self.store.read().payment(payment_id)?))
    }

    /// Pays back part or all of what the customer is owed in a currency: drawn on the
    /// oldest payments' unallocated credit first, then on credit notes' excess.
    pub fn customer_refund(&self, session: &Session, form: &RefundForm) -> Result<RefundView> {
        session.require(Permission::RecordPayments)?;
        let mut c = Checker::new();
        let on = c.check("refunded_on", parse_date(&form.refunded_on));
        let currency = c.check("currency", form.currency.parse::<Currency>());
        let amount = c.check("amount", positive_amount(&form.amount, currency));
        let method = c.check(
            "method",
            Choices::PaymentMethod.pick(&form.method, PaymentMethod::parse),
        );
        let reference = c.check("reference", text::optional(&form.reference, 140));
        c.finish()?;
        let (Some(on), Some(currency), Some(amount), Some(method), Some(reference)) =
            (on, currency, amount, method, reference)
        else {
            return Err(Invalid::one("form", Problem::Required).into());
        };
        let amount = Money::new(amount, currency);
        let customer_id = form.customer_id;
        let now = self.clock.now();
        let id = self.write(
            session,
            Audit {
                action: "customer.refund",
                entity: "customer",
                entity_id: Some(customer_id),
                detail: json!({ "form": form }),
            },
            |db| {
                if db.customer(customer_id).is_err() {
                    return Err(Invalid::one("customer_id", Problem::Required).into());
                }
                let balance = db.customer_balance(customer_id, currency)?;
                let available = Money::new(-balance.amount, currency);
                let sources = db.credit_sources(customer_id, currency)?;
                let drawn = refund_sources(amount, available, &sources)
                    .map_err(|p| Invalid::one("amount", Problem::Payment(p)))?;
                let id =
                    db.insert_refund(customer_id, on, &amount, method, reference.as_deref(), now)?;
                for (payment_id, part) in &drawn {
                    db.insert_refund_source(id, *payment_id, part, now)?;
                }
                Ok(id)
            },
        )?;
        Ok(refund_view(self.store.read().refund(id)?))
    }
}
