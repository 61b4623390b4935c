//! An invoice explained line by line in the customer's language: one paragraph per line
//! (what it is and its amount, the period covered, the days prorated, the quantity and
//! the unit price with the date that price took effect, the VAT treatment), for the
//! partner to paste into its reply to a billing question.
//!
//! The facts come from the invoice as issued (its lines, treatment and mention), plus
//! the date each price took effect, which the caller looks up: the explanation never
//! recomputes an amount, it says how the stored one was made.

use chrono::NaiveDate;
use rust_decimal::Decimal;

use crate::display;
use crate::money::{Currency, Money};
use crate::words::tr;
use crate::Lang;

use super::lines::{InvoiceLine, LineKind};
use super::vat::VatTreatment;

/// One line of the invoice with what the caller knows beside it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LineFacts {
    pub line: InvoiceLine,
    /// The date the unit price used took effect (catalog price, support plan price);
    /// `None` for a charge typed by hand.
    pub price_since: Option<NaiveDate>,
}

/// How the invoice treats VAT, as stored on it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum VatBasis {
    Domestic,
    ReverseCharge,
    OutsideScope,
}

impl VatBasis {
    /// The stored code (`VatTreatment::code`); an unknown one reads as domestic, which
    /// the line's own rate then states.
    pub fn from_code(code: &str) -> VatBasis {
        match code {
            "reverse_charge" => VatBasis::ReverseCharge,
            "outside_scope" => VatBasis::OutsideScope,
            _ => VatBasis::Domestic,
        }
    }
}

/// The invoice as the explanation reads it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InvoiceFacts {
    pub currency: Currency,
    pub vat: VatBasis,
    /// The mention printed on the invoice, if any.
    pub vat_mention: Option<String>,
    pub lines: Vec<LineFacts>,
}

/// A quantity as written: up to four decimals, none that are zeros.
fn quantity(q: Decimal, lang: Lang) -> String {
    let q = q.round_dp(4).normalize();
    display::number(q, q.scale(), lang)
}

/// A unit price as the printed invoice writes it: the currency's decimals, up to four
/// when the price has them.
fn price(p: Decimal, currency: Currency, lang: Lang) -> String {
    let cur = currency.minor_units();
    let dp = p.normalize().scale().clamp(cur, cur.max(4));
    let with_unit = display::money(&Money::new(Decimal::ONE, currency), lang);
    let one = display::number(Decimal::ONE, currency.minor_units(), lang);
    // The currency sign placed as `display::money` places it, the digits at `dp`.
    with_unit.replacen(&one, &display::number(p, dp, lang), 1)
}

/// Minutes as a person says them: "3 h 15", "45 min", "4 h".
pub fn duration(minutes: u64, lang: Lang) -> String {
    let (h, m) = (minutes / 60, minutes % 60);
    tr!(
        lang,
        SUPPORT_BILLING_DURATION,
        hours = h,
        minutes = m,
        padded = format!("{m:02}")
    )
}

fn vat_sentence(invoice: &InvoiceFacts, rate: Decimal, lang: Lang) -> String {
    let mention = |treatment: VatTreatment| {
        invoice
            .vat_mention
            .clone()
            .or_else(|| treatment.mention(lang))
            .unwrap_or_default()
    };
    match invoice.vat {
        VatBasis::Domestic => tr!(
            lang,
            EXPLAIN_VAT_DOMESTIC,
            rate = display::percent(rate, lang)
        ),
        VatBasis::ReverseCharge => tr!(
            lang,
            EXPLAIN_VAT_REVERSE_CHARGE,
            mention = mention(VatTreatment::ReverseCharge)
        ),
        VatBasis::OutsideScope => tr!(
            lang,
            EXPLAIN_VAT_OUTSIDE_SCOPE,
            mention = mention(VatTreatment::OutsideScope)
        ),
    }
}

fn quantity_sentence(l: &InvoiceLine, currency: Currency, lang: Lang) -> String {
    let p = price(l.unit_price, currency, lang);
    let q = quantity(l.quantity, lang);
    match l.kind {
        LineKind::Subscription => {
            // A whole number of seats chooses the plural; a fraction cannot happen on a
            // subscription line, and reads as plural if it did.
            let count = if l.quantity.fract().is_zero() {
                l.quantity.trunc().try_into().unwrap_or(2i64)
            } else {
                2
            };
            tr!(
                lang,
                EXPLAIN_QUANTITY_SUBSCRIPTION,
                quantity = q,
                count = count,
                price = p
            )
        }
        LineKind::SupportFee => tr!(lang, EXPLAIN_QUANTITY_SUPPORT_FEE, price = p),
        LineKind::BillableHours => {
            let minutes: u64 = (l.quantity * Decimal::from(60))
                .round()
                .try_into()
                .unwrap_or(0);
            tr!(
                lang,
                EXPLAIN_QUANTITY_BILLABLE_HOURS,
                duration = duration(minutes, lang),
                price = p,
                quantity = q
            )
        }
        LineKind::OneOff | LineKind::Usage => {
            tr!(lang, EXPLAIN_QUANTITY_ONE_OFF, quantity = q, price = p)
        }
    }
}

/// The paragraph explaining line `position` (counted from 1).
pub fn explain_line(
    invoice: &InvoiceFacts,
    position: usize,
    facts: &LineFacts,
    lang: Lang,
) -> String {
    let l = &facts.line;
    let currency = invoice.currency;
    let mut sentences = vec![tr!(
        lang,
        EXPLAIN_LINE_HEAD,
        position = position,
        description = l.description.as_str(),
        net = display::money(&l.net(currency), lang)
    )];
    match (l.service_start, l.service_end) {
        (Some(from), Some(to)) if from == to => sentences.push(tr!(
            lang,
            EXPLAIN_PERIOD_DAY,
            on = display::date(from, lang)
        )),
        (Some(from), Some(to)) => sentences.push(tr!(
            lang,
            EXPLAIN_PERIOD,
            from = display::date(from, lang),
            to = display::date(to, lang)
        )),
        _ => {}
    }
    sentences.push(quantity_sentence(l, currency, lang));
    if let Some(p) = l.proration.filter(|p| p.of_days > 0 && p.days != p.of_days) {
        sentences.push(tr!(
            lang,
            EXPLAIN_PRORATED,
            days = p.days,
            of_days = p.of_days,
            quantity = quantity(l.quantity, lang),
            price = price(l.unit_price, currency, lang)
        ));
    }
    if let Some(since) = facts.price_since {
        sentences.push(tr!(
            lang,
            EXPLAIN_PRICE_SINCE,
            since = display::date(since, lang)
        ));
    }
    sentences.push(vat_sentence(invoice, l.vat_rate, lang));
    sentences.join(" ")
}

/// One paragraph per line, in the invoice's order.
pub fn explain(invoice: &InvoiceFacts, lang: Lang) -> Vec<String> {
    invoice
        .lines
        .iter()
        .enumerate()
        .map(|(i, f)| explain_line(invoice, i + 1, f, lang))
        .collect()
}

#[cfg(test)]
#[path = "explain_tests.rs"]
mod tests;
