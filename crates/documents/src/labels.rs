//! The words printed on invoices and credit notes, from the catalogue
//! (`crates/words/ftl/*/documents.ftl`), and the formatting of amounts, quantities and
//! rates the way each reader expects them.

use ardoise_domain::display;
use ardoise_domain::money::Money;
use ardoise_domain::words::tr;
use ardoise_domain::Lang;
use chrono::{Datelike, NaiveDate};
use rust_decimal::Decimal;

use crate::DocumentKind;

/// The narrow no-break space French typography puts before `%`.
const NNBSP: char = '\u{202f}';

pub struct Labels {
    pub lang: Lang,
}

impl Labels {
    pub fn new(lang: Lang) -> Self {
        Labels { lang }
    }

    pub fn title(&self, kind: &DocumentKind) -> String {
        match kind {
            DocumentKind::Invoice => tr!(self.lang, DOC_INVOICE_TITLE),
            DocumentKind::CreditNote { .. } => tr!(self.lang, DOC_CREDIT_NOTE_TITLE),
        }
    }

    /// "Facture" / "Invoice", for the continuation pages' header.
    pub fn short_title(&self, kind: &DocumentKind) -> String {
        match kind {
            DocumentKind::Invoice => tr!(self.lang, DOC_INVOICE),
            DocumentKind::CreditNote { .. } => tr!(self.lang, DOC_CREDIT_NOTE),
        }
    }

    pub fn number(&self, number: &str) -> String {
        tr!(self.lang, DOC_NUMBER, number = number)
    }

    /// « sur la facture F2026-00042 du 01/11/2026 » under a credit note's number.
    pub fn of_invoice(&self, invoice: &str, date: Option<NaiveDate>) -> String {
        match date {
            Some(d) => tr!(
                self.lang,
                CREDIT_OF_INVOICE_DATED,
                invoice = invoice,
                date = self.date(d)
            ),
            None => tr!(self.lang, DOC_OF_INVOICE, invoice = invoice),
        }
    }

    pub fn continued(&self) -> String {
        tr!(self.lang, DOC_CONTINUED)
    }

    pub fn issue_date(&self) -> String {
        tr!(self.lang, DOC_ISSUE_DATE)
    }

    pub fn due_date(&self) -> String {
        tr!(self.lang, DOC_DUE_DATE)
    }

    pub fn service_period(&self) -> String {
        tr!(self.lang, DOC_SERVICE_PERIOD)
    }

    pub fn customer(&self) -> String {
        tr!(self.lang, DOC_CUSTOMER)
    }

    pub fn vat_number(&self, number: &str) -> String {
        tr!(self.lang, DOC_VAT_NUMBER, number = number)
    }

    pub fn siren(&self, siren: &str) -> String {
        tr!(self.lang, DOC_SIREN, siren = siren)
    }

    // The lines table.
    pub fn col_description(&self) -> String {
        tr!(self.lang, DOC_COL_DESCRIPTION)
    }
    pub fn col_period(&self) -> String {
        tr!(self.lang, DOC_COL_PERIOD)
    }
    pub fn col_quantity(&self) -> String {
        tr!(self.lang, DOC_COL_QUANTITY)
    }
    pub fn col_unit_price(&self) -> String {
        tr!(self.lang, DOC_COL_UNIT_PRICE)
    }
    pub fn col_vat(&self) -> String {
        tr!(self.lang, DOC_COL_VAT)
    }
    pub fn col_net(&self) -> String {
        tr!(self.lang, DOC_COL_NET)
    }

    // Totals.
    pub fn total_net(&self) -> String {
        tr!(self.lang, DOC_TOTAL_NET)
    }

    pub fn vat_at(&self, rate: Decimal, base: &Money) -> String {
        let rate = self.percent(rate);
        let base = self.money(base);
        tr!(self.lang, DOC_VAT_AT, rate = rate, base = base)
    }

    pub fn total_gross(&self) -> String {
        tr!(self.lang, DOC_TOTAL_GROSS)
    }

    pub fn amount_due(&self, kind: &DocumentKind) -> String {
        match kind {
            DocumentKind::Invoice => tr!(self.lang, DOC_AMOUNT_DUE),
            DocumentKind::CreditNote { .. } => tr!(self.lang, DOC_AMOUNT_CREDITED),
        }
    }

    // Mentions.
    pub fn terms_heading(&self) -> String {
        tr!(self.lang, DOC_TERMS_HEADING)
    }

    pub fn due_sentence(&self, kind: &DocumentKind, due: NaiveDate) -> String {
        match kind {
            DocumentKind::Invoice => tr!(self.lang, DOC_DUE_BY, date = self.date(due)),
            DocumentKind::CreditNote { .. } => tr!(self.lang, DOC_CREDITED_TO_ACCOUNT),
        }
    }

    pub fn late_penalties(&self, rate: Decimal) -> String {
        tr!(self.lang, DOC_LATE_PENALTIES, rate = self.percent(rate))
    }

    pub fn recovery_indemnity(&self, amount: &Money) -> String {
        let amount = self.whole_or_exact(amount);
        tr!(self.lang, DOC_RECOVERY_INDEMNITY, amount = amount)
    }

    pub fn discount(&self, terms: Option<&str>) -> String {
        match terms {
            None => tr!(self.lang, DOC_NO_DISCOUNT),
            Some(t) => tr!(self.lang, DOC_DISCOUNT, terms = t),
        }
    }

    pub fn payment_heading(&self) -> String {
        tr!(self.lang, DOC_PAYMENT_HEADING)
    }

    pub fn bank(&self) -> String {
        tr!(self.lang, DOC_BANK)
    }

    pub fn reference(&self, reference: &str) -> String {
        tr!(self.lang, DOC_REFERENCE_TO_QUOTE, reference = reference)
    }

    pub fn references(&self) -> String {
        tr!(self.lang, DOC_REFERENCES)
    }

    pub fn credit_reference(&self, reference: &str) -> String {
        tr!(self.lang, DOC_CREDIT_REFERENCE, reference = reference)
    }

    pub fn original_invoice(&self, number: &str, date: Option<NaiveDate>) -> String {
        match date {
            Some(d) => tr!(
                self.lang,
                CREDIT_ORIGINAL_INVOICE_DATED,
                number = number,
                date = self.date(d)
            ),
            None => tr!(self.lang, DOC_ORIGINAL_INVOICE, number = number),
        }
    }

    pub fn credit_reason(&self, reason: &str) -> String {
        tr!(self.lang, CREDIT_REASON, reason = reason)
    }

    /// "SAS au capital de 10 000 €" / "SAS with a share capital of €10,000".
    pub fn legal_form(&self, form: Option<&str>, capital: Option<&Money>) -> Option<String> {
        let capital = capital.map(|c| self.whole_or_exact(c));
        match (form, capital) {
            (Some(f), Some(c)) => Some(tr!(
                self.lang,
                DOC_LEGAL_FORM_CAPITAL,
                form = f,
                capital = c
            )),
            (None, Some(c)) => Some(tr!(self.lang, DOC_SHARE_CAPITAL, capital = c)),
            (Some(f), None) => Some(f.to_string()),
            (None, None) => None,
        }
    }

    pub fn page(&self, n: usize, of: usize) -> String {
        tr!(self.lang, DOC_PAGE, page = n, count = of)
    }

    /// A fixed amount without its cents when it has none (40 €), else with them.
    fn whole_or_exact(&self, amount: &Money) -> String {
        let dp = if amount.amount.fract().is_zero() {
            0
        } else {
            amount.currency.minor_units()
        };
        self.money_dp(amount, dp)
    }

    // Formatting.
    pub fn date(&self, d: NaiveDate) -> String {
        display::date(d, self.lang)
    }

    pub fn period(&self, (from, to): (NaiveDate, NaiveDate)) -> String {
        format!("{} – {}", self.date(from), self.date(to))
    }

    /// A period as short as it reads unambiguously, for the table's narrow column:
    /// "01/11 – 30/11/2026", "1–30 Nov 2026", "15 Oct – 14 Nov 2026".
    pub fn short_period(&self, (from, to): (NaiveDate, NaiveDate)) -> String {
        if from == to {
            return self.date(from);
        }
        if from.year() != to.year() {
            return self.period((from, to));
        }
        let end = self.date(to);
        match self.lang {
            Lang::Fr => format!("{:02}/{:02} – {end}", from.day(), from.month()),
            Lang::En if from.month() == to.month() => format!("{}–{end}", from.day()),
            Lang::En => {
                let start = self.date(from);
                let start = start
                    .strip_suffix(&format!(" {}", from.year()))
                    .unwrap_or(&start);
                format!("{start} – {end}")
            }
        }
    }

    pub fn money(&self, m: &Money) -> String {
        display::money(m, self.lang)
    }

    /// Money with `dp` decimals instead of the currency's: unit prices keep up to 4,
    /// whole fixed amounts (40 €) print none.
    pub fn money_dp(&self, m: &Money, dp: u32) -> String {
        let cur_dp = m.currency.minor_units();
        let formatted = display::money(m, self.lang);
        if dp == cur_dp {
            return formatted;
        }
        let abs = m.amount.abs();
        formatted.replacen(
            &display::number(abs, cur_dp, self.lang),
            &display::number(abs, dp, self.lang),
            1,
        )
    }

    /// A unit price: the currency's decimals, more (up to 4) when the price has them.
    pub fn unit_price(&self, price: &Money) -> String {
        let cur_dp = price.currency.minor_units();
        let dp = price
            .amount
            .normalize()
            .scale()
            .clamp(cur_dp, cur_dp.max(4));
        self.money_dp(price, dp)
    }

    pub fn quantity(&self, q: Decimal) -> String {
        display::number(q, q.normalize().scale().min(4), self.lang)
    }

    pub fn percent(&self, rate: Decimal) -> String {
        let n = display::number(rate, rate.normalize().scale().min(3), self.lang);
        match self.lang {
            Lang::Fr => format!("{n}{NNBSP}%"),
            Lang::En => format!("{n}%"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use ardoise_domain::money::Currency;
    use rust_decimal_macros::dec;

    #[test]
    fn periods_are_short_but_unambiguous() {
        let d = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
        let fr = Labels::new(Lang::Fr);
        let en = Labels::new(Lang::En);
        let november = (d(2026, 11, 1), d(2026, 11, 30));
        assert_eq!(fr.short_period(november), "01/11 – 30/11/2026");
        assert_eq!(en.short_period(november), "1–30 Nov 2026");
        let across = (d(2026, 10, 15), d(2026, 11, 14));
        assert_eq!(en.short_period(across), "15 Oct – 14 Nov 2026");
        let years = (d(2026, 12, 15), d(2027, 1, 14));
        assert_eq!(fr.short_period(years), "15/12/2026 – 14/01/2027");
        assert_eq!(
            en.short_period((d(2026, 1, 2), d(2026, 1, 2))),
            "2 Jan 2026"
        );
    }

    #[test]
    fn formats_amounts_the_readers_way() {
        let fr = Labels::new(Lang::Fr);
        let en = Labels::new(Lang::En);
        let eur = |a| Money::new(a, Currency::EUR);
        assert_eq!(fr.unit_price(&eur(dec!(6.66667))), "6,6667\u{202f}€");
        assert_eq!(fr.unit_price(&eur(dec!(12.5))), "12,50\u{202f}€");
        assert_eq!(en.unit_price(&eur(dec!(-1234.125))), "-€1,234.125");
        assert_eq!(fr.money_dp(&eur(dec!(40)), 0), "40\u{202f}€");
        assert_eq!(en.money_dp(&eur(dec!(10000)), 0), "€10,000");
        assert_eq!(fr.percent(dec!(5.5)), "5,5\u{202f}%");
        assert_eq!(en.percent(dec!(20.00)), "20%");
        assert_eq!(fr.quantity(dec!(3.000)), "3");
        assert_eq!(en.quantity(dec!(1.5)), "1.5");
        assert!(fr
            .recovery_indemnity(&eur(dec!(40)))
            .contains("40\u{202f}€ (art. L441-10"));
    }
}
