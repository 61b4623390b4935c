//! The round's letters read back from their PDFs (pdftotext), on the demo book: how to
//! pay (the partner's IBAN and BIC, the customer's reference), who signs, a formal
//! notice's enclosures, and « la facture ci-dessous » for one invoice, in French and in
//! English.

use std::path::Path;
use std::sync::Arc;

use ardoise_app::demo::DemoOptions;
use ardoise_app::domain::Lang;
use ardoise_app::transport_collections::{LetterSignatory, LettersRequest};
use ardoise_app::{Ardoise, FixedClock, Session};
use chrono::NaiveDate;

const TODAY: &str = "2026-11-25";

fn demo(path: &Path) -> (Ardoise, Session) {
    let today = NaiveDate::parse_from_str(TODAY, "%Y-%m-%d").unwrap();
    let mut b = Ardoise::open(path, Arc::new(FixedClock::on(today))).unwrap();
    let s = b.admin_session().unwrap();
    b.seed_demo(&s, DemoOptions::default()).unwrap();
    (b, s)
}

/// The PDF's text on one line, spaces of any kind made one.
fn text_of(path: &str) -> String {
    let out = std::process::Command::new("pdftotext")
        .args(["-enc", "UTF-8", path, "-"])
        .output()
        .expect("pdftotext runs");
    assert!(out.status.success());
    String::from_utf8_lossy(&out.stdout)
        .replace(['\u{202f}', '\u{a0}'], " ")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

fn squeeze(s: &str) -> String {
    s.chars().filter(|c| !c.is_whitespace()).collect()
}

#[test]
fn every_letter_says_how_to_pay_who_signs_and_speaks_of_one_invoice_in_the_singular() {
    let mut seen = std::collections::BTreeSet::new();
    let mut coming_seen = 0;
    for language in ["fr", "en"] {
        let dir = tempfile::tempdir().unwrap();
        let (b, s) = demo(&dir.path().join("book.db"));
        // Every customer reads `language`: the letters are in it.
        let customers = b.customers(&s).unwrap();
        for c in &customers {
            let mut form = b.customer(&s, c.id).unwrap().form;
            form.language = language.into();
            b.update_customer(&s, c.id, &form).unwrap();
        }
        let partner = b.partner(&s).unwrap().form;
        let signatory = b.letter_signatory(&s).unwrap();
        assert_eq!(
            signatory,
            LetterSignatory {
                name: "Claire Martin".into(),
                title: "Responsable administrative".into()
            }
        );
        // Weekly rounds from the demo's day: later ones reach formal notices.
        for as_of in [
            "2026-11-25",
            "2026-12-02",
            "2026-12-09",
            "2026-12-16",
            "2026-12-30",
        ] {
            let work = b.collections(&s, as_of).unwrap();
            let result = b
                .produce_letters(
                    &s,
                    &LettersRequest {
                        as_of: as_of.into(),
                        only: Vec::new(),
                        out_dir: String::new(),
                        signed_by_me: None,
                    },
                    Lang::Fr,
                    dir.path(),
                )
                .unwrap();
            assert_eq!(result.letters.len(), work.letters.len());
            for (file, proposal) in result.letters.iter().zip(&work.letters) {
                assert_eq!(file.customer_id, proposal.customer_id);
                let text = text_of(&file.path);
                let lang = if text.contains("Madame, Monsieur") {
                    Lang::Fr
                } else {
                    Lang::En
                };
                let one = proposal.invoices.len() == 1;
                seen.insert((lang.code(), one, proposal.step_code.clone()));
                // How to pay, with the reference to quote.
                let flat = squeeze(&text);
                assert!(flat.contains(&squeeze(&partner.iban)), "IBAN: {text}");
                assert!(flat.contains(&partner.bic), "BIC: {text}");
                let reference = format!("C-{:05}", proposal.customer_id);
                let quote = match lang {
                    Lang::Fr => format!("en rappelant la référence {reference}"),
                    Lang::En => format!("quoting the reference {reference}"),
                };
                assert!(text.contains(&quote), "{quote}: {text}");
                // Who signs.
                assert!(
                    text.contains("Claire Martin Responsable administrative Nuage & Compagnie"),
                    "{text}"
                );
                // Every invoice listed, overdue and coming due.
                for i in proposal.invoices.iter().chain(&proposal.coming) {
                    assert!(text.contains(&i.number), "{}: {text}", i.number);
                }
                // Those coming due apart, under their own heading.
                if !proposal.coming.is_empty() {
                    let heading = match (lang, proposal.coming.len()) {
                        (Lang::Fr, 1) => "Facture à échoir",
                        (Lang::Fr, _) => "Factures à échoir",
                        (Lang::En, 1) => "Invoice coming due",
                        (Lang::En, _) => "Invoices coming due",
                    };
                    assert!(text.contains(heading), "{heading}: {text}");
                    coming_seen += 1;
                }
                // A formal notice names what it encloses.
                let numbers: Vec<&str> = proposal
                    .invoices
                    .iter()
                    .map(|i| i.number.as_str())
                    .collect();
                let enclosures = match (lang, one) {
                    (Lang::Fr, true) => {
                        format!("Pièce jointe : copie de la facture {}", numbers[0])
                    }
                    (Lang::Fr, false) => {
                        format!("Pièces jointes : copie des factures {}", numbers.join(", "))
                    }
                    (Lang::En, true) => format!("Enclosure: copy of invoice {}", numbers[0]),
                    (Lang::En, false) => {
                        format!("Enclosures: copies of invoices {}", numbers.join(", "))
                    }
                };
                assert_eq!(
                    text.contains(&enclosures),
                    proposal.step_code == "formal_notice",
                    "{enclosures}: {text}"
                );
                // Singular and plural.
                let (singular, plural) = match lang {
                    Lang::Fr => ("la facture ci-dessous", "les factures ci-dessous"),
                    Lang::En => ("the invoice below", "the invoices below"),
                };
                if proposal.step_code != "courtesy" {
                    assert!(text.contains(if one { singular } else { plural }), "{text}");
                }
                assert!(
                    !text.contains(if one { plural } else { singular }),
                    "{text}"
                );
                assert!(!text.contains('{') && !text.contains('|'), "{text}");
            }
        }
    }
    assert!(coming_seen > 0, "a letter lists invoices coming due");
    // The rounds had letters of both languages, and of one invoice and of several.
    for lang in ["fr", "en"] {
        for one in [true, false] {
            assert!(
                seen.iter().any(|(l, o, _)| *l == lang && *o == one),
                "{lang} {one}: {seen:?}"
            );
        }
    }
    assert!(
        seen.iter().any(|(_, _, step)| step == "formal_notice"),
        "{seen:?}"
    );
}
