//! Every word printed on a document, in French and English, and the formatting of
//! amounts, quantities and rates the way each reader expects them.

use ardoise_domain::display;
use ardoise_domain::money::Money;
use ardoise_domain::Lang;
use chrono::{Datelike, NaiveDate};
use rust_decimal::Decimal;

use crate::DocumentKind;

/// The narrow no-break space French typography puts before `%`, `:` and `€`.
const NNBSP: char = '\u{202f}';

pub struct Labels {
    pub lang: Lang,
}

impl Labels {
    pub fn new(lang: Lang) -> Self {
        Labels { lang }
    }

    pub(crate) fn pick(&self, fr: &'static str, en: &'static str) -> &'static str {
        self.lang.pick(fr, en)
    }

    pub fn title(&self, kind: &DocumentKind) -> &'static str {
        match kind {
            DocumentKind::Invoice => self.pick("FACTURE", "INVOICE"),
            DocumentKind::CreditNote { .. } => self.pick("AVOIR", "CREDIT NOTE"),
        }
    }

    /// "Facture" / "Invoice", for the continuation pages' header.
    pub fn short_title(&self, kind: &DocumentKind) -> &'static str {
        match kind {
            DocumentKind::Invoice => self.pick("Facture", "Invoice"),
            DocumentKind::CreditNote { .. } => self.pick("Avoir", "Credit note"),
        }
    }

    pub fn number(&self, number: &str) -> String {
        match self.lang {
            Lang::Fr => format!("N°{NNBSP}{number}"),
            Lang::En => format!("No. {number}"),
        }
    }

    pub fn of_invoice(&self, invoice: &str) -> String {
        match self.lang {
            Lang::Fr => format!("sur la facture {invoice}"),
            Lang::En => format!("for invoice {invoice}"),
        }
    }

    pub fn continued(&self) -> &'static str {
        self.pick("(suite)", "(continued)")
    }

    pub fn issue_date(&self) -> &'static str {
        self.pick("Date d'émission", "Issue date")
    }

    pub fn due_date(&self) -> &'static str {
        self.pick("Date d'échéance", "Due date")
    }

    pub fn service_period(&self) -> &'static str {
        self.pick("Période de service", "Service period")
    }

    pub fn customer(&self) -> &'static str {
        self.pick("Client", "Customer")
    }

    pub fn vat_number(&self, number: &str) -> String {
        match self.lang {
            Lang::Fr => format!("N° TVA intracommunautaire{NNBSP}: {number}"),
            Lang::En => format!("VAT No.: {number}"),
        }
    }

    pub fn siren(&self, siren: &str) -> String {
        format!("SIREN {siren}")
    }

    // The lines table.
    pub fn col_description(&self) -> &'static str {
        "Description"
    }
    pub fn col_period(&self) -> &'static str {
        self.pick("Période", "Period")
    }
    pub fn col_quantity(&self) -> &'static str {
        self.pick("Qté", "Qty")
    }
    pub fn col_unit_price(&self) -> &'static str {
        self.pick("PU HT", "Unit price excl. VAT")
    }
    pub fn col_vat(&self) -> &'static str {
        self.pick("TVA", "VAT")
    }
    pub fn col_net(&self) -> &'static str {
        self.pick("Montant HT", "Amount excl. VAT")
    }

    // Totals.
    pub fn total_net(&self) -> &'static str {
        self.pick("Total HT", "Total excl. VAT")
    }

    pub fn vat_at(&self, rate: Decimal, base: &Money) -> String {
        let rate = self.percent(rate);
        let base = self.money(base);
        match self.lang {
            Lang::Fr => format!("TVA {rate} sur {base}"),
            Lang::En => format!("VAT {rate} on {base}"),
        }
    }

    pub fn total_gross(&self) -> &'static str {
        self.pick("Total TTC", "Total incl. VAT")
    }

    pub fn amount_due(&self, kind: &DocumentKind) -> &'static str {
        match kind {
            DocumentKind::Invoice => self.pick("Net à payer", "Amount due"),
            DocumentKind::CreditNote { .. } => self.pick("Montant de l'avoir", "Amount credited"),
        }
    }

    // Mentions.
    pub fn terms_heading(&self) -> &'static str {
        self.pick("Conditions de paiement", "Payment terms")
    }

    pub fn due_sentence(&self, kind: &DocumentKind, due: NaiveDate) -> String {
        let due = self.date(due);
        match (kind, self.lang) {
            (DocumentKind::Invoice, Lang::Fr) => {
                format!("Paiement à effectuer au plus tard le {due}.")
            }
            (DocumentKind::Invoice, Lang::En) => format!("Payment is due by {due}."),
            (DocumentKind::CreditNote { .. }, Lang::Fr) => {
                "Montant porté au crédit de votre compte, à déduire d'un prochain règlement ou \
                 remboursé sur demande."
                    .to_string()
            }
            (DocumentKind::CreditNote { .. }, Lang::En) => {
                "This amount is credited to your account, to be deducted from a future payment \
                 or refunded on request."
                    .to_string()
            }
        }
    }

    pub fn late_penalties(&self, rate: Decimal) -> String {
        let rate = self.percent(rate);
        match self.lang {
            Lang::Fr => format!(
                "Pénalités de retard{NNBSP}: {rate} l'an, exigibles dès le lendemain de la \
                 date d'échéance."
            ),
            Lang::En => format!(
                "Late-payment penalties: {rate} a year, due from the day after the due date."
            ),
        }
    }

    pub fn recovery_indemnity(&self, amount: &Money) -> String {
        let dp = if amount.amount.fract().is_zero() {
            0
        } else {
            amount.currency.minor_units()
        };
        let amount = self.money_dp(amount, dp);
        match self.lang {
            Lang::Fr => format!(
                "Indemnité forfaitaire pour frais de recouvrement{NNBSP}: {amount} (art. L441-10 \
                 et D441-5 du Code de commerce)."
            ),
            Lang::En => format!(
                "Fixed indemnity for recovery costs: {amount} (art. L441-10 and D441-5 of the \
                 French Commercial Code)."
            ),
        }
    }

    pub fn discount(&self, terms: Option<&str>) -> String {
        match (terms, self.lang) {
            (None, Lang::Fr) => "Pas d'escompte pour paiement anticipé.".to_string(),
            (None, Lang::En) => "No discount for early payment.".to_string(),
            (Some(t), Lang::Fr) => format!("Escompte pour paiement anticipé{NNBSP}: {t}"),
            (Some(t), Lang::En) => format!("Early-payment discount: {t}"),
        }
    }

    pub fn payment_heading(&self) -> &'static str {
        self.pick("Règlement par virement", "Payment by bank transfer")
    }

    pub fn bank(&self) -> &'static str {
        self.pick("Banque", "Bank")
    }

    pub fn reference(&self, reference: &str) -> String {
        match self.lang {
            Lang::Fr => format!("Référence à rappeler{NNBSP}: {reference}"),
            Lang::En => format!("Reference to quote: {reference}"),
        }
    }

    pub fn references(&self) -> &'static str {
        self.pick("Références", "References")
    }

    pub fn credit_reference(&self, reference: &str) -> String {
        match self.lang {
            Lang::Fr => format!("Avoir{NNBSP}: {reference}"),
            Lang::En => format!("Credit note: {reference}"),
        }
    }

    pub fn original_invoice(&self, number: &str) -> String {
        match self.lang {
            Lang::Fr => format!("Facture d'origine{NNBSP}: {number}"),
            Lang::En => format!("Original invoice: {number}"),
        }
    }

    /// "SAS au capital de 10 000 €" / "SAS with a share capital of €10,000".
    pub fn legal_form(&self, form: Option<&str>, capital: Option<&Money>) -> Option<String> {
        let capital = capital.map(|c| {
            let dp = if c.amount.fract().is_zero() {
                0
            } else {
                c.currency.minor_units()
            };
            self.money_dp(c, dp)
        });
        match (form, capital, self.lang) {
            (Some(f), Some(c), Lang::Fr) => Some(format!("{f} au capital de {c}")),
            (Some(f), Some(c), Lang::En) => Some(format!("{f} with a share capital of {c}")),
            (None, Some(c), Lang::Fr) => Some(format!("Capital social{NNBSP}: {c}")),
            (None, Some(c), Lang::En) => Some(format!("Share capital: {c}")),
            (Some(f), None, _) => Some(f.to_string()),
            (None, None, _) => None,
        }
    }

    pub fn page(&self, n: usize, of: usize) -> String {
        format!("Page {n} / {of}")
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
