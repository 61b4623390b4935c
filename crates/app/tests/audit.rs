//! The audit trail on real book files: what a change records (before and after, bank
//! details masked, the customer concerned), what a refused one leaves (nothing), and the
//! page's filters returning exactly the entries they name.

use std::path::Path;
use std::sync::Arc;

use ardoise_app::clock::ManualClock;
use ardoise_app::domain::customer::CustomerForm;
use ardoise_app::domain::partner::PartnerForm;
use ardoise_app::domain::Lang;
use ardoise_app::session::Permission;
use ardoise_app::transport_audit::{AuditEntryView, AuditFilter, AuditKind};
use ardoise_app::{AppError, Ardoise, Session};
use chrono::{NaiveDate, TimeZone, Utc};
use rusqlite::Connection;

fn open(path: &Path) -> (Ardoise, Session, Arc<ManualClock>) {
    let clock = Arc::new(ManualClock::at(
        Utc.with_ymd_and_hms(2026, 11, 25, 10, 0, 0).unwrap(),
    ));
    let b = Ardoise::open(path, clock.clone()).unwrap();
    let s = b.admin_session().unwrap();
    (b, s, clock)
}

fn customer(name: &str, city: &str) -> CustomerForm {
    CustomerForm {
        legal_name: name.into(),
        country: "FR".into(),
        address_line1: "29 boulevard Haussmann".into(),
        postal_code: "75009".into(),
        city: city.into(),
        language: "fr".into(),
        currency: "EUR".into(),
        payment_terms_days: "30".into(),
        ..Default::default()
    }
}

/// A second person in the book, with `roles` (comma-separated codes).
fn person(path: &Path, b: &Ardoise, name: &str, roles: &str) -> Session {
    let conn = Connection::open(path).unwrap();
    conn.execute(
        "INSERT INTO staff (username, display_name, created_at)
         VALUES (?1, ?2, '2026-11-01T00:00:00+00:00')",
        rusqlite::params![name.to_lowercase(), name],
    )
    .unwrap();
    let id = conn.last_insert_rowid();
    for role in roles.split(',') {
        conn.execute(
            "INSERT INTO staff_roles (staff_id, role) VALUES (?1, ?2)",
            rusqlite::params![id, role],
        )
        .unwrap();
    }
    b.session(id).unwrap()
}

fn raw_log(path: &Path) -> Vec<(String, String, Option<String>)> {
    let conn = Connection::open(path).unwrap();
    let mut stmt = conn
        .prepare("SELECT action, detail, changes FROM audit_log ORDER BY id")
        .unwrap();
    stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
        .unwrap()
        .collect::<rusqlite::Result<_>>()
        .unwrap()
}

/// French as the catalogue writes it: no-break spaces before colons and inside
/// guillemets.
fn fr(s: &str) -> String {
    s.replace(" :", "\u{a0}:")
        .replace("« ", "«\u{a0}")
        .replace(" »", "\u{a0}»")
}

fn field<'a>(e: &'a AuditEntryView, label: &str) -> (Option<&'a str>, Option<&'a str>) {
    let f = e
        .changes
        .iter()
        .flat_map(|r| &r.fields)
        .find(|f| f.label == label)
        .unwrap_or_else(|| panic!("no {label} in {:?}", e.changes));
    (f.before.as_deref(), f.after.as_deref())
}

#[test]
fn a_customer_edit_records_who_and_the_values_before_and_after_in_words() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("book.db");
    let (b, admin, _) = open(&path);
    let id = b
        .create_customer(&admin, &customer("Dupont SARL", "Paris"))
        .unwrap();
    b.update_customer(&admin, id, &customer("Dupont SARL", "Lyon"))
        .unwrap();
    let history = b.customer_history(&admin, id, Lang::Fr).unwrap();
    assert_eq!(history.len(), 2);
    let edit = &history[0];
    assert_eq!(edit.action, "customer.update");
    assert_eq!(edit.what, fr("Client « Dupont SARL » modifié"));
    assert_eq!(edit.who, admin.display_name);
    assert_eq!(edit.customer_id, Some(id));
    assert_eq!(edit.changes.len(), 1);
    assert_eq!(edit.changes[0].what, "Client");
    assert_eq!(edit.changes[0].op_label, "modifié");
    assert_eq!(field(edit, "Ville"), (Some("Paris"), Some("Lyon")));
    assert_eq!(edit.when, "25/11/2026 ".to_string() + &local_hm());
    let created = &history[1];
    assert_eq!(created.what, fr("Client « Dupont SARL » créé"));
    assert_eq!(
        field(created, "Raison sociale"),
        (None, Some("Dupont SARL"))
    );
    // In English too, and never a code where a word belongs.
    let en = b.customer_history(&admin, id, Lang::En).unwrap();
    assert_eq!(en[0].what, "Customer “Dupont SARL” changed");
    assert_eq!(field(&en[0], "City"), (Some("Paris"), Some("Lyon")));
    // The chain still holds, the new columns included.
    assert!(b.check(&admin).unwrap().findings.is_empty());
}

fn local_hm() -> String {
    Utc.with_ymd_and_hms(2026, 11, 25, 10, 0, 0)
        .unwrap()
        .with_timezone(&chrono::Local)
        .format("%H:%M")
        .to_string()
}

#[test]
fn a_new_iban_is_recorded_without_the_iban() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("book.db");
    let (b, admin, _) = open(&path);
    let mut form = demo_partner();
    b.save_partner(&admin, &form).unwrap();
    form.iban = "DE89 3704 0044 0532 0130 00".into();
    form.bic = "COBADEFFXXX".into();
    b.save_partner(&admin, &form).unwrap();
    let log = raw_log(&path);
    let (action, detail, changes) = log.last().unwrap();
    assert_eq!(action, "partner.save");
    let changes = changes.as_deref().unwrap();
    for secret in [
        "DE89370400440532013000",
        "DE89 3704",
        "COBADEFF",
        "FR7630006000011234567890189",
        "AGRIFRPP",
    ] {
        assert!(!changes.contains(secret), "{secret} in {changes}");
        assert!(!detail.contains(secret), "{secret} in {detail}");
    }
    let page = b
        .audit_entries(&admin, &AuditFilter::default(), Lang::Fr)
        .unwrap();
    let e = &page.entries[0];
    assert_eq!(e.what, "Coordonnées de l’entreprise modifiées");
    assert_eq!(field(e, "IBAN"), (Some("•••• 0189"), Some("•••• 3000")));
    assert_eq!(field(e, "BIC"), (Some("••••"), Some("••••")));
}

fn demo_partner() -> PartnerForm {
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

#[test]
fn a_refused_change_leaves_no_entry_and_no_changes() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("book.db");
    let (b, admin, _) = open(&path);
    let id = b
        .create_customer(&admin, &customer("Dupont SARL", "Paris"))
        .unwrap();
    let before = raw_log(&path);
    let bad = b.update_customer(&admin, id, &customer("", "Lyon"));
    assert!(matches!(bad, Err(AppError::Invalid(_))), "{bad:?}");
    let sales = person(&path, &b, "Inès", "sales_agent");
    let refused = b.audit_entries(&sales, &AuditFilter::default(), Lang::Fr);
    assert!(matches!(
        refused,
        Err(AppError::Forbidden(Permission::ViewAudit))
    ));
    assert_eq!(raw_log(&path), before);
    // The next change records its own rows only.
    b.update_customer(&admin, id, &customer("Dupont SARL", "Nantes"))
        .unwrap();
    let e = &b.customer_history(&admin, id, Lang::Fr).unwrap()[0];
    assert_eq!(field(e, "Ville"), (Some("Paris"), Some("Nantes")));
    assert_eq!(e.changes.len(), 1);
}

#[test]
fn each_filter_returns_exactly_the_entries_it_names() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("book.db");
    let (b, admin, clock) = open(&path);
    let sales = person(&path, &b, "Inès Moreau", "sales_agent");
    let a = b
        .create_customer(&sales, &customer("Alpha SA", "Paris"))
        .unwrap();
    clock.set_instant(Utc.with_ymd_and_hms(2026, 11, 27, 10, 0, 0).unwrap());
    let c = b
        .create_customer(&admin, &customer("Gamma SA", "Paris"))
        .unwrap();
    b.update_customer(&sales, c, &customer("Gamma SA", "Lille"))
        .unwrap();
    clock.set_instant(Utc.with_ymd_and_hms(2026, 11, 29, 10, 0, 0).unwrap());
    b.update_customer(&admin, a, &customer("Alpha SA", "Metz"))
        .unwrap();
    let mut form = demo_partner();
    form.city = "Lyon".into();
    b.save_partner(&admin, &form).unwrap();

    let ids = |f: AuditFilter| -> Vec<(String, Option<i64>)> {
        b.audit_entries(&admin, &f, Lang::Fr)
            .unwrap()
            .entries
            .into_iter()
            .map(|e| (e.action, e.customer_id))
            .collect()
    };
    let update = |id| ("customer.update".to_string(), Some(id));
    let create = |id| ("customer.create".to_string(), Some(id));
    assert_eq!(
        ids(AuditFilter {
            staff_id: Some(sales.staff_id),
            ..Default::default()
        }),
        [update(c), create(a)]
    );
    assert_eq!(
        ids(AuditFilter {
            customer_id: Some(a),
            ..Default::default()
        }),
        [update(a), create(a)]
    );
    assert_eq!(
        ids(AuditFilter {
            kind: Some(AuditKind::Settings),
            ..Default::default()
        }),
        [("partner.save".to_string(), None)]
    );
    let day = |d: &str| Some(d.to_string());
    assert_eq!(
        ids(AuditFilter {
            from: day("2026-11-26"),
            to: day("2026-11-28"),
            ..Default::default()
        }),
        [update(c), create(c)]
    );
    assert_eq!(
        ids(AuditFilter {
            staff_id: Some(admin.staff_id),
            kind: Some(AuditKind::Customer),
            to: day("2026-11-27"),
            ..Default::default()
        }),
        [create(c)]
    );
    // Dates the reader typed wrong are named, both of them.
    match b.audit_entries(
        &admin,
        &AuditFilter {
            from: day("31/02/2026"),
            to: day("hier"),
            ..Default::default()
        },
        Lang::Fr,
    ) {
        Err(AppError::Invalid(inv)) => {
            let fields: Vec<_> = inv.0.iter().map(|e| e.field.as_str()).collect();
            assert_eq!(fields, ["from", "to"]);
        }
        other => panic!("{other:?}"),
    }
    // A support agent reads a customer's history, not the whole trail.
    let support = person(&path, &b, "Léa Bernard", "support_agent");
    assert_eq!(b.customer_history(&support, a, Lang::Fr).unwrap().len(), 2);
    let _ = NaiveDate::from_ymd_opt(2026, 11, 25);
}

#[test]
fn pages_of_a_hundred_follow_one_another_without_a_gap() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("book.db");
    let (b, admin, _) = open(&path);
    let id = b
        .create_customer(&admin, &customer("Dupont SARL", "Paris"))
        .unwrap();
    for i in 0..150 {
        let city = if i % 2 == 0 { "Lyon" } else { "Paris" };
        b.update_customer(&admin, id, &customer("Dupont SARL", city))
            .unwrap();
    }
    let first = b
        .audit_entries(&admin, &AuditFilter::default(), Lang::En)
        .unwrap();
    assert_eq!(first.entries.len(), 100);
    let next = first.next_before.unwrap();
    assert_eq!(next, first.entries[99].id);
    let second = b
        .audit_entries(
            &admin,
            &AuditFilter {
                before_id: Some(next),
                ..Default::default()
            },
            Lang::En,
        )
        .unwrap();
    assert_eq!(second.entries.len(), 51);
    assert_eq!(second.next_before, None);
    let mut all: Vec<i64> = first.entries.iter().map(|e| e.id).collect();
    all.extend(second.entries.iter().map(|e| e.id));
    assert_eq!(all, (1..=151).rev().collect::<Vec<i64>>());
}

#[test]
fn the_export_holds_every_entry_the_filter_keeps_in_the_readers_words() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("book.db");
    let (b, admin, _) = open(&path);
    let id = b
        .create_customer(&admin, &customer("Dupont SARL", "Paris"))
        .unwrap();
    b.update_customer(&admin, id, &customer("Dupont SARL", "Lyon"))
        .unwrap();
    let f = AuditFilter {
        customer_id: Some(id),
        ..Default::default()
    };
    let file = b.save_audit_csv(&admin, &f, Lang::Fr, None).unwrap();
    let text = std::fs::read_to_string(&file).unwrap();
    let lines: Vec<&str> = text.trim_start_matches('\u{feff}').lines().collect();
    assert_eq!(lines[0], "Date;Personne;Action;Client;Modifications");
    assert_eq!(lines.len(), 3, "{text}");
    assert!(
        lines[1].contains(&fr("Client « Dupont SARL » modifié")),
        "{}",
        lines[1]
    );
    assert!(
        lines[1].contains(&fr("Ville : Paris → Lyon")),
        "{}",
        lines[1]
    );
    assert!(!text.contains("customer.update"));
    // The export itself is in the trail.
    let page = b
        .audit_entries(&admin, &AuditFilter::default(), Lang::Fr)
        .unwrap();
    assert_eq!(page.entries[0].action, "file.write");
    assert!(page.entries[0]
        .what
        .starts_with(&fr("Fichier enregistré : journal-")));
}

/// An issued invoice freezes the partner as printed (JSON kept as text, IBAN included):
/// the trail stores it masked inside, not only when the page shows it.
#[test]
fn an_issued_invoice_leaves_no_iban_in_the_stored_trail() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("book.db");
    let (mut b, admin, _) = open(&path);
    b.seed_demo(
        &admin,
        ardoise_app::demo::DemoOptions {
            customers: 3,
            seed: 1,
            subscriptions_per_customer: Some(1),
            history_months: 1,
        },
    )
    .unwrap();
    let conn = Connection::open(&path).unwrap();
    let iban: String = conn
        .query_row("SELECT iban FROM partner", [], |r| r.get(0))
        .unwrap();
    let iban: String = iban.chars().filter(|c| !c.is_whitespace()).collect();
    assert!(iban.len() > 8, "the demo partner has an IBAN: {iban}");
    let issued: i64 = conn
        .query_row(
            "SELECT COUNT(*) FROM audit_log WHERE changes LIKE '%seller_json%'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert!(issued > 0, "an issue recorded the frozen seller");
    for (action, detail, changes) in raw_log(&path) {
        let changes = changes.unwrap_or_default().replace(' ', "");
        assert!(!changes.contains(&iban), "{action}: the IBAN in {changes}");
        assert!(
            !detail.replace(' ', "").contains(&iban),
            "{action}: {detail}"
        );
    }
}
