use rust_decimal_macros::dec;

use super::*;

const CAMT_02: &[u8] = include_bytes!("../../tests/fixtures/bank/camt.053.001.02.xml");
const CAMT_08: &[u8] = include_bytes!("../../tests/fixtures/bank/camt.053.001.08.xml");
const CAMT_BATCH: &[u8] = include_bytes!("../../tests/fixtures/bank/camt.053.001.08-batch.xml");
const CAMT_CUT: &[u8] = include_bytes!("../../tests/fixtures/bank/camt.053.truncated.xml");
const OFX_1: &[u8] = include_bytes!("../../tests/fixtures/bank/ofx-1.02-sgml.ofx");
const OFX_2: &[u8] = include_bytes!("../../tests/fixtures/bank/ofx-2.2.ofx");
const CSV_1252: &[u8] = include_bytes!("../../tests/fixtures/bank/banque-populaire.csv");

fn d(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

fn eur(a: rust_decimal::Decimal) -> Money {
    Money::new(a, Currency::EUR)
}

#[test]
fn camt_053_001_02_booked_entries_with_their_parties() {
    let s = parse(CAMT_02).unwrap();
    assert_eq!(s.kind, FileKind::Camt053);
    assert_eq!(s.account, "FR7630006000011234567890189");
    // The pending entry is not on the account yet.
    assert_eq!(s.lines.len(), 3);
    let first = &s.lines[0];
    assert_eq!(first.position, 1);
    assert_eq!(first.booked_on, d("2026-11-13"));
    assert_eq!(first.amount, eur(dec!(1075.26)));
    assert_eq!(first.direction, Direction::Credit);
    assert_eq!(first.label, "VIR SEPA FACTURE F2026-00023");
    assert_eq!(first.payer_name.as_deref(), Some("CABINET LAMBERT SARL"));
    assert_eq!(
        first.payer_iban.as_deref(),
        Some("FR1420041010050500013M02606")
    );
    assert_eq!(first.identity, "ref:2026111300017");
    let second = &s.lines[1];
    assert_eq!(second.reference.as_deref(), Some("C-000002"));
    assert_eq!(
        second.payer_name.as_deref(),
        Some("Transports Mercier & Fils")
    );
    let third = &s.lines[2];
    assert_eq!(third.direction, Direction::Debit);
    assert_eq!(third.label, "PRLV SEPA EDF");
}

#[test]
fn camt_053_001_08_debtor_under_party_and_lines_without_reference() {
    let s = parse(CAMT_08).unwrap();
    assert_eq!(s.account, "FR7630004000031234567890143");
    assert_eq!(s.lines.len(), 3);
    let first = &s.lines[0];
    assert_eq!(first.booked_on, d("2026-11-19"));
    assert_eq!(first.payer_name.as_deref(), Some("Boulangerie Dupré"));
    assert_eq!(first.label, "Reglement factures F2026-00101 et F2026 00102");
    // Two equal lines without a bank reference stay two lines, named the same way at
    // every reading.
    let (a, b) = (&s.lines[1].identity, &s.lines[2].identity);
    assert!(a.starts_with("hash:") && b.starts_with("hash:"));
    assert_ne!(a, b);
    assert_eq!(parse(CAMT_08).unwrap().lines[2].identity, *b);
}

#[test]
fn a_truncated_camt_file_is_refused_as_such() {
    assert_eq!(parse(CAMT_CUT), Err(BankFileError::Truncated));
}

#[test]
fn a_batch_entry_is_one_line_per_transaction_named_by_the_entry_and_its_rank() {
    let s = parse(CAMT_BATCH).unwrap();
    let amounts: Vec<Money> = s.lines.iter().map(|l| l.amount).collect();
    assert_eq!(
        amounts,
        [
            eur(dec!(1075.26)),
            eur(dec!(412.00)),
            eur(dec!(249.44)),
            eur(dec!(300.00)),
            eur(dec!(86.40)),
        ]
    );
    let identities: Vec<&str> = s.lines.iter().map(|l| l.identity.as_str()).collect();
    assert_eq!(
        identities,
        [
            "ref:2026112100042/1",
            "ref:2026112100042/2",
            "ref:2026112100042/3",
            "ref:2026112100043",
            "ref:2026112100044",
        ]
    );
    let positions: Vec<usize> = s.lines.iter().map(|l| l.position).collect();
    assert_eq!(positions, [1, 2, 3, 4, 5]);
    // Each transaction keeps its own payer, remittance and reference.
    let [a, b, c] = [&s.lines[0], &s.lines[1], &s.lines[2]];
    assert_eq!(a.label, "VIR SEPA FACTURE F2026-00023");
    assert_eq!(a.payer_name.as_deref(), Some("CABINET LAMBERT SARL"));
    assert_eq!(a.payer_iban.as_deref(), Some("FR1420041010050500013M02606"));
    // The amount in the account's currency, not the one the payer instructed.
    assert_eq!(b.payer_name.as_deref(), Some("Transports Mercier & Fils"));
    assert_eq!(
        (b.reference.as_deref(), b.payer_iban.as_deref()),
        (Some("C-000002"), None)
    );
    assert_eq!(c.label, "F2026-00101");
    assert_eq!(c.payer_name.as_deref(), Some("Boulangerie Dupré"));
    assert!(s.lines[..3]
        .iter()
        .all(|l| l.booked_on == d("2026-11-21") && l.direction == Direction::Credit));
    // Transactions that do not say their amounts cannot be split: the entry stays whole.
    let whole = &s.lines[3];
    assert_eq!(whole.label, "ACOMPTE LOYER");
    assert_eq!(whole.payer_name.as_deref(), Some("SARL DURAND"));
    assert_eq!(s.lines[4].direction, Direction::Debit);
    // Read again, the same identities: a reimport adds nothing.
    assert_eq!(parse(CAMT_BATCH).unwrap(), s);
}

#[test]
fn a_batch_is_split_only_when_its_transactions_make_its_amount() {
    let text = std::str::from_utf8(CAMT_BATCH).unwrap();
    // The bank took a fee off the batch: 1733.40 received for 1736.70 sent.
    let short = text.replacen(
        "<Amt Ccy=\"EUR\">1736.70</Amt>",
        "<Amt Ccy=\"EUR\">1733.40</Amt>",
        1,
    );
    let s = parse(short.as_bytes()).unwrap();
    assert_eq!(s.lines.len(), 3);
    assert_eq!(s.lines[0].amount, eur(dec!(1733.40)));
    assert_eq!(s.lines[0].identity, "ref:2026112100042");
    assert_eq!(
        s.lines[0].payer_name.as_deref(),
        Some("CABINET LAMBERT SARL")
    );
    assert_eq!(s.lines[0].label, "VIR SEPA FACTURE F2026-00023 F2026-00101");
}

#[test]
fn a_reference_the_file_repeats_names_each_line_apart() {
    let text = std::str::from_utf8(CAMT_BATCH)
        .unwrap()
        .replace("2026112100043", "2026112100044");
    let s = parse(text.as_bytes()).unwrap();
    assert_eq!(s.lines[3].identity, "ref:2026112100044");
    assert_eq!(s.lines[4].identity, "ref:2026112100044#2");
}

#[test]
fn other_files_are_not_statements() {
    for bytes in [
        &b"%PDF-1.7 hello"[..],
        b"<html><body>camt</body></html>",
        b"",
        b"\xff\xfe\x00garbage",
    ] {
        assert_eq!(parse(bytes), Err(BankFileError::NotABankFile), "{bytes:?}");
    }
}

#[test]
fn ofx_1_sgml_in_windows_1252_with_decimal_commas() {
    let s = parse(OFX_1).unwrap();
    assert_eq!(s.kind, FileKind::Ofx);
    assert_eq!(s.account, "12345678901");
    assert_eq!(s.lines.len(), 2);
    let first = &s.lines[0];
    assert_eq!(first.amount, eur(dec!(832.26)));
    assert_eq!(first.direction, Direction::Credit);
    assert_eq!(first.booked_on, d("2026-11-12"));
    assert_eq!(first.label, "VIR CABINET LAMBERT F2026-00019 Règlement");
    assert_eq!(first.identity, "ref:OFX2026111200042");
    assert_eq!(s.lines[1].direction, Direction::Debit);
    assert_eq!(s.lines[1].amount, eur(dec!(42.00)));
}

#[test]
fn ofx_2_xml() {
    let s = parse(OFX_2).unwrap();
    assert_eq!(s.account, "FR7630004000031234567890143");
    assert_eq!(s.lines.len(), 2);
    assert_eq!(s.lines[0].booked_on, d("2026-11-14"));
    assert_eq!(
        s.lines[0].payer_name.as_deref(),
        Some("GARAGE ROUSSEAU SAS")
    );
    assert_eq!(s.lines[1].direction, Direction::Debit);
}

#[test]
fn a_truncated_ofx_file_is_refused() {
    let cut = &OFX_2[..OFX_2.len() - 200];
    assert_eq!(parse(cut), Err(BankFileError::Truncated));
}

fn mapping() -> CsvMapping {
    CsvMapping {
        date: "Date".into(),
        amount: None,
        debit: Some("Débit".into()),
        credit: Some("Crédit".into()),
        label: "Libellé".into(),
        payer: Some("Tiers".into()),
        reference: None,
    }
}

#[test]
fn csv_in_windows_1252_with_semicolons_and_day_first_dates() {
    assert_eq!(
        csv_columns(CSV_1252),
        vec!["Date", "Libellé", "Débit", "Crédit", "Tiers"]
    );
    let s = parse_csv(CSV_1252, &mapping(), "Banque Populaire", Currency::EUR).unwrap();
    assert_eq!(s.lines.len(), 3);
    assert_eq!(s.lines[0].booked_on, d("2026-11-13"));
    assert_eq!(s.lines[0].amount, eur(dec!(1075.26)));
    assert_eq!(s.lines[1].direction, Direction::Debit);
    assert_eq!(s.lines[2].label, "VIR M. Pérez réf C-000002");
    assert_eq!(s.lines[2].payer_name.as_deref(), Some("PEREZ"));
}

#[test]
fn csv_whose_mapped_columns_are_missing_is_refused_with_their_names() {
    let mut m = mapping();
    m.payer = Some("Payeur".into());
    m.label = "Motif".into();
    assert_eq!(
        parse_csv(CSV_1252, &m, "x", Currency::EUR),
        Err(BankFileError::MissingColumns {
            columns: "Motif, Payeur".into()
        })
    );
    m.amount = None;
    m.credit = None;
    assert_eq!(
        parse_csv(CSV_1252, &m, "x", Currency::EUR),
        Err(BankFileError::IncompleteMapping)
    );
}

#[test]
fn csv_utf8_with_bom_and_commas() {
    let text = "\u{feff}date,amount,label\n2026-11-02,\"1250,50\",VIR F2026-00001\n";
    let m = CsvMapping {
        date: "date".into(),
        amount: Some("amount".into()),
        label: "label".into(),
        ..Default::default()
    };
    let s = parse_csv(text.as_bytes(), &m, "acct", Currency::EUR).unwrap();
    assert_eq!(s.lines[0].amount, eur(dec!(1250.50)));
}

#[test]
fn every_refusal_reads_in_both_languages() {
    let all = [
        BankFileError::NotABankFile,
        BankFileError::Truncated,
        BankFileError::Unreadable {
            position: 3,
            what: "amount",
        },
        BankFileError::MissingColumns {
            columns: "Motif".into(),
        },
        BankFileError::IncompleteMapping,
        BankFileError::Empty,
    ];
    for e in all {
        let fr = e.message(Lang::Fr);
        let en = e.message(Lang::En);
        assert!(fr.contains("Rien n’a été enregistré"), "{fr}");
        assert!(en.contains("Nothing was saved"), "{en}");
    }
    assert!(BankFileError::Unreadable {
        position: 3,
        what: "amount"
    }
    .message(Lang::Fr)
    .contains("montant"));
}

use crate::Lang;

/// What the mapping step shows is read as the statement will be: Windows-1252 accents
/// and the € sign, blank rows skipped, as many rows as asked.
#[test]
fn a_csv_sample_reads_a_windows_1252_export_with_its_accents() {
    let bytes =
        b"Date;Libell\xe9;D\xe9bit\n;;\n24/11/2026;REGLEMENT \x80 \x92;12,00\n25/11/2026;B;1\n";
    let (columns, rows) = csv_sample(bytes, 1);
    assert_eq!(columns, ["Date", "Libellé", "Débit"]);
    assert_eq!(rows, [["24/11/2026", "REGLEMENT € ’", "12,00"]]);
    assert_eq!(
        csv_sample("\u{feff}Libellé;X".as_bytes(), 5).0,
        ["Libellé", "X"]
    );
}
