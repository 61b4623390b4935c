//! What a payment form proposes before the user adjusts it: the domain's oldest-first
//! rule, so the window lists and fills invoices exactly as "oldest first" will settle them.

use ardoise_domain::invoicing::{allocate_oldest_first, oldest_first};
use ardoise_domain::money::{parse_amount, Currency, Money};

use crate::transport_invoicing::{AllocationInput, AllocationProposal};
use crate::{Ardoise, Permission, Result, Session};

impl Ardoise {
    /// The customer's open invoices in the order a payment settles them, and `amount`
    /// spread over those in `currency`: `first` (the invoice the user came from) before
    /// the others when given. An amount that does not read proposes nothing; the form
    /// says what is wrong with it when saved.
    pub fn allocation_proposal(
        &self,
        session: &Session,
        customer_id: i64,
        amount: &str,
        currency: &str,
        first: Option<i64>,
    ) -> Result<AllocationProposal> {
        session.require(Permission::RecordPayments)?;
        let items = self.open_items(customer_id)?;
        let order = oldest_first(&items).iter().map(|i| i.invoice_id).collect();
        let mut allocations = Vec::new();
        let payment = currency
            .parse::<Currency>()
            .ok()
            .zip(parse_amount(amount).ok())
            .map(|(c, a)| Money::new(a, c));
        if let Some(mut left) = payment.filter(|p| p.amount.is_sign_positive()) {
            let (chosen, rest): (Vec<_>, Vec<_>) = items
                .iter()
                .cloned()
                .partition(|i| Some(i.invoice_id) == first);
            // The chosen invoice first, then the rest by the domain's own rule.
            let (mut allocated, _) = allocate_oldest_first(left, &chosen);
            for a in &allocated {
                left = Money::new(left.amount - a.amount.amount, left.currency);
            }
            allocated.extend(allocate_oldest_first(left, &rest).0);
            allocations = allocated
                .into_iter()
                .map(|a| AllocationInput {
                    invoice_id: a.invoice_id,
                    amount: format!("{:.2}", a.amount.amount),
                })
                .collect();
        }
        Ok(AllocationProposal { order, allocations })
    }
}
