//! A credit note's reason: required and bounded (refused with the field named, nothing
//! written), stored with the credit note, printed on it with the original invoice's
//! number and date and without late-payment terms, and as unchangeable as the rest of an
//! issued document: an UPDATE or an INSERT OR REPLACE through plain SQL is refused.

use std::path::Path;
use std::process::Command;
use std::sync::Arc;

use ardoise_app::demo::DemoOptions;
use ardoise_app::domain::invoicing::InvoiceState;
use ardoise_app::domain::Lang;
use ardoise_app::transport_invoicing::{DocumentKindView, InvoiceFilter};
use ardoise_app::{AppError, Ardoise, FixedClock, Session};
use chrono::NaiveDate;
use rusqlite::Connection;

fn demo(path: &Path) -> (Ardoise, Session) {
    let today = NaiveDate::from_ymd_opt(2026, 11, 25).unwrap();
    let mut b = Ardoise::open(path, Arc::new(FixedClock::on(today))).unwrap();
    let s = b.admin_session().unwrap();
    b.seed_demo(&s, DemoOptions::default()).unwrap();
    (b, s)
}

fn credit_notes(b: &Ardoise, s: &Session) -> usize {
    let filter = InvoiceFilter {
        state: None,
        customer_id: None,
        period: None,
        kind: Some(DocumentKindView::CreditNote),
        ..Default::default()
    };
    b.invoices(s, &filter).unwrap().len()
}

fn pdf_text(pdf: &[u8], dir: &Path) -> String {
    let path = dir.join("credit-note.pdf");
    std::fs::write(&path, pdf).unwrap();
    let out = Command::new("pdftotext")
        .arg("-layout")
        .arg(&path)
        .arg("-")
        .output()
        .expect("pdftotext runs (install poppler-utils)");
    assert!(out.status.success());
    String::from_utf8(out.stdout).unwrap()
}

#[test]
fn a_credit_note_needs_a_reason_prints_it_and_keeps_it() {
    let dir = tempfile::tempdir().unwrap();
    let book = dir.path().join("book.db");
    let (b, s) = demo(&book);
    let filter = InvoiceFilter {
        state: None,
        customer_id: None,
        period: None,
        kind: Some(DocumentKindView::Invoice),
        ..Default::default()
    };
    // A French reader's open invoice: the credit note is printed in French.
    let french: Vec<i64> = b
        .customers(&s)
        .unwrap()
        .into_iter()
        .filter(|c| c.language == Lang::Fr)
        .map(|c| c.id)
        .collect();
    let invoice = b
        .invoices(&s, &filter)
        .unwrap()
        .into_iter()
        .find(|r| {
            r.number.is_some()
                && french.contains(&r.customer_id)
                && matches!(
                    r.state,
                    InvoiceState::Unpaid | InvoiceState::Overdue | InvoiceState::PartlyPaid
                )
        })
        .expect("an issued invoice with something open");
    let before = credit_notes(&b, &s);

    // No reason, too long a reason, and a bad amount: every field at fault, nothing written.
    for (amount, reason, fields) in [
        (Some("1"), "   ", vec!["reason"]),
        (Some("1"), &*"x".repeat(501), vec!["reason"]),
        (Some("abc"), "", vec!["amount", "reason"]),
    ] {
        match b.credit_invoice(&s, invoice.id, amount, reason) {
            Err(AppError::Invalid(invalid)) => {
                let named: Vec<&str> = invalid.0.iter().map(|e| e.field.as_str()).collect();
                assert_eq!(named, fields);
            }
            other => panic!("refused with the fields at fault, not {other:?}"),
        }
    }
    assert_eq!(credit_notes(&b, &s), before, "nothing written");

    let reason = "Trois licences résiliées facturées par erreur";
    let id = b
        .credit_invoice(&s, invoice.id, Some("1"), &format!("  {reason} "))
        .unwrap();
    assert_eq!(credit_notes(&b, &s), before + 1);

    let (_, pdf) = b.invoice_pdf(&s, id).unwrap();
    let text = pdf_text(&pdf, dir.path());
    let number = invoice.number.clone().unwrap();
    let issued = NaiveDate::parse_from_str(invoice.issue_date.as_deref().unwrap(), "%Y-%m-%d")
        .unwrap()
        .format("%d/%m/%Y")
        .to_string();
    for expected in [
        format!("sur la facture {number} du {issued}"),
        format!("Facture d’origine : {number} du {issued}"),
        format!("Motif : {reason}"),
        // What it credits, wrapped in the description column.
        "Avoir partiel de 1,00 € TTC sur le total".to_string(),
        format!("de la facture {number}"),
    ] {
        // However pdftotext renders the narrow no-break space before €, it is a space.
        let flat = text.replace(['\u{202f}', '\u{a0}'], " ");
        assert!(flat.contains(&expected), "missing {expected:?} in:\n{text}");
    }
    for absent in ["Pénalités", "Indemnité", "escompte"] {
        assert!(
            !text.contains(absent),
            "{absent:?} on a credit note:\n{text}"
        );
    }
    drop(b);

    // The sqlite3 shell's view: the reason is held like the rest of the issued row.
    let sh = Connection::open(&book).unwrap();
    let stored: String = sh
        .query_row(
            "SELECT credit_reason FROM invoices WHERE id = ?1",
            [id],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(stored, reason, "stored as typed, spaces around dropped");
    let update = sh.execute(
        "UPDATE invoices SET credit_reason = 'Autre motif' WHERE id = ?1",
        [id],
    );
    assert!(update.is_err(), "an UPDATE of the reason is refused");
    let cols: Vec<String> = {
        let mut stmt = sh
            .prepare("SELECT name FROM pragma_table_info('invoices')")
            .unwrap();
        stmt.query_map([], |r| r.get(0))
            .unwrap()
            .map(Result::unwrap)
            .collect()
    };
    let list = cols.join(", ");
    let values = list.replace("credit_reason", "'Autre motif'");
    let replace = sh.execute(
        &format!("INSERT OR REPLACE INTO invoices ({list}) SELECT {values} FROM invoices WHERE id = {id}"),
        [],
    );
    assert!(replace.is_err(), "an INSERT OR REPLACE is refused");
    let after: String = sh
        .query_row(
            "SELECT credit_reason FROM invoices WHERE id = ?1",
            [id],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(after, reason);
}
