//! The words around a letter's own text and on the collection-policy sheet, in French and
//! English: the dated line, « Objet », the reference, the continuation header, the
//! policy table's titles.

use ardoise_domain::Lang;
use chrono::{Datelike, NaiveDate};

use crate::labels::Labels;

/// The narrow no-break space French typography puts before `:`.
const NNBSP: char = '\u{202f}';

const FR_MONTHS: [&str; 12] = [
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
];

const EN_MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

impl Labels {
    /// A date with its month in full: « 1er décembre 2026 », "1 December 2026".
    pub fn long_date(&self, d: NaiveDate) -> String {
        let month = d.month0() as usize;
        match self.lang {
            Lang::Fr if d.day() == 1 => format!("1er {} {}", FR_MONTHS[month], d.year()),
            Lang::Fr => format!("{} {} {}", d.day(), FR_MONTHS[month], d.year()),
            Lang::En => format!("{} {} {}", d.day(), EN_MONTHS[month], d.year()),
        }
    }

    /// « Lyon, le 25 novembre 2026 », "Lyon, 25 November 2026"; without a place « Le 25
    /// novembre 2026 », "25 November 2026".
    pub fn dated(&self, place: &str, date: NaiveDate) -> String {
        let date = self.long_date(date);
        match (place.trim(), self.lang) {
            ("", Lang::Fr) => format!("Le {date}"),
            ("", Lang::En) => date,
            (place, Lang::Fr) => format!("{place}, le {date}"),
            (place, Lang::En) => format!("{place}, {date}"),
        }
    }

    /// « Objet : », "Subject:", before the letter's subject.
    pub fn subject_label(&self) -> String {
        match self.lang {
            Lang::Fr => format!("Objet{NNBSP}:"),
            Lang::En => "Subject:".to_string(),
        }
    }

    /// The letter's reference: « Compte client : C-00042 ».
    pub fn account_line(&self, reference: &str) -> String {
        match self.lang {
            Lang::Fr => format!("Compte client{NNBSP}: {reference}"),
            Lang::En => format!("Customer account: {reference}"),
        }
    }

    /// « Lettre du 25/11/2026 (suite) », for the continuation pages' header.
    pub fn letter_continued(&self, date: NaiveDate) -> String {
        let date = self.date(date);
        match self.lang {
            Lang::Fr => format!("Lettre du {date} {}", self.continued()),
            Lang::En => format!("Letter of {date} {}", self.continued()),
        }
    }

    /// "Page 1 / 2" ("Page 1 of 2") when the document has several pages, else nothing.
    pub fn page_if_several(&self, n: usize, of: usize) -> String {
        if of > 1 {
            self.page_of(n, of)
        } else {
            String::new()
        }
    }

    /// The title of a PDF of several letters.
    pub fn letters(&self, count: usize) -> String {
        match self.lang {
            Lang::Fr => format!("Lettres aux clients ({count})"),
            Lang::En => format!("Letters to customers ({count})"),
        }
    }

    // The collection-policy sheet.
    pub fn col_when(&self) -> &'static str {
        self.pick("Quand", "When")
    }
    pub fn col_what(&self) -> &'static str {
        self.pick("Ce que nous faisons", "What we do")
    }
    pub fn col_effect(&self) -> &'static str {
        self.pick("Effet sur votre accès", "Effect on your access")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
