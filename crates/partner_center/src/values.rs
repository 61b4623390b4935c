//! Cells as the file's locale writes them: text in UTF-8 or Windows-1252, numbers with a
//! decimal point or a decimal comma, dates month first or day first.
//!
//! Microsoft writes its files in the en-US locale: commas between cells, a decimal point,
//! dates month first (`10/3/2020` is October 3rd; its "Fix formatting issues" page has the
//! partner import them as `Date:MDY`), or ISO dates in the files the API gives. A
//! spreadsheet in a French locale that saves the file again writes semicolons, decimal
//! commas and dates day first. The locale is the file's, read once from its header line,
//! never guessed cell by cell: `3/10/2026` must mean one day in the whole file.

use std::borrow::Cow;

use chrono::NaiveDate;
use rust_decimal::Decimal;

/// No amount, price, quantity or rate of Microsoft's comes near a million billion: a
/// cell that large is a column shifted or a file of another kind, and refusing it keeps
/// the sum of a million lines far inside what a decimal holds.
const LARGEST: Decimal = Decimal::from_parts(0xA4C6_8000, 0x0003_8D7E, 0, false, 0);

/// How the file's text is encoded.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Encoding {
    Utf8,
    Windows1252,
}

/// How the file writes cells, numbers and dates.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Locale {
    pub separator: u8,
    /// Decimal comma and day-first dates (a French spreadsheet's).
    pub day_first: bool,
    pub encoding: Encoding,
}

impl Locale {
    /// The locale of a file from its first bytes (the header line at least): semicolons
    /// mean a spreadsheet in a locale whose decimal mark is the comma re-saved it.
    pub fn sniff(head: &[u8]) -> Locale {
        let encoding = match std::str::from_utf8(head) {
            Ok(_) => Encoding::Utf8,
            // A multi-byte character cut at the end of the sample is still UTF-8.
            Err(e) if e.error_len().is_none() => Encoding::Utf8,
            Err(_) => Encoding::Windows1252,
        };
        let first = head.split(|b| *b == b'\n').next().unwrap_or(head);
        let (mut commas, mut semicolons, mut quoted) = (0, 0, false);
        for b in first {
            match b {
                b'"' => quoted = !quoted,
                b',' if !quoted => commas += 1,
                b';' if !quoted => semicolons += 1,
                _ => {}
            }
        }
        let french = semicolons > commas;
        Locale {
            separator: if french { b';' } else { b',' },
            day_first: french,
            encoding,
        }
    }

    /// A cell's text. A file whose first bytes were plain ASCII may still hold
    /// Windows-1252 further on: a cell that is not UTF-8 is read as Windows-1252.
    pub fn text<'a>(&self, bytes: &'a [u8]) -> Cow<'a, str> {
        match self.encoding {
            Encoding::Utf8 => match std::str::from_utf8(bytes) {
                Ok(s) => Cow::Borrowed(s),
                Err(_) => {
                    encoding_rs::WINDOWS_1252
                        .decode_without_bom_handling(bytes)
                        .0
                }
            },
            Encoding::Windows1252 => {
                encoding_rs::WINDOWS_1252
                    .decode_without_bom_handling(bytes)
                    .0
            }
        }
    }

    /// A number with all its decimals: `-12.345`, `1.5E-05`; with a decimal comma and
    /// spaces between thousands in a day-first file (`1 234,5`). A point is also read as
    /// the decimal mark there, since a spreadsheet keeps a column imported as text as
    /// Microsoft wrote it. Never rounded: a value a decimal cannot hold exactly is refused.
    pub fn number(&self, text: &str) -> Option<Decimal> {
        let t = text.trim();
        let cleaned: Cow<str> = if self.day_first {
            let kept: String = t
                .chars()
                .filter(|c| !matches!(c, ' ' | '\u{a0}' | '\u{202f}'))
                .collect();
            if kept.contains(',') && kept.contains('.') {
                return None;
            }
            Cow::Owned(kept.replace(',', "."))
        } else {
            Cow::Borrowed(t)
        };
        let s = cleaned.as_ref();
        let plain = |s: &str| {
            let digits = s.strip_prefix(['-', '+']).unwrap_or(s);
            let mut parts = digits.splitn(2, '.');
            let whole = parts.next().unwrap_or("");
            let fraction = parts.next().unwrap_or("");
            !(whole.is_empty() && fraction.is_empty())
                && whole.bytes().all(|b| b.is_ascii_digit())
                && fraction.bytes().all(|b| b.is_ascii_digit())
        };
        if let Some((mantissa, exponent)) = s.split_once(['e', 'E']) {
            let exponent: i32 = exponent.parse().ok()?;
            if !plain(mantissa) || !(-28..=28).contains(&exponent) {
                return None;
            }
            return Decimal::from_scientific(s)
                .ok()
                .filter(|n| n.abs() < LARGEST);
        }
        if !plain(s) {
            return None;
        }
        Decimal::from_str_exact(s.strip_prefix('+').unwrap_or(s))
            .ok()
            .filter(|n| n.abs() < LARGEST)
    }

    /// A date: ISO (`2026-11-01`, with or without a time after it) in any file; with
    /// slashes, month first in Microsoft's own locale and day first in a French one.
    /// A time after the date (`10/3/2020 12:00:00 AM`) is left aside: charges are by day.
    pub fn date(&self, text: &str) -> Option<NaiveDate> {
        let t = text.trim();
        let day = t.split([' ', 'T']).next().unwrap_or("");
        let number = |s: &str| -> Option<u32> {
            (!s.is_empty() && s.len() <= 4 && s.bytes().all(|b| b.is_ascii_digit()))
                .then(|| s.parse().ok())
                .flatten()
        };
        let mut parts = day.split(['-', '/', '.']);
        let (Some(a), Some(b), Some(c), None) =
            (parts.next(), parts.next(), parts.next(), parts.next())
        else {
            return None;
        };
        let (year, month, dom) = if a.len() == 4 {
            (number(a)?, number(b)?, number(c)?)
        } else {
            let year = match c.len() {
                4 => number(c)?,
                2 => 2000 + number(c)?,
                _ => return None,
            };
            if self.day_first {
                (year, number(b)?, number(a)?)
            } else {
                (year, number(a)?, number(b)?)
            }
        };
        if b.len() > 2 || (a.len() != 4 && a.len() > 2) {
            return None;
        }
        NaiveDate::from_ymd_opt(year as i32, month, dom)
    }
}

#[cfg(test)]
mod tests {
    use rust_decimal_macros::dec;

    use super::*;

    const EN: Locale = Locale {
        separator: b',',
        day_first: false,
        encoding: Encoding::Utf8,
    };
    const FR: Locale = Locale {
        separator: b';',
        day_first: true,
        encoding: Encoding::Windows1252,
    };

    fn d(y: i32, m: u32, day: u32) -> Option<NaiveDate> {
        NaiveDate::from_ymd_opt(y, m, day)
    }

    #[test]
    fn the_locale_is_read_from_the_header_line() {
        assert_eq!(Locale::sniff(b"A,B;C,D\n1;2;3;4").separator, b',');
        assert_eq!(Locale::sniff(b"A;B;\"C,D\"\n").separator, b';');
        assert!(Locale::sniff(b"A;B;C\r\n").day_first);
        assert_eq!(
            Locale::sniff(b"Soci\xe9t\xe9;B").encoding,
            Encoding::Windows1252
        );
        assert_eq!(
            Locale::sniff("Société;B".as_bytes()).encoding,
            Encoding::Utf8
        );
        // A sample cut in the middle of "é" is still UTF-8.
        assert_eq!(
            Locale::sniff(&"Société".as_bytes()[..5]).encoding,
            Encoding::Utf8
        );
    }

    #[test]
    fn twenty_decimals_are_kept() {
        let price = EN.number("12.34567890123456789012").unwrap();
        assert_eq!(price.scale(), 20);
        assert_eq!(price.to_string(), "12.34567890123456789012");
        assert_eq!(FR.number("12,34567890123456789012"), Some(price));
        // 28 significant digits fit; 30 do not, and are refused rather than rounded.
        assert!(EN.number("12345678.12345678901234567890").is_some());
        assert_eq!(EN.number("1234567890.12345678901234567890"), None);
    }

    #[test]
    fn numbers_in_each_locale() {
        assert_eq!(EN.number("-1234.50"), Some(dec!(-1234.50)));
        assert_eq!(EN.number("1.5E-05"), Some(dec!(0.000015)));
        assert_eq!(EN.number("1,234.50"), None);
        assert_eq!(FR.number("-1\u{a0}234,5"), Some(dec!(-1234.5)));
        assert_eq!(FR.number("12.5"), Some(dec!(12.5)));
        assert_eq!(FR.number("1.234,5"), None);
        assert_eq!(LARGEST, Decimal::from(1_000_000_000_000_000u64));
        assert!(EN.number("999999999999999.99").is_some());
        for bad in [
            "",
            "-",
            ".",
            "abc",
            "1e",
            "1..2",
            "1e99",
            "NaN",
            "1e15",
            "-1000000000000000",
        ] {
            assert_eq!(EN.number(bad), None, "{bad}");
        }
    }

    #[test]
    fn dates_in_each_locale() {
        assert_eq!(EN.date("10/3/2020"), d(2020, 10, 3));
        assert_eq!(EN.date("10/3/2020 12:00:00 AM"), d(2020, 10, 3));
        assert_eq!(FR.date("03/10/2020"), d(2020, 10, 3));
        assert_eq!(EN.date("2026-11-01T00:00:00Z"), d(2026, 11, 1));
        assert_eq!(FR.date("2026-11-01"), d(2026, 11, 1));
        assert_eq!(EN.date("13/1/2026"), None);
        assert_eq!(EN.date("2/30/2026"), None);
        assert_eq!(EN.date("1/2/3/2026"), None);
        assert_eq!(EN.date(""), None);
    }
}
