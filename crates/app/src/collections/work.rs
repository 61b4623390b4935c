//! What the policy asks for on a date, as staff review it.

use std::collections::{HashMap, HashSet};

use ardoise_domain::collections::{
    evaluate, held_beside_letters, round_letters, CustomerLetter, Evaluation, InvoiceFacts, Policy,
    StepDone,
};
use ardoise_domain::money::Money;
use chrono::NaiveDate;

use super::as_of_date;
use crate::transport_collections::{CollectionsView, DueInvoiceView, HeldView, LetterProposalView};
use crate::{Ardoise, Permission, Result, Session};

/// The evaluation with what it was computed from.
pub(crate) struct Work {
    pub policy: Policy,
    pub evaluation: Evaluation,
    /// The round's letters, one per customer.
    pub round: Vec<CustomerLetter>,
    pub facts: HashMap<i64, InvoiceFacts>,
    pub names: HashMap<i64, String>,
    pub hold_notes: HashMap<(i64, Option<i64>), (i64, String)>,
}

/// One customer's letter of the round (see `ardoise_domain::collections::round`).
pub(crate) struct LetterPlan<'a> {
    pub customer_id: i64,
    pub step_code: &'a str,
    /// What the letter is about: its overdue invoices, or those coming due when none is
    /// (a courtesy reminder), in due order.
    pub invoices: Vec<&'a InvoiceFacts>,
    /// Coming due, listed apart when the letter is about overdue ones.
    pub coming: Vec<&'a InvoiceFacts>,
    /// (invoice id, step code) the letter records.
    pub records: &'a [(i64, String)],
    /// The invoices recorded at a suspension step.
    pub suspended: Vec<i64>,
}

impl Work {
    pub fn letters(&self) -> Vec<LetterPlan<'_>> {
        self.round
            .iter()
            .filter_map(|l| {
                let step = self.policy.step(&l.step_code)?;
                let (invoices, coming) = if l.overdue.is_empty() {
                    (l.coming.iter().collect(), Vec::new())
                } else {
                    (l.overdue.iter().collect(), l.coming.iter().collect())
                };
                Some(LetterPlan {
                    customer_id: l.customer_id,
                    step_code: &step.code,
                    invoices,
                    coming,
                    records: &l.records,
                    suspended: l.suspended(&self.policy),
                })
            })
            .collect()
    }
}

impl Ardoise {
    pub(crate) fn collections_work(&self, as_of: NaiveDate) -> Result<Work> {
        let policy = self.policy()?;
        let db = self.store.read();
        let holds = db.active_holds()?;
        let held_invoices: HashSet<i64> = holds.iter().filter_map(|h| h.invoice_id).collect();
        let customers_on_hold: Vec<i64> = holds
            .iter()
            .filter(|h| h.invoice_id.is_none())
            .map(|h| h.customer_id)
            .collect();
        let hold_notes = holds
            .iter()
            .map(|h| ((h.customer_id, h.invoice_id), (h.id, h.reason.clone())))
            .collect();
        let facts: Vec<InvoiceFacts> = db
            .open_invoices(as_of)?
            .into_iter()
            .map(|o| InvoiceFacts {
                held: held_invoices.contains(&o.invoice_id),
                invoice_id: o.invoice_id,
                customer_id: o.customer_id,
                number: o.number,
                issue_date: o.issue_date,
                due_date: o.due_date,
                original: o.original,
                open: o.open,
            })
            .collect();
        let done: Vec<StepDone> = db
            .steps_done(as_of)?
            .into_iter()
            .map(|(invoice_id, step_code, produced_on)| StepDone {
                invoice_id,
                step_code,
                produced_on,
            })
            .collect();
        let mut evaluation = evaluate(&policy, &facts, &done, &customers_on_hold, as_of);
        let round = round_letters(&policy, &evaluation, &facts, &done, as_of);
        let beside = held_beside_letters(&round, &evaluation, &facts, as_of);
        evaluation.held.extend(beside);
        let mut ids: Vec<i64> = evaluation.proposals.iter().map(|p| p.customer_id).collect();
        ids.extend(evaluation.held.iter().map(|h| h.customer_id));
        let names = db.customer_names(&ids)?;
        Ok(Work {
            policy,
            evaluation,
            round,
            facts: facts.into_iter().map(|f| (f.invoice_id, f)).collect(),
            names,
            hold_notes,
        })
    }

    /// The collections work as of a date: letters to produce, invoices held, and the
    /// subscriptions to suspend or reactivate.
    pub fn collections(&self, session: &Session, as_of: &str) -> Result<CollectionsView> {
        session.require(Permission::ViewBook)?;
        let as_of = as_of_date(as_of)?;
        let work = self.collections_work(as_of)?;
        let lang = self.language()?.unwrap_or(ardoise_domain::Lang::Fr);
        let letters = work
            .letters()
            .iter()
            .filter_map(|plan| {
                let step = work.policy.step(plan.step_code)?;
                let currency = plan.invoices.first()?.open.currency;
                let total: rust_decimal::Decimal =
                    plan.invoices.iter().map(|f| f.open.amount).sum();
                let view = |f: &&InvoiceFacts| DueInvoiceView {
                    invoice_id: f.invoice_id,
                    number: f.number.clone(),
                    due_date: f.due_date.to_string(),
                    days_overdue: (as_of - f.due_date).num_days(),
                    open: f.open.into(),
                };
                Some(LetterProposalView {
                    customer_id: plan.customer_id,
                    customer_name: work
                        .names
                        .get(&plan.customer_id)
                        .cloned()
                        .unwrap_or_default(),
                    step_code: step.code.clone(),
                    step_name: step.name(lang).to_string(),
                    kind: step.kind,
                    invoices: plan.invoices.iter().map(view).collect(),
                    coming: plan.coming.iter().map(view).collect(),
                    total: Money::new(total, currency).into(),
                })
            })
            .collect();
        let held = work
            .evaluation
            .held
            .iter()
            .map(|h| {
                let fact = work.facts.get(&h.invoice_id);
                let note = work
                    .hold_notes
                    .get(&(h.customer_id, Some(h.invoice_id)))
                    .or_else(|| work.hold_notes.get(&(h.customer_id, None)));
                HeldView {
                    hold_id: note.map(|n| n.0),
                    customer_id: h.customer_id,
                    customer_name: work.names.get(&h.customer_id).cloned().unwrap_or_default(),
                    invoice_id: h.invoice_id,
                    number: fact.map(|f| f.number.clone()).unwrap_or_default(),
                    reason: match h.reason {
                        ardoise_domain::collections::HoldReason::Invoice => "invoice",
                        ardoise_domain::collections::HoldReason::Customer => "customer",
                    }
                    .to_string(),
                    note: note.map(|n| n.1.clone()).unwrap_or_default(),
                    step_name: work
                        .policy
                        .step(&h.step_code)
                        .map(|s| s.name(lang).to_string())
                        .unwrap_or_default(),
                }
            })
            .collect();
        Ok(CollectionsView {
            as_of: as_of.to_string(),
            letters,
            held,
            suspensions: self.suspension_views(as_of)?,
            renewals: self.renewals(as_of)?,
        })
    }
}
