//! Renders the support-terms sheet and reads it back with `pdftotext -layout`: the plan
//! in French and in English, the "no support" plan, a sheet long enough to flow onto a
//! second page, and the collection-policy sheet's line pointing to it.

mod common;

use ardoise_documents::sample::{
    sample_no_support_sheet, sample_policy_sheet, sample_support_sheet,
};
use ardoise_documents::{render_policy_sheet, render_support_sheet, SupportSheet};
use ardoise_domain::support::{DeliveredBy, Route};
use ardoise_domain::Lang;
use common::{extract, in_order, line_with, numbered_in_french, pages, tmp};

fn text_of(doc: &SupportSheet, name: &str) -> String {
    let dir = tmp();
    let pdf = render_support_sheet(doc).expect("the sheet renders");
    assert!(pdf.len() <= 80_000, "{name}: {} bytes", pdf.len());
    extract(&pdf, dir.path(), name)
}

const FRENCH_HEADINGS: &[&str] = &[
    "Ce qui est couvert",
    "Ce qui n’est pas couvert",
    "Heures de service",
    "Jours de fermeture en 2026",
    "Nous joindre",
    "Délais cibles",
    "Tarifs",
    "Escalade vers Microsoft",
    "Qui assure votre support",
];

/// Each heading is followed on its page by some of its section, not by the footer.
fn headings_kept_with_what_follows(pages: &[&str], headings: &[&str]) {
    for page in pages {
        let lines: Vec<&str> = page.lines().filter(|l| !l.trim().is_empty()).collect();
        for (i, line) in lines.iter().enumerate() {
            if headings.contains(&line.trim()) {
                let next = lines.get(i + 1).copied().unwrap_or_default();
                assert!(
                    !next.starts_with("Nuage Rhône Informatique ·"),
                    "{line} ends its page:\n{page}"
                );
            }
        }
    }
}

#[test]
fn the_support_terms_in_french() {
    let text = text_of(&sample_support_sheet(Lang::Fr), "support-fr");
    // Two pages, each numbered; a section's heading never ends a page.
    let pages = pages(&text);
    assert_eq!(pages.len(), 2, "{text}");
    numbered_in_french(&pages);
    headings_kept_with_what_follows(&pages, FRENCH_HEADINGS);
    line_with(
        &text,
        &["Nuage Rhône Informatique", "Conditions de support"],
    );
    line_with(&text, &["Formule « Essentiel »"]);
    line_with(&text, &["Compte client", "C-00042"]);
    line_with(&text, &["Édité le", "05/01/2026"]);
    line_with(&text, &["Pâtisserie Cœur de Lyon SARL"]);

    line_with(&text, &["Ce qui est couvert"]);
    line_with(&text, &["Microsoft 365 et Azure souscrits chez nous"]);
    line_with(&text, &["Ce qui n’est pas couvert"]);
    line_with(&text, &["Le matériel, les postes de travail"]);

    line_with(&text, &["Jours", "Heures"]);
    line_with(&text, &["Lundi à vendredi", "9:00–12:30, 14:00–18:00"]);
    line_with(&text, &["Samedi et dimanche", "Fermé"]);
    line_with(&text, &["Europe/Paris"]);

    line_with(&text, &["Jours de fermeture en 2026"]);
    // Two days a row: the first six down the left, the next six down the right.
    line_with(
        &text,
        &[
            "jeudi 1er janvier",
            "Jour de l’an",
            "lundi 25 mai",
            "Lundi de Pentecôte",
        ],
    );
    line_with(
        &text,
        &[
            "lundi 6 avril",
            "Lundi de Pâques",
            "mardi 14 juillet",
            "Fête nationale",
        ],
    );
    line_with(
        &text,
        &[
            "vendredi 15 mai",
            "Fermeture exceptionnelle",
            "vendredi 25 décembre",
            "Noël",
        ],
    );
    line_with(&text, &["dimanche 1er novembre", "Toussaint"]);

    line_with(&text, &["Nous joindre"]);
    line_with(&text, &["Téléphone", "+33 4 78 92 00 10"]);
    line_with(&text, &["E-mail", "support@nuage-rhone.fr"]);
    line_with(&text, &["Portail", "https://support.nuage-rhone.fr"]);

    line_with(
        &text,
        &["Gravité", "Première réponse", "Résolution", "Décompte"],
    );
    line_with(&text, &["Critique", "24 h/24, 7 j/7"]);
    line_with(&text, &["Haute", "16 h", "En heures de service"]);
    line_with(&text, &["Normale", "40 h", "En heures de service"]);
    line_with(&text, &["Basse", "8 h 30", "80 h", "En heures de service"]);

    line_with(
        &text,
        &["Tarifs hors taxes, en vigueur depuis le 01/01/2026."],
    );
    line_with(&text, &["Forfait mensuel", "450,00", "€ HT par mois"]);
    line_with(&text, &["Heures incluses", "4 h par mois"]);
    line_with(
        &text,
        &["Au-delà des heures incluses", "95,00", "€ HT de l’heure"],
    );
    line_with(
        &text,
        &["Décompte du temps", "Chaque intervention est arrondie"],
    );
    line_with(&text, &["tranche de 15 min supérieure"]);
    line_with(&text, &["Minimum facturé", "30 min par intervention"]);

    line_with(&text, &["Escalade vers Microsoft"]);
    line_with(
        &text,
        &["le support commercial de Microsoft (facturation et"],
    );
    line_with(
        &text,
        &["le support cloud de Microsoft pour les partenaires"],
    );
    assert!(!text.contains("Premier Support"), "{text}");

    line_with(&text, &["Qui assure votre support"]);
    line_with(&text, &["pour notre compte par Alpes Assistance SARL"]);
    line_with(&text, &["assistance@alpes-assistance.fr"]);
    line_with(&text, &["SAS au capital de 10 000 €"]);

    in_order(
        &text,
        &[
            "Conditions de support",
            "Ce qui est couvert",
            "Ce qui n’est pas couvert",
            "Heures de service",
            "Jours de fermeture en 2026",
            "Jour de l’an",
            "Noël",
            "Nous joindre",
            "Délais cibles",
            "Critique",
            "Basse",
            "Tarifs",
            "Escalade vers Microsoft",
            "Qui assure votre support",
        ],
    );
    // No code where a word belongs.
    for code in [
        "per_entry",
        "partner_cloud",
        "subcontractor",
        "critical",
        "{",
    ] {
        assert!(!text.contains(code), "{code} in:\n{text}");
    }
}

#[test]
fn the_support_terms_in_english() {
    let text = text_of(&sample_support_sheet(Lang::En), "support-en");
    assert_eq!(pages(&text).len(), 2, "{text}");
    line_with(&text, &["Support terms"]);
    line_with(&text, &["“Essentiel” plan"]);
    line_with(&text, &["Customer account", "C-00042"]);
    line_with(&text, &["Brasserie Van Damme SRL"]);
    line_with(&text, &["What is covered"]);
    line_with(&text, &["What is not covered"]);
    line_with(&text, &["Monday to Friday", "9:00–12:30, 14:00–18:00"]);
    line_with(&text, &["Saturday and Sunday", "Closed"]);
    line_with(&text, &["Closed days in 2026"]);
    line_with(&text, &["Monday 6 April", "Easter Monday"]);
    line_with(&text, &["Friday 15 May", "Closed"]);
    line_with(
        &text,
        &["Severity", "First response", "Resolution", "Counted"],
    );
    line_with(&text, &["Critical", "Around the clock (24/7)"]);
    line_with(&text, &["Low", "8 h 30 min", "80 h", "In service hours"]);
    line_with(&text, &["Monthly fee", "€450.00 a month, excl. VAT"]);
    line_with(&text, &["Included hours", "4 h a month"]);
    line_with(
        &text,
        &["Beyond the included hours", "€95.00 an hour, excl. VAT"],
    );
    line_with(&text, &["Least time billed", "30 min per intervention"]);
    line_with(
        &text,
        &["Microsoft’s commercial support (billing and subscriptions)"],
    );
    line_with(&text, &["on our behalf by Alpes Assistance SARL"]);
    for french in ["Lundi", "Tarifs", "Fermé", "heures de service"] {
        assert!(!text.contains(french), "{french} in:\n{text}");
    }
}

#[test]
fn the_no_support_plan_says_so_and_promises_nothing() {
    let text = text_of(&sample_no_support_sheet(Lang::Fr), "no-support-fr");
    line_with(&text, &["Formule « Sans support »"]);
    line_with(&text, &["Votre contrat ne comprend pas de support"]);
    line_with(&text, &["E-mail", "facturation@nuage-rhone.fr"]);
    for absent in [
        "Heures de service",
        "Délais cibles",
        "Tarifs",
        "Jours de fermeture",
        "Escalade",
    ] {
        assert!(!text.contains(absent), "{absent} in:\n{text}");
    }
}

#[test]
fn a_long_sheet_flows_onto_a_second_page() {
    let mut doc = sample_support_sheet(Lang::Fr);
    let covered = doc.covered.clone();
    doc.covered = (0..8)
        .map(|_| covered.as_str())
        .collect::<Vec<_>>()
        .join("\n");
    doc.routes = Route::ALL.to_vec();
    doc.delivered_by = DeliveredBy::Resold;
    doc.provider_name = Some("Grand Éditeur Services".to_string());
    let text = text_of(&doc, "support-long");
    let pages = pages(&text);
    assert!(pages.len() >= 2, "{text}");
    numbered_in_french(&pages);
    headings_kept_with_what_follows(&pages, FRENCH_HEADINGS);
    for page in &pages[1..] {
        line_with(page, &["Conditions de support C-00042 (suite)"]);
        line_with(page, &["Pâtisserie Cœur de Lyon SARL"]);
    }
    line_with(&text, &["Premier Support for Partners"]);
    line_with(
        &text,
        &["celui de Grand Éditeur Services, que nous vous revendons"],
    );
    // Every section is there once, whatever the page.
    for heading in [
        "Heures de service",
        "Délais cibles",
        "Qui assure votre support",
    ] {
        assert_eq!(text.matches(heading).count(), 1, "{heading} in:\n{text}");
    }
}

#[test]
fn the_policy_sheet_points_to_the_support_terms() {
    let dir = tmp();
    let mut doc = sample_policy_sheet(Lang::Fr);
    doc.support_pointer = true;
    let pdf = render_policy_sheet(&doc).expect("the sheet renders");
    let text = extract(&pdf, dir.path(), "policy-pointer");
    // The sample's page is full: the line flows onto a second page, whole.
    line_with(&text, &["« Conditions de support »"]);
    in_order(
        &text,
        &["Contact : service comptabilité", "Assistance : les heures"],
    );

    doc.support_pointer = false;
    let pdf = render_policy_sheet(&doc).expect("the sheet renders");
    let text = extract(&pdf, dir.path(), "policy-no-pointer");
    assert!(!text.contains("Conditions de support"), "{text}");

    let mut doc = sample_policy_sheet(Lang::En);
    doc.support_pointer = true;
    let pdf = render_policy_sheet(&doc).expect("the sheet renders");
    let text = extract(&pdf, dir.path(), "policy-pointer-en");
    in_order(
        &text,
        &[
            "Support: the hours of service",
            "terms” sheet, which we send",
        ],
    );
}
