//! The demo book's past: the last months billed, issued and paid the way real customers
//! pay (most on time, some late, some in part, a few not at all), and a credit note, so
//! statements and the aging report show living accounts.
//!
//! Everything goes through the real use cases with the clock set to the day it happened,
//! so numbering, allocation and every check apply exactly as they would have.

use std::sync::Arc;

use ardoise_domain::Lang;
use chrono::{Datelike, Duration, Months, NaiveDate};
use rand::{RngExt, SeedableRng};
use rand_chacha::ChaCha8Rng;
use rust_decimal::Decimal;

use crate::invoicing::CancelFlag;
use crate::transport_invoicing::PaymentForm;
use crate::{Ardoise, Clock, FixedClock, Result, Session};

/// How a demo customer pays.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Payer {
    OnTime,
    Late,
    InPart,
    Stopped,
}

fn payer(rng: &mut ChaCha8Rng) -> Payer {
    match rng.random_range(0..20) {
        0..=11 => Payer::OnTime,
        12..=15 => Payer::Late,
        16..=17 => Payer::InPart,
        _ => Payer::Stopped,
    }
}

enum Event {
    Pay {
        customer_id: i64,
        amount: String,
        currency: String,
        reference: String,
    },
    Credit {
        invoice_id: i64,
        amount: String,
    },
}

impl Ardoise {
    /// Bills the `months` months before today's (each issued on its first day) and
    /// records what was paid up to yesterday. The clock is restored afterwards.
    pub(crate) fn seed_history(&mut self, session: &Session, months: u32, seed: u64) -> Result<()> {
        let real: Arc<dyn Clock> = self.clock.clone();
        let today = real.today();
        let outcome = self.replay_history(session, today, months, seed);
        self.clock = real;
        outcome
    }

    fn replay_history(
        &mut self,
        session: &Session,
        today: NaiveDate,
        months: u32,
        seed: u64,
    ) -> Result<()> {
        let mut rng = ChaCha8Rng::seed_from_u64(seed ^ 0x5ea1);
        let this_month = today.with_day(1).unwrap_or(today);
        let payers: std::collections::HashMap<i64, Payer> = self
            .store
            .read()
            .customer_summaries()?
            .iter()
            .map(|c| (c.id, payer(&mut rng)))
            .collect();
        let mut credited = false;
        let mut pending: Vec<(NaiveDate, Event)> = Vec::new();
        for k in (1..=months).rev() {
            let Some(period) = this_month.checked_sub_months(Months::new(k)) else {
                continue;
            };
            self.replay(session, &mut pending, period)?;
            self.clock = Arc::new(FixedClock::on(period));
            let label = period.format("%Y-%m").to_string();
            let run = self.bill(session, &label, Lang::Fr, &|_| {}, &CancelFlag::default())?;
            let ids: Vec<i64> = run.drafted.iter().map(|r| r.id).collect();
            if ids.is_empty() {
                continue;
            }
            for inv in self.issue_invoices(session, &ids)? {
                let payer = payers
                    .get(&inv.customer_id)
                    .copied()
                    .unwrap_or(Payer::OnTime);
                let gross: Decimal = inv.gross.amount.parse().unwrap_or_default();
                let (delay, share) = match payer {
                    Payer::OnTime => (rng.random_range(8..32), Decimal::ONE),
                    Payer::Late => (rng.random_range(45..80), Decimal::ONE),
                    Payer::InPart => (rng.random_range(20..40), Decimal::new(5, 1)),
                    Payer::Stopped if k > 4 => (rng.random_range(10..30), Decimal::ONE),
                    Payer::Stopped => continue,
                };
                let number = inv.number.clone().unwrap_or_default();
                pending.push((
                    period + Duration::days(delay),
                    Event::Pay {
                        customer_id: inv.customer_id,
                        amount: (gross * share).round_dp(2).to_string(),
                        currency: inv.gross.currency.clone(),
                        reference: format!("VIR {number}"),
                    },
                ));
                // One customer disputed a line and got a quarter of an invoice back.
                if !credited && payer == Payer::OnTime && k == 2 {
                    credited = true;
                    pending.push((
                        period + Duration::days(5),
                        Event::Credit {
                            invoice_id: inv.id,
                            amount: (gross / Decimal::from(4)).round_dp(2).to_string(),
                        },
                    ));
                }
            }
        }
        self.replay(session, &mut pending, today)?;
        Ok(())
    }

    /// Records the events dated before `until`, in date order, each on its own day.
    fn replay(
        &mut self,
        session: &Session,
        pending: &mut Vec<(NaiveDate, Event)>,
        until: NaiveDate,
    ) -> Result<()> {
        pending.sort_by_key(|(d, _)| *d);
        let later = pending.split_off(pending.partition_point(|(d, _)| *d < until));
        for (date, event) in std::mem::replace(pending, later) {
            self.clock = Arc::new(FixedClock::on(date));
            match event {
                Event::Pay {
                    customer_id,
                    amount,
                    currency,
                    reference,
                } => {
                    let form = PaymentForm {
                        customer_id,
                        received_on: date.to_string(),
                        amount,
                        currency,
                        method: "transfer".into(),
                        reference,
                    };
                    self.record_payment(session, &form, None)?;
                }
                Event::Credit { invoice_id, amount } => {
                    self.credit_invoice(session, invoice_id, Some(&amount))?;
                }
            }
        }
        Ok(())
    }
}
