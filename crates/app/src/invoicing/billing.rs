//! The monthly billing run: one draft per customer and currency from its subscriptions,
//! what Microsoft charged that the partner re-bills (`rebill::run`), and its support (the
//! plan's fee, earlier months' time beyond the included hours: `support::billing`).

use ardoise_domain::words::tr;
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
use crate::rebill::run::{link_rebilled, RebillRun};
use crate::support::billing::{link_lines, SupportLink, SupportRun};
use crate::transport::MoneyView;
use crate::transport_invoicing::{BillingRunResult, InvoiceRow, Progress};
use crate::{AppError, Ardoise, Audit, AuditId, Permission, Result, Session};
use ardoise_store::Db;

/// Asks a running job (a billing run, a statements batch) to stop; nothing is written
/// by a cancelled billing run.
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

/// A draft ready to be written: one customer, one currency.
struct Draft {
    customer_id: i64,
    currency: ardoise_domain::money::Currency,
    language: Lang,
    treatment: &'static str,
    mention: Option<String>,
    lines: Vec<ardoise_domain::invoicing::InvoiceLine>,
    totals: ardoise_domain::invoicing::Totals,
    /// What the last lines bill of support (fees, time entries), linked once written.
    support: Vec<SupportLink>,
    /// The Microsoft lines re-billed, by the position of the line that bills them.
    rebilled: Vec<(usize, Vec<i64>)>,
}

fn cancelled(period: Period) -> BillingRunResult {
    BillingRunResult {
        period: period.to_string(),
        drafted: Vec::new(),
        skipped: 0,
        problems: Vec::new(),
        totals: Vec::new(),
        cancelled: true,
    }
}

impl Ardoise {
    /// Drafts the invoices of `period` ("2026-11"). Customers that already have an
    /// invoice for the period are skipped, so running it twice bills nobody twice; who
    /// was billed is read inside the write transaction, and the book itself refuses a
    /// second invoice for a customer, currency and period, so two runs started together
    /// (a window and a script) bill nobody twice either. A support fee or time entry is
    /// linked to its line in the same transaction, and the schema refuses a second link.
    pub fn bill(
        &self,
        session: &Session,
        period: &str,
        lang: Lang,
        progress: &dyn Fn(Progress),
        cancel: &CancelFlag,
    ) -> Result<BillingRunResult> {
        session.require(Permission::EditInvoices)?;
        let period = parse_period(period)?;
        let outcome = self.write(
            session,
            Audit {
                action: "billing.run",
                entity: "invoice",
                entity_id: None,
                detail: json!({ "period": period.to_string() }),
            },
            |db| self.bill_in(db, period, lang, progress, cancel),
        );
        match outcome {
            Err(AppError::Cancelled) => Ok(cancelled(period)),
            other => other,
        }
    }

    fn bill_in(
        &self,
        db: &Db<'_>,
        period: Period,
        lang: Lang,
        progress: &dyn Fn(Progress),
        cancel: &CancelFlag,
    ) -> Result<BillingRunResult> {
        let partner = db.partner()?.unwrap_or_else(Partner::placeholder);
        let rate = domestic_rate(&partner);
        let customers = db.billing_customers()?;
        let mut subscriptions = db.billable_subscriptions()?;
        let mut support = SupportRun::load(db, period)?;
        let mut rebill = RebillRun::load(db, period)?;
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
                    return Err(AppError::Cancelled);
                }
            }
            let subs = subscriptions.remove(&c.id).unwrap_or_default();
            if billed.contains(&c.id) {
                skipped += 1;
                continue;
            }
            if subs.is_empty() && !support.has_support(c.id) && !rebill.has_lines(c.id) {
                continue;
            }
            let subs = rebill.own_share(c, subs, period);
            let treatment = vat_treatment(
                &partner.address.country,
                &c.country,
                c.vat_number.as_deref(),
                rate,
            );
            let (mut lines, errors) =
                draft_customer_lines(&subs, period, c.currency, treatment.rate(), c.language);
            problems.extend(
                errors
                    .iter()
                    .map(|e| format!("{} : {}", c.legal_name, e.message(lang))),
            );
            let mut rebilled = Vec::new();
            for r in rebill.lines_for(c, &subs, treatment.rate(), lang, &mut problems) {
                rebilled.push((lines.len(), r.pc_lines));
                lines.push(r.line);
            }
            let support_lines = support.lines_for(db, c, treatment.rate(), lang, &mut problems)?;
            let mut links = Vec::with_capacity(support_lines.len());
            for s in support_lines {
                lines.push(s.line);
                links.push(s.link);
            }
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
            drafts.push(Draft {
                customer_id: c.id,
                currency: c.currency,
                language: c.language,
                treatment: treatment.code(),
                mention,
                lines,
                totals: t,
                support: links,
                rebilled,
            });
        }
        progress(Progress { done: total, total });
        if cancel.is_set() {
            return Err(AppError::Cancelled);
        }
        let now = self.clock.now();
        let today = self.today();
        let mut made = HashSet::with_capacity(drafts.len());
        let mut sums: BTreeMap<String, Money> = BTreeMap::new();
        for d in &drafts {
            let id = db.insert_document(
                &NewDocument {
                    kind: DocKind::Invoice,
                    customer_id: d.customer_id,
                    credited_invoice_id: None,
                    currency: d.currency,
                    language: d.language,
                    period: Some(period),
                    vat_treatment: d.treatment,
                    vat_mention: d.mention.as_deref(),
                    lines: &d.lines,
                    totals: &d.totals,
                },
                now,
            )?;
            link_lines(db, id, d.customer_id, &d.support)?;
            link_rebilled(db, id, &d.rebilled)?;
            made.insert(id);
            let e = sums
                .entry(d.currency.code().to_string())
                .or_insert_with(|| Money::zero(d.currency));
            e.amount += d.totals.gross.amount;
        }
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

    /// Bills `period` and issues every draft of that period, in one transaction: a run
    /// killed half-way leaves nothing, and a rerun after an older version's half-done run
    /// issues the drafts it left. Drafts that cannot be issued (nothing to invoice, such
    /// as an Azure plan with no usage) stay drafts and are listed as problems.
    pub fn bill_and_issue(
        &self,
        session: &Session,
        period: &str,
        lang: Lang,
        progress: &dyn Fn(Progress),
        cancel: &CancelFlag,
    ) -> Result<(BillingRunResult, Vec<InvoiceRow>)> {
        session.require(Permission::EditInvoices)?;
        let parsed = parse_period(period)?;
        let outcome = self.write(
            session,
            Audit {
                action: "billing.run_and_issue",
                entity: "invoice",
                entity_id: None,
                detail: json!({ "period": parsed.to_string() }),
            },
            |db| {
                let mut run = self.bill_in(db, parsed, lang, progress, cancel)?;
                let mut ids = Vec::new();
                for d in db.document_summaries(&ardoise_store::DocumentQuery {
                    period_start: Some(parsed.start()),
                    kind: Some(DocKind::Invoice),
                    ..Default::default()
                })? {
                    if d.issued {
                        continue;
                    }
                    if d.gross.amount <= Decimal::ZERO {
                        run.problems.push(tr!(
                            lang,
                            BILLING_NOTHING_TO_INVOICE,
                            customer = d.customer_name.as_str(),
                            period = parsed.to_string()
                        ));
                        continue;
                    }
                    ids.push(d.id);
                }
                ids.sort_unstable();
                let issued = self.issue_in(db, &ids)?;
                Ok(IssuedRun(run, issued))
            },
        );
        match outcome {
            Err(AppError::Cancelled) => Ok((cancelled(parsed), Vec::new())),
            Err(e) => Err(e),
            Ok(IssuedRun(run, issued)) => Ok((run, issued)),
        }
    }
}

struct IssuedRun(BillingRunResult, Vec<InvoiceRow>);

impl AuditId for IssuedRun {
    fn audit_id(&self) -> Option<i64> {
        None
    }
}

impl AuditId for Vec<i64> {
    fn audit_id(&self) -> Option<i64> {
        None
    }
}
