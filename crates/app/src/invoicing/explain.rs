//! An invoice explained line by line in its customer's language, for a reply to a
//! billing question.

use ardoise_domain::invoicing::explain::{explain, InvoiceFacts, LineFacts, VatBasis};
use ardoise_domain::invoicing::LineKind;
use ardoise_store::Db;

use crate::transport_support_billing::{InvoiceExplanation, LineExplanation};
use crate::{Ardoise, Permission, Result, Session};

/// The date the price of a line took effect, where the book knows it.
fn price_since(
    db: &Db<'_>,
    customer_id: i64,
    currency: &str,
    line: &ardoise_domain::invoicing::InvoiceLine,
) -> Result<Option<chrono::NaiveDate>> {
    let Some(on) = line.service_start else {
        return Ok(None);
    };
    Ok(match (line.kind, line.subscription_id) {
        (LineKind::Subscription, Some(sub)) => db.subscription_price_since(sub, currency, on)?,
        (LineKind::SupportFee | LineKind::BillableHours, _) => {
            db.support_price_since(customer_id, currency, on)?
        }
        _ => None,
    })
}

impl Ardoise {
    /// One paragraph per line of invoice `id`, in the invoice's language: period covered,
    /// days prorated, unit price and the date it took effect, VAT treatment.
    pub fn explain_invoice(&self, session: &Session, id: i64) -> Result<InvoiceExplanation> {
        session.require(Permission::ViewBook)?;
        let db = self.store.read();
        let doc = db.document(id)?;
        let currency = doc.summary.gross.currency;
        let mut lines = Vec::with_capacity(doc.lines.len());
        for line in &doc.lines {
            lines.push(LineFacts {
                price_since: price_since(&db, doc.summary.customer_id, currency.code(), line)?,
                line: line.clone(),
            });
        }
        let facts = InvoiceFacts {
            currency,
            vat: VatBasis::from_code(&doc.vat_treatment),
            vat_mention: doc.vat_mention.clone(),
            lines,
        };
        let paragraphs = explain(&facts, doc.language);
        Ok(InvoiceExplanation {
            invoice_id: id,
            number: doc.summary.number.clone(),
            language: doc.language,
            text: paragraphs.join("\n\n"),
            lines: paragraphs
                .into_iter()
                .zip(&doc.lines)
                .enumerate()
                .map(|(i, (text, l))| LineExplanation {
                    position: i as i64 + 1,
                    kind: l.kind,
                    text,
                })
                .collect(),
        })
    }
}
