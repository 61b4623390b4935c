//! France's public holidays, computed for any year: eight on fixed dates and three that
//! follow Easter, plus Alsace-Moselle's Good Friday and 26 December. Computed rather than
//! listed, so a plan's calendar is right in 2031 as in 2026 without anyone typing dates.

use chrono::{Duration, NaiveDate};

use crate::code_enum;
use crate::words::tr;
use crate::Lang;

code_enum!(
    /// A public holiday a plan may close on; its name in each language is in the
    /// catalogue (`support-hours.ftl`).
    #[cfg_attr(feature = "ts", derive(ts_rs::TS))]
    pub enum Holiday {
        NewYear => "new_year",
        /// Alsace-Moselle only.
        GoodFriday => "good_friday",
        EasterMonday => "easter_monday",
        LabourDay => "labour_day",
        VictoryDay => "victory_day",
        Ascension => "ascension",
        WhitMonday => "whit_monday",
        BastilleDay => "bastille_day",
        Assumption => "assumption",
        AllSaints => "all_saints",
        Armistice => "armistice",
        Christmas => "christmas",
        /// Alsace-Moselle only.
        StStephen => "st_stephen",
    }
);

impl Holiday {
    /// « Lundi de Pâques », "Easter Monday".
    pub fn name(self, lang: Lang) -> String {
        tr!(lang, SUPPORT_HOLIDAY, holiday = self.code())
    }

    /// Observed only in Alsace and Moselle (the three departments' local law).
    pub fn alsace_moselle_only(self) -> bool {
        matches!(self, Holiday::GoodFriday | Holiday::StStephen)
    }
}

/// Easter Sunday of `year` in the Gregorian calendar, by the anonymous algorithm
/// (Meeus/Jones/Butcher): integer arithmetic only, right for every Gregorian year.
pub fn easter_sunday(year: i32) -> NaiveDate {
    let a = year.rem_euclid(19);
    let b = year.div_euclid(100);
    let c = year.rem_euclid(100);
    let (d, e) = (b.div_euclid(4), b.rem_euclid(4));
    let f = (b + 8).div_euclid(25);
    let g = (b - f + 1).div_euclid(3);
    let h = (19 * a + b - d - g + 15).rem_euclid(30);
    let (i, k) = (c / 4, c % 4);
    let l = (32 + 2 * e + 2 * i - h - k).rem_euclid(7);
    let m = (a + 11 * h + 22 * l) / 451;
    let n = h + l - 7 * m + 114;
    NaiveDate::from_ymd_opt(year, (n / 31) as u32, (n % 31 + 1) as u32)
        .expect("Easter falls between 22 March and 25 April")
}

/// The holidays of `year`, in date order; Alsace-Moselle's two extra days when asked.
pub fn french_holidays(year: i32, alsace_moselle: bool) -> Vec<(NaiveDate, Holiday)> {
    let easter = easter_sunday(year);
    let fixed = |month, day| NaiveDate::from_ymd_opt(year, month, day).expect("a real date");
    let mut days = vec![
        (fixed(1, 1), Holiday::NewYear),
        (easter - Duration::days(2), Holiday::GoodFriday),
        (easter + Duration::days(1), Holiday::EasterMonday),
        (fixed(5, 1), Holiday::LabourDay),
        (fixed(5, 8), Holiday::VictoryDay),
        (easter + Duration::days(39), Holiday::Ascension),
        (easter + Duration::days(50), Holiday::WhitMonday),
        (fixed(7, 14), Holiday::BastilleDay),
        (fixed(8, 15), Holiday::Assumption),
        (fixed(11, 1), Holiday::AllSaints),
        (fixed(11, 11), Holiday::Armistice),
        (fixed(12, 25), Holiday::Christmas),
        (fixed(12, 26), Holiday::StStephen),
    ];
    days.retain(|(_, h)| alsace_moselle || !h.alsace_moselle_only());
    // Ascension can fall on 1 or 8 May: both stay, each with its own name.
    days.sort_by_key(|(d, _)| *d);
    days
}

#[cfg(test)]
#[path = "holidays_tests.rs"]
mod tests;
