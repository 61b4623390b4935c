//! Who signs the collection letters: the settings' signatory by default, or the staff
//! member producing them (the name and title of their account), read back from the PDFs.

use std::path::Path;
use std::sync::Arc;

use ardoise_app::demo::DemoOptions;
use ardoise_app::domain::Lang;
use ardoise_app::transport_collections::LettersRequest;
use ardoise_app::{Ardoise, FixedClock};
use chrono::NaiveDate;

fn text_of(path: &str) -> String {
    let out = std::process::Command::new("pdftotext")
        .args(["-enc", "UTF-8", path, "-"])
        .output()
        .expect("pdftotext runs (install poppler-utils)");
    assert!(out.status.success());
    String::from_utf8_lossy(&out.stdout)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

fn request(as_of: &str, signed_by_me: bool) -> LettersRequest {
    LettersRequest {
        as_of: as_of.into(),
        only: Vec::new(),
        out_dir: String::new(),
        signed_by_me: Some(signed_by_me),
    }
}

#[test]
fn letters_are_signed_by_the_settings_signatory_or_by_the_person_producing_them() {
    let dir = tempfile::tempdir().unwrap();
    let today = NaiveDate::from_ymd_opt(2026, 11, 25).unwrap();
    let path = dir.path().join("book.db");
    let mut b = Ardoise::open(&path, Arc::new(FixedClock::on(today))).unwrap();
    let built_in = b.admin_session().unwrap();
    b.seed_demo(&built_in, DemoOptions::default()).unwrap();
    let billing = b.sign_in("billing", "demo").unwrap();
    assert_eq!(billing.display_name, "Hugo Petit");

    let mine = b
        .produce_letters(&billing, &request("2026-11-25", true), Lang::Fr, dir.path())
        .unwrap();
    assert!(!mine.letters.is_empty(), "the demo's day has letters due");
    for letter in &mine.letters {
        let text = text_of(&letter.path);
        assert!(text.contains("Hugo Petit Comptabilité"), "{text}");
        assert!(!text.contains("Claire Martin"), "{text}");
    }
    // A week later, by default: the settings' signatory, whoever produces them.
    let theirs = b
        .produce_letters(
            &billing,
            &request("2026-12-02", false),
            Lang::Fr,
            dir.path(),
        )
        .unwrap();
    assert!(!theirs.letters.is_empty());
    for letter in &theirs.letters {
        let text = text_of(&letter.path);
        assert!(
            text.contains("Claire Martin Responsable administrative"),
            "{text}"
        );
        assert!(!text.contains("Hugo Petit"), "{text}");
    }
    // The communication log says who produced them.
    let c = rusqlite::Connection::open(Path::new(&path)).unwrap();
    let by: i64 = c
        .query_row(
            "SELECT count(*) FROM communications WHERE staff_id = ?1",
            [billing.staff_id],
            |r| r.get(0),
        )
        .unwrap();
    assert!(by as usize >= mine.letters.len() + theirs.letters.len());
}
