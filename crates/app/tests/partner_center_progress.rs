//! The reading's progress the window turns into a bar: bytes read out of the file's size,
//! told about every hundredth of the file (not every line), rising, and ending at the
//! whole file; an import reads it once, its lines written as they are read, and is told
//! as each batch of lines is written.

use std::cell::RefCell;
use std::path::Path;
use std::sync::Arc;

use ardoise_app::domain::Lang;
use ardoise_app::partner_center::{generate_partner_center_file, GeneratedKind};
use ardoise_app::{Ardoise, FixedClock, Session};
use chrono::NaiveDate;

fn book(dir: &Path) -> (Ardoise, Session) {
    let today = NaiveDate::from_ymd_opt(2026, 12, 7).unwrap();
    let b = Ardoise::open(&dir.join("book.db"), Arc::new(FixedClock::on(today))).unwrap();
    let s = b.admin_session().unwrap();
    (b, s)
}

fn rising_to(ticks: &[(u64, u64)], end: u64, often: usize) {
    assert!(ticks.len() >= often, "told often enough: {}", ticks.len());
    assert!(ticks.len() <= 2 * 102, "not at every line: {}", ticks.len());
    assert!(ticks.windows(2).all(|w| w[0].0 < w[1].0), "rising");
    assert!(ticks
        .iter()
        .all(|(done, total)| done <= total && *total == end));
    assert_eq!(ticks.last(), Some(&(end, end)), "ends at the whole file");
}

#[test]
fn the_preview_and_the_import_tell_how_far_they_have_read() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("invoice.csv");
    generate_partner_center_file(&file, 3_000, 11, false, GeneratedKind::Invoice).unwrap();
    let size = std::fs::metadata(&file).unwrap().len();
    let path = file.display().to_string();
    let (b, s) = book(dir.path());

    let ticks = RefCell::new(Vec::new());
    let preview = b
        .partner_center_preview_reporting(&s, &path, Lang::En, &|done, total| {
            ticks.borrow_mut().push((done, total))
        })
        .unwrap();
    assert_eq!(preview.lines, 3_000);
    rising_to(&ticks.borrow(), size, 50);

    let ticks = RefCell::new(Vec::new());
    let done = b
        .partner_center_import_reporting(&s, &path, true, Lang::En, &|done, total| {
            ticks.borrow_mut().push((done, total))
        })
        .unwrap();
    assert_eq!(done.lines_added, 3_000);
    // 3,000 lines are twelve batches of 256.
    rising_to(&ticks.into_inner(), size, 10);
}
