//! Which of a customer's open invoices a payment settles exactly: the oldest ones first
//! (what a customer paying "everything up to now" sends), else any set, searched within
//! a bound so one line never costs more than a few thousand steps.

const MAX_ITEMS: usize = 24;
const MAX_STEPS: usize = 20_000;

/// Positions in `values` (oldest first, all positive) whose sum is `target`, or None.
pub(super) fn find(values: &[i64], target: i64) -> Option<Vec<usize>> {
    if target <= 0 {
        return None;
    }
    let mut sum = 0;
    for (i, v) in values.iter().enumerate() {
        sum += v;
        if sum == target {
            return Some((0..=i).collect());
        }
        if sum > target {
            break;
        }
    }
    let values = &values[..values.len().min(MAX_ITEMS)];
    let mut chosen = Vec::new();
    let mut steps = 0;
    search(values, 0, target, &mut chosen, &mut steps).then_some(chosen)
}

fn search(
    values: &[i64],
    from: usize,
    left: i64,
    chosen: &mut Vec<usize>,
    steps: &mut usize,
) -> bool {
    if left == 0 {
        return !chosen.is_empty();
    }
    for i in from..values.len() {
        *steps += 1;
        if *steps > MAX_STEPS {
            return false;
        }
        if values[i] <= left {
            chosen.push(i);
            if search(values, i + 1, left - values[i], chosen, steps) {
                return true;
            }
            chosen.pop();
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::find;

    #[test]
    fn oldest_first_then_any_set() {
        assert_eq!(find(&[100, 200, 300], 300), Some(vec![0, 1]));
        assert_eq!(find(&[100, 200, 300], 400), Some(vec![0, 2]));
        assert_eq!(find(&[100, 200, 300], 250), None);
        assert_eq!(find(&[], 10), None);
        assert_eq!(find(&[5], 0), None);
    }
}
