//! The book the support billing tests live in: a partner, customers on a per-entry
//! plan, a per-month plan and none, and March 2026 lived day by day.

use std::path::Path;
use std::sync::Arc;

use ardoise_app::clock::ManualClock;
use ardoise_app::domain::customer::CustomerForm;
use ardoise_app::domain::invoicing::LineKind;
use ardoise_app::domain::partner::PartnerForm;
use ardoise_app::domain::support::{
    Category, Channel, DeliveredBy, PlanForm, PlanPriceForm, RangeForm, RequestForm, Rounding,
    Route, Severity, TargetForm, TimeEntryForm,
};
use ardoise_app::domain::Lang;
use ardoise_app::transport_invoicing::{BillingRunResult, InvoiceRow};
use ardoise_app::{Ardoise, CancelFlag, Session};
use chrono::{NaiveDate, TimeZone, Utc};
use rust_decimal::Decimal;

pub const NB: &str = "\u{a0}";

pub fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

pub fn open(path: &Path, clock: &Arc<ManualClock>) -> (Ardoise, Session) {
    let b = Ardoise::open(path, clock.clone()).unwrap();
    let s = b.admin_session().unwrap();
    (b, s)
}

pub fn partner() -> PartnerForm {
    PartnerForm {
        legal_name: "Nuage & Compagnie".into(),
        legal_form: "SAS".into(),
        share_capital: "20000".into(),
        siren: "732829320".into(),
        siret: "73282932000074".into(),
        vat_number: "FR44732829320".into(),
        rcs: "RCS Lyon 732 829 320".into(),
        address_line1: "14 quai Saint-Antoine".into(),
        postal_code: "69002".into(),
        city: "Lyon".into(),
        country: "FR".into(),
        email: "facturation@nuage-compagnie.fr".into(),
        iban: "FR7630006000011234567890189".into(),
        bic: "AGRIFRPP".into(),
        default_currency: "EUR".into(),
        payment_terms_days: "30".into(),
        late_penalty_rate: "12.15".into(),
        recovery_indemnity: "40".into(),
        ..Default::default()
    }
}

pub fn customer(name: &str) -> CustomerForm {
    CustomerForm {
        legal_name: name.into(),
        country: "FR".into(),
        address_line1: "12 rue de la Paix".into(),
        postal_code: "75002".into(),
        city: "Paris".into(),
        language: "fr".into(),
        currency: "EUR".into(),
        payment_terms_days: "30".into(),
        ..Default::default()
    }
}

pub fn plan(name: &str) -> PlanForm {
    let range = |start: &str, end: &str| RangeForm {
        start: start.into(),
        end: end.into(),
    };
    let day = vec![range("09:00", "12:30"), range("14:00", "18:00")];
    let targets = [
        (Severity::Critical, "1", "4"),
        (Severity::High, "2", "8"),
        (Severity::Normal, "4", "16"),
        (Severity::Low, "8", "40"),
    ];
    PlanForm {
        name: name.into(),
        no_support: false,
        covered_fr: "Microsoft 365".into(),
        covered_en: "Microsoft 365".into(),
        not_covered_fr: String::new(),
        not_covered_en: String::new(),
        time_zone: "Europe/Paris".into(),
        hours: (0..7)
            .map(|d| if d < 5 { day.clone() } else { vec![] })
            .collect(),
        french_holidays: true,
        alsace_moselle: false,
        closed_days: vec![],
        phone: "04 72 00 12 35".into(),
        email: "support@nuage-compagnie.fr".into(),
        portal_url: String::new(),
        targets: targets
            .map(|(severity, first, resolution)| TargetForm {
                severity,
                first_response_hours: first.into(),
                resolution_hours: resolution.into(),
                around_the_clock: false,
            })
            .to_vec(),
        escalation_routes: vec![Route::Commercial],
        delivered_by: DeliveredBy::OwnTeam,
        provider_name: String::new(),
        provider_contact: String::new(),
    }
}

pub fn price(from: &str, fee: &str, rate: &str, rounding: Rounding) -> PlanPriceForm {
    PlanPriceForm {
        currency: "EUR".into(),
        effective_from: from.into(),
        monthly_fee: fee.into(),
        hourly_rate: rate.into(),
        included_hours: "4".into(),
        increment_minutes: "15".into(),
        minimum_minutes: "30".into(),
        rounding,
        cost_monthly: String::new(),
        cost_hourly: String::new(),
    }
}

/// The book's customers and what their March looked like.
pub struct Book {
    pub per_entry: i64,
    pub per_month: i64,
    pub no_support: i64,
    /// Per customer, the requests opened in March, in order.
    pub requests: Vec<(i64, Vec<(i64, String)>)>,
}

/// March 2026 lived day by day: (day, request index, minutes, billable). Per entry on
/// quarter hours with 30 minutes at least: 50→60, 20→30, (10 not billable), 95→105,
/// 40→45 use up the 4 h included exactly; then 25→30, 61→75, 7→30 are billed: 2 h 15.
/// Per month the same time is 298 minutes, 58 beyond 4 h, rounded to 1 h.
pub const MARCH: &[(u32, usize, u32, bool)] = &[
    (2, 0, 50, true),
    (3, 0, 20, true),
    (4, 0, 10, false),
    (9, 1, 95, true),
    (10, 1, 40, true),
    (16, 2, 25, true),
    (17, 2, 61, true),
    (24, 2, 7, true),
];

/// The day a request is opened on, by its index.
pub const OPENED: [u32; 3] = [2, 9, 16];

pub fn request(customer_id: i64, subject: &str) -> RequestForm {
    RequestForm {
        customer_id,
        contact_id: None,
        contact_name: "Claire Dupont".into(),
        channel: Channel::Email,
        category: Category::Technical,
        severity: Severity::Normal,
        subject: subject.into(),
        description: String::new(),
        invoice_ids: vec![],
        subscription_ids: vec![],
        opened_at: String::new(),
    }
}

pub fn log(
    b: &Ardoise,
    s: &Session,
    request_id: i64,
    at: chrono::DateTime<Utc>,
    minutes: u32,
    billable: bool,
) {
    b.log_support_time(
        s,
        &TimeEntryForm {
            request_id,
            started_at: at.to_rfc3339(),
            ended_at: String::new(),
            minutes: minutes.to_string(),
            billable,
            note: String::new(),
        },
    )
    .unwrap();
}

pub fn live_march(b: &Ardoise, s: &Session, clock: &ManualClock) -> Book {
    clock.set(day(2026, 1, 2));
    b.save_partner(s, &partner()).unwrap();
    let per_entry = b.create_customer(s, &customer("Dupont SARL")).unwrap();
    let per_month = b.create_customer(s, &customer("Martin SAS")).unwrap();
    let no_support = b.create_customer(s, &customer("Sans Plan SA")).unwrap();
    let essentiel = b.save_support_plan(s, None, &plan("Essentiel")).unwrap();
    b.add_support_plan_price(
        s,
        essentiel,
        &price("2026-01-01", "150", "90", Rounding::PerEntry),
    )
    .unwrap();
    // A new price from April: April's fee is billed at it, March's time at March's rate.
    b.add_support_plan_price(
        s,
        essentiel,
        &price("2026-04-01", "160", "95", Rounding::PerEntry),
    )
    .unwrap();
    let mensuel = b
        .save_support_plan(s, None, &plan("Essentiel au mois"))
        .unwrap();
    b.add_support_plan_price(
        s,
        mensuel,
        &price("2026-01-01", "150", "90", Rounding::PerMonth),
    )
    .unwrap();
    b.set_customer_support_plan(s, per_entry, essentiel, "2026-01-01")
        .unwrap();
    b.set_customer_support_plan(s, per_month, mensuel, "2026-01-01")
        .unwrap();

    let mut book = Book {
        per_entry,
        per_month,
        no_support,
        requests: vec![
            (per_entry, vec![]),
            (per_month, vec![]),
            (no_support, vec![]),
        ],
    };
    for d in 1..=31 {
        clock.set_instant(Utc.with_ymd_and_hms(2026, 3, d, 8, 0, 0).unwrap());
        for (customer_id, opened) in &mut book.requests {
            if let Some(i) = OPENED.iter().position(|o| *o == d) {
                let r = b
                    .add_support_request(
                        s,
                        &request(*customer_id, &format!("Question {}", i + 1)),
                        Lang::Fr,
                    )
                    .unwrap();
                opened.push((r.id, r.number));
            }
        }
        // Time is logged at the end of the day it was spent.
        clock.set_instant(Utc.with_ymd_and_hms(2026, 3, d, 17, 0, 0).unwrap());
        for (when, index, minutes, billable) in MARCH.iter().filter(|e| e.0 == d) {
            // One agent: each customer's time in its own two hours (the desk refuses
            // time that overlaps).
            for (k, (_, opened)) in book.requests.iter().enumerate() {
                let hour = 9 + 2 * k as u32;
                let at = Utc.with_ymd_and_hms(2026, 3, *when, hour, 30, 0).unwrap();
                log(b, s, opened[*index].0, at, *minutes, *billable);
            }
        }
    }
    book
}

pub fn run(b: &Ardoise, s: &Session, period: &str) -> BillingRunResult {
    let r = b
        .bill(s, period, Lang::Fr, &|_| {}, &CancelFlag::default())
        .unwrap();
    assert!(!r.cancelled);
    r
}

pub fn draft_of(rows: &[InvoiceRow], customer_id: i64) -> Option<&InvoiceRow> {
    rows.iter().find(|r| r.customer_id == customer_id)
}

pub fn dec(s: &str) -> Decimal {
    s.parse().unwrap()
}

/// (kind, description, net) of an invoice's lines.
pub fn lines(b: &Ardoise, s: &Session, id: i64) -> Vec<(LineKind, String, Decimal)> {
    b.invoice(s, id)
        .unwrap()
        .lines
        .into_iter()
        .map(|l| (l.kind, l.description, dec(&l.net.amount)))
        .collect()
}

pub fn numbers(book: &Book, customer_id: i64) -> Vec<String> {
    let (_, opened) = book
        .requests
        .iter()
        .find(|(c, _)| *c == customer_id)
        .unwrap();
    opened.iter().map(|(_, n)| n.clone()).collect()
}
