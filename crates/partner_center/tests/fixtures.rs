//! Files written from Microsoft's documentation of each reconciliation file, read back:
//! one test per charge type (the refund and charge lines of a change included), the
//! French spreadsheet's copy, the totals and seats to the cent and the seat.

use std::collections::BTreeMap;

use ardoise_partner_center::{
    microsoft_cost, ChargeType, FileKind, Frequency, Line, PcReader, Seats, Term, Totals,
};
use chrono::NaiveDate;
use rust_decimal::Decimal;
use rust_decimal_macros::dec;

const NEW_COMMERCE: &[u8] = include_bytes!("fixtures/new-commerce-invoice.csv");
const NEW_COMMERCE_FR: &[u8] = include_bytes!("fixtures/new-commerce-invoice-fr.csv");
const DAILY: &[u8] = include_bytes!("fixtures/daily-rated-usage.csv");
const LEGACY: &[u8] = include_bytes!("fixtures/legacy-license-based.csv");

fn read(bytes: &[u8]) -> (FileKind, Vec<Line>) {
    let reader = PcReader::new(bytes).unwrap();
    let kind = reader.kind();
    (kind, reader.collect::<Result<_, _>>().unwrap())
}

fn new_commerce() -> Vec<Line> {
    read(NEW_COMMERCE).1
}

fn at(lines: &[Line], line: u64) -> &Line {
    lines.iter().find(|l| l.line == line).unwrap()
}

fn d(y: i32, m: u32, day: u32) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(y, m, day)
}

fn totals(lines: &[Line]) -> BTreeMap<String, Decimal> {
    let mut t = Totals::default();
    lines.iter().for_each(|l| t.add(l));
    t.subtotal
}

fn seats(lines: &[Line]) -> BTreeMap<String, Decimal> {
    let mut s = Seats::new();
    lines.iter().for_each(|l| s.add(l));
    s.finish()
}

fn sub(n: u64) -> String {
    format!("{:08x}-0000-4000-8000-{:012x}", 0x5100_0000 + n, n)
}

/// A change is two lines: the refund of what was held and the charge of what is held.
fn assert_pair(lines: &[Line], refund: u64, charge: u64, kind: ChargeType) -> (Line, Line) {
    let (r, c) = (at(lines, refund).clone(), at(lines, charge).clone());
    assert_eq!((r.charge_type, c.charge_type), (kind, kind));
    assert!(r.is_refund() && !c.is_refund());
    assert!(r.reference_id.is_some());
    assert_eq!(r.reference_id, c.reference_id);
    assert_eq!(r.charge_start, c.charge_start);
    (r, c)
}

#[test]
fn the_new_commerce_file_is_recognised_and_read_whole() {
    let (kind, lines) = read(NEW_COMMERCE);
    assert_eq!(kind, FileKind::NewCommerceInvoice);
    assert_eq!(lines.len(), 16);
    assert_eq!(lines.first().unwrap().line, 2);
    assert_eq!(lines.last().unwrap().line, 17);
    let gb = at(&lines, 6);
    assert_eq!(gb.customer_name, "Harbour & Kingsway, Ltd");
    assert_eq!(gb.reseller_mpn_id.as_deref(), Some("6048879"));
    assert_eq!(at(&lines, 2).customer_name, "Boulangerie Dupré SARL");
    assert_eq!(at(&lines, 2).customer_country.as_deref(), Some("FR"));
}

#[test]
fn the_subtotal_column_totals_to_the_cent_and_each_line_is_microsofts_rounding() {
    let lines = new_commerce();
    let expected = BTreeMap::from([
        ("EUR".to_string(), dec!(243.71)),
        ("GBP".to_string(), dec!(6212.90)),
        ("USD".to_string(), dec!(-9.15)),
    ]);
    assert_eq!(totals(&lines), expected);
    for line in &lines {
        assert_eq!(
            microsoft_cost(line),
            Some(line.subtotal),
            "line {}",
            line.line
        );
    }
}

#[test]
fn seats_at_the_end_of_the_month_per_subscription() {
    let expected: BTreeMap<String, Decimal> = [
        (1, dec!(13)),
        (2, dec!(5)),
        (3, dec!(25)),
        (4, dec!(6)),
        (5, dec!(0)),
        (6, dec!(7)),
        (7, dec!(15)),
        (8, dec!(3)),
    ]
    .into_iter()
    .map(|(n, s)| (sub(n), s))
    .collect();
    assert_eq!(seats(&new_commerce()), expected);
    // Whichever order the file writes the two lines of a change in.
    let mut reversed = new_commerce();
    reversed.swap(1, 2);
    assert_eq!(seats(&reversed), expected);
}

#[test]
fn cycle_charge_bills_the_month_of_seats() {
    let lines = new_commerce();
    let l = at(&lines, 2);
    assert_eq!(l.charge_type, ChargeType::CycleCharge);
    assert_eq!(
        (l.unit_price, l.billed_quantity(), l.subtotal),
        (dec!(11.70), dec!(10), dec!(117.00))
    );
    assert_eq!(
        (l.charge_start, l.charge_end),
        (d(2026, 11, 1), d(2026, 11, 30))
    );
    assert_eq!(
        (l.term, l.frequency),
        (Some(Term::Annual), Some(Frequency::Monthly))
    );
    assert_eq!(l.order_date, d(2025, 10, 14));
}

#[test]
fn add_quantity_is_a_refund_and_a_charge_from_the_day_of_the_change() {
    let lines = new_commerce();
    let (r, c) = assert_pair(&lines, 3, 4, ChargeType::AddQuantity);
    assert_eq!((r.billed_quantity(), r.subtotal), (dec!(10), dec!(-58.50)));
    assert_eq!((c.billed_quantity(), c.subtotal), (dec!(13), dec!(76.05)));
    assert_eq!(c.charge_start, d(2026, 11, 16));
}

#[test]
fn new_is_prorated_to_twenty_decimals_and_rounded_down_per_seat() {
    let lines = new_commerce();
    let l = at(&lines, 5);
    assert_eq!(l.charge_type, ChargeType::New);
    let price = l.effective_unit_price.unwrap();
    assert_eq!(price.to_string(), "13.04666666666666666666");
    // ROUNDDOWN(13.0466…, 2) × 5 = 13.04 × 5, not 65.23.
    assert_eq!(l.subtotal, dec!(65.20));
    assert_eq!(l.subscription_start, d(2026, 11, 12));
}

#[test]
fn renew_bills_a_year_at_once() {
    let lines = new_commerce();
    let l = at(&lines, 6);
    assert_eq!(l.charge_type, ChargeType::Renew);
    assert_eq!(
        (l.term, l.frequency),
        (Some(Term::Annual), Some(Frequency::Annual))
    );
    assert_eq!((l.subtotal, l.currency.as_str()), (dec!(5940.00), "GBP"));
    assert_eq!(l.charge_end, d(2027, 11, 2));
}

#[test]
fn remove_quantity_is_a_refund_and_a_smaller_charge() {
    let lines = new_commerce();
    let (r, c) = assert_pair(&lines, 7, 8, ChargeType::RemoveQuantity);
    assert_eq!((r.billed_quantity(), r.subtotal), (dec!(8), dec!(-8.80)));
    assert_eq!((c.billed_quantity(), c.subtotal), (dec!(6), dec!(6.60)));
    assert_eq!(r.term, Some(Term::Monthly));
}

#[test]
fn cancel_immediate_refunds_and_leaves_no_seat() {
    let lines = new_commerce();
    let l = at(&lines, 9);
    assert_eq!(l.charge_type, ChargeType::CancelImmediate);
    assert!(l.is_refund());
    assert_eq!(l.subtotal, dec!(-16.00));
    assert_eq!(seats(&lines)[&sub(5)], Decimal::ZERO);
}

#[test]
fn convert_refunds_one_product_and_charges_another() {
    let lines = new_commerce();
    let (r, c) = assert_pair(&lines, 10, 11, ChargeType::Convert);
    assert_eq!(r.sku_name, "Microsoft 365 Business Basic");
    assert_eq!(c.sku_name, "Microsoft 365 Business Standard");
    assert_ne!(r.product_id, c.product_id);
    assert_eq!((r.subtotal, c.subtotal), (dec!(-29.40), dec!(61.25)));
}

#[test]
fn move_quantity_rounds_down_the_refund_as_the_charge() {
    let lines = new_commerce();
    let (r, c) = assert_pair(&lines, 12, 13, ChargeType::MoveQuantity);
    assert_eq!(
        r.effective_unit_price.unwrap(),
        dec!(-2.42666666666666666666)
    );
    // Towards zero for a refund too: -2.42 × 20, not -2.43 × 20.
    assert_eq!((r.subtotal, c.subtotal), (dec!(-48.40), dec!(36.30)));
}

#[test]
fn change_billing_plan_moves_from_monthly_to_annual_billing() {
    let lines = new_commerce();
    let (r, c) = assert_pair(&lines, 14, 15, ChargeType::ChangeBillingPlan);
    assert_eq!(r.frequency, Some(Frequency::Monthly));
    assert_eq!(c.frequency, Some(Frequency::Annual));
    assert_eq!(c.effective_unit_price.unwrap().scale(), 20);
    assert_eq!((r.subtotal, c.subtotal), (dec!(-19.68), dec!(294.78)));
}

#[test]
fn customer_credit_is_a_credit_and_no_seat() {
    let lines = new_commerce();
    let l = at(&lines, 16);
    assert_eq!(l.charge_type, ChargeType::CustomerCredit);
    assert_eq!(l.subtotal, dec!(-25.00));
    let only_credit = vec![l.clone()];
    assert!(seats(&only_credit).is_empty());
}

#[test]
fn azure_usage_in_the_invoice_file_is_converted_and_rounded_twice() {
    let lines = new_commerce();
    let l = at(&lines, 17);
    assert!(l.meter.as_ref().unwrap().description.is_some());
    assert_eq!(l.pricing_currency.as_deref(), Some("USD"));
    assert_eq!(l.exchange_rate, Some(dec!(0.9234567)));
    // ROUNDDOWN(ROUNDDOWN(0.0816 × 744, 2) × 0.9234567, 2) = ROUNDDOWN(60.71 × 0.92…, 2).
    assert_eq!(l.subtotal, dec!(56.06));
    assert_eq!((l.term, l.frequency), (None, None));
}

#[test]
fn the_french_spreadsheets_copy_reads_as_the_same_values() {
    // "Dupré" in Windows-1252: é is the single byte E9.
    assert!(NEW_COMMERCE_FR.windows(5).any(|w| w == b"Dupr\xe9"));
    let reader = PcReader::new(NEW_COMMERCE_FR).unwrap();
    assert_eq!(reader.locale().separator, b';');
    assert!(reader.locale().day_first);
    let (kind, lines) = read(NEW_COMMERCE_FR);
    assert_eq!(kind, FileKind::NewCommerceInvoice);
    assert_eq!(lines, new_commerce());
}

#[test]
fn the_daily_rated_usage_file() {
    let (kind, lines) = read(DAILY);
    assert_eq!(kind, FileKind::DailyRatedUsage);
    assert_eq!(lines.len(), 4);
    let vm = &lines[0];
    let meter = vm.meter.as_ref().unwrap();
    assert_eq!(meter.name.as_deref(), Some("D2 v3/D2s v3"));
    assert_eq!(meter.category.as_deref(), Some("Virtual Machines"));
    assert_eq!(
        (vm.charge_start, vm.charge_end),
        (d(2026, 11, 1), d(2026, 11, 1))
    );
    assert_eq!(vm.reseller_mpn_id, None);
    assert_eq!(vm.pec_percentage, Some(dec!(15)));
    assert_eq!(lines[2].quantity, dec!(0.000512));
    assert_eq!(lines[2].subtotal, Decimal::ZERO);
    for line in &lines {
        assert_eq!(
            microsoft_cost(line),
            Some(line.subtotal),
            "line {}",
            line.line
        );
    }
    let expected = BTreeMap::from([
        ("EUR".to_string(), dec!(4.38)),
        ("USD".to_string(), dec!(10.28)),
    ]);
    assert_eq!(totals(&lines), expected);
    assert!(seats(&lines).is_empty(), "usage holds no seat");
}

#[test]
fn the_legacy_files_phrases_have_their_new_commerce_meaning() {
    let (kind, lines) = read(LEGACY);
    assert_eq!(kind, FileKind::LegacyLicenseBased);
    let types: Vec<ChargeType> = lines.iter().map(|l| l.charge_type).collect();
    use ChargeType::*;
    assert_eq!(
        types,
        [
            CycleCharge,
            New,
            QuantityChange,
            QuantityChange,
            CancelImmediate,
            CustomerCredit,
            Renew
        ]
    );
    let first = &lines[0];
    assert_eq!(
        first.subscription_id,
        "aaaa0a0a-bb1b-cc2c-dd3d-eeeeee4e4e4e"
    );
    assert_eq!(first.product_id, "91FD106F-4B2C-4938-95AC-F54F74E9A239");
    assert_eq!(first.sku_name, "Office 365 Enterprise E3");
    assert_eq!(
        (first.subtotal, first.tax_total, first.total),
        (dec!(240.00), Some(dec!(48.00)), Some(dec!(288.00)))
    );
    assert_eq!(
        first.customer_domain.as_deref(),
        Some("boulangeriedupre.onmicrosoft.com")
    );
    assert_eq!(lines[6].frequency, Some(Frequency::Annual));
    assert_eq!(microsoft_cost(first), None, "the legacy Amount is the cost");
    let s = seats(&lines);
    assert_eq!(s["aaaa0a0a-bb1b-cc2c-dd3d-eeeeee4e4e4e"], dec!(10));
    assert_eq!(s["bbbb1b1b-cc2c-dd3d-ee4e-ffffff5f5f5f"], dec!(3));
    assert_eq!(s["cccc2c2c-dd3d-ee4e-ff5f-000000606060"], dec!(0));
    assert_eq!(s["dddd3d3d-ee4e-ff5f-0060-111111717171"], dec!(10));
}

#[test]
fn a_windows_1252_file_is_decoded_as_such_even_where_its_bytes_would_be_utf8() {
    // "Ã©" in Windows-1252 is the bytes C3 A9, which UTF-8 would read as "é".
    let mut bytes = NEW_COMMERCE_FR.to_vec();
    let from = bytes.windows(11).position(|w| w == b"Northwind T").unwrap();
    bytes.splice(from..from + 9, b"Caf\xc3\xa9 Wind".iter().copied());
    let (_, lines) = read(&bytes);
    assert_eq!(at(&lines, 9).customer_name, "CafÃ© Wind Traders LLC");
}
