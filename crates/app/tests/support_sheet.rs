//! The support-terms sheet against a real book: a plan saved through the use cases, two
//! customers on it (one reading French, one English), each sheet saved through the
//! outbox, read back with `pdftotext`, and found in the customer's communication log
//! with the SHA-256 of the file's bytes. The collection-policy sheet points to it once
//! the partner offers a plan other than "no support".

use std::path::Path;
use std::process::Command;
use std::sync::Arc;

use ardoise_app::domain::customer::CustomerForm;
use ardoise_app::domain::support::{
    DeliveredBy, PlanForm, PlanPriceForm, RangeForm, Rounding, Route, Severity, TargetForm,
};
use ardoise_app::domain::Lang;
use ardoise_app::{AppError, Ardoise, FixedClock, Role, Session};
use chrono::NaiveDate;

const TODAY: &str = "2026-03-02";

fn open(path: &Path) -> Ardoise {
    let today = NaiveDate::parse_from_str(TODAY, "%Y-%m-%d").unwrap();
    Ardoise::open(path, Arc::new(FixedClock::on(today))).unwrap()
}

fn customer(name: &str, language: &str) -> CustomerForm {
    CustomerForm {
        legal_name: name.into(),
        country: "FR".into(),
        address_line1: "12 rue de la Paix".into(),
        postal_code: "75002".into(),
        city: "Paris".into(),
        language: language.into(),
        currency: "EUR".into(),
        payment_terms_days: "30".into(),
        ..Default::default()
    }
}

fn range(start: &str, end: &str) -> RangeForm {
    RangeForm {
        start: start.into(),
        end: end.into(),
    }
}

fn target(severity: Severity, first: &str, resolution: &str, always: bool) -> TargetForm {
    TargetForm {
        severity,
        first_response_hours: first.into(),
        resolution_hours: resolution.into(),
        around_the_clock: always,
    }
}

/// Office hours in Paris, French holidays and the Friday after Ascension closed, four
/// hours a month included, then 95 € an hour by quarter hours; it costs the partner
/// 180 € a month, which the customer never reads.
fn essentiel() -> (PlanForm, PlanPriceForm) {
    let office = vec![range("09:00", "12:30"), range("14:00", "18:00")];
    let mut hours = vec![office; 5];
    hours.extend([vec![], vec![]]);
    let plan = PlanForm {
        name: "Essentiel".into(),
        no_support: false,
        covered_fr: "Microsoft 365 souscrit chez nous : comptes, licences, messagerie.".into(),
        covered_en: "Microsoft 365 bought from us: accounts, licences, mail.".into(),
        not_covered_fr: "Le matériel et les imprimantes.".into(),
        not_covered_en: "Hardware and printers.".into(),
        time_zone: "Europe/Paris".into(),
        hours,
        french_holidays: true,
        alsace_moselle: false,
        closed_days: vec!["2026-05-15".into()],
        phone: "+33 4 78 92 00 10".into(),
        email: "support@nuage-rhone.fr".into(),
        portal_url: "https://support.nuage-rhone.fr".into(),
        targets: vec![
            target(Severity::Critical, "1", "8", true),
            target(Severity::High, "2", "16", false),
            target(Severity::Normal, "4", "40", false),
            target(Severity::Low, "8:30", "80", false),
        ],
        escalation_routes: vec![Route::Commercial],
        delivered_by: DeliveredBy::Subcontractor,
        provider_name: "Alpes Assistance SARL".into(),
        provider_contact: "assistance@alpes-assistance.fr".into(),
    };
    let price = PlanPriceForm {
        currency: "EUR".into(),
        effective_from: "2026-01-01".into(),
        monthly_fee: "450".into(),
        hourly_rate: "95".into(),
        included_hours: "4".into(),
        increment_minutes: "15".into(),
        minimum_minutes: "30".into(),
        rounding: Rounding::PerEntry,
        cost_monthly: "180".into(),
        cost_hourly: "61".into(),
    };
    (plan, price)
}

fn pdf_text(path: &Path) -> String {
    let out = Command::new("pdftotext")
        .arg("-layout")
        .arg(path)
        .arg("-")
        .output()
        .expect("pdftotext runs (install poppler-utils)");
    assert!(out.status.success());
    String::from_utf8(out.stdout).unwrap()
}

fn sha256_of(path: &Path) -> String {
    let out = Command::new("sha256sum").arg(path).output().unwrap();
    String::from_utf8(out.stdout).unwrap()[..64].to_string()
}

/// The first line holding every part in order.
fn line_with<'a>(text: &'a str, parts: &[&str]) -> &'a str {
    text.lines()
        .find(|line| {
            let mut rest = *line;
            parts.iter().all(|part| match rest.find(part) {
                Some(at) => {
                    rest = &rest[at + part.len()..];
                    true
                }
                None => false,
            })
        })
        .unwrap_or_else(|| panic!("no line with {parts:?} in:\n{text}"))
}

/// The support-terms sheets in the customer's log: (file name, SHA-256).
fn sheets_logged(b: &Ardoise, s: &Session, customer_id: i64) -> Vec<(String, String)> {
    b.communications(s, customer_id)
        .unwrap()
        .into_iter()
        .filter(|c| c.kind == "letter" && c.step_code.as_deref() == Some("support_sheet"))
        .map(|c| (c.file_name.unwrap_or_default(), c.sha256))
        .collect()
}

#[test]
fn each_customer_receives_its_terms_in_its_language_and_the_log_keeps_them() {
    let dir = tempfile::tempdir().unwrap();
    let b = open(&dir.path().join("book.db"));
    let s = b.admin_session().unwrap();
    let policy = |lang| {
        let (_, pdf) = b.policy_sheet_pdf(&s, lang).unwrap();
        let file = dir.path().join("policy.pdf");
        std::fs::write(&file, pdf).unwrap();
        pdf_text(&file)
    };
    // Only the "no support" plan: the policy sheet says nothing of support terms.
    assert!(!policy(Lang::Fr).contains("Conditions de support"));

    let dupont = b
        .create_customer(&s, &customer("Dupont SARL", "fr"))
        .unwrap();
    let thames = b
        .create_customer(&s, &customer("Thames Widgets Ltd", "en"))
        .unwrap();
    let (plan, price) = essentiel();
    let plan_id = b.save_support_plan(&s, None, &plan).unwrap();
    b.add_support_plan_price(&s, plan_id, &price).unwrap();
    for id in [dupont, thames] {
        b.set_customer_support_plan(&s, id, plan_id, "2026-01-01")
            .unwrap();
    }

    // In French, into the book's documents folder.
    let saved = b.save_support_sheet(&s, dupont, None).unwrap();
    assert!(
        saved.path.starts_with(dir.path()),
        "{}",
        saved.path.display()
    );
    assert_eq!(
        std::fs::metadata(&saved.path).unwrap().len(),
        saved.bytes,
        "{}",
        saved.path.display()
    );
    let text = pdf_text(&saved.path);
    line_with(&text, &["Conditions de support"]);
    line_with(&text, &["Formule « Essentiel »"]);
    line_with(&text, &["Dupont SARL"]);
    line_with(&text, &["Microsoft 365 souscrit chez nous"]);
    line_with(&text, &["Lundi à vendredi", "9:00–12:30, 14:00–18:00"]);
    line_with(&text, &["Europe/Paris"]);
    line_with(&text, &["Jours de fermeture en 2026"]);
    // Computed by the calendar, not typed: Easter Monday and Whit Monday of 2026.
    line_with(&text, &["lundi 6 avril", "Lundi de Pâques"]);
    line_with(&text, &["lundi 25 mai", "Lundi de Pentecôte"]);
    line_with(&text, &["vendredi 15 mai", "Fermeture exceptionnelle"]);
    // 15 August 2026 and 1 November 2026 fall on a weekend the plan is closed anyway.
    assert!(!text.contains("15 août"), "{text}");
    assert!(!text.contains("1er novembre"), "{text}");
    line_with(&text, &["mercredi 11 novembre", "Armistice"]);
    line_with(&text, &["Téléphone", "+33 4 78 92 00 10"]);
    line_with(&text, &["Critique", "24 h/24, 7 j/7"]);
    line_with(&text, &["Basse", "8 h 30", "80 h", "En heures de service"]);
    line_with(&text, &["Forfait mensuel", "450,00"]);
    line_with(&text, &["Minimum facturé", "30 min par intervention"]);
    line_with(&text, &["le support commercial de Microsoft"]);
    line_with(&text, &["Alpes Assistance SARL"]);
    // What the support costs the partner stays in the book.
    assert!(!text.contains("180"), "{text}");
    assert!(!text.contains("61,00"), "{text}");

    let logged = sheets_logged(&b, &s, dupont);
    let name = saved
        .path
        .file_name()
        .unwrap()
        .to_string_lossy()
        .to_string();
    assert_eq!(logged, vec![(name, sha256_of(&saved.path))]);

    // In English, to a file the user named.
    let out = dir.path().join("out").join("thames-terms.pdf");
    let saved = b.save_support_sheet(&s, thames, Some(&out)).unwrap();
    assert_eq!(saved.path, std::path::absolute(&out).unwrap());
    let text = pdf_text(&out);
    line_with(&text, &["Support terms"]);
    line_with(&text, &["“Essentiel” plan"]);
    line_with(&text, &["Monday to Friday", "9:00–12:30, 14:00–18:00"]);
    line_with(&text, &["Monday 6 April", "Easter Monday"]);
    line_with(&text, &["Monthly fee", "€450.00 a month, excl. VAT"]);
    assert!(!text.contains("Lundi"), "{text}");
    let logged = sheets_logged(&b, &s, thames);
    assert_eq!(
        logged,
        vec![("thames-terms.pdf".to_string(), sha256_of(&out))]
    );
    // Each customer's log holds its own sheet only.
    assert_eq!(sheets_logged(&b, &s, dupont).len(), 1);

    // A file already there is never replaced, and nothing is logged.
    let err = b.save_support_sheet(&s, thames, Some(&out)).unwrap_err();
    assert!(matches!(err, AppError::FileExists(_)), "{err:?}");
    assert_eq!(sheets_logged(&b, &s, thames).len(), 1);

    // A sales agent does not send documents out.
    let sales = Session {
        staff_id: s.staff_id,
        display_name: "Sam".into(),
        roles: vec![Role::SalesAgent],
    };
    let err = b.save_support_sheet(&sales, dupont, None).unwrap_err();
    assert!(matches!(err, AppError::Forbidden(_)), "{err:?}");
    assert_eq!(sheets_logged(&b, &s, dupont).len(), 1);

    // A preview is not logged; it prints the price in force today, in the customer's
    // currency only.
    let mut march = essentiel().1;
    march.effective_from = "2026-03-01".into();
    march.monthly_fee = "480".into();
    b.add_support_plan_price(&s, plan_id, &march).unwrap();
    let (_, pdf) = b.support_sheet_pdf(&s, dupont).unwrap();
    let preview = dir.path().join("preview.pdf");
    std::fs::write(&preview, pdf).unwrap();
    let text = pdf_text(&preview);
    line_with(&text, &["en vigueur depuis le 01/03/2026"]);
    line_with(&text, &["Forfait mensuel", "480,00"]);
    assert_eq!(sheets_logged(&b, &s, dupont).len(), 1);
    let pounds = b
        .create_customer(
            &s,
            &CustomerForm {
                currency: "GBP".into(),
                ..customer("Severn Pumps Ltd", "en")
            },
        )
        .unwrap();
    b.set_customer_support_plan(&s, pounds, plan_id, "2026-01-01")
        .unwrap();
    let saved = b.save_support_sheet(&s, pounds, None).unwrap();
    let text = pdf_text(&saved.path);
    line_with(&text, &["Prices on request."]);
    assert!(!text.contains("€"), "{text}");

    // The book still holds every invariant: each file on disk has its logged hash.
    let report = b.check(&s).unwrap();
    assert!(report.findings.is_empty(), "{:#?}", report.findings);
    // And a sheet changed after it left is found.
    let mut bytes = std::fs::read(&out).unwrap();
    bytes.extend_from_slice(b"%% changed");
    std::fs::write(&out, bytes).unwrap();
    let report = b.check(&s).unwrap();
    assert_eq!(report.findings.len(), 1, "{:#?}", report.findings);

    // Now that a plan is offered, the policy sheet points to the support terms.
    let fr = policy(Lang::Fr);
    line_with(&fr, &["Assistance : les heures de service"]);
    assert!(fr.contains("Conditions de support"), "{fr}");
    line_with(&policy(Lang::En), &["Support: the hours of service"]);
}

#[test]
fn a_customer_without_support_is_told_so() {
    let dir = tempfile::tempdir().unwrap();
    let b = open(&dir.path().join("book.db"));
    let s = b.admin_session().unwrap();
    let id = b
        .create_customer(&s, &customer("Dupont SARL", "fr"))
        .unwrap();
    let saved = b.save_support_sheet(&s, id, None).unwrap();
    let text = pdf_text(&saved.path);
    line_with(&text, &["Formule « Sans support »"]);
    line_with(&text, &["Votre contrat ne comprend pas de support"]);
    assert!(!text.contains("Délais cibles"), "{text}");
    assert_eq!(sheets_logged(&b, &s, id).len(), 1);

    let id = b
        .create_customer(&s, &customer("Thames Widgets Ltd", "en"))
        .unwrap();
    let saved = b.save_support_sheet(&s, id, None).unwrap();
    let text = pdf_text(&saved.path);
    line_with(&text, &["“No support” plan"]);
    line_with(&text, &["Your contract includes no support"]);
    assert_eq!(sheets_logged(&b, &s, id).len(), 1);
}
