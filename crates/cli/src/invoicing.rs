//! The invoicing subcommands: bill, invoices, credit-note, payments.

use ardoise_app::domain::choices::Choices;
use ardoise_app::domain::invoicing::InvoiceState;
use ardoise_app::domain::{Invalid, Problem};
use ardoise_app::transport_invoicing::{AllocationInput, InvoiceFilter, PaymentForm};
use ardoise_app::transport_send::InvoicesPrintRequest;
use ardoise_app::{Ardoise, CancelFlag, Session};

use crate::args::{InvoicesCmd, PaymentsCmd};
use crate::failure::{found, Result};
use crate::output::Out;

/// "F2026-00042=120.50" → an allocation to that invoice.
fn allocation(book: &Ardoise, session: &Session, typed: &str) -> Result<AllocationInput> {
    let (invoice, amount) = typed
        .split_once('=')
        .ok_or_else(|| Invalid::one("allocate", Problem::Required))?;
    Ok(AllocationInput {
        invoice_id: found(book.find_invoice(session, invoice), invoice)?,
        amount: amount.to_string(),
    })
}

pub fn bill(book: &mut Ardoise, s: &Session, out: &Out, period: &str, issue: bool) -> Result<()> {
    let json = out.json;
    let progress = |p: ardoise_app::transport_invoicing::Progress| {
        if !json && p.total > 0 && (p.done == p.total || p.done % 1000 == 0) {
            errout!("\r{} / {}", p.done, p.total);
        }
    };
    let cancel = CancelFlag::default();
    let (run, issued) = if issue {
        let (run, issued) = book.bill_and_issue(s, period, out.lang, &progress, &cancel)?;
        (run, Some(issued))
    } else {
        (book.bill(s, period, out.lang, &progress, &cancel)?, None)
    };
    if !json {
        errln!();
    }
    out.billing_run(&run, issued.as_deref());
    Ok(())
}

pub fn invoices(book: &mut Ardoise, s: &Session, out: &Out, cmd: &InvoicesCmd) -> Result<()> {
    match cmd {
        InvoicesCmd::List {
            state,
            customer,
            period,
        } => {
            let state = match state.as_deref() {
                None => None,
                Some(t) => Some(
                    Choices::InvoiceState
                        .pick(t, InvoiceState::parse)
                        .map_err(|p| Invalid::one("state", p))?,
                ),
            };
            let customer_id = match customer {
                Some(c) => Some(found(book.find_customer(s, c), c)?),
                None => None,
            };
            let filter = InvoiceFilter {
                state,
                customer_id,
                period: period.clone(),
                kind: None,
                ..Default::default()
            };
            out.invoices(&book.invoices(s, &filter)?);
        }
        InvoicesCmd::Show { invoice } => {
            let id = found(book.find_invoice(s, invoice), invoice)?;
            out.invoice(&book.invoice(s, id)?);
        }
        InvoicesCmd::Issue { ids } => out.invoices(&book.issue_invoices(s, ids)?),
        InvoicesCmd::Pdf {
            invoice: Some(invoice),
            out: file,
            ..
        } => {
            let id = found(book.find_invoice(s, invoice), invoice)?;
            let saved = book.export_invoice_pdf(s, id, file)?;
            out.written(&saved.path, saved.bytes as usize);
        }
        InvoicesCmd::Pdf {
            period: Some(period),
            out: dir,
            combined,
            ..
        } => print_period(book, s, out, period, dir, combined.as_deref())?,
        InvoicesCmd::Pdf { .. } => {
            return Err(Invalid::one("period", Problem::Required).into());
        }
    }
    Ok(())
}

/// A billing period's issued invoices into a folder, and one file to print.
fn print_period(
    book: &Ardoise,
    s: &Session,
    out: &Out,
    period: &str,
    dir: &std::path::Path,
    combined: Option<&std::path::Path>,
) -> Result<()> {
    let ids = book.invoices_of_period(s, period)?;
    if ids.is_empty() {
        out.no_invoice_issued(period);
        return Ok(());
    }
    let request = InvoicesPrintRequest {
        ids,
        out_dir: dir.display().to_string(),
        files: true,
        combined: combined.map(|c| c.display().to_string()),
    };
    let json = out.json;
    // Only a long run shows its count: a few invoices are written before it could be read.
    let shown = std::cell::Cell::new(false);
    let progress = |p: ardoise_app::transport_invoicing::Progress| {
        if !json && p.total >= 100 && p.done > 0 && (p.done == p.total || p.done % 100 == 0) {
            errout!("\r{} / {}", p.done, p.total);
            shown.set(true);
        }
    };
    let result = book.print_invoices(
        s,
        &request,
        out.lang,
        dir,
        &progress,
        &CancelFlag::default(),
    )?;
    if shown.get() {
        errln!();
    }
    out.invoices_printed(&result);
    Ok(())
}

pub fn credit_note(
    book: &mut Ardoise,
    s: &Session,
    out: &Out,
    invoice: &str,
    amount: Option<&str>,
    reason: &str,
) -> Result<()> {
    let id = found(book.find_invoice(s, invoice), invoice)?;
    let note = book.credit_invoice(s, id, amount, reason)?;
    out.invoice(&book.invoice(s, note)?);
    Ok(())
}

pub fn payments(book: &mut Ardoise, s: &Session, out: &Out, cmd: &PaymentsCmd) -> Result<()> {
    match cmd {
        PaymentsCmd::Add(a) => {
            let customer_id = found(book.find_customer(s, &a.customer), &a.customer)?;
            let currency = match &a.currency {
                Some(c) => c.clone(),
                None => book.customer(s, customer_id)?.currency,
            };
            let form = PaymentForm {
                customer_id,
                received_on: book.date_or_today(a.date.as_deref()),
                amount: a.amount.clone(),
                currency,
                method: a.method.clone(),
                reference: a.reference.clone(),
            };
            let allocations = a
                .allocate
                .iter()
                .map(|t| allocation(book, s, t))
                .collect::<Result<Vec<_>>>()?;
            let manual = (!allocations.is_empty()).then_some(allocations.as_slice());
            out.payments(&[book.record_payment(s, &form, manual)?]);
        }
        PaymentsCmd::Allocate { payment, to } => {
            let allocations = to
                .iter()
                .map(|t| allocation(book, s, t))
                .collect::<Result<Vec<_>>>()?;
            out.payments(&[book.allocate_payment(s, *payment, &allocations)?]);
        }
        PaymentsCmd::List { customer } => {
            let id = match customer {
                Some(c) => Some(found(book.find_customer(s, c), c)?),
                None => None,
            };
            out.payments(&book.payments(s, id)?);
        }
        PaymentsCmd::Reverse { .. } | PaymentsCmd::Refund(_) => unreachable!("payments.rs"),
    }
    Ok(())
}
