//! The collection policy: ordered steps relative to an invoice's due date, each with its
//! letter in French and English.
//!
//! The partner edits it; [`Policy::default_policy`] is what ships with the app: a
//! courtesy reminder a week before the due date, two friendly reminders, the formal
//! notice French law expects before anything harsher (art. L441-10 and D441-5 du Code de
//! commerce: penalties and the 40 € indemnity), then suspension.

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use super::template::{check_template, percent};
use crate::display;
use crate::money::Money;
use crate::problem::{Checker, Invalid, Problem};
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
        lang.pick(&self.name_fr, &self.name_en)
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
        let days = match (lang, n) {
            (Lang::Fr, 1) => "1 jour".to_string(),
            (Lang::Fr, n) => format!("{n} jours"),
            (Lang::En, 1) => "1 day".to_string(),
            (Lang::En, n) => format!("{n} days"),
        };
        match (lang, self.offset_days.signum()) {
            (Lang::Fr, 0) => "À l'échéance".to_string(),
            (Lang::En, 0) => "On the due date".to_string(),
            (Lang::Fr, -1) => format!("{days} avant l'échéance"),
            (Lang::En, -1) => format!("{days} before the due date"),
            (Lang::Fr, _) => format!("{days} après l'échéance"),
            (Lang::En, _) => format!("{days} after the due date"),
        }
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
                    ("Rappel de courtoisie", "Courtesy reminder"),
                    (COURTESY_FR, COURTESY_EN),
                ),
                step(
                    "first_reminder",
                    StepKind::Reminder,
                    3,
                    ("Première relance", "First reminder"),
                    (FIRST_FR, FIRST_EN),
                ),
                step(
                    "second_reminder",
                    StepKind::Reminder,
                    15,
                    ("Deuxième relance", "Second reminder"),
                    (SECOND_FR, SECOND_EN),
                ),
                step(
                    "formal_notice",
                    StepKind::FormalNotice,
                    30,
                    ("Mise en demeure", "Formal notice"),
                    (NOTICE_FR, NOTICE_EN),
                ),
                step(
                    "suspension",
                    StepKind::Suspension,
                    45,
                    ("Suspension des services", "Suspension of services"),
                    (SUSPENSION_FR, SUSPENSION_EN),
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
            lang.pick("Notre politique de recouvrement", "Our collection policy")
                .to_string(),
            lang.pick(
                "Nos factures sont payables à leur date d'échéance. Voici, étape par étape, ce \
                 qui se passe lorsqu'une facture n'est pas réglée à temps. Les délais sont \
                 comptés en jours calendaires à partir de la date d'échéance de chaque \
                 facture. Chaque courrier n'est envoyé qu'une fois par facture, et un \
                 paiement partiel réduit d'autant le montant réclamé.",
                "Our invoices are payable on their due date. Here is what happens, step by \
                 step, when an invoice is not paid on time. Periods are counted in calendar \
                 days from each invoice's due date. Each letter is sent only once per \
                 invoice, and a partial payment reduces the amount claimed accordingly.",
            )
            .to_string(),
        )];
        let suspends = self.steps.iter().any(|s| s.kind == StepKind::Suspension);
        for s in &self.steps {
            let heading = format!("{} — {}", s.when(lang), s.name(lang));
            out.push((heading, self.sheet_step(s.kind, lang, suspends)));
        }
        let rate = percent(late_penalty_rate, lang);
        let indemnity = display::money(recovery_indemnity, lang);
        out.push((
            lang.pick(
                "Pénalités de retard et indemnité",
                "Late-payment penalties and indemnity",
            )
            .to_string(),
            match lang {
                Lang::Fr => format!(
                    "Tout retard de paiement fait courir de plein droit, dès le lendemain de la \
                     date d'échéance, des pénalités de retard au taux annuel de {rate}, \
                     calculées sur le montant restant dû, ainsi qu'une indemnité forfaitaire \
                     pour frais de recouvrement de {indemnity} par facture payée en retard \
                     (articles L441-10 et D441-5 du Code de commerce)."
                ),
                Lang::En => format!(
                    "Any late payment automatically incurs, from the day after the due date, \
                     late-payment penalties at the annual rate of {rate} on the amount still \
                     owed, and a fixed indemnity for recovery costs of {indemnity} per invoice \
                     paid late (articles L441-10 and D441-5 of the French Commercial Code)."
                ),
            },
        ));
        out.push((
            lang.pick("Factures contestées", "Disputed invoices")
                .to_string(),
            lang.pick(
                "Si une facture vous semble erronée, signalez-le-nous : les relances qui la \
                 concernent sont interrompues le temps de traiter votre demande. Si la facture \
                 reste due, elles reprennent à l'étape atteinte à cette date.",
                "If you believe an invoice is wrong, tell us: reminders about it are paused \
                 while we look into your question. If the invoice is still owed, they resume \
                 at the step reached by then.",
            )
            .to_string(),
        ));
        let paying = match (lang, suspends) {
            (Lang::Fr, false) => {
                "Dès qu'une facture est entièrement réglée, les relances qui la concernent \
                 s'arrêtent."
            }
            (Lang::Fr, true) => {
                "Dès qu'une facture est entièrement réglée, les relances qui la concernent \
                 s'arrêtent. Les abonnements suspendus sont réactivés dès le paiement intégral \
                 des factures qui les facturent."
            }
            (Lang::En, false) => "Once an invoice is paid in full, reminders about it stop.",
            (Lang::En, true) => {
                "Once an invoice is paid in full, reminders about it stop. Suspended \
                 subscriptions are reactivated as soon as the invoices that bill them are paid \
                 in full."
            }
        };
        out.push((
            lang.pick("Lorsque vous payez", "When you pay").to_string(),
            paying.to_string(),
        ));
        out
    }

    /// What a step of `kind` does, for the sheet; `suspends`: the policy has a
    /// suspension step.
    fn sheet_step(&self, kind: StepKind, lang: Lang, suspends: bool) -> String {
        let unaffected = lang.pick(
            "Vos services ne sont pas affectés.",
            "Your services are not affected.",
        );
        let what = match (kind, lang) {
            (StepKind::Courtesy, Lang::Fr) => {
                "Un rappel amical des factures qui arrivent à échéance et de leur montant."
                    .to_string()
            }
            (StepKind::Courtesy, Lang::En) => {
                "A friendly reminder of the invoices coming due and of their amount.".to_string()
            }
            (StepKind::Reminder, Lang::Fr) => {
                "Une relance amiable listant les factures impayées et le montant dû.".to_string()
            }
            (StepKind::Reminder, Lang::En) => {
                "A reminder listing the unpaid invoices and the amount due.".to_string()
            }
            (StepKind::FormalNotice, Lang::Fr) => format!(
                "Une mise en demeure de payer sous {} jours, rappelant les pénalités de retard \
                 et l'indemnité forfaitaire pour frais de recouvrement dues.",
                self.notice_deadline_days
            ),
            (StepKind::FormalNotice, Lang::En) => format!(
                "A formal notice to pay within {} days, stating the late-payment penalties and \
                 the fixed indemnity for recovery costs owed.",
                self.notice_deadline_days
            ),
            (StepKind::Suspension, Lang::Fr) => {
                return "L'accès aux abonnements et services facturés par les factures \
                        impayées est suspendu. Il est rétabli dès leur paiement intégral."
                    .to_string()
            }
            (StepKind::Suspension, Lang::En) => {
                return "Access to the subscriptions and services billed by the unpaid \
                        invoices is suspended. It is restored as soon as they are paid in full."
                    .to_string()
            }
        };
        let access = match (kind, suspends) {
            (StepKind::FormalNotice, true) => lang.pick(
                "Vos services ne sont pas encore affectés ; sans paiement, ils seront \
                 suspendus à une étape ultérieure.",
                "Your services are not affected yet; without payment, they will be suspended \
                 at a later step.",
            ),
            _ => unaffected,
        };
        format!("{what} {access}")
    }
}

fn step(
    code: &str,
    kind: StepKind,
    offset_days: i32,
    (name_fr, name_en): (&str, &str),
    (fr, en): (Letter, Letter),
) -> Step {
    let text = |(subject, body): Letter| StepText {
        subject: subject.to_string(),
        body: body.to_string(),
    };
    Step {
        code: code.to_string(),
        kind,
        offset_days,
        name_fr: name_fr.to_string(),
        name_en: name_en.to_string(),
        fr: text(fr),
        en: text(en),
    }
}

/// A default letter: subject and body.
type Letter = (&'static str, &'static str);

const COURTESY_FR: Letter = (
    "Rappel d'échéance — compte {account_reference}",
    "Madame, Monsieur,

Nous vous remercions de votre confiance. Pour vous aider à planifier vos règlements, nous vous rappelons les échéances des factures ci-dessous, la première au {oldest_due_date}.

{invoices_table}

Montant à régler : {total_due}.

Pour information, votre prochaine facture, pour {next_period}, devrait s'élever à {next_amount} TTC d'après vos abonnements et nos tarifs actuels.

Si votre règlement est déjà en cours, nous vous en remercions et vous prions de ne pas tenir compte de ce message. Pour toute question sur ces factures, nous restons à votre disposition.

Cordialement,",
);

const COURTESY_EN: Letter = (
    "Payment reminder — account {account_reference}",
    "Dear Sir or Madam,

Thank you for your business. To help you plan your payments, here are the invoices on your account coming due, the first on {oldest_due_date}.

{invoices_table}

Amount to pay: {total_due}.

For your planning: your next invoice, for {next_period}, should come to {next_amount} including VAT, based on your current subscriptions and prices.

If you have already arranged payment, thank you, and please disregard this message. If you have any question about these invoices, we will be glad to help.

Kind regards,",
);

const FIRST_FR: Letter = (
    "Relance : factures impayées — compte {account_reference}",
    "Madame, Monsieur,

Sauf erreur ou omission de notre part, les factures ci-dessous restent impayées à ce jour, alors que leur échéance est passée depuis le {oldest_due_date}.

{invoices_table}

Nous vous remercions de bien vouloir nous régler la somme de {total_due} dans les meilleurs délais.

Il s'agit peut-être d'un simple oubli : si votre règlement est intervenu entre-temps, nous vous prions de ne pas tenir compte de la présente relance. Si une facture vous semble erronée, signalez-le-nous : nous suspendrons toute relance la concernant le temps de traiter votre demande.

Nous vous prions d'agréer, Madame, Monsieur, nos salutations distinguées.",
);

const FIRST_EN: Letter = (
    "Reminder: unpaid invoices — account {account_reference}",
    "Dear Sir or Madam,

According to our records, the invoices below are still unpaid, although payment was due on {oldest_due_date}.

{invoices_table}

We would be grateful if you could pay the amount of {total_due} at your earliest convenience.

This may simply be an oversight: if you have paid in the meantime, please disregard this reminder. If you believe an invoice is wrong, please let us know: we will pause reminders about it while we look into your question.

Yours faithfully,",
);

const SECOND_FR: Letter = (
    "Deuxième relance : factures impayées — compte {account_reference}",
    "Madame, Monsieur,

Malgré notre précédente relance, les factures ci-dessous, échues depuis le {oldest_due_date}, restent impayées à ce jour.

{invoices_table}

Nous vous demandons de bien vouloir nous régler sans délai la somme de {total_due}.

Nous vous rappelons que, conformément à l'article L441-10 du Code de commerce et à nos conditions générales de vente, tout retard de paiement fait courir de plein droit des pénalités de retard au taux annuel de {penalty_rate}, ainsi qu'une indemnité forfaitaire pour frais de recouvrement de {indemnity_per_invoice} par facture (article D441-5 du Code de commerce). Au {date}, les pénalités de retard s'élèvent à {penalties} et l'indemnité forfaitaire à {indemnity}.

Si votre règlement est intervenu entre-temps, nous vous prions de ne pas tenir compte de ce courrier.

Nous vous prions d'agréer, Madame, Monsieur, nos salutations distinguées.",
);

const SECOND_EN: Letter = (
    "Second reminder: unpaid invoices — account {account_reference}",
    "Dear Sir or Madam,

Despite our previous reminder, the invoices below, due since {oldest_due_date}, remain unpaid.

{invoices_table}

Please pay the amount of {total_due} without delay.

Please note that under French law (article L441-10 of the French Commercial Code) and our terms of sale, late payment automatically incurs late-payment penalties at the annual rate of {penalty_rate}, and a fixed indemnity for recovery costs of {indemnity_per_invoice} per invoice (article D441-5 of the French Commercial Code). As of {date}, the penalties amount to {penalties} and the indemnity to {indemnity}.

If you have paid in the meantime, please disregard this letter.

Yours faithfully,",
);

const NOTICE_FR: Letter = (
    "Mise en demeure de payer — compte {account_reference}",
    "Madame, Monsieur,

Malgré nos relances, les factures ci-dessous, échues depuis le {oldest_due_date}, demeurent impayées.

{invoices_table}

Par la présente, nous mettons en demeure {customer} de nous régler, dans un délai de {deadline_days} jours à compter de la date du présent courrier, soit au plus tard le {deadline}, la somme de {total_due} en principal.

Conformément à l'article L441-10 du Code de commerce, s'y ajoutent de plein droit :
– les pénalités de retard au taux annuel de {penalty_rate}, soit {penalties} au {date} ;
– l'indemnité forfaitaire pour frais de recouvrement de {indemnity_per_invoice} par facture prévue à l'article D441-5 du Code de commerce, soit {indemnity}.

À défaut de règlement dans ce délai, nous suspendrons l'accès aux abonnements et services concernés et nous réservons le droit d'engager, sans autre avis, toute procédure utile au recouvrement de notre créance.

Si votre règlement est intervenu entre-temps, nous vous prions de ne pas tenir compte de ce courrier.

Veuillez agréer, Madame, Monsieur, nos salutations distinguées.",
);

const NOTICE_EN: Letter = (
    "Formal notice to pay — account {account_reference}",
    "Dear Sir or Madam,

Despite our reminders, the invoices below, due since {oldest_due_date}, remain unpaid.

{invoices_table}

We hereby give {customer} formal notice to pay the principal amount of {total_due} within {deadline_days} days of the date of this letter, that is no later than {deadline}.

Under article L441-10 of the French Commercial Code, the following are also due by operation of law:
– late-payment penalties at the annual rate of {penalty_rate}, that is {penalties} as of {date};
– the fixed indemnity for recovery costs of {indemnity_per_invoice} per invoice provided by article D441-5 of the French Commercial Code, that is {indemnity}.

If payment is not received by that date, we will suspend access to the subscriptions and services concerned, and we reserve the right to take any action to recover the amount owed without further notice.

If you have paid in the meantime, please disregard this letter.

Yours faithfully,",
);

const SUSPENSION_FR: Letter = (
    "Suspension de vos services — compte {account_reference}",
    "Madame, Monsieur,

Malgré nos relances et notre mise en demeure, les factures ci-dessous, échues depuis le {oldest_due_date}, restent impayées.

{invoices_table}

En conséquence, nous vous informons que l'accès de {customer} aux abonnements et services facturés par ces factures est suspendu à compter du {date}.

Ils seront rétablis dès le règlement intégral de ces factures, soit {total_due}. Les pénalités de retard ({penalties} au {date}) et l'indemnité forfaitaire pour frais de recouvrement ({indemnity}) restent dues.

Pour toute question, ou pour convenir d'un échéancier, contactez-nous.

Veuillez agréer, Madame, Monsieur, nos salutations distinguées.",
);

const SUSPENSION_EN: Letter = (
    "Suspension of your services — account {account_reference}",
    "Dear Sir or Madam,

Despite our reminders and our formal notice, the invoices below, due since {oldest_due_date}, remain unpaid.

{invoices_table}

We therefore inform you that access for {customer} to the subscriptions and services billed by these invoices is suspended from {date}.

They will be restored as soon as these invoices are paid in full, that is {total_due}. The late-payment penalties ({penalties} as of {date}) and the fixed indemnity for recovery costs ({indemnity}) remain due.

For any question, or to agree on a payment plan, please contact us.

Yours faithfully,",
);

#[cfg(test)]
#[path = "policy_tests.rs"]
mod tests;
