//! A CSV statement as a French bank exports it (`;` between cells, dates day first,
//! decimal commas, debit and credit in two columns) imported in the real window: the
//! system's dialog (answered through `ARDOISE_E2E_PICK`) names the file, the mapping
//! screen names its columns and shows the first rows as they will be read, the two
//! credits naming open invoices are proposed and confirmed. The same file again comes
//! with its bank's columns remembered and adds nothing; a file without those columns
//! is refused with its sentence. Looked at in 1280 and 960 px.

use ardoise_app::transport_invoicing::{InvoiceFilter, InvoiceRow};
use ardoise_e2e::fixtures::{book, click, shot};
use ardoise_e2e::inspect::{attrs, field_value, overflowing, page_overflows, texts};
use ardoise_e2e::App;

const TODAY: &str = "2026-11-25";
const BANK: &str = "Banque Populaire";

fn cents(a: &str) -> i64 {
    let (units, frac) = a.split_once('.').unwrap_or((a, ""));
    let frac = format!("{frac:0<2}");
    units.parse::<i64>().unwrap_or(0) * 100 + frac[..2].parse::<i64>().unwrap_or(0)
}

/// "1234.50" as a French bank writes it: "1 234,50".
fn french(amount: &str) -> String {
    let (units, frac) = amount.split_once('.').unwrap_or((amount, "00"));
    let digits: Vec<char> = units.chars().collect();
    let mut grouped = String::new();
    for (i, c) in digits.iter().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            grouped.push(' ');
        }
        grouped.push(*c);
    }
    format!("{grouped},{frac:0<2}")
}

/// Two customers' oldest numbered invoices still owed in euros.
fn two_open(db: &std::path::Path) -> (InvoiceRow, InvoiceRow) {
    let (b, s) = book(db, TODAY);
    let mut rows: Vec<InvoiceRow> = b
        .invoices(&s, &InvoiceFilter::default())
        .expect("invoices")
        .into_iter()
        .filter(|r| r.number.is_some() && r.open.currency == "EUR" && cents(&r.open.amount) > 0)
        .collect();
    rows.sort_by_key(|r| (r.customer_id, r.due_date.clone(), r.id));
    let x = rows[0].clone();
    let y = rows
        .iter()
        .find(|r| r.customer_id != x.customer_id)
        .expect("a second customer owing")
        .clone();
    (x, y)
}

async fn mapping_looked_at(app: &App, name: &str) {
    tokio::time::sleep(std::time::Duration::from_millis(400)).await;
    assert!(!page_overflows(app).await, "no sideways scroll: {name}");
    let over = overflowing(
        app,
        "[data-testid=csv-mapping], [data-testid=csv-mapping] select, [data-testid=csv-mapping] .btn, [data-testid=csv-preview]",
    )
    .await;
    assert!(over.is_empty(), "{name}: {over:?}");
    shot(app, name).await;
}

fn payments(db: &std::path::Path) -> usize {
    let (b, s) = book(db, TODAY);
    b.payments(&s, None).expect("payments").len()
}

#[tokio::test(flavor = "multi_thread")]
async fn a_french_csv_statement_is_mapped_once_then_remembered() {
    let dir = tempfile::tempdir().expect("temp dir");
    let db = dir.path().join("book.db");
    let pick = dir.path().join("pick.txt");
    let pick_env = pick.display().to_string();
    let app = App::launch_with(
        &db,
        TODAY,
        "fr_FR.UTF-8",
        &[("ARDOISE_E2E_PICK", pick_env.as_str())],
    )
    .await;
    ardoise_e2e::fixtures::start_demo(&app).await;

    let (x, y) = two_open(&db);
    let csv = format!(
        "Date;Libellé;Tiers;Débit;Crédit\n\
         24/11/2026;VIR SEPA REGLEMENT {};SARL CLIENT UN;;{}\n\
         24/11/2026;FACTURE {};CLIENT DEUX SAS;;{}\n\
         23/11/2026;PRLV SEPA EDF;EDF;86,40;\n",
        x.number.as_deref().unwrap(),
        french(&x.open.amount),
        y.number.as_deref().unwrap(),
        french(&y.open.amount),
    );
    let file = dir.path().join("releve-bp.csv");
    std::fs::write(&file, csv).expect("the statement");
    std::fs::write(&pick, file.display().to_string()).expect("answer the dialog");
    let before = payments(&db);

    click(&app, "[data-testid=nav-payments]").await;
    click(&app, "[data-testid=bank-import]").await;
    app.find("[data-testid=csv-mapping]").await;
    // Named by hand, whatever the screen guessed from the titles.
    app.fill("csv_bank", BANK).await;
    app.choose("csv_date", "Date").await;
    app.choose("csv_label", "Libellé").await;
    click(&app, "[data-testid=csv-two-columns]").await;
    app.choose("csv_debit", "Débit").await;
    app.choose("csv_credit", "Crédit").await;
    app.choose("csv_payer", "Tiers").await;
    let rows = texts(&app, "[data-testid=csv-preview-row]").await;
    assert_eq!(rows.len(), 3, "{rows:?}");
    assert!(rows[0].contains(&french(&x.open.amount)), "{rows:?}");
    assert!(rows[0].contains("SARL CLIENT UN"), "{rows:?}");
    assert!(rows[2].contains("−86,40"), "a debit signed: {rows:?}");
    mapping_looked_at(&app, "bank-csv-mapping-fr.png").await;
    app.web
        .set_window_rect(0, 0, 960, 700)
        .await
        .expect("the window at its minimum width");
    mapping_looked_at(&app, "bank-csv-mapping-960-fr.png").await;
    app.web
        .set_window_rect(0, 0, 1280, 800)
        .await
        .expect("the window back to 1280");

    click(&app, "[data-testid=csv-import]").await;
    app.wait_for("the statement's lines", "[data-testid=bank-line]", |t| {
        t.len() == 3
    })
    .await;
    assert_eq!(
        attrs(&app, "[data-testid=bank-line]", "data-status").await,
        ["proposed", "proposed", "ignored"]
    );
    let summary = texts(&app, "[data-testid=bank-summary]").await.join(" ");
    assert!(summary.contains("3 lignes ajoutées"), "{summary}");
    assert!(summary.contains("CSV"), "{summary}");
    let proposals = texts(&app, "[data-testid=bank-proposal]").await;
    assert!(
        proposals[0].contains(x.number.as_deref().unwrap()),
        "{proposals:?}"
    );
    assert!(
        proposals[1].contains(y.number.as_deref().unwrap()),
        "{proposals:?}"
    );
    click(&app, "[data-testid=bank-confirm]").await;
    app.wait_for(
        "the payments recorded",
        "[data-testid=bank-recorded]",
        |t| {
            t.first()
                .is_some_and(|s| s.contains("2 paiements enregistrés"))
        },
    )
    .await;
    assert_eq!(payments(&db), before + 2);
    {
        let (b, s) = book(&db, TODAY);
        for paid in [x.id, y.id] {
            let inv = b.invoice(&s, paid).expect("the invoice");
            assert_eq!(cents(&inv.row.open.amount), 0, "{:?} paid", inv.row.number);
        }
    }

    // The same file again: the bank's columns come back by themselves, nothing added.
    click(&app, "[data-testid=bank-choose-again]").await;
    app.find("[data-testid=csv-mapping]").await;
    assert_eq!(field_value(&app, "csv_bank").await, BANK);
    assert_eq!(field_value(&app, "csv_credit").await, "Crédit");
    click(&app, "[data-testid=csv-import]").await;
    app.wait_for(
        "the second import",
        "[data-testid=bank-nothing-added]",
        |t| !t.is_empty(),
    )
    .await;
    assert_eq!(
        attrs(&app, "[data-testid=bank-summary]", "data-already").await,
        ["3"]
    );
    assert_eq!(payments(&db), before + 2, "nothing added");

    // A file without the bank's columns, read with them: refused with its sentence.
    let other = dir.path().join("releve-autre.csv");
    // Exported in Windows-1252, as French banks still do: the accents read all the same.
    std::fs::write(
        &other,
        b"Date;Libell\xe9;Montant\n24/11/2026;VIR DIVERS \xc9T\xc9;12,00\n",
    )
    .expect("another statement");
    std::fs::write(&pick, other.display().to_string()).expect("answer the dialog");
    click(&app, "[data-testid=bank-choose-again]").await;
    app.find("[data-testid=csv-mapping]").await;
    let rows = texts(&app, "[data-testid=csv-preview-row]").await;
    assert!(rows[0].contains("VIR DIVERS ÉTÉ"), "{rows:?}");
    click(&app, "[data-testid=csv-known-bank]").await;
    // The bank's columns this file lacks are named under their selects.
    let absent = texts(
        &app,
        "[data-testid=error-csv_debit], [data-testid=error-csv_credit]",
    )
    .await;
    assert_eq!(absent.len(), 2, "{absent:?}");
    assert!(absent[0].contains("Débit"), "{absent:?}");
    click(&app, "[data-testid=csv-import]").await;
    app.wait_for("the refusal", "[data-testid=bank-error]", |t| {
        t.first()
            .is_some_and(|s| s.contains("n’a pas les colonnes") && s.contains("Débit"))
    })
    .await;
    assert!(
        app.all("[data-testid=csv-mapping]").await.len() == 1,
        "the mapping stays"
    );
    assert_eq!(payments(&db), before + 2);
    shot(&app, "bank-csv-refused-fr.png").await;
    app.quit().await;
}
