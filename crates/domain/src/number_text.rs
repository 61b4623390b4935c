//! Numbers as a person types them: thousands grouped by spaces, commas or dots, the
//! decimal point either a comma or a dot. Shared by money (amounts) and bounds (the
//! limits a number typed must stay within), neither of which owns the other.

use std::str::FromStr;

use rust_decimal::Decimal;

use crate::problem::Problem;

/// Spaces people put between groups of thousands: ordinary, no-break, narrow no-break, thin.
pub(crate) fn is_group_space(c: char) -> bool {
    c.is_whitespace() || matches!(c, '\u{a0}' | '\u{202f}' | '\u{2009}')
}

/// A plain decimal, its integer part grouped by spaces or by the separator that is not
/// the decimal one. With a single kind of separator, one occurrence is the decimal
/// point ("1,5", "1.5") and several group thousands ("1,234,567"); with both, the last
/// one is the decimal point. A number too long to hold reads as the largest decimal,
/// so that the caller's bound refuses it.
pub(crate) fn parse_plain(input: &str) -> Result<Decimal, Problem> {
    let cleaned: String = input.chars().filter(|c| !is_group_space(*c)).collect();
    if cleaned.is_empty() {
        return Err(Problem::Required);
    }
    let (negative, body) = match cleaned.strip_prefix(['-', '\u{2212}']) {
        Some(rest) => (true, rest),
        None => (false, cleaned.as_str()),
    };
    if body.is_empty()
        || !body
            .bytes()
            .all(|b| b.is_ascii_digit() || b == b',' || b == b'.')
    {
        return Err(Problem::NotANumber);
    }
    let count = |c: char| body.chars().filter(|x| *x == c).count();
    let (commas, dots) = (count(','), count('.'));
    let point = match (commas, dots) {
        (0, 0) => None,
        (1, 0) | (0, 1) => body.find([',', '.']),
        (_, 0) | (0, _) => None,
        _ => body.rfind([',', '.']),
    };
    let (int, frac) = match point {
        Some(i) => (&body[..i], &body[i + 1..]),
        None => (body, ""),
    };
    if let Some(i) = point {
        // The decimal point's kind appears once; the other kind only groups.
        if body[..i].contains(&body[i..=i]) || frac.contains([',', '.']) {
            return Err(Problem::NotANumber);
        }
    }
    let int_digits = ungroup(int).ok_or(Problem::NotANumber)?;
    if int_digits.is_empty() && frac.is_empty() {
        return Err(Problem::NotANumber);
    }
    let int_digits = int_digits.trim_start_matches('0');
    if int_digits.len() > 28 {
        return Ok(if negative { Decimal::MIN } else { Decimal::MAX });
    }
    // Decimals beyond the 28 digits a decimal holds are cut off.
    let frac = &frac[..frac.len().min(28 - int_digits.len().min(28))];
    let text = format!(
        "{}{}.{}",
        if negative { "-" } else { "" },
        if int_digits.is_empty() {
            "0"
        } else {
            int_digits
        },
        if frac.is_empty() { "0" } else { frac }
    );
    Decimal::from_str(&text).map_err(|_| Problem::NotANumber)
}

/// The digits of an integer part, without its grouping separators ("1,234" or
/// "1.234.567": a first group of one to three digits, then groups of three).
pub(crate) fn ungroup(int: &str) -> Option<String> {
    if int.bytes().all(|b| b.is_ascii_digit()) {
        return Some(int.to_string());
    }
    let sep = int.chars().find(|c| *c == ',' || *c == '.')?;
    let mut groups = int.split(sep);
    let first = groups.next()?;
    if first.is_empty() || first.len() > 3 || !first.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let mut digits = first.to_string();
    for g in groups {
        if g.len() != 3 || !g.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        digits.push_str(g);
    }
    Some(digits)
}
