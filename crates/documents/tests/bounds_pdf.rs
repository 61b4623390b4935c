//! The largest amounts a book accepts print whole: an invoice of lines at the amount
//! bound and a statement of maximal invoices and payments, rendered and read back with
//! `pdftotext -layout`, every amount in full, in French and English.

mod common;

use ardoise_documents::sample::{sample_french_customer, sample_line, sample_partner, with_totals};
use ardoise_documents::{render_invoice, render_statement, StatementDocument};
use ardoise_domain::bounds::{MAX_AMOUNT, MAX_QUANTITY};
use ardoise_domain::display;
use ardoise_domain::invoicing::Allocation;
use ardoise_domain::money::{Currency, Money};
use ardoise_domain::statements::{statement, LedgerEntry};
use ardoise_domain::Lang;
use chrono::NaiveDate;
use rust_decimal::Decimal;

fn day(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

/// The text with its no-break spaces as plain ones, as amounts are compared.
fn plain(text: &str) -> String {
    text.replace(['\u{202f}', '\u{a0}'], " ")
}

fn printed(m: &Money, lang: Lang) -> String {
    plain(&display::money(m, lang))
}

#[test]
fn an_invoice_of_maximal_lines_prints_every_amount_whole() {
    let dir = common::tmp();
    for lang in [Lang::Fr, Lang::En] {
        // 1,000 × 999,999.99999 = 999,999,999.99 a line, the amount bound; and the
        // largest seat count at a price that keeps it within the bound.
        let mut lines: Vec<_> = (0..6)
            .map(|i| {
                sample_line(
                    &format!("Ligne maximale {}", i + 1),
                    Some((day("2099-12-01"), day("2099-12-31"))),
                    Decimal::from(1000),
                    Decimal::new(99_999_999_999, 5),
                    Decimal::from(20),
                )
            })
            .collect();
        lines.push(sample_line(
            "Sièges maximaux",
            None,
            MAX_QUANTITY,
            Decimal::new(99_999_999_999, 8),
            Decimal::from(20),
        ));
        let mut doc = ardoise_documents::sample::sample_invoice(lang);
        doc.lines = lines;
        doc.due_date = day("2099-12-31");
        let doc = with_totals(doc);
        assert_eq!(doc.lines[0].net.amount, MAX_AMOUNT);
        let pdf = render_invoice(&doc).expect("a maximal invoice renders");
        let text = plain(&common::extract(
            &pdf,
            dir.path(),
            &format!("max-invoice-{lang:?}"),
        ));
        println!("{text}");
        for m in [doc.lines[0].net, doc.net, doc.vat_total, doc.gross] {
            let amount = printed(&m, lang);
            assert!(text.contains(&amount), "{amount} is not printed whole");
        }
        let gross = printed(&doc.gross, lang);
        assert!(
            gross.contains("8 399 999 999,92") || gross.contains("8,399,999,999.92"),
            "{gross}"
        );
        let seats = display::number(MAX_QUANTITY, 0, lang);
        assert!(
            text.contains(&plain(&seats)),
            "{seats} seats are not printed"
        );
    }
}

#[test]
fn a_statement_of_maximal_invoices_and_payments_prints_its_balance_whole() {
    let dir = common::tmp();
    // Thirty invoices of 120 maximal lines each, VAT included, each partly paid by a
    // payment of the maximal amount, and thirty payments on account.
    let eur = |a: Decimal| Money::new(a, Currency::EUR);
    let invoice = eur(MAX_AMOUNT * Decimal::from(120));
    let payment = eur(MAX_AMOUNT);
    let mut ledger = Vec::new();
    for i in 0..30i64 {
        let date = day("2099-01-01") + chrono::Days::new(u64::try_from(i).unwrap() * 10);
        let due = date + chrono::Days::new(30);
        ledger.push(LedgerEntry::invoice(
            i,
            format!("F2099-{i:05}"),
            date,
            due,
            invoice,
        ));
        let allocation = Allocation {
            invoice_id: i,
            amount: payment,
        };
        ledger.push(LedgerEntry::payment(
            i,
            format!("VIR {i}"),
            date,
            payment,
            vec![allocation],
        ));
        ledger.push(LedgerEntry::payment(
            100 + i,
            format!("ACOMPTE {i}"),
            date,
            payment,
            vec![],
        ));
    }
    let s = statement(
        &ledger,
        Currency::EUR,
        day("2099-01-01"),
        day("2099-12-31"),
        day("2099-12-31"),
    )
    .expect("a maximal ledger makes a statement");
    assert!(s.closing_balance.to_minor().is_ok());
    for lang in [Lang::Fr, Lang::En] {
        let doc = StatementDocument {
            lang,
            seller: sample_partner(),
            buyer: sample_french_customer(),
            account_reference: "C-00042".into(),
            statement: s.clone(),
            produced_on: day("2099-12-31"),
            support: Vec::new(),
            logo_png: None,
        };
        let pdf = render_statement(&doc).expect("a maximal statement renders");
        let text = plain(&common::extract(
            &pdf,
            dir.path(),
            &format!("max-statement-{lang:?}"),
        ));
        for m in [
            invoice,
            payment,
            s.closing_balance,
            s.aging.total(),
            s.unapplied_credit,
        ] {
            let amount = printed(&m, lang);
            assert!(
                text.contains(&amount),
                "{amount} is not printed whole:\n{text}"
            );
        }
        // 30 × 119,999,999,998.80 − 60 × 999,999,999.99
        let closing = printed(&s.closing_balance, lang);
        assert!(
            closing.contains("3 539 999 999 964,60") || closing.contains("3,539,999,999,964.60"),
            "{closing}"
        );
    }
}
