//! The month reconciled with Partner Center's lines, on real book files: the report's
//! cost is the files' Subtotal total to the cent; a subscription no invoice bills is a
//! leak until the billing run bills it; a book quantity other than Microsoft's seats is
//! a seat difference; the margin of a small hand-made month is right to the cent.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use ardoise_app::domain::catalog::PriceForm;
use ardoise_app::domain::partner::PartnerForm;
use ardoise_app::domain::Lang;
use ardoise_app::partner_center::{generate_partner_center_file, GeneratedKind};
use ardoise_app::transport_reconcile::{MarginRowView, ReconcileView};
use ardoise_app::{Ardoise, CancelFlag, FixedClock, Session};
use ardoise_partner_center::{read_each, Seats};
use chrono::NaiveDate;
use proptest::prelude::*;
use rusqlite::Connection;
use rust_decimal::Decimal;

fn dec(s: &str) -> Decimal {
    s.parse().unwrap()
}

fn book(dir: &Path) -> (Ardoise, Session) {
    let today = NaiveDate::from_ymd_opt(2026, 12, 7).unwrap();
    let b = Ardoise::open(&dir.join("book.db"), Arc::new(FixedClock::on(today))).unwrap();
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
        address_line2: String::new(),
        postal_code: "69002".into(),
        city: "Lyon".into(),
        country: "FR".into(),
        email: "facturation@nuage-compagnie.fr".into(),
        phone: "+33 4 72 00 12 34".into(),
        website: "www.nuage-compagnie.fr".into(),
        bank_name: "Crédit Agricole".into(),
        iban: "FR7630006000011234567890189".into(),
        bic: "AGRIFRPP".into(),
        default_currency: "EUR".into(),
        payment_terms_days: "30".into(),
        late_penalty_rate: "12.15".into(),
        recovery_indemnity: "40".into(),
    }
}

/// A book with a partner, the file imported (customers created) and every product of
/// the catalogue priced at `resale` a month in each currency.
fn imported(dir: &Path, file: &Path, resale: &str) -> (Ardoise, Session) {
    let (b, s) = book(dir);
    b.save_partner(&s, &partner()).unwrap();
    let done = b
        .partner_center_import(&s, &file.display().to_string(), true, Lang::En)
        .unwrap();
    assert_eq!(done.outcome, "imported");
    for p in b.products(&s).unwrap() {
        for currency in ["EUR", "GBP", "USD"] {
            let form = PriceForm {
                currency: currency.into(),
                effective_from: "2020-01-01".into(),
                partner_cost: "1".into(),
                resale_price: resale.into(),
                markup_percent: String::new(),
            };
            b.add_price(&s, p.id, &form).unwrap();
        }
    }
    (b, s)
}

fn bill(b: &Ardoise, s: &Session, period: &str) -> Vec<i64> {
    let run = b
        .bill(s, period, Lang::En, &|_| {}, &CancelFlag::default())
        .unwrap();
    assert!(run.problems.is_empty(), "{:?}", run.problems);
    run.drafted.iter().map(|r| r.id).collect()
}

fn per_currency(amounts: &[ardoise_app::transport::MoneyView]) -> BTreeMap<String, Decimal> {
    amounts
        .iter()
        .map(|m| (m.currency.clone(), dec(&m.amount)))
        .collect()
}

fn generated(dir: &Path, rows: u64, seed: u64, french: bool, kind: GeneratedKind) -> PathBuf {
    let file = dir.join(format!("pc-{seed}.csv"));
    generate_partner_center_file(&file, rows, seed, french, kind).unwrap();
    file
}

/// The month a generated file of `seed` covers.
fn month_of(seed: u64) -> String {
    format!("2026-{:02}", seed % 12 + 1)
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 10, ..ProptestConfig::default() })]

    /// Whatever the file (kind, size, French copy), the month's cost is the sum of its
    /// Subtotal column to the cent, and the report says the files agree.
    #[test]
    fn the_months_cost_is_the_files_subtotal_total(
        rows in 1u64..300,
        seed in 0u64..10_000,
        french in any::<bool>(),
        kind in prop_oneof![
            Just(GeneratedKind::Invoice),
            Just(GeneratedKind::Usage),
            Just(GeneratedKind::Legacy)
        ],
    ) {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("month.csv");
        let totals = generate_partner_center_file(&file, rows, seed, french, kind).unwrap();
        let (b, s) = book(dir.path());
        b.partner_center_import(&s, &file.display().to_string(), true, Lang::En).unwrap();
        let report = b.reconcile(&s, &month_of(seed), Lang::En).unwrap();
        let expected: BTreeMap<String, Decimal> = totals.into_iter().collect();
        prop_assert_eq!(per_currency(&report.cost), expected.clone());
        prop_assert_eq!(report.lines, rows);
        prop_assert_eq!(report.cost_equals_files, Some(true));
        let margin = b.margin(&s, &month_of(seed), Lang::En).unwrap();
        let cost: BTreeMap<String, Decimal> = margin
            .totals
            .iter()
            .map(|t| (t.cost.currency.clone(), dec(&t.cost.amount)))
            .collect();
        prop_assert_eq!(cost, expected);
    }
}

fn leaking(report: &ReconcileView) -> Vec<String> {
    report
        .leaks
        .iter()
        .map(|l| l.pc_subscription_id.clone())
        .collect()
}

/// Subscriptions with an invoice line overlapping November, read from the book directly.
fn invoiced(db: &Path) -> Vec<String> {
    let conn = Connection::open(db).unwrap();
    let mut stmt = conn
        .prepare(
            "SELECT DISTINCT s.pc_subscription_id FROM invoice_lines l
             JOIN invoices i ON i.id = l.invoice_id
             JOIN subscriptions s ON s.id = l.subscription_id
             WHERE i.kind = 'invoice' AND s.pc_subscription_id IS NOT NULL
               AND l.service_start <= '2026-11-30' AND l.service_end >= '2026-11-01'",
        )
        .unwrap();
    stmt.query_map([], |r| r.get(0))
        .unwrap()
        .map(Result::unwrap)
        .collect()
}

#[test]
fn a_subscription_not_billed_leaks_until_the_billing_run_bills_it() {
    let dir = tempfile::tempdir().unwrap();
    let file = generated(dir.path(), 300, 10, false, GeneratedKind::Invoice);
    let (b, s) = imported(dir.path(), &file, "20");
    let before = b.reconcile(&s, "2026-11", Lang::En).unwrap();
    assert!(before.lines > 0);
    assert_eq!(before.lines_leaking, before.lines, "nothing is billed yet");
    assert_eq!(before.lines_billed + before.lines_to_bill, 0);
    let in_book: Vec<_> = before
        .leaks
        .iter()
        .filter(|l| l.reason == "not_billed")
        .collect();
    assert!(!in_book.is_empty());
    assert!(in_book.iter().all(|l| l.reason_label == "no invoice"));

    let drafts = bill(&b, &s, "2026-11");
    assert!(!drafts.is_empty());
    let after = b.reconcile(&s, "2026-11", Lang::En).unwrap();
    let billed = invoiced(&dir.path().join("book.db"));
    assert!(!billed.is_empty());
    for id in &billed {
        assert!(
            !leaking(&after).contains(id),
            "{id} is billed by a draft and no longer leaks"
        );
        assert!(leaking(&before).contains(id), "{id} leaked before the run");
    }
    for leak in &after.leaks {
        assert!(!billed.contains(&leak.pc_subscription_id));
    }
    assert!(after.lines_to_bill > 0 && after.lines_billed == 0);
    let leak_cost: Decimal = after.leaks.iter().map(|l| dec(&l.cost.amount)).sum();
    let stated: Decimal = after.leak_cost.iter().map(|m| dec(&m.amount)).sum();
    assert_eq!(leak_cost, stated);

    // Issued, the lines are billed, not merely to be billed.
    b.issue_invoices(&s, &drafts).unwrap();
    let issued = b.reconcile(&s, "2026-11", Lang::En).unwrap();
    assert_eq!(issued.lines_billed, after.lines_to_bill);
    assert_eq!(issued.lines_to_bill, 0);
    assert_eq!(leaking(&issued), leaking(&after));
}

/// Microsoft's seats at the end of the month per subscription, read from the file.
fn file_seats(file: &Path) -> BTreeMap<String, Decimal> {
    let mut seats = Seats::new();
    read_each(std::fs::File::open(file).unwrap(), |l| seats.add(&l)).unwrap();
    seats
        .finish()
        .into_iter()
        .map(|(id, n)| (id.to_lowercase(), n))
        .collect()
}

#[test]
fn a_book_quantity_other_than_microsofts_seats_is_a_seat_difference() {
    let dir = tempfile::tempdir().unwrap();
    let file = generated(dir.path(), 40, 22, false, GeneratedKind::Invoice);
    let seats = file_seats(&file);

    // As imported, the book holds Microsoft's seats: the run bills them, no difference.
    let same = dir.path().join("same");
    std::fs::create_dir(&same).unwrap();
    let (b, s) = imported(&same, &file, "20");
    bill(&b, &s, "2026-11");
    let report = b.reconcile(&s, "2026-11", Lang::En).unwrap();
    assert!(report.seats.is_empty(), "{:?}", report.seats);

    // Three seats more in the book from the 1st: the run bills them, the report says so.
    let more = dir.path().join("more");
    std::fs::create_dir(&more).unwrap();
    let (b, s) = imported(&more, &file, "20");
    let sub = b
        .subscriptions(&s, None)
        .unwrap()
        .into_iter()
        .find(|r| {
            r.pc_subscription_id
                .as_ref()
                .is_some_and(|id| seats.get(id).is_some_and(|n| *n > Decimal::ZERO))
        })
        .expect("a subscription with seats");
    let pc = sub.pc_subscription_id.clone().unwrap();
    let mut form = b.subscription_form(&s, sub.id).unwrap();
    let book_seats = seats[&pc] + Decimal::from(3);
    form.quantity = book_seats.to_string();
    b.update_subscription(&s, sub.id, &form, Some("2026-11-01"))
        .unwrap();
    bill(&b, &s, "2026-11");
    let report = b.reconcile(&s, "2026-11", Lang::En).unwrap();
    let gap = report
        .seats
        .iter()
        .find(|g| g.pc_subscription_id == pc)
        .expect("the seat difference");
    assert_eq!(dec(&gap.microsoft_seats), seats[&pc]);
    assert_eq!(dec(&gap.invoiced_seats), book_seats);
    assert_eq!(report.seats.len(), 1, "{:?}", report.seats);
}

const HEADER: &str = "PartnerId,CustomerId,CustomerName,CustomerDomainName,CustomerCountry,InvoiceNumber,MpnId,ResellerMpnId,OrderId,OrderDate,ProductId,SkuId,AvailabilityId,SkuName,ProductName,ChargeType,UnitPrice,Quantity,Subtotal,TaxTotal,Total,Currency,PriceAdjustmentDescription,PublisherName,PublisherId,SubscriptionDescription,SubscriptionId,ChargeStartDate,ChargeEndDate,TermAndBillingCycle,EffectiveUnitPrice,UnitType,AlternateId,BillableQuantity,BillingFrequency,PricingCurrency,PCToBCExchangeRate,PCToBCExchangeRateDate,MeterDescription,ReservationOrderId,CreditReasonCode,SubscriptionStartDate,SubscriptionEndDate,ReferenceId,ProductQualifiers,PromotionId,ProductCategory";

const A: (&str, &str) = (
    "2f1c3d4e-5a6b-4c7d-8e9f-0a1b2c3d4e5f",
    "Boulangerie Dupré SARL",
);
const B: (&str, &str) = ("3a2b1c0d-5a6b-4c7d-8e9f-0a1b2c3d4e60", "Cabinet Roux");
const STANDARD: (&str, &str, &str) = ("CFQ7TTC0LDPB", "0001", "Microsoft 365 Business Standard");
const EXCHANGE: (&str, &str, &str) = ("CFQ7TTC0LH16", "0001", "Exchange Online (Plan 1)");

/// A November cycle charge of `seats` seats at `price`, as the invoice file writes it.
fn cycle(
    customer: (&str, &str),
    product: (&str, &str, &str),
    subscription: &str,
    seats: u32,
    price: &str,
    subtotal: &str,
) -> String {
    let (id, name) = customer;
    let (product_id, sku, sku_name) = product;
    let domain = format!("{}.onmicrosoft.com", &id[..8]);
    format!(
        "0e195b37-4574-4539-bc42-0e539b9684c0,{id},{name},{domain},FR,G012345678,4390934,,\
         51000001A1B2,1/10/2026,{product_id},{sku},{product_id}0B7N,{sku_name},{sku_name},\
         cycleCharge,{price},{seats},{subtotal},0,{subtotal},EUR,,Microsoft Corporation,,\
         {sku_name},{subscription},11/1/2026,11/30/2026,\"1 Year, Monthly\",{price},Licenses,,\
         {seats},Monthly,EUR,1,11/1/2026,,,,1/10/2026,1/9/2027,,,,OnlineServices"
    )
}

fn money_row(r: &MarginRowView) -> (Decimal, Decimal, Decimal, Decimal, Option<Decimal>) {
    (
        dec(&r.cost.amount),
        dec(&r.resale.amount),
        dec(&r.draft.amount),
        dec(&r.margin.amount),
        r.rate.as_deref().map(dec),
    )
}

fn row<'a>(rows: &'a [MarginRowView], name: &str) -> &'a MarginRowView {
    rows.iter()
        .find(|r| r.name == name)
        .unwrap_or_else(|| panic!("no row {name}"))
}

fn d(s: &str) -> Decimal {
    dec(s)
}

/// A book with the hand-made November imported and its two products priced in EUR:
/// Business Standard at 14.00 a month, Exchange at 5.00.
fn hand_made(dir: &Path) -> (Ardoise, Session) {
    let file = dir.join("november.csv");
    let lines = [
        cycle(
            A,
            STANDARD,
            "51000001-0000-4000-8000-000000000001",
            10,
            "11.70",
            "117.00",
        ),
        cycle(
            A,
            EXCHANGE,
            "51000001-0000-4000-8000-000000000002",
            3,
            "3.60",
            "10.80",
        ),
        cycle(
            B,
            STANDARD,
            "51000001-0000-4000-8000-000000000003",
            2,
            "11.70",
            "23.40",
        ),
    ];
    std::fs::write(&file, format!("{HEADER}\n{}\n", lines.join("\n"))).unwrap();
    let (b, s) = book(dir);
    b.save_partner(&s, &partner()).unwrap();
    b.partner_center_import(&s, &file.display().to_string(), true, Lang::En)
        .unwrap();
    for p in b.products(&s).unwrap() {
        let resale = if p.ms_product_id == STANDARD.0 {
            "14"
        } else {
            "5"
        };
        let form = PriceForm {
            currency: "EUR".into(),
            effective_from: "2020-01-01".into(),
            partner_cost: "1".into(),
            resale_price: resale.into(),
            markup_percent: String::new(),
        };
        b.add_price(&s, p.id, &form).unwrap();
    }
    (b, s)
}

/// Two customers, two products, one month: the cost, resale, margin and rate of each
/// customer, product and the total, to the cent, before and after an issue and a
/// partial credit note.
#[test]
fn the_margin_of_a_hand_made_month_is_right_to_the_cent() {
    let dir = tempfile::tempdir().unwrap();
    let (b, s) = hand_made(dir.path());
    let drafts = bill(&b, &s, "2026-11");
    assert_eq!(drafts.len(), 2);

    let m = b.margin(&s, "2026-11", Lang::En).unwrap();
    assert_eq!(
        money_row(row(&m.customers, A.1)),
        (
            d("127.80"),
            d("155"),
            d("155"),
            d("27.20"),
            Some(d("17.55"))
        )
    );
    assert_eq!(
        money_row(row(&m.customers, B.1)),
        (d("23.40"), d("28"), d("28"), d("4.60"), Some(d("16.43")))
    );
    assert_eq!(
        money_row(row(&m.products, STANDARD.2)),
        (
            d("140.40"),
            d("168"),
            d("168"),
            d("27.60"),
            Some(d("16.43"))
        )
    );
    assert_eq!(
        money_row(row(&m.products, EXCHANGE.2)),
        (d("10.80"), d("15"), d("15"), d("4.20"), Some(d("28")))
    );
    assert_eq!(m.totals.len(), 1);
    assert_eq!(
        money_row(&m.totals[0]),
        (
            d("151.20"),
            d("183"),
            d("183"),
            d("31.80"),
            Some(d("17.38"))
        )
    );

    // Issued, then 12.00 credited to the first customer (10.00 before VAT at 20 %).
    b.issue_invoices(&s, &drafts).unwrap();
    let first = b
        .invoices(&s, &Default::default())
        .unwrap()
        .into_iter()
        .find(|i| i.customer_name == A.1)
        .unwrap();
    b.credit_invoice(&s, first.id, Some("12.00"), "Geste commercial")
        .unwrap();
    let m = b.margin(&s, "2026-11", Lang::En).unwrap();
    assert_eq!(
        money_row(row(&m.customers, A.1)),
        (d("127.80"), d("145"), d("0"), d("17.20"), Some(d("11.86")))
    );
    assert_eq!(
        money_row(row(&m.products, "Credit notes without a product")),
        (d("0"), d("-10"), d("0"), d("-10"), None)
    );
    assert_eq!(
        money_row(&m.totals[0]),
        (d("151.20"), d("173"), d("0"), d("21.80"), Some(d("12.6")))
    );

    // The CSV a French spreadsheet opens: semicolons, decimal commas, French words.
    let csv = b.margin_csv_text(&s, "2026-11", Lang::Fr).unwrap();
    let mut csv_lines = csv.lines();
    assert_eq!(
        csv_lines.next(),
        Some("Type;Nom;Devise;Coût Microsoft;Revente;dont brouillons;Marge;Taux de marge")
    );
    assert!(
        csv.contains("Client;Boulangerie Dupré SARL;EUR;127,80;145,00;0,00;17,20;11,86"),
        "{csv}"
    );
    assert!(
        csv.contains("Total;;EUR;151,20;173,00;0,00;21,80;12,60"),
        "{csv}"
    );
}

/// A subscription Microsoft did not charge in November, billed by the run: a line
/// billed but no longer charged; every other line re-billed, seats equal.
#[test]
fn a_line_microsoft_no_longer_charges_is_listed() {
    let dir = tempfile::tempdir().unwrap();
    let (b, s) = hand_made(dir.path());
    let cabinet = b
        .subscriptions(&s, None)
        .unwrap()
        .into_iter()
        .find(|r| r.customer_name == B.1)
        .unwrap();
    let mut form = b.subscription_form(&s, cabinet.id).unwrap();
    let exchange = b
        .products(&s)
        .unwrap()
        .into_iter()
        .find(|p| p.ms_product_id == EXCHANGE.0)
        .unwrap();
    form.product_id = exchange.id.to_string();
    form.quantity = "4".into();
    form.pc_subscription_id = "51000001-0000-4000-8000-000000000009".into();
    b.add_subscription(&s, cabinet.customer_id, &form).unwrap();
    bill(&b, &s, "2026-11");
    let r = b.reconcile(&s, "2026-11", Lang::Fr).unwrap();
    assert!(r.leaks.is_empty(), "{:?}", r.leaks);
    assert!(r.seats.is_empty(), "{:?}", r.seats);
    assert_eq!(r.uncharged.len(), 1, "{:?}", r.uncharged);
    let u = &r.uncharged[0];
    assert_eq!(u.customer, B.1);
    assert_eq!(u.pc_subscription_id, "51000001-0000-4000-8000-000000000009");
    assert_eq!((u.quantity.as_str(), dec(&u.net.amount)), ("4", d("20")));
    assert!(u.draft && u.invoice == "brouillon");
    assert_eq!((r.lines, r.lines_to_bill, r.lines_leaking), (3, 3, 0));
    assert_eq!(
        r.notes,
        [
            "Lignes Microsoft du mois\u{a0}: 3\u{a0}; facturées\u{a0}: 0\u{a0}; en brouillon, à émettre\u{a0}: 3\u{a0}; non refacturées\u{a0}: 0.",
            "Coût Microsoft du mois\u{a0}: 151,20\u{202f}€.",
            "Total des sous-totaux des fichiers du mois\u{a0}: 151,20\u{202f}€, égal au coût du mois.",
        ]
    );
    assert_eq!(r.title, "Rapprochement Microsoft de novembre 2026");
}
