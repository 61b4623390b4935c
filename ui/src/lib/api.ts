// The one door to the Rust side: every command goes through `call`, so argument
// names and result types are checked against the generated contract in bindings.ts.
import { invoke } from "@tauri-apps/api/core";
import { listen } from "@tauri-apps/api/event";
import type {
  AllocationInput,
  BatchRequest,
  Commands,
  ContactForm,
  CustomerForm,
  ErrorView,
  ExportFormat,
  FieldMessage,
  InvoiceFilter,
  Lang,
  LettersRequest,
  OneOffForm,
  OpenTarget,
  PartnerForm,
  PaymentForm,
  Policy,
  PriceForm,
  ProductForm,
  Progress,
  RenewalNoticesRequest,
  StatementRequest,
  SubscriptionForm,
} from "./bindings";

/** A failed command, always shaped like the backend's ErrorView. */
export class ApiError extends Error implements ErrorView {
  code: string;
  fields: FieldMessage[];

  constructor(view: ErrorView) {
    super(view.message);
    this.name = "ApiError";
    this.code = view.code;
    this.fields = view.fields;
  }
}

function isErrorView(v: unknown): v is ErrorView {
  if (typeof v !== "object" || v === null) return false;
  const o = v as Record<string, unknown>;
  return typeof o.code === "string" && typeof o.message === "string";
}

/** Whatever was thrown (ErrorView, Error, string from the IPC layer) as an ApiError. */
export function toApiError(e: unknown): ApiError {
  if (e instanceof ApiError) return e;
  if (isErrorView(e)) {
    return new ApiError({
      code: e.code,
      message: e.message,
      fields: Array.isArray(e.fields) ? e.fields : [],
    });
  }
  const message = e instanceof Error ? e.message : typeof e === "string" ? e : String(e);
  return new ApiError({ code: "ipc", message, fields: [] });
}

export async function call<K extends keyof Commands>(
  name: K,
  args: Commands[K]["args"],
): Promise<Commands[K]["returns"]> {
  try {
    return await invoke<Commands[K]["returns"]>(name, args);
  } catch (e) {
    throw toApiError(e);
  }
}

export const api = {
  bookState: () => call("book_state", {}),
  bookCreate: (demo: boolean) => call("book_create", { demo }),
  appInfo: () => call("app_info", {}),
  /** `null` goes back to following the system's language. */
  setLanguage: (language: Lang | null) => call("set_language", { language }),
  /** Every rule of the book verified; nothing is changed. */
  bookCheck: () => call("book_check", {}),

  customers: () => call("customers_list", {}),
  customer: (id: number) => call("customer_get", { id }),
  createCustomer: (form: CustomerForm) => call("customer_create", { form }),
  updateCustomer: (id: number, form: CustomerForm) => call("customer_update", { id, form }),

  addContact: (customer_id: number, form: ContactForm) => call("contact_add", { customer_id, form }),
  updateContact: (id: number, form: ContactForm) => call("contact_update", { id, form }),
  deleteContact: (id: number) => call("contact_delete", { id }),

  subscriptions: (customer_id: number | null) => call("subscriptions_list", { customer_id }),
  subscriptionForm: (id: number) => call("subscription_form", { id }),
  addSubscription: (customer_id: number, form: SubscriptionForm) =>
    call("subscription_add", { customer_id, form }),
  updateSubscription: (id: number, form: SubscriptionForm, quantity_effective: string | null) =>
    call("subscription_update", { id, form, quantity_effective }),

  products: () => call("products_list", {}),
  product: (id: number) => call("product_get", { id }),
  addProduct: (form: ProductForm, price: PriceForm) => call("product_add", { form, price }),
  addPrice: (product_id: number, form: PriceForm) => call("price_add", { product_id, form }),

  partner: () => call("partner_get", {}),
  savePartner: (form: PartnerForm) => call("partner_save", { form }),
  /** PNG bytes as base64, or null to remove the logo. */
  setPartnerLogo: (png_base64: string | null) => call("partner_logo_set", { png_base64 }),

  /** Drafts the period's invoices; "billing-progress" events report how far it got. */
  bill: (period: string) => call("bill", { period }),
  cancelBilling: () => call("billing_cancel", {}),
  invoices: (filter: InvoiceFilter) => call("invoices_list", { filter }),
  invoice: (id: number) => call("invoice_get", { id }),
  addInvoiceLine: (id: number, form: OneOffForm) => call("invoice_add_line", { id, form }),
  removeInvoiceLine: (id: number, position: number) => call("invoice_remove_line", { id, position }),
  deleteInvoice: (id: number) => call("invoice_delete", { id }),
  issueInvoices: (ids: number[]) => call("invoices_issue", { ids }),
  /** `amount` null credits the whole of what is still creditable. */
  createCreditNote: (invoice_id: number, amount: string | null) =>
    call("credit_note_create", { invoice_id, amount }),
  invoicePdf: (id: number) => call("invoice_pdf", { id }),
  openInvoice: (id: number) => call("invoice_open", { id }),

  /** `allocations` null settles the oldest open invoices first. */
  recordPayment: (form: PaymentForm, allocations: AllocationInput[] | null) =>
    call("payment_record", { form, allocations }),
  allocatePayment: (payment_id: number, allocations: AllocationInput[]) =>
    call("payment_allocate", { payment_id, allocations }),
  payments: (customer_id: number | null) => call("payments_list", { customer_id }),
  balances: (customer_id: number) => call("customer_balances", { customer_id }),

  statement: (request: StatementRequest) => call("statement_get", { request }),
  /** The statement's PDF for the preview only: nothing is written or logged. */
  statementPdf: (request: StatementRequest) => call("statement_pdf", { request }),
  /** Writes the statement into the documents folder and logs it; `print` also opens it. */
  saveStatement: (request: StatementRequest, print: boolean) => call("statement_save", { request, print }),
  /** The month-end batch; "statements-progress" events report how far it got. */
  statementsBatch: (request: BatchRequest) => call("statements_batch", { request }),
  cancelStatements: () => call("statements_cancel", {}),
  aging: (as_of: string) => call("aging_report", { as_of }),
  /** Writes the report as CSV or PDF into the documents folder; returns the file's path. */
  exportAging: (as_of: string, format: ExportFormat, open: boolean) => call("aging_export", { as_of, format, open }),
  communications: (customer_id: number) => call("communications_list", { customer_id }),
  /**
   * Opens a document the book produced (by its file or communication id), or a folder or
   * document inside a folder the book writes to, in the system's viewer or file manager.
   * The backend refuses anything else.
   */
  openDocument: (target: OpenTarget) => call("document_open", { target }),
  /** The system's folder picker, shown by the backend; null when cancelled. */
  chooseFolder: () => call("folder_choose", {}),
  documentsFolder: () => call("documents_folder", {}),

  /** The home screen: today's collections work, overdue and its trend, renewals. */
  dashboard: (as_of: string) => call("dashboard_get", { as_of }),
  /** Letters proposed, invoices held and subscriptions to suspend or reactivate on a date. */
  collections: (as_of: string) => call("collections_get", { as_of }),
  /** Writes the letters (one PDF each and one combined), logs them, records their step. */
  produceLetters: (request: LettersRequest) => call("letters_produce", { request }),
  /** Writes the renewal notices not yet sent (one PDF per customer and one combined), logs them. */
  produceRenewalNotices: (request: RenewalNoticesRequest) => call("renewal_notices_produce", { request }),
  /** Communication log entries that went out on `on`, by post or e-mail. */
  markSent: (ids: number[], on: string, via: "post" | "email") => call("communications_mark_sent", { ids, on, via }),
  /** `invoice_id` null holds the whole customer; else that invoice (a dispute). */
  hold: (customer_id: number, invoice_id: number | null, reason: string) =>
    call("collections_hold", { customer_id, invoice_id, reason }),
  liftHold: (hold_id: number) => call("collections_lift_hold", { hold_id }),
  /** Staff suspended the subscription in Partner Center on `on`. */
  suspensionDone: (id: number, on: string) => call("suspension_done", { id, on }),
  /** Staff reactivated it in Partner Center on `on`. */
  reactivationDone: (id: number, on: string) => call("reactivation_done", { id, on }),
  policy: () => call("policy_get", {}),
  savePolicy: (policy: Policy) => call("policy_save", { policy }),
  resetPolicy: () => call("policy_reset", {}),
  /** Writes the customers' policy sheet in `lang` beside the book; `open` also opens it. */
  openPolicySheet: (lang: Lang, open: boolean) => call("policy_sheet_open", { lang, open }),

  /** Where backups go, the last one, and whether it is under 24 hours old. */
  backupStatus: () => call("backup_status", {}),
  backupNow: () => call("backup_now", {}),
  /** The system's folder dialog; `null` when cancelled. */
  chooseBackupFolder: () => call("backup_folder_choose", {}),
  /** The system's file dialog, then the file checked; `null` when cancelled. */
  chooseRestore: () => call("restore_choose", {}),
  /** Restores the file `chooseRestore` checked; the window should then reload. */
  confirmRestore: () => call("restore_confirm", {}),
};

/** Follows a billing run as the backend reports it; call the result to stop listening. */
export async function onBillingProgress(handler: (p: Progress) => void): Promise<() => void> {
  return listen<Progress>("billing-progress", (event) => handler(event.payload));
}

/** Follows the month-end statements batch; call the result to stop listening. */
export async function onStatementsProgress(handler: (p: Progress) => void): Promise<() => void> {
  return listen<Progress>("statements-progress", (event) => handler(event.payload));
}

/** The backend found the book damaged after it opened: it is read-only from now on. */
export async function onBookReadOnly(handler: () => void): Promise<() => void> {
  return listen("book-read-only", () => handler());
}
