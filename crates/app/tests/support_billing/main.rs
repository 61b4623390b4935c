//! Support billed by the monthly run, against a real book file: a month of requests with
//! time logged day by day, then the next month's run bills each plan's fee and the time
//! beyond the included hours exactly once — run twice, run from a second `Ardoise` on
//! the same file, after the draft is deleted, after a credit note — to the cent.

mod book;

use std::sync::Arc;

use ardoise_app::clock::ManualClock;
use ardoise_app::domain::invoicing::LineKind;
use ardoise_app::domain::support::Rounding;
use ardoise_app::domain::Lang;
use ardoise_app::transport_invoicing::InvoiceFilter;
use chrono::{TimeZone, Utc};

use book::*;

#[test]
fn the_run_bills_each_fee_and_the_time_beyond_the_included_hours_exactly_once() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("book.db");
    let clock = Arc::new(ManualClock::on(day(2026, 1, 2)));
    let (b, s) = open(&path, &clock);
    let book = live_march(&b, &s, &clock);
    let a = numbers(&book, book.per_entry);
    let m = numbers(&book, book.per_month);

    clock.set(day(2026, 4, 1));
    let april = run(&b, &s, "2026-04");
    assert!(april.problems.is_empty(), "{:?}", april.problems);
    // Customers with only support to bill get a draft; the one without a plan does not.
    assert_eq!(april.drafted.len(), 2);
    assert!(draft_of(&april.drafted, book.no_support).is_none());

    let per_entry = draft_of(&april.drafted, book.per_entry).unwrap().clone();
    assert_eq!(
        lines(&b, &s, per_entry.id),
        vec![
            (
                LineKind::SupportFee,
                "Forfait support “Essentiel”, avril 2026".to_string(),
                dec("160.00")
            ),
            (
                LineKind::BillableHours,
                format!(
                    "Support{NB}: 2 h 15 au-delà des 4 h incluses, mars 2026 — arrondi au quart \
                     d’heure par intervention — demande {}",
                    a[2]
                ),
                // 2.25 h × 90 (March's rate, not April's 95).
                dec("202.50")
            ),
        ]
    );
    // 362.50 + 20 % = 435.00
    assert_eq!(dec(&per_entry.gross.amount), dec("435.00"));

    let per_month = draft_of(&april.drafted, book.per_month).unwrap().clone();
    assert_eq!(
        lines(&b, &s, per_month.id),
        vec![
            (
                LineKind::SupportFee,
                "Forfait support “Essentiel au mois”, avril 2026".to_string(),
                dec("150.00")
            ),
            (
                LineKind::BillableHours,
                format!(
                    "Support{NB}: 1 h au-delà des 4 h incluses, mars 2026 — arrondi au quart \
                     d’heure sur le mois — demande {}",
                    m[2]
                ),
                dec("90.00")
            ),
        ]
    );
    assert_eq!(dec(&per_month.gross.amount), dec("288.00"));

    // The same run again bills nobody twice; nor does a second Ardoise on the same file.
    let again = run(&b, &s, "2026-04");
    assert!(again.drafted.is_empty());
    assert_eq!(again.skipped, 2);
    {
        let (other, s2) = open(&path, &clock);
        let third = run(&other, &s2, "2026-04");
        assert!(third.drafted.is_empty());
        assert_eq!(third.skipped, 2);
    }

    // Deleting a draft frees its fee and its time: the rerun bills them again, the same.
    let first_lines = lines(&b, &s, per_entry.id);
    b.delete_draft(&s, per_entry.id).unwrap();
    let rerun = run(&b, &s, "2026-04");
    assert_eq!(rerun.drafted.len(), 1);
    let redrafted = rerun.drafted[0].clone();
    assert_eq!(redrafted.customer_id, book.per_entry);
    assert_eq!(lines(&b, &s, redrafted.id), first_lines);
    assert_eq!(dec(&redrafted.gross.amount), dec("435.00"));

    // A line typed on the draft keeps the support it bills attached (the draft's lines
    // are rewritten): May's run must not bill March's time again.
    b.add_invoice_line(
        &s,
        redrafted.id,
        &ardoise_app::domain::invoicing::OneOffForm {
            description: "Déplacement".into(),
            quantity: "1".into(),
            unit_price: "50".into(),
        },
    )
    .unwrap();

    // Issued, then credited in full: the credit note frees nothing.
    let issued = b.issue_invoices(&s, &[redrafted.id, per_month.id]).unwrap();
    let invoice_number = issued
        .iter()
        .find(|r| r.id == redrafted.id)
        .and_then(|r| r.number.clone())
        .unwrap();
    // Explained in the customer's language: March's time at March's rate, in force
    // since January; April's fee at April's.
    let x = b.explain_invoice(&s, redrafted.id).unwrap();
    assert_eq!(
        (x.language, x.number.as_deref()),
        (Lang::Fr, Some(invoice_number.as_str()))
    );
    let nn = "\u{202f}";
    assert!(x.lines[0]
        .text
        .contains("Ce prix est en vigueur depuis le 01/04/2026."));
    assert!(
        x.lines[1].text.contains(&format!(
            "Temps facturé{NB}: 2 h 15 au taux horaire de 90,00{nn}€ HT (2,25 h × 90,00{nn}€). \
             Ce prix est en vigueur depuis le 01/01/2026."
        )),
        "{}",
        x.lines[1].text
    );
    assert_eq!(x.text.split("\n\n").count(), 3);
    let credit = b
        .credit_invoice(&s, redrafted.id, None, "Refacturée")
        .unwrap();
    let credit_number = b.invoice(&s, credit).unwrap().row.number.unwrap();

    // A March entry logged late, in April: 20 minutes → 30 (minimum), at March's rate.
    clock.set(day(2026, 4, 20));
    let late_request = book.requests[0].1[2].0;
    log(
        &b,
        &s,
        late_request,
        Utc.with_ymd_and_hms(2026, 3, 31, 14, 0, 0).unwrap(),
        20,
        true,
    );

    clock.set(day(2026, 5, 1));
    let (other, s2) = open(&path, &clock);
    let may = run(&other, &s2, "2026-05");
    assert!(may.problems.is_empty(), "{:?}", may.problems);
    let per_entry_may = draft_of(&may.drafted, book.per_entry).unwrap();
    assert_eq!(
        lines(&other, &s2, per_entry_may.id),
        vec![
            (
                LineKind::SupportFee,
                "Forfait support “Essentiel”, mai 2026".to_string(),
                dec("160.00")
            ),
            (
                LineKind::BillableHours,
                format!(
                    "Support{NB}: 30 min au-delà des 4 h incluses, mars 2026 — arrondi au quart \
                     d’heure par intervention — demande {}",
                    a[2]
                ),
                dec("45.00")
            ),
        ]
    );
    // The per-month customer has May's fee only: March is billed.
    let per_month_may = draft_of(&may.drafted, book.per_month).unwrap();
    assert_eq!(lines(&other, &s2, per_month_may.id).len(), 1);

    // The request's time log says where each entry went, credit note included.
    let billed = b.support_time_billed(&s, late_request, Lang::Fr).unwrap();
    assert_eq!(billed.len(), 4, "three March entries, then the late one");
    assert_eq!(
        billed[0].text,
        format!("facturé sur {invoice_number} (crédité par avoir {credit_number})")
    );
    assert_eq!(billed[0].billed_minutes, 30);
    assert_eq!(
        billed[3].text,
        "facturé sur un brouillon de facture (mai 2026)"
    );
    let en = b.support_time_billed(&s, late_request, Lang::En).unwrap();
    assert_eq!(
        en[0].text,
        format!("billed on {invoice_number} (credited by credit note {credit_number})")
    );

    // Nothing left to bill: June has the fees only.
    clock.set(day(2026, 6, 1));
    let june = run(&b, &s, "2026-06");
    for d in &june.drafted {
        let kinds: Vec<LineKind> = lines(&b, &s, d.id).into_iter().map(|l| l.0).collect();
        assert_eq!(kinds, vec![LineKind::SupportFee]);
    }
    let all = b
        .invoices(&s, &InvoiceFilter::default())
        .unwrap()
        .into_iter()
        .filter(|r| r.customer_id == book.no_support)
        .count();
    assert_eq!(all, 0, "a customer without support is never billed for it");
}

#[test]
fn a_prorated_subscription_line_says_its_days_and_the_date_of_its_price() {
    use ardoise_app::domain::catalog::{PriceForm, ProductForm};
    use ardoise_app::domain::subscription::SubscriptionForm;
    let dir = tempfile::tempdir().unwrap();
    let clock = Arc::new(ManualClock::on(day(2026, 1, 2)));
    let (b, s) = open(&dir.path().join("book.db"), &clock);
    b.save_partner(&s, &partner()).unwrap();
    let customer = b.create_customer(&s, &customer("Dupont SARL")).unwrap();
    let plan_id = b.save_support_plan(&s, None, &plan("Essentiel")).unwrap();
    b.add_support_plan_price(
        &s,
        plan_id,
        &price("2026-01-01", "150", "90", Rounding::PerEntry),
    )
    .unwrap();
    b.set_customer_support_plan(&s, customer, plan_id, "2026-01-01")
        .unwrap();
    let product = b
        .add_product(
            &s,
            &ProductForm {
                ms_product_id: "CFQ7TTC0LDPB".into(),
                ms_sku_id: "0001".into(),
                name: "Microsoft 365 Business Standard".into(),
                unit: "licence".into(),
            },
            &PriceForm {
                currency: "EUR".into(),
                effective_from: "2026-02-01".into(),
                partner_cost: "10".into(),
                resale_price: "12.50".into(),
                markup_percent: String::new(),
            },
        )
        .unwrap();
    b.add_subscription(
        &s,
        customer,
        &SubscriptionForm {
            product_id: product.to_string(),
            quantity: "10".into(),
            term: "monthly".into(),
            billing_frequency: "monthly".into(),
            start_date: "2026-03-20".into(),
            renewal_date: String::new(),
            auto_renew: true,
            status: "active".into(),
            pc_subscription_id: String::new(),
        },
    )
    .unwrap();
    clock.set(day(2026, 3, 31));
    let march = run(&b, &s, "2026-03");
    assert_eq!(march.drafted.len(), 1);
    let id = march.drafted[0].id;
    // The support fee joins the subscription's draft, after it.
    let kinds: Vec<LineKind> = lines(&b, &s, id).into_iter().map(|l| l.0).collect();
    assert_eq!(kinds, vec![LineKind::Subscription, LineKind::SupportFee]);
    let x = b.explain_invoice(&s, id).unwrap();
    let nn = "\u{202f}";
    // 10 × 12.50 × 12/31 = 48.387… → 48.39
    assert_eq!(
        x.lines[0].text,
        format!(
            "Ligne 1{NB}: «{NB}Microsoft 365 Business Standard — du 20/03/2026 au 31/03/2026 \
             (12 j / 31){NB}», 48,39{nn}€ HT. \
             Période couverte{NB}: du 20/03/2026 au 31/03/2026 inclus. \
             Quantité{NB}: 10 licences au prix unitaire de 12,50{nn}€ HT pour la période. \
             Facturé au prorata des jours{NB}: 12 jours sur 31, soit 10 × 12,50{nn}€ × 12/31. \
             Ce prix est en vigueur depuis le 01/02/2026. \
             TVA au taux de 20{nn}%, calculée sur le total des lignes à ce taux."
        )
    );
    assert!(x.lines[1]
        .text
        .contains("Ce prix est en vigueur depuis le 01/01/2026."));
}

#[test]
fn two_runs_at_once_on_one_book_bill_the_support_once() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("book.db");
    let clock = Arc::new(ManualClock::on(day(2026, 1, 2)));
    let book = {
        let (b, s) = open(&path, &clock);
        live_march(&b, &s, &clock)
    };
    clock.set(day(2026, 4, 1));
    let runs: Vec<_> = (0..2)
        .map(|_| {
            let (path, clock) = (path.clone(), clock.clone());
            std::thread::spawn(move || {
                let (b, s) = open(&path, &clock);
                run(&b, &s, "2026-04").drafted.len()
            })
        })
        .collect();
    let drafted: Vec<usize> = runs.into_iter().map(|h| h.join().unwrap()).collect();
    assert_eq!(drafted.iter().sum::<usize>(), 2, "{drafted:?}");
    let (b, s) = open(&path, &clock);
    let hours: usize = [book.per_entry, book.per_month]
        .iter()
        .flat_map(|c| {
            b.invoices(
                &s,
                &InvoiceFilter {
                    customer_id: Some(*c),
                    ..Default::default()
                },
            )
            .unwrap()
        })
        .map(|r| lines(&b, &s, r.id).len())
        .sum();
    assert_eq!(hours, 4, "a fee and a line of hours each, once");
}
