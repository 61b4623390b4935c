//! The clerk's confirmations: each becomes a payment received by transfer, allocated as
//! confirmed, the rest the customer's credit; the payer is learnt for next time.

use ardoise_domain::bank::{payer_keys, Direction};
use std::collections::HashMap;

use ardoise_domain::invoicing::{check_allocations, Allocation, OpenItem, PaymentMethod};
use ardoise_domain::money::{parse_amount, Money};
use ardoise_domain::problem::Checker;
use ardoise_domain::Problem;
use serde_json::json;

use super::BankRefusal;
use crate::invoicing::payment_view;
use crate::transport_bank::{BankConfirmation, BankImportView, BankLineStatus};
use crate::transport_invoicing::{AllocationInput, PaymentView};
use crate::{AppError, Ardoise, Audit, Permission, Result, Session};

/// A payment's reference is at most 140 characters (what a SEPA label holds).
const REFERENCE_MAX: usize = 140;

impl Ardoise {
    /// Makes payments of the confirmed lines, all in one transaction: each line is
    /// checked there not to be a payment already and each invoice for what it still
    /// owes, so two clerks confirming the same statement cannot pay an invoice twice.
    /// One refusal and nothing is written.
    pub fn bank_confirm(
        &self,
        session: &Session,
        confirmations: &[BankConfirmation],
    ) -> Result<Vec<PaymentView>> {
        session.require(Permission::RecordPayments)?;
        let now = self.clock.now();
        let ids = self.write(
            session,
            Audit {
                action: "bank.confirm",
                entity: "payment",
                entity_id: None,
                detail: json!({ "confirmations": confirmations }),
            },
            |db| {
                // What each invoice still owes, read inside the transaction and kept up to
                // date as this request allocates.
                let mut open: HashMap<i64, Vec<OpenItem>> = HashMap::new();
                for i in db.open_invoices(super::ALL_DATES)? {
                    open.entry(i.customer_id).or_default().push(OpenItem {
                        invoice_id: i.invoice_id,
                        number: i.number,
                        issue_date: i.issue_date,
                        due_date: i.due_date,
                        open: i.open,
                    });
                }
                let mut made = Vec::with_capacity(confirmations.len());
                for c in confirmations {
                    let stored = db
                        .bank_line(c.line_id)
                        .map_err(|_| AppError::Bank(BankRefusal::UnknownLine { id: c.line_id }))?;
                    let line = &stored.line;
                    let position = line.position;
                    if stored.payment_id.is_some() {
                        return Err(AppError::Bank(BankRefusal::AlreadyConfirmed { position }));
                    }
                    let customer = db.customer(c.customer_id)?;
                    if line.direction != Direction::Credit
                        || customer.customer.currency != line.amount.currency
                    {
                        return Err(AppError::Bank(BankRefusal::NotConfirmable { position }));
                    }
                    let payment = line.amount;
                    let allocations = parse(&c.allocations, payment)?;
                    let items = open.entry(c.customer_id).or_default();
                    check_allocations(payment, payment, &allocations, items)
                        .map_err(AppError::Allocation)?;
                    for a in &allocations {
                        if let Some(item) = items.iter_mut().find(|i| i.invoice_id == a.invoice_id)
                        {
                            item.open.amount -= a.amount.amount;
                        }
                    }
                    let reference: String = line.label.trim().chars().take(REFERENCE_MAX).collect();
                    let id = db.insert_payment(
                        c.customer_id,
                        line.booked_on,
                        &payment,
                        PaymentMethod::Transfer,
                        (!reference.is_empty()).then_some(reference.as_str()),
                        now,
                    )?;
                    for a in &allocations {
                        db.insert_allocation(id, a.invoice_id, &a.amount, now)?;
                    }
                    db.confirm_bank_line(c.line_id, id, now)
                        .map_err(|_| AppError::Bank(BankRefusal::AlreadyConfirmed { position }))?;
                    for key in payer_keys(line.payer_name.as_deref(), line.payer_iban.as_deref()) {
                        db.learn_payer(&key, c.customer_id, now)?;
                    }
                    made.push(id);
                }
                Ok(Ids(made))
            },
        )?;
        let db = self.store.read();
        ids.0
            .into_iter()
            .map(|id| Ok(payment_view(db.payment(id)?)))
            .collect()
    }

    /// Confirms every line of an import proposed as it stands (not the unmatched, the
    /// refused or the debits).
    pub fn bank_confirm_all(
        &self,
        session: &Session,
        view: &BankImportView,
    ) -> Result<Vec<PaymentView>> {
        session.require(Permission::RecordPayments)?;
        let confirmations: Vec<BankConfirmation> = view
            .lines
            .iter()
            .filter(|l| l.status == BankLineStatus::Proposed)
            .filter_map(|l| {
                Some(BankConfirmation {
                    line_id: l.line_id?,
                    customer_id: l.customer_id?,
                    allocations: l
                        .allocations
                        .iter()
                        .map(|a| AllocationInput {
                            invoice_id: a.invoice_id,
                            amount: a.amount.amount.clone(),
                        })
                        .collect(),
                })
            })
            .collect();
        if confirmations.is_empty() {
            session.require(Permission::RecordPayments)?;
            return Ok(Vec::new());
        }
        self.bank_confirm(session, &confirmations)
    }
}

struct Ids(Vec<i64>);

impl crate::AuditId for Ids {
    fn audit_id(&self) -> Option<i64> {
        self.0.first().copied()
    }
}

fn parse(inputs: &[AllocationInput], payment: Money) -> Result<Vec<Allocation>> {
    let mut c = Checker::new();
    let mut out = Vec::new();
    for (i, a) in inputs.iter().enumerate() {
        let field = format!("allocations[{i}].amount");
        let amount = parse_amount(&a.amount).and_then(|v| {
            if v <= rust_decimal::Decimal::ZERO {
                Err(Problem::NotPositive)
            } else {
                Ok(v)
            }
        });
        if let Some(v) = c.check(&field, amount) {
            out.push(Allocation {
                invoice_id: a.invoice_id,
                amount: Money::new(v, payment.currency),
            });
        }
    }
    c.finish()?;
    Ok(out)
}
