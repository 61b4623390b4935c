//! An invoice or credit note as printed: the store's record, with the partner and the
//! customer as they were when it was issued, handed to `ardoise-documents`.

use ardoise_documents::{
    render_invoice, DocumentKind, DocumentLine, InvoiceDocument, Party, VatSummary,
};
use ardoise_domain::checks::codes::country_name;
use ardoise_domain::customer::{Address, Customer, CustomerForm};
use ardoise_domain::invoicing::{due_date, totals};
use ardoise_domain::partner::{Partner, PartnerForm};
use ardoise_domain::words::tr;
use ardoise_domain::Lang;
use ardoise_store::DocKind;
use base64::Engine;

use crate::transport_invoicing::PdfView;
use crate::{AppError, Ardoise, Permission, Result, Session};

fn address_lines(a: &Address) -> Vec<String> {
    let mut lines = vec![a.line1.clone()];
    lines.extend(a.line2.clone());
    lines.push(format!("{} {}", a.postal_code, a.city));
    lines
}

pub(crate) fn seller(p: &Partner, lang: Lang) -> Party {
    Party {
        legal_name: p.legal_name.clone(),
        address_lines: address_lines(&p.address),
        country_name: country_name(&p.address.country, lang)
            .unwrap_or(&p.address.country)
            .to_string(),
        vat_number: p.vat_number.clone(),
        siren: p.siren.clone(),
        legal_form: p.legal_form.clone(),
        share_capital: p.share_capital,
        rcs: p.rcs.clone(),
        email: p.email.clone(),
        phone: p.phone.clone(),
        website: p.website.clone(),
        iban: p.iban.clone(),
        bic: p.bic.clone(),
        bank_name: p.bank_name.clone(),
    }
}

pub(crate) fn buyer(c: &Customer, lang: Lang) -> Party {
    Party {
        legal_name: c.legal_name.clone(),
        address_lines: address_lines(&c.address),
        country_name: country_name(&c.address.country, lang)
            .unwrap_or(&c.address.country)
            .to_string(),
        vat_number: c.vat_number.clone(),
        ..Party::default()
    }
}

/// A snapshot written at issue; it passed validation then, so it reads back.
fn from_snapshot<F: serde::de::DeserializeOwned, T>(
    json: &str,
    validate: impl Fn(&F) -> std::result::Result<T, ardoise_domain::Invalid>,
) -> Option<T> {
    serde_json::from_str::<F>(json)
        .ok()
        .and_then(|f| validate(&f).ok())
}

impl Ardoise {
    /// The PDF of an invoice or credit note (a draft prints as such), in its language.
    pub fn invoice_pdf(&self, session: &Session, id: i64) -> Result<(String, Vec<u8>)> {
        session.require(Permission::ViewBook)?;
        let db = self.store.read();
        let doc = db.document(id)?;
        let s = &doc.summary;
        let lang = doc.language;
        let partner = doc
            .seller_json
            .as_deref()
            .and_then(|j| from_snapshot(j, PartnerForm::validate))
            .or(db.partner()?)
            .unwrap_or_else(Partner::placeholder);
        let customer_now = db.customer(s.customer_id)?.customer;
        let customer = doc
            .buyer_json
            .as_deref()
            .and_then(|j| from_snapshot(j, CustomerForm::validate))
            .unwrap_or(customer_now);
        let currency = s.gross.currency;
        let t = totals(&doc.lines, currency);
        let today = self.today();
        let number = s.number.clone().unwrap_or_else(|| tr!(lang, DRAFT_NUMBER));
        let kind = match (s.kind, s.credited_invoice_id) {
            (DocKind::CreditNote, Some(of)) => {
                let original = db.document(of)?.summary;
                DocumentKind::CreditNote {
                    of_invoice: original.number.unwrap_or_default(),
                    of_invoice_date: original.issue_date,
                    reason: db.credit_reason(s.id)?,
                }
            }
            _ => DocumentKind::Invoice,
        };
        let document = InvoiceDocument {
            kind,
            lang,
            number: number.clone(),
            issue_date: s.issue_date.unwrap_or(today),
            due_date: s
                .due_date
                .unwrap_or_else(|| due_date(today, customer.payment_terms_days)),
            service_period: s.period_start.zip(doc.period_end),
            seller: seller(&partner, lang),
            buyer: buyer(&customer, lang),
            lines: doc
                .lines
                .iter()
                .map(|l| DocumentLine {
                    description: l.description.clone(),
                    service_period: l.service_start.zip(l.service_end),
                    quantity: l.quantity,
                    unit_price: l.unit_price,
                    vat_rate: l.vat_rate,
                    net: l.net(currency),
                })
                .collect(),
            vat: t
                .vat_lines
                .iter()
                .map(|v| VatSummary {
                    rate: v.rate,
                    base: v.base,
                    vat: v.vat,
                })
                .collect(),
            net: t.net,
            vat_total: t.vat,
            gross: t.gross,
            vat_mention: doc.vat_mention.clone(),
            late_penalty_rate: partner.late_penalty_rate,
            recovery_indemnity: partner.recovery_indemnity,
            early_payment_discount: None,
            payment_reference: number.clone(),
            logo_png: db.partner_logo()?,
        };
        let bytes = render_invoice(&document).map_err(|e| AppError::Refused(e.to_string()))?;
        let file_name = format!("{}.pdf", number.replace(['/', '\\', ' '], "-"));
        Ok((file_name, bytes))
    }

    /// The PDF for the in-app preview.
    pub fn invoice_pdf_view(&self, session: &Session, id: i64) -> Result<PdfView> {
        let (file_name, bytes) = self.invoice_pdf(session, id)?;
        Ok(pdf_view(file_name, &bytes))
    }
}

/// A PDF as it crosses to the window for the in-app preview.
pub(crate) fn pdf_view(file_name: String, bytes: &[u8]) -> PdfView {
    PdfView {
        file_name,
        bytes: bytes.len() as i64,
        base64: base64::engine::general_purpose::STANDARD.encode(bytes),
    }
}
