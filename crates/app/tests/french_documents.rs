//! Every kind of document the book prints, rendered in French from the demo's book and
//! read back as text: no stored code (« transfer », « first_reminder », « overdue ») and
//! no English word may reach a French reader. The English documents are held to the
//! mirror rule for the commonest French words.
//!
//! Customer data (names, products, the partner's own lines, its support plans' words)
//! is removed before looking: « Microsoft Defender for Business » is a product's name,
//! not a leak; so are Microsoft's names for its partner support offers.

use std::collections::BTreeSet;
use std::path::Path;
use std::process::Command;
use std::sync::Arc;

use ardoise_app::demo::DemoOptions;
use ardoise_app::domain::collections::StepKind;
use ardoise_app::domain::invoicing::{LineKind, PaymentMethod};
use ardoise_app::domain::Lang;
use ardoise_app::transport_collections::{LettersRequest, RenewalNoticesRequest};
use ardoise_app::transport_invoicing::{DocumentKindView, InvoiceFilter, PaymentForm};
use ardoise_app::transport_statements::StatementRequest;
use ardoise_app::{Ardoise, FixedClock, Session};
use chrono::{Duration, NaiveDate};

const TODAY: &str = "2026-11-25";

/// The codes the book stores for every enum whose values reach a document: payment
/// methods, terms and frequencies, subscription and invoice states, line kinds, aging
/// buckets, collection steps and their kinds, ledger entry kinds, contact roles and
/// letter placeholders. Left out, because French spells them the same: « active »,
/// « inactive », « suspension », « date », « plan ». Currencies are not codes here.
const CODES: &[&str] = &[
    "monthly",
    "annual",
    "triennial",
    "one_time",
    "suspended",
    "cancelled",
    "expired",
    "draft",
    "unpaid",
    "partly_paid",
    "paid",
    "overdue",
    "credited",
    "issued",
    "subscription",
    "one_off",
    "support_fee",
    "billable_hours",
    "not_due",
    "1_30",
    "31_60",
    "61_90",
    "over_90",
    "courtesy",
    "reminder",
    "first_reminder",
    "second_reminder",
    "formal_notice",
    "invoice",
    "credit_note",
    "payment",
    "billing",
    "technical",
    "other",
    "customer",
    "partner",
    "invoices_table",
    "total_due",
    "oldest_due_date",
    "penalties",
    "indemnity",
    "deadline",
    "account_reference",
    "penalty_rate",
];

/// English words and phrases a French document never prints (not "due": « la facture
/// reste due » is French). « Total », « Page »,
/// « Date », « Document », « Description », « Client », « Report » and « Balance »
/// (« Balance âgée ») are French too, so English is caught by what surrounds them:
/// "Page 1 of 2" by « of », "Balance at" as a phrase.
const ENGLISH: &[&str] = &[
    "Invoice",
    "Invoices",
    "Payment",
    "Transfer",
    "Balance at",
    "Balance brought",
    "Due",
    "Statement",
    "Credit",
    "Credit note",
    "Amount",
    "amount",
    "Totals",
    "Total open",
    "Customer",
    "Account",
    "Period",
    "Issued",
    "Subject",
    "Letter",
    "Bank",
    "Reference",
    "Qty",
    "VAT",
    "excl",
    "incl",
    "Days",
    "Original",
    "Open",
    "open",
    "Currency",
    "Aged",
    "receivables",
    "As of",
    "Carried",
    "Brought",
    "favour",
    "Unapplied",
    "Settles",
    "Applied",
    "Left",
    "Late",
    "discount",
    "When",
    "What",
    "Effect",
    "access",
    "Dear",
    "Yours",
    "faithfully",
    "sincerely",
    "Please",
    "please",
    "Renewal",
    "renews",
    "the",
    "and",
    "of",
    "to",
    "your",
    "you",
    "for",
    "by",
    "with",
    "is",
    "not",
    "yet",
    "from",
    "this",
    "we",
    "our",
    "Our",
    "will",
    "No",
];

/// Microsoft's names for its support offers to partners, which Microsoft does not
/// translate: the support-terms sheet names the routes a plan escalates by with them,
/// as a French partner's contract with Microsoft does. Taken out like customer data;
/// nothing else is allowed.
const PROPER_NAMES: &[&str] = &[
    "Premier Support for Partners",
    "Advanced Support for Partners",
];

/// French words an English document never prints.
const FRENCH: &[&str] = &[
    "Facture",
    "Avoir",
    "Règlement",
    "Solde",
    "Relevé",
    "Montant",
    "Échéance",
    "Période",
    "Objet",
    "Virement",
    "virement",
    "Madame",
    "Monsieur",
    "le",
    "la",
    "les",
    "du",
    "des",
    "au",
    "sur",
    "votre",
    "vous",
    "nous",
    "n°",
    "N°",
];

fn day(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

fn demo(path: &Path) -> (Ardoise, Session) {
    let mut b = Ardoise::open(path, Arc::new(FixedClock::on(day(TODAY)))).unwrap();
    let s = b.admin_session().unwrap();
    b.seed_demo(&s, DemoOptions::default()).unwrap();
    (b, s)
}

/// The PDF's text as `pdftotext -layout` reads it, the way the documents' own tests do.
fn pdf_text(pdf: &[u8], dir: &Path, name: &str) -> String {
    let path = dir.join(format!("{name}.pdf"));
    std::fs::write(&path, pdf).unwrap();
    file_text(&path)
}

fn file_text(path: &Path) -> String {
    let out = Command::new("pdftotext")
        .arg("-layout")
        .arg(path)
        .arg("-")
        .output()
        .expect("pdftotext runs (install poppler-utils)");
    assert!(
        out.status.success(),
        "pdftotext failed on {}",
        path.display()
    );
    String::from_utf8(out.stdout).expect("pdftotext writes UTF-8")
}

/// Whether `phrase` is in `line` as whole words (letters, digits and `_` join words).
fn has_words(line: &str, phrase: &str) -> bool {
    let word = |c: char| c.is_alphanumeric() || c == '_';
    line.match_indices(phrase).any(|(i, _)| {
        let before = line[..i].chars().next_back();
        let after = line[i + phrase.len()..].chars().next();
        !before.is_some_and(word) && !after.is_some_and(word)
    })
}

/// Every (document, offending word, line) of `text`, after taking out `data`.
fn leaks(document: &str, text: &str, data: &[String], forbidden: &[&[&str]]) -> Vec<String> {
    let mut found = Vec::new();
    for line in text.lines() {
        let mut clean = line.to_string();
        for d in data {
            clean = clean.replace(d.as_str(), " ");
        }
        for word in forbidden.iter().flat_map(|list| list.iter()) {
            if has_words(&clean, word) {
                found.push(format!("{document}: « {word} » in: {}", line.trim()));
            }
        }
    }
    found
}

/// What the book holds that is the customers' and the partner's own words.
fn data(b: &Ardoise, s: &Session) -> Vec<String> {
    let mut data: Vec<String> = b.products(s).unwrap().into_iter().map(|p| p.name).collect();
    data.extend(b.customers(s).unwrap().into_iter().map(|c| c.legal_name));
    let partner = serde_json::to_value(b.partner(s).unwrap().form).unwrap();
    if let Some(fields) = partner.as_object() {
        data.extend(
            fields
                .values()
                .filter_map(|v| v.as_str())
                .filter(|v| v.len() > 2)
                .map(str::to_string),
        );
    }
    // The support plans' own words: their names, what they cover, who provides them.
    for plan in b.support_plans(s).unwrap() {
        let form = b.support_plan(s, plan.id).unwrap().form;
        data.extend(
            [
                form.name,
                form.covered_fr,
                form.covered_en,
                form.not_covered_fr,
                form.not_covered_en,
                form.provider_name,
                form.provider_contact,
                form.phone,
                form.email,
                form.portal_url,
                form.time_zone,
            ]
            .into_iter()
            .filter(|v| v.len() > 2),
        );
    }
    data.extend(PROPER_NAMES.iter().map(|n| n.to_string()));
    // Longest first, so a name is taken out whole before a shorter one inside it.
    data.sort_by_key(|d| std::cmp::Reverse(d.len()));
    data
}

/// Renders every document kind for the customers who read `lang` and returns the text of
/// each, named.
fn documents(b: &Ardoise, s: &Session, dir: &Path, lang: Lang) -> Vec<(String, String)> {
    let mut docs = Vec::new();
    let customers = b.customers(s).unwrap();
    let readers: BTreeSet<i64> = customers
        .iter()
        .filter(|c| c.language == lang)
        .map(|c| c.id)
        .collect();
    let reader = *readers
        .iter()
        .next()
        .expect("a customer reads the language");

    // A payment of each method, recorded without a reference: the statement names it.
    for (i, method) in PaymentMethod::ALL.iter().enumerate() {
        let form = PaymentForm {
            customer_id: reader,
            received_on: TODAY.into(),
            amount: format!("1.0{i}"),
            currency: "EUR".into(),
            method: method.code().into(),
            reference: String::new(),
        };
        b.record_payment(s, &form, None).unwrap();
    }
    let req = StatementRequest {
        customer_id: reader,
        from: "2026-01-01".into(),
        to: TODAY.into(),
        as_of: TODAY.into(),
    };
    let (_, pdf) = b.statement_pdf(s, &req).unwrap();
    docs.push(("statement".to_string(), pdf_text(&pdf, dir, "statement")));

    let issued = |kind: DocumentKindView| {
        let filter = InvoiceFilter {
            state: None,
            customer_id: None,
            period: None,
            kind: Some(kind),
            ..Default::default()
        };
        b.invoices(s, &filter)
            .unwrap()
            .into_iter()
            .find(|r| r.number.is_some() && readers.contains(&r.customer_id))
    };
    let invoice = issued(DocumentKindView::Invoice).expect("an issued invoice");
    // An invoice billing support: a plan's monthly fee and time beyond the included
    // hours (the demo's runs bill the month before's extra time).
    let all = InvoiceFilter {
        state: None,
        customer_id: None,
        period: None,
        kind: Some(DocumentKindView::Invoice),
        ..Default::default()
    };
    let billing_support = b
        .invoices(s, &all)
        .unwrap()
        .into_iter()
        .filter(|r| r.number.is_some() && readers.contains(&r.customer_id))
        .find(|r| {
            let kinds: Vec<LineKind> = b
                .invoice(s, r.id)
                .unwrap()
                .lines
                .iter()
                .map(|l| l.kind)
                .collect();
            kinds.contains(&LineKind::SupportFee) && kinds.contains(&LineKind::BillableHours)
        });
    if let Some(support) = &billing_support {
        let (_, pdf) = b.invoice_pdf(s, support.id).unwrap();
        docs.push((
            "invoice with support".to_string(),
            pdf_text(&pdf, dir, "invoice-support"),
        ));
    } else {
        assert_eq!(lang, Lang::En, "a French invoice billing support");
    }
    // The support-terms sheet of a customer with support, the subcontracted plan
    // first: it has the most to say.
    let mut supported: Vec<(bool, i64)> = readers
        .iter()
        .filter_map(|c| {
            let status = b.support_open_status(s, *c, lang).unwrap();
            (!status.no_support).then_some((status.plan_name != "Premium", *c))
        })
        .collect();
    supported.sort();
    let (_, sheet) = supported.first().expect("a customer with support");
    let (_, pdf) = b.support_sheet_pdf(s, *sheet).unwrap();
    docs.push((
        "support-terms sheet".to_string(),
        pdf_text(&pdf, dir, "support-sheet"),
    ));
    let credit_note = match issued(DocumentKindView::CreditNote) {
        Some(c) => c.id,
        // The demo credits French customers' invoices only.
        None => b
            .credit_invoice(s, invoice.id, Some("1.00"), "Geste commercial")
            .unwrap(),
    };
    for (id, name) in [(invoice.id, "invoice"), (credit_note, "credit note")] {
        let (_, pdf) = b.invoice_pdf(s, id).unwrap();
        docs.push((
            name.to_string(),
            pdf_text(&pdf, dir, &name.replace(' ', "-")),
        ));
    }

    let (_, pdf) = b.aging_pdf(s, TODAY, lang).unwrap();
    docs.push(("aging report".to_string(), pdf_text(&pdf, dir, "aging")));
    let (_, csv) = b.aging_csv(s, TODAY, lang).unwrap();
    let csv = String::from_utf8(csv).unwrap();
    let header = csv.lines().next().unwrap_or_default().to_string();
    docs.push(("aging CSV header".to_string(), header));
    let (_, pdf) = b.policy_sheet_pdf(s, lang).unwrap();
    docs.push(("policy sheet".to_string(), pdf_text(&pdf, dir, "policy")));
    docs
}

/// One letter of each step kind, and renewal notices, for readers of `lang`: a round of
/// letters each week from today until every kind has gone to one of them.
fn letters(b: &Ardoise, s: &Session, dir: &Path, lang: Lang) -> Vec<(String, String)> {
    let readers: BTreeSet<i64> = b
        .customers(s)
        .unwrap()
        .into_iter()
        .filter(|c| c.language == lang)
        .map(|c| c.id)
        .collect();
    let policy = b.collection_policy(s).unwrap();
    let mut docs = Vec::new();
    let mut kinds: BTreeSet<String> = BTreeSet::new();
    let wanted = [
        StepKind::Courtesy,
        StepKind::Reminder,
        StepKind::FormalNotice,
        StepKind::Suspension,
    ];
    for week in 0..16 {
        let as_of = (day(TODAY) + Duration::weeks(week)).to_string();
        let req = LettersRequest {
            as_of: as_of.clone(),
            only: Vec::new(),
            out_dir: dir.join("letters").display().to_string(),
            signed_by_me: None,
        };
        let result = b.produce_letters(s, &req, lang, dir).unwrap();
        for l in result.letters {
            let kind = policy
                .step(&l.step_code)
                .expect("a step of the policy")
                .kind;
            let kind = format!("{kind:?}");
            if readers.contains(&l.customer_id) && kinds.insert(kind.clone()) {
                docs.push((format!("letter {kind}"), file_text(Path::new(&l.path))));
            }
        }
        if kinds.len() == wanted.len() {
            break;
        }
    }
    let seen: Vec<&String> = kinds.iter().collect();
    assert_eq!(kinds.len(), wanted.len(), "letters of every kind: {seen:?}");

    let req = RenewalNoticesRequest {
        as_of: TODAY.into(),
        customer_ids: Vec::new(),
        out_dir: dir.join("renewals").display().to_string(),
    };
    let notices = b.produce_renewal_notices(s, &req, lang, dir).unwrap();
    let notice = notices
        .letters
        .iter()
        .find(|l| readers.contains(&l.customer_id))
        .expect("a renewal notice");
    docs.push((
        "renewal notice".to_string(),
        file_text(Path::new(&notice.path)),
    ));
    docs
}

#[test]
fn french_documents_print_neither_codes_nor_english() {
    let dir = tempfile::tempdir().unwrap();
    let (b, s) = demo(&dir.path().join("book.db"));
    let data = data(&b, &s);
    let mut docs = documents(&b, &s, dir.path(), Lang::Fr);
    docs.extend(letters(&b, &s, dir.path(), Lang::Fr));
    let codes: Vec<&str> = PaymentMethod::ALL.iter().map(|m| m.code()).collect();
    // Statement, invoice, credit note, invoice with support, support-terms sheet, aging
    // PDF and CSV, policy sheet, four letter kinds, renewal notice: each read back with
    // something in it.
    assert_eq!(
        docs.len(),
        13,
        "{:?}",
        docs.iter().map(|d| &d.0).collect::<Vec<_>>()
    );
    for (name, text) in &docs {
        assert!(text.split_whitespace().count() >= 5, "{name}: {text}");
    }

    let found: Vec<String> = docs
        .iter()
        .flat_map(|(name, text)| leaks(name, text, &data, &[CODES, &codes, ENGLISH]))
        .collect();
    assert!(
        found.is_empty(),
        "{} leaks into French documents:\n{}",
        found.len(),
        found.join("\n")
    );
    // The payments recorded without a reference are named by how they came.
    let statement = &docs[0].1;
    for word in ["virement", "carte", "prélèvement", "chèque", "espèces"] {
        assert!(statement.contains(word), "« {word} » on the statement");
    }
}

#[test]
fn english_documents_print_no_french() {
    let dir = tempfile::tempdir().unwrap();
    let (b, s) = demo(&dir.path().join("book.db"));
    let data = data(&b, &s);
    let docs = documents(&b, &s, dir.path(), Lang::En);
    // Most codes are English words an English document rightly prints ("invoice",
    // "bank transfer"); the compound ones never are.
    let codes: Vec<&str> = CODES.iter().copied().filter(|c| c.contains('_')).collect();
    let found: Vec<String> = docs
        .iter()
        .flat_map(|(name, text)| leaks(name, text, &data, &[&codes, FRENCH]))
        .collect();
    assert!(
        found.is_empty(),
        "{} leaks into English documents:\n{}",
        found.len(),
        found.join("\n")
    );
}
