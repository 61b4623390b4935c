//! Renders reminder letters and reads them back with `pdftotext -layout`: a first
//! reminder and a formal notice in French and English, a print job of several letters, a
//! letter of 60 invoices over several pages, how text breaks across pages, and odd input.
//! The collection-policy sheet is in `policy_sheet_pdf.rs`.

mod common;

use ardoise_documents::sample::{
    sample_letter, sample_long_letter, sample_partner, sample_policy_sheet,
};
use ardoise_documents::{
    render_letter, render_letters, render_policy_sheet, DocumentError, LetterDocument, LetterPart,
    Party,
};
use ardoise_domain::Lang;
use common::{
    customer, extract, in_order, line_with, numbered_in_french, page_counts, pages, position, tmp,
};

const LOGO: &[u8] = include_bytes!("fixtures/logo.png");

fn render(doc: &LetterDocument, name: &str) -> (Vec<u8>, String) {
    let dir = tmp();
    let pdf = render_letter(doc).expect("the letter renders");
    let text = extract(&pdf, dir.path(), name);
    (pdf, text)
}

/// What every French sample letter prints: the letterhead, the address, the date line,
/// the reference, the overdue invoices (not the one not yet due) and the signature.
fn french_letter(formal: bool) -> String {
    let name = if formal { "formal-fr" } else { "reminder-fr" };
    let (pdf, text) = render(&sample_letter(Lang::Fr, formal), name);
    assert!(pdf.len() <= 60_000, "{} bytes", pdf.len());
    assert_eq!(pages(&text).len(), 1, "{text}");
    assert!(
        !text.contains("Page 1"),
        "a one-page letter is not numbered:\n{text}"
    );
    line_with(&text, &["Nuage Rhône Informatique"]);
    line_with(&text, &["SIREN 912 345 675"]);
    line_with(
        &text,
        &["Compte client : C-00042", "Pâtisserie Cœur de Lyon SARL"],
    );
    line_with(&text, &["3, place de l’Église"]);
    line_with(&text, &["69100 Villeurbanne"]);
    line_with(&text, &["Lyon, le 25 novembre 2026"]);
    let head = [
        "Facture",
        "Date",
        "Échéance",
        "Jours de retard",
        "Montant initial",
        "Reste dû",
    ];
    line_with(&text, &head);
    let rows: [&[&str]; 3] = [
        &[
            "F2026-00077",
            "31/07/2026",
            "30/08/2026",
            "87",
            "420,00 €",
            "420,00 €",
        ],
        &[
            "F2026-00118",
            "30/09/2026",
            "30/10/2026",
            "26",
            "845,50 €",
            "150,00 €",
        ],
        &[
            "F2026-00142",
            "15/10/2026",
            "14/11/2026",
            "11",
            "2 310,75 €",
            "2 310,75 €",
        ],
    ];
    for row in rows {
        line_with(&text, row);
        assert_eq!(text.matches(row[0]).count(), 1, "{}:\n{text}", row[0]);
    }
    assert!(!text.contains("F2026-00167"), "not yet due:\n{text}");
    line_with(&text, &["Total des factures échues", "2 880,75 €"]);
    line_with(&text, &["Crédit non affecté, en votre faveur", "-150,00 €"]);
    // An IBAN is never broken across lines.
    line_with(&text, &["IBAN FR76 3000 6000 0112 3456 7890 189,"]);
    line_with(&text, &["BIC AGRIFRPP878"]);
    // The footer's legal line.
    line_with(
        &text,
        &["SAS au capital de 10 000 €", "RCS Lyon 912 345 675"],
    );
    in_order(
        &text,
        &[
            "Nuage Rhône Informatique",
            "Pâtisserie Cœur de Lyon SARL",
            "Lyon, le 25 novembre 2026",
            "Objet :",
            "Madame, Monsieur,",
            "Jours de retard",
            "F2026-00077",
            "Total des factures échues",
            "l'expression de nos salutations distinguées.",
        ],
    );
    text
}

#[test]
fn a_first_reminder_in_french() {
    let text = french_letter(false);
    insta::assert_snapshot!("letter_reminder_fr", text);
    line_with(
        &text,
        &["Objet : Relance — factures échues, compte client C-00042"],
    );
    line_with(&text, &["Reste à régler", "2 730,75 €"]);
    line_with(&text, &["la somme de"]);
    assert!(!text.contains("recommandée"), "{text}");
    assert!(!text.contains("Pénalités"), "{text}");
    in_order(
        &text,
        &[
            "Reste à régler",
            "Il s'agit sans doute d'un simple oubli.",
            "salutations distinguées.",
            "Le service comptabilité",
        ],
    );
}

#[test]
fn a_formal_notice_in_french() {
    let text = french_letter(true);
    insta::assert_snapshot!("letter_formal_fr", text);
    line_with(&text, &["Lettre recommandée avec accusé de réception"]);
    in_order(
        &text,
        &[
            "Lettre recommandée avec accusé de réception",
            "Pâtisserie Cœur de Lyon SARL",
        ],
    );
    line_with(
        &text,
        &["Objet : Mise en demeure de payer — compte client C-00042"],
    );
    // 12,15 % a year on each open amount, from the day after the due date to the letter's
    // date, rounded per invoice: 12,16 + 1,30 + 8,46.
    line_with(
        &text,
        &[
            "Pénalités de retard au 25/11/2026 (12,15 % l'an)",
            "21,92 €",
        ],
    );
    line_with(
        &text,
        &[
            "Indemnités forfaitaires pour frais de recouvrement (3 × 40 €)",
            "120,00 €",
        ],
    );
    line_with(&text, &["Total exigible", "2 872,67 €"]);
    line_with(
        &text,
        &["mettons en demeure de nous régler la somme de 2 872,67 €"],
    );
    line_with(
        &text,
        &["Conformément à l'article L441-10 du Code de commerce"],
    );
    in_order(
        &text,
        &[
            "Total exigible",
            "Par la présente",
            "Claire Martin",
            "Responsable",
        ],
    );
}

#[test]
fn letters_in_english() {
    for formal in [false, true] {
        let name = if formal { "formal-en" } else { "reminder-en" };
        let (pdf, text) = render(&sample_letter(Lang::En, formal), name);
        assert!(pdf.len() <= 60_000, "{} bytes", pdf.len());
        assert_eq!(pages(&text).len(), 1, "{text}");
        line_with(
            &text,
            &["Customer account: C-00042", "Pâtisserie Cœur de Lyon SARL"],
        );
        line_with(&text, &["Lyon, 25 November 2026"]);
        line_with(
            &text,
            &[
                "Invoice",
                "Date",
                "Due date",
                "Days overdue",
                "Original amount",
                "Amount open",
            ],
        );
        line_with(
            &text,
            &[
                "F2026-00077",
                "31 Jul 2026",
                "30 Aug 2026",
                "87",
                "€420.00",
                "€420.00",
            ],
        );
        line_with(&text, &["F2026-00142", "€2,310.75", "€2,310.75"]);
        line_with(&text, &["Total of the overdue invoices", "€2,880.75"]);
        line_with(&text, &["Dear Sir or Madam,"]);
        line_with(&text, &["SAS with a share capital of €10,000"]);
        let mention = "Sent by registered post with acknowledgement of receipt";
        if formal {
            insta::assert_snapshot!("letter_formal_en", text);
            line_with(&text, &[mention]);
            line_with(
                &text,
                &["Subject: Formal notice to pay — customer account C-00042"],
            );
            line_with(
                &text,
                &[
                    "Late-payment penalties to 25 Nov 2026 (12.15% a year)",
                    "€21.92",
                ],
            );
            line_with(
                &text,
                &["Fixed indemnities for recovery costs (3 × €40)", "€120.00"],
            );
            line_with(&text, &["Total claimed", "€2,872.67"]);
            line_with(
                &text,
                &["Under article L441-10 of the French Commercial Code"],
            );
        } else {
            insta::assert_snapshot!("letter_reminder_en", text);
            assert!(!text.contains(mention), "{text}");
            line_with(
                &text,
                &["Subject: Reminder — overdue invoices, customer account C-00042"],
            );
            line_with(&text, &["Left to pay", "€2,730.75"]);
            in_order(&text, &["Yours faithfully,", "Accounts Department"]);
        }
    }
}

#[test]
fn sixty_invoices_flow_onto_pages_with_the_header_repeated() {
    let doc = sample_long_letter(Lang::Fr, 60);
    let (pdf, text) = render(&doc, "letter-long");
    println!("60-invoice letter: {} bytes", pdf.len());
    assert!(pdf.len() <= 60_000, "{} bytes", pdf.len());
    let pages = pages(&text);
    let count = pages.len();
    assert!(count >= 2, "{text}");
    numbered_in_french(&pages);
    for (i, page) in pages.iter().enumerate() {
        if i > 0 {
            line_with(
                page,
                &["Nuage Rhône Informatique", "Lettre du 25/11/2026 (suite)"],
            );
            line_with(page, &["Pâtisserie Cœur de Lyon SARL"]);
        }
        if page.contains("F2026-00") {
            line_with(
                page,
                &["Facture", "Échéance", "Jours de retard", "Reste dû"],
            );
        }
    }
    // Every invoice once, in order, with its figures on its line.
    let mut last = 0;
    for line in &doc.lines {
        assert_eq!(text.matches(&line.number).count(), 1, "{}", line.number);
        let at = position(&text, &line.number);
        assert!(at > last, "{} out of order", line.number);
        last = at;
        line_with(&text, &[&line.number, &line.days_overdue.to_string()]);
    }
    let total: rust_decimal::Decimal = doc.lines.iter().map(|l| l.open.amount).sum();
    assert_eq!(doc.totals.len(), 1);
    assert_eq!(doc.totals[0].1.amount, total);
    let last_page = pages[count - 1];
    line_with(last_page, &["Total des factures échues", "48 359,64 €"]);
    line_with(last_page, &["la somme de"]);
    line_with(last_page, &["Le service comptabilité"]);
    // Page 1 keeps the letter's header and opening.
    line_with(pages[0], &["Lyon, le 25 novembre 2026"]);
    line_with(pages[0], &["Objet : Relance"]);
}

#[test]
fn letters_printed_together_number_their_pages_each() {
    let mut first = sample_letter(Lang::Fr, false);
    first.buyer = customer("Boulangerie Arnaud");
    first.account_reference = "C-00007".to_string();
    let mut second = sample_long_letter(Lang::Fr, 60);
    second.buyer = customer("Garage des Brotteaux");
    second.account_reference = "C-00012".to_string();
    let mut third = sample_letter(Lang::En, true);
    third.buyer = customer("Lyon Language School Ltd");
    third.account_reference = "C-00031".to_string();
    let docs = [first, second, third];

    let counts = page_counts(&docs, |doc| render_letter(doc).expect("renders"));
    let dir = tmp();
    assert_eq!(counts[0], 1);
    assert!(counts[1] >= 2, "{counts:?}");
    assert_eq!(counts[2], 1);

    let pdf = render_letters(&docs).expect("the print job renders");
    println!("three letters: {} bytes", pdf.len());
    let text = extract(&pdf, dir.path(), "letters");
    let pages = pages(&text);
    assert_eq!(pages.len(), counts.iter().sum::<usize>());
    let mut at = 0;
    for (doc, count) in docs.iter().zip(counts) {
        for n in 1..=count {
            let page = pages[at];
            line_with(page, &[&doc.buyer.legal_name]);
            if count > 1 {
                line_with(page, &[&format!("Page {n} / {count}")]);
            } else {
                assert!(!page.contains("Page "), "{page}");
            }
            if n == 1 {
                line_with(page, &[&doc.account_reference]);
                line_with(page, &[doc.lang.pick("Objet :", "Subject:")]);
            }
            at += 1;
        }
    }
    let mention = "Sent by registered post with acknowledgement of receipt";
    assert_eq!(text.matches(mention).count(), 1);
    line_with(pages[at - 1], &[mention]);
}

#[test]
fn letters_are_small_and_a_shared_logo_is_embedded_once() {
    let mut doc = sample_letter(Lang::Fr, true);
    doc.logo_png = Some(LOGO.to_vec());
    let (pdf, text) = render(&doc, "letter-logo");
    println!("formal notice with a logo: {} bytes", pdf.len());
    assert!(pdf.len() <= 60_000, "{} bytes", pdf.len());
    line_with(&text, &["Nuage Rhône Informatique"]);
    // The reference goes under a tall letterhead, the date and subject under both.
    in_order(
        &text,
        &["N° TVA intracommunautaire", "Compte client : C-00042"],
    );
    in_order(
        &text,
        &[
            "Compte client : C-00042",
            "Lyon, le 25 novembre 2026",
            "Objet :",
        ],
    );

    let one = pdf.len();
    let three = render_letters(&[doc.clone(), doc.clone(), doc])
        .expect("renders")
        .len();
    assert!(three < 3 * one, "{three} bytes for three, {one} for one");
}

#[test]
fn refusals_say_why() {
    assert!(matches!(render_letters(&[]), Err(DocumentError::NoLetter)));
    let mut doc = sample_letter(Lang::Fr, false);
    doc.logo_png = Some(b"not a png".to_vec());
    assert!(matches!(render_letter(&doc), Err(DocumentError::Logo(_))));
    let mut sheet = sample_policy_sheet(Lang::Fr);
    sheet.logo_png = Some(b"not a png".to_vec());
    assert!(matches!(
        render_policy_sheet(&sheet),
        Err(DocumentError::Logo(_))
    ));
}

/// A paragraph of `n` sentences.
fn filler(n: usize) -> String {
    (1..=n)
        .map(|i| {
            format!(
                "Phrase {i} d'un paragraphe assez long pour occuper plusieurs lignes de la lettre."
            )
        })
        .collect::<Vec<_>>()
        .join(" ")
}

#[test]
fn text_breaks_across_pages_the_way_a_typesetter_would() {
    // Paragraphs before the table and after it push each break somewhere else.
    let dir = tmp();
    for before in 0..8 {
        for after in [0, 3, 7] {
            let mut doc = sample_letter(Lang::Fr, false);
            let mut parts = vec![LetterPart::Text("Madame, Monsieur,".to_string())];
            parts.extend((0..before).map(|i| LetterPart::Text(filler(2 + i % 4))));
            parts.push(LetterPart::Text(
                "Voici les factures concernées :".to_string(),
            ));
            parts.push(LetterPart::InvoicesTable);
            parts.extend((0..after).map(|i| LetterPart::Text(filler(1 + i % 5))));
            parts.push(LetterPart::Text("Salutations distinguées.".to_string()));
            doc.parts = parts;
            let pdf = render_letter(&doc).expect("renders");
            let text = extract(&pdf, dir.path(), &format!("breaks-{before}-{after}"));
            let page_of = |part: &str| {
                pages(&text)
                    .iter()
                    .position(|page| page.contains(part))
                    .unwrap_or_else(|| panic!("no {part:?} in:\n{text}"))
            };
            let case = format!("{before} before, {after} after:\n{text}");
            // The paragraph introducing the table stays with its header and first row,
            // the totals with the last row, the closing with the signature.
            assert_eq!(
                page_of("Voici les factures"),
                page_of("Jours de retard"),
                "{case}"
            );
            assert_eq!(page_of("Jours de retard"), page_of("F2026-00077"), "{case}");
            assert_eq!(page_of("F2026-00142"), page_of("Reste à régler"), "{case}");
            assert_eq!(
                page_of("Salutations distinguées."),
                page_of("Le service"),
                "{case}"
            );
        }
    }
}

#[test]
fn odd_input_still_renders() {
    let mut doc = sample_letter(Lang::Fr, true);
    doc.buyer.legal_name = format!("Société 日本 {}", "Très Longue Raison Sociale ".repeat(4));
    doc.buyer.address_lines = vec![String::new(), "Tab\there".to_string()];
    doc.buyer.country_name = "Belgique".to_string();
    doc.account_reference = "C-\t00042".to_string();
    doc.place = String::new();
    doc.subject = "Très long objet ".repeat(12);
    doc.sending_mention = Some("Mention d'envoi beaucoup trop longue ".repeat(4));
    doc.parts = vec![
        LetterPart::Text(String::new()),
        LetterPart::InvoicesTable,
        LetterPart::Text("x".repeat(400)),
        LetterPart::Text(filler(60)),
        LetterPart::InvoicesTable,
    ];
    doc.signature = vec![String::new(), "y".repeat(200)];
    let (_, text) = render(&doc, "letter-odd");
    line_with(&text, &["Société ?? Très Longue"]);
    line_with(&text, &["Tab here"]);
    line_with(&text, &["Belgique"]);
    line_with(&text, &["Compte client : C- 00042"]);
    line_with(&text, &["Le 25 novembre 2026"]);
    line_with(&text, &["Objet : Très long objet"]);
    assert!(pages(&text).len() >= 2, "{text}");
    assert_eq!(text.matches("Total exigible").count(), 2, "{text}");

    // Nothing but the frame.
    let empty = LetterDocument {
        parts: Vec::new(),
        lines: Vec::new(),
        totals: Vec::new(),
        signature: Vec::new(),
        sending_mention: None,
        seller: Party {
            legal_name: sample_partner().legal_name,
            ..Party::default()
        },
        buyer: Party::default(),
        ..sample_letter(Lang::En, false)
    };
    let (_, text) = render(&empty, "letter-empty");
    line_with(&text, &["Lyon, 25 November 2026"]);
    // A table without invoices prints its totals alone.
    let totals_only = LetterDocument {
        lines: Vec::new(),
        ..sample_letter(Lang::En, false)
    };
    let (_, text) = render(&totals_only, "letter-totals-only");
    line_with(&text, &["Left to pay", "€2,730.75"]);
    assert!(!text.contains("Days overdue"), "{text}");
}
