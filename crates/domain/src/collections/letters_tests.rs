//! Tests of the letters: templates read and refused, the figures to the cent, and
//! snapshots of every default letter in French and English.

use super::*;
use crate::collections::policy::{Policy, StepKind, StepText};
use crate::collections::template::check_template;
use crate::money::Currency;
use crate::Problem;
use rust_decimal_macros::dec;

fn d(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

fn eur(a: Decimal) -> Money {
    Money::new(a, Currency::EUR)
}

fn invoice(
    number: &str,
    due: &str,
    original: Decimal,
    open: Decimal,
    date: NaiveDate,
) -> LetterInvoice {
    let due = d(due);
    LetterInvoice {
        number: number.to_string(),
        issue_date: due - Duration::days(30),
        due_date: due,
        original: eur(original),
        open: eur(open),
        days_overdue: (date - due).num_days(),
    }
}

/// A customer with two invoices of the same billing run, due on 15 October 2026, the
/// first partly paid; the letter dated `date`.
fn sample(date: NaiveDate) -> LetterContext {
    LetterContext {
        customer_name: "Boulangerie Martin SAS".to_string(),
        partner_name: "Nuage Conseil SARL".to_string(),
        account_reference: "C-00042".to_string(),
        date,
        invoices: vec![
            invoice(
                "F2026-00142",
                "2026-10-15",
                dec!(2310.75),
                dec!(1310.75),
                date,
            ),
            invoice(
                "F2026-00143",
                "2026-10-15",
                dec!(845.50),
                dec!(845.50),
                date,
            ),
        ],
        coming: Vec::new(),
        late_penalty_rate: dec!(12.15),
        recovery_indemnity: eur(dec!(40)),
        deadline_days: 8,
        next_invoice: Some(NextInvoice {
            period: Period::month_of(d("2026-11-01")).expect("a month"),
            gross: eur(dec!(1014.60)),
        }),
    }
}

fn step_with(subject: &str, body: &str) -> Step {
    let text = StepText {
        subject: subject.to_string(),
        body: body.to_string(),
    };
    Step {
        code: "test".to_string(),
        kind: StepKind::Reminder,
        offset_days: 3,
        name_fr: "Test".to_string(),
        name_en: "Test".to_string(),
        fr: text.clone(),
        en: text,
    }
}

#[test]
fn placeholders_read_back_from_their_codes() {
    for &p in Placeholder::ALL {
        assert_eq!(Placeholder::parse(p.code()), Some(p));
    }
    assert_eq!(Placeholder::parse("montant"), None);
    assert_eq!(Placeholder::parse("Customer"), None);
    assert!(Placeholder::list().starts_with("{customer}, {partner}, "));
}

#[test]
fn templates_are_refused_at_their_first_unknown_name() {
    let ok = "Dear {customer}, {{literal}} and }} here: {total_due}";
    assert_eq!(check_template(ok), Ok(()));
    let cases = [
        ("Montant : {montant}.", "montant"),
        ("{customer} owes {client} and {montant}", "client"),
        ("{ customer }", " customer "),
        ("{}", ""),
        ("Dear {customer", "{customer"),
        ("Dear {customer\n{partner}", "{customer"),
        ("a { b", "{ b"),
        ("Closing } alone", "}"),
        (
            "{une variable beaucoup trop longue à citer",
            "{une variable beaucou…",
        ),
    ];
    for (template, name) in cases {
        assert_eq!(
            check_template(template),
            Err(Problem::UnknownPlaceholder {
                name: name.to_string()
            }),
            "{template}"
        );
    }
}

#[test]
fn the_body_splits_into_paragraphs_and_the_table() {
    let step = step_with(
        "Invoices {invoices_table}",
        "Dear {customer},  \n\n\n  {invoices_table}  \nLine one\nline two {{braces}}\n \nAbout {invoices_table}: {unknown} stays.\n",
    );
    let ctx = sample(d("2026-10-18"));
    let text = letter(&step, &ctx, Lang::En);
    assert_eq!(text.subject, "Invoices F2026-00142, F2026-00143");
    // A paragraph that is only the placeholder is the table; with more text around it,
    // the placeholder gives the invoices' numbers. Lines are trimmed, kept inside their
    // paragraph; what names no placeholder is printed as written.
    assert_eq!(
        text.blocks,
        vec![
            LetterBlock::Paragraph("Dear Boulangerie Martin SAS,".into()),
            LetterBlock::Paragraph("F2026-00142, F2026-00143\nLine one\nline two {braces}".into()),
            LetterBlock::Paragraph("About F2026-00142, F2026-00143: {unknown} stays.".into()),
        ]
    );
    let alone = step_with("S", "Hello\n\n  {invoices_table} \n\nBye");
    assert_eq!(
        letter(&alone, &ctx, Lang::En).blocks,
        vec![
            LetterBlock::Paragraph("Hello".into()),
            LetterBlock::InvoicesTable,
            LetterBlock::Paragraph("Bye".into()),
        ]
    );
}

#[test]
fn french_signs_keep_to_their_words() {
    let step = step_with("Relance : compte", "Montant : {total_due} ; merci !");
    let text = letter(&step, &sample(d("2026-10-18")), Lang::Fr);
    assert_eq!(text.subject, "Relance\u{202f}: compte");
    assert_eq!(
        text.blocks,
        vec![LetterBlock::Paragraph(
            "Montant\u{202f}: 2\u{202f}156,25\u{202f}€\u{202f}; merci\u{202f}!".into()
        )]
    );
    let text = letter(&step, &sample(d("2026-10-18")), Lang::En);
    assert_eq!(text.subject, "Relance : compte");
}

#[test]
fn penalties_indemnity_and_totals_to_the_cent() {
    // 14 November 2026: 30 days late.
    let ctx = sample(d("2026-11-14"));
    // 1 310,75 × 12,15 % × 30 / 365 = 13,0895… → 13,09
    // 845,50 × 12,15 % × 30 / 365 = 8,4432… → 8,44
    assert_eq!(ctx.penalty(&ctx.invoices[0]), eur(dec!(13.09)));
    assert_eq!(ctx.penalty(&ctx.invoices[1]), eur(dec!(8.44)));
    assert_eq!(ctx.penalties(), eur(dec!(21.53)));
    assert_eq!(ctx.indemnity(), eur(dec!(80)));
    assert_eq!(ctx.total_due(), eur(dec!(2156.25)));
    assert_eq!(ctx.deadline(), d("2026-11-22"));
    assert_eq!(ctx.oldest_due_date(), Some(d("2026-10-15")));
    assert_eq!(
        ctx.value(Placeholder::PenaltyRate, Lang::Fr),
        "12,15\u{202f}%"
    );
    assert_eq!(ctx.value(Placeholder::PenaltyRate, Lang::En), "12.15%");
    assert_eq!(ctx.value(Placeholder::Deadline, Lang::En), "22 Nov 2026");
    assert_eq!(
        ctx.value(Placeholder::Indemnity, Lang::Fr),
        "80,00\u{202f}€"
    );
    // Before or on the due date: no penalty, no indemnity.
    let early = sample(d("2026-10-15"));
    assert_eq!(early.penalties(), eur(dec!(0)));
    assert_eq!(early.indemnity(), eur(dec!(0)));
    // Half a cent rounds away from zero: 365 × 0,005 at 1 % for 1 day is 0,005 → 0,01.
    let mut half = sample(d("2026-10-16"));
    half.late_penalty_rate = dec!(1);
    half.invoices = vec![invoice(
        "F1",
        "2026-10-15",
        dec!(182.50),
        dec!(182.50),
        d("2026-10-16"),
    )];
    assert_eq!(half.penalties(), eur(dec!(0.01)));
    assert_eq!(half.indemnity(), eur(dec!(40)));
    // Only the overdue invoices count for the indemnity.
    let mut mixed = sample(d("2026-10-20"));
    mixed.invoices.push(invoice(
        "F3",
        "2026-10-31",
        dec!(10),
        dec!(10),
        d("2026-10-20"),
    ));
    assert_eq!(mixed.overdue_count(), 2);
    assert_eq!(mixed.indemnity(), eur(dec!(80)));
}

#[test]
fn a_letter_invoice_comes_from_the_engine_facts() {
    let facts = super::super::engine::InvoiceFacts {
        invoice_id: 7,
        customer_id: 1,
        number: "F2026-00007".into(),
        issue_date: d("2026-09-15"),
        due_date: d("2026-10-15"),
        original: eur(dec!(100)),
        open: eur(dec!(60)),
        held: false,
    };
    let i = LetterInvoice::from_facts(&facts, d("2026-10-18"));
    assert_eq!(
        (i.number.as_str(), i.open, i.days_overdue),
        ("F2026-00007", eur(dec!(60)), 3)
    );
}

/// A letter as plain text: subject, paragraphs, the table drawn as rows, then the
/// figures the PDF prints.
fn render(step: &Step, ctx: &LetterContext, lang: Lang) -> String {
    let text = letter(step, ctx, lang);
    let mut out = format!("{}\n", text.subject);
    for block in &text.blocks {
        out.push('\n');
        match block {
            LetterBlock::Paragraph(p) => out.push_str(p),
            LetterBlock::InvoicesTable => {
                for i in &ctx.invoices {
                    out.push_str(&format!(
                        "| {} | {} | {} | {} | {} | {} | {} |\n",
                        i.number,
                        display::date(i.issue_date, lang),
                        display::date(i.due_date, lang),
                        display::money(&i.original, lang),
                        display::money(&i.open, lang),
                        i.days_overdue,
                        display::money(&ctx.penalty(i), lang),
                    ));
                }
                out.pop();
            }
        }
        out.push('\n');
    }
    out
}

#[test]
fn the_next_invoice_is_announced_only_when_one_is_expected() {
    let step = step_with(
        "Échéance",
        "Montant : {total_due}.\n\nProchaine facture ({next_period}) : {next_amount}.\n\nMerci.",
    );
    let ctx = sample(d("2026-10-08"));
    let text = letter(&step, &ctx, Lang::Fr);
    assert_eq!(
        text.blocks[1],
        LetterBlock::Paragraph(
            "Prochaine facture (novembre 2026)\u{202f}: 1\u{202f}014,60\u{202f}€.".into()
        )
    );
    let en = letter(&step, &ctx, Lang::En);
    assert!(
        matches!(&en.blocks[1], LetterBlock::Paragraph(p) if p.contains("November 2026") && p.contains("€1,014.60")),
        "{en:?}"
    );
    // Nothing expected (no subscription left to bill): the paragraph goes, not the rest.
    let none = LetterContext {
        next_invoice: None,
        ..ctx
    };
    let text = letter(&step, &none, Lang::Fr);
    assert_eq!(text.blocks.len(), 2, "{text:?}");
    assert!(text
        .blocks
        .iter()
        .all(|b| !matches!(b, LetterBlock::Paragraph(p) if p.contains("Prochaine"))));
}

#[test]
fn every_default_letter_in_french_and_english() {
    let policy = Policy::default_policy();
    for step in &policy.steps {
        let date = d("2026-10-15") + Duration::days(i64::from(step.offset_days));
        let ctx = sample(date);
        for lang in [Lang::Fr, Lang::En] {
            let name = format!("{}_{}", step.code, lang.code());
            insta::assert_snapshot!(name, render(step, &ctx, lang));
        }
    }
}

#[test]
fn a_letter_about_one_invoice_speaks_of_it_in_the_singular() {
    let step = step_with(
        "{facture impayée|factures impayées}",
        "{la facture ci-dessous reste|les factures ci-dessous restent} impayée{|s}.",
    );
    let two = sample(d("2026-11-20"));
    let text = letter(&step, &two, Lang::Fr);
    assert_eq!(text.subject, "factures impayées");
    assert_eq!(
        text.blocks,
        vec![LetterBlock::Paragraph(
            "les factures ci-dessous restent impayées.".into()
        )]
    );
    let mut one = two.clone();
    one.invoices.truncate(1);
    let text = letter(&step, &one, Lang::Fr);
    assert_eq!(text.subject, "facture impayée");
    assert_eq!(
        text.blocks,
        vec![LetterBlock::Paragraph(
            "la facture ci-dessous reste impayée.".into()
        )]
    );
    // A choice is part of the language: the policy's check accepts it.
    assert_eq!(check_template("{a|b}"), Ok(()));
    assert!(check_template("{a|b|c}").is_err());
}

#[test]
fn every_default_letter_agrees_with_one_invoice_and_with_several() {
    let policy = Policy::default_policy();
    for step in &policy.steps {
        let mut ctx = sample(d("2026-10-15") + Duration::days(i64::from(step.offset_days)));
        for lang in [Lang::Fr, Lang::En] {
            let many = render(step, &ctx, lang);
            assert!(!many.contains('{'), "{many}");
            ctx.invoices.truncate(1);
            let one = render(step, &ctx, lang);
            assert!(!one.contains('{'), "{one}");
            for plural in [
                "factures ci-dessous",
                "invoices below",
                "ces factures",
                "these invoices",
            ] {
                assert!(!one.contains(plural), "{}: {plural} in {one}", step.code);
            }
            ctx = sample(d("2026-10-15") + Duration::days(i64::from(step.offset_days)));
        }
    }
}
