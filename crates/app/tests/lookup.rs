//! What a person types to name a customer or a product, and the defaults a shell fills
//! in: the same answers for the window and the CLI.

use std::sync::Arc;

use ardoise_app::domain::customer::CustomerForm;
use ardoise_app::domain::Lang;
use ardoise_app::{AppError, Ardoise, FixedClock, Period};
use chrono::NaiveDate;

fn open(path: &std::path::Path) -> Ardoise {
    let today = NaiveDate::from_ymd_opt(2026, 11, 25).unwrap();
    Ardoise::open(path, Arc::new(FixedClock::on(today))).unwrap()
}

fn customer(name: &str, city: &str) -> CustomerForm {
    CustomerForm {
        legal_name: name.into(),
        country: "FR".into(),
        address_line1: "29 boulevard Haussmann".into(),
        postal_code: "75009".into(),
        city: city.into(),
        language: "fr".into(),
        currency: "EUR".into(),
        payment_terms_days: "30".into(),
        ..Default::default()
    }
}

#[test]
fn the_customer_search_folds_accents_and_case_as_the_window_does() {
    let dir = tempfile::tempdir().unwrap();
    let book = open(&dir.path().join("book.db"));
    let admin = book.admin_session().unwrap();
    let sg = book
        .create_customer(&admin, &customer("Société Générale", "Paris"))
        .unwrap();
    book.create_customer(&admin, &customer("Dupont SARL", "Orléans"))
        .unwrap();
    let names = |q: &str| -> Vec<String> {
        book.search_customers(&admin, Some(q))
            .unwrap()
            .into_iter()
            .map(|r| r.legal_name)
            .collect()
    };
    for q in [
        "societe",
        "SOCIÉTÉ",
        "Société",
        "générale soc",
        "  societe  ",
    ] {
        assert_eq!(names(q), ["Société Générale"], "searching {q:?}");
    }
    assert_eq!(
        names("orleans"),
        ["Dupont SARL"],
        "the city is searched too"
    );
    assert!(names("societe lyon").is_empty(), "every word must match");
    assert_eq!(book.search_customers(&admin, None).unwrap().len(), 2);
    assert_eq!(book.search_customers(&admin, Some(" ")).unwrap().len(), 2);
    // Named on a command line without its accents, the one customer of that name.
    assert_eq!(book.find_customer(&admin, "societe generale").unwrap(), sg);
    assert_eq!(book.find_customer(&admin, &sg.to_string()).unwrap(), sg);
    assert!(matches!(
        book.find_customer(&admin, "societe"),
        Err(AppError::NotFound("customer"))
    ));
}

#[test]
fn a_product_is_found_by_id_microsoft_code_or_name() {
    let dir = tempfile::tempdir().unwrap();
    let mut book = open(&dir.path().join("book.db"));
    let admin = book.admin_session().unwrap();
    book.seed_demo(
        &admin,
        ardoise_app::demo::DemoOptions {
            customers: 2,
            seed: 1,
            subscriptions_per_customer: None,
            history_months: 0,
        },
    )
    .unwrap();
    let products = book.products(&admin).unwrap();
    let p = &products[0];
    assert_eq!(book.find_product(&admin, &p.id.to_string()).unwrap(), p.id);
    let code = p.ms_product_id.to_lowercase();
    assert_eq!(book.find_product(&admin, &code).unwrap(), p.id);
    assert_eq!(
        book.find_product(&admin, &p.name.to_uppercase()).unwrap(),
        p.id
    );
    assert!(matches!(
        book.find_product(&admin, "no such product"),
        Err(AppError::NotFound("product"))
    ));
}

#[test]
fn a_statement_typed_without_dates_covers_the_as_of_month_to_date() {
    let dir = tempfile::tempdir().unwrap();
    let book = open(&dir.path().join("book.db"));
    let period = |f: Option<&str>, t: Option<&str>, a: Option<&str>| book.statement_period(f, t, a);
    let p = |from: &str, to: &str, as_of: &str| Period {
        from: from.into(),
        to: to.into(),
        as_of: as_of.into(),
    };
    assert_eq!(
        period(None, None, None),
        p("2026-11-01", "2026-11-25", "2026-11-25")
    );
    assert_eq!(
        period(None, None, Some("2026-02-14")),
        p("2026-02-01", "2026-02-14", "2026-02-14")
    );
    assert_eq!(
        period(Some("2026-01-01"), None, None),
        p("2026-01-01", "2026-11-25", "2026-11-25")
    );
    // A date the use case will refuse is kept as typed, for it to name the field.
    assert_eq!(
        period(None, None, Some("31/12")),
        p("31/12", "31/12", "31/12")
    );
}

#[test]
fn the_language_asked_for_wins_over_the_books() {
    let dir = tempfile::tempdir().unwrap();
    let book = open(&dir.path().join("book.db"));
    let admin = book.admin_session().unwrap();
    book.set_language(&admin, Some(Lang::Fr)).unwrap();
    let reader_lang = ardoise_app::defaults::reader_lang;
    assert_eq!(reader_lang(Some(Lang::En), Some(&book)), Lang::En);
    assert_eq!(reader_lang(None, Some(&book)), Lang::Fr);
}
