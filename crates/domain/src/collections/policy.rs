//! The collection policy: ordered steps relative to an invoice's due date, each with its
//! letter in French and English.
//!
//! The partner edits it; [`Policy::default_policy`] is what ships with the app (its names
//! and letters come from the catalogue, `policy.ftl`): a
//! courtesy reminder a week before the due date, two friendly reminders, the formal
//! notice French law expects before anything harsher (art. L441-10 and D441-5 du Code de
//! commerce: penalties and the 40 € indemnity), then suspension.

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use super::template::{check_template, percent};
use crate::display;
use crate::money::Money;
use crate::problem::{Checker, Invalid, Problem};
use crate::words::{self, keys, tr, Key};
use crate::Lang;

/// What a step does. Only `Suspension` changes the customer's access.
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum StepKind {
    /// Before the due date: a friendly notice that payment is coming due.
    Courtesy,
    /// A reminder after the due date ("relance amiable").
    Reminder,
    /// The formal notice ("mise en demeure"): a deadline, penalties and the indemnity.
    FormalNotice,
    /// Access suspended: the subscriptions the unpaid invoices bill.
    Suspension,
}

/// A letter's text in one language: subject and body with `{placeholders}`.
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct StepText {
    pub subject: String,
    pub body: String,
}

#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Step {
    /// Stable key, recorded with what was produced ("first_reminder").
    pub code: String,
    pub kind: StepKind,
    /// Days relative to the due date: −7 is a week before, +30 a month after.
    pub offset_days: i32,
    /// The step's name as staff read it, per language.
    pub name_fr: String,
    pub name_en: String,
    pub fr: StepText,
    pub en: StepText,
}

impl Step {
    pub fn name(&self, lang: Lang) -> &str {
        match lang {
            Lang::Fr => &self.name_fr,
            Lang::En => &self.name_en,
        }
    }

    pub fn text(&self, lang: Lang) -> &StepText {
        match lang {
            Lang::Fr => &self.fr,
            Lang::En => &self.en,
        }
    }

    /// When the step falls due, as a customer reads it: "7 jours avant l'échéance",
    /// "3 days after the due date", "À l'échéance".
    pub fn when(&self, lang: Lang) -> String {
        let n = self.offset_days.unsigned_abs();
        let key = match self.offset_days.signum() {
            0 => return words::text(lang, keys::POLICY_WHEN_DUE_DATE),
            -1 => keys::POLICY_WHEN_BEFORE,
            _ => keys::POLICY_WHEN_AFTER,
        };
        words::format(
            lang,
            key,
            &[("count", n.into()), ("days", n.to_string().into())],
        )
    }
}

/// Steps in increasing offset order (checked by `validate`).
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Policy {
    pub steps: Vec<Step>,
    /// The deadline a formal notice gives, in days (8 in the default policy).
    pub notice_deadline_days: u32,
}

/// Longest step code and step name accepted.
const MAX_CODE: usize = 40;
const MAX_NAME: usize = 80;
/// A formal notice's deadline, and a step's distance from the due date, in days: beyond
/// these a number is a typing mistake, and dates computed from it would leave the
/// calendar.
pub const MAX_NOTICE_DEADLINE_DAYS: u32 = 365;
pub const MAX_OFFSET_DAYS: i32 = 3650;

impl Policy {
    /// The policy that ships with the app (see the module's documentation).
    pub fn default_policy() -> Policy {
        Policy {
            steps: vec![
                step(
                    "courtesy",
                    StepKind::Courtesy,
                    -7,
                    (
                        keys::POLICY_COURTESY_NAME,
                        keys::POLICY_COURTESY_SUBJECT,
                        keys::POLICY_COURTESY_BODY,
                    ),
                ),
                step(
                    "first_reminder",
                    StepKind::Reminder,
                    3,
                    (
                        keys::POLICY_FIRST_REMINDER_NAME,
                        keys::POLICY_FIRST_REMINDER_SUBJECT,
                        keys::POLICY_FIRST_REMINDER_BODY,
                    ),
                ),
                step(
                    "second_reminder",
                    StepKind::Reminder,
                    15,
                    (
                        keys::POLICY_SECOND_REMINDER_NAME,
                        keys::POLICY_SECOND_REMINDER_SUBJECT,
                        keys::POLICY_SECOND_REMINDER_BODY,
                    ),
                ),
                step(
                    "formal_notice",
                    StepKind::FormalNotice,
                    30,
                    (
                        keys::POLICY_FORMAL_NOTICE_NAME,
                        keys::POLICY_FORMAL_NOTICE_SUBJECT,
                        keys::POLICY_FORMAL_NOTICE_BODY,
                    ),
                ),
                step(
                    "suspension",
                    StepKind::Suspension,
                    45,
                    (
                        keys::POLICY_SUSPENSION_NAME,
                        keys::POLICY_SUSPENSION_SUBJECT,
                        keys::POLICY_SUSPENSION_BODY,
                    ),
                ),
            ],
            notice_deadline_days: 8,
        }
    }

    /// The step recorded as `code`.
    pub fn step(&self, code: &str) -> Option<&Step> {
        self.steps.iter().find(|s| s.code == code)
    }

    /// The step's rank in the policy (0 for the first): what the engine compares.
    pub fn position(&self, code: &str) -> Option<usize> {
        self.steps.iter().position(|s| s.code == code)
    }

    /// Refuses a policy the engine or the letters could not use, naming every field at
    /// fault as a form names it (`steps[2].fr.body`, `steps[1].offset_days`):
    /// - at least one step, and a formal notice's deadline of at least a day;
    /// - codes and names present; codes unique (they are what the log records);
    /// - offsets strictly increasing: an offset equal to an earlier one is
    ///   `AlreadyExists`, a smaller one `DateBefore` the previous step;
    /// - subjects and bodies present in both languages, naming only known placeholders
    ///   (`UnknownPlaceholder` with the name, at the first unknown one of the field).
    pub fn validate(&self) -> Result<(), Invalid> {
        let mut c = Checker::new();
        if self.steps.is_empty() {
            c.add("steps", Problem::Required);
        }
        if self.notice_deadline_days == 0 {
            c.add("notice_deadline_days", Problem::NotPositive);
        } else if self.notice_deadline_days > MAX_NOTICE_DEADLINE_DAYS {
            c.add(
                "notice_deadline_days",
                Problem::TooLarge {
                    max: MAX_NOTICE_DEADLINE_DAYS.into(),
                },
            );
        }
        for (i, s) in self.steps.iter().enumerate() {
            let field = |name: &str| format!("steps[{i}].{name}");
            let earlier = &self.steps[..i];
            let code = s.code.trim();
            if code.is_empty() {
                c.add(&field("code"), Problem::Required);
            } else if code.chars().count() > MAX_CODE {
                c.add(&field("code"), Problem::TooLong { max: MAX_CODE });
            } else if earlier.iter().any(|e| e.code.trim() == code) {
                c.add(&field("code"), Problem::AlreadyExists);
            }
            if s.offset_days.unsigned_abs() > MAX_OFFSET_DAYS.unsigned_abs() {
                c.add(
                    &field("offset_days"),
                    Problem::TooLarge {
                        max: MAX_OFFSET_DAYS.into(),
                    },
                );
            } else if let Some(previous) = earlier.last() {
                if s.offset_days == previous.offset_days {
                    c.add(&field("offset_days"), Problem::AlreadyExists);
                } else if s.offset_days < previous.offset_days {
                    c.add(
                        &field("offset_days"),
                        Problem::DateBefore {
                            other_field: "previous_step",
                        },
                    );
                }
            }
            for (name, value) in [("name_fr", &s.name_fr), ("name_en", &s.name_en)] {
                if value.trim().is_empty() {
                    c.add(&field(name), Problem::Required);
                } else if value.chars().count() > MAX_NAME {
                    c.add(&field(name), Problem::TooLong { max: MAX_NAME });
                }
            }
            for (lang, text) in [("fr", &s.fr), ("en", &s.en)] {
                for (part, template) in [("subject", &text.subject), ("body", &text.body)] {
                    let name = field(&format!("{lang}.{part}"));
                    if template.trim().is_empty() {
                        c.add(&name, Problem::Required);
                    } else {
                        c.check(&name, check_template(template));
                    }
                }
            }
        }
        c.finish()
    }

    /// The policy as a customer reads it on the printable "collection policy" sheet:
    /// (heading, text) sections, in order: the principle, each step with when it comes
    /// and what it does to the customer's access, penalties and the indemnity (with the
    /// partner's rate and amount), disputed invoices, and paying. Plain text: the
    /// documents crate lays it out.
    pub fn sheet(
        &self,
        lang: Lang,
        late_penalty_rate: Decimal,
        recovery_indemnity: &Money,
    ) -> Vec<(String, String)> {
        let mut out = vec![(
            tr!(lang, POLICY_SHEET_TITLE),
            tr!(lang, POLICY_SHEET_PRINCIPLE),
        )];
        let suspends = self.steps.iter().any(|s| s.kind == StepKind::Suspension);
        for s in &self.steps {
            let heading = format!("{} — {}", s.when(lang), s.name(lang));
            out.push((heading, self.sheet_step(s.kind, lang, suspends)));
        }
        let rate = percent(late_penalty_rate, lang);
        let indemnity = display::money(recovery_indemnity, lang);
        out.push((
            tr!(lang, POLICY_SHEET_PENALTIES_HEADING),
            tr!(
                lang,
                POLICY_SHEET_PENALTIES,
                rate = rate,
                indemnity = indemnity
            ),
        ));
        out.push((
            tr!(lang, POLICY_SHEET_DISPUTES_HEADING),
            tr!(lang, POLICY_SHEET_DISPUTES),
        ));
        let paying = if suspends {
            tr!(lang, POLICY_SHEET_PAYING_SUSPENDS)
        } else {
            tr!(lang, POLICY_SHEET_PAYING)
        };
        out.push((tr!(lang, POLICY_SHEET_PAYING_HEADING), paying));
        out
    }

    /// What a step of `kind` does, for the sheet; `suspends`: the policy has a
    /// suspension step.
    fn sheet_step(&self, kind: StepKind, lang: Lang, suspends: bool) -> String {
        let what = match kind {
            StepKind::Courtesy => tr!(lang, POLICY_SHEET_COURTESY),
            StepKind::Reminder => tr!(lang, POLICY_SHEET_REMINDER),
            StepKind::FormalNotice => tr!(
                lang,
                POLICY_SHEET_FORMAL_NOTICE,
                days = self.notice_deadline_days.to_string()
            ),
            StepKind::Suspension => return tr!(lang, POLICY_SHEET_SUSPENSION),
        };
        let access = match (kind, suspends) {
            (StepKind::FormalNotice, true) => tr!(lang, POLICY_SHEET_UNAFFECTED_YET),
            _ => tr!(lang, POLICY_SHEET_UNAFFECTED),
        };
        format!("{what} {access}")
    }
}

/// A default step, its names and letters in both languages from the catalogue.
fn step(
    code: &str,
    kind: StepKind,
    offset_days: i32,
    (name, subject, body): (Key, Key, Key),
) -> Step {
    let text = |lang| StepText {
        subject: words::text(lang, subject),
        body: words::text(lang, body),
    };
    Step {
        code: code.to_string(),
        kind,
        offset_days,
        name_fr: words::text(Lang::Fr, name),
        name_en: words::text(Lang::En, name),
        fr: text(Lang::Fr),
        en: text(Lang::En),
    }
}

#[cfg(test)]
#[path = "policy_tests.rs"]
mod tests;
