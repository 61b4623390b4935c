//! The reconciliation and the margin in the reader's words, and the margin's CSV.

use std::io::Write;

use ardoise_domain::display;
use ardoise_domain::invoicing::Period;
use ardoise_domain::money::{Currency, Money};
use ardoise_domain::words::tr;
use ardoise_domain::Lang;
use chrono::Datelike;
use rust_decimal::Decimal;

use super::compute::{decimal, PerCurrency, Reconciliation};
use super::margin::{Margin, MarginRow};
use crate::transport::MoneyView;
use crate::transport_reconcile::{
    LeakView, MarginRowView, MarginView, ReconcileView, SeatGapView, UnchargedView,
};
use crate::{AppError, Result};

fn money(amount: Decimal, currency: &str) -> MoneyView {
    MoneyView {
        amount: amount.normalize().to_string(),
        currency: currency.to_string(),
    }
}

fn monies(amounts: &PerCurrency) -> Vec<MoneyView> {
    amounts.iter().map(|(c, a)| money(*a, c)).collect()
}

/// Amounts as the reader writes them, one per currency: "1 234,56 € · 12,00 $".
fn words(amounts: &PerCurrency, lang: Lang) -> String {
    let shown: Vec<String> = amounts
        .iter()
        .map(|(c, a)| match c.parse::<Currency>() {
            Ok(currency) => display::money(&Money::new(*a, currency), lang),
            Err(_) => format!("{c} {a}"),
        })
        .collect();
    if shown.is_empty() {
        display::money(&Money::zero(Currency::EUR), lang)
    } else {
        shown.join(" · ")
    }
}

pub(crate) fn month_words(month: Period, lang: Lang) -> String {
    let start = month.start();
    tr!(
        lang,
        RECONCILE_MONTH,
        month = start.month() as i64,
        year = start.year().to_string()
    )
}

fn invoice_words(number: &Option<String>, lang: Lang) -> (String, bool) {
    match number {
        Some(n) => (n.clone(), false),
        None => (tr!(lang, RECONCILE_DRAFT), true),
    }
}

pub(crate) fn reconciliation(
    month: Period,
    r: &Reconciliation,
    files: u64,
    file_totals: &[(String, String)],
    lang: Lang,
) -> ReconcileView {
    let name = month_words(month, lang);
    let mut totals = PerCurrency::new();
    for (currency, amount) in file_totals {
        super::compute::add(&mut totals, currency, decimal(amount));
    }
    let equal = (files > 0).then(|| totals == r.cost);
    let mut notes = Vec::new();
    if r.lines == 0 {
        notes.push(tr!(lang, RECONCILE_NO_LINES, month = name.as_str()));
    } else {
        notes.push(tr!(
            lang,
            RECONCILE_SUMMARY,
            lines = r.lines as i64,
            billed = r.lines_billed as i64,
            to_bill = r.lines_to_bill as i64,
            leaking = r.lines_leaking as i64
        ));
        notes.push(tr!(lang, RECONCILE_COST, cost = words(&r.cost, lang)));
    }
    match equal {
        Some(true) => notes.push(tr!(
            lang,
            RECONCILE_FILES_MATCH,
            total = words(&totals, lang)
        )),
        Some(false) => notes.push(tr!(
            lang,
            RECONCILE_FILES_DIFFER,
            total = words(&totals, lang),
            cost = words(&r.cost, lang)
        )),
        None => {}
    }
    if r.cost_disagreements > 0 {
        notes.push(tr!(
            lang,
            RECONCILE_COST_DISAGREE,
            lines = r.cost_disagreements as i64
        ));
    }
    ReconcileView {
        period: month.start().format("%Y-%m").to_string(),
        title: tr!(lang, RECONCILE_TITLE, month = name.as_str()),
        lines: r.lines,
        lines_billed: r.lines_billed,
        lines_to_bill: r.lines_to_bill,
        lines_leaking: r.lines_leaking,
        cost: monies(&r.cost),
        leak_cost: monies(&r.leak_cost),
        uncharged_net: monies(&r.uncharged_net),
        file_totals: monies(&totals),
        cost_equals_files: equal,
        notes,
        leaks: r
            .leaks
            .iter()
            .map(|l| {
                let (reason, reason_label) = if l.in_book {
                    ("not_billed", tr!(lang, RECONCILE_REASON_NOT_BILLED))
                } else {
                    ("not_in_book", tr!(lang, RECONCILE_REASON_NOT_IN_BOOK))
                };
                LeakView {
                    customer_id: l.customer_id,
                    customer: l.customer.clone(),
                    product: l.product.clone(),
                    pc_subscription_id: l.pc_subscription_id.clone(),
                    reason: reason.into(),
                    reason_label,
                    seats: l
                        .seats
                        .map(|s| quantity(s, lang))
                        .unwrap_or_else(|| tr!(lang, RECONCILE_USAGE)),
                    cost: money(l.cost, &l.currency),
                    lines: l.lines,
                }
            })
            .collect(),
        uncharged: r
            .uncharged
            .iter()
            .map(|u| {
                let (invoice, draft) = invoice_words(&u.number, lang);
                UnchargedView {
                    customer_id: u.customer_id,
                    customer: u.customer.clone(),
                    product: u.product.clone(),
                    pc_subscription_id: u.pc_subscription_id.clone(),
                    invoice_id: u.invoice_id,
                    invoice,
                    draft,
                    quantity: quantity(u.quantity, lang),
                    net: money(u.net, &u.currency),
                }
            })
            .collect(),
        seats: r
            .seats
            .iter()
            .map(|g| {
                let (invoice, draft) = invoice_words(&g.number, lang);
                SeatGapView {
                    customer_id: g.customer_id,
                    customer: g.customer.clone(),
                    product: g.product.clone(),
                    pc_subscription_id: g.pc_subscription_id.clone(),
                    microsoft_seats: quantity(g.microsoft, lang),
                    invoiced_seats: quantity(g.invoiced, lang),
                    invoice_id: g.invoice_id,
                    invoice,
                    draft,
                }
            })
            .collect(),
    }
}

fn margin_row(row: &MarginRow, name: String, lang: Lang) -> MarginRowView {
    let rate = row.rate();
    MarginRowView {
        customer_id: row.customer_id,
        name,
        cost: money(row.cost, &row.currency),
        resale: money(row.resale, &row.currency),
        draft: money(row.draft, &row.currency),
        margin: money(row.margin(), &row.currency),
        rate: rate.map(|r| r.normalize().to_string()),
        rate_label: rate
            .map(|r| display::percent(r, lang))
            .unwrap_or_else(|| "—".into()),
    }
}

pub(crate) fn margin(month: Period, m: &Margin, lang: Lang) -> MarginView {
    let name = month_words(month, lang);
    let rows = |rows: &[MarginRow]| -> Vec<MarginRowView> {
        rows.iter()
            .map(|r| margin_row(r, r.name.clone(), lang))
            .collect()
    };
    MarginView {
        period: month.start().format("%Y-%m").to_string(),
        title: tr!(lang, RECONCILE_MARGIN_TITLE, month = name.as_str()),
        customers: rows(&m.customers),
        products: rows(&m.products),
        totals: m
            .totals
            .iter()
            .map(|r| margin_row(r, tr!(lang, RECONCILE_MARGIN_TOTAL), lang))
            .collect(),
        note: if m.totals.is_empty() {
            tr!(lang, RECONCILE_MARGIN_NONE, month = name.as_str())
        } else {
            tr!(lang, RECONCILE_MARGIN_NOTE)
        },
    }
}

/// The margin as CSV, as the book's other CSV exports write it: the reader's separator
/// and decimal mark, amounts without grouping nor symbol, the currency in its column.
pub(crate) fn margin_csv(m: &Margin, lang: Lang, out: &mut impl Write) -> Result<()> {
    let mut w = csv::WriterBuilder::new()
        .delimiter(display::csv_delimiter(lang))
        .from_writer(out);
    w.write_record([
        tr!(lang, RECONCILE_COL_KIND),
        tr!(lang, RECONCILE_COL_NAME),
        tr!(lang, RECONCILE_COL_CURRENCY),
        tr!(lang, RECONCILE_COL_COST),
        tr!(lang, RECONCILE_COL_RESALE),
        tr!(lang, RECONCILE_COL_DRAFT),
        tr!(lang, RECONCILE_COL_MARGIN),
        tr!(lang, RECONCILE_COL_RATE),
    ])
    .map_err(csv_error)?;
    let groups = [
        (tr!(lang, RECONCILE_KIND_CUSTOMER), &m.customers),
        (tr!(lang, RECONCILE_KIND_PRODUCT), &m.products),
        (tr!(lang, RECONCILE_KIND_TOTAL), &m.totals),
    ];
    for (kind, rows) in groups {
        for r in rows {
            let dp = r
                .currency
                .parse::<Currency>()
                .map(|c| c.minor_units())
                .unwrap_or(2);
            let amount = |d: Decimal| display::plain_number(d, dp, lang);
            w.write_record([
                kind.clone(),
                r.name.clone(),
                r.currency.clone(),
                amount(r.cost),
                amount(r.resale),
                amount(r.draft),
                amount(r.margin()),
                r.rate()
                    .map(|x| display::plain_number(x, 2, lang))
                    .unwrap_or_default(),
            ])
            .map_err(csv_error)?;
        }
    }
    w.flush().map_err(|e| AppError::Document(e.to_string()))?;
    Ok(())
}

fn csv_error(e: csv::Error) -> AppError {
    AppError::Document(e.to_string())
}

/// A quantity as the reader writes it, with the decimals it has.
fn quantity(q: rust_decimal::Decimal, lang: Lang) -> String {
    display::number(q, q.normalize().scale(), lang)
}
