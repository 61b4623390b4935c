//! Renders statements and reads them back with `pdftotext -layout`: the domain's worked
//! example to the cent in French and English, a long statement over several pages,
//! several statements in one print job. The aging report is in `aging_pdf.rs`.

mod common;

use ardoise_documents::sample::{sample_long_statement, sample_statement};
use ardoise_documents::{render_statement, render_statements, DocumentError, StatementDocument};
use ardoise_domain::display;
use ardoise_domain::money::{Currency, Money};
use ardoise_domain::statements::{statement, LedgerEntry};
use ardoise_domain::Lang;
use chrono::NaiveDate;
use common::{customer, extract, line_with, page_counts, pages, tmp};

const LOGO: &[u8] = include_bytes!("fixtures/logo.png");

fn render(doc: &StatementDocument, name: &str) -> (Vec<u8>, String) {
    let dir = tmp();
    let pdf = render_statement(doc).expect("the statement renders");
    let text = extract(&pdf, dir.path(), name);
    (pdf, text)
}

/// The worked example as the French reader sees it: each entry is a line of the text,
/// its parts in this order (columns are apart, so a part is a cell or more).
const WORKED_FR: &[&[&str]] = &[
    // Header: partner, title, account, period, dates, customer.
    &["Nuage Rhône Informatique", "RELEVÉ DE COMPTE"],
    &["Compte client C-00042"],
    &["Période", "01/10/2026 – 30/11/2026"],
    &["Arrêté au", "30/11/2026"],
    &["Édité le", "01/12/2026"],
    &["Pâtisserie Cœur de Lyon SARL"],
    &["3, place de l’Église"],
    // The lines, from the balance brought forward to the closing balance, with what
    // payments and credit notes settled under them.
    &["Date", "Document", "Débit", "Crédit", "Solde"],
    &["Solde reporté au 01/10/2026", "1 965,50 €"],
    &[
        "15/10/2026",
        "Facture F2026-00142",
        "2 310,75 €",
        "4 276,25 €",
    ],
    &["20/10/2026", "Avoir A2026-00007", "145,50 €", "4 130,75 €"],
    &["Imputé sur F2026-00118 : 145,50 €"],
    &[
        "28/10/2026",
        "Règlement VIR-1028",
        "1 000,00 €",
        "3 130,75 €",
    ],
    &["Règle F2026-00101 : 700,00 €"],
    &["Règle F2026-00118 : 300,00 €"],
    &[
        "05/11/2026",
        "Facture F2026-00167",
        "612,40 €",
        "3 743,15 €",
    ],
    &["05/11/2026", "Règlement VIR-1105", "400,00 €", "3 343,15 €"],
    &["Règle F2026-00118 : 250,00 €"],
    &["Reste au crédit du compte : 150,00 €"],
    &["Total de la période", "2 923,15 €", "1 545,50 €"],
    &["Solde au 30/11/2026", "3 343,15 €"],
    // The open invoices, the credit on account and the balance they make.
    &["Factures restant dues au 30/11/2026"],
    &[
        "Facture",
        "Date",
        "Échéance",
        "Jours de retard",
        "Montant initial",
        "Reste dû",
    ],
    &[
        "F2026-00077",
        "31/07/2026",
        "30/08/2026",
        "92",
        "420,00 €",
        "420,00 €",
    ],
    &[
        "F2026-00118",
        "30/09/2026",
        "30/10/2026",
        "31",
        "845,50 €",
        "150,00 €",
    ],
    &[
        "F2026-00142",
        "15/10/2026",
        "14/11/2026",
        "16",
        "2 310,75 €",
        "2 310,75 €",
    ],
    &[
        "F2026-00167",
        "05/11/2026",
        "05/12/2026",
        "Non échu",
        "612,40 €",
        "612,40 €",
    ],
    &["Total restant dû", "3 493,15 €"],
    &["Crédit non affecté, en votre faveur", "-150,00 €"],
    // The amounts due by age.
    &["Ancienneté des sommes dues"],
    &[
        "Non échu",
        "1–30 jours",
        "31–60 jours",
        "61–90 jours",
        "Plus de 90 jours",
        "Total",
    ],
    &[
        "612,40 €",
        "2 310,75 €",
        "150,00 €",
        "0,00 €",
        "420,00 €",
        "3 493,15 €",
    ],
    // How to pay, the references to quote, and the support.
    &["Règlement par virement"],
    &["IBAN FR76 3000 6000 0112 3456 7890 189"],
    &["BIC AGRIFRPP878"],
    &["Banque Crédit Agricole Centre-Est"],
    &["Référence à rappeler : C-00042"],
    &["et le numéro de chaque facture réglée : F2026-00077,"],
    &["F2026-00118, F2026-00142, F2026-00167"],
    &["support@nuage-rhone.fr · +33 4 78 92 00 10"],
    &["SAS au capital de 10 000 €", "SIREN 912 345 675"],
];

/// The worked example as the English reader sees it.
const WORKED_EN: &[&[&str]] = &[
    &["Nuage Rhône Informatique", "STATEMENT OF ACCOUNT"],
    &["Account C-00042"],
    &["Period", "1 Oct 2026 – 30 Nov 2026"],
    &["As of", "30 Nov 2026"],
    &["Issued on", "1 Dec 2026"],
    &["Date", "Document", "Debit", "Credit", "Balance"],
    &["Balance brought forward at 1 Oct 2026", "€1,965.50"],
    &[
        "15 Oct 2026",
        "Invoice F2026-00142",
        "€2,310.75",
        "€4,276.25",
    ],
    &[
        "20 Oct 2026",
        "Credit note A2026-00007",
        "€145.50",
        "€4,130.75",
    ],
    &["Applied to F2026-00118: €145.50"],
    &["28 Oct 2026", "Payment VIR-1028", "€1,000.00", "€3,130.75"],
    &["Settles F2026-00101: €700.00"],
    &["Settles F2026-00118: €300.00"],
    &["5 Nov 2026", "Invoice F2026-00167", "€612.40", "€3,743.15"],
    &["5 Nov 2026", "Payment VIR-1105", "€400.00", "€3,343.15"],
    &["Settles F2026-00118: €250.00"],
    &["Left on account: €150.00"],
    &["Totals for the period", "€2,923.15", "€1,545.50"],
    &["Balance at 30 Nov 2026", "€3,343.15"],
    &["Open invoices at 30 Nov 2026"],
    &[
        "Invoice",
        "Date",
        "Due date",
        "Days overdue",
        "Original amount",
        "Amount open",
    ],
    &[
        "F2026-00077",
        "31 Jul 2026",
        "30 Aug 2026",
        "92",
        "€420.00",
        "€420.00",
    ],
    &[
        "F2026-00118",
        "30 Sep 2026",
        "30 Oct 2026",
        "31",
        "€845.50",
        "€150.00",
    ],
    &[
        "F2026-00142",
        "15 Oct 2026",
        "14 Nov 2026",
        "16",
        "€2,310.75",
        "€2,310.75",
    ],
    &[
        "F2026-00167",
        "5 Nov 2026",
        "5 Dec 2026",
        "Not yet due",
        "€612.40",
        "€612.40",
    ],
    &["Total open", "€3,493.15"],
    &["Unapplied credit, in your favour", "-€150.00"],
    &["Amounts due by age"],
    &[
        "Not yet due",
        "1–30 days",
        "31–60 days",
        "61–90 days",
        "Over 90 days",
        "Total",
    ],
    &[
        "€612.40",
        "€2,310.75",
        "€150.00",
        "€0.00",
        "€420.00",
        "€3,493.15",
    ],
    &["Payment by bank transfer"],
    &["Reference to quote: C-00042"],
    &["and the number of each invoice paid: F2026-00077,"],
    &["SAS with a share capital of €10,000"],
];

/// Renders the worked example in `lang`, checks every expected line and the pages'
/// numbering, and returns the text.
fn worked_example(lang: Lang, expected: &[&[&str]]) -> String {
    let (_, text) = render(
        &sample_statement(lang),
        &format!("statement-{}", lang.code()),
    );
    for parts in expected {
        line_with(&text, parts);
    }
    let pages = pages(&text);
    for (i, page) in pages.iter().enumerate() {
        let (n, count) = (i + 1, pages.len());
        let numbering = lang.pick(
            format!("Page {n} / {count}"),
            format!("Page {n} of {count}"),
        );
        line_with(page, &[&numbering]);
    }
    text
}

#[test]
fn worked_example_in_french_to_the_cent() {
    let text = worked_example(Lang::Fr, WORKED_FR);
    insta::assert_snapshot!("statement_fr", text);
    // The closing balance, and the same figure from the open items less the credit.
    assert_eq!(text.matches("Solde au 30/11/2026").count(), 2, "{text}");
}

#[test]
fn worked_example_in_english_to_the_cent() {
    let text = worked_example(Lang::En, WORKED_EN);
    insta::assert_snapshot!("statement_en", text);
    assert_eq!(text.matches("Balance at 30 Nov 2026").count(), 2, "{text}");
}

/// The running balances of the lines table's rows on a page, in order: the last amount
/// of each line that starts with a date.
fn row_balances(page: &str, lang: Lang) -> Vec<String> {
    let starts_with_date = |line: &str| {
        let words: Vec<&str> = line.split_whitespace().take(3).collect();
        match lang {
            Lang::Fr => words
                .first()
                .is_some_and(|w| NaiveDate::parse_from_str(w, "%d/%m/%Y").is_ok()),
            Lang::En => NaiveDate::parse_from_str(&words.join(" "), "%d %b %Y").is_ok(),
        }
    };
    page.lines()
        .filter(|line| starts_with_date(line))
        .filter_map(|line| last_cell(line))
        .map(str::to_string)
        .collect()
}

/// The last cell of a line laid out in columns (cells are three spaces or more apart).
fn last_cell(line: &str) -> Option<&str> {
    line.split("   ")
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .last()
}

/// The amount on the line with `label`, if the page has one.
fn amount_after(page: &str, label: &str) -> Option<String> {
    page.lines()
        .find(|line| line.trim_start().starts_with(label))
        .and_then(last_cell)
        .map(str::to_string)
}

#[test]
fn a_long_statement_carries_its_balance_from_page_to_page() {
    for lang in [Lang::Fr, Lang::En] {
        let doc = sample_long_statement(lang, 120);
        assert_eq!(doc.statement.lines.len(), 120);
        let (pdf, text) = render(&doc, &format!("statement-long-{}", lang.code()));
        println!("120-line statement: {} bytes", pdf.len());
        let pages = pages(&text);
        let count = pages.len();
        assert!(count >= 3, "120 lines on {count} pages?\n{text}");
        let (carried, brought) = match lang {
            Lang::Fr => ("À reporter", "Report"),
            Lang::En => (
                "Carried over to next page",
                "Brought forward from previous page",
            ),
        };
        let head = match lang {
            Lang::Fr => ["Date", "Document", "Débit", "Crédit", "Solde"],
            Lang::En => ["Date", "Document", "Debit", "Credit", "Balance"],
        };
        // pdftotext reads the narrow no-break space as a space.
        let money = |m: &Money| display::money(m, lang).replace('\u{202f}', " ");

        let mut balances = Vec::new();
        let mut carried_over: Option<String> = None;
        for (i, page) in pages.iter().enumerate() {
            let n = i + 1;
            let numbering = match lang {
                Lang::Fr => format!("Page {n} / {count}"),
                Lang::En => format!("Page {n} of {count}"),
            };
            line_with(page, &[&numbering]);
            if i > 0 {
                line_with(
                    page,
                    &[&format!("C-00042 {}", lang.pick("(suite)", "(continued)"))],
                );
                line_with(page, &["Pâtisserie Cœur de Lyon SARL"]);
            }
            let rows = row_balances(page, lang);
            if !rows.is_empty() {
                line_with(page, &head);
            }
            // What the previous page carried over opens this one.
            match carried_over.take() {
                Some(amount) => {
                    assert_eq!(
                        amount_after(page, brought),
                        Some(amount),
                        "page {n}:\n{page}"
                    );
                }
                None => assert!(amount_after(page, brought).is_none(), "page {n}:\n{page}"),
            }
            if let Some(amount) = amount_after(page, carried) {
                // The subtotal carried over is the running balance of the page's last line.
                let last = rows
                    .last()
                    .cloned()
                    .unwrap_or_else(|| money(&doc.statement.brought_forward));
                assert_eq!(amount, last, "page {n}:\n{page}");
                carried_over = Some(amount);
            }
            balances.extend(rows);
        }
        assert!(carried_over.is_none(), "the last page carries over");
        assert!(text.matches(carried).count() >= 2, "{text}");

        // Every line once, in order, with its running balance.
        let expected: Vec<String> = doc
            .statement
            .lines
            .iter()
            .map(|l| money(&l.running_balance))
            .collect();
        assert_eq!(balances, expected);
        let closing = money(&doc.statement.closing_balance);
        let closing_label = match lang {
            Lang::Fr => "Solde au 30/11/2026",
            Lang::En => "Balance at 30 Nov 2026",
        };
        line_with(&text, &[closing_label, &closing]);
    }
}

#[test]
fn statements_printed_together_number_their_pages_each() {
    let mut first = sample_statement(Lang::Fr);
    first.buyer = customer("Boulangerie Arnaud");
    first.account_reference = "C-00007".to_string();
    let mut second = sample_long_statement(Lang::Fr, 60);
    second.buyer = customer("Garage des Brotteaux");
    second.account_reference = "C-00012".to_string();
    let mut third = sample_statement(Lang::En);
    third.buyer = customer("Lyon Language School Ltd");
    third.account_reference = "C-00031".to_string();
    let docs = [first, second, third];

    let counts = page_counts(&docs, |doc| render_statement(doc).expect("renders"));
    let dir = tmp();
    assert!(counts[1] >= 3, "{counts:?}");

    let pdf = render_statements(&docs).expect("the print job renders");
    let text = extract(&pdf, dir.path(), "statements");
    let pages = pages(&text);
    assert_eq!(pages.len(), counts.iter().sum::<usize>());
    let mut at = 0;
    for (doc, count) in docs.iter().zip(counts) {
        for n in 1..=count {
            let page = pages[at];
            let numbering = match doc.lang {
                Lang::Fr => format!("Page {n} / {count}"),
                Lang::En => format!("Page {n} of {count}"),
            };
            line_with(page, &[&numbering]);
            line_with(page, &[&doc.buyer.legal_name]);
            line_with(page, &[&doc.account_reference]);
            if n == 1 {
                line_with(
                    page,
                    &[doc.lang.pick("RELEVÉ DE COMPTE", "STATEMENT OF ACCOUNT")],
                );
            }
            at += 1;
        }
    }
}

#[test]
fn a_statement_is_small_and_its_logo_is_embedded_once() {
    let doc = sample_statement(Lang::Fr);
    let (pdf, _) = render(&doc, "size");
    println!("the worked example: {} bytes", pdf.len());
    assert!(pdf.len() <= 60_000, "{} bytes", pdf.len());

    let mut with_logo = doc.clone();
    with_logo.logo_png = Some(LOGO.to_vec());
    let (pdf, text) = render(&with_logo, "statement-logo");
    println!("with a logo: {} bytes", pdf.len());
    assert!(pdf.len() <= 60_000, "{} bytes", pdf.len());
    line_with(&text, &["Nuage Rhône Informatique"]);

    // Three statements with the same logo carry one image.
    let one = render_statement(&with_logo).expect("renders").len();
    let three = render_statements(&[with_logo.clone(), with_logo.clone(), with_logo])
        .expect("renders")
        .len();
    assert!(three < 3 * one, "{three} bytes for three, {one} for one");
}

#[test]
fn refusals_say_why() {
    let mut doc = sample_statement(Lang::Fr);
    doc.logo_png = Some(b"not a png".to_vec());
    assert!(matches!(
        render_statement(&doc),
        Err(DocumentError::Logo(_))
    ));
    assert!(matches!(
        render_statements(&[]),
        Err(DocumentError::NoStatement)
    ));
}

#[test]
fn an_account_in_credit_says_so() {
    let d = |day| NaiveDate::from_ymd_opt(2026, 11, day).expect("a date");
    let eur = |cents| Money::from_minor(cents, Currency::EUR);
    let ledger = [
        LedgerEntry::invoice(1, "F2026-00200", d(2), d(30), eur(10_000)),
        LedgerEntry::payment(
            1,
            "VIR-1110",
            d(10),
            eur(15_000),
            vec![ardoise_domain::invoicing::Allocation {
                invoice_id: 1,
                amount: eur(10_000),
            }],
        ),
    ];
    let mut doc = sample_statement(Lang::Fr);
    doc.statement = statement(&ledger, Currency::EUR, d(1), d(30), d(30)).expect("a statement");
    doc.support.clear();
    let (_, text) = render(&doc, "statement-credit");
    line_with(&text, &["Solde au 30/11/2026", "-50,00 €"]);
    line_with(&text, &["en votre faveur"]);
    line_with(&text, &["Reste au crédit du compte : 50,00 €"]);
    line_with(&text, &["Aucune facture n'est en attente de règlement."]);
    assert!(!text.contains("Ancienneté des sommes dues"), "{text}");
    assert!(!text.contains("et le numéro de chaque facture"), "{text}");
}

#[test]
fn odd_input_still_renders() {
    let mut doc = sample_long_statement(Lang::Fr, 40);
    doc.buyer.legal_name = format!("Société 日本 {}", "Très Longue Raison Sociale ".repeat(8));
    doc.buyer.address_lines = vec![String::new(), "Tab\there".to_string()];
    doc.account_reference = "C-\t00042".to_string();
    doc.support = vec![String::new(), "x".repeat(300)];
    doc.seller.iban = None;
    let (_, text) = render(&doc, "statement-odd");
    line_with(&text, &["Société ?? Très Longue"]);
    line_with(&text, &["Tab here"]);
    line_with(&text, &["Compte client C- 00042"]);
    assert!(pages(&text).len() >= 2, "{text}");
}
