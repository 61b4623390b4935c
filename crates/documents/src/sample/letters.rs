//! Sample reminder letters and formal notices.

use ardoise_domain::display;
use ardoise_domain::money::{round_commercial, Currency, Money};
use ardoise_domain::statements::example::{worked_ledger, worked_period};
use ardoise_domain::statements::statement;
use ardoise_domain::Lang;
use chrono::{Duration, NaiveDate};
use rust_decimal::Decimal;

use super::{day, dec, eur, sample_french_customer, sample_partner, NNBSP};
use crate::{LetterDocument, LetterLine, LetterPart};

/// The letters' date: 25 November 2026.
fn letter_date() -> NaiveDate {
    day(2026, 11, 25)
}

/// The worked example's invoices overdue on the letters' date, with the credit the
/// customer has on account: F2026-00077 (87 days), F2026-00118 (26 days, 150,00 € left
/// of 845,50 €) and F2026-00142 (11 days); 150,00 € on account.
fn overdue_on_letter_date() -> (Vec<LetterLine>, Money) {
    let (from, to, _) = worked_period();
    let as_of = letter_date();
    let statement = statement(&worked_ledger(), Currency::EUR, from, to, as_of)
        .expect("the worked example is a valid ledger");
    let lines = statement
        .open_items
        .iter()
        .filter(|o| o.days_overdue > 0)
        .map(|o| LetterLine {
            number: o.number.clone(),
            issue_date: o.date,
            due_date: o.due_date,
            original: o.original,
            open: o.open,
            days_overdue: o.days_overdue,
        })
        .collect();
    (lines, statement.unapplied_credit)
}

/// Late-payment penalties on each line at `rate` percent a year, from the day after its
/// due date to the letter's date, each rounded once.
fn penalties(lines: &[LetterLine], rate: Decimal) -> Money {
    let total = lines
        .iter()
        .map(|line| {
            let days = Decimal::from(line.days_overdue.max(0));
            let rate = rate / Decimal::from(100);
            round_commercial(line.open.amount * rate * days / Decimal::from(365), 2)
        })
        .sum();
    eur(total)
}

fn sum(lines: &[LetterLine]) -> Money {
    eur(lines.iter().map(|l| l.open.amount).sum())
}

/// A letter from the sample partner to the French customer about the worked example's
/// overdue invoices, dated 25 November 2026: a first reminder, or when `formal` the
/// formal notice (« mise en demeure », registered post) that claims the late-payment
/// penalties (12,15 % a year) and the 40 € indemnity per invoice of art. L441-10 of the
/// Code de commerce.
pub fn sample_letter(lang: Lang, formal: bool) -> LetterDocument {
    let (lines, credit) = overdue_on_letter_date();
    letter(lang, formal, lines, credit)
}

/// The sample letter about `lines`, the customer having `credit` on account.
fn letter(lang: Lang, formal: bool, lines: Vec<LetterLine>, credit: Money) -> LetterDocument {
    let seller = sample_partner();
    let money = |m: &Money| display::money(m, lang);
    let overdue = sum(&lines);
    let to_pay = eur(overdue.amount - credit.amount);
    let bank = format!(
        "IBAN\u{a0}{}, BIC\u{a0}{}",
        seller.iban.as_deref().unwrap_or_default(),
        seller.bic.as_deref().unwrap_or_default()
    );
    let text = |s: String| LetterPart::Text(s);
    let fr = lang == Lang::Fr;
    let has_credit = credit.amount > Decimal::ZERO;
    let mut totals = vec![(
        lang.pick("Total des factures échues", "Total of the overdue invoices")
            .to_string(),
        overdue,
    )];
    if has_credit {
        let label = lang.pick(
            "Crédit non affecté, en votre faveur",
            "Unapplied credit, in your favour",
        );
        totals.push((label.to_string(), eur(-credit.amount)));
    }
    let credit_deducted = match (has_credit, lang) {
        (false, _) => String::new(),
        (true, Lang::Fr) => format!(
            " Le crédit de {} dont vous disposez sur votre compte a été déduit de ce montant.",
            money(&credit)
        ),
        (true, Lang::En) => format!(
            " The credit of {} on your account has been deducted from this amount.",
            money(&credit)
        ),
    };
    let mut doc = LetterDocument {
        lang,
        seller: seller.clone(),
        buyer: sample_french_customer(),
        account_reference: "C-00042".to_string(),
        place: "Lyon".to_string(),
        date: letter_date(),
        subject: String::new(),
        sending_mention: None,
        parts: Vec::new(),
        lines: Vec::new(),
        totals: Vec::new(),
        coming: Vec::new(),
        coming_totals: Vec::new(),
        signature: Vec::new(),
        enclosures: None,
        logo_png: None,
    };
    if !formal {
        if has_credit {
            totals.push((
                lang.pick("Reste à régler", "Left to pay").to_string(),
                to_pay,
            ));
        }
        doc.subject = lang
            .pick(
                "Relance — factures échues, compte client C-00042",
                "Reminder — overdue invoices, customer account C-00042",
            )
            .to_string();
        doc.parts = if fr {
            vec![
                text("Madame, Monsieur,".to_string()),
                text(format!(
                    "Sauf erreur ou omission de notre part, nous n'avons pas encore reçu le \
                     règlement des factures ci-dessous, arrivées à échéance{NNBSP}:"
                )),
                LetterPart::InvoicesTable,
                text(format!(
                    "Il s'agit sans doute d'un simple oubli. Nous vous remercions de bien \
                     vouloir nous régler la somme de {} dans les meilleurs délais, par virement \
                     sur notre compte ({bank}), en rappelant la référence C-00042 et les \
                     numéros des factures réglées.{credit_deducted}",
                    money(&to_pay),
                )),
                text(
                    "Si votre règlement nous est parvenu entre-temps, nous vous prions de ne \
                     pas tenir compte de ce courrier. Notre service comptabilité se tient à \
                     votre disposition pour toute question sur ces factures, au +33 4 78 92 00 \
                     00 ou à facturation@nuage-rhone.fr."
                        .to_string(),
                ),
                text(
                    "Nous vous prions d'agréer, Madame, Monsieur, l'expression de nos \
                     salutations distinguées."
                        .to_string(),
                ),
            ]
        } else {
            vec![
                text("Dear Sir or Madam,".to_string()),
                text(
                    "According to our records, we have not yet received payment of the \
                     invoices below, which are now past due:"
                        .to_string(),
                ),
                LetterPart::InvoicesTable,
                text(format!(
                    "This is probably an oversight. We would be grateful if you could pay \
                     {} at your earliest convenience by bank transfer to our account ({bank}), \
                     quoting the reference C-00042 and the numbers of the invoices paid.\
                     {credit_deducted}",
                    money(&to_pay),
                )),
                text(
                    "If your payment has reached us in the meantime, please disregard this \
                     letter. Our accounts department will gladly answer any question about \
                     these invoices on +33 4 78 92 00 00 or at facturation@nuage-rhone.fr."
                        .to_string(),
                ),
                text("Yours faithfully,".to_string()),
            ]
        };
        doc.signature = vec![
            lang.pick("Le service comptabilité", "Accounts Department")
                .to_string(),
            seller.legal_name.clone(),
        ];
    } else {
        let rate = dec("12.15");
        let indemnity = Decimal::from(40);
        let penalties = penalties(&lines, rate);
        let indemnities = eur(indemnity * Decimal::from(lines.len()));
        let claimed = eur(to_pay.amount + penalties.amount + indemnities.amount);
        let count = lines.len();
        let forty = display::number(indemnity, 0, lang);
        totals.extend(if fr {
            [
                (
                    format!(
                        "Pénalités de retard au {} (12,15{NNBSP}% l'an)",
                        display::date(letter_date(), lang)
                    ),
                    penalties,
                ),
                (
                    format!(
                        "Indemnités forfaitaires pour frais de recouvrement ({count} × \
                         {forty}{NNBSP}€)"
                    ),
                    indemnities,
                ),
                ("Total exigible".to_string(), claimed),
            ]
        } else {
            [
                (
                    format!(
                        "Late-payment penalties to {} (12.15% a year)",
                        display::date(letter_date(), lang)
                    ),
                    penalties,
                ),
                (
                    format!("Fixed indemnities for recovery costs ({count} × €{forty})"),
                    indemnities,
                ),
                ("Total claimed".to_string(), claimed),
            ]
        });
        doc.subject = lang
            .pick(
                "Mise en demeure de payer — compte client C-00042",
                "Formal notice to pay — customer account C-00042",
            )
            .to_string();
        doc.sending_mention = Some(
            lang.pick(
                "Lettre recommandée avec accusé de réception",
                "Sent by registered post with acknowledgement of receipt",
            )
            .to_string(),
        );
        doc.parts = if fr {
            vec![
                text("Madame, Monsieur,".to_string()),
                text(format!(
                    "Malgré nos relances des 3 et 17 novembre 2026, les factures ci-dessous \
                     restent impayées à ce jour{NNBSP}:"
                )),
                LetterPart::InvoicesTable,
                text(format!(
                    "Par la présente, nous vous mettons en demeure de nous régler la somme de \
                     {} sous huit jours à compter de la réception de ce courrier, par virement \
                     ({bank}) en rappelant la référence C-00042.",
                    money(&claimed)
                )),
                text(format!(
                    "Conformément à l'article L441-10 du Code de commerce, chaque facture porte \
                     de plein droit, dès le lendemain de son échéance, des pénalités de retard \
                     au taux annuel de 12,15{NNBSP}% et une indemnité forfaitaire de \
                     {forty}{NNBSP}€ pour frais de recouvrement (article D441-5 du même code)."
                )),
                text(
                    "À défaut de règlement dans ce délai, nous suspendrons les abonnements \
                     Microsoft 365 facturés par ces factures et nous réservons le droit \
                     d'engager une procédure judiciaire, sans autre avis. Si vous avez réglé \
                     ces sommes entre-temps, nous vous prions de ne pas tenir compte de ce \
                     courrier."
                        .to_string(),
                ),
                text(
                    "Veuillez agréer, Madame, Monsieur, l'expression de nos salutations \
                     distinguées."
                        .to_string(),
                ),
            ]
        } else {
            vec![
                text("Dear Sir or Madam,".to_string()),
                text(
                    "Despite our reminders of 3 and 17 November 2026, the invoices below are \
                     still unpaid:"
                        .to_string(),
                ),
                LetterPart::InvoicesTable,
                text(format!(
                    "We hereby give you formal notice to pay {} within eight days of receiving \
                     this letter, by bank transfer ({bank}), quoting the reference C-00042.",
                    money(&claimed)
                )),
                text(format!(
                    "Under article L441-10 of the French Commercial Code, each invoice bears by \
                     operation of law, from the day after its due date, late-payment penalties \
                     at 12.15% a year and a fixed indemnity of €{forty} for recovery costs \
                     (article D441-5 of the same Code)."
                )),
                text(
                    "Should payment not reach us within this time, we will suspend the \
                     Microsoft 365 subscriptions billed by these invoices and reserve the right \
                     to start legal proceedings without further notice. If you have paid in \
                     the meantime, please disregard this letter."
                        .to_string(),
                ),
                text("Yours faithfully,".to_string()),
            ]
        };
        doc.signature = vec![
            "Claire Martin".to_string(),
            lang.pick(
                "Responsable administrative et financière",
                "Head of Finance and Administration",
            )
            .to_string(),
            seller.legal_name.clone(),
        ];
    }
    doc.lines = lines;
    doc.totals = totals;
    doc
}

/// The first reminder listing `count` overdue invoices, to show how a letter flows onto
/// further pages.
pub fn sample_long_letter(lang: Lang, count: usize) -> LetterDocument {
    let date = letter_date();
    let lines: Vec<LetterLine> = (0..count as i64)
        .map(|i| {
            let issue_date = date - Duration::days(40 + 3 * (count as i64 - i));
            let due_date = issue_date + Duration::days(30);
            let cents = 9_000 + (i * 7_919) % 190_000;
            let original = Money::from_minor(cents, Currency::EUR);
            let open = if i % 5 == 2 {
                Money::from_minor(cents / 2, Currency::EUR)
            } else {
                original
            };
            LetterLine {
                number: format!("F2026-{:05}", 100 + i),
                issue_date,
                due_date,
                original,
                open,
                days_overdue: (date - due_date).num_days(),
            }
        })
        .collect();
    letter(lang, false, lines, eur(Decimal::ZERO))
}
