//! Generated files read back: every value the generator meant, in Microsoft's form and in
//! the French spreadsheet's, and the Subtotal total to the cent.

use ardoise_partner_center::generate::{generate, lines};
use ardoise_partner_center::{microsoft_cost, FileKind, Line, PcReader, Totals};
use proptest::prelude::*;

fn write(rows: u64, seed: u64, french: bool, kind: FileKind) -> (Vec<u8>, Totals) {
    let mut bytes = Vec::new();
    let totals = generate(rows, seed, french, kind, &mut bytes).unwrap();
    (bytes, totals)
}

fn read(bytes: &[u8]) -> (FileKind, Vec<Line>) {
    let reader = PcReader::new(bytes).unwrap();
    let kind = reader.kind();
    (kind, reader.collect::<Result<_, _>>().unwrap())
}

fn first_difference(read: &[Line], meant: &[Line]) -> Option<String> {
    read.iter()
        .zip(meant)
        .find(|(a, b)| a != b)
        .map(|(a, b)| format!("read:  {a:?}\nmeant: {b:?}"))
}

#[test]
fn every_kind_reads_back_as_generated_in_both_forms() {
    for kind in FileKind::ALL {
        let meant: Vec<Line> = lines(400, 11, kind).collect();
        for french in [false, true] {
            let (bytes, _) = write(400, 11, french, kind);
            let (found, read) = read(&bytes);
            assert_eq!(found, kind);
            assert_eq!(read.len(), meant.len());
            if let Some(d) = first_difference(&read, &meant) {
                panic!("{kind:?} french={french}\n{d}");
            }
        }
    }
}

#[test]
fn the_french_file_is_windows_1252_with_semicolons_and_decimal_commas() {
    let (bytes, _) = write(3000, 5, true, FileKind::NewCommerceInvoice);
    assert!(
        std::str::from_utf8(&bytes).is_err(),
        "accents in Windows-1252"
    );
    let first = bytes.split(|b| *b == b'\n').next().unwrap();
    assert!(first.ends_with(b"\r") && first.contains(&b';') && !first.contains(&b','));
    let (en, _) = write(300, 5, false, FileKind::NewCommerceInvoice);
    assert!(en.starts_with(b"\xEF\xBB\xBF"));
}

#[test]
fn every_charge_type_and_both_halves_of_a_change_are_generated() {
    use ardoise_partner_center::ChargeType::*;
    let all: Vec<Line> = lines(3000, 2, FileKind::NewCommerceInvoice).collect();
    for kind in [
        New,
        Renew,
        CycleCharge,
        AddQuantity,
        RemoveQuantity,
        CancelImmediate,
        Convert,
        MoveQuantity,
        ChangeBillingPlan,
        CustomerCredit,
    ] {
        assert!(all.iter().any(|l| l.charge_type == kind), "{kind:?}");
    }
    let pairs = all.windows(2).filter(|w| {
        w[0].reference_id.is_some()
            && w[0].reference_id == w[1].reference_id
            && w[0].is_refund()
            && !w[1].is_refund()
    });
    assert!(pairs.count() > 100);
    assert!(all.iter().any(|l| l.meter.is_some() && l.currency != "USD"));
}

#[test]
fn every_generated_subtotal_is_microsofts_rounding() {
    for kind in [FileKind::NewCommerceInvoice, FileKind::DailyRatedUsage] {
        for line in lines(2000, 9, kind) {
            assert_eq!(microsoft_cost(&line), Some(line.subtotal), "{line:?}");
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(40))]

    /// The imported cost is the file's Subtotal total, whatever the file.
    #[test]
    fn the_subtotal_total_is_the_generators(
        rows in 0u64..400, seed in any::<u64>(), french in any::<bool>(), kind in 0usize..3,
    ) {
        let kind = FileKind::ALL[kind];
        let (bytes, meant) = write(rows, seed, french, kind);
        let reader = PcReader::new(bytes.as_slice());
        if rows == 0 {
            prop_assert!(reader.is_ok());
            prop_assert!(matches!(reader.unwrap().next(), Some(Err(_))));
            return Ok(());
        }
        let mut totals = Totals::default();
        for line in reader.unwrap() {
            totals.add(&line.unwrap());
        }
        prop_assert_eq!(totals, meant);
    }

    /// The same rows saved again by a French spreadsheet read as the same values.
    #[test]
    fn the_french_variant_reads_as_the_same_values(
        rows in 1u64..200, seed in any::<u64>(), kind in 0usize..3,
    ) {
        let kind = FileKind::ALL[kind];
        let (en, _) = write(rows, seed, false, kind);
        let (fr, _) = write(rows, seed, true, kind);
        prop_assert_eq!(read(&en), read(&fr));
    }
}
