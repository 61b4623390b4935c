// Generated from the Rust transport types by `ardoise-app` (typescript.rs).
// Do not edit: run `UPDATE_BINDINGS=1 cargo test -p ardoise-app bindings`.

export type AgingReport = { as_of: string, 
/**
 * Largest total first.
 */
rows: Array<AgingRowView>, 
/**
 * One per currency.
 */
totals: Array<AgingView>, };

export type AgingRowView = { customer_id: number, customer_name: string, aging: AgingView, };

export type AgingView = { currency: string, not_due: MoneyView, d1_30: MoneyView, d31_60: MoneyView, d61_90: MoneyView, over_90: MoneyView, total: MoneyView, };

export type AllocationInput = { invoice_id: number, amount: string, };

export type AllocationProposal = { 
/**
 * The customer's open invoices (ids), in the order a payment settles them.
 */
order: Array<number>, 
/**
 * The amount spread over them, each up to what it still owes.
 */
allocations: Array<AllocationInput>, };

export type AllocationView = { invoice_id: number, number: string, amount: MoneyView, };

export type AppInfo = { version: string, 
/**
 * Where the book lives on disk.
 */
book_path: string, schema_version: number, 
/**
 * The business date, YYYY-MM-DD.
 */
today: string, 
/**
 * The language chosen in settings, if any; otherwise the UI follows the system.
 */
language: Lang | null, staff_name: string, partner_configured: boolean, customers: number, 
/**
 * A book made as a demo: its date may be moved, and the window says so.
 */
demo: boolean, 
/**
 * The date `ARDOISE_TODAY` asked for and this real book did not follow.
 */
ignored_date: string | null, 
/**
 * Set when the book opened for reading only: why, as a sentence to show.
 */
read_only: ReadOnlyView | null, };

export type AuditChoices = { people: Array<AuditPerson>, kinds: Array<AuditKindChoice>, };

export type AuditEntryView = { id: number, 
/**
 * Date and time on the reader's clock, as they write it.
 */
when: string, staff_id: number, who: string, 
/**
 * The action's code, for tests and filters; never shown.
 */
action: string, kind: AuditKind, 
/**
 * What was done, as a sentence (« Facture F2026-00012 émise »).
 */
what: string, customer_id: number | null, customer_name: string | null, changes: Array<RowChangeView>, 
/**
 * Rows written beyond those kept with the entry (a large billing run).
 */
more_rows: number, };

export type AuditFilter = { staff_id: number | null, customer_id: number | null, kind: AuditKind | null, from: string | null, to: string | null, before_id: number | null, };

export type AuditKind = "customer" | "subscription" | "invoice" | "payment" | "letter" | "support" | "catalog" | "staff" | "settings";

export type AuditKindChoice = { kind: AuditKind, label: string, };

export type AuditPageView = { entries: Array<AuditEntryView>, 
/**
 * The id to ask `before_id` for the next page; `None` on the last page.
 */
next_before: number | null, };

export type AuditPerson = { id: number, display_name: string, };

export type BackupDone = { file: string, bytes: number, millis: number, 
/**
 * Older backups deleted by the rotation (14 daily, 12 monthly).
 */
deleted: Array<string>, 
/**
 * How many backups the folder keeps now.
 */
kept: number, };

export type BackupStatus = { 
/**
 * The folder backups are written to (the partner's choice, or `backups` beside the
 * book).
 */
folder: string, 
/**
 * Whether the folder is the partner's choice rather than the default.
 */
chosen: boolean, 
/**
 * When the last backup of this book was made (RFC 3339, UTC), if ever.
 */
last_at: string | null, last_file: string | null, 
/**
 * A backup was made less than 24 hours ago.
 */
recent: boolean, };

export type BalanceView = { currency: string, invoiced: MoneyView, credited: MoneyView, paid: MoneyView, 
/**
 * invoiced − credited − paid: what the customer owes (negative: what we owe).
 */
balance: MoneyView, 
/**
 * Payments not yet allocated to an invoice.
 */
unallocated: MoneyView, overdue: MoneyView, };

export type BankConfirmation = { line_id: number, customer_id: number, allocations: Array<AllocationInput>, };

export type BankFileChosen = { handle: number, file_name: string, csv: CsvSample | null, };

export type BankFileImport = { handle: number, csv_bank: string | null, csv_mapping: CsvMapping | null, csv_currency: string | null, };

export type BankImportView = { 
/**
 * "camt053", "ofx" or "csv".
 */
kind: string, account: string, dry_run: boolean, 
/**
 * Lines added to the book by this import (0 in a dry run).
 */
added: number, 
/**
 * Lines of the file the book already had.
 */
already_imported: number, lines: Array<BankLineView>, };

export type BankLineStatus = "proposed" | "unmatched" | "refused" | "confirmed" | "ignored";

export type BankLineView = { 
/**
 * None in a dry run for a line not imported yet.
 */
line_id: number | null, position: number, booked_on: string, amount: MoneyView, credit: boolean, label: string, payer: string, payer_iban: string | null, status: BankLineStatus, customer_id: number | null, customer_name: string | null, allocations: Array<AllocationView>, on_account: MoneyView, 
/**
 * Why it is proposed so, as a sentence in the reader's language.
 */
reason: string, payment_id: number | null, };

export type BatchRequest = { selection: StatementSelection, from: string, to: string, as_of: string, 
/**
 * The folder for one file per customer; empty for the default beside the book.
 */
out_dir: string, 
/**
 * Also write every statement into one PDF, for a single print job: to this path,
 * or (empty) as `Releves-AS_OF.pdf` in the folder.
 */
combined: string | null, };

export type BatchResult = { out_dir: string, files: Array<string>, combined: string | null, 
/**
 * Customers selected.
 */
selected: number, 
/**
 * Statements written and logged.
 */
produced: number, bytes: number, 
/**
 * Stopped by the user: what was written before stays written and logged.
 */
cancelled: boolean, };

export type BillingFrequency = "monthly" | "annual" | "triennial" | "one_time";

export type BillingRunResult = { period: string, 
/**
 * Drafts made by this run.
 */
drafted: Array<InvoiceRow>, 
/**
 * Customers that already had an invoice for the period.
 */
skipped: number, 
/**
 * Subscriptions that could not be billed, as sentences (no price in force...).
 */
problems: Array<string>, 
/**
 * Sum of the drafts' totals incl. VAT, per currency.
 */
totals: Array<MoneyView>, cancelled: boolean, };

export type BookState = { open: boolean, path: string, 
/**
 * The operating system's language: what the window speaks until the user picks one.
 */
system_language: Lang, 
/**
 * Why the book could not be opened (a newer version's book, a damaged file).
 */
error: ErrorView | null, 
/**
 * The language chosen in the book: the sign-in screen speaks it before anyone is
 * signed in to read the book's settings.
 */
language: Lang | null, 
/**
 * Debug builds only, from `ARDOISE_IDLE_SECONDS`: the idle time before the window
 * locks, in place of the book's minutes, so an end-to-end test does not wait minutes.
 */
idle_seconds: number | null, };

export type Category = "billing" | "technical" | "subscription_change" | "access" | "other";

export type ChainView = { 
/**
 * audit_log, communications or files_written.
 */
log: string, rows: number, 
/**
 * The last row's hash: noted down, it proves later that the log was not rewritten.
 */
head: string | null, };

export type Channel = "phone" | "email" | "portal" | "on_site";

export type CheckReport = { findings: Array<Finding>, 
/**
 * Issued invoices and credit notes whose numbering and totals were verified.
 */
documents_checked: number, 
/**
 * Logged files present on disk whose SHA-256 was compared.
 */
files_checked: number, 
/**
 * Logged files no longer where they were written (moved or deleted): not a fault.
 */
files_missing: number, chains: Array<ChainView>, };

export type CollectionsView = { as_of: string, letters: Array<LetterProposalView>, held: Array<HeldView>, suspensions: Array<SuspensionView>, 
/**
 * Annual and triennial renewals within the notice window, sent or not.
 */
renewals: Array<RenewalView>, };

export type CommunicationView = { id: number, 
/**
 * "statement" or "letter".
 */
kind: string, 
/**
 * Letters: the collection step ("first_reminder").
 */
step_code: string | null, 
/**
 * RFC 3339.
 */
produced_at: string, staff_name: string | null, as_of: string, period_start: string | null, period_end: string | null, balance: MoneyView, invoices: Array<string>, sha256: string, file_name: string | null, sent_on: string | null, sent_via: string | null, };

export type ContactForm = { role: string, name: string, email: string, phone: string, };

export type ContactRole = "billing" | "technical" | "other";

export type ContactView = { id: number, role: ContactRole, name: string, email: string, phone: string | null, };

export type Created = { id: number, };

export type CreatedRequest = { id: number, number: string, };

export type CsvMapping = { date: string, amount: string | null, debit: string | null, credit: string | null, label: string, payer: string | null, reference: string | null, };

export type CsvSample = { columns: Array<string>, 
/**
 * The first rows, cell by cell in the columns' order.
 */
rows: Array<Array<string>>, banks: Array<KnownCsvBank>, };

export type CustomerForm = { legal_name: string, vat_number: string, country: string, address_line1: string, address_line2: string, postal_code: string, city: string, language: string, currency: string, payment_terms_days: string, tenant_id: string, domain: string, support_plan: string, status: string, notes: string, 
/**
 * What the customer quotes on its transfers; blank keeps « C-00042 ».
 */
reference: string, };

export type CustomerRow = { id: number, legal_name: string, country: string, city: string, vat_number: string | null, currency: string, language: Lang, status: CustomerStatus, domain: string | null, tenant_id: string | null, active_subscriptions: number, seats: number, 
/**
 * Subscriptions suspended for non-payment: shown wherever the customer is listed.
 */
suspended_subscriptions: number, 
/**
 * What the customer owes today in its currency (invoices less credit notes less
 * payments; negative when it holds a credit), and the part of it past due.
 */
balance: MoneyView, overdue: MoneyView, };

export type CustomerStatus = "active" | "suspended" | "inactive";

export type CustomerView = { id: number, legal_name: string, vat_number: string | null, address_line1: string, address_line2: string | null, postal_code: string, city: string, country: string, language: Lang, currency: string, payment_terms_days: number, tenant_id: string | null, domain: string | null, support_plan: string | null, status: CustomerStatus, notes: string | null, contacts: Array<ContactView>, subscriptions: Array<SubscriptionView>, 
/**
 * Sum of the active subscriptions' monthly amounts.
 */
monthly_total: MoneyView, 
/**
 * The same customer as its edit form holds it.
 */
form: CustomerForm, };

export type DashboardView = { as_of: string, steps: Array<StepDue>, held: number, to_suspend: number, to_reactivate: number, 
/**
 * Past due today, per currency.
 */
overdue: Array<MoneyView>, 
/**
 * The last 12 month-ends, oldest first, then today.
 */
trend: Array<TrendPoint>, 
/**
 * Who owes most today.
 */
top_debtors: Array<AgingRowView>, 
/**
 * Renewals in the next 30 days.
 */
renewals: Array<RenewalView>, };

export type DeliveredBy = "own_team" | "subcontractor" | "resold";

export type DocumentKindView = "invoice" | "credit_note";

export type DueInvoiceView = { invoice_id: number, number: string, due_date: string, days_overdue: number, open: MoneyView, };

export type ErrorView = { code: string, message: string, fields: Array<FieldMessage>, };

export type EscalationForm = { route: Route, 
/**
 * Microsoft's case number, as Microsoft gave it.
 */
case_number: string, 
/**
 * YYYY-MM-DD; empty for today.
 */
opened_on: string, 
/**
 * What was sent to Microsoft, for the timeline.
 */
note: string, };

export type EscalationView = { route: Route, route_name: string, case_number: string, opened_on: string, closed_on: string | null, };

export type EventKind = "opened" | "state" | "note" | "reply" | "escalated" | "microsoft" | "assigned" | "severity";

export type EventView = { at: string, staff_name: string | null, kind: EventKind, from_state: RequestState | null, to_state: RequestState | null, 
/**
 * What happened, in the reader's language.
 */
summary: string, 
/**
 * What was written with it (a note, a reply, Microsoft's answer).
 */
body: string, };

export type ExportFormat = "csv" | "pdf";

export type FieldChangeView = { 
/**
 * The column's label in the reader's words (its name for a column nobody labelled).
 */
label: string, before: string | null, after: string | null, };

export type FieldMessage = { field: string, message: string, };

export type Finding = { 
/**
 * What kind of invariant is broken: integrity, foreign_key, numbering, totals,
 * over_allocation, period_billed_twice, settlement_index, file_hash, chain.
 */
code: string, 
/**
 * What it concerns: a document number, a payment, a log row, a file's path.
 */
subject: string, fr: string, en: string, };

export type FirstAdminForm = { username: string, display_name: string, title: string, password: string, };

export type HeldView = { hold_id: number | null, customer_id: number, customer_name: string, invoice_id: number, number: string, 
/**
 * "invoice" (disputed) or "customer".
 */
reason: string, note: string, step_name: string, };

export type HoursRow = { customer_id: number, customer_name: string, 
/**
 * "2026-12".
 */
month: string, minutes: number, billable_minutes: number, };

export type InvoiceExplanation = { invoice_id: number, 
/**
 * `null` for a draft.
 */
number: string | null, 
/**
 * The invoice's language, which the paragraphs are written in.
 */
language: Lang, lines: Array<LineExplanation>, 
/**
 * Every paragraph, a blank line between them: ready to paste into a reply.
 */
text: string, };

export type InvoiceFilter = { 
/**
 * One of draft, unpaid, partly_paid, paid, overdue, credited; None for all.
 */
state: InvoiceState | null, customer_id: number | null, 
/**
 * "2026-11".
 */
period: string | null, 
/**
 * Invoices only, credit notes only, or both (None).
 */
kind: DocumentKindView | null, 
/**
 * Issue dates from and to, inclusive (YYYY-MM-DD); empty or None for no bound.
 */
issued_from?: string, issued_to?: string, 
/**
 * Only issued documents that never left the book (saved, printed or sent).
 */
not_sent?: boolean, };

export type InvoiceLineView = { position: number, kind: LineKind, description: string, service_start: string | null, service_end: string | null, quantity: string, unit_price: string, 
/**
 * "16/30" when the line is prorated by days.
 */
proration: string | null, vat_rate: string, net: MoneyView, };

export type InvoiceRow = { id: number, kind: DocumentKindView, 
/**
 * None while a draft.
 */
number: string | null, customer_id: number, customer_name: string, 
/**
 * "2026-11" for a billing-run invoice.
 */
period: string | null, issue_date: string | null, due_date: string | null, net: MoneyView, gross: MoneyView, 
/**
 * What is still to be paid: gross − credited − paid (0 for drafts and credit notes).
 */
open: MoneyView, state: InvoiceState, days_overdue: number, };

export type InvoiceState = "draft" | "unpaid" | "partly_paid" | "paid" | "overdue" | "credited" | "issued";

export type InvoiceView = { row: InvoiceRow, lines: Array<InvoiceLineView>, vat_lines: Array<VatLineView>, vat: MoneyView, paid: MoneyView, credited: MoneyView, 
/**
 * "Autoliquidation…" when the VAT is reverse charged.
 */
vat_mention: string | null, settlements: Array<SettlementView>, 
/**
 * Credit notes issued against this invoice.
 */
credit_notes: Array<InvoiceRow>, 
/**
 * For a credit note: the invoice it corrects (id, number).
 */
credited_invoice: InvoiceRow | null, 
/**
 * Drafts can be edited and deleted; issued documents never.
 */
editable: boolean, };

export type InvoicesPrintRequest = { 
/**
 * Issued invoices and credit notes, in the order they are printed.
 */
ids: Array<number>, 
/**
 * The folder for one file per invoice; empty for the default beside the book
 * (`invoices/2026-11` when they are all of one billing period).
 */
out_dir: string, 
/**
 * Each invoice as its own file in the folder (one not yet there).
 */
files: boolean, 
/**
 * Also all of them in one PDF, to print: to this path, or (empty) as
 * `Factures-2026-11.pdf` in the folder.
 */
combined: string | null, };

export type InvoicesPrintResult = { out_dir: string, 
/**
 * Files written by this run.
 */
files: Array<string>, 
/**
 * Invoices already in the folder from an earlier run: not written again.
 */
kept: number, 
/**
 * The print file, written now or found identical from an earlier run.
 */
combined: string | null, 
/**
 * Its pages: every page of every invoice.
 */
combined_pages: number, selected: number, cancelled: boolean, };

export type KnownCsvBank = { name: string, mapping: CsvMapping, };

export type Lang = "fr" | "en";

export type LeakView = { customer_id: number | null, customer: string, product: string, pc_subscription_id: string, 
/**
 * "not_in_book" or "not_billed"; `reason_label` says it.
 */
reason: string, reason_label: string, 
/**
 * Seats at the end of the month by Microsoft's rule, as the reader writes numbers;
 * "usage" in words for a subscription billed on usage only.
 */
seats: string, cost: MoneyView, lines: number, };

export type LetterFile = { communication_id: number, customer_id: number, step_code: string, path: string, sha256: string, };

export type LetterKey = { customer_id: number, step_code: string, };

export type LetterProposalView = { customer_id: number, customer_name: string, step_code: string, step_name: string, kind: "courtesy" | "reminder" | "formal_notice" | "suspension", invoices: Array<DueInvoiceView>, 
/**
 * Coming due, listed apart (not in `total`).
 */
coming: Array<DueInvoiceView>, total: MoneyView, };

export type LetterSignatory = { name: string, title: string, };

export type LettersRequest = { as_of: string, 
/**
 * (customer id, step code) pairs; empty: every letter proposed.
 */
only: Array<LetterKey>, 
/**
 * The folder for one file per letter; empty for the default beside the book.
 */
out_dir: string, 
/**
 * Signed by the person producing them (their name and title from their account)
 * rather than by the settings' signatory (absent or false).
 */
signed_by_me?: boolean, };

export type LettersResult = { out_dir: string, letters: Array<LetterFile>, 
/**
 * All of them in one PDF, for a single print job.
 */
combined: string | null, 
/**
 * Subscriptions now listed to suspend.
 */
suspensions: number, };

export type LineExplanation = { 
/**
 * The line's number on the invoice, from 1.
 */
position: number, kind: LineKind, 
/**
 * One paragraph in the invoice's language.
 */
text: string, };

export type LineKind = "subscription" | "one_off" | "support_fee" | "billable_hours" | "usage";

export type LinkView = { invoice_id: number | null, invoice_number: string | null, subscription_id: number | null, product_name: string | null, 
/**
 * The invoice is held in collections by this request right now.
 */
held: boolean, };

export type MarginRowView = { customer_id: number | null, name: string, cost: MoneyView, resale: MoneyView, 
/**
 * Of the resale, what drafts bill.
 */
draft: MoneyView, margin: MoneyView, 
/**
 * The margin over the resale in percent, a decimal string; `None` without resale.
 */
rate: string | null, 
/**
 * The rate as the reader writes it ("—" without resale).
 */
rate_label: string, };

export type MarginView = { period: string, title: string, customers: Array<MarginRowView>, products: Array<MarginRowView>, totals: Array<MarginRowView>, 
/**
 * What the resale and the cost count, in words.
 */
note: string, };

export type MarkupForm = { product: string, customer: string, rate: string, };

export type MarkupView = { product_id: number, product_name: string, customer_id: number | null, 
/**
 * « tous les clients » when for every customer.
 */
customer_name: string, rate: string, 
/**
 * « 15 % ».
 */
rate_text: string, };

export type MoneyView = { 
/**
 * A decimal string: "1234.56".
 */
amount: string, currency: string, };

export type NoteKind = "internal" | "reply" | "microsoft";

export type OneOffForm = { description: string, quantity: string, 
/**
 * Excluding VAT.
 */
unit_price: string, };

export type OpenItemView = { invoice_id: number, number: string, date: string, due_date: string, original: MoneyView, open: MoneyView, days_overdue: number, };

export type OpenStatusView = { customer_id: number, plan_id: number, plan_name: string, no_support: boolean, open: boolean, 
/**
 * When it next closes (open) or opens (closed); null if never.
 */
until: string | null, 
/**
 * The sentence to show, in the reader's language.
 */
sentence: string, };

export type OpenTarget = { "file": number } | { "communication": number } | { "path": string };

export type PartnerForm = { legal_name: string, legal_form: string, share_capital: string, siren: string, siret: string, vat_number: string, rcs: string, address_line1: string, address_line2: string, postal_code: string, city: string, country: string, email: string, phone: string, website: string, bank_name: string, iban: string, bic: string, default_currency: string, payment_terms_days: string, 
/**
 * Yearly late-payment penalty rate, in percent.
 */
late_penalty_rate: string, 
/**
 * The fixed recovery indemnity per unpaid invoice, in the default currency.
 */
recovery_indemnity: string, };

export type PartnerView = { 
/**
 * False until the partner has saved its profile once.
 */
configured: boolean, form: PartnerForm, 
/**
 * The logo printed on documents, as PNG in base64.
 */
logo_png_base64: string | null, };

export type PaymentForm = { customer_id: number, 
/**
 * YYYY-MM-DD.
 */
received_on: string, amount: string, currency: string, 
/**
 * transfer, card, direct_debit, cheque, cash.
 */
method: string, reference: string, };

export type PaymentView = { id: number, customer_id: number, customer_name: string, received_on: string, amount: MoneyView, method: string, reference: string | null, allocations: Array<AllocationView>, 
/**
 * What is left as the customer's credit (nothing once reversed).
 */
unallocated: MoneyView, 
/**
 * Set once the payment was reversed: it then settles nothing.
 */
reversal: ReversalView | null, 
/**
 * What was refunded to the customer out of this payment's credit.
 */
refunded: MoneyView, };

export type PcCustomerView = { tenant_id: string, name: string, domain: string | null, 
/**
 * ISO 3166 code, and the country's name in the reader's language.
 */
country: string | null, country_name: string | null, };

export type PcFileChosen = { handle: number, file_name: string, };

export type PcImportRequest = { handle: number, 
/**
 * Whether the customers the book lacks are created (else their lines wait).
 */
create_customers: boolean, };

export type PcImportRow = { id: number, file_name: string, sha256: string, kind: string, kind_label: string, lines: number, lines_added: number, period_from: string | null, period_to: string | null, totals: Array<MoneyView>, 
/**
 * RFC 3339, and as the reader writes a date and time.
 */
imported_at: string, imported_at_label: string, staff_name: string, };

export type PcImportView = { 
/**
 * The import's id; `None` when nothing was written.
 */
import_id: number | null, 
/**
 * "imported", "file_already_imported" or "nothing_new"; `message` says it.
 */
outcome: string, message: string, lines_added: number, customers_created: number, products_created: number, subscriptions_created: number, subscriptions_changed: number, 
/**
 * The preview the import followed, read again inside its transaction.
 */
preview: PcPreviewView, };

export type PcPreviewView = { file_name: string, sha256: string, 
/**
 * "new_commerce_invoice", "daily_rated_usage" or "legacy_license_based".
 */
kind: string, kind_label: string, lines: number, 
/**
 * Lines the book has already (from this file or a copy of it).
 */
lines_known: number, 
/**
 * The Subtotal column's total per currency, every decimal kept.
 */
totals: Array<MoneyView>, 
/**
 * YYYY-MM-DD, the first charge's start and the last charge's end.
 */
period_from: string | null, period_to: string | null, customers_to_create: Array<PcCustomerView>, 
/**
 * Products the catalogue will gain, by name (without a price).
 */
products_to_create: Array<string>, subscriptions: Array<PcSubscriptionView>, 
/**
 * Sentences: a product with no resale price, a seat count that differs, a currency
 * conversion, lines already imported.
 */
warnings: Array<string>, 
/**
 * When the very same file was imported before: when, in the reader's words.
 */
already_imported: string | null, };

export type PcSubscriptionView = { pc_subscription_id: string, customer_name: string, product_name: string, 
/**
 * "create", "change" or "same"; `action_label` says it.
 */
action: string, action_label: string, 
/**
 * Seats at the end of the period, by Microsoft's rule.
 */
seats: number, 
/**
 * What the book holds now, for a subscription it has.
 */
book_seats: number | null, 
/**
 * The term and billing frequency, in words.
 */
term: string, frequency: string, };

export type PdfView = { file_name: string, base64: string, bytes: number, };

export type Permission = "view_book" | "edit_customers" | "edit_subscriptions" | "edit_catalog" | "edit_partner" | "manage_book" | "edit_invoices" | "record_payments" | "produce_statements" | "work_support" | "edit_support_plans" | "manage_staff" | "view_audit";

export type PlanForm = { name: string, no_support: boolean, covered_fr: string, covered_en: string, not_covered_fr: string, not_covered_en: string, 
/**
 * An IANA name: "Europe/Paris".
 */
time_zone: string, 
/**
 * Monday first; seven days, each with its ranges.
 */
hours: Array<Array<RangeForm>>, french_holidays: boolean, alsace_moselle: boolean, 
/**
 * Extra closed days, YYYY-MM-DD.
 */
closed_days: Array<string>, phone: string, email: string, portal_url: string, targets: Array<TargetForm>, escalation_routes: Array<Route>, delivered_by: DeliveredBy, provider_name: string, provider_contact: string, };

export type PlanPriceForm = { currency: string, 
/**
 * YYYY-MM-DD.
 */
effective_from: string, monthly_fee: string, hourly_rate: string, 
/**
 * Hours included each month: "2", "1:30".
 */
included_hours: string, increment_minutes: string, minimum_minutes: string, rounding: Rounding, 
/**
 * What the support costs the partner; empty for nothing (its own team).
 */
cost_monthly: string, cost_hourly: string, };

export type PlanPriceView = { currency: string, effective_from: string, monthly_fee: MoneyView, hourly_rate: MoneyView, 
/**
 * As the form takes it: "2", "1:30".
 */
included_hours: string, included_minutes: number, increment_minutes: number, minimum_minutes: number, rounding: Rounding, cost_monthly: MoneyView, cost_hourly: MoneyView, 
/**
 * What the partner keeps: the fee less what the support costs it, per month and per
 * hour beyond the included hours.
 */
margin_monthly: MoneyView, margin_hourly: MoneyView, };

export type PlanRow = { id: number, name: string, no_support: boolean, archived: boolean, 
/**
 * Customers on it today.
 */
customers: number, 
/**
 * The prices in force today, one per currency.
 */
prices: Array<PlanPriceView>, };

export type PlanView = { id: number, 
/**
 * The terms as the editor shows them; saved back with `support_plan_save`.
 */
form: PlanForm, archived: boolean, customers: number, 
/**
 * Every price, oldest first.
 */
prices: Array<PlanPriceView>, minutes_per_week: number, };

export type Policy = { steps: Array<Step>, 
/**
 * The deadline a formal notice gives, in days (8 in the default policy).
 */
notice_deadline_days: number, };

export type PriceForm = { currency: string, 
/**
 * YYYY-MM-DD.
 */
effective_from: string, 
/**
 * What Microsoft charges the partner per unit and month.
 */
partner_cost: string, 
/**
 * What the partner charges per unit and month; empty to apply `markup_percent`.
 */
resale_price: string, 
/**
 * Applied to the cost when no resale price is given.
 */
markup_percent: string, };

export type PriceView = { currency: string, effective_from: string, partner_cost: string, resale_price: string, 
/**
 * (resale − cost) / resale, in percent with one decimal; None when resale is 0.
 */
margin_percent: string | null, };

export type ProductForm = { 
/**
 * Microsoft's ProductId, such as CFQ7TTC0LH18.
 */
ms_product_id: string, 
/**
 * Microsoft's SkuId, such as 0001.
 */
ms_sku_id: string, name: string, 
/**
 * What one unit is: "user", "licence", "plan".
 */
unit: string, };

export type ProductRow = { id: number, ms_product_id: string, ms_sku_id: string, name: string, unit: string, 
/**
 * Prices in force today, one per currency.
 */
prices: Array<PriceView>, active_seats: number, };

export type ProductView = { id: number, ms_product_id: string, ms_sku_id: string, name: string, unit: string, 
/**
 * Every price, oldest first.
 */
price_history: Array<PriceView>, };

export type Progress = { done: number, total: number, };

export type QueueFilter = { 
/**
 * Empty: every open request (neither resolved nor closed).
 */
states: Array<RequestState>, severities: Array<Severity>, customer_id: number | null, assigned_to: number | null, breached_only: boolean, };

export type QueueRow = { id: number, number: string, customer_id: number, customer_name: string, subject: string, category: Category, severity: Severity, state: RequestState, assigned_to: number | null, assigned_name: string | null, opened_at: string, 
/**
 * Null on a plan without targets (the "no support" plan).
 */
first_response: TargetView | null, resolution: TargetView | null, breached: boolean, 
/**
 * Waiting on the customer: its clocks are stopped.
 */
paused: boolean, 
/**
 * The service minutes left on its next unmet target: the queue's order.
 */
remaining_minutes: number | null, };

export type RangeForm = { start: string, end: string, };

export type ReadOnlyView = { 
/**
 * `file`, `folder` or `corrupt`.
 */
reason: string, message: string, };

export type RebillSettingsForm = { default_markup: string, prorated_licences: string, };

export type RebillSettingsView = { 
/**
 * Percent, as typed ("12.5"); the reader's own form in `default_markup_text`.
 */
default_markup: string, default_markup_text: string, 
/**
 * `ardoise` (Ardoise's own proration, the default) or `microsoft`.
 */
prorated_licences: string, 
/**
 * The two choices, in the reader's words: (code, label).
 */
prorated_choices: Array<[string, string]>, markups: Array<MarkupView>, };

export type ReconcileView = { 
/**
 * "2026-11".
 */
period: string, title: string, lines: number, lines_billed: number, 
/**
 * Lines only a draft bills so far.
 */
lines_to_bill: number, lines_leaking: number, 
/**
 * Microsoft's cost for the month, per currency: the sum of its lines' Subtotal.
 */
cost: Array<MoneyView>, leak_cost: Array<MoneyView>, uncharged_net: Array<MoneyView>, 
/**
 * The Subtotal totals of the files whose period lies within the month.
 */
file_totals: Array<MoneyView>, 
/**
 * Whether those totals equal the month's cost; `None` without such a file.
 */
cost_equals_files: boolean | null, 
/**
 * Sentences: the summary, the cost, the files' total, what to know.
 */
notes: Array<string>, leaks: Array<LeakView>, uncharged: Array<UnchargedView>, seats: Array<SeatGapView>, };

export type RefundForm = { customer_id: number, 
/**
 * YYYY-MM-DD.
 */
refunded_on: string, amount: string, currency: string, 
/**
 * transfer, card, direct_debit, cheque, cash.
 */
method: string, reference: string, };

export type RefundView = { id: number, customer_id: number, refunded_on: string, amount: MoneyView, method: string, reference: string | null, };

export type RenewalNoticesRequest = { as_of: string, customer_ids: Array<number>, 
/**
 * The folder for one file per notice; empty for the default beside the book.
 */
out_dir: string, };

export type RenewalView = { subscription_id: number, customer_id: number, customer_name: string, product_name: string, quantity: number, term: string, renewal_date: string, auto_renew: boolean, 
/**
 * The last day it can still be cancelled: renewal date + 7 days.
 */
cancellable_until: string, 
/**
 * When the customer was sent the notice of this renewal; None: still to send.
 */
notice_sent_on: string | null, };

export type RequestForm = { customer_id: number, 
/**
 * One of the customer's contacts, or none (then `contact_name` may say who).
 */
contact_id: number | null, contact_name: string, channel: Channel, category: Category, severity: Severity, subject: string, description: string, 
/**
 * The invoices it is about; a billing question naming one holds it in collections.
 */
invoice_ids: Array<number>, subscription_ids: Array<number>, 
/**
 * When the customer asked (RFC 3339); empty for now.
 */
opened_at: string, };

export type RequestState = "new" | "in_progress" | "waiting_on_customer" | "escalated" | "resolved" | "closed";

export type RequestView = { row: QueueRow, contact_id: number | null, contact_name: string | null, channel: Channel, description: string, plan_id: number, plan_name: string, first_response_at: string | null, resolved_at: string | null, closed_at: string | null, links: Array<LinkView>, timeline: Array<EventView>, time: Array<TimeEntryView>, escalations: Array<EscalationView>, minutes_logged: number, billable_minutes: number, };

export type RestoreCandidate = { file: string, schema_version: number, customers: number, invoices: number, };

export type RestoreDone = { 
/**
 * The backup the book now holds.
 */
file: string, 
/**
 * Where the book that was replaced is kept.
 */
replaced: string, schema_version: number, customers: number, invoices: number, };

export type ReversalForm = { 
/**
 * YYYY-MM-DD; not before the payment was received.
 */
reversed_on: string, reason: string, };

export type ReversalView = { id: number, reversed_on: string, reason: string, };

export type ReversedPaymentView = { payment_id: number, received_on: string, reason: string, };

export type Role = "user_admin" | "billing_admin" | "support_agent" | "sales_agent";

export type Rounding = "per_entry" | "per_month";

export type Route = "commercial" | "partner_cloud" | "advanced_support" | "premier_support";

export type RouteHeld = { route: Route, contract_reference: string, };

export type RouteView = { route: Route, name: string, held: boolean, 
/**
 * Commercial support: every CSP partner holds it.
 */
always_held: boolean, contract_reference: string, };

export type RowChangeView = { 
/**
 * What the row is (« Client », « Ligne de facture »).
 */
what: string, 
/**
 * "insert", "update" or "delete".
 */
op: string, 
/**
 * The sentence for `op` (« ajouté », « modifié », « supprimé »).
 */
op_label: string, row_id: number, fields: Array<FieldChangeView>, };

export type SeatGapView = { customer_id: number, customer: string, product: string, pc_subscription_id: string, microsoft_seats: string, invoiced_seats: string, invoice_id: number, invoice: string, draft: boolean, };

export type SessionView = { staff_id: number, username: string, display_name: string, title: string, roles: Array<Role>, 
/**
 * Every permission the roles give: the window hides what is not here (the use cases
 * refuse it anyway).
 */
permissions: Array<Permission>, 
/**
 * Idle minutes before the window locks.
 */
idle_lock_minutes: number, };

export type SettledView = { number: string, amount: MoneyView, };

export type SettlementView = { payment_id: number, received_on: string, method: string, reference: string | null, amount: MoneyView, };

export type Severity = "critical" | "high" | "normal" | "low";

export type SignInState = { 
/**
 * No account can sign in yet: the first administrator's form.
 */
needs_first_admin: boolean, 
/**
 * A demo book: the sign-in screen may say its accounts.
 */
demo_book: boolean, };

export type SimilarCustomer = { id: number, 
/**
 * The account reference ("C-00042"): what tells two of one name apart.
 */
reference: string, legal_name: string, vat_number: string | null, city: string, 
/**
 * The same name once accents, case, punctuation and the legal form are set aside.
 */
same_name: boolean, same_vat_number: boolean, };

export type StaffForm = { username: string, display_name: string, 
/**
 * Printed under the name when the person signs a letter (« Responsable comptable »).
 */
title: string, roles: Array<Role>, password: string, };

export type StaffView = { id: number, username: string, display_name: string, title: string, roles: Array<Role>, active: boolean, };

export type StatementFile = { path: string, bytes: number, sha256: string, communication_id: number, };

export type StatementLineView = { date: string, kind: "invoice" | "credit_note" | "payment" | "reversal" | "refund", 
/**
 * The invoice, credit note or payment id (a reversal's or refund's own), for
 * clicking through.
 */
entry_id: number, 
/**
 * The document's number, a payment's or refund's reference (a reversal's: the
 * reversed payment's).
 */
number: string, debit: MoneyView | null, credit: MoneyView | null, running_balance: MoneyView, settled: Array<SettledView>, 
/**
 * Reversals: the payment undone, for the reader's sentence.
 */
reverses: ReversedPaymentView | null, };

export type StatementRequest = { customer_id: number, from: string, to: string, as_of: string, };

export type StatementSelection = "with_balance" | "all" | { "customers": Array<number> };

export type StatementSummaryView = { 
/**
 * The invoices of the period.
 */
invoiced: MoneyView, 
/**
 * Payments and credit notes.
 */
settled: MoneyView, 
/**
 * Payments reversed and refunds.
 */
given_back: MoneyView, };

export type StatementView = { customer_id: number, customer_name: string, currency: string, from: string, 
/**
 * The period's end, never after `as_of`.
 */
to: string, as_of: string, brought_forward: MoneyView, lines: Array<StatementLineView>, summary: StatementSummaryView, closing_balance: MoneyView, open_items: Array<OpenItemView>, unapplied_credit: MoneyView, aging: AgingView, 
/**
 * Other currencies the customer has documents in: one statement each.
 */
other_currencies: Array<string>, };

export type Step = { 
/**
 * Stable key, recorded with what was produced ("first_reminder").
 */
code: string, kind: StepKind, 
/**
 * Days relative to the due date: −7 is a week before, +30 a month after.
 */
offset_days: number, 
/**
 * The step's name as staff read it, per language.
 */
name_fr: string, name_en: string, fr: StepText, en: StepText, };

export type StepDue = { step_code: string, step_name: string, kind: "courtesy" | "reminder" | "formal_notice" | "suspension", letters: number, invoices: number, };

export type StepKind = "courtesy" | "reminder" | "formal_notice" | "suspension";

export type StepText = { subject: string, body: string, };

export type SubscriptionForm = { 
/**
 * The catalog product's id in this book.
 */
product_id: string, quantity: string, term: string, billing_frequency: string, 
/**
 * YYYY-MM-DD.
 */
start_date: string, 
/**
 * YYYY-MM-DD; empty for the end of the first term.
 */
renewal_date: string, auto_renew: boolean, status: string, 
/**
 * Partner Center's subscription id (a GUID), once the order is placed.
 */
pc_subscription_id: string, };

export type SubscriptionStatus = "active" | "suspended" | "cancelled" | "expired";

export type SubscriptionView = { id: number, customer_id: number, customer_name: string, product_id: number, product_name: string, ms_product_id: string, quantity: number, term: Term, billing_frequency: BillingFrequency, start_date: string, renewal_date: string, auto_renew: boolean, status: SubscriptionStatus, pc_subscription_id: string | null, 
/**
 * Resale price per unit and month in force today, in the customer's currency.
 */
unit_price: MoneyView | null, 
/**
 * quantity × unit price, rounded: what one month of this subscription bills.
 */
monthly_amount: MoneyView | null, };

export type SupportReport = { from_month: string, to_month: string, hours: Array<HoursRow>, targets: Array<TargetsRow>, };

export type SuspensionState = "to_suspend" | "suspended" | "to_reactivate";

export type SuspensionView = { id: number, state: SuspensionState, customer_id: number, customer_name: string, tenant_id: string | null, subscription_id: number, pc_subscription_id: string | null, product_name: string, quantity: number, term: string, renewal_date: string, 
/**
 * What Microsoft keeps billing the partner until the term ends while it is
 * suspended (new-commerce subscriptions are not refunded by suspension).
 */
cost_until_term_end: MoneyView | null, invoices: Array<string>, proposed_on: string, suspended_on: string | null, };

export type TargetForm = { severity: Severity, first_response_hours: string, resolution_hours: string, around_the_clock: boolean, };

export type TargetView = { 
/**
 * Null while paused (waiting on the customer) or when the hours never open.
 */
due: string | null, met_at: string | null, 
/**
 * Service minutes left; negative once breached; null once met or while paused.
 */
remaining_minutes: number | null, breached: boolean, };

export type TargetsRow = { severity: Severity, requests: number, first_response_met: number, first_response_missed: number, resolution_met: number, resolution_missed: number, };

export type Term = "monthly" | "annual" | "triennial";

export type TermFrequencies = { term: Term, frequencies: Array<BillingFrequency>, };

export type TimeEntryBilledView = { time_entry_id: number, invoice_id: number, 
/**
 * `null` while the invoice is a draft.
 */
invoice_number: string | null, 
/**
 * The minutes billed for this entry (0 when the included hours covered it).
 */
billed_minutes: number, 
/**
 * Credit notes issued on that invoice since: they free nothing.
 */
credit_notes: Array<string>, 
/**
 * "billed on F2026-00042 (credited by credit note AV2026-00003)", in the window's language.
 */
text: string, };

export type TimeEntryForm = { request_id: number, 
/**
 * RFC 3339.
 */
started_at: string, 
/**
 * RFC 3339; empty when `minutes` says how long.
 */
ended_at: string, 
/**
 * Used when `ended_at` is empty.
 */
minutes: string, billable: boolean, note: string, };

export type TimeEntryView = { id: number, staff_id: number, staff_name: string, started_at: string, ended_at: string, minutes: number, billable: boolean, note: string, 
/**
 * A billing run billed it: it is never billed again.
 */
billed: boolean, };

export type TimerView = { request_id: number, number: string, subject: string, customer_name: string, started_at: string, 
/**
 * Whole minutes since it started, at the time asked.
 */
elapsed_minutes: number, };

export type TrendPoint = { 
/**
 * "2026-11".
 */
month: string, as_of: string, overdue: Array<MoneyView>, };

export type UnchargedView = { customer_id: number, customer: string, product: string, pc_subscription_id: string, invoice_id: number, 
/**
 * The invoice's number, or "draft" in words.
 */
invoice: string, draft: boolean, quantity: string, net: MoneyView, };

export type VatLineView = { rate: string, base: MoneyView, vat: MoneyView, };

export type Commands = {
  app_info: { args: {  }; returns: AppInfo };
  set_language: { args: { language: Lang | null }; returns: null };
  book_check: { args: {  }; returns: CheckReport };
  customers_list: { args: {  }; returns: Array<CustomerRow> };
  customer_get: { args: { id: number }; returns: CustomerView };
  customer_create: { args: { form: CustomerForm }; returns: Created };
  customer_update: { args: { id: number; form: CustomerForm }; returns: null };
  contact_add: { args: { customer_id: number; form: ContactForm }; returns: Created };
  contact_update: { args: { id: number; form: ContactForm }; returns: null };
  contact_delete: { args: { id: number }; returns: null };
  term_frequencies: { args: {  }; returns: Array<TermFrequencies> };
  subscription_form: { args: { id: number }; returns: SubscriptionForm };
  subscription_add: { args: { customer_id: number; form: SubscriptionForm }; returns: Created };
  subscription_update: { args: { id: number; form: SubscriptionForm; quantity_effective: string | null }; returns: null };
  products_list: { args: {  }; returns: Array<ProductRow> };
  product_get: { args: { id: number }; returns: ProductView };
  product_add: { args: { form: ProductForm; price: PriceForm }; returns: Created };
  price_add: { args: { product_id: number; form: PriceForm }; returns: null };
  partner_get: { args: {  }; returns: PartnerView };
  partner_save: { args: { form: PartnerForm }; returns: null };
  partner_logo_set: { args: { png_base64: string | null }; returns: null };
  book_state: { args: {  }; returns: BookState };
  book_create: { args: { demo: boolean }; returns: AppInfo };
  bill: { args: { period: string }; returns: BillingRunResult };
  invoices_list: { args: { filter: InvoiceFilter }; returns: Array<InvoiceRow> };
  invoice_get: { args: { id: number }; returns: InvoiceView };
  invoice_add_line: { args: { id: number; form: OneOffForm }; returns: null };
  invoice_remove_line: { args: { id: number; position: number }; returns: null };
  invoice_delete: { args: { id: number }; returns: null };
  invoices_issue: { args: { ids: Array<number> }; returns: Array<InvoiceRow> };
  credit_note_create: { args: { invoice_id: number; amount: string | null; reason: string }; returns: Created };
  invoice_pdf: { args: { id: number }; returns: PdfView };
  invoice_open: { args: { id: number }; returns: string };
  payment_record: { args: { form: PaymentForm; allocations: Array<AllocationInput> | null }; returns: PaymentView };
  payment_allocate: { args: { payment_id: number; allocations: Array<AllocationInput> }; returns: PaymentView };
  allocation_proposal: { args: { customer_id: number; amount: string; currency: string; first: number | null }; returns: AllocationProposal };
  payments_list: { args: { customer_id: number | null }; returns: Array<PaymentView> };
  customer_balances: { args: { customer_id: number }; returns: Array<BalanceView> };
  billing_cancel: { args: {  }; returns: null };
  invoices_print: { args: { request: InvoicesPrintRequest }; returns: InvoicesPrintResult };
  invoices_mark_sent: { args: { ids: Array<number>; on: string; via: string }; returns: null };
  invoices_cancel: { args: {  }; returns: null };
  statement_get: { args: { request: StatementRequest }; returns: StatementView };
  statement_pdf: { args: { request: StatementRequest }; returns: PdfView };
  statement_save: { args: { request: StatementRequest; print: boolean }; returns: StatementFile };
  statements_batch: { args: { request: BatchRequest }; returns: BatchResult };
  aging_report: { args: { as_of: string }; returns: AgingReport };
  aging_export: { args: { as_of: string; format: ExportFormat; open: boolean }; returns: string };
  communications_list: { args: { customer_id: number }; returns: Array<CommunicationView> };
  document_open: { args: { target: OpenTarget }; returns: null };
  statements_cancel: { args: {  }; returns: null };
  folder_choose: { args: {  }; returns: string | null };
  documents_folder: { args: {  }; returns: string };
  collections_get: { args: { as_of: string }; returns: CollectionsView };
  letter_signatory_get: { args: {  }; returns: LetterSignatory };
  letter_signatory_save: { args: { form: LetterSignatory }; returns: null };
  letters_produce: { args: { request: LettersRequest }; returns: LettersResult };
  renewal_notices_produce: { args: { request: RenewalNoticesRequest }; returns: LettersResult };
  communications_mark_sent: { args: { ids: Array<number>; on: string; via: string }; returns: null };
  collections_hold: { args: { customer_id: number; invoice_id: number | null; reason: string }; returns: Created };
  collections_lift_hold: { args: { hold_id: number }; returns: null };
  suspension_done: { args: { id: number; on: string }; returns: null };
  reactivation_done: { args: { id: number; on: string }; returns: null };
  dashboard_get: { args: { as_of: string }; returns: DashboardView };
  policy_get: { args: {  }; returns: Policy };
  policy_save: { args: { policy: Policy }; returns: null };
  policy_reset: { args: {  }; returns: Policy };
  policy_sheet_open: { args: { lang: Lang; open: boolean }; returns: string };
  backup_status: { args: {  }; returns: BackupStatus };
  backup_now: { args: {  }; returns: BackupDone };
  backup_folder_choose: { args: {  }; returns: BackupStatus | null };
  restore_choose: { args: {  }; returns: RestoreCandidate | null };
  restore_confirm: { args: {  }; returns: RestoreDone };
  support_plans_list: { args: {  }; returns: Array<PlanRow> };
  support_plan_get: { args: { id: number }; returns: PlanView };
  support_plan_save: { args: { id: number | null; form: PlanForm }; returns: Created };
  support_plan_price_add: { args: { plan_id: number; form: PlanPriceForm }; returns: null };
  support_plan_archive: { args: { id: number; archived: boolean }; returns: null };
  support_routes_get: { args: {  }; returns: Array<RouteView> };
  support_routes_save: { args: { routes: Array<RouteHeld> }; returns: null };
  customer_support_plan_set: { args: { customer_id: number; plan_id: number; effective_from: string }; returns: null };
  support_queue: { args: { filter: QueueFilter }; returns: Array<QueueRow> };
  support_request_get: { args: { id: number }; returns: RequestView };
  support_request_add: { args: { form: RequestForm }; returns: CreatedRequest };
  support_request_state: { args: { id: number; to: RequestState; note: string }; returns: null };
  support_request_note: { args: { id: number; kind: NoteKind; body: string }; returns: null };
  support_request_assign: { args: { id: number; staff_id: number | null }; returns: null };
  support_request_escalate: { args: { id: number; form: EscalationForm }; returns: null };
  support_time_log: { args: { form: TimeEntryForm }; returns: Created };
  support_timer_start: { args: { request_id: number }; returns: TimerView };
  support_timer_stop: { args: { billable: boolean; note: string }; returns: Created };
  support_timer_get: { args: {  }; returns: TimerView | null };
  support_open_status: { args: { customer_id: number }; returns: OpenStatusView };
  support_report: { args: { from_month: string; to_month: string }; returns: SupportReport };
  support_due_soon: { args: { within_minutes: number }; returns: Array<QueueRow> };
  invoice_explain: { args: { invoice_id: number }; returns: InvoiceExplanation };
  support_time_billed: { args: { request_id: number }; returns: Array<TimeEntryBilledView> };
  support_sheet_open: { args: { customer_id: number; open: boolean }; returns: string };
  customer_similar: { args: { form: CustomerForm }; returns: Array<SimilarCustomer> };
  payment_reverse: { args: { payment_id: number; form: ReversalForm }; returns: PaymentView };
  customer_refund: { args: { form: RefundForm }; returns: RefundView };
  bank_confirm: { args: { confirmations: Array<BankConfirmation> }; returns: Array<PaymentView> };
  bank_file_choose: { args: {  }; returns: BankFileChosen | null };
  bank_file_import: { args: { request: BankFileImport }; returns: BankImportView };
  change_password: { args: { current: string; new_password: string }; returns: null };
  staff_list: { args: {  }; returns: Array<StaffView> };
  staff_add: { args: { form: StaffForm }; returns: number };
  staff_set_roles: { args: { staff_id: number; roles: Array<Role> }; returns: null };
  staff_reset_password: { args: { staff_id: number; password: string }; returns: null };
  staff_deactivate: { args: { staff_id: number }; returns: null };
  staff_reactivate: { args: { staff_id: number }; returns: null };
  set_idle_lock: { args: { minutes: number }; returns: null };
  sign_in_state: { args: {  }; returns: SignInState };
  create_first_admin: { args: { form: FirstAdminForm }; returns: SessionView };
  sign_in: { args: { username: string; password: string }; returns: SessionView };
  sign_out: { args: {  }; returns: null };
  lock: { args: {  }; returns: null };
  unlock: { args: { password: string }; returns: SessionView };
  current_session: { args: {  }; returns: SessionView | null };
  audit_entries: { args: { filter: AuditFilter }; returns: AuditPageView };
  audit_choices: { args: {  }; returns: AuditChoices };
  audit_export: { args: { filter: AuditFilter; open: boolean }; returns: string };
  customer_history: { args: { customer_id: number }; returns: Array<AuditEntryView> };
  partner_center_imports: { args: {  }; returns: Array<PcImportRow> };
  partner_center_file_choose: { args: {  }; returns: PcFileChosen | null };
  partner_center_drops_watch: { args: {  }; returns: null };
  partner_center_file_dropped: { args: {  }; returns: PcFileChosen | null };
  partner_center_preview: { args: { handle: number }; returns: PcPreviewView };
  partner_center_import: { args: { request: PcImportRequest }; returns: PcImportView };
  reconcile_report: { args: { period: string }; returns: ReconcileView };
  margin_report: { args: { period: string }; returns: MarginView };
  margin_export: { args: { period: string; open: boolean }; returns: string };
  rebill_settings_get: { args: {  }; returns: RebillSettingsView };
  rebill_settings_save: { args: { form: RebillSettingsForm }; returns: RebillSettingsView };
  rebill_markup_set: { args: { form: MarkupForm }; returns: RebillSettingsView };
  rebill_markup_remove: { args: { product_id: number; customer_id: number | null }; returns: RebillSettingsView };
};

export type Call = <K extends keyof Commands>(
  name: K,
  args: Commands[K]["args"],
) => Promise<Commands[K]["returns"]>;

/** Every command as a typed function over `call` (see api.ts). */
export function commands(call: Call) {
  return {
    appInfo: () => call("app_info", {}),
    /** `null` goes back to following the system's language. */
    setLanguage: (language: Lang | null) => call("set_language", { language }),
    /** Every rule of the book verified; nothing is changed. */
    bookCheck: () => call("book_check", {}),
    customersList: () => call("customers_list", {}),
    customerGet: (id: number) => call("customer_get", { id }),
    customerCreate: (form: CustomerForm) => call("customer_create", { form }),
    customerUpdate: (id: number, form: CustomerForm) => call("customer_update", { id, form }),
    contactAdd: (customer_id: number, form: ContactForm) => call("contact_add", { customer_id, form }),
    contactUpdate: (id: number, form: ContactForm) => call("contact_update", { id, form }),
    contactDelete: (id: number) => call("contact_delete", { id }),
    /** The billing frequencies each term allows. */
    termFrequencies: () => call("term_frequencies", {}),
    subscriptionForm: (id: number) => call("subscription_form", { id }),
    subscriptionAdd: (customer_id: number, form: SubscriptionForm) => call("subscription_add", { customer_id, form }),
    subscriptionUpdate: (id: number, form: SubscriptionForm, quantity_effective: string | null) => call("subscription_update", { id, form, quantity_effective }),
    productsList: () => call("products_list", {}),
    productGet: (id: number) => call("product_get", { id }),
    productAdd: (form: ProductForm, price: PriceForm) => call("product_add", { form, price }),
    priceAdd: (product_id: number, form: PriceForm) => call("price_add", { product_id, form }),
    partnerGet: () => call("partner_get", {}),
    partnerSave: (form: PartnerForm) => call("partner_save", { form }),
    /** PNG bytes as base64 (a file the user picked in the window), or null to remove the logo. */
    partnerLogoSet: (png_base64: string | null) => call("partner_logo_set", { png_base64 }),
    /** Whether the book is open, where it is, and why it could not be opened. */
    bookState: () => call("book_state", {}),
    /** Creates the book (with the demo's data when `demo`) and opens it. */
    bookCreate: (demo: boolean) => call("book_create", { demo }),
    /** Drafts the period's invoices; "billing-progress" events report how far it got. */
    bill: (period: string) => call("bill", { period }),
    invoicesList: (filter: InvoiceFilter) => call("invoices_list", { filter }),
    invoiceGet: (id: number) => call("invoice_get", { id }),
    invoiceAddLine: (id: number, form: OneOffForm) => call("invoice_add_line", { id, form }),
    invoiceRemoveLine: (id: number, position: number) => call("invoice_remove_line", { id, position }),
    invoiceDelete: (id: number) => call("invoice_delete", { id }),
    invoicesIssue: (ids: Array<number>) => call("invoices_issue", { ids }),
    /** `amount` null credits the whole of what is still creditable; `reason` is printed. */
    creditNoteCreate: (invoice_id: number, amount: string | null, reason: string) => call("credit_note_create", { invoice_id, amount, reason }),
    invoicePdf: (id: number) => call("invoice_pdf", { id }),
    /** Writes the PDF into the documents folder and opens it in the system's viewer, to print. */
    invoiceOpen: (id: number) => call("invoice_open", { id }),
    /** `allocations` null settles the oldest open invoices first. */
    paymentRecord: (form: PaymentForm, allocations: Array<AllocationInput> | null) => call("payment_record", { form, allocations }),
    paymentAllocate: (payment_id: number, allocations: Array<AllocationInput>) => call("payment_allocate", { payment_id, allocations }),
    /** The open invoices oldest first, and `amount` spread over them (`first` before the others). */
    allocationProposal: (customer_id: number, amount: string, currency: string, first: number | null) => call("allocation_proposal", { customer_id, amount, currency, first }),
    paymentsList: (customer_id: number | null) => call("payments_list", { customer_id }),
    customerBalances: (customer_id: number) => call("customer_balances", { customer_id }),
    /** Stops the running billing run (nothing it drafted is kept); a statements batch goes on. */
    billingCancel: () => call("billing_cancel", {}),
    /** Saves issued invoices into the documents folder or one picked in the system's dialog, and/or one PDF to print; "invoices-progress" events report how far it got. */
    invoicesPrint: (request: InvoicesPrintRequest) => call("invoices_print", { request }),
    /** Records that issued invoices went out on `on`, by post or e-mail (an invoice never written is first saved into the documents folder, so its copy is kept). */
    invoicesMarkSent: (ids: Array<number>, on: string, via: string) => call("invoices_mark_sent", { ids, on, via }),
    /** Stops the running save or print of invoices; what was written stays, logged. */
    invoicesCancel: () => call("invoices_cancel", {}),
    statementGet: (request: StatementRequest) => call("statement_get", { request }),
    /** The statement's PDF for the preview only: nothing is written or logged. */
    statementPdf: (request: StatementRequest) => call("statement_pdf", { request }),
    /** Writes the statement into the documents folder and logs it; `print` also opens it. */
    statementSave: (request: StatementRequest, print: boolean) => call("statement_save", { request, print }),
    /** The month-end batch, into the documents folder or one picked in the system's dialog; "statements-progress" events report how far it got. */
    statementsBatch: (request: BatchRequest) => call("statements_batch", { request }),
    agingReport: (as_of: string) => call("aging_report", { as_of }),
    /** Writes the report as CSV or PDF into the documents folder; returns the file's path. */
    agingExport: (as_of: string, format: ExportFormat, open: boolean) => call("aging_export", { as_of, format, open }),
    communicationsList: (customer_id: number) => call("communications_list", { customer_id }),
    /** Opens a document the book produced (by its file or communication id), or a folder or document inside a folder the book writes to, in the system's viewer or file manager. Anything else is refused. */
    documentOpen: (target: OpenTarget) => call("document_open", { target }),
    /** Stops the running statements batch; a billing run goes on. */
    statementsCancel: () => call("statements_cancel", {}),
    /** The system's folder picker, shown by the backend; null when cancelled. */
    folderChoose: () => call("folder_choose", {}),
    /** The folder documents are written to by default, to show it. */
    documentsFolder: () => call("documents_folder", {}),
    /** Letters proposed, invoices held and subscriptions to suspend or reactivate on a date. */
    collectionsGet: (as_of: string) => call("collections_get", { as_of }),
    /** Writes the letters (one PDF each and one combined), logs them, records their step. */
    letterSignatoryGet: () => call("letter_signatory_get", {}),
    letterSignatorySave: (form: LetterSignatory) => call("letter_signatory_save", { form }),
    lettersProduce: (request: LettersRequest) => call("letters_produce", { request }),
    /** Writes the renewal notices not yet sent (one PDF per customer and one combined), logs them. */
    renewalNoticesProduce: (request: RenewalNoticesRequest) => call("renewal_notices_produce", { request }),
    /** Communication log entries that went out on `on`, by post or e-mail. */
    communicationsMarkSent: (ids: Array<number>, on: string, via: string) => call("communications_mark_sent", { ids, on, via }),
    /** `invoice_id` null holds the whole customer; else that invoice (a dispute). */
    collectionsHold: (customer_id: number, invoice_id: number | null, reason: string) => call("collections_hold", { customer_id, invoice_id, reason }),
    collectionsLiftHold: (hold_id: number) => call("collections_lift_hold", { hold_id }),
    /** Staff suspended the subscription in Partner Center on `on`. */
    suspensionDone: (id: number, on: string) => call("suspension_done", { id, on }),
    /** Staff reactivated it in Partner Center on `on`. */
    reactivationDone: (id: number, on: string) => call("reactivation_done", { id, on }),
    /** The home screen: today's collections work, overdue and its trend, renewals. */
    dashboardGet: (as_of: string) => call("dashboard_get", { as_of }),
    policyGet: () => call("policy_get", {}),
    policySave: (policy: Policy) => call("policy_save", { policy }),
    policyReset: () => call("policy_reset", {}),
    /** Writes the customers' policy sheet in `lang` into the documents folder; `open` also opens it. */
    policySheetOpen: (lang: Lang, open: boolean) => call("policy_sheet_open", { lang, open }),
    /** Where backups go, the last one, and whether it is under 24 hours old. */
    backupStatus: () => call("backup_status", {}),
    /** A backup made without holding the book while the copy runs. */
    backupNow: () => call("backup_now", {}),
    /** The system's folder dialog; `null` when cancelled. */
    backupFolderChoose: () => call("backup_folder_choose", {}),
    /** The system's file dialog, then the file checked; `null` when cancelled. */
    restoreChoose: () => call("restore_choose", {}),
    /** Restores the file `restore_choose` checked; the window should then reload. */
    restoreConfirm: () => call("restore_confirm", {}),
    /** Every plan with its customers today and its prices in force. */
    supportPlansList: () => call("support_plans_list", {}),
    supportPlanGet: (id: number) => call("support_plan_get", { id }),
    /** `id` null creates the plan; else its terms are replaced. */
    supportPlanSave: (id: number | null, form: PlanForm) => call("support_plan_save", { id, form }),
    /** A new price from a date: what was billed before keeps its price. */
    supportPlanPriceAdd: (plan_id: number, form: PlanPriceForm) => call("support_plan_price_add", { plan_id, form }),
    /** An archived plan is no longer offered; customers on it keep it. */
    supportPlanArchive: (id: number, archived: boolean) => call("support_plan_archive", { id, archived }),
    supportRoutesGet: () => call("support_routes_get", {}),
    /** The routes the partner holds (commercial support is always held). */
    supportRoutesSave: (routes: Array<RouteHeld>) => call("support_routes_save", { routes }),
    /** The customer's plan from `effective_from` (YYYY-MM-DD; empty for today). */
    customerSupportPlanSet: (customer_id: number, plan_id: number, effective_from: string) => call("customer_support_plan_set", { customer_id, plan_id, effective_from }),
    /** Requests with their countdowns, the closest to breaching first. */
    supportQueue: (filter: QueueFilter) => call("support_queue", { filter }),
    supportRequestGet: (id: number) => call("support_request_get", { id }),
    /** A billing question naming an invoice holds it in collections until resolved. */
    supportRequestAdd: (form: RequestForm) => call("support_request_add", { form }),
    /** Moves the request (in progress, waiting on the customer, resolved, closed). */
    supportRequestState: (id: number, to: RequestState, note: string) => call("support_request_state", { id, to, note }),
    supportRequestNote: (id: number, kind: NoteKind, body: string) => call("support_request_note", { id, kind, body }),
    /** `staff_id` null: assigned to no one. */
    supportRequestAssign: (id: number, staff_id: number | null) => call("support_request_assign", { id, staff_id }),
    /** Opens a case with Microsoft on a route the partner holds. */
    supportRequestEscalate: (id: number, form: EscalationForm) => call("support_request_escalate", { id, form }),
    supportTimeLog: (form: TimeEntryForm) => call("support_time_log", { form }),
    /** Starts the acting staff member's timer on a request (one at a time). */
    supportTimerStart: (request_id: number) => call("support_timer_start", { request_id }),
    /** Stops the timer and logs its time. */
    supportTimerStop: (billable: boolean, note: string) => call("support_timer_stop", { billable, note }),
    supportTimerGet: () => call("support_timer_get", {}),
    /** Open now or closed until when, from the customer's plan. */
    supportOpenStatus: (customer_id: number) => call("support_open_status", { customer_id }),
    /** Hours by customer and month, targets met and missed, months YYYY-MM. */
    supportReport: (from_month: string, to_month: string) => call("support_report", { from_month, to_month }),
    /** Open requests within `within_minutes` of service of a breach, or breached. */
    supportDueSoon: (within_minutes: number) => call("support_due_soon", { within_minutes }),
    /** Each line of an invoice explained in the customer's language, to paste into a reply. */
    invoiceExplain: (invoice_id: number) => call("invoice_explain", { invoice_id }),
    /** Where a request's time entries were billed (entries not listed are not billed yet). */
    supportTimeBilled: (request_id: number) => call("support_time_billed", { request_id }),
    /** Writes the customer's support-terms sheet in its language into the documents folder and logs it in its communication log; `open` also opens it. */
    supportSheetOpen: (customer_id: number, open: boolean) => call("support_sheet_open", { customer_id, open }),
    /** The customers already in the book with the same name (accents, case, punctuation and legal form aside) or the same VAT number as `form`. */
    customerSimilar: (form: CustomerForm) => call("customer_similar", { form }),
    /** Reverses a payment recorded by mistake: its invoices are open again. */
    paymentReverse: (payment_id: number, form: ReversalForm) => call("payment_reverse", { payment_id, form }),
    /** Pays back part or all of a customer's credit. */
    customerRefund: (form: RefundForm) => call("customer_refund", { form }),
    /** Makes payments of the lines the clerk confirmed, all or none. */
    bankConfirm: (confirmations: Array<BankConfirmation>) => call("bank_confirm", { confirmations }),
    /** The system's file dialog; the file kept by the shell and, for a CSV file, what its mapping needs. `null` when cancelled. */
    bankFileChoose: () => call("bank_file_choose", {}),
    /** The file picked before, imported (its new lines recorded) and each credit proposed. */
    bankFileImport: (request: BankFileImport) => call("bank_file_import", { request }),
    /** One's own password; the current one is asked again. */
    changePassword: (current: string, new_password: string) => call("change_password", { current, new_password }),
    staffList: () => call("staff_list", {}),
    /** The new account's id. */
    staffAdd: (form: StaffForm) => call("staff_add", { form }),
    staffSetRoles: (staff_id: number, roles: Array<Role>) => call("staff_set_roles", { staff_id, roles }),
    staffResetPassword: (staff_id: number, password: string) => call("staff_reset_password", { staff_id, password }),
    staffDeactivate: (staff_id: number) => call("staff_deactivate", { staff_id }),
    staffReactivate: (staff_id: number) => call("staff_reactivate", { staff_id }),
    /** Idle minutes before every window of the book locks: 1 to 240. */
    setIdleLock: (minutes: number) => call("set_idle_lock", { minutes }),
    /** The first screen: the first administrator's form or the sign-in. */
    signInState: () => call("sign_in_state", {}),
    /** The book's first user management administrator, signed in at once. */
    createFirstAdmin: (form: FirstAdminForm) => call("create_first_admin", { form }),
    signIn: (username: string, password: string) => call("sign_in", { username, password }),
    signOut: () => call("sign_out", {}),
    /** Locks the window (Ctrl+L, or idle): the session is kept, commands refused. */
    lock: () => call("lock", {}),
    /** The signed-in person's password again; refused like a sign-in. */
    unlock: (password: string) => call("unlock", { password }),
    currentSession: () => call("current_session", {}),
    /** One page of the trail, filtered, newest first. */
    auditEntries: (filter: AuditFilter) => call("audit_entries", { filter }),
    /** The people and kinds the filter offers. */
    auditChoices: () => call("audit_choices", {}),
    /** Every entry the filter keeps, as CSV in the documents folder; its path. */
    auditExport: (filter: AuditFilter, open: boolean) => call("audit_export", { filter, open }),
    /** The latest changes of one customer, for its page. */
    customerHistory: (customer_id: number) => call("customer_history", { customer_id }),
    /** Every file imported, newest first. */
    partnerCenterImports: () => call("partner_center_imports", {}),
    /** The system's file dialog; the file kept by the shell. `null` when cancelled. */
    partnerCenterFileChoose: () => call("partner_center_file_choose", {}),
    /** Files dropped on the window kept by the shell from now on. */
    partnerCenterDropsWatch: () => call("partner_center_drops_watch", {}),
    /** The file dropped last, kept by the shell. `null`: none, or several. */
    partnerCenterFileDropped: () => call("partner_center_file_dropped", {}),
    /** What importing the file picked before would do; nothing written. */
    partnerCenterPreview: (handle: number) => call("partner_center_preview", { handle }),
    /** The file picked before, imported in one transaction. */
    partnerCenterImport: (request: PcImportRequest) => call("partner_center_import", { request }),
    /** The month ("2026-11") reconciled with Microsoft's lines. */
    reconcileReport: (period: string) => call("reconcile_report", { period }),
    /** The month's margin per customer, per product and in total. */
    marginReport: (period: string) => call("margin_report", { period }),
    /** The month's margin as CSV in the documents folder; its path. */
    marginExport: (period: string, open: boolean) => call("margin_export", { period, open }),
    rebillSettingsGet: () => call("rebill_settings_get", {}),
    rebillSettingsSave: (form: RebillSettingsForm) => call("rebill_settings_save", { form }),
    rebillMarkupSet: (form: MarkupForm) => call("rebill_markup_set", { form }),
    /** `customer_id` null: the product's markup for every customer. */
    rebillMarkupRemove: (product_id: number, customer_id: number | null) => call("rebill_markup_remove", { product_id, customer_id }),
  };
}

export type Events = {
  "billing-progress": Progress;
  "statements-progress": Progress;
  "invoices-progress": Progress;
  "partner-center-progress": Progress;
  "book-read-only": null;
};
