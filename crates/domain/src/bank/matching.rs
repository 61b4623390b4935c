//! Proposing, for each credit of a statement, the customer and the invoices it pays:
//! (a) an invoice number in the label or the reference; (b) the customer's account
//! reference, then the amount against that customer's open invoices (one, or a set
//! summing to it, else on account); (c) the amount alone, when one customer's open
//! invoice (or all of one customer's open invoices) come to it and no other's does;
//! (d) the payer's IBAN or name learnt from earlier confirmed lines.
//!
//! Everything is looked up in hash maps built once, so a statement of n lines against a
//! book of m invoices costs about n + m, never n × m. Lines of one statement share what
//! is open: two lines never settle the same cent of an invoice.

use std::collections::HashMap;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::label::{fold, key, loose, tokens};
use super::{payer_keys, subset, BankLine, Direction};
use crate::money::{Currency, Money};
use crate::words::tr;
use crate::Lang;

/// An issued invoice with something left to pay.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OpenInvoiceRef {
    pub invoice_id: i64,
    pub customer_id: i64,
    pub number: String,
    pub issue_date: NaiveDate,
    pub due_date: NaiveDate,
    pub open: Money,
}

/// A customer as the bank's lines can name it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CustomerRef {
    pub customer_id: i64,
    pub name: String,
    pub currency: Currency,
    /// The account references the customer quotes ("C-000042").
    pub references: Vec<String>,
}

/// A payer's key ([`payer_keys`]) and the customer it was confirmed for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LearntPayer {
    pub key: String,
    pub customer_id: i64,
}

/// Why a line is proposed as it is.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Reason {
    InvoiceNumber { numbers: Vec<String> },
    CustomerReference { reference: String },
    Amount,
    LearntIban { iban: String },
    LearntName { name: String },
    NoMatch,
    OtherCurrency { line: Currency, customer: Currency },
    Debit,
}

impl Reason {
    /// The sentence the clerk reads beside the proposal.
    pub fn sentence(&self, lang: Lang) -> String {
        match self {
            Reason::InvoiceNumber { numbers } => tr!(
                lang,
                BANK_REASON_INVOICE_NUMBER,
                numbers = numbers.join(", "),
                count = numbers.len()
            ),
            Reason::CustomerReference { reference } => tr!(
                lang,
                BANK_REASON_CUSTOMER_REFERENCE,
                reference = reference.as_str()
            ),
            Reason::Amount => tr!(lang, BANK_REASON_AMOUNT),
            Reason::LearntIban { iban } => tr!(lang, BANK_REASON_LEARNT_IBAN, iban = iban.as_str()),
            Reason::LearntName { name } => tr!(lang, BANK_REASON_LEARNT_NAME, name = name.as_str()),
            Reason::NoMatch => tr!(lang, BANK_REASON_NO_MATCH),
            Reason::OtherCurrency { line, customer } => tr!(
                lang,
                BANK_REASON_OTHER_CURRENCY,
                line = line.to_string(),
                customer = customer.to_string()
            ),
            Reason::Debit => tr!(lang, BANK_REASON_DEBIT),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProposedAllocation {
    pub invoice_id: i64,
    pub number: String,
    pub amount: Money,
}

/// What one line of the statement is proposed to become.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Proposal {
    pub position: usize,
    pub customer_id: Option<i64>,
    pub allocations: Vec<ProposedAllocation>,
    /// What stays the customer's credit.
    pub on_account: Money,
    pub reason: Reason,
}

impl Proposal {
    /// A payment can be made of it as proposed.
    pub fn confirmable(&self) -> bool {
        self.customer_id.is_some()
            && !matches!(self.reason, Reason::OtherCurrency { .. } | Reason::Debit)
    }
}

/// The book as matching sees it, indexed once.
pub struct BookIndex {
    invoices: Vec<OpenInvoiceRef>,
    by_number: HashMap<String, usize>,
    /// Each customer's open invoices, oldest due first.
    by_customer: HashMap<i64, Vec<usize>>,
    by_amount: HashMap<(Currency, i64), Vec<usize>>,
    by_total: HashMap<(Currency, i64), Vec<i64>>,
    customers: HashMap<i64, CustomerRef>,
    by_reference: HashMap<String, i64>,
    learnt: HashMap<String, i64>,
}

fn minor(m: &Money) -> i64 {
    m.to_minor().unwrap_or(0)
}

impl BookIndex {
    pub fn new(
        mut invoices: Vec<OpenInvoiceRef>,
        customers: Vec<CustomerRef>,
        learnt: Vec<LearntPayer>,
    ) -> BookIndex {
        invoices.sort_by_key(|i| (i.customer_id, i.due_date, i.issue_date, i.invoice_id));
        let mut by_number = HashMap::with_capacity(invoices.len());
        let mut by_customer: HashMap<i64, Vec<usize>> = HashMap::new();
        let mut by_amount: HashMap<(Currency, i64), Vec<usize>> = HashMap::new();
        let mut totals: HashMap<(i64, Currency), i64> = HashMap::new();
        for (n, inv) in invoices.iter().enumerate() {
            by_number.insert(key(&inv.number), n);
            by_customer.entry(inv.customer_id).or_default().push(n);
            let cur = inv.open.currency;
            by_amount
                .entry((cur, minor(&inv.open)))
                .or_default()
                .push(n);
            *totals.entry((inv.customer_id, cur)).or_insert(0) += minor(&inv.open);
        }
        let mut by_total: HashMap<(Currency, i64), Vec<i64>> = HashMap::new();
        for ((customer, cur), total) in totals {
            by_total.entry((cur, total)).or_default().push(customer);
        }
        let mut by_reference = HashMap::new();
        for c in &customers {
            for r in &c.references {
                by_reference.insert(loose(&key(r)), c.customer_id);
            }
        }
        BookIndex {
            invoices,
            by_number,
            by_customer,
            by_amount,
            by_total,
            customers: customers.into_iter().map(|c| (c.customer_id, c)).collect(),
            by_reference,
            learnt: learnt.into_iter().map(|l| (l.key, l.customer_id)).collect(),
        }
    }

    pub fn matcher(&self) -> Matcher<'_> {
        Matcher {
            index: self,
            remaining: self.invoices.iter().map(|i| minor(&i.open)).collect(),
        }
    }
}

/// Proposes the lines of one statement in turn, keeping what each leaves open.
pub struct Matcher<'a> {
    index: &'a BookIndex,
    remaining: Vec<i64>,
}

impl Matcher<'_> {
    pub fn propose(&mut self, line: &BankLine) -> Proposal {
        let cur = line.amount.currency;
        let nothing = |reason| Proposal {
            position: line.position,
            customer_id: None,
            allocations: Vec::new(),
            on_account: Money::zero(cur),
            reason,
        };
        if line.direction == Direction::Debit {
            return nothing(Reason::Debit);
        }
        let amount = minor(&line.amount);
        let text = match &line.reference {
            Some(r) => format!("{r} {}", line.label),
            None => line.label.clone(),
        };
        let words = tokens(&text);
        // (a) invoice numbers.
        let mut named: Vec<usize> = Vec::new();
        for w in &words {
            if let Some(&n) = self.index.by_number.get(w) {
                if !named.contains(&n) {
                    named.push(n);
                }
            }
        }
        if let Some(&first) = named.first() {
            let customer = self.index.invoices[first].customer_id;
            named.retain(|&n| self.index.invoices[n].customer_id == customer);
            let numbers = named
                .iter()
                .map(|&n| self.index.invoices[n].number.clone())
                .collect();
            let mut order = named.clone();
            order.sort();
            return self.settle(line, customer, &order, Reason::InvoiceNumber { numbers });
        }
        // (b) the customer's account reference.
        for w in &words {
            if let Some(&customer) = self.index.by_reference.get(&loose(w)) {
                let reference = self.index.customers[&customer]
                    .references
                    .iter()
                    .find(|r| loose(&key(r)) == loose(w))
                    .cloned()
                    .unwrap_or_else(|| w.clone());
                return self.by_amount_of(line, customer, Reason::CustomerReference { reference });
            }
        }
        // (c) the amount alone, when it points at one customer only.
        if let Some(p) = self.amount_alone(line, amount) {
            return p;
        }
        // (d) what earlier confirmed lines taught.
        for k in payer_keys(line.payer_name.as_deref(), line.payer_iban.as_deref()) {
            if let Some(&customer) = self.index.learnt.get(&k) {
                let reason = match k.split_once(':') {
                    Some(("iban", iban)) => Reason::LearntIban { iban: iban.into() },
                    _ => Reason::LearntName {
                        name: line.payer_name.clone().unwrap_or_default(),
                    },
                };
                return self.by_amount_of(line, customer, reason);
            }
        }
        nothing(Reason::NoMatch)
    }

    fn amount_alone(&mut self, line: &BankLine, amount: i64) -> Option<Proposal> {
        let cur = line.amount.currency;
        let candidates: Vec<usize> = self
            .index
            .by_amount
            .get(&(cur, amount))
            .map(|v| {
                v.iter()
                    .copied()
                    .filter(|&n| self.remaining[n] == amount)
                    .collect()
            })
            .unwrap_or_default();
        fn single_customer(mut ids: impl Iterator<Item = i64>) -> Option<i64> {
            let first = ids.next()?;
            ids.all(|c| c == first).then_some(first)
        }
        if let Some(customer) = single_customer(
            candidates
                .iter()
                .map(|&n| self.index.invoices[n].customer_id),
        ) {
            return Some(self.settle(line, customer, &candidates[..1], Reason::Amount));
        }
        if !candidates.is_empty() {
            return None;
        }
        let owing: Vec<i64> = self
            .index
            .by_total
            .get(&(cur, amount))
            .map(|v| {
                v.iter()
                    .copied()
                    .filter(|c| {
                        self.open_of(*c, cur)
                            .iter()
                            .map(|&n| self.remaining[n])
                            .sum::<i64>()
                            == amount
                    })
                    .collect()
            })
            .unwrap_or_default();
        let customer = single_customer(owing.iter().copied())?;
        let all = self.open_of(customer, cur);
        Some(self.settle(line, customer, &all, Reason::Amount))
    }

    /// The customer's invoices in the line's currency with something still open.
    fn open_of(&self, customer: i64, cur: Currency) -> Vec<usize> {
        self.index
            .by_customer
            .get(&customer)
            .map(|v| {
                v.iter()
                    .copied()
                    .filter(|&n| {
                        self.index.invoices[n].open.currency == cur && self.remaining[n] > 0
                    })
                    .collect()
            })
            .unwrap_or_default()
    }

    /// The customer is known: one invoice of exactly the amount, or a set summing to it,
    /// else all of it on account.
    fn by_amount_of(&mut self, line: &BankLine, customer: i64, reason: Reason) -> Proposal {
        let amount = minor(&line.amount);
        let open = self.open_of(customer, line.amount.currency);
        let values: Vec<i64> = open.iter().map(|&n| self.remaining[n]).collect();
        let chosen: Vec<usize> = match values.iter().position(|&v| v == amount) {
            Some(i) => vec![open[i]],
            None => subset::find(&values, amount)
                .map(|picks| picks.into_iter().map(|i| open[i]).collect())
                .unwrap_or_default(),
        };
        self.settle(line, customer, &chosen, reason)
    }

    /// Spreads the line over `invoices` in the order given, the rest on account.
    fn settle(
        &mut self,
        line: &BankLine,
        customer: i64,
        invoices: &[usize],
        reason: Reason,
    ) -> Proposal {
        let cur = line.amount.currency;
        if let Some(c) = self.index.customers.get(&customer) {
            if c.currency != cur {
                return Proposal {
                    position: line.position,
                    customer_id: Some(customer),
                    allocations: Vec::new(),
                    on_account: Money::zero(cur),
                    reason: Reason::OtherCurrency {
                        line: cur,
                        customer: c.currency,
                    },
                };
            }
        }
        let mut left = minor(&line.amount);
        let mut allocations = Vec::new();
        for &n in invoices {
            let inv = &self.index.invoices[n];
            if left == 0 || inv.open.currency != cur {
                continue;
            }
            let share = left.min(self.remaining[n]);
            if share <= 0 {
                continue;
            }
            self.remaining[n] -= share;
            left -= share;
            allocations.push(ProposedAllocation {
                invoice_id: inv.invoice_id,
                number: inv.number.clone(),
                amount: Money::from_minor(share, cur),
            });
        }
        Proposal {
            position: line.position,
            customer_id: Some(customer),
            allocations,
            on_account: Money::from_minor(left, cur),
            reason,
        }
    }
}

/// The payer as the clerk reads it in a list: the name, else the label's start.
pub fn payer_of(line: &BankLine) -> String {
    line.payer_name
        .clone()
        .unwrap_or_else(|| fold(&line.label).chars().take(40).collect())
}
