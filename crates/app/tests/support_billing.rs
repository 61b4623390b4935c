//! Support billed by the monthly run, against a real book file: a month of requests with
//! time logged day by day, then the next month's run bills each plan's fee and the time
//! beyond the included hours exactly once — run twice, run from a second `Ardoise` on
//! the same file, after the draft is deleted, after a credit note — to the cent.

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
use ardoise_app::transport_invoicing::{InvoiceFilter, InvoiceRow};
use ardoise_app::{Ardoise, CancelFlag, Session};
use chrono::{NaiveDate, TimeZone, Utc};
use rust_decimal::Decimal;

const NB: &str = "\u{a0}";

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

fn open(path: &Path, clock: &Arc<ManualClock>) -> (Ardoise, Session) {
    let b = Ardoise::open(path, clock.clone()).unwrap();
    let s = b.admin_session().unwrap();
    (b, s)
}

fn partner() -> PartnerForm {
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

fn customer(name: &str) -> CustomerForm {
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

fn plan(name: &str) -> PlanForm {
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
    let target = |severity, first: &str, resolution: &str| TargetForm {
        severity,
        first_response_hours: first.into(),
        resolution_hours: resolution.into(),
        around_the_clock: false,
    };
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
        targets: vec![
            target(Severity::Critical, "1", "4"),
            target(Severity::High, "2", "8"),
            target(Severity::Normal, "4", "16"),
            target(Severity::Low, "8", "40"),
        ],
        escalation_routes: vec![Route::Commercial],
        delivered_by: DeliveredBy::OwnTeam,
        provider_name: String::new(),
        provider_contact: String::new(),
    }
}

fn price(from: &str, fee: &str, rate: &str, rounding: Rounding) -> PlanPriceForm {
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
struct Book {
    per_entry: i64,
    per_month: i64,
    no_support: i64,
    /// Per customer, the requests opened in March, in order.
    requests: Vec<(i64, Vec<(i64, String)>)>,
}

/// March 2026 lived day by day: (day, request index, minutes, billable). Per entry on
/// quarter hours with 30 minutes at least: 50→60, 20→30, (10 not billable), 95→105,
/// 40→45 use up the 4 h included exactly; then 25→30, 61→75, 7→30 are billed: 2 h 15.
/// Per month the same time is 298 minutes, 58 beyond 4 h, rounded to 1 h.
const MARCH: &[(u32, usize, u32, bool)] = &[
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
const OPENED: [u32; 3] = [2, 9, 16];

fn request(customer_id: i64, subject: &str) -> RequestForm {
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

fn log(
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

fn live_march(b: &Ardoise, s: &Session, clock: &ManualClock) -> Book {
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
            let at = Utc.with_ymd_and_hms(2026, 3, *when, 9, 30, 0).unwrap();
            for (_, opened) in &book.requests {
                log(b, s, opened[*index].0, at, *minutes, *billable);
            }
        }
    }
    book
}

fn run(
    b: &Ardoise,
    s: &Session,
    period: &str,
) -> ardoise_app::transport_invoicing::BillingRunResult {
    let r = b
        .bill(s, period, Lang::Fr, &|_| {}, &CancelFlag::default())
        .unwrap();
    assert!(!r.cancelled);
    r
}

fn draft_of(rows: &[InvoiceRow], customer_id: i64) -> Option<&InvoiceRow> {
    rows.iter().find(|r| r.customer_id == customer_id)
}

fn dec(s: &str) -> Decimal {
    s.parse().unwrap()
}

/// (kind, description, net) of an invoice's lines.
fn lines(b: &Ardoise, s: &Session, id: i64) -> Vec<(LineKind, String, Decimal)> {
    b.invoice(s, id)
        .unwrap()
        .lines
        .into_iter()
        .map(|l| (l.kind, l.description, dec(&l.net.amount)))
        .collect()
}

fn numbers(book: &Book, customer_id: i64) -> Vec<String> {
    let (_, opened) = book
        .requests
        .iter()
        .find(|(c, _)| *c == customer_id)
        .unwrap();
    opened.iter().map(|(_, n)| n.clone()).collect()
}

#[test]
fn the_run_bills_each_fee_and_the_time_beyond_the_included_hours_exactly_once() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("book.db");
    let clock = Arc::new(ManualClock::on(day(2026, 1, 2)));
    let (b, s) = open(&path, &clock);
    let book = live_march(&b, &s, &clock);
    let a = numbers(&book, book.per_entry);
    let m = numbers(&book, book.per_month);

    clock.set(day(2026, 4, 1));
    let april = run(&b, &s, "2026-04");
    assert!(april.problems.is_empty(), "{:?}", april.problems);
    // Customers with only support to bill get a draft; the one without a plan does not.
    assert_eq!(april.drafted.len(), 2);
    assert!(draft_of(&april.drafted, book.no_support).is_none());

    let per_entry = draft_of(&april.drafted, book.per_entry).unwrap().clone();
    assert_eq!(
        lines(&b, &s, per_entry.id),
        vec![
            (
                LineKind::SupportFee,
                format!("Forfait support «{NB}Essentiel{NB}», avril 2026"),
                dec("160.00")
            ),
            (
                LineKind::BillableHours,
                format!(
                    "Support{NB}: 2 h 15 au-delà des 4 h incluses, mars 2026 — arrondi au quart \
                     d’heure par intervention — demande {}",
                    a[2]
                ),
                // 2.25 h × 90 (March's rate, not April's 95).
                dec("202.50")
            ),
        ]
    );
    // 362.50 + 20 % = 435.00
    assert_eq!(dec(&per_entry.gross.amount), dec("435.00"));

    let per_month = draft_of(&april.drafted, book.per_month).unwrap().clone();
    assert_eq!(
        lines(&b, &s, per_month.id),
        vec![
            (
                LineKind::SupportFee,
                format!("Forfait support «{NB}Essentiel au mois{NB}», avril 2026"),
                dec("150.00")
            ),
            (
                LineKind::BillableHours,
                format!(
                    "Support{NB}: 1 h au-delà des 4 h incluses, mars 2026 — arrondi au quart \
                     d’heure sur le mois — demande {}",
                    m[2]
                ),
                dec("90.00")
            ),
        ]
    );
    assert_eq!(dec(&per_month.gross.amount), dec("288.00"));

    // The same run again bills nobody twice; nor does a second Ardoise on the same file.
    let again = run(&b, &s, "2026-04");
    assert!(again.drafted.is_empty());
    assert_eq!(again.skipped, 2);
    {
        let (other, s2) = open(&path, &clock);
        let third = run(&other, &s2, "2026-04");
        assert!(third.drafted.is_empty());
        assert_eq!(third.skipped, 2);
    }

    // Deleting a draft frees its fee and its time: the rerun bills them again, the same.
    let first_lines = lines(&b, &s, per_entry.id);
    b.delete_draft(&s, per_entry.id).unwrap();
    let rerun = run(&b, &s, "2026-04");
    assert_eq!(rerun.drafted.len(), 1);
    let redrafted = rerun.drafted[0].clone();
    assert_eq!(redrafted.customer_id, book.per_entry);
    assert_eq!(lines(&b, &s, redrafted.id), first_lines);
    assert_eq!(dec(&redrafted.gross.amount), dec("435.00"));

    // A line typed on the draft keeps the support it bills attached (the draft's lines
    // are rewritten): May's run must not bill March's time again.
    b.add_invoice_line(
        &s,
        redrafted.id,
        &ardoise_app::domain::invoicing::OneOffForm {
            description: "Déplacement".into(),
            quantity: "1".into(),
            unit_price: "50".into(),
        },
    )
    .unwrap();

    // Issued, then credited in full: the credit note frees nothing.
    let issued = b.issue_invoices(&s, &[redrafted.id, per_month.id]).unwrap();
    let invoice_number = issued
        .iter()
        .find(|r| r.id == redrafted.id)
        .and_then(|r| r.number.clone())
        .unwrap();
    // Explained in the customer's language: March's time at March's rate, in force
    // since January; April's fee at April's.
    let x = b.explain_invoice(&s, redrafted.id).unwrap();
    assert_eq!(
        (x.language, x.number.as_deref()),
        (Lang::Fr, Some(invoice_number.as_str()))
    );
    let nn = "\u{202f}";
    assert!(x.lines[0]
        .text
        .contains("Ce prix est en vigueur depuis le 01/04/2026."));
    assert!(
        x.lines[1].text.contains(&format!(
            "Temps facturé{NB}: 2 h 15 au taux horaire de 90,00{nn}€ HT (2,25 h × 90,00{nn}€). \
             Ce prix est en vigueur depuis le 01/01/2026."
        )),
        "{}",
        x.lines[1].text
    );
    assert_eq!(x.text.split("\n\n").count(), 3);
    let credit = b.credit_invoice(&s, redrafted.id, None).unwrap();
    let credit_number = b.invoice(&s, credit).unwrap().row.number.unwrap();

    // A March entry logged late, in April: 20 minutes → 30 (minimum), at March's rate.
    clock.set(day(2026, 4, 20));
    let late_request = book.requests[0].1[2].0;
    log(
        &b,
        &s,
        late_request,
        Utc.with_ymd_and_hms(2026, 3, 31, 14, 0, 0).unwrap(),
        20,
        true,
    );

    clock.set(day(2026, 5, 1));
    let (other, s2) = open(&path, &clock);
    let may = run(&other, &s2, "2026-05");
    assert!(may.problems.is_empty(), "{:?}", may.problems);
    let per_entry_may = draft_of(&may.drafted, book.per_entry).unwrap();
    assert_eq!(
        lines(&other, &s2, per_entry_may.id),
        vec![
            (
                LineKind::SupportFee,
                format!("Forfait support «{NB}Essentiel{NB}», mai 2026"),
                dec("160.00")
            ),
            (
                LineKind::BillableHours,
                format!(
                    "Support{NB}: 30 min au-delà des 4 h incluses, mars 2026 — arrondi au quart \
                     d’heure par intervention — demande {}",
                    a[2]
                ),
                dec("45.00")
            ),
        ]
    );
    // The per-month customer has May's fee only: March is billed.
    let per_month_may = draft_of(&may.drafted, book.per_month).unwrap();
    assert_eq!(lines(&other, &s2, per_month_may.id).len(), 1);

    // The request's time log says where each entry went, credit note included.
    let billed = b.support_time_billed(&s, late_request, Lang::Fr).unwrap();
    assert_eq!(billed.len(), 4, "three March entries, then the late one");
    assert_eq!(
        billed[0].text,
        format!("facturé sur {invoice_number} (crédité par avoir {credit_number})")
    );
    assert_eq!(billed[0].billed_minutes, 30);
    assert_eq!(
        billed[3].text,
        "facturé sur un brouillon de facture (mai 2026)"
    );
    let en = b.support_time_billed(&s, late_request, Lang::En).unwrap();
    assert_eq!(
        en[0].text,
        format!("billed on {invoice_number} (credited by credit note {credit_number})")
    );

    // Nothing left to bill: June has the fees only.
    clock.set(day(2026, 6, 1));
    let june = run(&b, &s, "2026-06");
    for d in &june.drafted {
        let kinds: Vec<LineKind> = lines(&b, &s, d.id).into_iter().map(|l| l.0).collect();
        assert_eq!(kinds, vec![LineKind::SupportFee]);
    }
    let all = b
        .invoices(&s, &InvoiceFilter::default())
        .unwrap()
        .into_iter()
        .filter(|r| r.customer_id == book.no_support)
        .count();
    assert_eq!(all, 0, "a customer without support is never billed for it");
}

#[test]
fn a_prorated_subscription_line_says_its_days_and_the_date_of_its_price() {
    use ardoise_app::domain::catalog::{PriceForm, ProductForm};
    use ardoise_app::domain::subscription::SubscriptionForm;
    let dir = tempfile::tempdir().unwrap();
    let clock = Arc::new(ManualClock::on(day(2026, 1, 2)));
    let (b, s) = open(&dir.path().join("book.db"), &clock);
    b.save_partner(&s, &partner()).unwrap();
    let customer = b.create_customer(&s, &customer("Dupont SARL")).unwrap();
    let plan_id = b.save_support_plan(&s, None, &plan("Essentiel")).unwrap();
    b.add_support_plan_price(
        &s,
        plan_id,
        &price("2026-01-01", "150", "90", Rounding::PerEntry),
    )
    .unwrap();
    b.set_customer_support_plan(&s, customer, plan_id, "2026-01-01")
        .unwrap();
    let product = b
        .add_product(
            &s,
            &ProductForm {
                ms_product_id: "CFQ7TTC0LDPB".into(),
                ms_sku_id: "0001".into(),
                name: "Microsoft 365 Business Standard".into(),
                unit: "licence".into(),
            },
            &PriceForm {
                currency: "EUR".into(),
                effective_from: "2026-02-01".into(),
                partner_cost: "10".into(),
                resale_price: "12.50".into(),
                markup_percent: String::new(),
            },
        )
        .unwrap();
    b.add_subscription(
        &s,
        customer,
        &SubscriptionForm {
            product_id: product.to_string(),
            quantity: "10".into(),
            term: "monthly".into(),
            billing_frequency: "monthly".into(),
            start_date: "2026-03-20".into(),
            renewal_date: String::new(),
            auto_renew: true,
            status: "active".into(),
            pc_subscription_id: String::new(),
        },
    )
    .unwrap();
    clock.set(day(2026, 3, 31));
    let march = run(&b, &s, "2026-03");
    assert_eq!(march.drafted.len(), 1);
    let id = march.drafted[0].id;
    // The support fee joins the subscription's draft, after it.
    let kinds: Vec<LineKind> = lines(&b, &s, id).into_iter().map(|l| l.0).collect();
    assert_eq!(kinds, vec![LineKind::Subscription, LineKind::SupportFee]);
    let x = b.explain_invoice(&s, id).unwrap();
    let nn = "\u{202f}";
    // 10 × 12.50 × 12/31 = 48.387… → 48.39
    assert_eq!(
        x.lines[0].text,
        format!(
            "Ligne 1{NB}: «{NB}Microsoft 365 Business Standard — du 20/03/2026 au 31/03/2026 \
             (12 j / 31){NB}», 48,39{nn}€ HT. \
             Période couverte{NB}: du 20/03/2026 au 31/03/2026 inclus. \
             Quantité{NB}: 10 licences au prix unitaire de 12,50{nn}€ HT pour la période. \
             Facturé au prorata des jours{NB}: 12 jours sur 31, soit 10 × 12,50{nn}€ × 12/31. \
             Ce prix est en vigueur depuis le 01/02/2026. \
             TVA au taux de 20{nn}%, calculée sur le total des lignes à ce taux."
        )
    );
    assert!(x.lines[1]
        .text
        .contains("Ce prix est en vigueur depuis le 01/01/2026."));
}
