use chrono::{Datelike, Weekday};

use super::*;

fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

/// Published dates (calendars of the years), checked against the computation.
#[test]
fn easter_of_known_years() {
    let known = [
        (2000, 4, 23),
        (2008, 3, 23),
        (2019, 4, 21),
        (2024, 3, 31),
        (2025, 4, 20),
        (2026, 4, 5),
        (2027, 3, 28),
        (2028, 4, 16),
        (2029, 4, 1),
        (2030, 4, 21),
        (2038, 4, 25),
        (2285, 3, 22),
    ];
    for (y, m, d) in known {
        assert_eq!(easter_sunday(y), date(y, m, d), "{y}");
    }
}

#[test]
fn easter_based_holidays_of_known_years() {
    let find = |year, holiday| {
        french_holidays(year, true)
            .into_iter()
            .find(|(_, h)| *h == holiday)
            .map(|(d, _)| d)
            .unwrap()
    };
    assert_eq!(find(2024, Holiday::EasterMonday), date(2024, 4, 1));
    assert_eq!(find(2025, Holiday::EasterMonday), date(2025, 4, 21));
    assert_eq!(find(2026, Holiday::EasterMonday), date(2026, 4, 6));
    assert_eq!(find(2024, Holiday::Ascension), date(2024, 5, 9));
    assert_eq!(find(2025, Holiday::Ascension), date(2025, 5, 29));
    assert_eq!(find(2026, Holiday::Ascension), date(2026, 5, 14));
    assert_eq!(find(2024, Holiday::WhitMonday), date(2024, 5, 20));
    assert_eq!(find(2025, Holiday::WhitMonday), date(2025, 6, 9));
    assert_eq!(find(2026, Holiday::WhitMonday), date(2026, 5, 25));
    assert_eq!(find(2030, Holiday::WhitMonday), date(2030, 6, 10));
    assert_eq!(find(2026, Holiday::GoodFriday), date(2026, 4, 3));
}

#[test]
fn eleven_days_in_france_thirteen_in_alsace_moselle() {
    for year in 2000..=2100 {
        let france = french_holidays(year, false);
        let alsace = french_holidays(year, true);
        assert_eq!(france.len(), 11, "{year}");
        assert_eq!(alsace.len(), 13, "{year}");
        assert!(france.windows(2).all(|w| w[0].0 <= w[1].0), "{year}");
        assert!(france.iter().all(|(_, h)| !h.alsace_moselle_only()));
        for (d, h) in &alsace {
            assert_eq!(d.year(), year);
            let weekday = d.weekday();
            match h {
                Holiday::EasterMonday | Holiday::WhitMonday => assert_eq!(weekday, Weekday::Mon),
                Holiday::Ascension => assert_eq!(weekday, Weekday::Thu),
                Holiday::GoodFriday => assert_eq!(weekday, Weekday::Fri),
                _ => {}
            }
        }
    }
}

#[test]
fn every_holiday_has_its_own_name() {
    for lang in [Lang::Fr, Lang::En] {
        let mut names: Vec<String> = Holiday::ALL.iter().map(|h| h.name(lang)).collect();
        names.sort();
        names.dedup();
        assert_eq!(names.len(), Holiday::ALL.len(), "{lang:?}: {names:?}");
    }
    assert_eq!(Holiday::WhitMonday.name(Lang::Fr), "Lundi de Pentecôte");
    assert_eq!(Holiday::NewYear.name(Lang::Fr), "Jour de l’an");
    assert_eq!(Holiday::EasterMonday.name(Lang::En), "Easter Monday");
    for h in Holiday::ALL {
        assert_eq!(Holiday::parse(h.code()), Some(*h));
    }
}
