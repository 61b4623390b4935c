//! The sample support-terms sheets: the « Essentiel » plan of the sample partner
//! (office hours, French holidays of 2026, a subcontractor on the line), and the
//! "no support" plan.

use ardoise_domain::support::{
    DeliveredBy, Rounding, Route, ServiceRange, Severity, SeverityTarget, WeeklyHours,
};
use ardoise_domain::Lang;

use super::{day, dec, eur, sample_belgian_customer, sample_french_customer, sample_partner};
use crate::{SupportPrices, SupportSheet};

fn target(severity: Severity, first: u32, resolution: u32, always: bool) -> SeverityTarget {
    SeverityTarget {
        severity,
        first_response_minutes: first,
        resolution_minutes: resolution,
        around_the_clock: always,
    }
}

/// France's public holidays of 2026 as the calendar names them, and one day closed by
/// hand (the bridge after Ascension).
fn closed_days_2026(lang: Lang) -> Vec<(chrono::NaiveDate, Option<String>)> {
    let named = |m, d, fr: &str, en: &str| (day(2026, m, d), Some(lang.pick(fr, en).to_string()));
    vec![
        named(1, 1, "Jour de l’an", "New Year’s Day"),
        named(4, 6, "Lundi de Pâques", "Easter Monday"),
        named(5, 1, "Fête du Travail", "Labour Day"),
        named(5, 8, "Victoire 1945", "Victory in Europe Day"),
        named(5, 14, "Ascension", "Ascension Day"),
        (day(2026, 5, 15), None),
        named(5, 25, "Lundi de Pentecôte", "Whit Monday"),
        named(7, 14, "Fête nationale", "Bastille Day"),
        named(8, 15, "Assomption", "Assumption Day"),
        named(11, 1, "Toussaint", "All Saints’ Day"),
        named(11, 11, "Armistice 1918", "Armistice Day"),
        named(12, 25, "Noël", "Christmas Day"),
    ]
}

/// The « Essentiel » plan for the French customer (or, in English, the Belgian one):
/// Monday to Friday 9:00–12:30 and 14:00–18:00 in Paris, critical requests 24/7, four
/// hours a month included, then 95 € an hour by quarter hours.
pub fn sample_support_sheet(lang: Lang) -> SupportSheet {
    let office = [
        ServiceRange {
            start: 9 * 60,
            end: 12 * 60 + 30,
        },
        ServiceRange {
            start: 14 * 60,
            end: 18 * 60,
        },
    ];
    let buyer = match lang {
        Lang::Fr => sample_french_customer(),
        Lang::En => sample_belgian_customer(lang),
    };
    SupportSheet {
        lang,
        seller: sample_partner(),
        buyer,
        account_reference: "C-00042".to_string(),
        produced_on: day(2026, 1, 5),
        plan_name: "Essentiel".to_string(),
        no_support: false,
        covered: lang
            .pick(
                "Microsoft 365 et Azure souscrits chez nous\u{202f}: comptes et licences, messagerie \
                 Exchange Online, Teams, SharePoint et OneDrive, sécurité (authentification \
                 multifacteur, Defender), questions sur vos factures et vos abonnements.\n\
                 Diagnostic à distance, accompagnement de vos utilisateurs et suivi des \
                 dossiers ouverts chez Microsoft.",
                "Microsoft 365 and Azure bought from us: accounts and licences, Exchange Online \
                 mail, Teams, SharePoint and OneDrive, security (multi-factor authentication, \
                 Defender), questions about your invoices and subscriptions.\nRemote diagnosis, \
                 help for your users, and follow-up of the cases opened with Microsoft.",
            )
            .to_string(),
        not_covered: lang
            .pick(
                "Le matériel, les postes de travail et les imprimantes, les logiciels d’autres \
                 éditeurs, le développement, les interventions sur site (sur devis).",
                "Hardware, workstations and printers, other vendors’ software, development, \
                 on-site visits (quoted separately).",
            )
            .to_string(),
        hours: WeeklyHours::weekdays(&office),
        time_zone: "Europe/Paris".to_string(),
        year: 2026,
        closed_days: closed_days_2026(lang),
        phone: Some("+33 4 78 92 00 10".to_string()),
        email: Some("support@nuage-rhone.fr".to_string()),
        portal_url: Some("https://support.nuage-rhone.fr".to_string()),
        targets: vec![
            target(Severity::Critical, 60, 8 * 60, true),
            target(Severity::High, 2 * 60, 16 * 60, false),
            target(Severity::Normal, 4 * 60, 40 * 60, false),
            target(Severity::Low, 8 * 60 + 30, 80 * 60, false),
        ],
        prices: Some(SupportPrices {
            effective_from: day(2026, 1, 1),
            monthly_fee: eur(dec("450")),
            hourly_rate: eur(dec("95")),
            included_minutes: 4 * 60,
            increment_minutes: 15,
            minimum_minutes: 30,
            rounding: Rounding::PerEntry,
        }),
        routes: vec![Route::Commercial, Route::PartnerCloud],
        delivered_by: DeliveredBy::Subcontractor,
        provider_name: Some("Alpes Assistance SARL".to_string()),
        provider_contact: Some("+33 4 76 00 12 34 · assistance@alpes-assistance.fr".to_string()),
        logo_png: None,
    }
}

/// The "no support" plan: no hours, targets or prices; questions still welcome.
pub fn sample_no_support_sheet(lang: Lang) -> SupportSheet {
    SupportSheet {
        plan_name: lang.pick("Sans support", "No support").to_string(),
        no_support: true,
        covered: String::new(),
        not_covered: String::new(),
        hours: WeeklyHours::default(),
        closed_days: Vec::new(),
        phone: None,
        portal_url: None,
        email: Some("facturation@nuage-rhone.fr".to_string()),
        targets: Vec::new(),
        prices: None,
        routes: Vec::new(),
        delivered_by: DeliveredBy::OwnTeam,
        provider_name: None,
        provider_contact: None,
        ..sample_support_sheet(lang)
    }
}
