//! Sample invoices and credit notes.

use ardoise_domain::invoicing::VatTreatment;
use ardoise_domain::money::{round_commercial, Currency, Money};
use ardoise_domain::Lang;
use chrono::NaiveDate;
use rust_decimal::Decimal;

use super::{
    day, dec, eur, november, sample_belgian_customer, sample_french_customer, sample_partner,
};
use crate::{DocumentKind, DocumentLine, InvoiceDocument, Party, VatSummary};

/// A line: quantity × unit price rounded once.
pub fn sample_line(
    description: &str,
    period: Option<(NaiveDate, NaiveDate)>,
    quantity: Decimal,
    unit_price: Decimal,
    vat_rate: Decimal,
) -> DocumentLine {
    DocumentLine {
        description: description.to_string(),
        service_period: period,
        quantity,
        unit_price,
        vat_rate,
        net: Money::line(quantity, unit_price, Currency::EUR),
    }
}

/// Fills the VAT summary and totals from the lines (VAT per rate on the rate's sum).
pub fn with_totals(mut doc: InvoiceDocument) -> InvoiceDocument {
    let mut rates: Vec<Decimal> = doc.lines.iter().map(|l| l.vat_rate).collect();
    rates.sort();
    rates.dedup();
    doc.vat = rates
        .into_iter()
        .map(|rate| {
            let base: Decimal = doc
                .lines
                .iter()
                .filter(|l| l.vat_rate == rate)
                .map(|l| l.net.amount)
                .sum();
            VatSummary {
                rate,
                base: eur(base),
                vat: eur(round_commercial(base * rate / Decimal::from(100), 2)),
            }
        })
        .collect();
    let net: Decimal = doc.lines.iter().map(|l| l.net.amount).sum();
    let vat: Decimal = doc.vat.iter().map(|v| v.vat.amount).sum();
    doc.net = eur(net);
    doc.vat_total = eur(vat);
    doc.gross = eur(net + vat);
    doc
}

fn base_document(lang: Lang, buyer: Party, lines: Vec<DocumentLine>) -> InvoiceDocument {
    with_totals(InvoiceDocument {
        kind: DocumentKind::Invoice,
        lang,
        number: "F2026-00042".to_string(),
        issue_date: day(2026, 12, 1),
        due_date: day(2026, 12, 31),
        service_period: Some(november()),
        seller: sample_partner(),
        buyer,
        lines,
        vat: Vec::new(),
        net: eur(Decimal::ZERO),
        vat_total: eur(Decimal::ZERO),
        gross: eur(Decimal::ZERO),
        vat_mention: None,
        late_penalty_rate: dec("12.15"),
        recovery_indemnity: eur(Decimal::from(40)),
        early_payment_discount: None,
        payment_reference: "F2026-00042".to_string(),
        logo_png: None,
    })
}

/// November 2026 for the French customer, 20 % VAT: a monthly subscription, three
/// licences added mid-month (prorated over 16 of 30 days) and the support plan.
pub fn sample_invoice(lang: Lang) -> InvoiceDocument {
    let twenty = Decimal::from(20);
    let lines = match lang {
        Lang::Fr => vec![
            sample_line(
                "Microsoft 365 Business Premium — abonnement mensuel",
                Some(november()),
                Decimal::from(12),
                dec("20.60"),
                twenty,
            ),
            sample_line(
                "Microsoft 365 Business Premium — 3 licences ajoutées le 15/11/2026, au prorata \
                 (16 jours sur 30)",
                Some((day(2026, 11, 15), day(2026, 11, 30))),
                Decimal::from(3),
                dec("10.9867"),
                twenty,
            ),
            sample_line(
                "Support « Sérénité » — forfait mensuel, 4\u{a0}h incluses, réponse en 4\u{a0}h ouvrées",
                Some(november()),
                Decimal::ONE,
                dec("180"),
                twenty,
            ),
        ],
        Lang::En => vec![
            sample_line(
                "Microsoft 365 Business Premium — monthly subscription",
                Some(november()),
                Decimal::from(12),
                dec("20.60"),
                twenty,
            ),
            sample_line(
                "Microsoft 365 Business Premium — 3 licences added on 15 Nov 2026, prorated \
                 (16 days of 30)",
                Some((day(2026, 11, 15), day(2026, 11, 30))),
                Decimal::from(3),
                dec("10.9867"),
                twenty,
            ),
            sample_line(
                "“Sérénité” support plan — monthly fee, 4 hours included, 4 business-hour \
                 response",
                Some(november()),
                Decimal::ONE,
                dec("180"),
                twenty,
            ),
        ],
    };
    base_document(lang, sample_french_customer(), lines)
}

/// November 2026 for the Belgian customer: reverse charge, VAT 0 %.
pub fn sample_reverse_charge(lang: Lang) -> InvoiceDocument {
    let zero = Decimal::ZERO;
    let lines = vec![
        sample_line(
            "Microsoft 365 E3",
            Some(november()),
            Decimal::from(25),
            dec("33.70"),
            zero,
        ),
        sample_line(
            "Microsoft Defender for Business",
            Some(november()),
            Decimal::from(25),
            dec("2.80"),
            zero,
        ),
        sample_line(
            lang.pick(
                "Support — 2,5 h au-delà du forfait",
                "Support — 2.5 hours beyond the plan",
            ),
            None,
            dec("2.5"),
            dec("85"),
            zero,
        ),
    ];
    let mut doc = base_document(lang, sample_belgian_customer(lang), lines);
    doc.number = "F2026-00043".to_string();
    doc.payment_reference = "F2026-00043".to_string();
    // The mention the domain writes on a reverse-charged invoice, as the book stores it.
    doc.vat_mention = VatTreatment::ReverseCharge.mention(lang);
    doc
}

/// A credit note for part of [`sample_invoice`]: the three prorated licences.
pub fn sample_credit_note(lang: Lang) -> InvoiceDocument {
    let invoice = sample_invoice(lang);
    let mut doc = InvoiceDocument {
        kind: DocumentKind::CreditNote {
            of_invoice: invoice.number.clone(),
            of_invoice_date: Some(invoice.issue_date),
            reason: Some(
                lang.pick(
                    "Trois licences résiliées le 20 novembre, facturées par erreur",
                    "Three licences cancelled on 20 November, billed by mistake",
                )
                .to_string(),
            ),
        },
        number: "AV2026-00007".to_string(),
        payment_reference: "AV2026-00007".to_string(),
        issue_date: day(2026, 12, 8),
        due_date: day(2026, 12, 8),
        lines: invoice.lines[1..2].to_vec(),
        ..invoice
    };
    doc.service_period = None;
    with_totals(doc)
}

/// An invoice with `count` lines, to show how lines flow onto further pages.
pub fn sample_long_invoice(lang: Lang, count: usize) -> InvoiceDocument {
    let products = [
        ("Microsoft 365 Business Basic", "6.00"),
        ("Microsoft 365 Business Standard", "12.50"),
        ("Microsoft 365 Business Premium", "20.60"),
        ("Exchange Online (Plan 1)", "4.00"),
        ("Microsoft Teams Phone Standard", "8.00"),
        ("Microsoft Intune Plan 1", "8.00"),
    ];
    let lines = (0..count)
        .map(|i| {
            let (name, price) = products[i % products.len()];
            sample_line(
                &format!("{name} — site {}", i + 1),
                Some(november()),
                Decimal::from(1 + (i % 7) as i64),
                dec(price),
                Decimal::from(20),
            )
        })
        .collect();
    base_document(lang, sample_french_customer(), lines)
}
