//! Invoice and credit-note numbers: one series per kind and year, such as F2026-00042.
//!
//! Only the format lives here. Assigning the next number without a gap happens in the
//! store, in the transaction that issues the document.

use crate::words::tr;
use std::fmt;

use serde::{Deserialize, Serialize};

use crate::Lang;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DocumentKind {
    Invoice,
    CreditNote,
}

impl DocumentKind {
    pub fn prefix(self) -> &'static str {
        match self {
            DocumentKind::Invoice => "F",
            DocumentKind::CreditNote => "AV",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct DocumentNumber {
    pub kind: DocumentKind,
    pub year: i32,
    pub seq: u32,
}

/// Five digits at least, so numbers sort as text until the 100,000th of a year.
impl fmt::Display for DocumentNumber {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}{:04}-{:05}", self.kind.prefix(), self.year, self.seq)
    }
}

pub fn invoice_number(year: i32, seq: u32) -> String {
    DocumentNumber {
        kind: DocumentKind::Invoice,
        year,
        seq,
    }
    .to_string()
}

pub fn credit_note_number(year: i32, seq: u32) -> String {
    DocumentNumber {
        kind: DocumentKind::CreditNote,
        year,
        seq,
    }
    .to_string()
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("not an invoice or credit note number: {input}")]
pub struct NumberError {
    pub input: String,
}

impl NumberError {
    pub fn message(&self, lang: Lang) -> String {
        tr!(lang, NUMBER_ERROR, input = self.input.as_str())
    }
}

/// Reads a number back, ignoring case and surrounding blanks ("f2026-42" is refused:
/// a number is typed as printed, so a short one is more likely a typo than a shortcut).
pub fn parse_number(input: &str) -> Result<DocumentNumber, NumberError> {
    let error = || NumberError {
        input: input.trim().to_string(),
    };
    let text = input.trim().to_ascii_uppercase();
    let (kind, rest) = if let Some(rest) = text.strip_prefix("AV") {
        (DocumentKind::CreditNote, rest)
    } else if let Some(rest) = text.strip_prefix('F') {
        (DocumentKind::Invoice, rest)
    } else {
        return Err(error());
    };
    let (year, seq) = rest.split_once('-').ok_or_else(error)?;
    let all_digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    if year.len() != 4 || seq.len() < 5 || !all_digits(year) || !all_digits(seq) {
        return Err(error());
    }
    let year: i32 = year.parse().map_err(|_| error())?;
    let seq: u32 = seq.parse().map_err(|_| error())?;
    let number = DocumentNumber { kind, year, seq };
    // Sequences start at 1, and "F2026-000042" is not how the series prints 42.
    if seq == 0 || number.to_string() != text {
        return Err(error());
    }
    Ok(number)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn formats() {
        assert_eq!(invoice_number(2026, 42), "F2026-00042");
        assert_eq!(credit_note_number(2026, 1), "AV2026-00001");
        assert_eq!(invoice_number(2026, 123_456), "F2026-123456");
    }

    #[test]
    fn parses_back() {
        type Parsed = Option<(DocumentKind, i32, u32)>;
        let cases: &[(&str, Parsed)] = &[
            ("F2026-00042", Some((DocumentKind::Invoice, 2026, 42))),
            (" av2026-00001 ", Some((DocumentKind::CreditNote, 2026, 1))),
            ("F2026-123456", Some((DocumentKind::Invoice, 2026, 123_456))),
            ("F2026-42", None),
            ("F2026-000042", None),
            ("F2026-00000", None),
            ("F26-00042", None),
            ("A2026-00042", None),
            ("F2026 00042", None),
            ("F2026-0004a", None),
            ("F2026-+0042", None),
            ("", None),
        ];
        for (input, expected) in cases {
            let got = parse_number(input).ok().map(|n| (n.kind, n.year, n.seq));
            assert_eq!(got, *expected, "{input:?}");
        }
        let e = parse_number("F42").unwrap_err();
        assert!(e.message(Lang::Fr).contains("F2026-00042"));
        assert!(e.message(Lang::En).contains("\"F42\""));
    }

    proptest! {
        #[test]
        fn numbers_round_trip(year in 2000i32..10_000, seq in 1u32..10_000_000, credit: bool) {
            let text = if credit { credit_note_number(year, seq) } else { invoice_number(year, seq) };
            let n = parse_number(&text).unwrap();
            prop_assert_eq!((n.year, n.seq, n.kind == DocumentKind::CreditNote), (year, seq, credit));
        }

        #[test]
        fn numbers_sort_as_text_within_a_year(a in 1u32..100_000, b in 1u32..100_000) {
            prop_assert_eq!(invoice_number(2026, a).cmp(&invoice_number(2026, b)), a.cmp(&b));
        }
    }
}
