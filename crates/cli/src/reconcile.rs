//! `ardoise reconcile --period 2026-11` and `ardoise margin --period 2026-11 [--csv]`:
//! the month reconciled with Microsoft Partner Center's lines, and the margin, as tables
//! for people, JSON for scripts, CSV for a spreadsheet.

use ardoise_app::domain::words::tr;
use ardoise_app::transport::MoneyView;
use ardoise_app::transport_reconcile::{MarginRowView, MarginView, ReconcileView};
use ardoise_app::{Ardoise, Session};

use crate::failure::Result;
use crate::output::{json, right, table, Out};
use crate::terminal::row;

pub fn reconcile(book: &Ardoise, s: &Session, out: &Out, period: &str) -> Result<()> {
    out.reconciliation(&book.reconcile(s, period, out.lang)?);
    Ok(())
}

pub fn margin(book: &Ardoise, s: &Session, out: &Out, period: &str, csv: bool) -> Result<()> {
    if csv {
        crate::terminal::out(&book.margin_csv_text(s, period, out.lang)?);
        return Ok(());
    }
    out.margin(&book.margin(s, period, out.lang)?);
    Ok(())
}

impl Out {
    fn amounts(&self, amounts: &[MoneyView]) -> String {
        amounts
            .iter()
            .map(|m| self.money(&Some(m.clone())))
            .collect::<Vec<_>>()
            .join(" · ")
    }

    pub fn reconciliation(&self, v: &ReconcileView) {
        if self.json {
            return json(v);
        }
        let l = self.lang;
        outln!("{}", v.title);
        for note in &v.notes {
            outln!("{note}");
        }
        if v.lines == 0 {
            return;
        }
        outln!();
        if v.leaks.is_empty() {
            outln!("{}", tr!(l, RECONCILE_LEAKS_NONE));
        } else {
            outln!("{}", tr!(l, RECONCILE_LEAKS_HEADING));
            let mut t = table(&[
                &tr!(l, RECONCILE_COL_CUSTOMER),
                &tr!(l, RECONCILE_COL_PRODUCT),
                &tr!(l, RECONCILE_COL_SEATS),
                &tr!(l, RECONCILE_COL_COST),
                &tr!(l, RECONCILE_COL_WHY),
            ]);
            for k in &v.leaks {
                t.add_row(row(vec![
                    k.customer.clone(),
                    k.product.clone(),
                    k.seats.clone(),
                    self.money(&Some(k.cost.clone())),
                    k.reason_label.clone(),
                ]));
            }
            right(&mut t, &[2, 3]);
            outln!("{t}");
            outln!(
                "{}",
                tr!(l, RECONCILE_LEAKS_TOTAL, total = self.amounts(&v.leak_cost))
            );
        }
        outln!();
        if v.uncharged.is_empty() {
            outln!("{}", tr!(l, RECONCILE_UNCHARGED_NONE));
        } else {
            outln!("{}", tr!(l, RECONCILE_UNCHARGED_HEADING));
            let mut t = table(&[
                &tr!(l, RECONCILE_COL_CUSTOMER),
                &tr!(l, RECONCILE_COL_PRODUCT),
                &tr!(l, RECONCILE_COL_INVOICE),
                &tr!(l, RECONCILE_COL_QUANTITY),
                &tr!(l, RECONCILE_COL_NET),
            ]);
            for u in &v.uncharged {
                t.add_row(row(vec![
                    u.customer.clone(),
                    u.product.clone(),
                    u.invoice.clone(),
                    u.quantity.clone(),
                    self.money(&Some(u.net.clone())),
                ]));
            }
            right(&mut t, &[3, 4]);
            outln!("{t}");
        }
        outln!();
        if v.seats.is_empty() {
            outln!("{}", tr!(l, RECONCILE_SEATS_NONE));
        } else {
            outln!("{}", tr!(l, RECONCILE_SEATS_HEADING));
            let mut t = table(&[
                &tr!(l, RECONCILE_COL_CUSTOMER),
                &tr!(l, RECONCILE_COL_PRODUCT),
                &tr!(l, RECONCILE_COL_SEATS_MICROSOFT),
                &tr!(l, RECONCILE_COL_SEATS_INVOICED),
                &tr!(l, RECONCILE_COL_INVOICE),
            ]);
            for g in &v.seats {
                t.add_row(row(vec![
                    g.customer.clone(),
                    g.product.clone(),
                    g.microsoft_seats.clone(),
                    g.invoiced_seats.clone(),
                    g.invoice.clone(),
                ]));
            }
            right(&mut t, &[2, 3]);
            outln!("{t}");
        }
    }

    fn margin_table(&self, first: &str, rows: &[MarginRowView], totals: &[MarginRowView]) {
        let l = self.lang;
        let mut t = table(&[
            first,
            &tr!(l, RECONCILE_COL_COST),
            &tr!(l, RECONCILE_COL_RESALE),
            &tr!(l, RECONCILE_COL_DRAFT),
            &tr!(l, RECONCILE_COL_MARGIN),
            &tr!(l, RECONCILE_COL_RATE),
        ]);
        for r in rows.iter().chain(totals) {
            t.add_row(row(vec![
                r.name.clone(),
                self.money(&Some(r.cost.clone())),
                self.money(&Some(r.resale.clone())),
                self.money(&Some(r.draft.clone())),
                self.money(&Some(r.margin.clone())),
                r.rate_label.clone(),
            ]));
        }
        right(&mut t, &[1, 2, 3, 4, 5]);
        outln!("{t}");
    }

    pub fn margin(&self, v: &MarginView) {
        if self.json {
            return json(v);
        }
        let l = self.lang;
        outln!("{}", v.title);
        if v.totals.is_empty() {
            outln!("{}", v.note);
            return;
        }
        outln!("{}", tr!(l, RECONCILE_MARGIN_CUSTOMERS));
        self.margin_table(&tr!(l, RECONCILE_COL_CUSTOMER), &v.customers, &v.totals);
        outln!("{}", tr!(l, RECONCILE_MARGIN_PRODUCTS));
        self.margin_table(&tr!(l, RECONCILE_COL_PRODUCT), &v.products, &v.totals);
        outln!("{}", v.note);
    }
}
