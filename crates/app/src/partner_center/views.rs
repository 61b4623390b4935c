//! A file's summary and the import's plan, in the reader's words.

use ardoise_domain::checks::codes;
use ardoise_domain::code_words;
use ardoise_domain::display;
use ardoise_domain::words::tr;
use ardoise_domain::Lang;
use ardoise_store::PcImportRecord;
use chrono::DateTime;

use super::plan::{Plan, Warning};
use super::scan::FileSummary;
use crate::transport::MoneyView;
use crate::transport_partner_center::{
    PcCustomerView, PcImportRow, PcPreviewView, PcSubscriptionView,
};

fn totals(pairs: impl IntoIterator<Item = (String, String)>) -> Vec<MoneyView> {
    pairs
        .into_iter()
        .map(|(currency, amount)| MoneyView { amount, currency })
        .collect()
}

pub(crate) fn kind_label(code: &str, lang: Lang) -> String {
    tr!(lang, PARTNER_CENTER_IMPORT_KIND, kind = code)
}

/// « le 6 décembre 2026 par Camille Laurent », of the import before.
pub(crate) fn when_and_who(record: &PcImportRecord, lang: Lang) -> String {
    let on = DateTime::parse_from_rfc3339(&record.imported_at)
        .map(|d| display::date(d.date_naive(), lang))
        .unwrap_or_else(|_| record.imported_at.clone());
    tr!(
        lang,
        PARTNER_CENTER_IMPORT_WHEN_WHO,
        file = record.file_name.as_str(),
        on = on,
        who = record.staff_name.as_str()
    )
}

fn warning(w: &Warning, lang: Lang) -> String {
    match w {
        Warning::NoResalePrice { product } => {
            tr!(
                lang,
                PARTNER_CENTER_IMPORT_NO_RESALE_PRICE,
                product = product.as_str()
            )
        }
        Warning::SeatsDiffer {
            customer,
            product,
            book,
            file,
        } => tr!(
            lang,
            PARTNER_CENTER_IMPORT_SEATS_DIFFER,
            customer = customer.as_str(),
            product = product.as_str(),
            book = *book as i64,
            file = *file as i64
        ),
        Warning::Conversion { from, to, lines } => tr!(
            lang,
            PARTNER_CENTER_IMPORT_CONVERSION,
            from = from.as_str(),
            to = to.as_str(),
            lines = *lines as i64
        ),
        Warning::LinesKnown { lines } => {
            tr!(
                lang,
                PARTNER_CENTER_IMPORT_LINES_KNOWN,
                lines = *lines as i64
            )
        }
        Warning::CustomersLeftOut { customers } => tr!(
            lang,
            PARTNER_CENTER_IMPORT_CUSTOMERS_LEFT_OUT,
            customers = *customers as i64
        ),
    }
}

pub(crate) fn preview(
    file_name: &str,
    summary: &FileSummary,
    plan: &Plan,
    already: Option<&PcImportRecord>,
    done: bool,
    lang: Lang,
) -> PcPreviewView {
    let code = summary.kind.code();
    PcPreviewView {
        file_name: file_name.to_string(),
        sha256: summary.sha256.clone(),
        kind: code.to_string(),
        kind_label: kind_label(code, lang),
        lines: summary.totals.lines,
        lines_known: summary.known_lines,
        totals: totals(
            summary
                .totals
                .subtotal
                .iter()
                .map(|(c, t)| (c.clone(), t.to_string())),
        ),
        period_from: summary.period.map(|p| p.0.to_string()),
        period_to: summary.period.map(|p| p.1.to_string()),
        customers_to_create: plan
            .customers
            .iter()
            .map(|(tenant, c)| PcCustomerView {
                tenant_id: tenant.clone(),
                name: c.name.clone(),
                domain: c.domain.clone(),
                country: c.country.clone(),
                country_name: c
                    .country
                    .as_deref()
                    .and_then(|code| codes::country_name(code, lang))
                    .map(str::to_string),
            })
            .collect(),
        products_to_create: plan.products.iter().map(|(_, n)| n.clone()).collect(),
        subscriptions: plan
            .subscriptions
            .iter()
            .map(|s| PcSubscriptionView {
                pc_subscription_id: s.pc_id.clone(),
                customer_name: s.customer_name.clone(),
                product_name: s.product_name.clone(),
                action: s.action.code().to_string(),
                action_label: if done {
                    tr!(
                        lang,
                        PARTNER_CENTER_IMPORT_ACTION_DONE,
                        action = s.action.code()
                    )
                } else {
                    tr!(lang, PARTNER_CENTER_IMPORT_ACTION, action = s.action.code())
                },
                seats: s.seats,
                book_seats: s.book.as_ref().map(|(_, b)| b.quantity),
                term: code_words::term(s.term, lang),
                frequency: code_words::frequency(s.frequency, lang),
            })
            .collect(),
        warnings: plan.warnings.iter().map(|w| warning(w, lang)).collect(),
        already_imported: already.map(|r| when_and_who(r, lang)),
    }
}

pub(crate) fn history_row(r: PcImportRecord, lang: Lang) -> PcImportRow {
    let label = DateTime::parse_from_rfc3339(&r.imported_at)
        .map(|d| {
            format!(
                "{} {}",
                display::date(d.date_naive(), lang),
                d.format("%H:%M")
            )
        })
        .unwrap_or_else(|_| r.imported_at.clone());
    PcImportRow {
        id: r.id,
        kind_label: kind_label(&r.kind, lang),
        kind: r.kind,
        file_name: r.file_name,
        sha256: r.file_sha256,
        lines: r.line_count,
        lines_added: r.lines_added,
        period_from: r.period_from,
        period_to: r.period_to,
        totals: totals(r.totals),
        imported_at: r.imported_at,
        imported_at_label: label,
        staff_name: r.staff_name,
    }
}
