//! Renders the collection-policy sheet and reads it back with `pdftotext -layout`: in
//! French and English, and a long policy flowing onto a second page.

mod common;

use ardoise_documents::render_policy_sheet;
use ardoise_documents::sample::sample_policy_sheet;
use ardoise_domain::Lang;
use common::{extract, in_order, line_with, numbered_in_french, pages, tmp};

#[test]
fn the_collection_policy_sheet() {
    let dir = tmp();
    let pdf = render_policy_sheet(&sample_policy_sheet(Lang::Fr)).expect("the sheet renders");
    assert!(pdf.len() <= 60_000, "{} bytes", pdf.len());
    let text = extract(&pdf, dir.path(), "policy-fr");
    insta::assert_snapshot!("policy_fr", text);
    assert_eq!(pages(&text).len(), 1, "{text}");
    assert!(!text.contains("Page 1"), "{text}");
    line_with(&text, &["Notre politique de recouvrement"]);
    line_with(
        &text,
        &["Quand", "Ce que nous faisons", "Effet sur votre accès"],
    );
    line_with(
        &text,
        &[
            "7 jours avant l'échéance",
            "Rappel courtois par e-mail",
            "Aucun",
        ],
    );
    line_with(&text, &["30 jours après l'échéance", "Mise en demeure"]);
    line_with(
        &text,
        &[
            "45 jours après l'échéance",
            "Suspension des abonnements",
            "Accès suspendu",
        ],
    );
    line_with(&text, &["Indemnité forfaitaire : tout retard"]);
    line_with(&text, &["SAS au capital de 10 000 €"]);
    in_order(
        &text,
        &[
            "Nuage Rhône Informatique",
            "Notre politique de recouvrement",
            "Nos factures sont payables à 30 jours",
            "Quand",
            "7 jours avant",
            "3 jours après",
            "15 jours après",
            "30 jours après",
            "45 jours après",
            "Pénalités de retard : conformément à l'article L441-10",
            "Réactivation",
            "Contact : service comptabilité",
        ],
    );

    let pdf = render_policy_sheet(&sample_policy_sheet(Lang::En)).expect("the sheet renders");
    let text = extract(&pdf, dir.path(), "policy-en");
    line_with(&text, &["Our collection policy"]);
    line_with(&text, &["When", "What we do", "Effect on your access"]);
    line_with(
        &text,
        &[
            "45 days after the due date",
            "Suspension of the",
            "Access to those",
        ],
    );
    line_with(&text, &["Fixed indemnity: any late payment"]);

    // A long policy flows onto a second page, the table's header repeated.
    let mut long = sample_policy_sheet(Lang::Fr);
    let steps = long.steps.clone();
    for i in 0..6 {
        long.steps.extend(
            steps.iter().map(|(when, what, effect)| {
                (format!("{when} ({i})"), what.clone(), effect.clone())
            }),
        );
    }
    let pdf = render_policy_sheet(&long).expect("the sheet renders");
    let text = extract(&pdf, dir.path(), "policy-long");
    let pages = pages(&text);
    assert!(pages.len() >= 2, "{text}");
    numbered_in_french(&pages);
    for page in &pages[1..] {
        line_with(page, &["Notre politique de recouvrement (suite)"]);
        line_with(page, &["Quand", "Ce que nous faisons"]);
    }
    let last = pages.last().copied().unwrap_or_default();
    line_with(last, &["Contact : service comptabilité"]);
}
