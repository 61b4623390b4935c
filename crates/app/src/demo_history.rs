//! The demo book's past: the last months billed, issued and paid the way real customers
//! pay (most on time, some late, some in part, a few not at all), a credit note, a
//! disputed invoice, and the collection policy run every Monday (letters produced and
//! sent, suspensions done in Partner Center the next week, reactivations once paid), so
//! statements, the aging report and the day's collections show living accounts: today's
//! work is what came due since the last Monday, not six months of backlog.
//!
//! Everything goes through the real use cases with the clock set to the day it happened,
//! so numbering, allocation and every check apply exactly as they would have.

use ardoise_domain::Lang;
use chrono::{Datelike, Duration, Months, NaiveDate, Weekday};
use rand::{RngExt, SeedableRng};
use rand_chacha::ChaCha8Rng;
use rust_decimal::Decimal;

use crate::clock::ManualClock;
use crate::demo_staff::DemoStaff;
use crate::demo_support::DemoDesk;
use crate::invoicing::CancelFlag;
use crate::transport_collections::{LettersRequest, RenewalNoticesRequest, SuspensionState};
use crate::transport_invoicing::{InvoiceFilter, PaymentForm};
use crate::{Ardoise, Result, Session};
use ardoise_domain::invoicing::InvoiceState;

fn midnight(day: NaiveDate) -> chrono::DateTime<chrono::Utc> {
    day.and_hms_opt(0, 0, 0).unwrap_or_default().and_utc()
}

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
    /// A customer questions an invoice: its reminders wait until the question is settled.
    Dispute {
        customer_id: i64,
        invoice_id: i64,
    },
    /// The weekly collections round.
    Collections,
    /// Microsoft's files of a month arrive (on the seventh of the next) and are imported.
    PartnerCenter {
        month: NaiveDate,
    },
}

impl Ardoise {
    /// Bills the `months` months before today's (each issued on its first day) and
    /// records what was paid up to yesterday, moving `days` through them; inside the
    /// demo's transaction.
    pub(crate) fn replay_history(
        &self,
        days: &ManualClock,
        staff: &DemoStaff,
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
        let first_month = this_month
            .checked_sub_months(Months::new(months))
            .unwrap_or(this_month);
        days.set(first_month);
        self.demo_support_plans(&staff.sales, first_month)?;
        let session = &staff.billing;
        let mut desk = self.plan_demo_desk(first_month, today, seed)?;
        let mut credited = false;
        let mut disputed = false;
        let mut pending: Vec<(NaiveDate, Event)> = Vec::new();
        // Every Monday from the first month billed on, but not this week's: today's work
        // is what came due since last week's round.
        if let Some(first) = this_month.checked_sub_months(Months::new(months)) {
            let mut day = first;
            while day.weekday() != Weekday::Mon {
                day += Duration::days(1);
            }
            let this_week =
                today - Duration::days(i64::from(today.weekday().num_days_from_monday()));
            while day < this_week {
                pending.push((day, Event::Collections));
                day += Duration::days(7);
            }
        }
        // The latest month whose Microsoft files have arrived by today: imported the day
        // they arrive, so the reconciliation of a month already billed has its figures.
        let arrival = |month: NaiveDate| month + Months::new(1) + Duration::days(6);
        let latest = (1..=2)
            .filter_map(|k| this_month.checked_sub_months(Months::new(k)))
            .find(|m| arrival(*m) < today && *m >= first_month);
        if let Some(month) = latest {
            pending.push((arrival(month), Event::PartnerCenter { month }));
        }
        // Each month's run finds the month before's support time logged and bills it
        // with the month's fee.
        for k in (1..=months).rev() {
            let Some(period) = this_month.checked_sub_months(Months::new(k)) else {
                continue;
            };
            self.replay(days, staff, &mut pending, &mut desk, period)?;
            days.set(period);
            let label = period.format("%Y-%m").to_string();
            let (_, issued) =
                self.bill_and_issue(session, &label, Lang::Fr, &|_| {}, &CancelFlag::default())?;
            // What had nothing to invoice (an Azure plan without usage) is left for
            // review; the demo's staff review it by deleting it.
            let left = InvoiceFilter {
                state: Some(InvoiceState::Draft),
                customer_id: None,
                period: Some(label.clone()),
                kind: None,
                ..Default::default()
            };
            for draft in self.invoices(session, &left)? {
                self.delete_draft(session, draft.id)?;
            }
            for inv in issued {
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
                // Last month, a customer who pays late questioned the invoice first.
                if !disputed && payer == Payer::Late && k == 1 {
                    disputed = true;
                    pending.push((
                        period + Duration::days(9),
                        Event::Dispute {
                            customer_id: inv.customer_id,
                            invoice_id: inv.id,
                        },
                    ));
                }
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
        self.replay(days, staff, &mut pending, &mut desk, today)?;
        Ok(())
    }

    /// Records the events dated before `until`, in date order, each on its own day, the
    /// support desk's work of the days before each lived first.
    fn replay(
        &self,
        days: &ManualClock,
        staff: &DemoStaff,
        pending: &mut Vec<(NaiveDate, Event)>,
        desk: &mut DemoDesk,
        until: NaiveDate,
    ) -> Result<()> {
        let session = &staff.billing;
        pending.sort_by_key(|(d, _)| *d);
        let later = pending.split_off(pending.partition_point(|(d, _)| *d < until));
        for (date, event) in std::mem::replace(pending, later) {
            self.live_demo_desk(desk, days, &staff.support, midnight(date))?;
            days.set(date);
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
                    let lang = self.language()?.unwrap_or(ardoise_domain::Lang::Fr);
                    let reason = ardoise_domain::words::tr!(lang, CREDIT_DEMO_REASON);
                    self.credit_invoice(session, invoice_id, Some(&amount), &reason)?;
                }
                Event::Dispute {
                    customer_id,
                    invoice_id,
                } => {
                    let reason = "Conteste 3 licences Microsoft 365 facturées en trop";
                    self.hold(session, customer_id, Some(invoice_id), reason)?;
                }
                Event::Collections => self.collections_round(session, date)?,
                Event::PartnerCenter { month } => {
                    self.demo_partner_center_month(session, month, month.month().into())?
                }
            }
        }
        self.live_demo_desk(desk, days, &staff.support, midnight(until))
    }

    /// Monday's round as staff do it: last week's suspensions done in Partner Center and
    /// paid customers reactivated, then the letters and renewal notices due produced and
    /// sent (formal notices by registered post, the rest by e-mail).
    fn collections_round(&self, session: &Session, date: NaiveDate) -> Result<()> {
        let on = date.to_string();
        for s in self.suspension_views(date)? {
            match s.state {
                SuspensionState::ToSuspend => self.mark_suspended(session, s.id, &on)?,
                SuspensionState::ToReactivate => self.mark_reactivated(session, s.id, &on)?,
                SuspensionState::Suspended => {}
            }
        }
        let folder = crate::paths::documents_dir(self.path());
        let request = LettersRequest {
            as_of: on.clone(),
            only: Vec::new(),
            out_dir: String::new(),
            signed_by_me: None,
        };
        let mut produced = self.produce_letters(session, &request, Lang::Fr, &folder)?;
        let renewals = RenewalNoticesRequest {
            as_of: on.clone(),
            customer_ids: Vec::new(),
            out_dir: String::new(),
        };
        let notices = self.produce_renewal_notices(session, &renewals, Lang::Fr, &folder)?;
        produced.letters.extend(notices.letters);
        let (by_post, by_mail): (Vec<_>, Vec<_>) = produced
            .letters
            .iter()
            .partition(|l| l.step_code == "formal_notice");
        for (letters, via) in [(by_post, "post"), (by_mail, "email")] {
            let ids: Vec<i64> = letters.iter().map(|l| l.communication_id).collect();
            if !ids.is_empty() {
                self.mark_sent(session, &ids, &on, via)?;
            }
        }
        Ok(())
    }
}
