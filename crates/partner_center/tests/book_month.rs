//! A month of Microsoft's billing written from a book's own customers reads back as the
//! lines it was made of, in both forms, with the differences it promises.

use ardoise_partner_center::generate::{book_month, write_lines, BookCustomer, BookSubscription};
use ardoise_partner_center::{read_each, ChargeType, FileKind, Frequency, Line, Term};
use chrono::NaiveDate;
use rust_decimal::Decimal;

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

fn sub(n: u32, frequency: Frequency, start: NaiveDate, cost: &str) -> BookSubscription {
    BookSubscription {
        id: format!("00000000-0000-4000-8000-{n:012}"),
        product_id: "CFQ7TTC0LH18".into(),
        sku_id: "0001".into(),
        name: "Microsoft 365 Business Standard".into(),
        seats: n,
        term: if frequency == Frequency::Monthly {
            Term::Monthly
        } else {
            Term::Annual
        },
        frequency,
        start,
        monthly_cost: cost.parse().unwrap(),
    }
}

fn book() -> Vec<BookCustomer> {
    (0..3)
        .map(|c| BookCustomer {
            tenant: format!("11111111-0000-4000-8000-{c:012}"),
            name: format!("Client {c}"),
            domain: Some(format!("client{c}.fr")),
            country: "FR".into(),
            currency: "EUR".into(),
            subscriptions: (1..=5)
                .map(|k| {
                    let n = c * 10 + k;
                    match k {
                        4 => sub(n, Frequency::Annual, day(2025, 11, 3), "10.20"),
                        5 => sub(n, Frequency::Monthly, day(2025, 1, 1), "0"),
                        _ => sub(n, Frequency::Monthly, day(2026, 11, 1 + k), "10.20"),
                    }
                })
                .collect(),
        })
        .collect()
}

fn read_back(lines: &[Line], kind: FileKind, french: bool) -> Vec<Line> {
    let mut bytes = Vec::new();
    let totals = write_lines(kind, french, lines.to_vec(), &mut bytes).unwrap();
    assert_eq!(totals.lines, lines.len() as u64);
    let mut read = Vec::new();
    assert_eq!(read_each(&bytes[..], |l| read.push(l)).unwrap(), kind);
    read
}

#[test]
fn the_invoice_file_bills_the_books_seats_with_the_months_differences() {
    let lines = book_month(&book(), day(2026, 11, 15), FileKind::NewCommerceInvoice, 7);
    for french in [false, true] {
        let read = read_back(&lines, FileKind::NewCommerceInvoice, french);
        assert_eq!(read.len(), lines.len());
        let sum = |ls: &[Line]| ls.iter().map(|l| l.subtotal).sum::<Decimal>();
        assert_eq!(sum(&read), sum(&lines), "french: {french}");
    }
    // Nine monthly subscriptions (three a customer, none consumption), three annual ones
    // renewed in November, and one bought in Partner Center only.
    let renewals: Vec<_> = lines
        .iter()
        .filter(|l| l.charge_type == ChargeType::Renew)
        .collect();
    assert_eq!(renewals.len(), 3);
    assert_eq!(renewals[0].unit_price, Decimal::new(12240, 2));
    let known: Vec<String> = book()
        .iter()
        .flat_map(|c| c.subscriptions.iter().map(|s| s.id.clone()))
        .collect();
    let unknown: Vec<_> = lines
        .iter()
        .filter(|l| !known.contains(&l.subscription_id))
        .collect();
    assert_eq!(unknown.len(), 1, "one subscription the book lacks");
    assert_eq!(unknown[0].charge_start, Some(day(2026, 11, 12)));
    // Started mid-month: prorated by days, as Microsoft does.
    let started = lines
        .iter()
        .find(|l| l.subscription_id.ends_with("000000000002"))
        .unwrap();
    assert_eq!(started.charge_type, ChargeType::New);
    assert!(started.effective_unit_price.unwrap() < started.unit_price);
    let differing = lines
        .iter()
        .filter(|l| {
            book()
                .iter()
                .flat_map(|c| c.subscriptions.clone())
                .any(|s| s.id == l.subscription_id && Decimal::from(s.seats) != l.quantity)
        })
        .count();
    assert_eq!(
        differing, 1,
        "every ninth monthly subscription has two more seats"
    );
}

#[test]
fn the_usage_file_has_each_azure_plans_days() {
    let lines = book_month(&book(), day(2026, 11, 1), FileKind::DailyRatedUsage, 7);
    assert_eq!(
        lines.len(),
        3 * 3 * 30,
        "three plans, three meters, thirty days"
    );
    let read = read_back(&lines, FileKind::DailyRatedUsage, false);
    assert!(read
        .iter()
        .all(|l| l.meter.is_some() && l.charge_start == l.charge_end));
    assert!(read.iter().all(|l| l.subscription_id.ends_with("5")));
}
