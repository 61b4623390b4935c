//! The domain's statement and aging as the UI receives them.

use ardoise_domain::invoicing::payment_name;
use ardoise_domain::statements::{AgingRow, EntryKind, Statement, StatementLine};
use ardoise_domain::words::tr;
use ardoise_domain::{display, Lang};

use crate::transport_statements::{
    AgingRowView, AgingView, OpenItemView, SettledView, StatementLineView, StatementView,
};

/// The line's number; a payment recorded without a reference is named by how it came,
/// in `lang`, never by its stored code.
/// A reversal reads as the payment it undoes, its date and why; a refund by how it was
/// paid.
fn line_number(l: &StatementLine, lang: Lang) -> String {
    match (&l.reverses, l.kind) {
        (Some(r), _) => {
            let (date, reason) = (display::date(r.received_on, lang), r.reason.as_str());
            if l.number.trim().is_empty() {
                let id = r.payment_id.to_string();
                tr!(
                    lang,
                    STATEMENT_ENTRY_REVERSAL_ID,
                    id = id,
                    date = date,
                    reason = reason
                )
            } else {
                let number = l.number.as_str();
                tr!(
                    lang,
                    STATEMENT_ENTRY_REVERSAL,
                    number = number,
                    date = date,
                    reason = reason
                )
            }
        }
        (None, EntryKind::Refund) => tr!(
            lang,
            STATEMENT_ENTRY_REFUND,
            method = l.method.map(|m| m.code()).unwrap_or_default(),
            reference = l.number.as_str()
        )
        .trim_end()
        .to_string(),
        (None, EntryKind::Payment) if l.number.trim().is_empty() => {
            payment_name(lang, l.method, l.entry_id)
        }
        _ => l.number.clone(),
    }
}

pub(crate) fn statement_view(
    customer_id: i64,
    customer_name: &str,
    s: &Statement,
    other_currencies: Vec<String>,
    lang: Lang,
) -> StatementView {
    StatementView {
        customer_id,
        customer_name: customer_name.to_string(),
        currency: s.currency.code().to_string(),
        from: s.from.to_string(),
        to: s.to.to_string(),
        as_of: s.as_of.to_string(),
        brought_forward: s.brought_forward.into(),
        lines: s
            .lines
            .iter()
            .map(|l| StatementLineView {
                date: l.date.to_string(),
                kind: l.kind,
                entry_id: l.entry_id,
                number: line_number(l, lang),
                debit: l.debit.map(Into::into),
                credit: l.credit.map(Into::into),
                running_balance: l.running_balance.into(),
                settled: l
                    .settled
                    .iter()
                    .map(|(number, amount)| SettledView {
                        number: number.clone(),
                        amount: (*amount).into(),
                    })
                    .collect(),
            })
            .collect(),
        closing_balance: s.closing_balance.into(),
        open_items: s
            .open_items
            .iter()
            .map(|o| OpenItemView {
                invoice_id: o.invoice_id,
                number: o.number.clone(),
                date: o.date.to_string(),
                due_date: o.due_date.to_string(),
                original: o.original.into(),
                open: o.open.into(),
                days_overdue: o.days_overdue,
            })
            .collect(),
        unapplied_credit: s.unapplied_credit.into(),
        aging: AgingView::from(&s.aging),
        other_currencies,
    }
}

pub(crate) fn aging_row_view(r: &AgingRow) -> AgingRowView {
    AgingRowView {
        customer_id: r.customer_id,
        customer_name: r.customer_name.clone(),
        aging: AgingView::from(&r.aging),
    }
}
