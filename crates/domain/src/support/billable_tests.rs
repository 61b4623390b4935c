use super::*;
use chrono::TimeZone;
use proptest::prelude::*;
use rust_decimal_macros::dec;

fn at(minute: i64) -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 3, 1, 0, 0, 0).unwrap() + chrono::Duration::minutes(minute)
}

fn entries(minutes: &[u32]) -> Vec<WorkedTime> {
    minutes
        .iter()
        .enumerate()
        .map(|(i, m)| WorkedTime {
            id: i as i64 + 1,
            started_at: at(i as i64 * 1_000),
            minutes: *m,
            billable: true,
        })
        .collect()
}

fn terms(included: u32, increment: u32, minimum: u32, rounding: Rounding) -> TimeTerms {
    TimeTerms {
        included_minutes: included,
        increment_minutes: increment,
        minimum_minutes: minimum,
        rounding,
    }
}

fn billed(minutes: &[u32], t: TimeTerms) -> u64 {
    billable_time(&entries(minutes), t).billed_minutes
}

#[test]
fn per_entry_rounds_each_entry_then_uses_the_included_hours_in_order() {
    // 4 h included, quarter hours, 30 minutes at least.
    let t = terms(240, 15, 30, Rounding::PerEntry);
    // 100 → 105, 10 → 30, 130 → 135: 270 counted, 240 included; the third entry
    // straddles: 135 − 105 left = 30 beyond.
    let b = billable_time(&entries(&[100, 10, 130]), t);
    assert_eq!(b.worked_minutes, 240);
    assert_eq!(b.counted_minutes, 270);
    assert_eq!(b.included_used, 240);
    assert_eq!(b.billed_minutes, 30);
    let shares: Vec<(u64, u64)> = b
        .entries
        .iter()
        .map(|e| (e.counted_minutes, e.billed_minutes))
        .collect();
    assert_eq!(shares, vec![(105, 0), (30, 0), (135, 30)]);
    // Per month the same time fits the included hours exactly.
    assert_eq!(
        billed(
            &[100, 10, 130],
            TimeTerms {
                rounding: Rounding::PerMonth,
                ..t
            }
        ),
        0
    );
}

#[test]
fn a_straddling_entry_is_billed_at_least_the_minimum() {
    // 250 minutes in one entry, 4 h included: 10 beyond → a quarter hour, raised to 30.
    let per_entry = terms(240, 15, 30, Rounding::PerEntry);
    assert_eq!(billed(&[250], per_entry), 30);
    let per_month = TimeTerms {
        rounding: Rounding::PerMonth,
        ..per_entry
    };
    assert_eq!(billed(&[250], per_month), 30);
    // A 20-minute minimum on quarter hours is billed as 30.
    assert_eq!(billed(&[5], terms(0, 15, 20, Rounding::PerEntry)), 30);
    assert_eq!(billed(&[5], terms(0, 15, 20, Rounding::PerMonth)), 30);
}

#[test]
fn per_month_rounds_once_and_puts_the_rounding_on_the_last_entry() {
    let t = terms(60, 15, 30, Rounding::PerMonth);
    // 50 + 20 + 7 = 77; 17 beyond → 30 (minimum).
    let b = billable_time(&entries(&[50, 20, 7]), t);
    assert_eq!(b.billed_minutes, 30);
    let shares: Vec<u64> = b.entries.iter().map(|e| e.billed_minutes).collect();
    assert_eq!(shares, vec![0, 10, 20]);
    // 50 + 20 + 40 = 110; 50 beyond → 60.
    let b = billable_time(&entries(&[50, 20, 40]), t);
    assert_eq!(b.billed_minutes, 60);
    assert_eq!(b.entries.iter().map(|e| e.billed_minutes).sum::<u64>(), 60);
}

#[test]
fn entries_count_in_the_order_they_were_worked_not_as_given() {
    let t = terms(30, 15, 0, Rounding::PerEntry);
    let mut list = entries(&[20, 40]);
    list.reverse();
    let b = billable_time(&list, t);
    // The 20-minute entry came first: it rounds to 30 and takes the included half hour.
    assert_eq!(b.entries[0].id, 1);
    assert_eq!(b.entries[0].billed_minutes, 0);
    assert_eq!(b.entries[1].billed_minutes, 45);
}

#[test]
fn time_not_billable_counts_for_nothing() {
    let t = terms(0, 15, 30, Rounding::PerEntry);
    let mut list = entries(&[45, 60]);
    list[0].billable = false;
    let b = billable_time(&list, t);
    assert_eq!(b.billed_minutes, 60);
    assert_eq!(
        b.entries[0],
        EntryCount {
            id: 1,
            counted_minutes: 0,
            billed_minutes: 0
        }
    );
    assert_eq!(b.counted_entries().count(), 1);
}

#[test]
fn the_amount_is_rounded_once() {
    // 3 h 15 at 90 € = 292.50.
    assert_eq!(amount(195, dec!(90), Currency::EUR).amount, dec!(292.50));
    // 10 minutes at 95 € = 15.8333… → 15.83, not 0.17 h × 95 = 16.15.
    assert_eq!(amount(10, dec!(95), Currency::EUR).amount, dec!(15.83));
    // 45 minutes at 0.01 €: 0.0075 → 0.01 (half away from zero).
    assert_eq!(amount(45, dec!(0.01), Currency::EUR).amount, dec!(0.01));
    assert_eq!(hours(195), dec!(3.25));
}

#[test]
fn an_entry_belongs_to_the_month_of_its_plan_s_time_zone() {
    // 22:30 UTC on 31 March 2026 is 00:30 on 1 April in Paris (summer time since the 29th).
    let at = Utc.with_ymd_and_hms(2026, 3, 31, 22, 30, 0).unwrap();
    assert_eq!(month_of(at, "Europe/Paris"), Period::month(2026, 4));
    assert_eq!(month_of(at, "UTC"), Period::month(2026, 3));
    assert_eq!(month_of(at, "America/New_York"), Period::month(2026, 3));
    assert_eq!(month_of(at, "Nowhere/Else"), Period::month(2026, 3));
}

#[test]
fn the_hours_line_says_its_rounding_and_its_requests() {
    let requests = vec!["S-2026-00012".to_string(), "S-2026-00015".to_string()];
    let h = HoursBilled {
        month: Period::month(2026, 3).unwrap(),
        billed_minutes: 195,
        terms: terms(240, 15, 30, Rounding::PerEntry),
        requests: &requests,
    };
    let line = hours_line(&h, dec!(90), dec!(20), Lang::Fr);
    assert_eq!(
        line.description,
        "Support\u{a0}: 3 h 15 au-delà des 4 h incluses, mars 2026 — arrondi au quart d’heure \
         par intervention — demandes S-2026-00012, S-2026-00015"
    );
    assert_eq!(line.net(Currency::EUR).amount, dec!(292.50));
    assert_eq!(line.kind, LineKind::BillableHours);
    let en = HoursBilled {
        terms: terms(0, 10, 0, Rounding::PerMonth),
        requests: &requests[..1],
        ..h
    };
    assert_eq!(
        hours_description(&en, Lang::En),
        "Support: 3 h 15 min, March 2026 — rounded up to 10 minutes over the month — \
         request S-2026-00012"
    );
    let fee = fee_line("Essentiel", h.month, dec!(150), dec!(20), Lang::Fr);
    assert_eq!(fee.description, "Forfait support “Essentiel”, mars 2026");
    assert_eq!(fee.net(Currency::EUR).amount, dec!(150));
}

fn arb_terms() -> impl Strategy<Value = TimeTerms> {
    (
        0u32..600,
        prop_oneof![
            Just(1u32),
            Just(5),
            Just(6),
            Just(10),
            Just(15),
            Just(30),
            Just(60),
            1u32..90
        ],
        0u32..90,
    )
        .prop_map(|(included, increment, minimum)| {
            terms(included, increment, minimum, Rounding::PerEntry)
        })
}

fn arb_minutes() -> impl Strategy<Value = Vec<u32>> {
    proptest::collection::vec(1u32..400, 0..20)
}

fn with(t: TimeTerms, rounding: Rounding) -> TimeTerms {
    TimeTerms { rounding, ..t }
}

proptest! {
    #[test]
    fn billed_minutes_are_whole_increments_of_at_least_the_minimum(
        t in arb_terms(), minutes in arb_minutes()
    ) {
        for rounding in [Rounding::PerEntry, Rounding::PerMonth] {
            let tt = with(t, rounding);
            let b = billable_time(&entries(&minutes), tt);
            let inc = u64::from(t.increment_minutes);
            prop_assert_eq!(b.billed_minutes % inc, 0);
            if b.billed_minutes > 0 {
                prop_assert!(b.billed_minutes >= u64::from(t.minimum_minutes));
            }
            // Every share billed is itself whole increments of at least the minimum
            // per entry; the shares always add up to the bill.
            prop_assert_eq!(b.entries.iter().map(|e| e.billed_minutes).sum::<u64>(), b.billed_minutes);
            if rounding == Rounding::PerEntry {
                for e in b.billed_entries() {
                    prop_assert_eq!(e.billed_minutes % inc, 0);
                    prop_assert!(e.billed_minutes >= u64::from(t.minimum_minutes));
                    prop_assert!(e.billed_minutes <= e.counted_minutes);
                }
            }
            prop_assert!(b.included_used <= u64::from(t.included_minutes));
        }
    }

    #[test]
    fn per_month_never_bills_more_than_per_entry(t in arb_terms(), minutes in arb_minutes()) {
        let month = billed(&minutes, with(t, Rounding::PerMonth));
        let entry = billed(&minutes, with(t, Rounding::PerEntry));
        prop_assert!(month <= entry, "per month {} > per entry {}", month, entry);
    }

    #[test]
    fn more_time_never_bills_less(
        t in arb_terms(),
        minutes in arb_minutes(),
        extra in 1u32..400,
        position in 0usize..20,
        grow in any::<bool>(),
    ) {
        for rounding in [Rounding::PerEntry, Rounding::PerMonth] {
            let tt = with(t, rounding);
            let before = billed(&minutes, tt);
            let mut more = minutes.clone();
            if grow && !more.is_empty() {
                // An entry grows.
                let i = position % more.len();
                more[i] += extra;
            } else {
                // An entry is added, anywhere in the month.
                let i = position % (more.len() + 1);
                more.insert(i, extra);
            }
            prop_assert!(billed(&more, tt) >= before, "{:?} {:?} → {:?}", rounding, minutes, more);
        }
    }

    #[test]
    fn nothing_is_billed_while_the_included_hours_last(t in arb_terms(), minutes in arb_minutes()) {
        let total: u64 = minutes.iter().map(|m| u64::from(*m)).sum();
        if total <= u64::from(t.included_minutes) {
            prop_assert_eq!(billed(&minutes, with(t, Rounding::PerMonth)), 0);
        }
        let b = billable_time(&entries(&minutes), with(t, Rounding::PerEntry));
        if b.counted_minutes <= u64::from(t.included_minutes) {
            prop_assert_eq!(b.billed_minutes, 0);
        }
    }

    #[test]
    fn splitting_or_merging_entries_leaves_per_month_billing_alone(
        t in arb_terms(),
        minutes in proptest::collection::vec(2u32..400, 1..20),
        cut in 1u32..399,
        which in 0usize..20,
    ) {
        let tt = with(t, Rounding::PerMonth);
        let i = which % minutes.len();
        let mut split = minutes.clone();
        let first = cut.min(minutes[i] - 1);
        split[i] = first;
        split.insert(i + 1, minutes[i] - first);
        prop_assert_eq!(billed(&split, tt), billed(&minutes, tt));
        let merged = vec![minutes.iter().sum::<u32>()];
        prop_assert_eq!(billed(&merged, tt), billed(&minutes, tt));
    }

    #[test]
    fn the_amount_is_the_exact_product_rounded_once(
        increments in 0u64..200,
        rate_cents in 0i64..100_000,
    ) {
        // Quarter hours: hours are exact, so the line is minutes × rate / 60 rounded once.
        let minutes = increments * 15;
        let rate = Decimal::new(rate_cents, 2);
        let exact = Decimal::from(minutes) * rate / Decimal::from(60);
        prop_assert_eq!(
            amount(minutes, rate, Currency::EUR).amount,
            crate::money::round_commercial(exact, 2)
        );
    }
}
