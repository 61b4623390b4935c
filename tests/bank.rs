//! A bank statement imported in the real window, in French: the system's dialog
//! (answered through `ARDOISE_E2E_PICK`) names a CAMT.053 file whose credits name two
//! open invoices of the demo book, plus a credit nobody owes and a debit. The two are
//! proposed and the unknown one is assigned by hand to a customer, its amount going to
//! their oldest invoice; the three are confirmed at once and become payments in the
//! book. The same file imported again adds nothing and shows the lines as recorded.
//! Looked at in 1280 and 960 px, and once in English, where a second statement shows a
//! line confirmed elsewhere refusing the window's confirmation, nothing half-done.

use std::collections::HashMap;

use ardoise_app::transport_bank::{BankImportRequest, BankImportView};
use ardoise_app::transport_invoicing::{InvoiceFilter, InvoiceRow};
use ardoise_e2e::fixtures::{book, click, shot};
use ardoise_e2e::inspect::{attrs, overflowing, page_overflows, texts};
use ardoise_e2e::App;

const TODAY: &str = "2026-11-25";
const UNKNOWN: &str = "1.23";

/// Amounts cross as decimal strings: compared as whole cents.
fn cents(a: &str) -> i64 {
    let (units, frac) = a.split_once('.').unwrap_or((a, ""));
    let frac = format!("{frac:0<2}");
    units.parse::<i64>().unwrap_or(0) * 100 + frac[..2].parse::<i64>().unwrap_or(0)
}

struct Entry {
    amount: String,
    credit: bool,
    payer: &'static str,
    label: String,
    svcr_ref: &'static str,
}

/// A camt.053.001.08 statement as a French bank writes it.
fn camt(id: &str, entries: &[Entry]) -> String {
    let mut x = format!(
        r#"<?xml version="1.0" encoding="UTF-8"?>
<Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.08"><BkToCstmrStmt>
<GrpHdr><MsgId>{id}</MsgId><CreDtTm>2026-11-25T06:00:00</CreDtTm></GrpHdr>
<Stmt><Id>{id}</Id><Acct><Id><IBAN>FR7630006000011234567890189</IBAN></Id><Ccy>EUR</Ccy></Acct>
"#,
    );
    for e in entries {
        let party = if e.credit { "Dbtr" } else { "Cdtr" };
        x.push_str(&format!(
            "<Ntry><Amt Ccy=\"EUR\">{}</Amt><CdtDbtInd>{}</CdtDbtInd><Sts><Cd>BOOK</Cd></Sts>\
             <BookgDt><Dt>2026-11-24</Dt></BookgDt><AcctSvcrRef>{}</AcctSvcrRef>\
             <NtryDtls><TxDtls><RltdPties><{party}><Pty><Nm>{}</Nm></Pty></{party}></RltdPties>\
             <RmtInf><Ustrd>{}</Ustrd></RmtInf></TxDtls></NtryDtls></Ntry>\n",
            e.amount,
            if e.credit { "CRDT" } else { "DBIT" },
            e.svcr_ref,
            e.payer,
            e.label,
        ));
    }
    x.push_str("</Stmt></BkToCstmrStmt></Document>\n");
    x
}

/// The numbered invoices still owed in euros, each customer's oldest first.
fn open_invoices(db: &std::path::Path) -> Vec<InvoiceRow> {
    let (b, s) = book(db, TODAY);
    let mut rows: Vec<InvoiceRow> = b
        .invoices(&s, &InvoiceFilter::default())
        .expect("invoices")
        .into_iter()
        .filter(|r| r.number.is_some() && r.open.currency == "EUR" && cents(&r.open.amount) > 0)
        .collect();
    rows.sort_by_key(|r| (r.customer_id, r.due_date.clone(), r.id));
    rows
}

async fn statuses(app: &App) -> Vec<String> {
    attrs(app, "[data-testid=bank-line]", "data-status").await
}

/// Checked once the layout has settled: after a resize the window lays its rows out
/// again (WebKit keeps their old height otherwise, see ui/src/lib/relayout.ts).
async fn looked_at(app: &App, name: &str) {
    tokio::time::sleep(std::time::Duration::from_millis(400)).await;
    assert!(!page_overflows(app).await, "no sideways scroll: {name}");
    let over = overflowing(
        app,
        "[data-testid=bank-table], [data-testid=bank-line] td, [data-testid=bank-line] .badge, [data-testid=bank-line] .btn, [data-testid=bank-summary]",
    )
    .await;
    assert!(over.is_empty(), "{name}: {over:?}");
    shot(app, name).await;
}

#[tokio::test(flavor = "multi_thread")]
async fn a_statement_imported_in_the_window_becomes_payments_once() {
    let dir = tempfile::tempdir().expect("temp dir");
    let db = dir.path().join("book.db");
    let pick = dir.path().join("pick.txt");
    std::fs::write(&pick, "").expect("no answer yet");
    // The system's dialog answers with the path this file holds (debug builds only).
    let pick_env = pick.display().to_string();
    let app = App::launch_with(
        &db,
        TODAY,
        "fr_FR.UTF-8",
        &[("ARDOISE_E2E_PICK", pick_env.as_str())],
    )
    .await;
    ardoise_e2e::fixtures::start_demo(&app).await;

    // Three customers owing invoices: two pay one each by number, the third is the
    // one the clerk picks for the unknown credit.
    let open = open_invoices(&db);
    let mut by_customer: Vec<(i64, Vec<&InvoiceRow>)> = Vec::new();
    let mut at: HashMap<i64, usize> = HashMap::new();
    for r in &open {
        let i = *at.entry(r.customer_id).or_insert_with(|| {
            by_customer.push((r.customer_id, Vec::new()));
            by_customer.len() - 1
        });
        by_customer[i].1.push(r);
    }
    assert!(by_customer.len() >= 5, "five customers owe something");
    let (x, y) = (by_customer[0].1[0], by_customer[1].1[0]);
    let z = by_customer[2].0;
    let entries = [
        Entry {
            amount: x.open.amount.clone(),
            credit: true,
            payer: "SARL CLIENT UN",
            label: format!("VIR SEPA REGLEMENT {}", x.number.as_deref().unwrap()),
            svcr_ref: "E1",
        },
        Entry {
            amount: y.open.amount.clone(),
            credit: true,
            payer: "CLIENT DEUX SAS",
            label: format!("FACTURE {}", y.number.as_deref().unwrap()),
            svcr_ref: "E2",
        },
        Entry {
            amount: UNKNOWN.into(),
            credit: true,
            payer: "M DUPONT",
            label: "VIREMENT DIVERS".into(),
            svcr_ref: "E3",
        },
        Entry {
            amount: "86.40".into(),
            credit: false,
            payer: "EDF",
            label: "PRLV SEPA EDF".into(),
            svcr_ref: "E4",
        },
    ];
    let file = dir.path().join("releve-novembre.xml");
    std::fs::write(&file, camt("S-NOV", &entries)).expect("the statement");
    std::fs::write(&pick, file.display().to_string()).expect("answer the dialog");
    let payments_before = {
        let (b, s) = book(&db, TODAY);
        b.payments(&s, None).expect("payments").len()
    };

    // Payments → the bank button → the dialog answered → one table.
    click(&app, "[data-testid=nav-payments]").await;
    app.find("[data-testid=payment-table]").await;
    app.web
        .set_window_rect(0, 0, 960, 700)
        .await
        .expect("the window at its minimum width");
    // Under 1100 px the method moves under the reference: the list fits, no sideways
    // scroll, nothing cut.
    tokio::time::sleep(std::time::Duration::from_millis(400)).await;
    assert!(
        !page_overflows(&app).await,
        "the payments list scrolls sideways at 960 px"
    );
    let over = overflowing(
        &app,
        ".page-header h1, .page-header .btn, [data-testid=payment-table], [data-testid=payment-row] td",
    )
    .await;
    assert!(over.is_empty(), "{over:?}");
    assert!(
        !app.all("[data-testid=payment-method]").await.is_empty(),
        "the method shown under the reference"
    );
    shot(&app, "bank-button-960-fr.png").await;
    app.web
        .set_window_rect(0, 0, 1280, 800)
        .await
        .expect("the window back to 1280");
    click(&app, "[data-testid=bank-import]").await;
    app.wait_for("the statement's lines", "[data-testid=bank-line]", |t| {
        t.len() == 4
    })
    .await;
    assert_eq!(
        statuses(&app).await,
        ["proposed", "proposed", "unmatched", "ignored"]
    );
    let summary = texts(&app, "[data-testid=bank-summary]").await.join(" ");
    assert!(summary.contains("4 lignes ajoutées"), "{summary}");
    assert!(summary.contains("CAMT.053"), "{summary}");
    let proposals = texts(&app, "[data-testid=bank-proposal]").await;
    assert!(
        proposals[0].contains(x.number.as_deref().unwrap()),
        "{proposals:?}"
    );
    assert!(
        proposals[1].contains(y.number.as_deref().unwrap()),
        "{proposals:?}"
    );
    let words = texts(&app, "[data-testid=bank-status]").await;
    assert_eq!(words, ["Proposé", "Proposé", "Non reconnu", "Débit"]);
    // Ticked by default: the two proposals only.
    assert_eq!(app.all("[data-testid=bank-tick]").await.len(), 2);
    looked_at(&app, "bank-proposed-fr.png").await;

    // The unknown credit, assigned by hand: the customer, then their invoices filled
    // oldest first.
    click(
        &app,
        "[data-testid=bank-line][data-position='3'] [data-testid=bank-assign]",
    )
    .await;
    app.find("[data-testid=bank-assign-dialog]").await;
    app.choose("bank_customer", &z.to_string()).await;
    app.wait_for(
        "the customer's invoices",
        "[data-testid=allocation-row]",
        |t| !t.is_empty(),
    )
    .await;
    shot(&app, "bank-assign-fr.png").await;
    click(&app, "[data-testid=bank-assign-save]").await;
    app.wait_for(
        "the corrected line",
        "[data-testid=bank-line][data-status=corrected]",
        |t| t.len() == 1,
    )
    .await;
    assert_eq!(app.all("[data-testid=bank-tick]").await.len(), 3);

    app.web
        .set_window_rect(0, 0, 960, 700)
        .await
        .expect("the window at its minimum width");
    looked_at(&app, "bank-corrected-960-fr.png").await;
    app.web
        .set_window_rect(0, 0, 1280, 800)
        .await
        .expect("the window back to 1280");

    click(&app, "[data-testid=bank-confirm]").await;
    app.wait_for(
        "the payments recorded",
        "[data-testid=bank-recorded]",
        |t| {
            t.first()
                .is_some_and(|s| s.contains("3 paiements enregistrés"))
        },
    )
    .await;
    assert_eq!(
        statuses(&app).await,
        ["confirmed", "confirmed", "confirmed", "ignored"]
    );
    assert!(
        app.all("[data-testid=bank-tick]").await.is_empty(),
        "nothing left to confirm"
    );
    let proposals = texts(&app, "[data-testid=bank-proposal]").await;
    assert!(proposals[2].contains("Choisi par vous"), "{proposals:?}");
    looked_at(&app, "bank-confirmed-fr.png").await;

    // The book: both invoices paid, three transfers, the unknown one on the oldest
    // invoice of the customer the clerk chose.
    {
        let (b, s) = book(&db, TODAY);
        for paid in [x.id, y.id] {
            let inv = b.invoice(&s, paid).expect("the invoice");
            assert_eq!(cents(&inv.row.open.amount), 0, "{:?} paid", inv.row.number);
        }
        let payments = b.payments(&s, None).expect("payments");
        assert_eq!(payments.len(), payments_before + 3);
        let by_hand = payments
            .iter()
            .find(|p| p.customer_id == z && p.amount.amount == UNKNOWN)
            .expect("the credit assigned by hand");
        assert_eq!(by_hand.method, "transfer");
        let allocated: i64 = by_hand
            .allocations
            .iter()
            .map(|a| cents(&a.amount.amount))
            .sum();
        assert_eq!(allocated, cents(UNKNOWN), "{by_hand:?}");
    }

    // The same file again: nothing added, the lines shown as recorded.
    click(&app, "[data-testid=bank-choose-again]").await;
    app.wait_for(
        "the second import",
        "[data-testid=bank-nothing-added]",
        |t| !t.is_empty(),
    )
    .await;
    assert_eq!(
        attrs(&app, "[data-testid=bank-summary]", "data-added").await,
        ["0"]
    );
    assert_eq!(
        attrs(&app, "[data-testid=bank-summary]", "data-already").await,
        ["4"]
    );
    assert_eq!(
        statuses(&app).await,
        ["confirmed", "confirmed", "confirmed", "ignored"]
    );
    let words = texts(&app, "[data-testid=bank-status]").await;
    assert_eq!(words, ["Enregistré", "Enregistré", "Enregistré", "Débit"]);
    looked_at(&app, "bank-again-fr.png").await;
    {
        let (b, s) = book(&db, TODAY);
        assert_eq!(
            b.payments(&s, None).expect("payments").len(),
            payments_before + 3
        );
    }

    // In English, the same statement once more.
    click(&app, "[data-testid=nav-settings]").await;
    click(&app, "[data-testid=language-en]").await;
    click(&app, "[data-testid=nav-payments]").await;
    click(&app, "[data-testid=bank-import]").await;
    app.wait_for("the English summary", "[data-testid=bank-summary]", |t| {
        t.first()
            .is_some_and(|s| s.contains("0 lines added (4 already imported)"))
    })
    .await;
    let words = texts(&app, "[data-testid=bank-status]").await;
    assert_eq!(words, ["Recorded", "Recorded", "Recorded", "Debit"]);
    looked_at(&app, "bank-again-en.png").await;

    // Two clerks on one statement: a line confirmed elsewhere after the window showed
    // it refuses the window's whole confirmation, with its sentence, and writes nothing.
    let (x2, y2) = (by_customer[3].1[0], by_customer[4].1[0]);
    let second = [
        Entry {
            amount: x2.open.amount.clone(),
            credit: true,
            payer: "CLIENT QUATRE",
            label: format!("VIR {}", x2.number.as_deref().unwrap()),
            svcr_ref: "E5",
        },
        Entry {
            amount: y2.open.amount.clone(),
            credit: true,
            payer: "CLIENT CINQ",
            label: format!("VIR {}", y2.number.as_deref().unwrap()),
            svcr_ref: "E6",
        },
    ];
    let file2 = dir.path().join("releve-decembre.xml");
    std::fs::write(&file2, camt("S-DEC", &second)).expect("the second statement");
    std::fs::write(&pick, file2.display().to_string()).expect("answer the dialog");
    click(&app, "[data-testid=bank-choose-again]").await;
    app.wait_for("the second statement", "[data-testid=bank-summary]", |t| {
        t.first().is_some_and(|s| s.contains("2 lines added"))
    })
    .await;
    assert_eq!(statuses(&app).await, ["proposed", "proposed"]);
    let before = {
        let (b, s) = book(&db, TODAY);
        let seen = b
            .bank_import(&s, &request(&file2), ardoise_app::domain::Lang::En)
            .expect("the same statement read through the app");
        assert_eq!((seen.added, seen.already_imported), (0, 2));
        b.bank_confirm_all(
            &s,
            &BankImportView {
                lines: seen.lines[..1].to_vec(),
                ..seen
            },
        )
        .expect("line 1 confirmed elsewhere");
        b.payments(&s, None).expect("payments").len()
    };
    click(&app, "[data-testid=bank-confirm]").await;
    app.wait_for("the refusal", "[data-testid=bank-error]", |t| {
        t.first()
            .is_some_and(|s| s.contains("already recorded as a payment"))
    })
    .await;
    assert!(app.all("[data-testid=bank-recorded]").await.is_empty());
    {
        let (b, s) = book(&db, TODAY);
        assert_eq!(
            b.payments(&s, None).expect("payments").len(),
            before,
            "nothing written"
        );
        let inv = b.invoice(&s, y2.id).expect("the invoice");
        assert_eq!(inv.row.open.amount, y2.open.amount, "still owed");
    }
    looked_at(&app, "bank-refused-en.png").await;
    // Read again, the line done elsewhere shows recorded and the other is confirmed.
    click(&app, "[data-testid=bank-choose-again]").await;
    app.wait_for("the lines read again", "[data-testid=bank-line]", |_| true)
        .await;
    wait_statuses(&app, &["confirmed", "proposed"]).await;
    click(&app, "[data-testid=bank-confirm]").await;
    app.wait_for("the payment recorded", "[data-testid=bank-recorded]", |t| {
        t.first().is_some_and(|s| s.contains("1 payment recorded"))
    })
    .await;
    {
        let (b, s) = book(&db, TODAY);
        assert_eq!(b.payments(&s, None).expect("payments").len(), before + 1);
        let inv = b.invoice(&s, y2.id).expect("the invoice");
        assert_eq!(cents(&inv.row.open.amount), 0, "paid");
    }
    app.quit().await;
}

async fn wait_statuses(app: &App, want: &[&str]) {
    let started = std::time::Instant::now();
    loop {
        let now = statuses(app).await;
        if now == want {
            return;
        }
        assert!(
            started.elapsed() < std::time::Duration::from_secs(10),
            "statuses {now:?}, not {want:?}"
        );
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
}

fn request(path: &std::path::Path) -> BankImportRequest {
    BankImportRequest {
        path: path.display().to_string(),
        dry_run: false,
        csv_bank: None,
        csv_mapping: None,
        csv_currency: None,
    }
}
