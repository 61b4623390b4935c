//! Backup file names and which backups the rotation keeps: the newest of each of the
//! last 14 days and of each of the last 12 months. Pure: the date is passed in.

use std::collections::HashMap;

use chrono::{Datelike, Duration, NaiveDate, NaiveDateTime};

const PREFIX: &str = "ardoise-";
const STAMP: &str = "%Y-%m-%dT%H%M";
const STAMP_LEN: usize = 15;

pub const DAILY: i64 = 14;
pub const MONTHLY: u32 = 12;

/// `ardoise-2026-12-04T1530.db`, or `ardoise-2026-12-04T1530-2.db` for the second one
/// of that minute.
pub fn file_name(at: NaiveDateTime, n: u32) -> String {
    let stamp = at.format(STAMP);
    if n <= 1 {
        format!("{PREFIX}{stamp}.db")
    } else {
        format!("{PREFIX}{stamp}-{n}.db")
    }
}

/// When a backup of ours was made, from its name, and its number within the minute;
/// `None` for any other file.
pub fn parse_name(name: &str) -> Option<(NaiveDateTime, u32)> {
    let rest = name.strip_prefix(PREFIX)?.strip_suffix(".db")?;
    let stamp = rest.get(..STAMP_LEN)?;
    let at = NaiveDateTime::parse_from_str(stamp, STAMP).ok()?;
    let tail = &rest[STAMP_LEN..];
    let n = match tail.strip_prefix('-') {
        None if tail.is_empty() => 1,
        Some(digits) if !digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit()) => {
            digits.parse().ok()?
        }
        _ => return None,
    };
    Some((at, n))
}

fn month_index(d: NaiveDate) -> i64 {
    i64::from(d.year()) * 12 + i64::from(d.month0())
}

/// The names among `names` the rotation deletes at `now`. Names that are not ours are
/// never deleted, nor backups dated after `now` (a clock set back).
pub fn to_delete<'a>(names: &[&'a str], now: NaiveDateTime) -> Vec<&'a str> {
    let today = now.date();
    let mut newest_of_day: HashMap<NaiveDate, (NaiveDateTime, u32, &str)> = HashMap::new();
    let mut newest_of_month: HashMap<i64, (NaiveDateTime, u32, &str)> = HashMap::new();
    let mut ours = Vec::new();
    for name in names {
        let Some((at, n)) = parse_name(name) else {
            continue;
        };
        ours.push((at, n, *name));
        let day = newest_of_day.entry(at.date()).or_insert((at, n, name));
        if (at, n) > (day.0, day.1) {
            *day = (at, n, name);
        }
        let month = newest_of_month
            .entry(month_index(at.date()))
            .or_insert((at, n, name));
        if (at, n) > (month.0, month.1) {
            *month = (at, n, name);
        }
    }
    let first_day = today - Duration::days(DAILY - 1);
    let first_month = month_index(today) - i64::from(MONTHLY - 1);
    let mut keep: Vec<&str> = Vec::new();
    for (day, (_, _, name)) in &newest_of_day {
        if *day >= first_day && *day <= today {
            keep.push(name);
        }
    }
    for (month, (_, _, name)) in &newest_of_month {
        if *month >= first_month && *month <= month_index(today) {
            keep.push(name);
        }
    }
    let mut out: Vec<&str> = ours
        .into_iter()
        .filter(|(at, _, name)| *at <= now && !keep.contains(name))
        .map(|(_, _, name)| name)
        .collect();
    out.sort_unstable();
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(s: &str) -> NaiveDateTime {
        NaiveDateTime::parse_from_str(s, "%Y-%m-%d %H:%M").unwrap()
    }

    #[test]
    fn names_carry_the_minute_and_read_back() {
        let t = at("2026-12-04 15:30");
        assert_eq!(file_name(t, 1), "ardoise-2026-12-04T1530.db");
        assert_eq!(file_name(t, 3), "ardoise-2026-12-04T1530-3.db");
        assert_eq!(parse_name("ardoise-2026-12-04T1530.db"), Some((t, 1)));
        assert_eq!(parse_name("ardoise-2026-12-04T1530-3.db"), Some((t, 3)));
        for other in [
            "ardoise.db",
            "ardoise-2026-12-04T1530.db-wal",
            "ardoise-2026-12-04T1530-.db",
            "ardoise-2026-12-04T1530-x.db",
            "ardoise-2026-13-04T1530.db",
            "mine-2026-12-04T1530.db",
            ".ardoise-2026-12-04T1530.db.1234.tmp",
        ] {
            assert_eq!(parse_name(other), None, "{other}");
        }
    }

    #[test]
    fn two_backups_a_day_for_two_years_keep_fourteen_days_and_twelve_months() {
        let now = at("2026-12-04 18:00");
        let mut names = Vec::new();
        let mut day = NaiveDate::from_ymd_opt(2024, 12, 1).unwrap();
        while day <= now.date() {
            names.push(file_name(day.and_hms_opt(9, 0, 0).unwrap(), 1));
            names.push(file_name(day.and_hms_opt(17, 30, 0).unwrap(), 1));
            day += Duration::days(1);
        }
        names.push("notes.txt".into());
        names.push("ardoise.db".into());
        let refs: Vec<&str> = names.iter().map(String::as_str).collect();
        let deleted = to_delete(&refs, now);
        let mut kept: Vec<&str> = refs
            .iter()
            .copied()
            .filter(|n| !deleted.contains(n))
            .collect();
        kept.sort_unstable();
        let mut expected: Vec<String> = (0..14)
            .map(|d| file_name(at("2026-12-04 17:30") - Duration::days(d), 1))
            .collect();
        // The newest of each earlier month: its last day, evening (December's and
        // November's are among the fourteen days).
        for (y, m, last) in [
            (2026, 1, 31),
            (2026, 2, 28),
            (2026, 3, 31),
            (2026, 4, 30),
            (2026, 5, 31),
            (2026, 6, 30),
            (2026, 7, 31),
            (2026, 8, 31),
            (2026, 9, 30),
            (2026, 10, 31),
        ] {
            let d = NaiveDate::from_ymd_opt(y, m, last).unwrap();
            expected.push(file_name(d.and_hms_opt(17, 30, 0).unwrap(), 1));
        }
        expected.push("ardoise.db".into());
        expected.push("notes.txt".into());
        expected.sort_unstable();
        assert_eq!(kept, expected);
        assert_eq!(kept.len(), 14 + 10 + 2);
    }

    #[test]
    fn the_second_backup_of_a_minute_is_the_newer_and_future_ones_stay() {
        let now = at("2026-12-04 15:31");
        let names = [
            "ardoise-2026-12-04T1530.db",
            "ardoise-2026-12-04T1530-2.db",
            "ardoise-2026-12-05T0900.db",
            "ardoise-2025-12-04T1530.db",
            "ardoise-2025-11-30T2359.db",
        ];
        assert_eq!(
            to_delete(&names, now),
            [
                "ardoise-2025-11-30T2359.db",
                "ardoise-2025-12-04T1530.db",
                "ardoise-2026-12-04T1530.db"
            ]
        );
    }
}
