//! Re-billing Microsoft's charges on real book files: a daily rated usage file imported,
//! the billing run drafts one usage line per subscription and meter at the partner's
//! markup (the most specific wins), rounded once per line; nothing is billed twice, and
//! a deleted draft frees its lines for the next run; seats Microsoft prorated are billed
//! once whichever proration the partner chose.
//!
//! The rule the amounts are held to: a usage line's amount is
//! round_half_away_from_zero(Σ Microsoft's cost × (1 + markup / 100), 2) over the usage
//! lines of one customer, subscription and meter in the month, in the customer's currency.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::str::FromStr;
use std::sync::Arc;

use ardoise_app::domain::catalog::{PriceForm, ProductForm};
use ardoise_app::domain::customer::CustomerForm;
use ardoise_app::domain::invoicing::OneOffForm;
use ardoise_app::domain::partner::PartnerForm;
use ardoise_app::domain::subscription::SubscriptionForm;
use ardoise_app::domain::Lang;
use ardoise_app::partner_center::{generate_partner_center_file, GeneratedKind};
use ardoise_app::transport_rebill::{MarkupForm, RebillSettingsForm};
use ardoise_app::{Ardoise, CancelFlag, FixedClock, Session};
use chrono::NaiveDate;
use rusqlite::Connection;

fn dec(text: &str) -> Decimal {
    Decimal::from_str(text).unwrap()
}
use rust_decimal::{Decimal, RoundingStrategy};

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../partner_center/tests/fixtures")
        .join(name)
}

fn book(dir: &Path) -> (Ardoise, Session) {
    let today = NaiveDate::from_ymd_opt(2026, 12, 7).unwrap();
    let b = Ardoise::open(&dir.join("book.db"), Arc::new(FixedClock::on(today))).unwrap();
    let s = b.admin_session().unwrap();
    (b, s)
}

fn import(b: &Ardoise, s: &Session, file: &Path) {
    let done = b
        .partner_center_import(s, &file.display().to_string(), true, Lang::En)
        .unwrap();
    assert_eq!(done.outcome, "imported");
}

fn bill(b: &Ardoise, s: &Session, period: &str) -> usize {
    let run = b
        .bill(s, period, Lang::Fr, &|_| {}, &CancelFlag::default())
        .unwrap();
    run.drafted.len()
}

fn markup(b: &Ardoise, s: &Session, product: &str, customer: &str, rate: &str) {
    b.set_rebill_markup(
        s,
        &MarkupForm {
            product: product.into(),
            customer: customer.into(),
            rate: rate.into(),
        },
        Lang::Fr,
    )
    .unwrap();
}

fn settings(b: &Ardoise, s: &Session, default_markup: &str, prorated: &str) {
    b.save_rebill_settings(
        s,
        &RebillSettingsForm {
            default_markup: default_markup.into(),
            prorated_licences: prorated.into(),
        },
        Lang::Fr,
    )
    .unwrap();
}

fn db(dir: &Path) -> Connection {
    Connection::open(dir.join("book.db")).unwrap()
}

fn dec_of(text: String) -> Decimal {
    Decimal::from_str(&text).unwrap()
}

/// The drafted usage lines: (customer, description, quantity, net in minor units).
fn usage_lines(dir: &Path) -> Vec<(String, String, Decimal, i64)> {
    let conn = db(dir);
    let mut stmt = conn
        .prepare(
            "SELECT c.legal_name, l.description, l.quantity, l.net_minor
             FROM invoice_lines l JOIN invoices i ON i.id = l.invoice_id
             JOIN customers c ON c.id = i.customer_id
             WHERE l.kind = 'usage' ORDER BY c.legal_name, l.position",
        )
        .unwrap();
    stmt.query_map([], |r| {
        Ok((r.get(0)?, r.get(1)?, dec_of(r.get(2)?), r.get(3)?))
    })
    .unwrap()
    .map(Result::unwrap)
    .collect()
}

/// Which Partner Center lines are linked, and to which invoice line.
fn links(dir: &Path) -> BTreeMap<i64, i64> {
    let conn = db(dir);
    let mut stmt = conn
        .prepare("SELECT pc_line_id, invoice_line_id FROM rebill_links")
        .unwrap();
    stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
        .unwrap()
        .map(Result::unwrap)
        .collect()
}

fn round(d: Decimal) -> Decimal {
    d.round_dp_with_strategy(2, RoundingStrategy::MidpointAwayFromZero)
}

#[test]
fn the_documented_usage_file_is_billed_at_the_markup_by_hand() {
    let dir = tempfile::tempdir().unwrap();
    let (b, s) = book(dir.path());
    import(&b, &s, &fixture("daily-rated-usage.csv"));
    settings(&b, &s, "15", "ardoise");
    assert_eq!(bill(&b, &s, "2026-11"), 2);
    let lines = usage_lines(dir.path());
    // Microsoft's costs, as Microsoft rounds them (truncated, converted, truncated):
    // D2 v3: 0.0816 × 24 = 1.9584 → 1.95 × 0.9234567 = 1.8007… → 1.80; × 1.15 = 2.07.
    // Hot LRS: 0.0184 × 152.334561 = 2.8029… → 2.80 × 0.9234567 = 2.5856… → 2.58;
    //   × 1.15 = 2.967 → 2.97.
    // Bandwidth: 0.02 × 0.000512 → 0.00: nothing to bill, no line.
    // Northwind (USD): 0.21437 × 48 = 10.28976 → 10.28; × 1.15 = 11.822 → 11.82.
    let nets: Vec<(&str, i64)> = lines.iter().map(|(c, _, _, n)| (c.as_str(), *n)).collect();
    assert_eq!(
        nets,
        vec![
            ("Boulangerie Dupré SARL", 207),
            ("Boulangerie Dupré SARL", 297),
            ("Northwind Traders LLC", 1182)
        ]
    );
    assert_eq!(
        lines[0].1,
        "Virtual Machines Dv3 Series — D2 v3/D2s v3, le 01/11/2026, majoration 15\u{202f}%"
    );
    assert_eq!(lines[0].2, dec("24"));
    // Northwind is written to in English.
    assert!(
        lines[2].1.ends_with("— vCore, on 2 Nov 2026, 15% markup"),
        "{}",
        lines[2].1
    );
    assert_eq!(links(dir.path()).len(), 3, "the line at 0.00 bills nothing");

    // The draft's PDF, read back: the line, its quantity and the unit price it is
    // computed from (2.07 / 24 = 0.08625 → 0.0863; 24 × 0.0863 = 2.0712 → 2.07).
    let draft: i64 = db(dir.path())
        .query_row(
            "SELECT i.id FROM invoices i JOIN customers c ON c.id = i.customer_id
             WHERE c.legal_name = 'Boulangerie Dupré SARL'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    let (_, pdf) = b.invoice_pdf(&s, draft).unwrap();
    let file = dir.path().join("draft.pdf");
    std::fs::write(&file, pdf).unwrap();
    let text = std::process::Command::new("pdftotext")
        .args([file.as_os_str(), std::ffi::OsStr::new("-")])
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&text.stdout)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    assert!(text.contains("D2 v3/D2s v3"), "{text}");
    assert!(text.contains("majoration 15 %"), "{text}");
    assert!(text.contains("0,0863 €"), "{text}");
    assert!(text.contains("2,07 €"), "{text}");
}

/// Editing a draft rewrites its lines: what a usage line bills stays with it, and a
/// usage line removed frees its Microsoft lines for the next run.
#[test]
fn a_draft_edited_keeps_what_its_lines_bill() {
    let dir = tempfile::tempdir().unwrap();
    let (b, s) = book(dir.path());
    import(&b, &s, &fixture("daily-rated-usage.csv"));
    settings(&b, &s, "15", "ardoise");
    bill(&b, &s, "2026-11");
    let before = links(dir.path());
    assert_eq!(before.len(), 3);
    let draft: i64 = db(dir.path())
        .query_row(
            "SELECT i.id FROM invoices i JOIN customers c ON c.id = i.customer_id
             WHERE c.legal_name = 'Boulangerie Dupré SARL'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    b.add_invoice_line(
        &s,
        draft,
        &OneOffForm {
            description: "Installation".into(),
            quantity: "1".into(),
            unit_price: "90".into(),
        },
    )
    .unwrap();
    let after = links(dir.path());
    assert_eq!(
        after.keys().collect::<Vec<_>>(),
        before.keys().collect::<Vec<_>>(),
        "every Microsoft line still billed"
    );
    // The first line (the virtual machines) removed: its one Microsoft line is free.
    b.remove_invoice_line(&s, draft, 1).unwrap();
    assert_eq!(links(dir.path()).len(), 2);
    // Issued, what its lines bill stays billed, even against plain SQL.
    b.save_partner(
        &s,
        &PartnerForm {
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
        },
    )
    .unwrap();
    b.issue_invoices(&s, &[draft]).unwrap();
    let conn = db(dir.path());
    let kept = conn.execute(
        "DELETE FROM rebill_links WHERE invoice_line_id IN
           (SELECT id FROM invoice_lines WHERE invoice_id = ?1)",
        [draft],
    );
    assert!(kept.is_err(), "{kept:?}");
    assert_eq!(links(dir.path()).len(), 2);
}

#[test]
fn the_most_specific_markup_wins() {
    let dir = tempfile::tempdir().unwrap();
    let (b, s) = book(dir.path());
    import(&b, &s, &fixture("daily-rated-usage.csv"));
    settings(&b, &s, "15", "ardoise");
    // The virtual machines at 20 % for everyone, 30 % for the bakery; storage and SQL at
    // the default.
    markup(&b, &s, "DZH318Z0BQ3V", "", "20");
    markup(&b, &s, "DZH318Z0BQ3V", "Boulangerie Dupré SARL", "30");
    markup(&b, &s, "DZH318Z0BQ4B", "", "10");
    let view = b.rebill_settings(&s, Lang::Fr).unwrap();
    assert_eq!(view.markups.len(), 3);
    assert!(view
        .markups
        .iter()
        .any(|m| m.customer_name == "Boulangerie Dupré SARL" && m.rate_text == "30\u{202f}%"));
    assert_eq!(
        view.markups
            .iter()
            .filter(|m| m.customer_name == "tous les clients")
            .count(),
        2
    );
    assert_eq!(bill(&b, &s, "2026-11"), 2);
    let nets: Vec<i64> = usage_lines(dir.path()).iter().map(|l| l.3).collect();
    // 1.80 × 1.30 = 2.34; 2.58 × 1.15 = 2.97; 10.28 × 1.10 = 11.308 → 11.31.
    assert_eq!(nets, vec![234, 297, 1131]);
    assert!(usage_lines(dir.path())[0]
        .1
        .ends_with("majoration 30\u{202f}%"));
}

#[test]
fn markups_out_of_bounds_are_refused_and_nothing_is_written() {
    let dir = tempfile::tempdir().unwrap();
    let (b, s) = book(dir.path());
    let e = b
        .save_rebill_settings(
            &s,
            &RebillSettingsForm {
                default_markup: "1000,5".into(),
                prorated_licences: "nowhere".into(),
            },
            Lang::Fr,
        )
        .unwrap_err();
    let shown = e.to_string();
    assert!(shown.contains("default_markup") || format!("{e:?}").contains("default_markup"));
    assert!(format!("{e:?}").contains("prorated_licences"), "{e:?}");
    let view = b.rebill_settings(&s, Lang::Fr).unwrap();
    assert_eq!(view.default_markup, "0");
    assert_eq!(view.prorated_licences, "ardoise");
    let refused = db(dir.path()).execute(
        "INSERT INTO rebill_markups (product_id, customer_id, rate)
         SELECT id, NULL, '5' FROM products LIMIT 1",
        [],
    );
    // An empty catalogue inserts nothing; the schema's own guard is checked below.
    assert_eq!(refused.unwrap(), 0);
    assert!(db(dir.path())
        .execute(
            "UPDATE rebill_settings SET prorated_licences = 'halfway'",
            []
        )
        .is_err());
}

#[test]
fn a_generated_month_is_billed_once_and_again_after_its_draft_is_deleted() {
    let dir = tempfile::tempdir().unwrap();
    let (b, s) = book(dir.path());
    let file = dir.path().join("usage.csv");
    generate_partner_center_file(&file, 600, 11, false, GeneratedKind::Usage).unwrap();
    import(&b, &s, &file);
    settings(&b, &s, "12,5", "ardoise");
    let period: String = db(dir.path())
        .query_row(
            "SELECT substr(MIN(usage_date), 1, 7) FROM pc_lines",
            [],
            |r| r.get(0),
        )
        .unwrap();
    let drafted = bill(&b, &s, &period);
    assert!(drafted > 0);

    // The rule, recomputed from the book's Microsoft lines alone.
    let conn = db(dir.path());
    let mut stmt = conn
        .prepare(
            "SELECT c.legal_name, l.subscription_id, l.meter,
                    COALESCE(l.microsoft_cost, l.subtotal)
             FROM pc_lines l JOIN customers c ON c.tenant_id = l.customer_tenant
             WHERE l.usage_date LIKE ?1 || '-%' AND l.currency = c.currency",
        )
        .unwrap();
    let mut groups: BTreeMap<(String, String, String), Decimal> = BTreeMap::new();
    for row in stmt
        .query_map([&period], |r| {
            Ok((
                r.get::<_, String>(0)?,
                r.get(1)?,
                r.get(2)?,
                r.get::<_, String>(3)?,
            ))
        })
        .unwrap()
    {
        let (c, sub, meter, cost) = row.unwrap();
        *groups.entry((c, sub, meter)).or_default() += dec_of(cost) * dec("1.125");
    }
    let mut expected: Vec<(String, i64)> = groups
        .into_iter()
        .map(|((c, _, _), exact)| (c, (round(exact) * dec("100")).try_into().unwrap()))
        .filter(|(_, n): &(String, i64)| *n != 0)
        .collect();
    let mut found: Vec<(String, i64)> = usage_lines(dir.path())
        .into_iter()
        .map(|(c, _, _, n)| (c, n))
        .collect();
    expected.sort();
    found.sort();
    assert!(!found.is_empty());
    assert_eq!(found, expected);
    let first = links(dir.path());
    assert!(!first.is_empty());

    // Twice: nothing more.
    assert_eq!(bill(&b, &s, &period), 0);
    assert_eq!(links(dir.path()), first);

    // A deleted draft frees its lines: the next run bills the same lines again.
    let (draft, freed): (i64, i64) = conn
        .query_row(
            "SELECT l.invoice_id, COUNT(*) FROM rebill_links b
             JOIN invoice_lines l ON l.id = b.invoice_line_id
             GROUP BY l.invoice_id ORDER BY COUNT(*) DESC LIMIT 1",
            [],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .unwrap();
    b.delete_draft(&s, draft).unwrap();
    assert_eq!(links(dir.path()).len() as i64, first.len() as i64 - freed);
    assert_eq!(bill(&b, &s, &period), 1);
    let again = links(dir.path());
    assert_eq!(
        again.keys().collect::<Vec<_>>(),
        first.keys().collect::<Vec<_>>()
    );
    let mut found_again: Vec<(String, i64)> = usage_lines(dir.path())
        .into_iter()
        .map(|(c, _, _, n)| (c, n))
        .collect();
    found_again.sort();
    assert_eq!(found_again, found);
    // The schema refuses a second link of a billed line.
    let (pc, line) = again.iter().next().map(|(a, b)| (*a, *b)).unwrap();
    assert!(conn
        .execute(
            "INSERT INTO rebill_links (pc_line_id, invoice_line_id) VALUES (?1, ?2)",
            [pc, line],
        )
        .is_err());
}

/// Seats of subscription 51000001 (the bakery's Microsoft 365, billed monthly): 10, then
/// 13 from 16 November; Microsoft prorated the 3 seats added over 15 days of 30.
fn seat_lines(dir: &Path) -> Vec<(String, Decimal, i64)> {
    let conn = db(dir);
    let mut stmt = conn
        .prepare(
            "SELECT l.description, l.quantity, l.net_minor FROM invoice_lines l
             JOIN subscriptions s ON s.id = l.subscription_id
             WHERE s.pc_subscription_id LIKE '51000001%' ORDER BY l.position",
        )
        .unwrap();
    stmt.query_map([], |r| Ok((r.get(0)?, dec_of(r.get(1)?), r.get(2)?)))
        .unwrap()
        .map(Result::unwrap)
        .collect()
}

fn seats_billed(prorated: &str) -> (Vec<(String, Decimal, i64)>, usize) {
    let dir = tempfile::tempdir().unwrap();
    let (b, s) = book(dir.path());
    // The book before the file: the bakery, its Microsoft 365 at 10 seats, sold at 14 €.
    let customer = b
        .create_customer(
            &s,
            &CustomerForm {
                legal_name: "Boulangerie Dupré SARL".into(),
                country: "FR".into(),
                address_line1: "3 rue des Lilas".into(),
                postal_code: "69003".into(),
                city: "Lyon".into(),
                language: "fr".into(),
                currency: "EUR".into(),
                payment_terms_days: "30".into(),
                tenant_id: "2f1c3d4e-5a6b-4c7d-8e9f-0a1b2c3d4e5f".into(),
                status: "active".into(),
                ..Default::default()
            },
        )
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
                effective_from: "2020-01-01".into(),
                partner_cost: "11.70".into(),
                resale_price: "14".into(),
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
            term: "annual".into(),
            billing_frequency: "monthly".into(),
            start_date: "2026-10-14".into(),
            renewal_date: String::new(),
            auto_renew: true,
            status: "active".into(),
            pc_subscription_id: "51000001-0000-4000-8000-000000000001".into(),
        },
    )
    .unwrap();
    import(&b, &s, &fixture("new-commerce-invoice.csv"));
    settings(&b, &s, "0", prorated);
    bill(&b, &s, "2026-11");
    let lines = seat_lines(dir.path());
    (lines, links(dir.path()).len())
}

#[test]
fn seats_microsoft_prorated_are_billed_once_in_each_mode() {
    // Ardoise's proration: 10 seats for 15 days, 13 for 15 days: 70 + 91 = 161.
    let (own, linked) = seats_billed("ardoise");
    assert_eq!(own.len(), 2, "{own:?}");
    assert_eq!(own.iter().map(|l| l.2).sum::<i64>(), 16100);
    assert!(own.iter().all(|l| !l.0.contains("au prorata de Microsoft")));
    // Only the Azure usage the file also holds is re-billed.
    let usage_only = linked;
    // Microsoft's: 10 seats for the month (140) and the 3 seats added at 14 × 15/30 (21).
    let (ms, linked) = seats_billed("microsoft");
    assert_eq!(ms.len(), 2, "{ms:?}");
    assert_eq!(ms[0].1, dec("10"));
    assert_eq!(ms[0].2, 14000);
    assert_eq!(ms[1].1, dec("3"));
    assert_eq!(ms[1].2, 2100);
    assert!(
        ms[1]
            .0
            .contains("au prorata de Microsoft, du 16/11/2026 au 30/11/2026"),
        "{}",
        ms[1].0
    );
    assert_eq!(ms.iter().map(|l| l.2).sum::<i64>(), 16100);
    // The refund and the charge of the change are linked besides: the file's other
    // changes of seats belong to subscriptions the book bills in another currency or
    // without a price, and stay unbilled.
    assert_eq!(linked, usage_only + 2);
}
