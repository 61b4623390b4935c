//! Every use case and the permission it checks first, as data. A shell's command
//! expects its use case's permission from here (the test of every role against every
//! command reads it), and a scan of the sources holds each use case to its line: a use
//! case missing here, or whose first `require` names another permission, fails
//! `crates/app/tests/permissions.rs`.

use crate::session::Permission::{self, *};

/// `(use case, permission it requires first)`; `None`: anyone signed in, on what is
/// their own (their password, their session). A use case that starts by calling another
/// use case has that one's permission.
pub const USE_CASES: &[(&str, Option<Permission>)] = &[
    // audit/export.rs
    ("audit_csv", Some(ViewAudit)),
    ("save_audit_csv", Some(ViewAudit)),
    // audit/mod.rs
    ("audit_entries", Some(ViewAudit)),
    ("audit_choices", Some(ViewAudit)),
    ("customer_history", Some(ViewBook)),
    // audit/scale.rs
    ("generate_audit_log", Some(ManageBook)),
    // backup.rs
    ("backup_job", Some(ManageBook)),
    ("backup_record", Some(ManageBook)),
    ("backup_now", Some(ManageBook)),
    ("backup_status", Some(ViewBook)),
    ("set_backup_folder", Some(ManageBook)),
    ("check_backup_file", Some(ManageBook)),
    // bank/confirm.rs
    ("bank_confirm", Some(RecordPayments)),
    ("bank_confirm_all", Some(RecordPayments)),
    // bank/csv_sample.rs
    ("bank_csv_sample", Some(RecordPayments)),
    // bank/mod.rs
    ("bank_import", Some(RecordPayments)),
    ("bank_import_timed", Some(RecordPayments)),
    // book.rs
    ("info", Some(ViewBook)),
    ("set_language", Some(ViewBook)),
    // catalog.rs
    ("products", Some(ViewBook)),
    ("product", Some(ViewBook)),
    ("add_product", Some(EditCatalog)),
    ("add_price", Some(EditCatalog)),
    // check.rs
    ("check", Some(ManageBook)),
    // collections/dashboard.rs
    ("dashboard", Some(ViewBook)),
    // collections/day.rs
    ("collections_day", Some(ViewBook)),
    // collections/letters.rs
    ("produce_letters", Some(ProduceStatements)),
    ("mark_sent", Some(ProduceStatements)),
    ("hold", Some(RecordPayments)),
    ("lift_hold", Some(RecordPayments)),
    // collections/policy.rs
    ("collection_policy", Some(ViewBook)),
    ("save_collection_policy", Some(EditPartner)),
    ("reset_collection_policy", Some(EditPartner)),
    ("policy_sheet_pdf", Some(ViewBook)),
    // collections/renewals.rs
    ("produce_renewal_notices", Some(ProduceStatements)),
    // collections/round.rs
    ("produce_round", Some(ProduceStatements)),
    // collections/suspensions.rs
    ("mark_suspended", Some(ProduceStatements)),
    ("mark_reactivated", Some(ProduceStatements)),
    // collections/work.rs
    ("collections", Some(ViewBook)),
    // customers.rs
    ("customers", Some(ViewBook)),
    ("customer", Some(ViewBook)),
    ("create_customer", Some(EditCustomers)),
    ("similar_customers", Some(ViewBook)),
    ("create_customer_unless_similar", Some(EditCustomers)),
    ("update_customer", Some(EditCustomers)),
    ("add_contact", Some(EditCustomers)),
    ("update_contact", Some(EditCustomers)),
    ("delete_contact", Some(EditCustomers)),
    // demo_seed.rs
    ("seed_demo", Some(ManageBook)),
    // exports.rs
    ("export_aging_pdf", Some(ViewBook)),
    ("aging_csv_text", Some(ViewBook)),
    ("export_invoice_pdf", Some(ViewBook)),
    ("set_partner_logo_file", Some(EditPartner)),
    // invoicing/billing.rs
    ("bill", Some(EditInvoices)),
    ("bill_and_issue", Some(EditInvoices)),
    // invoicing/documents.rs
    ("invoice_pdf", Some(ViewBook)),
    ("invoice_pdf_view", Some(ViewBook)),
    // invoicing/explain.rs
    ("explain_invoice", Some(ViewBook)),
    // invoicing/issue.rs
    ("add_invoice_line", Some(EditInvoices)),
    ("remove_invoice_line", Some(EditInvoices)),
    ("delete_draft", Some(EditInvoices)),
    ("issue_invoices", Some(EditInvoices)),
    ("credit_invoice", Some(EditInvoices)),
    // invoicing/payments.rs
    ("record_payment", Some(RecordPayments)),
    ("allocate_payment", Some(RecordPayments)),
    ("payments", Some(ViewBook)),
    // invoicing/print_run.rs
    ("invoices_of_period", Some(ViewBook)),
    ("print_invoices", Some(EditInvoices)),
    ("mark_invoices_sent", Some(EditInvoices)),
    // invoicing/proposal.rs
    ("allocation_proposal", Some(RecordPayments)),
    // invoicing/read.rs
    ("invoices", Some(ViewBook)),
    ("find_invoice", Some(ViewBook)),
    ("invoice", Some(ViewBook)),
    ("customer_balances", Some(ViewBook)),
    // invoicing/reversal.rs
    ("payment_reverse", Some(RecordPayments)),
    ("customer_refund", Some(RecordPayments)),
    // opening.rs
    ("openable", Some(ViewBook)),
    // partner.rs
    ("partner", Some(ViewBook)),
    ("set_partner_logo", Some(EditPartner)),
    ("set_partner_logo_base64", Some(EditPartner)),
    ("save_partner", Some(EditPartner)),
    ("letter_signatory", Some(ViewBook)),
    ("save_letter_signatory", Some(EditPartner)),
    // saved.rs
    ("save_invoice_pdf", Some(ViewBook)),
    ("save_aging", Some(ViewBook)),
    ("save_policy_sheet", Some(ViewBook)),
    // scale.rs
    ("generate_history", Some(ManageBook)),
    // scale_support.rs
    ("generate_support_history", Some(ManageBook)),
    // search.rs
    ("search_customers", Some(ViewBook)),
    ("find_customer", Some(ViewBook)),
    ("find_product", Some(ViewBook)),
    // staff/accounts.rs
    ("change_password", None),
    ("staff_list", Some(ManageStaff)),
    ("staff_add", Some(ManageStaff)),
    ("staff_set_roles", Some(ManageStaff)),
    ("staff_reset_password", Some(ManageStaff)),
    ("staff_deactivate", Some(ManageStaff)),
    ("staff_reactivate", Some(ManageStaff)),
    ("set_idle_lock", Some(ManageStaff)),
    // staff/sign_in.rs
    ("session_view", None),
    // statements/aging.rs
    ("aging_report", Some(ViewBook)),
    ("aging_csv", Some(ViewBook)),
    ("aging_pdf", Some(ViewBook)),
    ("communications", Some(ViewBook)),
    // statements/batch.rs
    ("statements_batch", Some(ProduceStatements)),
    // statements/statement.rs
    ("statement", Some(ViewBook)),
    ("statement_pdf", Some(ViewBook)),
    ("statement_pdf_view", Some(ViewBook)),
    ("save_statement_in", Some(ProduceStatements)),
    ("save_statement_as", Some(ProduceStatements)),
    // subscriptions.rs
    ("subscriptions", Some(ViewBook)),
    ("subscription_form", Some(ViewBook)),
    ("add_subscription", Some(EditSubscriptions)),
    ("update_subscription", Some(EditSubscriptions)),
    // support/billing.rs
    ("support_time_billed", Some(ViewBook)),
    // support/clocks.rs
    ("support_due_times", Some(ViewBook)),
    // support/escalation.rs
    ("escalate_support_request", Some(WorkSupport)),
    // support/plans.rs
    ("support_plans", Some(ViewBook)),
    ("support_plan", Some(ViewBook)),
    ("save_support_plan", Some(EditSupportPlans)),
    ("add_support_plan_price", Some(EditSupportPlans)),
    ("archive_support_plan", Some(EditSupportPlans)),
    ("support_routes", Some(ViewBook)),
    ("save_support_routes", Some(EditSupportPlans)),
    ("set_customer_support_plan", Some(EditSupportPlans)),
    ("support_open_status", Some(ViewBook)),
    // support/queue.rs
    ("support_queue", Some(ViewBook)),
    ("support_due_soon", Some(ViewBook)),
    ("support_report", Some(ViewBook)),
    // support/requests.rs
    ("support_request_id", Some(ViewBook)),
    ("add_support_request", Some(WorkSupport)),
    ("move_support_request", Some(WorkSupport)),
    ("note_support_request", Some(WorkSupport)),
    ("assign_support_request", Some(WorkSupport)),
    ("support_request", Some(ViewBook)),
    // support/sheet.rs
    ("support_sheet_pdf", Some(ViewBook)),
    ("save_support_sheet", Some(ProduceStatements)),
    // support/time.rs
    ("log_support_time", Some(WorkSupport)),
    ("start_support_timer", Some(WorkSupport)),
    ("stop_support_timer", Some(WorkSupport)),
    ("support_timer", Some(ViewBook)),
    // partner_center/mod.rs
    ("partner_center_preview", Some(EditInvoices)),
    ("partner_center_import", Some(EditInvoices)),
    ("partner_center_imports", Some(ViewBook)),
];

/// The permission `use_case` checks first: `None` if it is not a use case, `Some(None)`
/// if anyone signed in may call it.
pub fn permission_of(use_case: &str) -> Option<Option<Permission>> {
    USE_CASES
        .iter()
        .find(|(name, _)| *name == use_case)
        .map(|(_, p)| *p)
}
