//! The domain's statement and aging as the UI receives them.

use ardoise_domain::invoicing::payment_name;
use ardoise_domain::money::Money;
use ardoise_domain::statements::{AgingRow, EntryKind, Statement, StatementLine};
use ardoise_domain::Lang;
use rust_decimal::Decimal;

use crate::transport::MoneyView;

use crate::transport_statements::{
    AgingRowView, AgingView, OpenItemView, ReversedPaymentView, SettledView, StatementLineView,
    StatementSummaryView, StatementView,
};

/// The line's number; a payment recorded without a reference is named by how it came,
/// in `lang`, never by its stored code.
fn line_number(l: &StatementLine, lang: Lang) -> String {
    if l.kind == EntryKind::Payment && l.number.trim().is_empty() {
        payment_name(lang, l.method, l.entry_id)
    } else {
        l.number.clone()
    }
}

fn summary(s: &Statement) -> StatementSummaryView {
    let total = |pick: &dyn Fn(&StatementLine) -> Option<Money>| -> MoneyView {
        let sum: Decimal = s.lines.iter().filter_map(pick).map(|m| m.amount).sum();
        Money::new(sum, s.currency).into()
    };
    StatementSummaryView {
        invoiced: total(&|l| l.debit.filter(|_| l.kind == EntryKind::Invoice)),
        settled: total(&|l| l.credit),
        given_back: total(&|l| l.debit.filter(|_| l.kind != EntryKind::Invoice)),
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
                reverses: l.reverses.as_ref().map(|r| ReversedPaymentView {
                    payment_id: r.payment_id,
                    received_on: r.received_on.to_string(),
                    reason: r.reason.clone(),
                }),
            })
            .collect(),
        summary: summary(s),
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
