//! Every document kind, rendered in French and in English and read back with
//! `pdftotext`, prints no code of any closed list: invoices (French VAT, reverse charge),
//! credit notes, a statement with a payment of every method recorded without a
//! reference, the aging report, the policy sheet, both support-terms sheets, a letter for
//! every step of the default collection policy (courtesy, reminders, formal notice,
//! suspension notice) and a renewal notice for every term.
//!
//! The codes are read from the enums themselves (`code_words::every_code`), so a code
//! added later is looked for too; `printed_codes::codes_printed` says which a text prints.

mod common;

use ardoise_documents::sample::{
    sample_aging, sample_credit_note, sample_french_customer, sample_invoice,
    sample_no_support_sheet, sample_partner, sample_policy_sheet, sample_reverse_charge,
    sample_support, sample_support_sheet,
};
use ardoise_documents::{
    render_aging, render_invoice, render_letter, render_policy_sheet, render_statement,
    render_support_sheet, LetterDocument, LetterLine, LetterPart, StatementDocument,
};
use ardoise_domain::collections::{
    letter, renewal_notice, LetterBlock, LetterContext, LetterInvoice, LetterText, Policy,
    RenewalContext, RenewalItem, StepKind,
};
use ardoise_domain::invoicing::PaymentMethod;
use ardoise_domain::money::{Currency, Money};
use ardoise_domain::printed_codes::codes_printed;
use ardoise_domain::statements::example::{worked_ledger, worked_period};
use ardoise_domain::statements::{statement, LedgerEntry};
use ardoise_domain::subscription::Term;
use ardoise_domain::Lang;
use chrono::NaiveDate;
use rust_decimal::Decimal;

use common::{extract, tmp};

/// Every code `text` prints, named by the document it is in.
fn leaks(name: &str, text: &str, lang: Lang) -> Vec<String> {
    codes_printed(text, lang)
        .into_iter()
        .map(|f| format!("{name} ({lang:?}): {f}"))
        .collect()
}

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).expect("a valid date")
}

/// The worked example's ledger, with a payment of every method recorded without a
/// reference: the statement names each by how it came.
fn statement_with_every_method(lang: Lang) -> StatementDocument {
    let (from, to, as_of) = worked_period();
    let mut ledger = worked_ledger();
    for (i, method) in PaymentMethod::ALL.iter().enumerate() {
        let amount = Money::new(Decimal::new(100 + i as i64, 2), Currency::EUR);
        ledger.push(LedgerEntry::payment(9_000 + i as i64, "", to, amount, Vec::new()).by(*method));
    }
    let statement = statement(&ledger, Currency::EUR, from, to, as_of).expect("a valid ledger");
    StatementDocument {
        lang,
        seller: sample_partner(),
        buyer: sample_french_customer(),
        account_reference: "C-00042".to_string(),
        statement,
        produced_on: as_of,
        support: sample_support(lang),
        logo_png: None,
    }
}

/// A letter as the layout prints a step's text.
fn letter_document(lang: Lang, text: LetterText, ctx: &LetterContext) -> LetterDocument {
    LetterDocument {
        lang,
        seller: sample_partner(),
        buyer: sample_french_customer(),
        account_reference: ctx.account_reference.clone(),
        place: "Lyon".to_string(),
        date: ctx.date,
        subject: text.subject,
        sending_mention: None,
        parts: text
            .blocks
            .into_iter()
            .map(|b| match b {
                LetterBlock::Paragraph(p) => LetterPart::Text(p),
                LetterBlock::InvoicesTable => LetterPart::InvoicesTable,
            })
            .collect(),
        lines: ctx
            .invoices
            .iter()
            .map(|i| LetterLine {
                number: i.number.clone(),
                issue_date: i.issue_date,
                due_date: i.due_date,
                original: i.original,
                open: i.open,
                days_overdue: i.days_overdue,
            })
            .collect(),
        totals: vec![("Total".to_string(), ctx.total_due())],
        coming: Vec::new(),
        coming_totals: Vec::new(),
        enclosures: None,
        signature: vec![sample_partner().legal_name],
        logo_png: None,
    }
}

/// A letter for every step of the default policy, and a renewal notice for every term.
fn letters(lang: Lang) -> Vec<(String, LetterDocument)> {
    let eur = |a: i64| Money::new(Decimal::new(a, 2), Currency::EUR);
    let ctx = LetterContext {
        customer_name: sample_french_customer().legal_name,
        partner_name: sample_partner().legal_name,
        account_reference: "C-00042".to_string(),
        date: day(2026, 11, 25),
        invoices: vec![LetterInvoice {
            number: "F2026-00118".to_string(),
            issue_date: day(2026, 9, 1),
            due_date: day(2026, 10, 16),
            original: eur(84_550),
            open: eur(15_000),
            days_overdue: 40,
        }],
        late_penalty_rate: Decimal::new(1215, 2),
        recovery_indemnity: eur(4_000),
        deadline_days: 8,
        next_invoice: None,
        coming: Vec::new(),
    };
    let policy = Policy::default_policy();
    let mut out: Vec<(String, LetterDocument)> = policy
        .steps
        .iter()
        .map(|step| {
            let text = letter(step, &ctx, lang);
            (
                format!("letter {}", step.code),
                letter_document(lang, text, &ctx),
            )
        })
        .collect();
    let kinds: Vec<StepKind> = policy.steps.iter().map(|s| s.kind).collect();
    for k in StepKind::ALL {
        assert!(kinds.contains(k), "the default policy has a {k:?} step");
    }
    let renewal = RenewalContext {
        customer_name: ctx.customer_name.clone(),
        partner_name: ctx.partner_name.clone(),
        account_reference: ctx.account_reference.clone(),
        date: ctx.date,
        items: Term::ALL
            .iter()
            .enumerate()
            .map(|(i, term)| RenewalItem {
                product: "Microsoft 365 Business Standard".to_string(),
                quantity: 5,
                term: *term,
                renewal_date: day(2026, 12, 20 + i as u32),
                auto_renew: i % 2 == 0,
            })
            .collect(),
    };
    let text = renewal_notice(&renewal, lang);
    out.push((
        "renewal notice".to_string(),
        letter_document(lang, text, &ctx),
    ));
    out
}

/// Every document kind in `lang`, read back as text and named.
fn documents(lang: Lang) -> Vec<(String, String)> {
    let dir = tmp();
    let read = |name: &str, pdf: Vec<u8>| {
        let file = format!("{}-{name}", lang.code()).replace(' ', "-");
        (name.to_string(), extract(&pdf, dir.path(), &file))
    };
    let mut docs = vec![
        read(
            "invoice",
            render_invoice(&sample_invoice(lang)).expect("renders"),
        ),
        read(
            "reverse-charged invoice",
            render_invoice(&sample_reverse_charge(lang)).expect("renders"),
        ),
        read(
            "credit note",
            render_invoice(&sample_credit_note(lang)).expect("renders"),
        ),
        read(
            "statement",
            render_statement(&statement_with_every_method(lang)).expect("renders"),
        ),
        read(
            "aging report",
            render_aging(&sample_aging(lang)).expect("renders"),
        ),
        read(
            "policy sheet",
            render_policy_sheet(&sample_policy_sheet(lang)).expect("renders"),
        ),
        read(
            "support sheet",
            render_support_sheet(&sample_support_sheet(lang)).expect("renders"),
        ),
        read(
            "no-support sheet",
            render_support_sheet(&sample_no_support_sheet(lang)).expect("renders"),
        ),
    ];
    for (name, doc) in letters(lang) {
        docs.push(read(&name, render_letter(&doc).expect("renders")));
    }
    docs
}

fn assert_no_codes(lang: Lang) -> Vec<(String, String)> {
    let docs = documents(lang);
    for (name, text) in &docs {
        assert!(
            text.split_whitespace().count() >= 5,
            "{name} has text: {text}"
        );
    }
    let found: Vec<String> = docs
        .iter()
        .flat_map(|(name, text)| leaks(name, text, lang))
        .collect();
    assert!(
        found.is_empty(),
        "{} codes printed:\n{}",
        found.len(),
        found.join("\n")
    );
    docs
}

#[test]
fn french_documents_print_no_code() {
    let docs = assert_no_codes(Lang::Fr);
    let statement = &docs
        .iter()
        .find(|d| d.0 == "statement")
        .expect("a statement")
        .1;
    for m in PaymentMethod::ALL {
        let word = m.label(Lang::Fr).to_lowercase();
        let said = statement.to_lowercase().contains(&word)
            || (*m == PaymentMethod::Card && statement.contains("par carte"));
        assert!(said, "the statement names « {word} »:\n{statement}");
    }
}

#[test]
fn english_documents_print_no_code() {
    let docs = assert_no_codes(Lang::En);
    let statement = &docs
        .iter()
        .find(|d| d.0 == "statement")
        .expect("a statement")
        .1;
    for phrase in [
        "by bank transfer",
        "by card",
        "by direct debit",
        "by cheque",
        "in cash",
    ] {
        assert!(
            statement.contains(phrase),
            "the statement says {phrase:?}:\n{statement}"
        );
    }
}
