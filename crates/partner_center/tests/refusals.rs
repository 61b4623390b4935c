//! Files refused, each with the file's line, the column's name and what was expected,
//! in French and in English.

use ardoise_partner_center::{Expected, FileKind, Line, PcFileError, PcReader};
use ardoise_words::Lang;

const NEW_COMMERCE: &str = include_str!("fixtures/new-commerce-invoice.csv");
const NEW_COMMERCE_FR: &[u8] = include_bytes!("fixtures/new-commerce-invoice-fr.csv");

/// Everything the reader says of `bytes`: the lines it read and the error it stopped at.
fn refusal(bytes: &[u8]) -> PcFileError {
    match PcReader::new(bytes) {
        Err(e) => e,
        Ok(reader) => {
            let result: Result<Vec<Line>, _> = reader.collect();
            result.expect_err("the file should be refused")
        }
    }
}

/// The fixture with `from` replaced by `to` on the file's line `line` (1 is the header).
fn edited(line: usize, from: &str, to: &str) -> Vec<u8> {
    let mut lines: Vec<String> = NEW_COMMERCE.split('\n').map(str::to_string).collect();
    assert_eq!(
        lines[line - 1].matches(from).count(),
        1,
        "{from} on line {line}"
    );
    lines[line - 1] = lines[line - 1].replace(from, to);
    lines.join("\n").into_bytes()
}

fn says_where(e: &PcFileError, line: &str, column: &str) {
    for lang in [Lang::Fr, Lang::En] {
        let m = e.message(lang);
        assert!(m.contains(line) && m.contains(column), "{lang:?}: {m}");
    }
}

#[test]
fn a_malformed_number_names_its_line_and_column() {
    let e = refusal(&edited(5, ",20.60,", ",20.6O,"));
    assert_eq!(
        e,
        PcFileError::Malformed {
            line: 5,
            column: "UnitPrice".into(),
            value: "20.6O".into(),
            expected: Expected::Number,
        }
    );
    says_where(&e, "5", "UnitPrice");
    assert!(e
        .message(Lang::Fr)
        .contains("« 20.6O » n’est pas un nombre"));
    assert!(e.message(Lang::En).contains("is not a number"));
}

#[test]
fn a_malformed_date_names_its_line_and_column() {
    let e = refusal(&edited(
        3,
        ",11/16/2026,11/30/2026,",
        ",11/31/2026,11/30/2026,",
    ));
    assert_eq!(e.line(), Some(3));
    assert_eq!(e.column(), Some("ChargeStartDate"));
    assert!(matches!(
        e,
        PcFileError::Malformed {
            expected: Expected::Date,
            ..
        }
    ));
    assert!(e.message(Lang::Fr).contains("n’est pas une date"));
}

#[test]
fn an_empty_required_cell_is_malformed() {
    let e = refusal(&edited(9, ",-16.00,0,-16.00,", ",,0,-16.00,"));
    assert_eq!(e.line(), Some(9));
    assert_eq!(e.column(), Some("Subtotal"));
}

#[test]
fn an_unknown_charge_type_names_its_line() {
    let e = refusal(&edited(4, ",addQuantity,", ",addSeats,"));
    assert_eq!(
        e,
        PcFileError::UnknownChargeType {
            line: 4,
            column: "ChargeType".into(),
            value: "addSeats".into(),
        }
    );
    says_where(&e, "4", "addSeats");
}

#[test]
fn a_missing_column_is_named() {
    let lines: Vec<String> = NEW_COMMERCE
        .split('\n')
        .map(|l| l.replacen("Subtotal,", "Sub total amount,", 1))
        .collect();
    let e = refusal(lines.join("\n").as_bytes());
    assert_eq!(
        e,
        PcFileError::MissingColumns {
            kind: FileKind::NewCommerceInvoice,
            columns: "Subtotal".into(),
        }
    );
    assert_eq!(e.line(), Some(1));
    assert!(e
        .message(Lang::Fr)
        .contains("de rapprochement de facture les colonnes Subtotal"));
}

#[test]
fn a_file_cut_in_its_last_line_is_truncated() {
    let cut = &NEW_COMMERCE.as_bytes()[..NEW_COMMERCE.len() - 200];
    assert_eq!(refusal(cut), PcFileError::Truncated { line: 17 });
    let e = PcFileError::Truncated { line: 17 };
    assert!(e.message(Lang::Fr).contains("ligne 17"));
}

#[test]
fn a_quote_never_closed_is_truncated() {
    let mut bytes = NEW_COMMERCE.as_bytes().to_vec();
    bytes.extend_from_slice(b"0e195b37-4574-4539-bc42-0e539b9684c0,7a8b9c0d,\"Harbour & Kings");
    assert_eq!(refusal(&bytes), PcFileError::Truncated { line: 18 });
    // Closed in the last cell of the last line, it leaves every cell there: the count
    // of quotes still says so.
    let last = NEW_COMMERCE.trim_end().rsplit('\n').next().unwrap();
    let mut unclosed = NEW_COMMERCE.as_bytes().to_vec();
    unclosed.extend_from_slice(last.replacen(",Azure", ",\"Azure", 1).as_bytes());
    assert_eq!(refusal(&unclosed), PcFileError::Truncated { line: 18 });
}

#[test]
fn a_broken_line_in_the_middle_is_not_taken_for_a_cut() {
    let e = refusal(&edited(
        6,
        ",Office 365 E3,Office 365 E3,",
        ",Office 365 E3,",
    ));
    assert_eq!(
        e,
        PcFileError::FieldCount {
            line: 6,
            expected: 47,
            found: 46,
        }
    );
    says_where(&e, "6", "47");
}

#[test]
fn empty_files() {
    assert_eq!(refusal(b""), PcFileError::Empty);
    assert_eq!(refusal(b"\xEF\xBB\xBF"), PcFileError::Empty);
    assert_eq!(refusal(b"\n\n  \n"), PcFileError::Empty);
    let header = NEW_COMMERCE.split('\n').next().unwrap();
    assert_eq!(refusal(header.as_bytes()), PcFileError::Empty);
    assert_eq!(
        refusal(format!("{header}\n,,,\n").as_bytes()),
        PcFileError::Empty
    );
    assert!(PcFileError::Empty
        .message(Lang::Fr)
        .contains("aucune ligne"));
}

#[test]
fn a_bank_statement_is_not_a_partner_center_file() {
    let bank = "Date;Libellé;Débit;Crédit\n25/11/2026;VIR SEPA;;1075,26\n".as_bytes();
    let e = refusal(bank);
    assert!(matches!(e, PcFileError::NotPartnerCenter { .. }));
    for lang in [Lang::Fr, Lang::En] {
        let m = e.message(lang);
        assert!(m.contains("CustomerId") && m.contains("ChargeType"), "{m}");
    }
}

#[test]
fn lines_are_the_files_own_in_a_crlf_windows_1252_file() {
    // The French copy: CRLF line ends; the sixth line's unit price made unreadable.
    let text = encoding_rs::WINDOWS_1252.decode(NEW_COMMERCE_FR).0;
    let mut lines: Vec<String> = text.split("\r\n").map(str::to_string).collect();
    lines[5] = lines[5].replacen(";237,60;", ";237;60;", 1);
    let bytes = encoding_rs::WINDOWS_1252
        .encode(&lines.join("\r\n"))
        .0
        .into_owned();
    let e = refusal(&bytes);
    assert_eq!(e.line(), Some(6));
    assert_eq!(
        e,
        PcFileError::FieldCount {
            line: 6,
            expected: 47,
            found: 48
        }
    );
}

#[test]
fn every_error_says_nothing_was_saved_in_both_languages() {
    let errors = [
        PcFileError::Empty,
        PcFileError::NotPartnerCenter {
            expected: "CustomerId",
        },
        PcFileError::MissingColumns {
            kind: FileKind::DailyRatedUsage,
            columns: "UsageDate".into(),
        },
        PcFileError::Truncated { line: 3 },
        PcFileError::Unreadable { line: 3 },
    ];
    for e in errors {
        assert!(
            e.message(Lang::Fr).ends_with("Rien n’a été enregistré."),
            "{e:?}"
        );
        assert!(e.message(Lang::En).ends_with("Nothing was saved."), "{e:?}");
    }
}
