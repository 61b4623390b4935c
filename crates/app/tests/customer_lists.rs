//! The customer list as the clerk reads it: what each customer owes and the part past
//! due, the same figures as its statement; a name several customers answer to refused
//! with each of them; a new customer like one in the book refused unless confirmed.

use std::path::Path;
use std::str::FromStr;
use std::sync::Arc;
use std::time::Instant;

use ardoise_app::demo::DemoOptions;
use ardoise_app::domain::customer::CustomerForm;
use ardoise_app::domain::Lang;
use ardoise_app::transport_statements::StatementRequest;
use ardoise_app::{AppError, Ardoise, FixedClock, Session};
use chrono::NaiveDate;
use rust_decimal::Decimal;

const TODAY: &str = "2026-11-25";

fn open(path: &Path) -> (Ardoise, Session) {
    let today = NaiveDate::parse_from_str(TODAY, "%Y-%m-%d").unwrap();
    let b = Ardoise::open(path, Arc::new(FixedClock::on(today))).unwrap();
    let s = b.admin_session().unwrap();
    (b, s)
}

fn customer(name: &str, vat: &str) -> CustomerForm {
    CustomerForm {
        legal_name: name.into(),
        vat_number: vat.into(),
        country: "FR".into(),
        address_line1: "29 boulevard Haussmann".into(),
        postal_code: "75009".into(),
        city: "Paris".into(),
        language: "fr".into(),
        currency: "EUR".into(),
        payment_terms_days: "30".into(),
        ..Default::default()
    }
}

fn dec(s: &str) -> Decimal {
    Decimal::from_str(s).unwrap()
}

#[test]
fn each_customer_owes_in_the_list_what_its_statement_says() {
    let dir = tempfile::tempdir().unwrap();
    let (mut b, s) = open(&dir.path().join("book.db"));
    b.seed_demo(&s, DemoOptions::default()).unwrap();
    let rows = b.customers(&s).unwrap();
    let (mut owing, mut late) = (0, 0);
    for r in &rows {
        let st = b
            .statement(
                &s,
                &StatementRequest {
                    customer_id: r.id,
                    from: "2026-01-01".into(),
                    to: TODAY.into(),
                    as_of: TODAY.into(),
                },
            )
            .unwrap();
        assert_eq!(r.balance.currency, r.currency, "{}", r.legal_name);
        assert_eq!(r.overdue.currency, r.currency, "{}", r.legal_name);
        assert_eq!(
            dec(&r.balance.amount),
            dec(&st.closing_balance.amount),
            "{}: the list's balance is the statement's",
            r.legal_name
        );
        let past_due = dec(&st.aging.total.amount) - dec(&st.aging.not_due.amount);
        assert_eq!(
            dec(&r.overdue.amount),
            past_due,
            "{}: overdue is the statement's aging past due",
            r.legal_name
        );
        owing += usize::from(!dec(&r.balance.amount).is_zero());
        late += usize::from(dec(&r.overdue.amount) > Decimal::ZERO);
    }
    assert!(
        owing > 0 && late > 0,
        "the demo has customers owing ({owing}) and late ({late})"
    );
    assert!(late < rows.len(), "and customers who are not late");

    // Today's debtors: the largest past-due amounts first.
    let dash = b.dashboard(&s, TODAY).unwrap();
    let past_due: Vec<Decimal> = dash
        .top_debtors
        .iter()
        .map(|d| dec(&d.aging.total.amount) - dec(&d.aging.not_due.amount))
        .collect();
    assert!(!past_due.is_empty());
    assert!(
        past_due.windows(2).all(|w| w[0] >= w[1]),
        "debtors by what is overdue: {past_due:?}"
    );
    let most_late = rows.iter().map(|r| dec(&r.overdue.amount)).max().unwrap();
    assert_eq!(
        past_due[0], most_late,
        "the first debtor is the latest payer"
    );
}

#[test]
fn a_name_several_customers_answer_to_is_refused_with_each_of_them() {
    let dir = tempfile::tempdir().unwrap();
    let (b, s) = open(&dir.path().join("book.db"));
    let add = |name: &str| {
        b.create_customer_unless_similar(&s, &customer(name, ""), true)
            .unwrap()
    };
    let sas = add("Garage Rousseau SAS");
    let sarl = add("Garage Rousseau SARL");
    let first = add("Dupont");
    let second = add("Dupont");
    let lone = add("Boulangerie Lefèvre EURL");

    // Exactly as typed, then accents and case aside: one customer alone wins.
    assert_eq!(b.find_customer(&s, "Garage Rousseau SAS").unwrap(), sas);
    assert_eq!(b.find_customer(&s, "garage rousseau sarl").unwrap(), sarl);
    // Legal form aside, when one customer alone answers to it.
    assert_eq!(b.find_customer(&s, "boulangerie lefevre").unwrap(), lone);
    // By its account reference: two of one name are told apart.
    assert_eq!(
        b.find_customer(&s, &format!("C-{second:05}")).unwrap(),
        second
    );

    match b.find_customer(&s, "Garage Rousseau") {
        Err(AppError::Ambiguous { key, candidates }) => {
            assert_eq!(key, "Garage Rousseau");
            assert_eq!(
                candidates,
                [
                    (format!("C-{sas:05}"), "Garage Rousseau SAS".to_string()),
                    (format!("C-{sarl:05}"), "Garage Rousseau SARL".to_string()),
                ]
            );
        }
        other => panic!("two customers answer to it: {other:?}"),
    }
    let err = b.find_customer(&s, "Dupont").unwrap_err();
    let message = err.view(Lang::Fr).message;
    assert!(matches!(err, AppError::Ambiguous { .. }), "{err:?}");
    assert!(
        message.contains(&format!("C-{first:05}  Dupont")),
        "{message}"
    );
    assert!(
        message.contains(&format!("C-{second:05}  Dupont")),
        "{message}"
    );
    assert!(message.starts_with("Plusieurs clients répondent à «\u{a0}Dupont\u{a0}»"));
    assert_eq!(err.view(Lang::En).code, "ambiguous");
    assert!(matches!(
        b.find_customer(&s, "Garage"),
        Err(AppError::NotFound("customer"))
    ));
}

#[test]
fn a_customer_like_one_in_the_book_is_refused_unless_confirmed() {
    let dir = tempfile::tempdir().unwrap();
    let (b, s) = open(&dir.path().join("book.db"));
    let sg = b
        .create_customer_unless_similar(
            &s,
            &customer("Société Générale SA", "FR40303265045"),
            false,
        )
        .unwrap();

    let named = b
        .similar_customers(&s, &customer("SOCIETE GENERALE", ""))
        .unwrap();
    assert_eq!(named.len(), 1);
    assert_eq!(named[0].id, sg);
    assert_eq!(named[0].reference, format!("C-{sg:05}"));
    assert!(named[0].same_name && !named[0].same_vat_number);

    let by_vat = b
        .similar_customers(&s, &customer("SG Paris", "fr 40 303 265 045"))
        .unwrap();
    assert_eq!(by_vat.len(), 1);
    assert!(!by_vat[0].same_name && by_vat[0].same_vat_number);
    assert!(b
        .similar_customers(&s, &customer("Société Générale Lyon", ""))
        .unwrap()
        .is_empty());

    let before = b.customers(&s).unwrap().len();
    let err = b
        .create_customer_unless_similar(&s, &customer("Société  Générale, S.A.", ""), false)
        .unwrap_err();
    assert!(
        matches!(&err, AppError::LikeExisting(c) if c.len() == 1),
        "{err:?}"
    );
    let en = err.view(Lang::En).message;
    assert!(
        en.starts_with("A similar customer is already in the book"),
        "{en}"
    );
    assert!(
        en.ends_with(&format!("C-{sg:05}  Société Générale SA")),
        "{en}"
    );
    assert_eq!(
        b.customers(&s).unwrap().len(),
        before,
        "nothing was created"
    );

    let again = b
        .create_customer_unless_similar(&s, &customer("Société  Générale, S.A.", ""), true)
        .unwrap();
    assert_ne!(again, sg);
    assert_eq!(b.customers(&s).unwrap().len(), before + 1);
}

fn refusal(e: AppError) -> (String, String) {
    let v = e.view(Lang::Fr);
    assert_eq!(v.fields.len(), 1, "{v:?}");
    (v.fields[0].field.clone(), v.fields[0].message.clone())
}

fn pdf_text(bytes: &[u8]) -> String {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("s.pdf");
    std::fs::write(&file, bytes).unwrap();
    let out = std::process::Command::new("pdftotext")
        .args(["-layout", file.to_str().unwrap(), "-"])
        .output()
        .unwrap();
    assert!(out.status.success());
    String::from_utf8(out.stdout).unwrap()
}

/// The reference customers quote on their transfers is edited with the customer: kept
/// as a bank carries it, one customer's only, read back by the lists, the search and
/// the statement; a refused one writes nothing.
#[test]
fn a_customer_reference_is_edited_checked_and_kept_unique() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("book.db");
    let (b, s) = open(&path);
    let dupont = b.create_customer(&s, &customer("Dupont SARL", "")).unwrap();
    let martin = b.create_customer(&s, &customer("Martin SAS", "")).unwrap();
    let form = |id: i64| b.customer(&s, id).unwrap().form;
    assert_eq!(form(dupont).reference, format!("C-{dupont:05}"));

    let mut edited = form(dupont);
    edited.reference = "  DUPONT   2026 ".into();
    b.update_customer(&s, dupont, &edited).unwrap();
    assert_eq!(form(dupont).reference, "DUPONT 2026");
    // The lists and the search read it from the book, not from the customer's number.
    let like = b.similar_customers(&s, &customer("DUPONT", "")).unwrap();
    assert_eq!(like[0].reference, "DUPONT 2026");
    assert_eq!(b.find_customer(&s, "dupont 2026").unwrap(), dupont);
    let req = StatementRequest {
        customer_id: dupont,
        from: "2026-11-01".into(),
        to: TODAY.into(),
        as_of: TODAY.into(),
    };
    let (_, pdf) = b.statement_pdf(&s, &req).unwrap();
    let text = pdf_text(&pdf);
    assert!(text.contains("DUPONT 2026"), "{text}");
    // The support sheet gives the same reference to quote.
    let (_, sheet) = b.support_sheet_pdf(&s, dupont).unwrap();
    let text = pdf_text(&sheet);
    assert!(text.contains("DUPONT 2026"), "{text}");

    let audit = || -> i64 {
        rusqlite::Connection::open(&path)
            .unwrap()
            .query_row("SELECT COUNT(*) FROM audit_log", [], |r| r.get(0))
            .unwrap()
    };
    let before = audit();
    let martin_form = form(martin);
    let with = |reference: &str| CustomerForm {
        reference: reference.into(),
        ..martin_form.clone()
    };
    // Another customer's, in any case: refused with the name of who has it.
    let (field, message) = refusal(
        b.update_customer(&s, martin, &with("dupont 2026"))
            .unwrap_err(),
    );
    assert_eq!(field, "reference");
    assert!(message.contains("Dupont SARL"), "{message}");
    // Ardoise's numbering is kept for the customers it numbers, even one left free.
    let (_, message) = refusal(
        b.update_customer(&s, martin, &with(&format!("C-{dupont:05}")))
            .unwrap_err(),
    );
    assert!(message.contains(&format!("C-{dupont:05}")), "{message}");
    // What a SEPA transfer does not carry, or cuts.
    let (_, message) = refusal(
        b.update_customer(&s, martin, &with("Café & Cie"))
            .unwrap_err(),
    );
    assert!(message.contains("SEPA"), "{message}");
    let (_, message) = refusal(
        b.update_customer(&s, martin, &with(&"M".repeat(36)))
            .unwrap_err(),
    );
    assert!(message.contains("35"), "{message}");
    // Nor at creation.
    let taken = CustomerForm {
        reference: "DUPONT 2026".into(),
        ..customer("Durand SA", "")
    };
    assert_eq!(
        refusal(b.create_customer(&s, &taken).unwrap_err()).0,
        "reference"
    );
    assert_eq!(audit(), before, "a refusal writes nothing");
    assert_eq!(form(martin).reference, format!("C-{martin:05}"));
    assert_eq!(b.customers(&s).unwrap().len(), 2);

    // Its own number is its own; a blank reference gives it back.
    b.update_customer(&s, martin, &with(&format!("c-{martin:05}")))
        .unwrap();
    assert_eq!(form(martin).reference, format!("C-{martin:05}"));
    let mut cleared = form(dupont);
    cleared.reference = String::new();
    b.update_customer(&s, dupont, &cleared).unwrap();
    assert_eq!(form(dupont).reference, format!("C-{dupont:05}"));
    // The book refuses a second customer with one reference, whoever writes it.
    let conn = rusqlite::Connection::open(&path).unwrap();
    let twice = conn.execute(
        "UPDATE customers SET reference = 'DUPONT 2026' WHERE id IN (?1, ?2)",
        [dupont, martin],
    );
    assert!(twice.is_err(), "the schema keeps a reference unique");
}

/// Not a test: the list's time on a 10,000-customer book with a year of history.
/// `cargo test -p ardoise-app --test customer_lists -- --ignored --nocapture`
#[test]
#[ignore]
fn time_the_list_on_ten_thousand_customers() {
    let dir = tempfile::tempdir().unwrap();
    // ARDOISE_KEEP_BOOK=PATH keeps the book there, to time its queries elsewhere.
    let path = std::env::var_os("ARDOISE_KEEP_BOOK")
        .map(std::path::PathBuf::from)
        .unwrap_or_else(|| dir.path().join("book.db"));
    let (mut b, s) = open(&path);
    b.seed_demo(
        &s,
        DemoOptions {
            customers: 10_000,
            seed: 1,
            subscriptions_per_customer: Some(0),
            history_months: 0,
        },
    )
    .unwrap();
    b.generate_history(
        &s,
        ardoise_app::scale::HistoryScale {
            invoices_per_customer: 12,
            seed: 1,
        },
    )
    .unwrap();
    let _ = b.customers(&s).unwrap();
    let mut runs = Vec::new();
    for _ in 0..5 {
        let t = Instant::now();
        let rows = b.customers(&s).unwrap();
        runs.push(t.elapsed().as_secs_f64() * 1000.0);
        assert_eq!(rows.len(), 10_000);
    }
    runs.sort_by(f64::total_cmp);
    // The aging report reads the same open invoices; its goal (≤ 100 ms in release, `ardoise
    // bench statements`) puts this build's figures in proportion.
    let t = Instant::now();
    b.aging_report(&s, TODAY).unwrap();
    let aging = t.elapsed().as_secs_f64() * 1000.0;
    println!(
        "customers list, 10,000 customers with balances and overdue: median {:.0} ms, best {:.0} ms (aging report: {aging:.0} ms)",
        runs[2], runs[0]
    );
}
