//! Bad input that must not get through, against a real book: amounts, seat counts and
//! dates beyond their bounds, numbers that are not plain decimals, and a logo that is
//! not an image. Each is refused with a sentence naming the field, and nothing is written.

use std::sync::Arc;

use ardoise_app::demo::DemoOptions;
use ardoise_app::domain::subscription::SubscriptionForm;
use ardoise_app::domain::Lang;
use ardoise_app::transport_invoicing::PaymentForm;
use ardoise_app::{AppError, Ardoise, CancelFlag, FixedClock, Session};
use base64::Engine;
use chrono::NaiveDate;

fn book(path: &std::path::Path) -> (Ardoise, Session) {
    let today = NaiveDate::from_ymd_opt(2026, 11, 25).unwrap();
    let mut b = Ardoise::open(path, Arc::new(FixedClock::on(today))).unwrap();
    let s = b.admin_session().unwrap();
    let options = DemoOptions {
        customers: 3,
        history_months: 0,
        ..DemoOptions::default()
    };
    b.seed_demo(&s, options).unwrap();
    (b, s)
}

/// The field and its English and French sentences, for a refusal of one field.
fn refused(err: AppError) -> (String, String, String) {
    let en = err.view(Lang::En);
    let fr = err.view(Lang::Fr);
    assert_eq!(en.code, "invalid_input", "{en:?}");
    assert_eq!(en.fields.len(), 1, "{en:?}");
    (
        en.fields[0].field.clone(),
        en.fields[0].message.clone(),
        fr.fields[0].message.clone(),
    )
}

#[test]
fn payments_beyond_the_bound_or_not_plain_or_out_of_the_century_write_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let (b, s) = book(&dir.path().join("book.db"));
    let customer_id = b.customers(&s).unwrap()[0].id;
    let before = b.payments(&s, None).unwrap().len();
    let form = |amount: &str, received_on: &str| PaymentForm {
        customer_id,
        received_on: received_on.into(),
        amount: amount.into(),
        currency: "EUR".into(),
        method: "transfer".into(),
        reference: "VIR".into(),
    };
    for (amount, on, field, en) in [
        (
            "500000000000000",
            "2026-11-20",
            "amount",
            "At most 999,999,999.99: check the number of digits.",
        ),
        (
            "1e5",
            "2026-11-20",
            "amount",
            "Expected a number (for example 12.50).",
        ),
        (
            "+100",
            "2026-11-20",
            "amount",
            "Expected a number (for example 12.50).",
        ),
        (
            "100",
            "9999-12-31",
            "received_on",
            "Date outside the range accepted (1 Jan 2000 – 31 Dec 2099): check the year.",
        ),
        (
            "100",
            "0001-01-01",
            "received_on",
            "Date outside the range accepted (1 Jan 2000 – 31 Dec 2099): check the year.",
        ),
    ] {
        let err = b.record_payment(&s, &form(amount, on), None).unwrap_err();
        let (f, message, fr) = refused(err);
        assert_eq!((f.as_str(), message.as_str()), (field, en), "{amount} {on}");
        assert!(!fr.is_empty());
    }
    assert_eq!(b.payments(&s, None).unwrap().len(), before);
    // The largest amount is accepted, typed the French way.
    b.record_payment(&s, &form("999 999 999,99", "2026-11-20"), None)
        .unwrap();
    assert_eq!(b.payments(&s, None).unwrap().len(), before + 1);
}

#[test]
fn seats_periods_and_credits_beyond_their_bounds_are_refused() {
    let dir = tempfile::tempdir().unwrap();
    let (b, s) = book(&dir.path().join("book.db"));
    let customer_id = b.customers(&s).unwrap()[0].id;
    let product_id = b.products(&s).unwrap()[0].id;
    let sub = SubscriptionForm {
        product_id: product_id.to_string(),
        quantity: "4294967295".into(),
        term: "monthly".into(),
        billing_frequency: "monthly".into(),
        start_date: "2026-11-01".into(),
        ..Default::default()
    };
    let (field, en, fr) = refused(b.add_subscription(&s, customer_id, &sub).unwrap_err());
    assert_eq!(field, "quantity");
    assert_eq!(en, "At most 1,000,000: check the number of digits.");
    assert_eq!(
        fr,
        "Au plus 1\u{202f}000\u{202f}000 : vérifiez le nombre de chiffres."
    );
    let sub = SubscriptionForm {
        quantity: "12".into(),
        start_date: "9999-01-01".into(),
        ..sub
    };
    let (field, _, _) = refused(b.add_subscription(&s, customer_id, &sub).unwrap_err());
    assert_eq!(field, "start_date");

    let err = b
        .bill(&s, "9999-12", Lang::En, &|_| {}, &CancelFlag::default())
        .unwrap_err();
    let (field, en, _) = refused(err);
    assert_eq!(field, "period");
    assert!(en.contains("check the year"), "{en}");

    let run = b
        .bill(&s, "2026-11", Lang::En, &|_| {}, &CancelFlag::default())
        .unwrap();
    let ids: Vec<i64> = run.drafted.iter().map(|r| r.id).collect();
    let issued = b.issue_invoices(&s, &ids).unwrap();
    let err = b
        .credit_invoice(&s, issued[0].id, Some("1e1"), "Erreur")
        .unwrap_err();
    assert_eq!(refused(err).0, "amount");
}

#[test]
fn a_logo_that_is_not_an_image_is_refused_and_a_large_one_stored_scaled_down() {
    let dir = tempfile::tempdir().unwrap();
    let (b, s) = book(&dir.path().join("book.db"));
    let text = b"This is not a logo, only text renamed logo.png\n".to_vec();
    let (field, en, fr) = refused(b.set_partner_logo(&s, Some(text)).unwrap_err());
    assert_eq!(field, "logo");
    assert!(en.starts_with("The logo must be a PNG image"), "{en}");
    assert!(fr.starts_with("Le logo doit être une image PNG"), "{fr}");
    assert!(b.partner(&s).unwrap().logo_png_base64.is_none());
    let b64 = base64::engine::general_purpose::STANDARD.encode(b"GIF89a");
    assert!(b.set_partner_logo_base64(&s, Some(&b64)).is_err());
    assert!(b.partner(&s).unwrap().logo_png_base64.is_none());

    // 4000 × 1000, RGB: stored 2000 × 500.
    let mut wide = Vec::new();
    {
        let mut encoder = png::Encoder::new(&mut wide, 4000, 1000);
        encoder.set_color(png::ColorType::Rgb);
        encoder.set_depth(png::BitDepth::Eight);
        let mut writer = encoder.write_header().unwrap();
        let data: Vec<u8> = (0..4000 * 1000 * 3).map(|i| (i % 251) as u8).collect();
        writer.write_image_data(&data).unwrap();
    }
    b.set_partner_logo(&s, Some(wide)).unwrap();
    let stored = base64::engine::general_purpose::STANDARD
        .decode(b.partner(&s).unwrap().logo_png_base64.unwrap())
        .unwrap();
    assert_eq!(
        ardoise_documents::logo::png_size(&stored),
        Some((2000, 500))
    );
}
