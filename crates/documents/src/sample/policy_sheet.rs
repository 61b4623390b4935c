//! The sample collection-policy sheet.

use ardoise_domain::Lang;

use super::{sample_partner, NNBSP};
use crate::PolicySheetDocument;

/// The sample partner's collection policy as its customers read it: the steps of the
/// domain's default policy (−7, +3, +15, +30 with a formal notice, +45 suspension).
pub fn sample_policy_sheet(lang: Lang) -> PolicySheetDocument {
    let step = |when: &str, what: &str, effect: &str| {
        (when.to_string(), what.to_string(), effect.to_string())
    };
    let (title, intro, steps, closing) = match lang {
        Lang::Fr => (
            "Notre politique de recouvrement",
            format!(
                "Nos factures sont payables à 30 jours, par virement. Pour que vos services \
                 Microsoft 365 ne soient jamais interrompus par surprise, voici ce qui se passe, \
                 étape par étape, lorsqu'une facture reste impayée. Chaque étape est datée à \
                 partir de l'échéance de la facture{NNBSP}; une seule relance est envoyée par \
                 étape."
            ),
            vec![
                step(
                    "7 jours avant l'échéance",
                    "Rappel courtois par e-mail, avec la facture en pièce jointe",
                    "Aucun",
                ),
                step(
                    "3 jours après l'échéance",
                    "Première relance par e-mail",
                    "Aucun",
                ),
                step(
                    "15 jours après l'échéance",
                    "Seconde relance par courrier, suivie d'un appel de notre service \
                     comptabilité",
                    "Aucun",
                ),
                step(
                    "30 jours après l'échéance",
                    "Mise en demeure par lettre recommandée avec accusé de réception\u{a0}: \
                     règlement sous 8 jours, pénalités et indemnité forfaitaire exigibles",
                    "Aucun, mais la suspension est annoncée",
                ),
                step(
                    "45 jours après l'échéance",
                    "Suspension des abonnements facturés par les factures impayées",
                    "Accès suspendu aux services concernés\u{a0}; vos autres abonnements ne \
                     sont pas touchés",
                ),
            ],
            vec![
                format!(
                    "Pénalités de retard{NNBSP}: conformément à l'article L441-10 du Code de \
                     commerce, toute somme non réglée à l'échéance porte de plein droit des \
                     pénalités au taux de 12,15{NNBSP}% l'an, à compter du lendemain de la date \
                     d'échéance."
                ),
                format!(
                    "Indemnité forfaitaire{NNBSP}: tout retard de paiement rend en outre \
                     exigible une indemnité forfaitaire de 40{NNBSP}€ par facture pour frais de \
                     recouvrement (article D441-5 du Code de commerce)."
                ),
                format!(
                    "Réactivation{NNBSP}: dès réception du règlement intégral des factures \
                     concernées, nous réactivons les abonnements suspendus, au plus tard le jour \
                     ouvré suivant."
                ),
                format!(
                    "Une facture vous semble erronée{NNBSP}? Signalez-le-nous avant son \
                     échéance{NNBSP}: la facture contestée est mise en attente et ne fait l'objet \
                     d'aucune relance tant que la question n'est pas réglée."
                ),
                format!(
                    "Contact{NNBSP}: service comptabilité, facturation@nuage-rhone.fr, +33 4 78 \
                     92 00 00, du lundi au vendredi de 9\u{a0}h à 18\u{a0}h."
                ),
            ],
        ),
        Lang::En => (
            "Our collection policy",
            "Our invoices are payable within 30 days, by bank transfer. So that your Microsoft \
             365 services are never interrupted by surprise, here is what happens, step by \
             step, when an invoice remains unpaid. Each step is counted from the invoice's due \
             date; we send one reminder per step."
                .to_string(),
            vec![
                step(
                    "7 days before the due date",
                    "Courtesy reminder by e-mail, with the invoice attached",
                    "None",
                ),
                step(
                    "3 days after the due date",
                    "First reminder by e-mail",
                    "None",
                ),
                step(
                    "15 days after the due date",
                    "Second reminder by post, followed by a call from our accounts department",
                    "None",
                ),
                step(
                    "30 days after the due date",
                    "Formal notice by registered post with acknowledgement of receipt: payment \
                     within 8 days, penalties and fixed indemnity due",
                    "None, but the suspension is announced",
                ),
                step(
                    "45 days after the due date",
                    "Suspension of the subscriptions billed by the unpaid invoices",
                    "Access to those services suspended; your other subscriptions are not \
                     affected",
                ),
            ],
            vec![
                "Late-payment penalties: under article L441-10 of the French Commercial Code, \
                 any amount unpaid at its due date bears penalties at 12.15% a year by operation \
                 of law, from the day after the due date."
                    .to_string(),
                "Fixed indemnity: any late payment also makes a fixed indemnity of €40 per \
                 invoice due for recovery costs (article D441-5 of the French Commercial Code)."
                    .to_string(),
                "Reactivation: as soon as the invoices concerned are paid in full, we reactivate \
                 the suspended subscriptions, on the next business day at the latest."
                    .to_string(),
                "An invoice looks wrong? Tell us before its due date: the disputed invoice is put \
                 on hold, and no reminder is sent for it until the question is settled."
                    .to_string(),
                "Contact: accounts department, facturation@nuage-rhone.fr, +33 4 78 92 00 00, \
                 Monday to Friday, 9 am to 6 pm (Paris time)."
                    .to_string(),
            ],
        ),
    };
    PolicySheetDocument {
        lang,
        seller: sample_partner(),
        title: title.to_string(),
        intro,
        steps,
        closing,
        support_pointer: false,
        logo_png: None,
    }
}
