//! The home screen: today's collections work, what is overdue and its trend, who owes
//! most, and renewals coming (proactive notices).

use std::collections::BTreeMap;

use ardoise_domain::money::{Currency, Money};
use ardoise_domain::statements::{totals, AgingRow};
use chrono::{Datelike, Duration, Months};
use rust_decimal::Decimal;

use super::as_of_date;
use crate::transport::MoneyView;
use crate::transport_collections::{DashboardView, StepDue, SuspensionState, TrendPoint};
use crate::{Ardoise, Permission, Result, Session};

/// Past-due amounts (every bucket but "not yet due") per currency.
fn overdue(rows: &[AgingRow]) -> Vec<MoneyView> {
    totals(rows)
        .into_iter()
        .map(|(cur, a): (Currency, _)| {
            let due = a.total().amount - a.not_due.amount;
            Money::new(due, cur).into()
        })
        .collect()
}

/// Who owes most today: the largest past-due amounts first (what the clerk chases), then
/// the largest totals, those owing nothing left out. Amounts of different currencies are
/// compared as numbers: a book holds few currencies and each row says its own.
fn top_debtors(rows: &[AgingRow], n: usize) -> Vec<&AgingRow> {
    let late = |r: &AgingRow| r.aging.total().amount - r.aging.not_due.amount;
    let mut owing: Vec<&AgingRow> = rows
        .iter()
        .filter(|r| r.aging.total().amount > Decimal::ZERO)
        .collect();
    owing.sort_by(|a, b| {
        late(b)
            .cmp(&late(a))
            .then_with(|| b.aging.total().amount.cmp(&a.aging.total().amount))
            .then_with(|| a.customer_name.cmp(&b.customer_name))
    });
    owing.truncate(n);
    owing
}

impl Ardoise {
    pub fn dashboard(&self, session: &Session, as_of: &str) -> Result<DashboardView> {
        session.require(Permission::ViewBook)?;
        let as_of = as_of_date(as_of)?;
        let work = self.collections_work(as_of)?;
        let lang = self.language()?.unwrap_or(ardoise_domain::Lang::Fr);
        let mut by_step: BTreeMap<usize, StepDue> = BTreeMap::new();
        for plan in work.letters() {
            let Some(i) = work.policy.position(plan.step_code) else {
                continue;
            };
            let step = &work.policy.steps[i];
            let entry = by_step.entry(i).or_insert_with(|| StepDue {
                step_code: step.code.clone(),
                step_name: step.name(lang).to_string(),
                kind: step.kind,
                letters: 0,
                invoices: 0,
            });
            entry.letters += 1;
            entry.invoices += plan.invoices.len() as i64;
        }
        let suspensions = self.suspension_views(as_of)?;
        let count = |s: SuspensionState| suspensions.iter().filter(|x| x.state == s).count() as i64;

        let rows = self.aging_rows(as_of)?;
        let mut trend = Vec::new();
        for k in (1..=12).rev() {
            let Some(end) = as_of
                .with_day(1)
                .and_then(|d| d.checked_sub_months(Months::new(k - 1)))
                .map(|d| d - Duration::days(1))
            else {
                continue;
            };
            trend.push(TrendPoint {
                month: format!("{:04}-{:02}", end.year(), end.month()),
                as_of: end.to_string(),
                overdue: overdue(&self.aging_rows(end)?),
            });
        }
        trend.push(TrendPoint {
            month: format!("{:04}-{:02}", as_of.year(), as_of.month()),
            as_of: as_of.to_string(),
            overdue: overdue(&rows),
        });

        let top_debtors = top_debtors(&rows, 5)
            .into_iter()
            .map(crate::statements::aging_row_view)
            .collect();
        let renewals = self.renewals(as_of)?;
        Ok(DashboardView {
            as_of: as_of.to_string(),
            steps: by_step.into_values().collect(),
            held: work.evaluation.held.len() as i64,
            to_suspend: count(SuspensionState::ToSuspend),
            to_reactivate: count(SuspensionState::ToReactivate),
            overdue: overdue(&rows),
            trend,
            top_debtors,
            renewals,
        })
    }
}
