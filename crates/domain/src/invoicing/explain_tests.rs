use super::*;
use crate::invoicing::Proration;
use rust_decimal_macros::dec;

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

fn line(kind: LineKind, description: &str, quantity: Decimal, unit_price: Decimal) -> InvoiceLine {
    InvoiceLine {
        kind,
        description: description.into(),
        subscription_id: None,
        service_start: Some(day(2026, 3, 1)),
        service_end: Some(day(2026, 3, 31)),
        quantity,
        unit_price,
        proration: None,
        vat_rate: dec!(20),
    }
}

fn invoice(vat: VatBasis, mention: Option<&str>, lines: Vec<LineFacts>) -> InvoiceFacts {
    InvoiceFacts {
        currency: Currency::EUR,
        vat,
        vat_mention: mention.map(str::to_string),
        lines,
    }
}

const NB: &str = "\u{a0}";
const NNB: &str = "\u{202f}";

#[test]
fn a_prorated_subscription_line_says_its_days_price_and_vat() {
    let mut l = line(
        LineKind::Subscription,
        "Microsoft 365 Business Standard",
        dec!(10),
        dec!(12.5),
    );
    l.service_start = Some(day(2026, 3, 20));
    l.proration = Some(Proration {
        days: 12,
        of_days: 31,
    });
    let inv = invoice(
        VatBasis::Domestic,
        None,
        vec![LineFacts {
            line: l,
            price_since: Some(day(2026, 1, 1)),
        }],
    );
    let fr = explain(&inv, Lang::Fr);
    assert_eq!(fr.len(), 1);
    // 10 × 12.50 × 12 / 31 = 48.387… → 48.39
    let expected = format!(
        "Ligne 1{NB}: «{NB}Microsoft 365 Business Standard{NB}», 48,39{NNB}€ HT. \
         Période couverte{NB}: du 20/03/2026 au 31/03/2026 inclus. \
         Quantité{NB}: 10 licences au prix unitaire de 12,50{NNB}€ HT pour la période. \
         Facturé au prorata des jours{NB}: 12 jours sur 31, soit 10 × 12,50{NNB}€ × 12/31. \
         Ce prix est en vigueur depuis le 01/01/2026. \
         TVA au taux de 20{NNB}%, calculée sur le total des lignes à ce taux."
    );
    assert_eq!(fr[0], expected);
    let en = explain(&inv, Lang::En);
    assert_eq!(
        en[0],
        "Line 1: “Microsoft 365 Business Standard”, €48.39 excluding VAT. \
         Period covered: 20 Mar 2026 to 31 Mar 2026 inclusive. \
         Quantity: 10 seats at a unit price of €12.50 excluding VAT for the period. \
         Prorated by days: 12 days of 31, that is 10 × €12.50 × 12/31. \
         This price has been in force since 1 Jan 2026. \
         VAT at 20%, computed on the total of the lines at that rate."
    );
}

#[test]
fn reverse_charge_quotes_the_invoice_mention() {
    let mut hours = line(LineKind::BillableHours, "Support", dec!(3.25), dec!(90));
    hours.vat_rate = dec!(0);
    let mut fee = line(LineKind::SupportFee, "Forfait", dec!(1), dec!(150));
    fee.vat_rate = dec!(0);
    let inv = invoice(
        VatBasis::ReverseCharge,
        Some("Autoliquidation"),
        vec![
            LineFacts {
                line: fee,
                price_since: Some(day(2025, 9, 1)),
            },
            LineFacts {
                line: hours,
                price_since: None,
            },
        ],
    );
    let fr = explain(&inv, Lang::Fr);
    assert!(fr[0].starts_with(&format!("Ligne 1{NB}: «{NB}Forfait{NB}», 150,00{NNB}€ HT.")));
    assert!(fr[0].contains(&format!(
        "Forfait mensuel du plan de support{NB}: 150,00{NNB}€ HT."
    )));
    assert!(fr[1].contains(&format!(
        "Temps facturé{NB}: 3 h 15 au taux horaire de 90,00{NNB}€ HT (3,25 h × 90,00{NNB}€)."
    )));
    assert!(fr[1].ends_with(&format!(
        "Pas de TVA facturée{NB}: autoliquidation, la TVA est due par votre entreprise («{NB}Autoliquidation{NB}»)."
    )));
    assert!(!fr[1].contains("en vigueur"), "{}", fr[1]);
    let en = explain(&inv, Lang::En);
    assert!(
        en[1].contains("Time billed: 3 h 15 min at an hourly rate of €90.00"),
        "{}",
        en[1]
    );
}

#[test]
fn outside_the_eu_without_a_stored_mention_uses_the_catalogue() {
    let mut l = line(LineKind::OneOff, "Installation", dec!(1.5), dec!(80.125));
    l.service_start = Some(day(2026, 3, 4));
    l.service_end = Some(day(2026, 3, 4));
    let inv = invoice(
        VatBasis::OutsideScope,
        None,
        vec![LineFacts {
            line: l,
            price_since: None,
        }],
    );
    let en = &explain(&inv, Lang::En)[0];
    // 1.5 × 80.125 = 120.1875 → 120.19; the unit price keeps its decimals.
    assert!(en
        .starts_with("Line 1: “Installation”, €120.19 excluding VAT. Period covered: 4 Mar 2026."));
    assert!(
        en.contains("Quantity: 1.5 at a unit price of €80.125 excluding VAT."),
        "{en}"
    );
    let mention = VatTreatment::OutsideScope.mention(Lang::En).unwrap();
    assert!(en.ends_with(&format!("(“{mention}”).")), "{en}");
}

#[test]
fn durations_read_as_people_say_them() {
    let cases = [
        (195, "3 h 15", "3 h 15 min"),
        (240, "4 h", "4 h"),
        (45, "45 min", "45 min"),
        (65, "1 h 05", "1 h 05 min"),
    ];
    for (minutes, fr, en) in cases {
        assert_eq!(duration(minutes, Lang::Fr), fr);
        assert_eq!(duration(minutes, Lang::En), en);
    }
}

#[test]
fn an_unknown_vat_code_reads_as_domestic() {
    assert_eq!(
        VatBasis::from_code("reverse_charge"),
        VatBasis::ReverseCharge
    );
    assert_eq!(VatBasis::from_code("outside_scope"), VatBasis::OutsideScope);
    assert_eq!(VatBasis::from_code("domestic"), VatBasis::Domestic);
}
