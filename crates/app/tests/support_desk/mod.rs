//! What the support desk's tests share: a desk with an office-hours plan, forms, and
//! the checks of a refusal.

// Each test file uses its own part of what is shared here.
#![allow(dead_code)]

use std::path::Path;
use std::sync::Arc;

use ardoise_app::clock::ManualClock;
use ardoise_app::domain::customer::CustomerForm;
use ardoise_app::domain::support::{
    Category, Channel, DeliveredBy, PlanForm, PlanPriceForm, RangeForm, RequestForm, Rounding,
    Route, Severity, TargetForm,
};
use ardoise_app::domain::Lang;
use ardoise_app::transport_support::RouteHeld;
use ardoise_app::{AppError, Ardoise, Session};
use chrono::{DateTime, Utc};

pub fn at(s: &str) -> DateTime<Utc> {
    DateTime::parse_from_rfc3339(s).unwrap().with_timezone(&Utc)
}

pub fn customer(name: &str) -> CustomerForm {
    CustomerForm {
        legal_name: name.into(),
        country: "FR".into(),
        address_line1: "29 boulevard Haussmann".into(),
        postal_code: "75009".into(),
        city: "Paris".into(),
        language: "fr".into(),
        currency: "EUR".into(),
        payment_terms_days: "30".into(),
        ..Default::default()
    }
}

pub fn target(severity: Severity, first: &str, resolution: &str, around: bool) -> TargetForm {
    TargetForm {
        severity,
        first_response_hours: first.into(),
        resolution_hours: resolution.into(),
        around_the_clock: around,
    }
}

/// Monday to Friday 9:00–12:30 and 14:00–18:00 in Paris, French holidays; critical
/// counted around the clock.
pub fn office_plan() -> PlanForm {
    let day = vec![
        RangeForm {
            start: "09:00".into(),
            end: "12:30".into(),
        },
        RangeForm {
            start: "14:00".into(),
            end: "18:00".into(),
        },
    ];
    PlanForm {
        name: "Essentiel".into(),
        no_support: false,
        covered_fr: "Microsoft 365, facturation".into(),
        covered_en: "Microsoft 365, billing".into(),
        not_covered_fr: String::new(),
        not_covered_en: String::new(),
        time_zone: "Europe/Paris".into(),
        hours: (0..7)
            .map(|d| if d < 5 { day.clone() } else { vec![] })
            .collect(),
        french_holidays: true,
        alsace_moselle: false,
        closed_days: vec![],
        phone: "01 23 45 67 89".into(),
        email: "support@exemple.fr".into(),
        portal_url: "https://support.exemple.fr".into(),
        targets: vec![
            target(Severity::Critical, "1", "4", true),
            target(Severity::High, "2", "8", false),
            target(Severity::Normal, "4", "16", false),
            target(Severity::Low, "8", "40", false),
        ],
        escalation_routes: vec![Route::Commercial, Route::PartnerCloud],
        delivered_by: DeliveredBy::OwnTeam,
        provider_name: String::new(),
        provider_contact: String::new(),
    }
}

pub fn price() -> PlanPriceForm {
    PlanPriceForm {
        currency: "EUR".into(),
        effective_from: "2026-01-01".into(),
        monthly_fee: "149".into(),
        hourly_rate: "90".into(),
        included_hours: "2".into(),
        increment_minutes: "15".into(),
        minimum_minutes: "15".into(),
        rounding: Rounding::PerEntry,
        cost_monthly: String::new(),
        cost_hourly: String::new(),
    }
}

pub fn request(customer_id: i64, severity: Severity, subject: &str) -> RequestForm {
    RequestForm {
        customer_id,
        contact_id: None,
        contact_name: "Mme Martin".into(),
        channel: Channel::Phone,
        category: Category::Technical,
        severity,
        subject: subject.into(),
        description: String::new(),
        invoice_ids: vec![],
        subscription_ids: vec![],
        opened_at: String::new(),
    }
}

/// A book with the office plan (partner cloud support held) given to one customer.
pub fn desk(path: &Path, clock: Arc<ManualClock>) -> (Ardoise, Session, i64) {
    let b = Ardoise::open(path, clock).unwrap();
    let s = b.admin_session().unwrap();
    b.save_support_routes(
        &s,
        &[RouteHeld {
            route: Route::PartnerCloud,
            contract_reference: "PCS-2026".into(),
        }],
    )
    .unwrap();
    let plan = b.save_support_plan(&s, None, &office_plan()).unwrap();
    b.add_support_plan_price(&s, plan, &price()).unwrap();
    let c = b
        .create_customer(&s, &customer("Fromagerie Dupont"))
        .unwrap();
    b.set_customer_support_plan(&s, c, plan, "2026-01-01")
        .unwrap();
    (b, s, c)
}

pub fn assert_field(e: AppError, field: &str) {
    match e {
        AppError::Invalid(inv) => {
            let fields: Vec<&str> = inv.0.iter().map(|f| f.field.as_str()).collect();
            assert_eq!(fields, vec![field]);
            // A sentence, in both languages.
            for lang in [Lang::Fr, Lang::En] {
                assert!(inv.0[0].problem.message(lang).ends_with('.'));
            }
        }
        other => panic!("expected a refusal on {field}, got {other:?}"),
    }
}

/// What a refusal must leave as it was: every support table, the holds and the audit log.
pub fn fingerprint(path: &Path) -> Vec<i64> {
    let db = rusqlite::Connection::open(path).unwrap();
    [
        "support_plans",
        "support_plan_prices",
        "customer_support_plans",
        "microsoft_support_routes",
        "support_requests",
        "support_request_links",
        "support_events",
        "support_escalations",
        "support_time_entries",
        "support_timers",
        "collection_holds",
        "audit_log",
    ]
    .iter()
    .map(|t| {
        db.query_row(&format!("SELECT COUNT(*) FROM {t}"), [], |r| r.get(0))
            .unwrap()
    })
    .collect()
}
