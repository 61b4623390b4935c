//! The bank's statement against a real book: a CAMT.053 file written as banks write it,
//! from the demo book's open invoices; each matching case, the clerk's confirmation
//! becoming payments, the same file imported again adding nothing, and every refusal
//! writing nothing.

use std::collections::HashMap;
use std::path::Path;
use std::sync::Arc;

use ardoise_app::demo::DemoOptions;
use ardoise_app::domain::Lang;
use ardoise_app::transport_bank::{
    BankConfirmation, BankImportRequest, BankImportView, BankLineStatus,
};
use ardoise_app::transport_invoicing::{AllocationInput, InvoiceFilter, InvoiceRow};
use ardoise_app::{AppError, Ardoise, FixedClock, Session};
use chrono::NaiveDate;
use rust_decimal::Decimal;

fn demo(path: &Path) -> (Ardoise, Session) {
    let today = NaiveDate::from_ymd_opt(2026, 11, 25).unwrap();
    let mut b = Ardoise::open(path, Arc::new(FixedClock::on(today))).unwrap();
    let s = b.admin_session().unwrap();
    b.seed_demo(&s, DemoOptions::default()).unwrap();
    (b, s)
}

fn dec(s: &str) -> Decimal {
    s.parse().unwrap()
}

fn open_invoices(b: &Ardoise, s: &Session) -> Vec<InvoiceRow> {
    let mut rows: Vec<InvoiceRow> = b
        .invoices(s, &InvoiceFilter::default())
        .unwrap()
        .into_iter()
        .filter(|r| r.number.is_some() && dec(&r.open.amount) > Decimal::ZERO)
        .collect();
    rows.sort_by_key(|r| (r.customer_id, r.due_date.clone(), r.id));
    rows
}

struct Entry<'a> {
    amount: String,
    ccy: &'a str,
    credit: bool,
    label: String,
    reference: Option<String>,
    iban: Option<&'a str>,
    svcr_ref: String,
}

/// A camt.053.001.08 statement as a bank writes it.
fn camt(entries: &[Entry<'_>]) -> String {
    let mut x = String::from(
        r#"<?xml version="1.0" encoding="UTF-8"?>
<Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.08"><BkToCstmrStmt>
<GrpHdr><MsgId>T1</MsgId><CreDtTm>2026-11-25T06:00:00</CreDtTm></GrpHdr>
<Stmt><Id>S1</Id><Acct><Id><IBAN>FR7630006000011234567890189</IBAN></Id><Ccy>EUR</Ccy></Acct>
"#,
    );
    for e in entries {
        let parties = e
            .iban
            .map(|i| {
                format!(
                    "<RltdPties><Dbtr><Pty><Nm>PAYEUR</Nm></Pty></Dbtr>\
                     <DbtrAcct><Id><IBAN>{i}</IBAN></Id></DbtrAcct></RltdPties>"
                )
            })
            .unwrap_or_default();
        let strd = e
            .reference
            .as_ref()
            .map(|r| format!("<Strd><CdtrRefInf><Ref>{r}</Ref></CdtrRefInf></Strd>"))
            .unwrap_or_default();
        x.push_str(&format!(
            "<Ntry><Amt Ccy=\"{}\">{}</Amt><CdtDbtInd>{}</CdtDbtInd><Sts><Cd>BOOK</Cd></Sts>\
             <BookgDt><Dt>2026-11-24</Dt></BookgDt><AcctSvcrRef>{}</AcctSvcrRef>\
             <NtryDtls><TxDtls>{parties}<RmtInf><Ustrd>{}</Ustrd>{strd}</RmtInf></TxDtls></NtryDtls></Ntry>\n",
            e.ccy,
            e.amount,
            if e.credit { "CRDT" } else { "DBIT" },
            e.svcr_ref,
            e.label,
        ));
    }
    x.push_str("</Stmt></BkToCstmrStmt></Document>\n");
    x
}

fn request(path: &Path, dry_run: bool) -> BankImportRequest {
    BankImportRequest {
        path: path.display().to_string(),
        dry_run,
        csv_bank: None,
        csv_mapping: None,
        csv_currency: None,
    }
}

fn count(book: &Path, table: &str) -> i64 {
    let c = rusqlite::Connection::open(book).unwrap();
    c.query_row(&format!("SELECT COUNT(*) FROM {table}"), [], |r| r.get(0))
        .unwrap()
}

fn status(v: &BankImportView, position: usize) -> BankLineStatus {
    v.lines[position - 1].status
}

const IBAN: &str = "FR7611315000011234567890138";

#[test]
fn a_statement_is_matched_confirmed_once_and_teaches_the_payer() {
    let dir = tempfile::tempdir().unwrap();
    let book = dir.path().join("book.db");
    let (b, s) = demo(&book);
    let open = open_invoices(&b, &s);
    let mut by_customer: HashMap<i64, Vec<&InvoiceRow>> = HashMap::new();
    for r in &open {
        by_customer.entry(r.customer_id).or_default().push(r);
    }
    // Line 1: an invoice number in the label.
    let x = &open[0];
    // Line 2: another customer's account reference, paying two invoices at once.
    let (&c2, two) = by_customer
        .iter()
        .filter(|(c, v)| **c != x.customer_id && v.len() >= 2)
        .min_by_key(|(c, _)| **c)
        .expect("a customer owing two invoices");
    let two_sum = dec(&two[0].open.amount) + dec(&two[1].open.amount);
    // Line 3: an amount only one customer owes.
    let amounts: Vec<&str> = open.iter().map(|r| r.open.amount.as_str()).collect();
    let unique = open
        .iter()
        .find(|r| {
            r.customer_id != x.customer_id
                && r.customer_id != c2
                && amounts.iter().filter(|a| **a == r.open.amount).count() == 1
                && by_customer[&r.customer_id].len() == 1
        })
        .expect("an amount owed once");
    let entry = |amount: String, label: String| Entry {
        amount,
        ccy: "EUR",
        credit: true,
        label,
        reference: None,
        iban: None,
        svcr_ref: String::new(),
    };
    let entries = vec![
        Entry {
            iban: Some(IBAN),
            svcr_ref: "R1".into(),
            ..entry(
                x.open.amount.clone(),
                format!("VIR SEPA REGLEMENT {}", x.number.as_ref().unwrap()),
            )
        },
        Entry {
            reference: Some(format!("C-{c2:05}")),
            svcr_ref: "R2".into(),
            ..entry(format!("{two_sum:.2}"), "VIREMENT".into())
        },
        Entry {
            svcr_ref: "R3".into(),
            ..entry(unique.open.amount.clone(), "VIREMENT RECU".into())
        },
        Entry {
            svcr_ref: "R4".into(),
            ..entry("1.23".into(), "CADEAU".into())
        },
        Entry {
            ccy: "GBP",
            svcr_ref: "R5".into(),
            ..entry(
                "10.00".into(),
                format!("F {}", open[1].number.as_ref().unwrap()),
            )
        },
        Entry {
            credit: false,
            svcr_ref: "R6".into(),
            ..entry("86.40".into(), "PRLV SEPA EDF".into())
        },
    ];
    let file = dir.path().join("releve.xml");
    std::fs::write(&file, camt(&entries)).unwrap();
    let payments_before = count(&book, "payments");

    // A dry run proposes and writes nothing.
    let dry = b.bank_import(&s, &request(&file, true), Lang::Fr).unwrap();
    assert_eq!((dry.added, dry.already_imported), (0, 0));
    assert_eq!(count(&book, "bank_lines"), 0);
    assert_eq!(count(&book, "payments"), payments_before);

    let v = b.bank_import(&s, &request(&file, false), Lang::Fr).unwrap();
    assert_eq!((v.added, v.already_imported, v.lines.len()), (6, 0, 6));
    assert_eq!(count(&book, "bank_lines"), 6);
    // (1) the invoice number.
    assert_eq!(status(&v, 1), BankLineStatus::Proposed);
    assert_eq!(v.lines[0].customer_id, Some(x.customer_id));
    assert_eq!(v.lines[0].allocations[0].invoice_id, x.id);
    assert!(
        v.lines[0].reason.contains(x.number.as_deref().unwrap()),
        "{}",
        v.lines[0].reason
    );
    // (2) the account reference, then two invoices summing to the amount.
    assert_eq!(v.lines[1].customer_id, Some(c2));
    assert_eq!(v.lines[1].allocations.len(), 2, "{:?}", v.lines[1]);
    assert!(
        v.lines[1].reason.starts_with("Référence client"),
        "{}",
        v.lines[1].reason
    );
    // (3) the amount alone.
    assert_eq!(v.lines[2].customer_id, Some(unique.customer_id));
    assert_eq!(v.lines[2].allocations[0].invoice_id, unique.id);
    // (4) nothing, (5) another currency, (6) a debit.
    assert_eq!(status(&v, 4), BankLineStatus::Unmatched);
    assert_eq!(status(&v, 5), BankLineStatus::Refused);
    assert!(v.lines[4].reason.contains("GBP"), "{}", v.lines[4].reason);
    assert_eq!(status(&v, 6), BankLineStatus::Ignored);

    let made = b.bank_confirm_all(&s, &v).unwrap();
    assert_eq!(made.len(), 3);
    assert_eq!(count(&book, "payments"), payments_before + 3);
    // Every cent: each payment is its line's amount, allocated as proposed.
    for (p, line) in made.iter().zip(&v.lines[..3]) {
        assert_eq!(p.amount, line.amount);
        let allocated: Decimal = p.allocations.iter().map(|a| dec(&a.amount.amount)).sum();
        assert_eq!(
            allocated + dec(&p.unallocated.amount),
            dec(&line.amount.amount)
        );
        assert_eq!(p.method, "transfer");
    }
    let after = open_invoices(&b, &s);
    for paid in [x.id, two[0].id, two[1].id, unique.id] {
        assert!(!after.iter().any(|r| r.id == paid), "{paid} still open");
    }

    // The same file again adds nothing and says the lines are payments already.
    let again = b.bank_import(&s, &request(&file, false), Lang::En).unwrap();
    assert_eq!((again.added, again.already_imported), (0, 6));
    assert_eq!(status(&again, 1), BankLineStatus::Confirmed);
    assert_eq!(count(&book, "bank_lines"), 6);
    assert_eq!(count(&book, "bank_statements"), 1);
    assert!(b.bank_confirm_all(&s, &again).unwrap().is_empty());
    assert_eq!(count(&book, "payments"), payments_before + 3);

    // A line confirmed twice is refused, and nothing of the request is written.
    let line4 = v.lines[3].line_id.unwrap();
    let twice = b.bank_confirm(
        &s,
        &[
            BankConfirmation {
                line_id: line4,
                customer_id: x.customer_id,
                allocations: vec![],
            },
            BankConfirmation {
                line_id: v.lines[0].line_id.unwrap(),
                customer_id: x.customer_id,
                allocations: vec![],
            },
        ],
    );
    let e = twice.unwrap_err();
    assert_eq!(e.code(), "bank_line_confirmed");
    assert_eq!(
        e.view(Lang::Fr).message,
        "La ligne 1 du relevé est déjà enregistrée comme paiement."
    );
    assert_eq!(count(&book, "payments"), payments_before + 3);

    // The clerk corrects the unmatched line: on account of a customer of their choice,
    // and over-allocating an invoice is refused.
    let over = b.bank_confirm(
        &s,
        &[BankConfirmation {
            line_id: line4,
            customer_id: c2,
            allocations: vec![AllocationInput {
                invoice_id: x.id,
                amount: "1.23".into(),
            }],
        }],
    );
    assert!(matches!(over, Err(AppError::Allocation(_))), "{over:?}");
    let corrected = b
        .bank_confirm(
            &s,
            &[BankConfirmation {
                line_id: line4,
                customer_id: c2,
                allocations: vec![],
            }],
        )
        .unwrap();
    assert_eq!(corrected[0].unallocated.amount, "1.23");

    // The payer's IBAN was learnt from line 1: a new statement's transfer from it is
    // proposed for that customer, though its label says nothing.
    let next = dir.path().join("releve-2.xml");
    std::fs::write(
        &next,
        camt(&[Entry {
            iban: Some(IBAN),
            svcr_ref: "N1".into(),
            ..entry("10.01".into(), "VIR".into())
        }]),
    )
    .unwrap();
    let learnt = b.bank_import(&s, &request(&next, true), Lang::En).unwrap();
    assert_eq!(learnt.lines[0].customer_id, Some(x.customer_id));
    assert!(
        learnt.lines[0].reason.starts_with("Payer's IBAN"),
        "{}",
        learnt.lines[0].reason
    );
}

#[test]
fn bad_files_are_refused_with_their_sentence_and_nothing_is_written() {
    let dir = tempfile::tempdir().unwrap();
    let book = dir.path().join("book.db");
    let (b, s) = demo(&book);
    let audit = count(&book, "audit_log");
    let fixtures = Path::new(env!("CARGO_MANIFEST_DIR")).join("../domain/tests/fixtures/bank");
    let cases = [
        (
            "camt.053.truncated.xml",
            "bank_file",
            "s’arrête avant sa fin",
        ),
        (
            "../../../Cargo.toml",
            "bank_file",
            "n’est pas un relevé bancaire",
        ),
    ];
    for (name, code, words) in cases {
        let e = b
            .bank_import(&s, &request(&fixtures.join(name), false), Lang::Fr)
            .unwrap_err();
        assert_eq!(e.code(), code, "{name}");
        assert!(e.view(Lang::Fr).message.contains(words), "{name}: {e:?}");
    }
    // A CSV whose mapped columns are missing.
    let mut r = request(&fixtures.join("banque-populaire.csv"), false);
    r.csv_bank = Some("Banque Populaire".into());
    r.csv_mapping = Some(ardoise_app::domain::bank::CsvMapping {
        date: "Date".into(),
        amount: Some("Montant".into()),
        label: "Libellé".into(),
        ..Default::default()
    });
    let e = b.bank_import(&s, &r, Lang::En).unwrap_err();
    assert_eq!(
        e.view(Lang::En).message,
        "The file lacks the columns Montant given for this bank: correct the column mapping. Nothing was saved."
    );
    assert_eq!(count(&book, "bank_lines"), 0);
    assert_eq!(count(&book, "audit_log"), audit);
}

#[test]
fn a_csv_mapping_is_remembered_per_bank_and_imported_lines_are_immutable() {
    let dir = tempfile::tempdir().unwrap();
    let book = dir.path().join("book.db");
    let (b, s) = demo(&book);
    let fixtures = Path::new(env!("CARGO_MANIFEST_DIR")).join("../domain/tests/fixtures/bank");
    let mut r = request(&fixtures.join("banque-populaire.csv"), false);
    r.csv_bank = Some("Banque Populaire".into());
    r.csv_mapping = Some(ardoise_app::domain::bank::CsvMapping {
        date: "Date".into(),
        debit: Some("Débit".into()),
        credit: Some("Crédit".into()),
        label: "Libellé".into(),
        payer: Some("Tiers".into()),
        ..Default::default()
    });
    let v = b.bank_import(&s, &r, Lang::Fr).unwrap();
    assert_eq!((v.kind.as_str(), v.added), ("csv", 3));
    // The next time, the bank's name is enough.
    r.csv_mapping = None;
    let again = b.bank_import(&s, &r, Lang::Fr).unwrap();
    assert_eq!((again.added, again.already_imported), (0, 3));

    let c = rusqlite::Connection::open(&book).unwrap();
    for sql in [
        "UPDATE bank_lines SET amount_minor = 1",
        "DELETE FROM bank_lines",
        "INSERT OR REPLACE INTO bank_lines SELECT * FROM bank_lines WHERE id = 1",
    ] {
        assert!(c.execute(sql, []).is_err(), "{sql}");
    }
    assert_eq!(count(&book, "bank_lines"), 3);
}

fn one_line(dir: &Path, name: &str, amount: &str, ccy: &str, label: &str) -> std::path::PathBuf {
    let file = dir.join(name);
    let entry = Entry {
        amount: amount.into(),
        ccy,
        credit: true,
        label: label.into(),
        reference: None,
        iban: None,
        svcr_ref: format!("{name}-1"),
    };
    std::fs::write(&file, camt(&[entry])).unwrap();
    file
}

#[test]
fn a_reversed_payment_leaves_its_line_open_to_be_confirmed_again() {
    let dir = tempfile::tempdir().unwrap();
    let book = dir.path().join("book.db");
    let (b, s) = demo(&book);
    let x = open_invoices(&b, &s).remove(0);
    let number = x.number.clone().unwrap();
    let file = one_line(dir.path(), "r.xml", &x.open.amount, "EUR", &number);
    let v = b.bank_import(&s, &request(&file, false), Lang::Fr).unwrap();
    let paid = b.bank_confirm_all(&s, &v).unwrap();
    assert_eq!(paid.len(), 1);
    let form = ardoise_app::transport_payments::ReversalForm {
        reversed_on: "2026-11-25".into(),
        reason: "Mauvais client".into(),
    };
    b.payment_reverse(&s, paid[0].id, &form).unwrap();

    // The money came in all the same: the line is proposed anew, for the invoice the
    // reversal opened again, and no longer reads as a payment.
    let again = b.bank_import(&s, &request(&file, false), Lang::Fr).unwrap();
    assert_eq!((again.added, again.already_imported), (0, 1));
    let line = &again.lines[0];
    assert_eq!(line.status, BankLineStatus::Proposed, "{line:?}");
    assert_eq!(line.line_id, v.lines[0].line_id);
    assert_eq!(line.payment_id, None);
    assert_eq!(line.allocations[0].invoice_id, x.id);
    assert_ne!(line.reason, "Déjà enregistrée comme paiement");
    let remade = b.bank_confirm_all(&s, &again).unwrap();
    assert_eq!(remade.len(), 1);
    assert_ne!(remade[0].id, paid[0].id);
    assert!(!open_invoices(&b, &s).iter().any(|r| r.id == x.id));

    // Now it is a payment again, and only once.
    let third = b.bank_import(&s, &request(&file, false), Lang::Fr).unwrap();
    assert_eq!(third.lines[0].status, BankLineStatus::Confirmed);
    assert_eq!(third.lines[0].payment_id, Some(remade[0].id));
    let twice = b.bank_confirm(
        &s,
        &[BankConfirmation {
            line_id: line.line_id.unwrap(),
            customer_id: x.customer_id,
            allocations: vec![],
        }],
    );
    assert_eq!(twice.unwrap_err().code(), "bank_line_confirmed");
    // The schema holds it too: a second payment of a line whose payment stands.
    let c = rusqlite::Connection::open(&book).unwrap();
    let spare: i64 = c
        .query_row("SELECT MIN(id) FROM payments", [], |r| r.get(0))
        .unwrap();
    for sql in [
        format!(
            "INSERT INTO bank_line_payments (bank_line_id, payment_id, confirmed_at)
             VALUES ({}, {spare}, '2026-11-25T00:00:00Z')",
            line.line_id.unwrap()
        ),
        "DELETE FROM bank_line_payments".into(),
        "UPDATE bank_line_payments SET payment_id = payment_id".into(),
    ] {
        assert!(c.execute(&sql, []).is_err(), "{sql}");
    }
    assert_eq!(count(&book, "bank_line_payments"), 2);
}

#[test]
fn the_customers_reference_is_read_from_the_book_as_last_changed() {
    let dir = tempfile::tempdir().unwrap();
    let book = dir.path().join("book.db");
    let (b, s) = demo(&book);
    let x = open_invoices(&b, &s).remove(0);
    let c = rusqlite::Connection::open(&book).unwrap();
    c.execute(
        "UPDATE customers SET reference = 'ACME-77' WHERE id = ?1",
        [x.customer_id],
    )
    .unwrap();
    drop(c);
    let new = one_line(
        dir.path(),
        "n.xml",
        &x.open.amount,
        "EUR",
        "VIREMENT ACME 77",
    );
    let v = b.bank_import(&s, &request(&new, true), Lang::Fr).unwrap();
    assert_eq!(v.lines[0].customer_id, Some(x.customer_id));
    assert_eq!(
        v.lines[0].reason,
        "Référence client ACME-77 dans le libellé"
    );
    // The reference it had before names nobody now.
    let old = format!("VIREMENT C-{:05}", x.customer_id);
    let old = one_line(dir.path(), "o.xml", "1.23", "EUR", &old);
    let v = b.bank_import(&s, &request(&old, true), Lang::Fr).unwrap();
    assert_eq!(
        v.lines[0].status,
        BankLineStatus::Unmatched,
        "{:?}",
        v.lines[0]
    );
}

#[test]
fn a_credit_in_another_currency_than_the_customers_is_refused_and_nothing_written() {
    let dir = tempfile::tempdir().unwrap();
    let book = dir.path().join("book.db");
    let (b, s) = demo(&book);
    let x = open_invoices(&b, &s).remove(0);
    let label = format!("FACTURE {}", x.number.as_deref().unwrap());
    let file = one_line(dir.path(), "gbp.xml", "10.00", "GBP", &label);
    let v = b.bank_import(&s, &request(&file, false), Lang::Fr).unwrap();
    assert_eq!(v.lines[0].status, BankLineStatus::Refused);
    assert_eq!(
        v.lines[0].reason,
        "Encaissement en GBP pour un client facturé en EUR : à traiter à la main"
    );
    let tables = ["payments", "allocations", "bank_line_payments", "audit_log"];
    let before: Vec<i64> = tables.iter().map(|t| count(&book, t)).collect();
    let e = b
        .bank_confirm(
            &s,
            &[BankConfirmation {
                line_id: v.lines[0].line_id.unwrap(),
                customer_id: x.customer_id,
                allocations: vec![],
            }],
        )
        .unwrap_err();
    assert_eq!(e.code(), "bank_line_not_confirmable");
    assert!(
        e.view(Lang::Fr)
            .message
            .starts_with("La ligne 1 ne peut pas devenir un paiement"),
        "{e:?}"
    );
    let after: Vec<i64> = tables.iter().map(|t| count(&book, t)).collect();
    assert_eq!(after, before);
}

#[test]
fn a_batch_booking_is_imported_one_line_per_transfer_and_once() {
    let dir = tempfile::tempdir().unwrap();
    let book = dir.path().join("book.db");
    let (b, s) = demo(&book);
    let fixtures = Path::new(env!("CARGO_MANIFEST_DIR")).join("../domain/tests/fixtures/bank");
    let file = fixtures.join("camt.053.001.08-batch.xml");
    let v = b.bank_import(&s, &request(&file, false), Lang::Fr).unwrap();
    assert_eq!((v.added, v.lines.len()), (5, 5));
    let amounts: Vec<&str> = v.lines.iter().map(|l| l.amount.amount.as_str()).collect();
    assert_eq!(amounts, ["1075.26", "412", "249.44", "300", "86.4"]);
    let again = b.bank_import(&s, &request(&file, false), Lang::Fr).unwrap();
    assert_eq!((again.added, again.already_imported), (0, 5));
    assert_eq!(count(&book, "bank_lines"), 5);

    // The next statement repeats them and brings one more: only that one is added, and
    // every line, old or new, reads as the row the book holds.
    let entry = "<Ntry><Amt Ccy=\"EUR\">12.00</Amt><CdtDbtInd>CRDT</CdtDbtInd>\
        <Sts><Cd>BOOK</Cd></Sts><BookgDt><Dt>2026-11-26</Dt></BookgDt>\
        <AcctSvcrRef>NEXT-1</AcctSvcrRef></Ntry></Stmt>";
    let next = dir.path().join("next.xml");
    let text = std::fs::read_to_string(&file).unwrap();
    std::fs::write(&next, text.replace("</Stmt>", entry)).unwrap();
    let w = b.bank_import(&s, &request(&next, false), Lang::Fr).unwrap();
    assert_eq!((w.added, w.already_imported, w.lines.len()), (1, 5, 6));
    let ids = |v: &BankImportView| v.lines.iter().map(|l| l.line_id).collect::<Vec<_>>();
    assert_eq!(ids(&w)[..5], ids(&v)[..]);
    assert!(w.lines[5].line_id.is_some() && !ids(&v).contains(&w.lines[5].line_id));
    assert_eq!(count(&book, "bank_lines"), 6);
}
