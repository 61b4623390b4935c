//! The monthly billing run: one draft per customer and currency from its subscriptions.

use std::collections::{BTreeMap, HashSet};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;

use ardoise_domain::invoicing::{
    draft_customer_lines, totals, vat::standard_rate, vat_treatment, Period,
};
use ardoise_domain::money::Money;
use ardoise_domain::partner::Partner;
use ardoise_domain::{Invalid, Lang};
use ardoise_store::{DocKind, NewDocument};
use rust_decimal::Decimal;
use serde_json::json;

use super::views;
use crate::transport::MoneyView;
use crate::transport_invoicing::{BillingRunResult, Progress};
use crate::{Ardoise, Audit, AuditId, Permission, Result, Session};

/// Asks a running billing run to stop; nothing is written by a cancelled run.
#[derive(Debug, Clone, Default)]
pub struct CancelFlag(Arc<AtomicBool>);

impl CancelFlag {
    pub fn cancel(&self) {
        self.0.store(true, Ordering::Relaxed);
    }

    pub fn reset(&self) {
        self.0.store(false, Ordering::Relaxed);
    }

    pub(crate) fn is_set(&self) -> bool {
        self.0.load(Ordering::Relaxed)
    }
}

impl AuditId for BillingRunResult {
    fn audit_id(&self) -> Option<i64> {
        None
    }
}

/// The VAT rate the partner charges at home (20 % in France).
pub(crate) fn domestic_rate(partner: &Partner) -> Decimal {
    standard_rate(&partner.address.country).unwrap_or(Decimal::from(20))
}

pub(crate) fn parse_period(input: &str) -> Result<Period> {
    Period::parse_typed(input).map_err(|p| Invalid::one("period", p).into())
}

impl Ardoise {
    /// Drafts the invoices of `period` ("2026-11"). Customers that already have an
    /// invoice for the period are skipped, so running it twice bills nobody twice.
    pub fn bill(
        &mut self,
        session: &Session,
        period: &str,
        lang: Lang,
        progress: &dyn Fn(Progress),
        cancel: &CancelFlag,
    ) -> Result<BillingRunResult> {
        session.require(Permission::EditInvoices)?;
        let period = parse_period(period)?;
        let db = self.store.read();
        let partner = db.partner()?.unwrap_or_else(Partner::placeholder);
        let rate = domestic_rate(&partner);
        let customers = db.billing_customers()?;
        let mut subscriptions = db.billable_subscriptions()?;
        let billed: HashSet<i64> = db
            .customers_billed_for(period.start())?
            .into_iter()
            .collect();
        let total = customers.len() as i64;
        let step = (total / 100).max(1);
        let mut drafts = Vec::new();
        let mut problems = Vec::new();
        let mut skipped = 0;
        for (i, c) in customers.iter().enumerate() {
            if i as i64 % step == 0 {
                progress(Progress {
                    done: i as i64,
                    total,
                });
                if cancel.is_set() {
                    return Ok(BillingRunResult {
                        period: period.to_string(),
                        drafted: Vec::new(),
                        skipped: 0,
                        problems: Vec::new(),
                        totals: Vec::new(),
                        cancelled: true,
                    });
                }
            }
            let Some(subs) = subscriptions.remove(&c.id) else {
                continue;
            };
            if billed.contains(&c.id) {
                skipped += 1;
                continue;
            }
            let treatment = vat_treatment(
                &partner.address.country,
                &c.country,
                c.vat_number.as_deref(),
                rate,
            );
            let (lines, errors) =
                draft_customer_lines(&subs, period, c.currency, treatment.rate(), c.language);
            problems.extend(
                errors
                    .iter()
                    .map(|e| format!("{} : {}", c.legal_name, e.message(lang))),
            );
            if lines.is_empty() {
                continue;
            }
            let t = totals(&lines, c.currency);
            let mention = match (&partner.vat_number, &c.vat_number) {
                (Some(ours), Some(theirs)) => {
                    treatment.mention_with_numbers(c.language, ours, theirs)
                }
                _ => treatment.mention(c.language),
            };
            drafts.push((
                c.id,
                c.currency,
                c.language,
                treatment.code(),
                mention,
                lines,
                t,
            ));
        }
        progress(Progress { done: total, total });
        if cancel.is_set() {
            return Ok(BillingRunResult {
                period: period.to_string(),
                drafted: Vec::new(),
                skipped: 0,
                problems: Vec::new(),
                totals: Vec::new(),
                cancelled: true,
            });
        }
        let now = self.clock.now();
        let today = self.today();
        let count = drafts.len();
        let ids = self.write(
            session,
            Audit {
                action: "billing.run",
                entity: "invoice",
                entity_id: None,
                detail: json!({ "period": period.to_string(), "drafts": count }),
            },
            |db| {
                let mut ids = Vec::with_capacity(drafts.len());
                for (customer_id, currency, language, treatment, mention, lines, t) in &drafts {
                    ids.push(db.insert_document(
                        &NewDocument {
                            kind: DocKind::Invoice,
                            customer_id: *customer_id,
                            credited_invoice_id: None,
                            currency: *currency,
                            language: *language,
                            period: Some(period),
                            vat_treatment: treatment,
                            vat_mention: mention.as_deref(),
                            lines,
                            totals: t,
                        },
                        now,
                    )?);
                }
                Ok(ids)
            },
        )?;
        let mut sums: BTreeMap<String, Money> = BTreeMap::new();
        for (_, currency, _, _, _, _, t) in &drafts {
            let e = sums
                .entry(currency.code().to_string())
                .or_insert_with(|| Money::zero(*currency));
            e.amount += t.gross.amount;
        }
        let made: HashSet<i64> = ids.iter().copied().collect();
        let db = self.store.read();
        let mut drafted: Vec<_> = db
            .document_summaries(&ardoise_store::DocumentQuery {
                period_start: Some(period.start()),
                kind: Some(DocKind::Invoice),
                ..Default::default()
            })?
            .into_iter()
            .filter(|s| made.contains(&s.id))
            .map(|s| views::row(&s, today))
            .collect();
        // Issued in this order, so numbers follow the order drafts were made.
        drafted.sort_by_key(|r| r.id);
        Ok(BillingRunResult {
            period: period.to_string(),
            drafted,
            skipped,
            problems,
            totals: sums.into_values().map(MoneyView::from).collect(),
            cancelled: false,
        })
    }
}

impl AuditId for Vec<i64> {
    fn audit_id(&self) -> Option<i64> {
        None
    }
}
