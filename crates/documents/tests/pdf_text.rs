//! Renders real invoices and reads them back with poppler's `pdftotext -layout`, the
//! way a person copying text from the PDF (or a search indexer) would.

mod common;

use std::path::Path;

use ardoise_documents::sample::{
    sample_credit_note, sample_invoice, sample_line, sample_long_invoice, sample_reverse_charge,
    with_totals,
};
use ardoise_documents::{render_invoice, DocumentError, InvoiceDocument};
use ardoise_domain::Lang;
use rust_decimal::Decimal;

const LOGO: &[u8] = include_bytes!("fixtures/logo.png");

/// Renders the invoice, writes it into `dir` and returns its bytes and its text (see
/// [`common::extract`]).
fn render_and_extract(doc: &InvoiceDocument, dir: &Path, name: &str) -> (Vec<u8>, String) {
    let pdf = render_invoice(doc).expect("the document renders");
    let text = common::extract(&pdf, dir, name);
    (pdf, text)
}

use common::tmp;

#[test]
fn french_invoice_text() {
    let dir = tmp();
    let (_, text) = render_and_extract(&sample_invoice(Lang::Fr), dir.path(), "invoice-fr");
    insta::assert_snapshot!("invoice_fr", text);
    for expected in [
        "FACTURE",
        "N° F2026-00042",
        "Date d'émission",
        "01/12/2026",
        "Date d'échéance",
        "31/12/2026",
        "Période de service",
        "01/11/2026 – 30/11/2026",
        "Nuage Rhône Informatique",
        "SAS au capital de 10 000 €",
        "SIREN 912 345 675",
        "RCS Lyon 912 345 675",
        "FR65912345675",
        "Pâtisserie Cœur de Lyon SARL",
        "FR83404833048",
        "Support « Sérénité »",
        "Total HT",
        "460,16 €",
        "TVA 20 % sur 460,16 €",
        "92,03 €",
        "Total TTC",
        "552,19 €",
        "Net à payer",
        "Pénalités de retard : 12,15 % l'an",
        "Indemnité forfaitaire pour frais de recouvrement : 40 €",
        "L441-10",
        "Pas d'escompte pour paiement anticipé",
        "FR76 3000 6000 0112 3456 7890 189",
        "AGRIFRPP878",
        "Référence à rappeler : F2026-00042",
        "Page 1 / 1",
    ] {
        assert!(text.contains(expected), "missing {expected:?} in:\n{text}");
    }
    assert!(!text.contains("Autoliquidation"));
}

#[test]
fn english_invoice_text() {
    let dir = tmp();
    let (_, text) = render_and_extract(&sample_invoice(Lang::En), dir.path(), "invoice-en");
    insta::assert_snapshot!("invoice_en", text);
    for expected in [
        "INVOICE",
        "No. F2026-00042",
        "Issue date",
        "1 Dec 2026",
        "Due date",
        "31 Dec 2026",
        "€460.16",
        "VAT 20% on €460.16",
        "Total incl. VAT",
        "€552.19",
        "Amount due",
        "Late-payment penalties: 12.15% a year",
        "Fixed indemnity for recovery costs: €40",
        "No discount for early payment",
        "SAS with a share capital of €10,000",
        "FR76 3000 6000 0112 3456 7890 189",
        "Reference to quote: F2026-00042",
    ] {
        assert!(text.contains(expected), "missing {expected:?} in:\n{text}");
    }
}

#[test]
fn reverse_charge_invoice_text() {
    let dir = tmp();
    let (_, fr) = render_and_extract(&sample_reverse_charge(Lang::Fr), dir.path(), "rc-fr");
    insta::assert_snapshot!("reverse_charge_fr", fr);
    for expected in [
        "F2026-00043",
        "Brasserie Van Damme SRL",
        "Belgique",
        "BE0123456749",
        "FR65912345675",
        "Autoliquidation — art. 259-1 du CGI et art. 196 de la",
        "directive 2006/112/CE",
        "TVA 0 % sur 1 125,00 €",
        "40 €",
        "Pas d'escompte",
        "FR76 3000 6000 0112 3456 7890 189",
    ] {
        assert!(fr.contains(expected), "missing {expected:?} in:\n{fr}");
    }
    // Art. 283-2 CGI makes a French buyer liable: not the case of a Belgian one.
    assert!(!fr.contains("283"), "{fr}");

    let (_, en) = render_and_extract(&sample_reverse_charge(Lang::En), dir.path(), "rc-en");
    insta::assert_snapshot!("reverse_charge_en", en);
    for expected in [
        "Belgium",
        "BE0123456749",
        "Reverse charge — Article 196 of Council Directive",
        "VAT 0% on €1,125.00",
    ] {
        assert!(en.contains(expected), "missing {expected:?} in:\n{en}");
    }
}

#[test]
fn credit_note_text() {
    let dir = tmp();
    let (_, fr) = render_and_extract(&sample_credit_note(Lang::Fr), dir.path(), "cn-fr");
    insta::assert_snapshot!("credit_note_fr", fr);
    for expected in [
        "AVOIR",
        "N° AV2026-00007",
        "sur la facture F2026-00042 du 01/12/2026",
        "Montant de l'avoir",
        "39,55 €",
        "Facture d’origine : F2026-00042 du 01/12/2026",
        // What it credits: the line of the invoice, with its quantity and amount.
        "Microsoft 365 Business Premium — 3",
        "32,96 €",
        "Motif : Trois licences résiliées le 20 novembre, facturées",
    ] {
        assert!(fr.contains(expected), "missing {expected:?} in:\n{fr}");
    }
    assert!(!fr.contains("Date d'échéance"));
    // A credit note is not paid: no penalties, no recovery indemnity, no discount.
    for absent in ["Pénalités", "Indemnité", "escompte", "L441-10"] {
        assert!(!fr.contains(absent), "{absent:?} on a credit note:\n{fr}");
    }

    let (_, en) = render_and_extract(&sample_credit_note(Lang::En), dir.path(), "cn-en");
    for expected in [
        "CREDIT NOTE",
        "for invoice F2026-00042 of 1 Dec 2026",
        "Original invoice: F2026-00042 of 1 Dec 2026",
        "Reason: Three licences cancelled on 20 November,",
    ] {
        assert!(en.contains(expected), "missing {expected:?} in:\n{en}");
    }
    for absent in ["penalt", "Penalt", "indemnity", "discount"] {
        assert!(!en.contains(absent), "{absent:?} on a credit note:\n{en}");
    }
}

#[test]
fn sixty_lines_flow_onto_pages_with_the_header_repeated() {
    let dir = tmp();
    for lang in [Lang::Fr, Lang::En] {
        let doc = sample_long_invoice(lang, 60);
        let (_, text) = render_and_extract(&doc, dir.path(), "long");
        let pages = common::pages(&text);
        let count = pages.len();
        assert!(count >= 2, "60 lines fit on one page?\n{text}");
        let (period_head, amount_head) = match lang {
            Lang::Fr => ("Période", "Montant HT"),
            Lang::En => ("Period", "Amount excl."),
        };
        for (i, page) in pages.iter().enumerate() {
            assert!(
                page.contains(&format!("Page {} / {count}", i + 1)),
                "page {} has no page number:\n{page}",
                i + 1
            );
            // Every page that carries lines carries the table header.
            if page.contains(lang.pick("01/11 – ", "1–30 Nov")) {
                assert!(page.contains("Description"), "no header on page {}", i + 1);
                assert!(page.contains(period_head) && page.contains(amount_head));
            }
            if i > 0 {
                assert!(page.contains(lang.pick("(suite)", "(continued)")));
            }
        }
        // Every line is there once (each row prints the period once), and the totals
        // come after the last one.
        let period = lang.pick("01/11 – 30/11/2026", "1–30 Nov 2026");
        assert_eq!(text.matches(period).count(), 60, "{text}");
        let last = pages[count - 1];
        assert!(last.contains(lang.pick("Net à payer", "Amount due")));
        if lang == Lang::Fr {
            insta::assert_snapshot!("long_fr_page_2", pages[1].trim());
        }
    }
}

#[test]
fn an_ordinary_invoice_is_small_because_fonts_are_subset() {
    let dir = tmp();
    let (pdf, _) = render_and_extract(&sample_invoice(Lang::Fr), dir.path(), "size");
    println!("one-page invoice: {} bytes", pdf.len());
    // The two faces alone weigh 400 KB: anything near that means subsetting is off.
    assert!(pdf.len() <= 60_000, "{} bytes", pdf.len());

    let mut with_logo = sample_invoice(Lang::Fr);
    with_logo.logo_png = Some(LOGO.to_vec());
    let (pdf, text) = render_and_extract(&with_logo, dir.path(), "logo");
    println!("with a logo: {} bytes", pdf.len());
    assert!(pdf.len() <= 60_000, "{} bytes", pdf.len());
    assert!(text.contains("Nuage Rhône Informatique"));
}

#[test]
fn a_bad_logo_is_refused_with_a_reason() {
    let mut doc = sample_invoice(Lang::Fr);
    doc.logo_png = Some(b"not a png".to_vec());
    match render_invoice(&doc) {
        Err(DocumentError::Logo(reason)) => assert!(!reason.is_empty()),
        other => panic!("expected a logo error, got {other:?}"),
    }
}

#[test]
fn odd_input_still_renders() {
    let dir = tmp();
    // No lines, empty strings, a control character, a character the font lacks.
    let mut doc = sample_invoice(Lang::Fr);
    doc.lines.clear();
    doc = with_totals(doc);
    doc.buyer.address_lines = vec![String::new(), "Tab\there".to_string()];
    doc.buyer.legal_name = "Société 日本".to_string();
    doc.seller.iban = None;
    let (_, text) = render_and_extract(&doc, dir.path(), "odd");
    assert!(text.contains("Tab here"));
    assert!(text.contains("Société ??"));

    // A description far too long for a page, and a quantity too wide for its column.
    let mut doc = sample_invoice(Lang::En);
    let long = "Very long description with many words ".repeat(200);
    doc.lines.push(sample_line(
        &long,
        None,
        Decimal::from(1_234_567),
        Decimal::new(12_345_678, 4),
        Decimal::from(20),
    ));
    let doc = with_totals(doc);
    let (_, text) = render_and_extract(&doc, dir.path(), "long-description");
    assert!(text.contains("Very long description"));
    assert!(text.contains("Page 2 / "), "{text}");
}
