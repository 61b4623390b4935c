//! Renders the aging report and reads it back with `pdftotext -layout`: totals per
//! currency in French and English, and a long report repeating its header on every page.

mod common;

use ardoise_documents::render_aging;
use ardoise_documents::sample::{sample_aging, sample_long_aging};
use ardoise_domain::Lang;
use common::{extract, line_with, pages, tmp};

#[test]
fn aging_report_with_totals_per_currency() {
    let dir = tmp();
    let pdf = render_aging(&sample_aging(Lang::Fr)).expect("the report renders");
    let text = extract(&pdf, dir.path(), "aging-fr");
    insta::assert_snapshot!("aging_fr", text);
    line_with(&text, &["Nuage Rhône Informatique", "BALANCE ÂGÉE CLIENTS"]);
    line_with(&text, &["Arrêté au", "30/11/2026"]);
    line_with(
        &text,
        &[
            "Client",
            "Devise",
            "Non échu",
            "1–30 jours",
            "31–60 jours",
            "61–90 jours",
            "Plus de 90 jours",
            "Total",
        ],
    );
    line_with(
        &text,
        &[
            "Pâtisserie Cœur de Lyon SARL",
            "EUR",
            "612,40 €",
            "2 310,75 €",
            "150,00 €",
            "–",
            "420,00 €",
            "3 493,15 €",
        ],
    );
    line_with(
        &text,
        &[
            "Thames Valley Bakery Ltd",
            "GBP",
            "960,00 £",
            "480,00 £",
            "1 440,00 £",
        ],
    );
    line_with(&text, &["Totaux par devise"]);
    // Computed by statements::totals, one row per currency in code order.
    let totals = [
        [
            "Total",
            "EUR",
            "6 814,60 €",
            "5 065,35 €",
            "2 556,00 €",
            "1 980,00 €",
            "12 870,90 €",
            "29 286,85 €",
        ],
        [
            "Total",
            "GBP",
            "960,00 £",
            "–",
            "480,00 £",
            "–",
            "–",
            "1 440,00 £",
        ],
        [
            "Total",
            "USD",
            "2 200,00 $",
            "1 100,00 $",
            "–",
            "–",
            "–",
            "3 300,00 $",
        ],
    ];
    for row in totals {
        line_with(&text, &row);
    }
    line_with(&text, &["Page 1 / 1"]);

    let pdf = render_aging(&sample_aging(Lang::En)).expect("the report renders");
    let text = extract(&pdf, dir.path(), "aging-en");
    line_with(&text, &["AGED RECEIVABLES"]);
    line_with(
        &text,
        &[
            "Customer",
            "Currency",
            "Not yet due",
            "Over 90 days",
            "Total",
        ],
    );
    line_with(&text, &["Total", "EUR", "€6,814.60", "€29,286.85"]);
    line_with(&text, &["Page 1 of 1"]);
}

#[test]
fn a_long_aging_report_repeats_its_header_on_every_page() {
    let dir = tmp();
    let doc = sample_long_aging(Lang::Fr, 60);
    let pdf = render_aging(&doc).expect("the report renders");
    let text = extract(&pdf, dir.path(), "aging-long");
    let pages = pages(&text);
    let count = pages.len();
    assert!(count >= 2, "{text}");
    for (i, page) in pages.iter().enumerate() {
        line_with(page, &["Client", "Devise", "Non échu", "Total"]);
        line_with(page, &[&format!("Page {} / {count}", i + 1)]);
        if i > 0 {
            line_with(page, &["Balance âgée clients au 30/11/2026 (suite)"]);
        }
    }
    for i in 1..=60 {
        assert_eq!(text.matches(&format!("Client {i:03} —")).count(), 1, "{i}");
    }
    line_with(pages[count - 1], &["Totaux par devise"]);

    let pdf = render_aging(&sample_long_aging(Lang::Fr, 0)).expect("an empty report renders");
    let text = extract(&pdf, dir.path(), "aging-empty");
    line_with(&text, &["Aucune créance ouverte à cette date."]);
}
