//! The words around a letter's own text and on the collection-policy sheet, from the
//! catalogue (`crates/words/ftl/*/letters.ftl`): the dated line, « Objet », the
//! reference, the continuation header, the policy table's titles.

use ardoise_domain::words::tr;
use chrono::{Datelike, NaiveDate};

use crate::labels::Labels;

impl Labels {
    /// A date with its month in full: « 1er décembre 2026 », "1 December 2026".
    pub fn long_date(&self, d: NaiveDate) -> String {
        let month = tr!(self.lang, LETTER_MONTH, month = d.month());
        tr!(
            self.lang,
            LETTER_LONG_DATE,
            day = d.day(),
            month = month,
            year = d.year().to_string()
        )
    }

    /// « Lyon, le 25 novembre 2026 », "Lyon, 25 November 2026"; without a place « Le 25
    /// novembre 2026 », "25 November 2026".
    pub fn dated(&self, place: &str, date: NaiveDate) -> String {
        let date = self.long_date(date);
        match place.trim() {
            "" => tr!(self.lang, LETTER_DATED, date = date),
            place => tr!(self.lang, LETTER_DATED_AT, place = place, date = date),
        }
    }

    /// « Objet : », "Subject:", before the letter's subject.
    pub fn subject_label(&self) -> String {
        tr!(self.lang, LETTER_SUBJECT)
    }

    /// The letter's reference: « Compte client : C-00042 ».
    pub fn account_line(&self, reference: &str) -> String {
        tr!(self.lang, LETTER_ACCOUNT, reference = reference)
    }

    /// « Lettre du 25/11/2026 (suite) », for the continuation pages' header.
    pub fn letter_continued(&self, date: NaiveDate) -> String {
        let letter = tr!(self.lang, LETTER_OF, date = self.date(date));
        format!("{letter} {}", self.continued())
    }

    /// "Page 1 / 2" ("Page 1 of 2") when the document has several pages, else nothing.
    pub fn page_if_several(&self, n: usize, of: usize) -> String {
        if of > 1 {
            self.page_of(n, of)
        } else {
            String::new()
        }
    }

    /// The heading of the invoices coming due, listed apart: « Facture à échoir » /
    /// « Factures à échoir ».
    pub fn coming_due(&self, count: usize) -> String {
        tr!(self.lang, LETTER_COMING_DUE, count = count)
    }

    /// The title of a PDF of several letters.
    pub fn letters(&self, count: usize) -> String {
        tr!(self.lang, LETTER_MANY, count = count)
    }

    // The collection-policy sheet.
    pub fn col_when(&self) -> String {
        tr!(self.lang, POLICY_COL_WHEN)
    }
    pub fn col_what(&self) -> String {
        tr!(self.lang, POLICY_COL_WHAT)
    }
    pub fn col_effect(&self) -> String {
        tr!(self.lang, POLICY_COL_EFFECT)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use ardoise_domain::Lang;

    #[test]
    fn dates_a_letter_the_readers_way() {
        let d = |m, day| NaiveDate::from_ymd_opt(2026, m, day).unwrap();
        let fr = Labels::new(Lang::Fr);
        let en = Labels::new(Lang::En);
        assert_eq!(fr.dated("Lyon", d(11, 25)), "Lyon, le 25 novembre 2026");
        assert_eq!(fr.dated("Lyon", d(12, 1)), "Lyon, le 1er décembre 2026");
        assert_eq!(fr.dated(" ", d(8, 3)), "Le 3 août 2026");
        assert_eq!(en.dated("Lyon", d(11, 25)), "Lyon, 25 November 2026");
        assert_eq!(en.dated("", d(12, 1)), "1 December 2026");
    }
}
