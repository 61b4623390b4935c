//! From the store's records to what the UI and the CLI show.

use ardoise_domain::invoicing::{days_overdue, invoice_state, InvoiceLine, InvoiceState, Totals};
use ardoise_domain::money::Money;
use ardoise_store::{DocKind, DocumentSummary};
use chrono::NaiveDate;

use crate::transport::MoneyView;
use crate::transport_invoicing::{DocumentKindView, InvoiceLineView, InvoiceRow, VatLineView};

pub(crate) fn zero_if_negative(m: Money) -> Money {
    if m.is_negative() {
        Money::zero(m.currency)
    } else {
        m
    }
}

/// What is still to pay on an issued invoice.
pub(crate) fn open_amount(s: &DocumentSummary) -> Money {
    if !s.issued || s.kind == DocKind::CreditNote {
        return Money::zero(s.gross.currency);
    }
    let open = s.gross.amount - s.credited.amount - s.paid.amount;
    zero_if_negative(Money::new(open, s.gross.currency))
}

pub(crate) fn state_of(s: &DocumentSummary, today: NaiveDate) -> InvoiceState {
    match (s.kind, s.issued, s.due_date) {
        (_, false, _) | (_, _, None) => InvoiceState::Draft,
        (DocKind::CreditNote, true, Some(_)) => InvoiceState::Issued,
        (DocKind::Invoice, true, Some(due)) => {
            invoice_state(true, s.gross, s.credited, s.paid, due, today)
        }
    }
}

pub(crate) fn row(s: &DocumentSummary, today: NaiveDate) -> InvoiceRow {
    let state = state_of(s, today);
    InvoiceRow {
        id: s.id,
        kind: match s.kind {
            DocKind::Invoice => DocumentKindView::Invoice,
            DocKind::CreditNote => DocumentKindView::CreditNote,
        },
        number: s.number.clone(),
        customer_id: s.customer_id,
        customer_name: s.customer_name.clone(),
        period: s.period_start.map(|d| d.format("%Y-%m").to_string()),
        issue_date: s.issue_date.map(|d| d.to_string()),
        due_date: s.due_date.map(|d| d.to_string()),
        net: s.net.into(),
        gross: s.gross.into(),
        open: open_amount(s).into(),
        state,
        days_overdue: match (state, s.due_date) {
            (InvoiceState::Overdue, Some(due)) => days_overdue(due, today),
            _ => 0,
        },
    }
}

pub(crate) fn line_views(
    lines: &[InvoiceLine],
    currency: ardoise_domain::money::Currency,
) -> Vec<InvoiceLineView> {
    lines
        .iter()
        .enumerate()
        .map(|(i, l)| InvoiceLineView {
            position: i as i64 + 1,
            kind: l.kind,
            description: l.description.clone(),
            service_start: l.service_start.map(|d| d.to_string()),
            service_end: l.service_end.map(|d| d.to_string()),
            quantity: l.quantity.normalize().to_string(),
            unit_price: l.unit_price.normalize().to_string(),
            proration: l.proration.map(|p| format!("{}/{}", p.days, p.of_days)),
            vat_rate: l.vat_rate.normalize().to_string(),
            net: MoneyView::from(l.net(currency)),
        })
        .collect()
}

pub(crate) fn vat_views(t: &Totals) -> Vec<VatLineView> {
    t.vat_lines
        .iter()
        .map(|v| VatLineView {
            rate: v.rate.normalize().to_string(),
            base: v.base.into(),
            vat: v.vat.into(),
        })
        .collect()
}
