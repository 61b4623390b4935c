//! A zone's offset from UTC over the years a service clock covers, as the instants it
//! changes. chrono-tz answers "which offset at this instant" but not "until when", and a
//! walk over service hours needs both: so each zone's changes from 1970 to 2101 are found
//! once for the whole program (a day-by-day scan, then bisection to the second) and kept,
//! a table of facts like the zone database it is read from.

use std::collections::HashMap;
use std::sync::{Arc, LazyLock, Mutex, PoisonError};

use chrono::{DateTime, Offset, TimeZone};
use chrono_tz::Tz;

const DAY: i64 = 86_400;

/// 1970-01-01T00:00:00Z, where the table starts.
const START: i64 = 0;

/// A week past 2101-01-01T00:00:00Z, where it ends (nothing is computed beyond 2100).
const END: i64 = 4_133_980_800 + 7 * DAY;

pub(crate) struct Offsets {
    zone: Tz,
    /// (from, offset): the offset in seconds in force from `from` (UTC seconds) until the
    /// next entry's `from`; the first entry's `from` is `START`.
    changes: Vec<(i64, i64)>,
}

/// The zone and how many changes, not the whole table, in a calendar's debug output.
impl std::fmt::Debug for Offsets {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "Offsets({}, {} changes)",
            self.zone.name(),
            self.changes.len()
        )
    }
}

impl Offsets {
    /// The table of `zone`, found on first use and shared afterwards.
    pub(crate) fn of(zone: Tz) -> Arc<Offsets> {
        static KNOWN: LazyLock<Mutex<HashMap<Tz, Arc<Offsets>>>> = LazyLock::new(Default::default);
        // A panic elsewhere while the lock was held leaves only finished tables behind.
        let mut known = KNOWN.lock().unwrap_or_else(PoisonError::into_inner);
        known
            .entry(zone)
            .or_insert_with(|| Arc::new(Offsets::find(zone)))
            .clone()
    }

    fn find(zone: Tz) -> Offsets {
        let mut changes = vec![(START, offset_at(zone, START))];
        let mut t = START;
        while t < END {
            let current = changes.last().map_or(0, |c| c.1);
            let next = t + DAY;
            if offset_at(zone, next) == current {
                t = next;
                continue;
            }
            let (mut same, mut changed) = (t, next);
            while changed - same > 1 {
                let mid = same + (changed - same) / 2;
                if offset_at(zone, mid) == current {
                    same = mid;
                } else {
                    changed = mid;
                }
            }
            changes.push((changed, offset_at(zone, changed)));
            t = changed;
        }
        Offsets { zone, changes }
    }

    /// The offset at `t` and the instant it stops being in force (excluded). Outside the
    /// table (before 1970, after 2100) the offset is asked for and held for a day.
    pub(crate) fn at(&self, t: i64) -> (i64, i64) {
        if !(START..END).contains(&t) {
            let end = if t < START {
                (t + DAY).min(START)
            } else {
                t + DAY
            };
            return (offset_at(self.zone, t), end);
        }
        let i = self.changes.partition_point(|(from, _)| *from <= t) - 1;
        let end = self.changes.get(i + 1).map_or(END, |c| c.0);
        (self.changes[i].1, end)
    }
}

/// The zone's offset from UTC, in seconds, at `t` (seconds since 1970), from chrono-tz.
pub(crate) fn offset_at(zone: Tz, t: i64) -> i64 {
    let utc = DateTime::from_timestamp(t, 0).unwrap_or(DateTime::UNIX_EPOCH);
    i64::from(
        zone.offset_from_utc_datetime(&utc.naive_utc())
            .fix()
            .local_minus_utc(),
    )
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(48))]

        /// The table says what chrono-tz says, and each run ends where the offset changes,
        /// in zones drawn from the whole database.
        #[test]
        fn the_table_agrees_with_the_zone_database(
            zone in 0..chrono_tz::TZ_VARIANTS.len(), t in START..(END - DAY),
        ) {
            let zone = chrono_tz::TZ_VARIANTS[zone];
            let offsets = Offsets::of(zone);
            let (offset, end) = offsets.at(t);
            prop_assert_eq!(offset, offset_at(zone, t));
            prop_assert!(end > t);
            prop_assert_eq!(offset_at(zone, end - 1), offset);
            if end < END {
                prop_assert_ne!(offset_at(zone, end), offset);
            }
            prop_assert_eq!(offsets.at(end - 1), (offset, end));
        }
    }

    #[test]
    fn paris_changes_twice_a_year() {
        let offsets = Offsets::of(chrono_tz::Europe::Paris);
        // 2000 to 2099: a hundred years of two changes (the database's rules stop there).
        let (y2000, y2100) = (946_684_800, 4_102_444_800);
        let found = offsets
            .changes
            .iter()
            .filter(|(from, _)| (y2000..y2100).contains(from))
            .count();
        assert_eq!(found, 200);
    }
}
