//! Sample statements of account and aging reports.

use ardoise_domain::invoicing::{allocate_oldest_first, OpenItem};
use ardoise_domain::money::{Currency, Money};
use ardoise_domain::statements::example::{worked_ledger, worked_period};
use ardoise_domain::statements::{statement, Aging, AgingRow, LedgerEntry, Statement};
use ardoise_domain::Lang;
use chrono::{Duration, NaiveDate};
use rust_decimal::Decimal;

use super::{day, sample_french_customer, sample_partner, sample_support};
use crate::{AgingDocument, Party, StatementDocument};

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
