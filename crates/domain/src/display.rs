//! Money and dates as a French or English reader expects them on paper and screen:
//! `1 234,56 €` and `24/11/2026` in French, `€1,234.56` and `24 Nov 2026` in English.

use chrono::{Datelike, NaiveDate};

use crate::money::{round_commercial, Money};
use crate::Lang;

/// The narrow no-break space French typography puts between thousands and before €.
const NNBSP: char = '\u{202f}';

fn symbol(code: &str) -> Option<&'static str> {
    match code {
        "EUR" => Some("€"),
        "GBP" => Some("£"),
        "USD" => Some("$"),
        _ => None,
    }
}

/// Groups the integer part by thousands with `sep`.
fn group(digits: &str, sep: char) -> String {
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(sep);
        }
        out.push(c);
    }
    out
}

/// A number with `dp` decimals, grouped the reader's way, without currency.
pub fn number(value: rust_decimal::Decimal, dp: u32, lang: Lang) -> String {
    let rounded = round_commercial(value, dp);
    let negative = rounded.is_sign_negative() && !rounded.is_zero();
    let text = format!("{:.*}", dp as usize, rounded.abs());
    let (int, frac) = text.split_once('.').unwrap_or((&text, ""));
    let (sep, point) = match lang {
        Lang::Fr => (NNBSP, ','),
        Lang::En => (',', '.'),
    };
    let mut out = String::new();
    if negative {
        out.push('-');
    }
    out.push_str(&group(int, sep));
    if !frac.is_empty() {
        out.push(point);
        out.push_str(frac);
    }
    out
}

/// A rate as a reader writes it: "12,15 %" in French, "12.15%" in English; up to three
/// decimals, none that are zeros.
pub fn percent(rate: rust_decimal::Decimal, lang: Lang) -> String {
    let n = number(rate, rate.normalize().scale().min(3), lang);
    match lang {
        Lang::Fr => format!("{n}{NNBSP}%"),
        Lang::En => format!("{n}%"),
    }
}

/// A number as a spreadsheet reads it in the reader's language: `dp` decimals, the
/// reader's decimal mark, no grouping ("1234,50" in French, "1234.50" in English).
pub fn plain_number(value: rust_decimal::Decimal, dp: u32, lang: Lang) -> String {
    let s = format!("{:.*}", dp as usize, value.round_dp(dp));
    match lang {
        Lang::Fr => s.replace('.', ","),
        Lang::En => s,
    }
}

/// The field separator of a CSV file a spreadsheet in the reader's language opens as
/// columns: French spreadsheets take the comma as the decimal mark, so `;`.
pub fn csv_delimiter(lang: Lang) -> u8 {
    match lang {
        Lang::Fr => b';',
        Lang::En => b',',
    }
}

pub fn money(m: &Money, lang: Lang) -> String {
    let dp = m.currency.minor_units();
    let n = number(m.amount, dp, lang);
    let code = m.currency.code();
    match (lang, symbol(code)) {
        (Lang::Fr, Some(s)) => format!("{n}{NNBSP}{s}"),
        (Lang::Fr, None) => format!("{n}{NNBSP}{code}"),
        (Lang::En, Some(s)) => match n.strip_prefix('-') {
            Some(abs) => format!("-{s}{abs}"),
            None => format!("{s}{n}"),
        },
        (Lang::En, None) => format!("{code} {n}"),
    }
}

const EN_MONTHS: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];

pub fn date(d: NaiveDate, lang: Lang) -> String {
    match lang {
        Lang::Fr => d.format("%d/%m/%Y").to_string(),
        Lang::En => format!(
            "{} {} {}",
            d.day(),
            EN_MONTHS[d.month0() as usize],
            d.year()
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::money::Currency;
    use rust_decimal_macros::dec;

    #[test]
    fn money_reads_as_each_language_writes_it() {
        let cases = [
            (
                dec!(1234.56),
                Currency::EUR,
                Lang::Fr,
                "1\u{202f}234,56\u{202f}€",
            ),
            (dec!(1234.56), Currency::EUR, Lang::En, "€1,234.56"),
            (dec!(-1234567.5), Currency::GBP, Lang::En, "-£1,234,567.50"),
            (dec!(0.005), Currency::USD, Lang::En, "$0.01"),
            (dec!(999), Currency::EUR, Lang::Fr, "999,00\u{202f}€"),
        ];
        for (amount, cur, lang, expected) in cases {
            assert_eq!(money(&Money::new(amount, cur), lang), expected);
        }
        let chf: Currency = "CHF".parse().unwrap();
        assert_eq!(money(&Money::new(dec!(12), chf), Lang::En), "CHF 12.00");
    }

    #[test]
    fn dates_read_as_each_language_writes_them() {
        let d = NaiveDate::from_ymd_opt(2026, 11, 24).unwrap();
        assert_eq!(date(d, Lang::Fr), "24/11/2026");
        assert_eq!(date(d, Lang::En), "24 Nov 2026");
    }
}
