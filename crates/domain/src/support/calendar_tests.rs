use chrono::{Datelike, Duration, TimeZone, Weekday};
use proptest::prelude::*;

use super::*;
use crate::support::holidays::{easter_sunday, french_holidays};
use crate::support::hours::ServiceRange;
use crate::support::plan::PlanTerms;
use crate::Lang;

const ZONES: [Tz; 4] = [
    chrono_tz::Europe::Paris,
    chrono_tz::America::New_York,
    chrono_tz::Asia::Kolkata,
    // Its daylight saving moves the clocks by 30 minutes.
    chrono_tz::Australia::Lord_Howe,
];

pub(crate) fn paris() -> Tz {
    chrono_tz::Europe::Paris
}

fn range(start: u16, end: u16) -> ServiceRange {
    ServiceRange { start, end }
}

fn french() -> HolidayRules {
    HolidayRules {
        french: true,
        ..HolidayRules::default()
    }
}

/// 9:00–12:30 and 14:00–18:00, Monday to Friday, French holidays closed.
pub(crate) fn office() -> ServiceCalendar {
    let hours = WeeklyHours::weekdays(&[range(540, 750), range(840, 1080)]);
    ServiceCalendar::new(paris(), &hours, &french())
}

fn local(zone: Tz, y: i32, m: u32, d: u32, h: u32, min: u32) -> DateTime<Utc> {
    zone.with_ymd_and_hms(y, m, d, h, min, 0)
        .earliest()
        .unwrap()
        .with_timezone(&Utc)
}

pub(crate) fn at(y: i32, m: u32, d: u32, h: u32, min: u32) -> DateTime<Utc> {
    local(paris(), y, m, d, h, min)
}

fn ymd(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

/// The last Sunday of `month`: Europe's clocks change then (March forward, October back).
fn last_sunday(year: i32, month: u32) -> NaiveDate {
    let mut day = ymd(year, month, 31);
    while day.weekday() != Weekday::Sun {
        day = day.pred_opt().unwrap();
    }
    day
}

/// The minutes of service in [from, to) counted one minute at a time: the definition
/// itself (`is_open`), without the walk.
fn counted(cal: &ServiceCalendar, from: DateTime<Utc>, to: DateTime<Utc>) -> i64 {
    let mut t = from;
    let mut n = 0;
    while t < to {
        n += i64::from(cal.is_open(t));
        t += Duration::minutes(1);
    }
    n
}

/// `from` plus `minutes` of service found one minute at a time; `None` past two weeks.
fn counted_add(cal: &ServiceCalendar, from: DateTime<Utc>, minutes: i64) -> Option<DateTime<Utc>> {
    let mut t = from;
    let mut n = 0;
    while t < from + Duration::days(14) {
        if cal.is_open(t) {
            if n == minutes {
                return Some(t);
            }
            n += 1;
            if n == minutes {
                return Some(t + Duration::minutes(1));
            }
        }
        t += Duration::minutes(1);
    }
    None
}

#[test]
fn an_office_week() {
    let cal = office();
    // Friday 2026-05-22 17:00 + 2 h: one hour on Friday, Whit Monday closed, Tuesday 10:00.
    assert_eq!(
        cal.add_minutes(at(2026, 5, 22, 17, 0), 120),
        Some(at(2026, 5, 26, 10, 0))
    );
    assert!(cal.is_open(at(2026, 5, 22, 9, 0)));
    assert!(!cal.is_open(at(2026, 5, 22, 12, 30)));
    assert!(!cal.is_open(at(2026, 5, 25, 10, 0)));
    assert_eq!(
        cal.minutes_between(at(2026, 5, 22, 17, 0), at(2026, 5, 26, 10, 0)),
        120
    );
    // Time that runs out at a range's end ends there, not at the next opening.
    assert_eq!(
        cal.add_minutes(at(2026, 5, 22, 17, 0), 60),
        Some(at(2026, 5, 22, 18, 0))
    );
    // Zero minutes from a closed instant: the next opening.
    assert_eq!(
        cal.add_minutes(at(2026, 5, 22, 12, 45), 0),
        Some(at(2026, 5, 22, 14, 0))
    );
    assert_eq!(
        cal.minutes_between(at(2026, 5, 26, 10, 0), at(2026, 5, 22, 17, 0)),
        0
    );
}

#[test]
fn a_calendar_that_never_opens() {
    let cal = ServiceCalendar::new(paris(), &WeeklyHours::default(), &french());
    let t = at(2026, 3, 2, 10, 0);
    assert_eq!(cal.add_minutes(t, 0), None);
    assert_eq!(cal.minutes_between(t, t + Duration::days(30)), 0);
    assert!(!cal.is_open(t));
    assert_eq!(cal.status(t), OpenStatus::Closed { until: None });
    // Nothing beyond 2100.
    let late = office();
    assert_eq!(late.add_minutes(at(2100, 12, 31, 17, 0), 120), None);
    assert_eq!(
        late.add_minutes(at(2100, 12, 31, 17, 0), 60),
        Some(at(2100, 12, 31, 18, 0))
    );
    assert_eq!(
        DateTime::from_timestamp(LIMIT, 0),
        Some(Utc.with_ymd_and_hms(2101, 1, 1, 0, 0, 0).unwrap())
    );
}

/// Europe/Paris skips 2:00–3:00 on the last Sunday of March and lives it twice on the
/// last Sunday of October: a range across it lasts an hour less, then an hour more.
#[test]
fn daylight_saving_weekends_of_paris() {
    let night = WeeklyHours {
        days: std::array::from_fn(|d| if d == 6 { vec![range(60, 240)] } else { vec![] }),
    };
    let around = ServiceCalendar::new(
        paris(),
        &WeeklyHours::around_the_clock(),
        &HolidayRules::default(),
    );
    let sunday_night = ServiceCalendar::new(paris(), &night, &HolidayRules::default());
    for year in 2024..=2040 {
        for (month, shift) in [(3, -60), (10, 60)] {
            let sunday = last_sunday(year, month);
            let noon = |d: NaiveDate| at(d.year(), d.month(), d.day(), 12, 0);
            let saturday = sunday.pred_opt().unwrap();
            let monday = sunday.succ_opt().unwrap();
            // Around the clock: 48 hours of wall clock, 47 or 49 of real time.
            assert_eq!(
                around.minutes_between(noon(saturday), noon(monday)),
                48 * 60 + shift,
                "{sunday}"
            );
            assert_eq!(
                around.add_minutes(noon(saturday), 48 * 60 + shift),
                Some(noon(monday))
            );
            // 1:00–4:00 on the night: 2 hours in March, 4 in October.
            let week_start = noon(saturday) - Duration::days(2);
            assert_eq!(
                sunday_night.minutes_between(week_start, noon(monday)),
                180 + shift,
                "{sunday}"
            );
            let one = at(sunday.year(), sunday.month(), sunday.day(), 1, 0);
            let four = at(sunday.year(), sunday.month(), sunday.day(), 4, 0);
            assert_eq!(sunday_night.add_minutes(week_start, 0), Some(one));
            assert_eq!(sunday_night.add_minutes(one, 180 + shift), Some(four));
            // An hour and a half after 1:00 is 3:30 in March (real time), and the first
            // 2:30 in October; an hour later, the second 2:30.
            let wall = |t: DateTime<Utc>| t.with_timezone(&paris()).format("%H:%M").to_string();
            let later = sunday_night.add_minutes(one, 90).unwrap();
            assert_eq!(later - one, Duration::minutes(90));
            assert_eq!(wall(later), if month == 3 { "03:30" } else { "02:30" });
            if month == 10 {
                let again = sunday_night.add_minutes(one, 150).unwrap();
                assert_eq!(wall(again), "02:30");
                assert_eq!(again - later, Duration::hours(1));
            }
            assert_eq!(
                counted(&sunday_night, week_start, noon(monday)),
                180 + shift
            );
        }
    }
}

/// The French holidays of several years, Easter Monday and Whit Monday included, are
/// closed, and the days around them open.
#[test]
fn french_holidays_are_closed() {
    let cal = office();
    for year in 2024..=2035 {
        let holidays = french_holidays(year, false);
        for (date, holiday) in &holidays {
            let ten = at(date.year(), date.month(), date.day(), 10, 0);
            assert!(!cal.is_open(ten), "{date} {holiday:?}");
        }
        let easter_monday = easter_sunday(year) + Duration::days(1);
        let whit_monday = easter_sunday(year) + Duration::days(50);
        for monday in [easter_monday, whit_monday] {
            assert!(holidays.iter().any(|(d, _)| *d == monday));
            let tuesday = monday.succ_opt().unwrap();
            let friday = monday - Duration::days(3);
            let before = at(friday.year(), friday.month(), friday.day(), 18, 0);
            let after = at(tuesday.year(), tuesday.month(), tuesday.day(), 9, 0);
            assert_eq!(cal.minutes_between(before, after), 0, "{monday}");
            assert_eq!(cal.add_minutes(before, 0), Some(after), "{monday}");
            assert!(cal.is_open(after + Duration::minutes(1)));
        }
        let days = cal.closed_days(year);
        assert_eq!(days.len(), 11);
        assert!(days.iter().all(|d| d.holiday.is_some()));
    }
    let alsace = ServiceCalendar::new(
        paris(),
        &WeeklyHours::weekdays(&[range(540, 1080)]),
        &HolidayRules {
            french: true,
            alsace_moselle: true,
            closed_days: vec![ymd(2026, 12, 24), ymd(2026, 12, 26), ymd(2027, 1, 4)],
        },
    );
    assert!(!alsace.is_open(at(2026, 4, 3, 10, 0)), "Good Friday");
    assert!(office().is_open(at(2026, 4, 3, 10, 0)));
    assert!(!alsace.is_open(at(2026, 12, 24, 10, 0)), "typed by hand");
    let days = alsace.closed_days(2026);
    assert_eq!(days.len(), 14);
    let day = |d| days.iter().find(|c| c.date == d).unwrap().holiday;
    assert_eq!(day(ymd(2026, 12, 24)), None);
    assert_eq!(day(ymd(2026, 12, 26)), Some(Holiday::StStephen));
}

/// The indicator's sentence at `now`, in French and English.
fn says(cal: &ServiceCalendar, now: DateTime<Utc>, fr: &str, en: &str) {
    let status = cal.status(now);
    assert_eq!(status.describe(Lang::Fr, paris(), now), fr);
    assert_eq!(status.describe(Lang::En, paris(), now), en);
}

#[test]
fn status_and_its_sentence() {
    let cal = office();
    let friday_five = at(2026, 5, 22, 17, 0);
    let until = |t| Some(t);
    assert_eq!(
        cal.status(friday_five),
        OpenStatus::Open {
            until: until(at(2026, 5, 22, 18, 0))
        }
    );
    says(
        &cal,
        friday_five,
        "Ouvert jusqu’à 18:00",
        "Open until 18:00",
    );
    // Whit Monday is closed: Tuesday 9:00.
    let friday_evening = at(2026, 5, 22, 19, 0);
    assert_eq!(
        cal.status(friday_evening),
        OpenStatus::Closed {
            until: until(at(2026, 5, 26, 9, 0))
        }
    );
    says(
        &cal,
        friday_evening,
        "Fermé jusqu’à mardi 9:00",
        "Closed until Tuesday 9:00",
    );
    says(
        &cal,
        at(2026, 5, 26, 12, 45),
        "Fermé jusqu’à 14:00",
        "Closed until 14:00",
    );
    says(
        &cal,
        at(2026, 5, 28, 19, 0),
        "Fermé jusqu’à demain 9:00",
        "Closed until tomorrow 9:00",
    );
    // Closed from 24 December to 1 January.
    let holidays = HolidayRules {
        french: true,
        alsace_moselle: false,
        closed_days: (24..=31).map(|d| ymd(2026, 12, d)).collect(),
    };
    let winter = ServiceCalendar::new(
        paris(),
        &WeeklyHours::weekdays(&[range(540, 1080)]),
        &holidays,
    );
    let eve = at(2026, 12, 23, 19, 0);
    says(
        &winter,
        eve,
        "Fermé jusqu’au 04/01/2027 à 9:00",
        "Closed until 4 Jan 2027 at 9:00",
    );
    // Around the clock: open with no end.
    let always = ServiceCalendar::around_the_clock();
    assert_eq!(always.status(eve), OpenStatus::Open { until: None });
    says(&always, eve, "Ouvert 24\u{a0}h/24", "Open around the clock");
    // A range ending at midnight runs on into the next day's range from midnight, and
    // midnight ends the day before.
    let weekend = WeeklyHours {
        days: std::array::from_fn(|d| if d >= 5 { vec![range(0, 1440)] } else { vec![] }),
    };
    let weekend = ServiceCalendar::new(paris(), &weekend, &HolidayRules::default());
    let saturday = at(2026, 5, 23, 10, 0);
    assert_eq!(
        weekend.status(saturday),
        OpenStatus::Open {
            until: until(at(2026, 5, 25, 0, 0))
        }
    );
    says(
        &weekend,
        saturday,
        "Ouvert jusqu’à demain 24:00",
        "Open until tomorrow 24:00",
    );
    says(
        &weekend,
        at(2026, 5, 24, 20, 0),
        "Ouvert jusqu’à 24:00",
        "Open until 24:00",
    );
}

#[test]
fn zones_by_name() {
    assert_eq!(parse_zone(" Europe/Paris "), Ok(paris()));
    assert_eq!(
        parse_zone("Australia/Lord_Howe"),
        Ok(chrono_tz::Australia::Lord_Howe)
    );
    assert_eq!(parse_zone(""), Err(Problem::Required));
    let terms = |zone: &str| PlanTerms {
        name: "Bureau".into(),
        no_support: false,
        covered_fr: String::new(),
        covered_en: String::new(),
        not_covered_fr: String::new(),
        not_covered_en: String::new(),
        time_zone: zone.into(),
        hours: WeeklyHours::weekdays(&[range(540, 1080)]),
        holidays: french(),
        phone: None,
        email: None,
        portal_url: None,
        targets: Vec::new(),
        escalation_routes: Vec::new(),
        delivered_by: crate::support::kinds::DeliveredBy::OwnTeam,
        provider_name: None,
        provider_contact: None,
    };
    let plan = ServiceCalendar::of_terms(&terms("America/New_York")).unwrap();
    assert_eq!(plan.zone(), chrono_tz::America::New_York);
    assert!(plan.is_open(local(plan.zone(), 2026, 7, 15, 9, 0)));
    assert!(!plan.is_open(local(paris(), 2026, 7, 15, 9, 0)));
    assert!(ServiceCalendar::of_terms(&terms("Mars/Olympus")).is_err());
    let wrong = parse_zone("Europe/Pari").unwrap_err();
    assert_eq!(
        wrong.message(Lang::Fr),
        "«\u{202f}Europe/Pari\u{202f}» n’est pas un fuseau horaire connu\u{202f}: écrivez-le comme Europe/Paris ou America/New_York."
    );
}

// ----- properties over random calendars -----

/// A day of 0 to 3 ranges on quarter hours (about one day in five has none).
fn day_ranges() -> impl Strategy<Value = Vec<ServiceRange>> {
    prop::collection::btree_set(0u16..=96, 0..=6).prop_map(|cuts| {
        let cuts: Vec<u16> = cuts.into_iter().map(|q| q * 15).collect();
        cuts.chunks_exact(2).map(|c| range(c[0], c[1])).collect()
    })
}

fn calendars() -> impl Strategy<Value = (ServiceCalendar, WeeklyHours)> {
    let days = prop::array::uniform7(day_ranges());
    let closed = prop::collection::vec(0i64..(8 * 366), 0..8);
    (days, 0..ZONES.len(), any::<bool>(), any::<bool>(), closed).prop_map(
        |(days, zone, french, alsace_moselle, closed)| {
            let hours = WeeklyHours { days };
            let rules = HolidayRules {
                french,
                alsace_moselle,
                closed_days: closed
                    .into_iter()
                    .map(|n| ymd(2024, 1, 1) + Duration::days(n))
                    .collect(),
            };
            (ServiceCalendar::new(ZONES[zone], &hours, &rules), hours)
        },
    )
}

/// A whole minute between 2024 and 2031.
fn instants() -> impl Strategy<Value = DateTime<Utc>> {
    let start = Utc.with_ymd_and_hms(2024, 1, 1, 0, 0, 0).unwrap();
    (0i64..(8 * 366 * 1440)).prop_map(move |m| start + Duration::minutes(m))
}

/// A whole minute in the 4 days around a daylight-saving change of the calendar's zone
/// (Europe's last Sundays, America's second Sunday of March and first of November,
/// Lord Howe's first Sundays of April and October), or anywhere for Kolkata.
fn near_a_change(zone: Tz, year: i32, which: bool, minute: i64) -> DateTime<Utc> {
    let sunday = |month, nth: usize| -> NaiveDate {
        let first = ymd(year, month, 1);
        let ahead = (7 - first.weekday().num_days_from_sunday()) % 7;
        first + Duration::days(i64::from(ahead) + 7 * (nth as i64 - 1))
    };
    let day = match (zone, which) {
        (chrono_tz::Europe::Paris, true) => last_sunday(year, 3),
        (chrono_tz::Europe::Paris, false) => last_sunday(year, 10),
        (chrono_tz::America::New_York, true) => sunday(3, 2),
        (chrono_tz::America::New_York, false) => sunday(11, 1),
        (chrono_tz::Australia::Lord_Howe, true) => sunday(4, 1),
        (chrono_tz::Australia::Lord_Howe, false) => sunday(10, 1),
        _ => ymd(year, 6, 15),
    };
    local(zone, day.year(), day.month(), day.day(), 0, 0) - Duration::days(2)
        + Duration::minutes(minute)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    /// A due time is within a range, or at a range's end (the minute before it is open).
    #[test]
    fn a_due_time_is_never_outside_service_hours(
        (cal, _) in calendars(), from in instants(), minutes in 0i64..(3 * 7 * 1440),
    ) {
        match cal.add_minutes(from, minutes) {
            None => prop_assert_eq!(cal.week_seconds, 0),
            Some(due) => {
                prop_assert!(due >= from);
                if minutes == 0 {
                    prop_assert!(cal.is_open(due));
                } else {
                    prop_assert!(cal.is_open(due - Duration::seconds(1)), "{due}");
                }
            }
        }
    }

    #[test]
    fn adding_twice_is_adding_the_sum(
        (cal, _) in calendars(), from in instants(),
        h1 in 1i64..(7 * 1440), h2 in 1i64..(7 * 1440),
    ) {
        let twice = cal.add_minutes(from, h1).and_then(|t| cal.add_minutes(t, h2));
        prop_assert_eq!(twice, cal.add_minutes(from, h1 + h2));
    }

    #[test]
    fn minutes_between_undoes_adding(
        (cal, _) in calendars(), from in instants(), minutes in 0i64..(3 * 7 * 1440),
    ) {
        if let Some(due) = cal.add_minutes(from, minutes) {
            prop_assert_eq!(cal.minutes_between(from, due), minutes);
        }
    }

    /// A week never holds more than its weekly minutes plus the longest clock change
    /// (an hour); without clock changes or closed days it holds them exactly.
    #[test]
    fn a_week_holds_its_weekly_minutes((cal, hours) in calendars(), from in instants()) {
        let weekly = i64::from(hours.minutes_per_week());
        let week = cal.minutes_between(from, from + Duration::days(7));
        prop_assert!(week <= weekly + 60);
        let plain = ServiceCalendar::new(
            chrono_tz::Asia::Kolkata,
            &hours,
            &HolidayRules::default(),
        );
        prop_assert_eq!(plain.minutes_between(from, from + Duration::days(7)), weekly);
    }

    /// A day typed as closed has no minute of service, whatever its weekday's hours.
    #[test]
    fn closed_days_are_closed((cal, hours) in calendars(), day in 0i64..(8 * 366)) {
        let date = ymd(2024, 1, 1) + Duration::days(day);
        let rules = HolidayRules { closed_days: vec![date], ..HolidayRules::default() };
        let closed = ServiceCalendar::new(cal.zone(), &hours, &rules);
        let start = local(cal.zone(), date.year(), date.month(), date.day(), 0, 0);
        let next = date + Duration::days(1);
        let end = local(cal.zone(), next.year(), next.month(), next.day(), 0, 0);
        prop_assert_eq!(closed.minutes_between(start, end), 0);
        prop_assert_eq!(counted(&closed, start, end), 0);
    }

    /// Around each clock change of each zone, the walk counts what a minute-by-minute
    /// count of open minutes finds.
    #[test]
    fn the_walk_counts_what_the_clock_shows(
        (cal, _) in calendars(), year in 2024i32..2031, which in any::<bool>(),
        start in 0i64..(2 * 1440), length in 0i64..(2 * 1440),
    ) {
        let from = near_a_change(cal.zone(), year, which, start);
        let to = from + Duration::minutes(length);
        let seconds = cal.seconds_between(from.timestamp(), to.timestamp());
        prop_assert_eq!(seconds, 60 * counted(&cal, from, to));
    }

    /// Around each clock change, adding walks to where a minute-by-minute count of open
    /// minutes ends.
    #[test]
    fn adding_reaches_what_the_clock_shows(
        (cal, _) in calendars(), year in 2024i32..2031, which in any::<bool>(),
        start in 0i64..(3 * 1440), minutes in 0i64..(2 * 1440),
    ) {
        let from = near_a_change(cal.zone(), year, which, start);
        if let Some(expected) = counted_add(&cal, from, minutes) {
            prop_assert_eq!(cal.add_minutes(from, minutes), Some(expected));
        }
    }
}
