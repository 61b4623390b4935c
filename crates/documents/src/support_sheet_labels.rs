//! The words of the support-terms sheet, from the catalogue
//! (`crates/words/ftl/*/support-sheet.ftl`), and how a plan's facts read: the weekly
//! calendar as « Lundi à vendredi » and « 9:00–12:30, 14:00–18:00 », durations as
//! « 1 h 30 », a day as « lundi 6 avril 2026 ».

use ardoise_domain::money::Money;
use ardoise_domain::support::{DeliveredBy, Rounding, Route, ServiceRange, Severity, WeeklyHours};
use ardoise_domain::words::tr;
use chrono::{Datelike, NaiveDate};

use crate::labels::Labels;

/// `9:00`, `24:00`: clock times are figures in both languages.
fn clock(minutes: u16) -> String {
    format!("{}:{:02}", minutes / 60, minutes % 60)
}

/// `9:00–12:30`, with an en dash between the ends.
fn range(r: &ServiceRange) -> String {
    format!("{}–{}", clock(r.start), clock(r.end))
}

/// The week cut into runs of days that follow each other with the same hours, as
/// (first, last) day numbers, 0 being Monday: every day in one run, in order, and two
/// runs side by side never have the same hours.
fn runs(hours: &WeeklyHours) -> Vec<(usize, usize)> {
    let mut out: Vec<(usize, usize)> = Vec::new();
    for day in 0..7 {
        match out.last_mut() {
            Some((_, last)) if hours.days[*last] == hours.days[day] => *last = day,
            _ => out.push((day, day)),
        }
    }
    out
}

impl Labels {
    pub fn support_title(&self) -> String {
        tr!(self.lang, SUPPORT_SHEET_TITLE)
    }

    /// The PDF's title, and the continuation pages' header with « (suite) ».
    pub fn support_name(&self, account: &str) -> String {
        tr!(self.lang, SUPPORT_SHEET_NAME, account = account)
    }

    pub fn support_plan(&self, name: &str) -> String {
        tr!(self.lang, SUPPORT_SHEET_PLAN, name = name)
    }

    pub fn support_account(&self) -> String {
        tr!(self.lang, SUPPORT_SHEET_ACCOUNT)
    }

    pub fn support_covered(&self) -> String {
        tr!(self.lang, SUPPORT_SHEET_COVERED)
    }

    pub fn support_not_covered(&self) -> String {
        tr!(self.lang, SUPPORT_SHEET_NOT_COVERED)
    }

    pub fn support_none(&self) -> String {
        tr!(self.lang, SUPPORT_SHEET_NO_SUPPORT)
    }

    /// The line on the collection-policy sheet that points to this sheet.
    pub fn support_pointer(&self) -> String {
        tr!(self.lang, SUPPORT_SHEET_POINTER)
    }

    // Hours of service.
    pub fn support_hours(&self) -> String {
        tr!(self.lang, SUPPORT_SHEET_HOURS)
    }
    pub fn support_col_days(&self) -> String {
        tr!(self.lang, SUPPORT_SHEET_COL_DAYS)
    }
    pub fn support_col_hours(&self) -> String {
        tr!(self.lang, SUPPORT_SHEET_COL_HOURS)
    }
    pub fn support_zone(&self, zone: &str) -> String {
        tr!(self.lang, SUPPORT_SHEET_ZONE, zone = zone)
    }
    pub fn support_no_hours(&self) -> String {
        tr!(self.lang, SUPPORT_SHEET_NO_HOURS)
    }

    /// The week as rows of the hours table: days that follow each other with the same
    /// hours share a row (« Lundi à vendredi », « 9:00–12:30, 14:00–18:00 »), a day
    /// without hours reads « Fermé ». Empty when the plan has no hours at all.
    pub fn week(&self, hours: &WeeklyHours) -> Vec<(String, String)> {
        if hours.days.iter().all(Vec::is_empty) {
            return Vec::new();
        }
        runs(hours)
            .into_iter()
            .map(|(first, last)| {
                let days = if (first, last) == (0, 6) {
                    tr!(self.lang, SUPPORT_SHEET_EVERY_DAY)
                } else {
                    self.days(first, last)
                };
                (days, self.day_hours(&hours.days[first]))
            })
            .collect()
    }

    /// Days `first` to `last` (0 is Monday): « Lundi », « Samedi et dimanche »,
    /// « Lundi à vendredi ».
    fn days(&self, first: usize, last: usize) -> String {
        // Weekday numbers in the catalogue count from 1, Monday.
        let first_name = tr!(self.lang, SUPPORT_SHEET_WEEKDAY_FIRST, day = first + 1);
        let last_name = tr!(self.lang, SUPPORT_SHEET_WEEKDAY, day = last + 1);
        match last - first {
            0 => first_name,
            1 => tr!(
                self.lang,
                SUPPORT_SHEET_DAYS_TWO,
                first = first_name,
                second = last_name
            ),
            _ => tr!(
                self.lang,
                SUPPORT_SHEET_DAYS_SPAN,
                first = first_name,
                last = last_name
            ),
        }
    }

    /// One day's ranges: « 9:00–12:30, 14:00–18:00 », « 24 h/24 », « Fermé ».
    fn day_hours(&self, ranges: &[ServiceRange]) -> String {
        match ranges {
            [] => tr!(self.lang, SUPPORT_SHEET_DAY_CLOSED),
            [ServiceRange {
                start: 0,
                end: 1440,
            }] => tr!(self.lang, SUPPORT_SHEET_ALL_DAY),
            _ => ranges.iter().map(range).collect::<Vec<_>>().join(", "),
        }
    }

    // Closed days.
    pub fn support_closed_days(&self, year: i32) -> String {
        tr!(
            self.lang,
            SUPPORT_SHEET_CLOSED_DAYS,
            year = year.to_string()
        )
    }
    pub fn support_closed_intro(&self) -> String {
        tr!(self.lang, SUPPORT_SHEET_CLOSED_INTRO)
    }
    pub fn support_closed_none(&self, year: i32) -> String {
        tr!(
            self.lang,
            SUPPORT_SHEET_CLOSED_NONE,
            year = year.to_string()
        )
    }

    /// A closed day: « lundi 6 avril » (the year is the section's) and the holiday's
    /// name, or « Fermeture exceptionnelle » for a day typed by hand.
    pub fn closed_day(&self, date: NaiveDate, holiday: Option<&str>) -> (String, String) {
        let weekday = tr!(
            self.lang,
            SUPPORT_SHEET_WEEKDAY,
            day = date.weekday().number_from_monday()
        );
        let month = tr!(self.lang, LETTER_MONTH, month = date.month());
        let day = tr!(
            self.lang,
            SUPPORT_SHEET_DAY_DATE,
            weekday = weekday,
            day = date.day(),
            month = month
        );
        let name = match holiday {
            Some(name) => name.to_string(),
            None => tr!(self.lang, SUPPORT_SHEET_CLOSED_BY_HAND),
        };
        (day, name)
    }

    // How to reach support.
    pub fn support_contact(&self) -> String {
        tr!(self.lang, SUPPORT_SHEET_CONTACT)
    }
    pub fn support_phone(&self) -> String {
        tr!(self.lang, SUPPORT_SHEET_PHONE)
    }
    pub fn support_email(&self) -> String {
        tr!(self.lang, SUPPORT_SHEET_EMAIL)
    }
    pub fn support_portal(&self) -> String {
        tr!(self.lang, SUPPORT_SHEET_PORTAL)
    }
    pub fn support_contact_none(&self) -> String {
        tr!(self.lang, SUPPORT_SHEET_CONTACT_NONE)
    }

    // Targets.
    pub fn support_targets(&self) -> String {
        tr!(self.lang, SUPPORT_SHEET_TARGETS)
    }
    pub fn support_targets_intro(&self) -> String {
        tr!(self.lang, SUPPORT_SHEET_TARGETS_INTRO)
    }
    pub fn support_target_columns(&self) -> [String; 4] {
        [
            tr!(self.lang, SUPPORT_SHEET_COL_SEVERITY),
            tr!(self.lang, SUPPORT_SHEET_COL_FIRST_RESPONSE),
            tr!(self.lang, SUPPORT_SHEET_COL_RESOLUTION),
            tr!(self.lang, SUPPORT_SHEET_COL_COUNTED),
        ]
    }
    pub fn severity(&self, severity: Severity) -> String {
        tr!(
            self.lang,
            SUPPORT_SHEET_SEVERITY,
            severity = severity.code()
        )
    }
    pub fn counted(&self, around_the_clock: bool) -> String {
        if around_the_clock {
            tr!(self.lang, SUPPORT_SHEET_COUNTED_ALWAYS)
        } else {
            tr!(self.lang, SUPPORT_SHEET_COUNTED_SERVICE)
        }
    }

    /// A duration as a reader says it: « 45 min », « 4 h », « 1 h 30 ».
    pub fn duration(&self, minutes: u32) -> String {
        let (h, m) = (minutes / 60, minutes % 60);
        match (h, m) {
            (0, m) => tr!(self.lang, SUPPORT_SHEET_MINUTES, minutes = m.to_string()),
            (h, 0) => tr!(self.lang, SUPPORT_SHEET_HOURS_ONLY, hours = h.to_string()),
            (h, m) => tr!(
                self.lang,
                SUPPORT_SHEET_HOURS_MINUTES,
                hours = h.to_string(),
                minutes = format!("{m:02}")
            ),
        }
    }

    // Prices.
    pub fn support_prices(&self) -> String {
        tr!(self.lang, SUPPORT_SHEET_PRICES)
    }
    pub fn support_prices_from(&self, date: NaiveDate) -> String {
        tr!(self.lang, SUPPORT_SHEET_PRICES_FROM, date = self.date(date))
    }
    pub fn support_prices_none(&self) -> String {
        tr!(self.lang, SUPPORT_SHEET_PRICES_NONE)
    }
    pub fn monthly_fee(&self, fee: &Money) -> (String, String) {
        let amount = self.money(fee);
        (
            tr!(self.lang, SUPPORT_SHEET_FEE),
            tr!(self.lang, SUPPORT_SHEET_PER_MONTH, amount = amount),
        )
    }
    pub fn included(&self, minutes: u32) -> (String, String) {
        let value = if minutes == 0 {
            tr!(self.lang, SUPPORT_SHEET_INCLUDED_NONE)
        } else {
            let duration = self.duration(minutes);
            tr!(self.lang, SUPPORT_SHEET_INCLUDED_VALUE, duration = duration)
        };
        (tr!(self.lang, SUPPORT_SHEET_INCLUDED), value)
    }
    pub fn hourly_rate(&self, rate: &Money) -> (String, String) {
        let amount = self.money(rate);
        (
            tr!(self.lang, SUPPORT_SHEET_RATE),
            tr!(self.lang, SUPPORT_SHEET_PER_HOUR, amount = amount),
        )
    }
    /// How time is counted: each intervention or the month's total, rounded up to the
    /// increment.
    pub fn counting(&self, rounding: Rounding, increment: u32) -> (String, String) {
        let value = tr!(
            self.lang,
            SUPPORT_SHEET_COUNTING_VALUE,
            rounding = rounding.code(),
            increment = self.duration(increment)
        );
        (tr!(self.lang, SUPPORT_SHEET_COUNTING), value)
    }
    pub fn minimum(&self, rounding: Rounding, minimum: u32) -> (String, String) {
        let value = tr!(
            self.lang,
            SUPPORT_SHEET_MINIMUM_VALUE,
            rounding = rounding.code(),
            minimum = self.duration(minimum)
        );
        (tr!(self.lang, SUPPORT_SHEET_MINIMUM), value)
    }
    pub fn billed_next_month(&self) -> String {
        tr!(self.lang, SUPPORT_SHEET_BILLED_NEXT_MONTH)
    }

    // Escalation and delivery.
    pub fn support_escalation(&self) -> String {
        tr!(self.lang, SUPPORT_SHEET_ESCALATION)
    }
    pub fn support_escalation_intro(&self) -> String {
        tr!(self.lang, SUPPORT_SHEET_ESCALATION_INTRO)
    }
    pub fn support_escalation_none(&self) -> String {
        tr!(self.lang, SUPPORT_SHEET_ESCALATION_NONE)
    }
    pub fn route(&self, route: Route) -> String {
        tr!(self.lang, SUPPORT_SHEET_ROUTE, route = route.code())
    }
    pub fn support_delivery(&self) -> String {
        tr!(self.lang, SUPPORT_SHEET_DELIVERY)
    }
    pub fn delivered_by(&self, by: DeliveredBy, name: &str) -> String {
        tr!(
            self.lang,
            SUPPORT_SHEET_DELIVERED,
            by = by.code(),
            name = name
        )
    }
    pub fn provider_contact(&self, contact: &str) -> String {
        tr!(self.lang, SUPPORT_SHEET_PROVIDER_CONTACT, contact = contact)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use ardoise_domain::Lang;
    use proptest::prelude::*;

    /// A day of zero to two ranges drawn from a few, so that equal days are common.
    fn day() -> impl Strategy<Value = Vec<ServiceRange>> {
        let ranges = [r(540, 750), r(840, 1080), r(0, 1440), r(480, 720)];
        prop::collection::vec(prop::sample::select(ranges.to_vec()), 0..=2).prop_map(|mut d| {
            d.sort();
            d.dedup();
            d
        })
    }

    proptest! {
        #[test]
        fn runs_cover_the_week_once_and_never_split_equal_neighbours(
            days in prop::array::uniform7(day())
        ) {
            let hours = WeeklyHours { days };
            let runs = runs(&hours);
            let mut next = 0;
            for (i, &(first, last)) in runs.iter().enumerate() {
                prop_assert_eq!(first, next);
                prop_assert!(last >= first);
                for d in first..=last {
                    prop_assert_eq!(&hours.days[d], &hours.days[first]);
                }
                if i > 0 {
                    prop_assert_ne!(&hours.days[first], &hours.days[runs[i - 1].0]);
                }
                next = last + 1;
            }
            prop_assert_eq!(next, 7);
            let rows = Labels::new(Lang::Fr).week(&hours);
            let open = hours.days.iter().any(|d| !d.is_empty());
            prop_assert_eq!(rows.len(), if open { runs.len() } else { 0 });
        }
    }

    fn r(start: u16, end: u16) -> ServiceRange {
        ServiceRange { start, end }
    }

    #[test]
    fn the_week_reads_as_runs_of_days() {
        let fr = Labels::new(Lang::Fr);
        let en = Labels::new(Lang::En);
        let office = WeeklyHours::weekdays(&[r(540, 750), r(840, 1080)]);
        assert_eq!(
            fr.week(&office),
            vec![
                ("Lundi à vendredi".into(), "9:00–12:30, 14:00–18:00".into()),
                ("Samedi et dimanche".into(), "Fermé".into()),
            ]
        );
        assert_eq!(
            en.week(&office)[0],
            ("Monday to Friday".into(), "9:00–12:30, 14:00–18:00".into())
        );
        assert_eq!(
            fr.week(&WeeklyHours::around_the_clock()),
            vec![("Tous les jours".into(), "24 h/24".into())]
        );
        assert!(fr.week(&WeeklyHours::default()).is_empty());

        // Saturday morning on its own, Wednesday afternoon off.
        let mut shop = office.clone();
        shop.days[2] = vec![r(540, 750)];
        shop.days[5] = vec![r(540, 720)];
        let rows = fr.week(&shop);
        let days: Vec<&str> = rows.iter().map(|(d, _)| d.as_str()).collect();
        assert_eq!(
            days,
            [
                "Lundi et mardi",
                "Mercredi",
                "Jeudi et vendredi",
                "Samedi",
                "Dimanche"
            ]
        );
        assert_eq!(rows[3].1, "9:00–12:00");
        assert_eq!(rows[4].1, "Fermé");
    }

    #[test]
    fn durations_and_days_read_the_readers_way() {
        let fr = Labels::new(Lang::Fr);
        let en = Labels::new(Lang::En);
        assert_eq!(fr.duration(45), "45 min");
        assert_eq!(fr.duration(240), "4 h");
        assert_eq!(fr.duration(90), "1 h 30");
        assert_eq!(fr.duration(65), "1 h 05");
        assert_eq!(en.duration(90), "1 h 30 min");
        assert_eq!(en.duration(2400), "40 h");
        let easter_monday = NaiveDate::from_ymd_opt(2026, 4, 6).unwrap();
        let new_year = NaiveDate::from_ymd_opt(2026, 1, 1).unwrap();
        assert_eq!(fr.closed_day(new_year, None).0, "jeudi 1er janvier");
        assert_eq!(
            fr.closed_day(easter_monday, Some("Lundi de Pâques")),
            ("lundi 6 avril".into(), "Lundi de Pâques".into())
        );
        assert_eq!(
            en.closed_day(easter_monday, None),
            ("Monday 6 April".into(), "Closed".into())
        );
    }
}
