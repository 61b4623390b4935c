//! The TypeScript side of the transport: every type the UI receives or sends, and the
//! table of commands with their arguments and results, generated from the Rust types.
//!
//! `ui/src/lib/bindings.ts` is this module's output, checked in; the test below fails
//! when it is stale, so CI catches a Rust change the UI has not seen.

use ts_rs::{Config, TS};

use ardoise_domain::catalog::{PriceForm, ProductForm};
use ardoise_domain::customer::{ContactForm, ContactRole, CustomerForm, CustomerStatus};
use ardoise_domain::partner::PartnerForm;
use ardoise_domain::subscription::{BillingFrequency, SubscriptionForm, SubscriptionStatus, Term};
use ardoise_domain::Lang;

use ardoise_domain::collections::{Policy, Step, StepKind, StepText};
use ardoise_domain::invoicing::{InvoiceState, LineKind, OneOffForm};

use crate::opening::OpenTarget;
use crate::transport::*;
use crate::transport_backup::*;
use crate::transport_collections::*;
use crate::transport_invoicing::*;
use crate::transport_statements::*;
use crate::{ErrorView, FieldMessage};

macro_rules! commands {
    ($( $name:ident ( $($arg:ident : $aty:ty),* ) -> $ret:ty ;)*) => {
        /// Every command the desktop shell exposes, by name.
        pub const COMMAND_NAMES: &[&str] = &[$(stringify!($name)),*];

        fn command_map(cfg: &Config) -> String {
            let mut out = String::from("export type Commands = {\n");
            $(
                let args: Vec<String> = vec![$(format!("{}: {}", stringify!($arg), <$aty as TS>::name(cfg))),*];
                out.push_str(&format!(
                    "  {}: {{ args: {{ {} }}; returns: {} }};\n",
                    stringify!($name),
                    args.join("; "),
                    <$ret as TS>::name(cfg)
                ));
            )*
            out.push_str("};\n");
            out
        }
    };
}

commands! {
    book_state() -> BookState;
    book_create(demo: bool) -> AppInfo;
    app_info() -> AppInfo;
    set_language(language: Option<Lang>) -> ();
    book_check() -> CheckReport;
    customers_list() -> Vec<CustomerRow>;
    customer_get(id: i64) -> CustomerView;
    customer_create(form: CustomerForm) -> Created;
    customer_update(id: i64, form: CustomerForm) -> ();
    contact_add(customer_id: i64, form: ContactForm) -> Created;
    contact_update(id: i64, form: ContactForm) -> ();
    contact_delete(id: i64) -> ();
    subscriptions_list(customer_id: Option<i64>) -> Vec<SubscriptionView>;
    subscription_form(id: i64) -> SubscriptionForm;
    subscription_add(customer_id: i64, form: SubscriptionForm) -> Created;
    subscription_update(id: i64, form: SubscriptionForm, quantity_effective: Option<String>) -> ();
    products_list() -> Vec<ProductRow>;
    product_get(id: i64) -> ProductView;
    product_add(form: ProductForm, price: PriceForm) -> Created;
    price_add(product_id: i64, form: PriceForm) -> ();
    partner_get() -> PartnerView;
    partner_save(form: PartnerForm) -> ();
    partner_logo_set(png_base64: Option<String>) -> ();
    bill(period: String) -> BillingRunResult;
    billing_cancel() -> ();
    invoices_list(filter: InvoiceFilter) -> Vec<InvoiceRow>;
    invoice_get(id: i64) -> InvoiceView;
    invoice_add_line(id: i64, form: OneOffForm) -> ();
    invoice_remove_line(id: i64, position: i64) -> ();
    invoice_delete(id: i64) -> ();
    invoices_issue(ids: Vec<i64>) -> Vec<InvoiceRow>;
    credit_note_create(invoice_id: i64, amount: Option<String>) -> Created;
    invoice_pdf(id: i64) -> PdfView;
    invoice_open(id: i64) -> String;
    payment_record(form: PaymentForm, allocations: Option<Vec<AllocationInput>>) -> PaymentView;
    payment_allocate(payment_id: i64, allocations: Vec<AllocationInput>) -> PaymentView;
    payments_list(customer_id: Option<i64>) -> Vec<PaymentView>;
    statement_get(request: StatementRequest) -> StatementView;
    statement_pdf(request: StatementRequest) -> PdfView;
    statement_save(request: StatementRequest, print: bool) -> StatementFile;
    statements_batch(request: BatchRequest) -> BatchResult;
    statements_cancel() -> ();
    aging_report(as_of: String) -> AgingReport;
    aging_export(as_of: String, format: ExportFormat, open: bool) -> String;
    communications_list(customer_id: i64) -> Vec<CommunicationView>;
    document_open(target: OpenTarget) -> ();
    folder_choose() -> Option<String>;
    documents_folder() -> String;
    collections_get(as_of: String) -> CollectionsView;
    letters_produce(request: LettersRequest) -> LettersResult;
    renewal_notices_produce(request: RenewalNoticesRequest) -> LettersResult;
    communications_mark_sent(ids: Vec<i64>, on: String, via: String) -> ();
    collections_hold(customer_id: i64, invoice_id: Option<i64>, reason: String) -> Created;
    collections_lift_hold(hold_id: i64) -> ();
    suspension_done(id: i64, on: String) -> ();
    reactivation_done(id: i64, on: String) -> ();
    dashboard_get(as_of: String) -> DashboardView;
    policy_get() -> Policy;
    policy_save(policy: Policy) -> ();
    policy_reset() -> Policy;
    policy_sheet_open(lang: Lang, open: bool) -> String;
    customer_balances(customer_id: i64) -> Vec<BalanceView>;
    backup_status() -> BackupStatus;
    backup_now() -> BackupDone;
    backup_folder_choose() -> Option<BackupStatus>;
    restore_choose() -> Option<RestoreCandidate>;
    restore_confirm() -> RestoreDone;
}

/// The whole `bindings.ts`.
pub fn bindings() -> String {
    // Ids and counts stay far below 2^53: plain numbers in TypeScript.
    let cfg = Config::new().with_large_int("number");
    let mut out = String::from(
        "// Generated from the Rust transport types by `ardoise-app` (typescript.rs).\n\
         // Do not edit: run `UPDATE_BINDINGS=1 cargo test -p ardoise-app bindings`.\n\n",
    );
    macro_rules! decl {
        ($($t:ty),* $(,)?) => {
            $( out.push_str(&format!("export {}\n\n", <$t as TS>::decl(&cfg))); )*
        };
    }
    decl!(
        Lang,
        CustomerStatus,
        ContactRole,
        Term,
        BillingFrequency,
        SubscriptionStatus,
        CustomerForm,
        ContactForm,
        ProductForm,
        PriceForm,
        SubscriptionForm,
        PartnerForm,
        MoneyView,
        AppInfo,
        Finding,
        ChainView,
        CheckReport,
        ReadOnlyView,
        OpenTarget,
        BookState,
        CustomerRow,
        ContactView,
        SubscriptionView,
        CustomerView,
        PriceView,
        ProductRow,
        ProductView,
        PartnerView,
        Created,
        DemoSummary,
        ErrorView,
        FieldMessage,
        InvoiceState,
        LineKind,
        OneOffForm,
        DocumentKindView,
        InvoiceRow,
        InvoiceLineView,
        VatLineView,
        SettlementView,
        InvoiceView,
        InvoiceFilter,
        BillingRunResult,
        Progress,
        PaymentForm,
        AllocationInput,
        AllocationView,
        PaymentView,
        BalanceView,
        PdfView,
        StatementRequest,
        SettledView,
        StatementLineView,
        OpenItemView,
        AgingView,
        StatementView,
        StatementFile,
        StatementSelection,
        BatchRequest,
        BatchResult,
        AgingRowView,
        AgingReport,
        ExportFormat,
        CommunicationView,
        DueInvoiceView,
        LetterProposalView,
        HeldView,
        SuspensionState,
        SuspensionView,
        CollectionsView,
        LettersRequest,
        LetterKey,
        LetterFile,
        LettersResult,
        StepDue,
        TrendPoint,
        RenewalView,
        RenewalNoticesRequest,
        DashboardView,
        StepKind,
        StepText,
        Step,
        Policy,
        BackupStatus,
        BackupDone,
        RestoreCandidate,
        RestoreDone,
    );
    out.push_str(&command_map(&cfg));
    out
}

#[cfg(test)]
mod tests {
    use std::path::PathBuf;

    #[test]
    fn bindings_file_is_fresh() {
        let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../ui/src/lib/bindings.ts");
        let expected = super::bindings();
        if std::env::var_os("UPDATE_BINDINGS").is_some() {
            std::fs::write(&path, &expected).unwrap();
        }
        let actual = std::fs::read_to_string(&path).unwrap_or_default();
        assert!(
            actual == expected,
            "{} is stale: run `UPDATE_BINDINGS=1 cargo test -p ardoise-app bindings` and commit it",
            path.display()
        );
    }
}
