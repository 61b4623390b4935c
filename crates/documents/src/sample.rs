//! Realistic documents for tests, benchmarks and demos: a Lyon partner billing a French
//! customer (20 % VAT, a prorated line) and a Belgian business customer (reverse charge),
//! statements of account, the aging report, reminder letters (a first reminder and a
//! formal notice) and the collection-policy sheet.
//!
//! Totals are computed the way the domain does: each line rounded once, VAT per rate
//! on the sum of the lines at that rate; statements by `ardoise_domain::statements`.

use ardoise_domain::display;
use ardoise_domain::invoicing::{allocate_oldest_first, OpenItem};
use ardoise_domain::money::{round_commercial, Currency, Money};
use ardoise_domain::statements::example::{worked_ledger, worked_period};
use ardoise_domain::statements::{statement, Aging, AgingRow, LedgerEntry, Statement};
use ardoise_domain::Lang;
use chrono::{Duration, NaiveDate};
use rust_decimal::Decimal;

use crate::{
    AgingDocument, DocumentKind, DocumentLine, InvoiceDocument, LetterDocument, LetterLine,
    LetterPart, Party, PolicySheetDocument, StatementDocument, VatSummary,
};

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    // Only called with literal, valid dates.
    NaiveDate::from_ymd_opt(y, m, d).unwrap_or_default()
}

fn eur(amount: Decimal) -> Money {
    Money::new(amount, Currency::EUR)
}

fn dec(s: &str) -> Decimal {
    s.parse().unwrap_or_default()
}

fn november() -> (NaiveDate, NaiveDate) {
    (day(2026, 11, 1), day(2026, 11, 30))
}

/// The partner: a French SAS in Lyon.
pub fn sample_partner() -> Party {
    Party {
        legal_name: "Nuage Rhône Informatique".to_string(),
        address_lines: vec![
            "14, quai Saint-Antoine".to_string(),
            "69002 Lyon".to_string(),
        ],
        country_name: "France".to_string(),
        vat_number: Some("FR65912345675".to_string()),
        siren: Some("912 345 675".to_string()),
        legal_form: Some("SAS".to_string()),
        share_capital: Some(eur(Decimal::from(10_000))),
        rcs: Some("RCS Lyon 912 345 675".to_string()),
        email: Some("facturation@nuage-rhone.fr".to_string()),
        phone: Some("+33 4 78 92 00 00".to_string()),
        website: Some("www.nuage-rhone.fr".to_string()),
        iban: Some("FR76 3000 6000 0112 3456 7890 189".to_string()),
        bic: Some("AGRIFRPP878".to_string()),
        bank_name: Some("Crédit Agricole Centre-Est".to_string()),
    }
}

/// A French business customer.
pub fn sample_french_customer() -> Party {
    Party {
        legal_name: "Pâtisserie Cœur de Lyon SARL".to_string(),
        address_lines: vec![
            "Service comptabilité".to_string(),
            "3, place de l’Église".to_string(),
            "69100 Villeurbanne".to_string(),
        ],
        country_name: "France".to_string(),
        vat_number: Some("FR83404833048".to_string()),
        ..Party::default()
    }
}

/// A Belgian business customer with a valid VAT number: reverse charged.
pub fn sample_belgian_customer(lang: Lang) -> Party {
    Party {
        legal_name: "Brasserie Van Damme SRL".to_string(),
        address_lines: vec!["Rue de la Loi 42".to_string(), "1040 Bruxelles".to_string()],
        country_name: lang.pick("Belgique", "Belgium").to_string(),
        vat_number: Some("BE0123456749".to_string()),
        ..Party::default()
    }
}

/// A line: quantity × unit price rounded once.
pub fn sample_line(
    description: &str,
    period: Option<(NaiveDate, NaiveDate)>,
    quantity: Decimal,
    unit_price: Decimal,
    vat_rate: Decimal,
) -> DocumentLine {
    DocumentLine {
        description: description.to_string(),
        service_period: period,
        quantity,
        unit_price,
        vat_rate,
        net: Money::line(quantity, unit_price, Currency::EUR),
    }
}

/// Fills the VAT summary and totals from the lines (VAT per rate on the rate's sum).
pub fn with_totals(mut doc: InvoiceDocument) -> InvoiceDocument {
    let mut rates: Vec<Decimal> = doc.lines.iter().map(|l| l.vat_rate).collect();
    rates.sort();
    rates.dedup();
    doc.vat = rates
        .into_iter()
        .map(|rate| {
            let base: Decimal = doc
                .lines
                .iter()
                .filter(|l| l.vat_rate == rate)
                .map(|l| l.net.amount)
                .sum();
            VatSummary {
                rate,
                base: eur(base),
                vat: eur(round_commercial(base * rate / Decimal::from(100), 2)),
            }
        })
        .collect();
    let net: Decimal = doc.lines.iter().map(|l| l.net.amount).sum();
    let vat: Decimal = doc.vat.iter().map(|v| v.vat.amount).sum();
    doc.net = eur(net);
    doc.vat_total = eur(vat);
    doc.gross = eur(net + vat);
    doc
}

fn base_document(lang: Lang, buyer: Party, lines: Vec<DocumentLine>) -> InvoiceDocument {
    with_totals(InvoiceDocument {
        kind: DocumentKind::Invoice,
        lang,
        number: "F2026-00042".to_string(),
        issue_date: day(2026, 12, 1),
        due_date: day(2026, 12, 31),
        service_period: Some(november()),
        seller: sample_partner(),
        buyer,
        lines,
        vat: Vec::new(),
        net: eur(Decimal::ZERO),
        vat_total: eur(Decimal::ZERO),
        gross: eur(Decimal::ZERO),
        vat_mention: None,
        late_penalty_rate: dec("12.15"),
        recovery_indemnity: eur(Decimal::from(40)),
        early_payment_discount: None,
        payment_reference: "F2026-00042".to_string(),
        logo_png: None,
    })
}

/// November 2026 for the French customer, 20 % VAT: a monthly subscription, three
/// licences added mid-month (prorated over 16 of 30 days) and the support plan.
pub fn sample_invoice(lang: Lang) -> InvoiceDocument {
    let twenty = Decimal::from(20);
    let lines = match lang {
        Lang::Fr => vec![
            sample_line(
                "Microsoft 365 Business Premium — abonnement mensuel",
                Some(november()),
                Decimal::from(12),
                dec("20.60"),
                twenty,
            ),
            sample_line(
                "Microsoft 365 Business Premium — 3 licences ajoutées le 15/11/2026, au prorata \
                 (16 jours sur 30)",
                Some((day(2026, 11, 15), day(2026, 11, 30))),
                Decimal::from(3),
                dec("10.9867"),
                twenty,
            ),
            sample_line(
                "Support « Sérénité » — forfait mensuel, 4\u{a0}h incluses, réponse en 4\u{a0}h ouvrées",
                Some(november()),
                Decimal::ONE,
                dec("180"),
                twenty,
            ),
        ],
        Lang::En => vec![
            sample_line(
                "Microsoft 365 Business Premium — monthly subscription",
                Some(november()),
                Decimal::from(12),
                dec("20.60"),
                twenty,
            ),
            sample_line(
                "Microsoft 365 Business Premium — 3 licences added on 15 Nov 2026, prorated \
                 (16 days of 30)",
                Some((day(2026, 11, 15), day(2026, 11, 30))),
                Decimal::from(3),
                dec("10.9867"),
                twenty,
            ),
            sample_line(
                "“Sérénité” support plan — monthly fee, 4 hours included, 4 business-hour \
                 response",
                Some(november()),
                Decimal::ONE,
                dec("180"),
                twenty,
            ),
        ],
    };
    base_document(lang, sample_french_customer(), lines)
}

/// November 2026 for the Belgian customer: reverse charge, VAT 0 %.
pub fn sample_reverse_charge(lang: Lang) -> InvoiceDocument {
    let zero = Decimal::ZERO;
    let lines = vec![
        sample_line(
            "Microsoft 365 E3",
            Some(november()),
            Decimal::from(25),
            dec("33.70"),
            zero,
        ),
        sample_line(
            "Microsoft Defender for Business",
            Some(november()),
            Decimal::from(25),
            dec("2.80"),
            zero,
        ),
        sample_line(
            lang.pick(
                "Support — 2,5 h au-delà du forfait",
                "Support — 2.5 hours beyond the plan",
            ),
            None,
            dec("2.5"),
            dec("85"),
            zero,
        ),
    ];
    let mut doc = base_document(lang, sample_belgian_customer(lang), lines);
    doc.number = "F2026-00043".to_string();
    doc.payment_reference = "F2026-00043".to_string();
    doc.vat_mention = Some(
        lang.pick(
            "Autoliquidation — TVA due par le preneur (article 196 de la directive \
             2006/112/CE ; article 283-2 du CGI)",
            "Reverse charge — VAT to be accounted for by the customer (Article 196 of \
             Directive 2006/112/EC)",
        )
        .to_string(),
    );
    doc
}

/// A credit note for part of [`sample_invoice`]: the three prorated licences.
pub fn sample_credit_note(lang: Lang) -> InvoiceDocument {
    let invoice = sample_invoice(lang);
    let mut doc = InvoiceDocument {
        kind: DocumentKind::CreditNote {
            of_invoice: invoice.number.clone(),
        },
        number: "AV2026-00007".to_string(),
        payment_reference: "AV2026-00007".to_string(),
        issue_date: day(2026, 12, 8),
        due_date: day(2026, 12, 8),
        lines: invoice.lines[1..2].to_vec(),
        ..invoice
    };
    doc.service_period = None;
    with_totals(doc)
}

/// An invoice with `count` lines, to show how lines flow onto further pages.
pub fn sample_long_invoice(lang: Lang, count: usize) -> InvoiceDocument {
    let products = [
        ("Microsoft 365 Business Basic", "6.00"),
        ("Microsoft 365 Business Standard", "12.50"),
        ("Microsoft 365 Business Premium", "20.60"),
        ("Exchange Online (Plan 1)", "4.00"),
        ("Microsoft Teams Phone Standard", "8.00"),
        ("Microsoft Intune Plan 1", "8.00"),
    ];
    let lines = (0..count)
        .map(|i| {
            let (name, price) = products[i % products.len()];
            sample_line(
                &format!("{name} — site {}", i + 1),
                Some(november()),
                Decimal::from(1 + (i % 7) as i64),
                dec(price),
                Decimal::from(20),
            )
        })
        .collect();
    base_document(lang, sample_french_customer(), lines)
}

/// How the sample partner's support is reached, as the application prints it.
pub fn sample_support(lang: Lang) -> Vec<String> {
    match lang {
        Lang::Fr => vec![
            "Une question sur ce relevé ou sur votre support\u{202f}? Contactez-nous\u{202f}:"
                .to_string(),
            "support@nuage-rhone.fr · +33 4 78 92 00 10 · du lundi au vendredi, de 9\u{a0}h à 18\u{a0}h"
                .to_string(),
        ],
        Lang::En => vec![
            "A question about this statement or your support? Contact us:".to_string(),
            "support@nuage-rhone.fr · +33 4 78 92 00 10 · Monday to Friday, 9 am to 6 pm (Paris time)"
                .to_string(),
        ],
    }
}

fn statement_document(lang: Lang, buyer: Party, statement: Statement) -> StatementDocument {
    StatementDocument {
        lang,
        seller: sample_partner(),
        buyer,
        account_reference: "C-00042".to_string(),
        statement,
        produced_on: day(2026, 12, 1),
        support: sample_support(lang),
        logo_png: None,
    }
}

/// The domain's worked example (`statements::example`) for the French customer:
/// 1 October – 30 November 2026 as of 30 November, brought forward 1 965,50 €, closing
/// balance 3 343,15 €, 150,00 € on account.
pub fn sample_statement(lang: Lang) -> StatementDocument {
    let (from, to, as_of) = worked_period();
    let statement = statement(&worked_ledger(), Currency::EUR, from, to, as_of)
        .expect("the worked example is a valid ledger");
    statement_document(lang, sample_french_customer(), statement)
}

/// A statement of 2026 with `n_lines` lines — invoices, payments every third line
/// settling the oldest first (one in four short of what was billed), a credit note now
/// and then — after an invoice of 2025 brought forward.
pub fn sample_long_statement(lang: Lang, n_lines: usize) -> StatementDocument {
    let (from, to) = (day(2026, 1, 1), day(2026, 11, 30));
    let days = (to - from).num_days();
    let eur = |cents: i64| Money::from_minor(cents, Currency::EUR);
    let mut ledger = Vec::new();
    let mut open: Vec<OpenItem> = Vec::new();
    let invoice = |ledger: &mut Vec<LedgerEntry>,
                   open: &mut Vec<OpenItem>,
                   id: i64,
                   date: NaiveDate,
                   cents: i64| {
        let number = format!("F{}-{id:05}", date.format("%Y"));
        let due = date + Duration::days(30);
        open.push(OpenItem {
            invoice_id: id,
            number: number.clone(),
            issue_date: date,
            due_date: due,
            open: eur(cents),
        });
        ledger.push(LedgerEntry::invoice(id, number, date, due, eur(cents)));
    };
    invoice(&mut ledger, &mut open, 0, day(2025, 12, 15), 125_000);
    let mut billed_since_payment = 0;
    for i in 0..n_lines as i64 {
        let id = i + 1;
        let date = from + Duration::days(i * days / (n_lines as i64).max(1));
        // A tenth of the last invoice still open, for a credit note.
        let tenth = open
            .iter()
            .rposition(|o| o.open.amount >= Decimal::ONE)
            .map(|at| {
                (
                    at,
                    i64::try_from((open[at].open.amount * Decimal::TEN).round()),
                )
            });
        match (i % 12, tenth) {
            (2 | 5 | 8 | 11, _) => {
                // Pays what was billed since the last payment, one time in four 80 % of it.
                let cents = if i % 12 == 5 {
                    billed_since_payment * 4 / 5
                } else {
                    billed_since_payment
                };
                billed_since_payment = 0;
                let (allocations, _) = allocate_oldest_first(eur(cents), &open);
                for a in &allocations {
                    if let Some(item) = open.iter_mut().find(|o| o.invoice_id == a.invoice_id) {
                        item.open.amount -= a.amount.amount;
                    }
                }
                let reference = format!("VIR-{}", date.format("%m%d"));
                ledger.push(LedgerEntry::payment(
                    id,
                    reference,
                    date,
                    eur(cents),
                    allocations,
                ));
            }
            (9, Some((at, Ok(cents)))) => {
                open[at].open.amount -= eur(cents).amount;
                billed_since_payment -= cents;
                let credits = Some(open[at].invoice_id);
                let number = format!("A2026-{id:05}");
                ledger.push(LedgerEntry::credit_note(
                    id,
                    number,
                    date,
                    credits,
                    eur(cents),
                ));
            }
            _ => {
                let cents = 9_000 + (i * 7_919) % 190_000;
                billed_since_payment += cents;
                invoice(&mut ledger, &mut open, id, date, cents);
            }
        }
    }
    let statement =
        statement(&ledger, Currency::EUR, from, to, to).expect("the generated ledger is valid");
    statement_document(lang, sample_french_customer(), statement)
}

/// A row from its five buckets in minor units (cents).
fn aging_row(customer_id: i64, name: &str, currency: Currency, cents: [i64; 5]) -> AgingRow {
    let m = |c: i64| Money::from_minor(c, currency);
    AgingRow {
        customer_id,
        customer_name: name.to_string(),
        currency,
        aging: Aging {
            not_due: m(cents[0]),
            d1_30: m(cents[1]),
            d31_60: m(cents[2]),
            d61_90: m(cents[3]),
            over_90: m(cents[4]),
        },
    }
}

/// The aging report as of 30 November 2026: eight customers, in euros, pounds and
/// dollars. The first is the worked example's customer.
pub fn sample_aging(lang: Lang) -> AgingDocument {
    let (eur, gbp, usd) = (Currency::EUR, Currency::GBP, Currency::USD);
    let customers = [
        (
            42,
            "Pâtisserie Cœur de Lyon SARL",
            eur,
            [61_240, 231_075, 15_000, 0, 42_000],
        ),
        (43, "Brasserie Van Damme SRL", eur, [112_500, 0, 0, 0, 0]),
        (44, "Atelier Lumière & Fils", eur, [0, 34_860, 0, 0, 0]),
        (
            45,
            "Cabinet Dupont-Moreau, Avocats Associés au Barreau de Lyon",
            eur,
            [481_200, 240_600, 240_600, 0, 0],
        ),
        (
            46,
            "Thames Valley Bakery Ltd",
            gbp,
            [96_000, 0, 48_000, 0, 0],
        ),
        (47, "Hôtel du Parc SAS", eur, [0, 0, 0, 198_000, 1_245_090]),
        (
            48,
            "Northwind Traders Inc.",
            usd,
            [220_000, 110_000, 0, 0, 0],
        ),
        (
            49,
            "Clinique vétérinaire des Monts d’Or",
            eur,
            [26_520, 0, 0, 0, 0],
        ),
    ];
    let rows = customers
        .into_iter()
        .map(|(id, name, currency, cents)| aging_row(id, name, currency, cents))
        .collect();
    AgingDocument {
        lang,
        seller: sample_partner(),
        as_of: day(2026, 11, 30),
        produced_on: day(2026, 12, 1),
        rows,
        logo_png: None,
    }
}

/// An aging report with `customers` rows, to show how it flows onto further pages.
pub fn sample_long_aging(lang: Lang, customers: usize) -> AgingDocument {
    let rows = (0..customers as i64)
        .map(|i| {
            let currency = if i % 9 == 8 {
                Currency::GBP
            } else {
                Currency::EUR
            };
            let cents = [0, 1, 2, 3, 4].map(|b| match (i + b) % 4 {
                0 => 0,
                _ => 5_000 + (i * 3_571 + b * 911) % 400_000,
            });
            aging_row(
                100 + i,
                &format!("Client {:03} — Nuage et Cie", i + 1),
                currency,
                cents,
            )
        })
        .collect();
    AgingDocument {
        rows,
        ..sample_aging(lang)
    }
}

/// The narrow no-break space French typography puts before `:`, `%`, `€` and inside « ».
const NNBSP: char = '\u{202f}';

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
        signature: Vec::new(),
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
        logo_png: None,
    }
}
