//! Recording payments and allocating them to invoices; what is not allocated is the
//! customer's credit.

use ardoise_domain::catalog::parse_date;
use ardoise_domain::checks::text;
use ardoise_domain::choices::Choices;
use ardoise_domain::invoicing::{
    allocate_oldest_first, check_allocations, Allocation, OpenItem, PaymentMethod, PaymentProblem,
};
use ardoise_domain::money::{parse_amount, Currency, Money};
use ardoise_domain::problem::Checker;
use ardoise_domain::{Invalid, Problem};
use ardoise_store::PaymentRecord;
use serde_json::json;

use super::views;
use crate::transport::MoneyView;
use crate::transport_invoicing::{
    AllocationInput, AllocationView, PaymentForm, PaymentView, ReversalView,
};
use crate::{AppError, Ardoise, Audit, Permission, Result, Session};

pub(crate) fn payment_view(p: PaymentRecord) -> PaymentView {
    PaymentView {
        id: p.id,
        customer_id: p.customer_id,
        customer_name: p.customer_name,
        received_on: p.received_on.to_string(),
        amount: p.amount.into(),
        method: p.method,
        reference: p.reference,
        allocations: p
            .allocations
            .into_iter()
            .map(|(invoice_id, number, amount)| AllocationView {
                invoice_id,
                number,
                amount: MoneyView::from(amount),
            })
            .collect(),
        unallocated: p.unallocated.into(),
        reversal: p.reversal.map(|r| ReversalView {
            id: r.id,
            reversed_on: r.reversed_on.to_string(),
            reason: r.reason,
        }),
        refunded: p.refunded.into(),
    }
}

pub(super) fn positive_amount(
    input: &str,
    currency: Option<Currency>,
) -> std::result::Result<rust_decimal::Decimal, Problem> {
    let v = parse_amount(input)?;
    if v <= rust_decimal::Decimal::ZERO {
        return Err(Problem::NotPositive);
    }
    if let Some(c) = currency {
        if v.normalize().scale() > c.minor_units() {
            return Err(Problem::FractionOfCent);
        }
    }
    Ok(v)
}

/// Typed allocations, checked field by field (`allocations[0].amount`).
fn parse_allocations(
    inputs: &[AllocationInput],
    currency: Currency,
) -> std::result::Result<Vec<Allocation>, Invalid> {
    let mut c = Checker::new();
    let mut out = Vec::new();
    for (i, a) in inputs.iter().enumerate() {
        if a.amount.trim().is_empty() {
            continue;
        }
        if let Some(v) = c.check(
            &format!("allocations[{i}].amount"),
            positive_amount(&a.amount, Some(currency)),
        ) {
            out.push(Allocation {
                invoice_id: a.invoice_id,
                amount: Money::new(v, currency),
            });
        }
    }
    c.finish()?;
    Ok(out)
}

impl Ardoise {
    pub(super) fn open_items(&self, customer_id: i64) -> Result<Vec<OpenItem>> {
        Ok(self
            .open_documents(customer_id)?
            .into_iter()
            .filter_map(|s| {
                Some(OpenItem {
                    invoice_id: s.id,
                    number: s.number.clone()?,
                    issue_date: s.issue_date?,
                    due_date: s.due_date?,
                    open: views::open_amount(&s),
                })
            })
            .collect())
    }

    /// Records a payment and allocates it: oldest invoice first when `allocations` is
    /// None, else as given. Validated whole before anything is written.
    pub fn record_payment(
        &self,
        session: &Session,
        form: &PaymentForm,
        allocations: Option<&[AllocationInput]>,
    ) -> Result<PaymentView> {
        session.require(Permission::RecordPayments)?;
        let mut c = Checker::new();
        let date = c.check("received_on", parse_date(&form.received_on));
        let currency = c.check("currency", form.currency.parse::<Currency>());
        let amount = c.check("amount", positive_amount(&form.amount, currency));
        let method = c.check(
            "method",
            Choices::PaymentMethod.pick(&form.method, PaymentMethod::parse),
        );
        let reference = c.check("reference", text::optional(&form.reference, 140));
        c.finish()?;
        let (Some(date), Some(currency), Some(amount), Some(method), Some(reference)) =
            (date, currency, amount, method, reference)
        else {
            return Err(Invalid::one("form", Problem::Required).into());
        };
        let payment = Money::new(amount, currency);
        let now = self.clock.now();
        let customer_id = form.customer_id;
        let id = self.write(
            session,
            Audit {
                action: "payment.record",
                entity: "payment",
                entity_id: None,
                detail: json!({ "form": form, "allocations": allocations }),
            },
            |db| {
                if db.customer(customer_id).is_err() {
                    return Err(Invalid::one("customer_id", Problem::Required).into());
                }
                // What is open is read inside the transaction: a payment recorded at the
                // same moment elsewhere cannot settle the same invoice twice.
                let items = self.open_items(customer_id)?;
                let allocs = match allocations {
                    None => allocate_oldest_first(payment, &items).0,
                    Some(inputs) => {
                        let allocs = parse_allocations(inputs, currency)?;
                        check_allocations(payment, payment, &allocs, &items)
                            .map_err(AppError::Allocation)?;
                        allocs
                    }
                };
                let id = db.insert_payment(
                    customer_id,
                    date,
                    &payment,
                    method,
                    reference.as_deref(),
                    now,
                )?;
                for a in &allocs {
                    db.insert_allocation(id, a.invoice_id, &a.amount, now)?;
                }
                Ok(id)
            },
        )?;
        Ok(payment_view(self.store.read().payment(id)?))
    }

    /// Allocates what a payment has left (the customer's credit) to invoices. What the
    /// payment has left and what the invoices still owe are read inside the transaction.
    pub fn allocate_payment(
        &self,
        session: &Session,
        payment_id: i64,
        allocations: &[AllocationInput],
    ) -> Result<PaymentView> {
        session.require(Permission::RecordPayments)?;
        let now = self.clock.now();
        self.write(
            session,
            Audit {
                action: "payment.allocate",
                entity: "payment",
                entity_id: Some(payment_id),
                detail: json!({ "allocations": allocations }),
            },
            |db| {
                let payment = db.payment(payment_id)?;
                if let Some(r) = &payment.reversal {
                    let problem = PaymentProblem::AlreadyReversed { on: r.reversed_on };
                    return Err(Invalid::one("payment_id", Problem::Payment(problem)).into());
                }
                let allocs = parse_allocations(allocations, payment.amount.currency)?;
                let items = self.open_items(payment.customer_id)?;
                check_allocations(payment.amount, payment.unallocated, &allocs, &items)
                    .map_err(AppError::Allocation)?;
                for a in &allocs {
                    db.insert_allocation(payment_id, a.invoice_id, &a.amount, now)?;
                }
                Ok(())
            },
        )?;
        Ok(payment_view(self.store.read().payment(payment_id)?))
    }

    pub fn payments(
        &self,
        session: &Session,
        customer_id: Option<i64>,
    ) -> Result<Vec<PaymentView>> {
        session.require(Permission::ViewBook)?;
        Ok(self
            .store
            .read()
            .payments(customer_id)?
            .into_iter()
            .map(payment_view)
            .collect())
    }
}
