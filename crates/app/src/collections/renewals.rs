//! Renewal notices: the annual and triennial subscriptions renewing within the notice
//! window, whether their customer was told, and producing the notices (one letter per
//! customer, one combined file to print, each in the communication log with its hash and
//! each subscription's notice recorded in the same transaction, so none is sent twice
//! for the same renewal).

use ardoise_domain::words::{keys, tr, word};
use std::collections::BTreeMap;
use std::path::Path;

use ardoise_documents::{render_letter, LetterDocument, LetterPart};
use ardoise_domain::collections::renewals::{cancellable_until, due_for_notice};
use ardoise_domain::collections::{renewal_notice, LetterBlock, RenewalContext, RenewalItem};
use ardoise_domain::money::Money;
use ardoise_domain::subscription::SubscriptionStatus;
use ardoise_domain::Lang;
use ardoise_store::Db;
use chrono::NaiveDate;

use super::as_of_date;
use super::letters::{letters_folder, send_letters, LetterOut};
use crate::invoicing::documents::{buyer, seller};
use crate::outbox::{sha256_hex, Outbox};
use crate::statements::account_reference;
use crate::transport_collections::{LetterFile, LettersResult, RenewalNoticesRequest, RenewalView};
use crate::{AppError, Ardoise, Permission, Result, Session};

/// The step code a renewal notice carries in the communication log.
pub(crate) const RENEWAL_STEP: &str = "renewal";

impl Ardoise {
    /// Annual and triennial subscriptions renewing within the notice window on `as_of`,
    /// in renewal-date order, each with the day its notice went out (if it did).
    pub(crate) fn renewals(&self, as_of: NaiveDate) -> Result<Vec<RenewalView>> {
        let db = self.store.read();
        let sent = db.renewal_notices_from(as_of)?;
        let mut out: Vec<RenewalView> = db
            .subscription_summaries(None)?
            .into_iter()
            .filter(|s| {
                let t = &s.subscription;
                t.status == SubscriptionStatus::Active
                    && due_for_notice(t.term, t.renewal_date, as_of)
            })
            .map(|s| {
                let t = &s.subscription;
                RenewalView {
                    subscription_id: s.id,
                    customer_id: s.customer_id,
                    customer_name: s.customer_name.clone(),
                    product_name: s.product_name.clone(),
                    quantity: t.quantity as i64,
                    term: t.term.code().to_string(),
                    renewal_date: t.renewal_date.to_string(),
                    auto_renew: t.auto_renew,
                    cancellable_until: cancellable_until(t.renewal_date).to_string(),
                    notice_sent_on: sent.get(&(s.id, t.renewal_date)).map(|d| d.to_string()),
                }
            })
            .collect();
        out.sort_by(|a, b| {
            (&a.renewal_date, &a.customer_name).cmp(&(&b.renewal_date, &b.customer_name))
        });
        Ok(out)
    }

    /// Produces the renewal notices not yet sent on `as_of` (for every customer, or
    /// those named): one letter per customer listing its subscriptions renewing.
    pub fn produce_renewal_notices(
        &self,
        session: &Session,
        req: &RenewalNoticesRequest,
        lang: Lang,
        default_dir: &Path,
    ) -> Result<LettersResult> {
        session.require(Permission::ProduceStatements)?;
        let as_of = as_of_date(&req.as_of)?;
        // Beside the day's letters.
        let out_dir = letters_folder(&req.out_dir, default_dir, as_of);
        let action = "collections.renewal_notices";
        self.send_letter_run(session, action, as_of, &out_dir, |db, outbox| {
            self.renewal_notices_in(db, outbox, session, req, lang, as_of, &out_dir)
        })
    }

    /// Inside the transaction: which renewals are still untold is read there, so two
    /// runs at once never tell a renewal twice.
    #[allow(clippy::too_many_arguments)]
    fn renewal_notices_in(
        &self,
        db: &Db<'_>,
        outbox: &mut Outbox,
        session: &Session,
        req: &RenewalNoticesRequest,
        lang: Lang,
        as_of: NaiveDate,
        out_dir: &Path,
    ) -> Result<LettersResult> {
        let mut by_customer: BTreeMap<i64, Vec<RenewalView>> = BTreeMap::new();
        for r in self.renewals(as_of)? {
            if r.notice_sent_on.is_none()
                && (req.customer_ids.is_empty() || req.customer_ids.contains(&r.customer_id))
            {
                by_customer.entry(r.customer_id).or_default().push(r);
            }
        }
        let partner = self.partner_or_placeholder();
        let logo = db.partner_logo()?;
        let mut notices = Vec::new();
        for (customer_id, renewals) in by_customer {
            let customer = db.customer(customer_id)?.customer;
            let lang = customer.language;
            let mut items = Vec::new();
            let mut told = Vec::new();
            for r in &renewals {
                let renewal_date = as_of_date(&r.renewal_date)?;
                told.push((r.subscription_id, renewal_date));
                items.push(RenewalItem {
                    product: r.product_name.clone(),
                    quantity: r.quantity as u32,
                    term: ardoise_domain::subscription::Term::parse(&r.term)
                        .unwrap_or(ardoise_domain::subscription::Term::Annual),
                    renewal_date,
                    auto_renew: r.auto_renew,
                });
            }
            let ctx = RenewalContext {
                customer_name: customer.legal_name.clone(),
                partner_name: partner.legal_name.clone(),
                account_reference: customer
                    .reference
                    .clone()
                    .unwrap_or_else(|| account_reference(customer_id)),
                date: as_of,
                items,
            };
            let text = renewal_notice(&ctx, lang);
            let document = LetterDocument {
                lang,
                seller: seller(&partner, lang),
                buyer: buyer(&customer, lang),
                account_reference: ctx.account_reference.clone(),
                place: partner.address.city.clone(),
                date: as_of,
                subject: text.subject.clone(),
                sending_mention: None,
                parts: text
                    .blocks
                    .iter()
                    .filter_map(|b| match b {
                        LetterBlock::Paragraph(p) => Some(LetterPart::Text(p.clone())),
                        LetterBlock::InvoicesTable => None,
                    })
                    .collect(),
                lines: Vec::new(),
                totals: Vec::new(),
                coming: Vec::new(),
                coming_totals: Vec::new(),
                signature: vec![
                    tr!(lang, LETTER_SIGNATURE_CUSTOMER_SERVICE),
                    partner.legal_name.clone(),
                ],
                enclosures: None,
                logo_png: logo.clone(),
            };
            let pdf = render_letter(&document).map_err(|e| AppError::Document(e.to_string()))?;
            let file = out_dir.join(format!(
                "{}-{}-{as_of}.pdf",
                word(lang, keys::FILE_RENEWAL),
                ctx.account_reference,
            ));
            notices.push((
                told,
                LetterOut {
                    customer_id,
                    step_code: RENEWAL_STEP.to_string(),
                    balance: Money::zero(customer.currency),
                    invoices: Vec::new(),
                    file,
                    pdf,
                    document,
                },
            ));
        }

        let now = self.clock.now();
        let (told, letters): (Vec<Vec<(i64, NaiveDate)>>, Vec<LetterOut>) =
            notices.into_iter().unzip();
        let combined = out_dir.join(format!("{}-{as_of}.pdf", word(lang, keys::FILE_RENEWALS)));
        let (sent, combined) =
            send_letters(db, outbox, &letters, combined, session.staff_id, as_of, now)?;
        let mut files = Vec::with_capacity(sent.len());
        for ((told, l), (id, path)) in told.iter().zip(&letters).zip(sent) {
            for (subscription_id, renewal_date) in told {
                db.record_renewal_notice(*subscription_id, *renewal_date, id, as_of)?;
            }
            files.push(LetterFile {
                communication_id: id,
                customer_id: l.customer_id,
                step_code: RENEWAL_STEP.to_string(),
                path: path.display().to_string(),
                sha256: sha256_hex(&l.pdf),
            });
        }
        Ok(LettersResult {
            out_dir: out_dir.display().to_string(),
            letters: files,
            combined,
            suspensions: 0,
        })
    }
}
