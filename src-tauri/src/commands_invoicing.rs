//! Thin Tauri commands for invoices, credit notes and payments.

use ardoise_app::domain::invoicing::OneOffForm;
use ardoise_app::transport::Created;
use ardoise_app::transport_invoicing::*;
use ardoise_app::AppError;
use tauri::{AppHandle, Emitter, State};

use crate::state::Desktop;

type Reply<T> = Result<T, ardoise_app::ErrorView>;

#[tauri::command(async, rename_all = "snake_case")]
pub fn bill(
    app: AppHandle,
    desktop: State<'_, Desktop>,
    period: String,
) -> Reply<BillingRunResult> {
    desktop.cancel.reset();
    let lang = desktop.lang();
    let progress = |p: Progress| {
        // A window that went away only misses a progress tick.
        let _ = app.emit("billing-progress", p);
    };
    desktop.run(|b, s| b.bill(s, &period, lang, &progress, &desktop.cancel))
}

#[tauri::command(async, rename_all = "snake_case")]
pub fn billing_cancel(desktop: State<'_, Desktop>) {
    desktop.cancel.cancel();
}

#[tauri::command(async, rename_all = "snake_case")]
pub fn invoices_list(desktop: State<'_, Desktop>, filter: InvoiceFilter) -> Reply<Vec<InvoiceRow>> {
    desktop.run(|b, s| b.invoices(s, &filter))
}

#[tauri::command(async, rename_all = "snake_case")]
pub fn invoice_get(desktop: State<'_, Desktop>, id: i64) -> Reply<InvoiceView> {
    desktop.run(|b, s| b.invoice(s, id))
}

#[tauri::command(async, rename_all = "snake_case")]
pub fn invoice_add_line(desktop: State<'_, Desktop>, id: i64, form: OneOffForm) -> Reply<()> {
    desktop.run(|b, s| b.add_invoice_line(s, id, &form))
}

#[tauri::command(async, rename_all = "snake_case")]
pub fn invoice_remove_line(desktop: State<'_, Desktop>, id: i64, position: i64) -> Reply<()> {
    desktop.run(|b, s| b.remove_invoice_line(s, id, position))
}

#[tauri::command(async, rename_all = "snake_case")]
pub fn invoice_delete(desktop: State<'_, Desktop>, id: i64) -> Reply<()> {
    desktop.run(|b, s| b.delete_draft(s, id))
}

#[tauri::command(async, rename_all = "snake_case")]
pub fn invoices_issue(desktop: State<'_, Desktop>, ids: Vec<i64>) -> Reply<Vec<InvoiceRow>> {
    desktop.run(|b, s| b.issue_invoices(s, &ids))
}

#[tauri::command(async, rename_all = "snake_case")]
pub fn credit_note_create(
    desktop: State<'_, Desktop>,
    invoice_id: i64,
    amount: Option<String>,
) -> Reply<Created> {
    desktop.run(|b, s| {
        b.credit_invoice(s, invoice_id, amount.as_deref())
            .map(|id| Created { id })
    })
}

#[tauri::command(async, rename_all = "snake_case")]
pub fn invoice_pdf(desktop: State<'_, Desktop>, id: i64) -> Reply<PdfView> {
    desktop.run(|b, s| b.invoice_pdf_view(s, id))
}

/// Writes the PDF beside the book and opens it in the system's viewer, to print.
#[tauri::command(async, rename_all = "snake_case")]
pub fn invoice_open(desktop: State<'_, Desktop>, id: i64) -> Reply<String> {
    desktop.run(|b, s| {
        let file = b.save_invoice_pdf(s, id, None)?;
        open::that_detached(&file)
            .map_err(|e| AppError::Refused(format!("{}: {e}", file.display())))?;
        Ok(file.display().to_string())
    })
}

#[tauri::command(async, rename_all = "snake_case")]
pub fn payment_record(
    desktop: State<'_, Desktop>,
    form: PaymentForm,
    allocations: Option<Vec<AllocationInput>>,
) -> Reply<PaymentView> {
    desktop.run(|b, s| b.record_payment(s, &form, allocations.as_deref()))
}

#[tauri::command(async, rename_all = "snake_case")]
pub fn payment_allocate(
    desktop: State<'_, Desktop>,
    payment_id: i64,
    allocations: Vec<AllocationInput>,
) -> Reply<PaymentView> {
    desktop.run(|b, s| b.allocate_payment(s, payment_id, &allocations))
}

#[tauri::command(async, rename_all = "snake_case")]
pub fn payments_list(
    desktop: State<'_, Desktop>,
    customer_id: Option<i64>,
) -> Reply<Vec<PaymentView>> {
    desktop.run(|b, s| b.payments(s, customer_id))
}

#[tauri::command(async, rename_all = "snake_case")]
pub fn customer_balances(desktop: State<'_, Desktop>, customer_id: i64) -> Reply<Vec<BalanceView>> {
    desktop.run(|b, s| b.customer_balances(s, customer_id))
}
