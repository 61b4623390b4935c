//! Tests of the policy: the default one, what `validate` refuses, and the sheet.

use super::*;
use crate::money::Currency;
use crate::FieldError;
use rust_decimal_macros::dec;

fn refusals(policy: &Policy) -> Vec<(String, Problem)> {
    match policy.validate() {
        Ok(()) => vec![],
        Err(Invalid(errors)) => errors
            .into_iter()
            .map(|FieldError { field, problem }| (field, problem))
            .collect(),
    }
}

#[test]
fn the_default_policy_has_the_five_steps_and_is_valid() {
    let p = Policy::default_policy();
    assert_eq!(p.validate(), Ok(()));
    let shape: Vec<(&str, i32, StepKind)> = p
        .steps
        .iter()
        .map(|s| (s.code.as_str(), s.offset_days, s.kind))
        .collect();
    assert_eq!(
        shape,
        vec![
            ("courtesy", -7, StepKind::Courtesy),
            ("first_reminder", 3, StepKind::Reminder),
            ("second_reminder", 15, StepKind::Reminder),
            ("formal_notice", 30, StepKind::FormalNotice),
            ("suspension", 45, StepKind::Suspension),
        ]
    );
    assert_eq!(p.notice_deadline_days, 8);
    assert_eq!(
        p.step("formal_notice").map(|s| s.name(Lang::Fr)),
        Some("Mise en demeure")
    );
    assert_eq!(
        p.step("formal_notice").map(|s| s.name(Lang::En)),
        Some("Formal notice")
    );
    assert_eq!(p.position("suspension"), Some(4));
    assert!(p.step("relance").is_none());
}

#[test]
fn the_default_letters_carry_the_legal_wording() {
    let p = Policy::default_policy();
    let notice = p.step("formal_notice").unwrap();
    for words in [
        "mettons en demeure",
        "{deadline_days} jours",
        "{deadline}",
        "article L441-10 du Code de commerce",
        "pénalités de retard au taux annuel de {penalty_rate}",
        "indemnité forfaitaire pour frais de recouvrement de {indemnity_per_invoice}",
        "article D441-5",
    ] {
        assert!(notice.fr.body.contains(words), "{words}");
    }
    for words in [
        "formal notice",
        "{deadline_days} days",
        "late-payment penalties at the annual rate of {penalty_rate}",
        "fixed indemnity for recovery costs of {indemnity_per_invoice}",
    ] {
        assert!(notice.en.body.contains(words), "{words}");
    }
    // Every letter lists its invoices as a table, on a paragraph of its own.
    for s in &p.steps {
        for text in [&s.fr, &s.en] {
            assert!(text.body.contains("\n\n{invoices_table}\n\n"), "{}", s.code);
        }
    }
}

#[test]
fn an_unknown_placeholder_is_refused_with_its_name_and_the_field() {
    let mut p = Policy::default_policy();
    p.steps[2].fr.body.push_str("\n\nMontant : {montant}.");
    p.steps[0].en.subject = "Reminder {{not a placeholder}} for {customer".to_string();
    assert_eq!(
        refusals(&p),
        vec![
            (
                "steps[0].en.subject".to_string(),
                Problem::UnknownPlaceholder {
                    name: "{customer".into()
                }
            ),
            (
                "steps[2].fr.body".to_string(),
                Problem::UnknownPlaceholder {
                    name: "montant".into()
                }
            ),
        ]
    );
    let message = Problem::UnknownPlaceholder {
        name: "montant".into(),
    }
    .message(Lang::Fr);
    assert_eq!(
        message,
        "Variable inconnue : {montant}. Variables possibles : {customer}, {partner}, \
         {account_reference}, {date}, {invoices_table}, {total_due}, {oldest_due_date}, \
         {penalty_rate}, {penalties}, {indemnity_per_invoice}, {indemnity}, {deadline_days}, \
         {deadline}, {next_period}, {next_amount} ({{ et }} pour une accolade)."
    );
    let message = Problem::UnknownPlaceholder { name: "}".into() }.message(Lang::En);
    assert!(message.starts_with("Unknown placeholder: }. Placeholders available: {customer}, "));
}

#[test]
fn offsets_must_increase_and_codes_be_unique() {
    let mut p = Policy::default_policy();
    p.steps[2].offset_days = 3; // as the first reminder
    p.steps[3].offset_days = 1; // before the step above
    p.steps[4].code = "courtesy".into();
    assert_eq!(
        refusals(&p),
        vec![
            ("steps[2].offset_days".to_string(), Problem::AlreadyExists),
            (
                "steps[3].offset_days".to_string(),
                Problem::DateBefore {
                    other_field: "previous_step"
                }
            ),
            ("steps[4].code".to_string(), Problem::AlreadyExists),
        ]
    );
}

#[test]
fn empty_parts_are_refused_each_with_its_field() {
    let empty = Policy {
        steps: vec![],
        notice_deadline_days: 0,
    };
    assert_eq!(
        refusals(&empty),
        vec![
            ("steps".to_string(), Problem::Required),
            ("notice_deadline_days".to_string(), Problem::NotPositive),
        ]
    );
    let mut p = Policy::default_policy();
    p.steps[1].code = " ".into();
    p.steps[1].name_en = String::new();
    p.steps[1].en.subject = "  ".into();
    p.steps[1].fr.body = String::new();
    p.steps[3].code = "x".repeat(41);
    assert_eq!(
        refusals(&p),
        vec![
            ("steps[1].code".to_string(), Problem::Required),
            ("steps[1].name_en".to_string(), Problem::Required),
            ("steps[1].fr.body".to_string(), Problem::Required),
            ("steps[1].en.subject".to_string(), Problem::Required),
            ("steps[3].code".to_string(), Problem::TooLong { max: 40 }),
        ]
    );
}

#[test]
fn a_step_says_when_it_comes() {
    let mut s = Policy::default_policy().steps[0].clone();
    let cases = [
        (-7, Lang::Fr, "7 jours avant l'échéance"),
        (-1, Lang::En, "1 day before the due date"),
        (0, Lang::Fr, "À l'échéance"),
        (0, Lang::En, "On the due date"),
        (1, Lang::Fr, "1 jour après l'échéance"),
        (45, Lang::En, "45 days after the due date"),
    ];
    for (offset, lang, expected) in cases {
        s.offset_days = offset;
        assert_eq!(s.when(lang), expected);
    }
}

fn sheet_text(policy: &Policy, lang: Lang) -> String {
    policy
        .sheet(lang, dec!(12.15), &Money::new(dec!(40), Currency::EUR))
        .into_iter()
        .map(|(heading, text)| format!("## {heading}\n{text}\n"))
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn the_sheet_in_french() {
    insta::assert_snapshot!("sheet_fr", sheet_text(&Policy::default_policy(), Lang::Fr));
}

#[test]
fn the_sheet_in_english() {
    insta::assert_snapshot!("sheet_en", sheet_text(&Policy::default_policy(), Lang::En));
}

#[test]
fn a_policy_without_suspension_promises_no_reactivation() {
    let mut p = Policy::default_policy();
    p.steps.pop();
    for (lang, suspended, reactivated) in [
        (Lang::Fr, "suspendu", "réactivés"),
        (Lang::En, "suspended", "reactivated"),
    ] {
        let text = sheet_text(&p, lang);
        assert!(!text.contains(suspended), "{text}");
        assert!(!text.contains(reactivated), "{text}");
    }
    let headings: Vec<String> = p
        .sheet(Lang::Fr, dec!(10), &Money::new(dec!(40), Currency::EUR))
        .into_iter()
        .map(|(h, _)| h)
        .collect();
    assert_eq!(
        headings,
        vec![
            "Notre politique de recouvrement",
            "7 jours avant l'échéance — Rappel de courtoisie",
            "3 jours après l'échéance — Première relance",
            "15 jours après l'échéance — Deuxième relance",
            "30 jours après l'échéance — Mise en demeure",
            "Pénalités de retard et indemnité",
            "Factures contestées",
            "Lorsque vous payez",
        ]
    );
}

#[test]
fn day_counts_beyond_a_year_or_ten_are_refused_not_overflowed() {
    let mut p = Policy::default_policy();
    p.notice_deadline_days = u32::MAX;
    let last = p.steps.len() - 1;
    p.steps[last].offset_days = i32::MAX;
    assert_eq!(
        refusals(&p),
        vec![
            (
                "notice_deadline_days".to_string(),
                Problem::TooLarge { max: dec!(365) }
            ),
            (
                format!("steps[{last}].offset_days"),
                Problem::TooLarge { max: dec!(3650) }
            ),
        ]
    );
}
