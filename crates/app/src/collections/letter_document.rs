//! A round's letter as the documents crate prints it: the step's text, the overdue
//! invoices with what is claimed, those coming due apart, how to pay (the partner's IBAN
//! and BIC, the customer's reference to quote), the signatory, and a formal notice's
//! sending mention and enclosures.

use ardoise_documents::{LetterDocument, LetterLine, LetterPart};
use ardoise_domain::collections::{
    LetterBlock, LetterContext, LetterInvoice, LetterText, Step, StepKind,
};
use ardoise_domain::customer::Customer;
use ardoise_domain::money::Money;
use ardoise_domain::partner::Partner;
use ardoise_domain::words::tr;

use crate::invoicing::documents::{buyer, seller};

/// What one letter is made of.
pub(super) struct LetterParts<'a> {
    pub partner: &'a Partner,
    pub customer: &'a Customer,
    pub step: &'a Step,
    pub ctx: &'a LetterContext,
    pub text: &'a LetterText,
    /// (name, title) from the settings; empty when not set.
    pub signatory: &'a (String, String),
    pub logo: Option<Vec<u8>>,
}

/// An IBAN in groups of four, as banks print it: « FR76 3000 6000 0112 3456 7890 189 ».
fn grouped(iban: &str) -> String {
    let chars: Vec<char> = iban.chars().filter(|c| !c.is_whitespace()).collect();
    chars
        .chunks(4)
        .map(|c| c.iter().collect::<String>())
        .collect::<Vec<_>>()
        .join(" ")
}

fn line(i: &LetterInvoice) -> LetterLine {
    LetterLine {
        number: i.number.clone(),
        issue_date: i.issue_date,
        due_date: i.due_date,
        original: i.original,
        open: i.open,
        days_overdue: i.days_overdue,
    }
}

pub(super) fn letter_document(parts: &LetterParts<'_>) -> LetterDocument {
    let LetterParts {
        partner,
        customer,
        step,
        ctx,
        text,
        signatory,
        ..
    } = parts;
    let lang = customer.language;
    let formal = step.kind == StepKind::FormalNotice;
    let mut totals = vec![(tr!(lang, LETTER_TOTAL_DUE), ctx.total_due())];
    if formal {
        totals.push((tr!(lang, LETTER_PENALTIES), ctx.penalties()));
        totals.push((tr!(lang, LETTER_INDEMNITY), ctx.indemnity()));
        let claimed = [ctx.total_due(), ctx.penalties(), ctx.indemnity()]
            .iter()
            .try_fold(Money::zero(ctx.total_due().currency), |a, m| {
                a.checked_add(m)
            });
        if let Ok(claimed) = claimed {
            totals.push((tr!(lang, LETTER_TOTAL_CLAIMED), claimed));
        }
    }
    let coming_totals = if ctx.coming.is_empty() {
        Vec::new()
    } else {
        vec![(tr!(lang, LETTER_COMING_TOTAL), ctx.coming_total())]
    };

    let mut body: Vec<LetterPart> = text
        .blocks
        .iter()
        .map(|b| match b {
            LetterBlock::Paragraph(p) => LetterPart::Text(p.clone()),
            LetterBlock::InvoicesTable => LetterPart::InvoicesTable,
        })
        .collect();
    // How to pay goes after the paragraph that asks for the amount, under the table (or
    // before the closing line without one): where the reader looks once they know what
    // is owed.
    let reference = ctx.account_reference.clone();
    let payment = match (partner.iban.as_deref(), partner.bic.as_deref()) {
        (Some(iban), Some(bic)) if !iban.trim().is_empty() && !bic.trim().is_empty() => tr!(
            lang,
            LETTER_PAYMENT,
            iban = grouped(iban),
            bic = bic.to_string(),
            reference = reference
        ),
        // An IBAN without its BIC is still how to pay (SEPA transfers need no BIC).
        (Some(iban), _) if !iban.trim().is_empty() => tr!(
            lang,
            LETTER_PAYMENT_IBAN,
            iban = grouped(iban),
            reference = reference
        ),
        _ => tr!(lang, LETTER_PAYMENT_REFERENCE, reference = reference),
    };
    let at = body
        .iter()
        .position(|p| *p == LetterPart::InvoicesTable)
        .map(|i| (i + 2).min(body.len().saturating_sub(1)).max(i + 1))
        .unwrap_or(body.len().saturating_sub(1));
    body.insert(at, LetterPart::Text(payment));

    let (name, title) = (signatory.0.trim(), signatory.1.trim());
    let mut signature = Vec::new();
    if name.is_empty() {
        signature.push(tr!(lang, LETTER_SIGNATURE_ACCOUNTS));
    } else {
        signature.push(name.to_string());
        if !title.is_empty() {
            signature.push(title.to_string());
        }
    }
    signature.push(partner.legal_name.clone());

    let enclosures = formal.then(|| {
        let numbers: Vec<&str> = ctx.invoices.iter().map(|i| i.number.as_str()).collect();
        tr!(
            lang,
            LETTER_ENCLOSURES,
            count = numbers.len(),
            numbers = numbers.join(", ")
        )
    });

    LetterDocument {
        lang,
        seller: seller(partner, lang),
        buyer: buyer(customer, lang),
        account_reference: ctx.account_reference.clone(),
        place: partner.address.city.clone(),
        date: ctx.date,
        subject: text.subject.clone(),
        sending_mention: formal.then(|| tr!(lang, LETTER_REGISTERED)),
        parts: body,
        lines: ctx.invoices.iter().map(line).collect(),
        totals,
        coming: ctx.coming.iter().map(line).collect(),
        coming_totals,
        signature,
        enclosures,
        logo_png: parts.logo.clone(),
    }
}
