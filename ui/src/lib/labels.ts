// Enum values from the backend → their translated label and badge tone.
import type {
  BillingFrequency,
  ContactRole,
  CustomerStatus,
  DocumentKindView,
  InvoiceState,
  Lang,
  SubscriptionStatus,
  Term,
} from "./bindings";
import { t } from "./i18n";

export type Tone = "green" | "amber" | "grey" | "red" | "blue" | "purple";

export const customerStatusLabel = (s: CustomerStatus) => t(`status.customer.${s}`);
export const subscriptionStatusLabel = (s: SubscriptionStatus) => t(`status.sub.${s}`);
export const roleLabel = (r: ContactRole) => t(`role.${r}`);
export const termLabel = (x: Term) => t(`term.${x}`);
export const frequencyLabel = (f: BillingFrequency) => t(`freq.${f}`);
export const languageLabel = (l: Lang) => t(`language.${l}`);

const tones: Record<CustomerStatus | SubscriptionStatus, Tone> = {
  active: "green",
  suspended: "amber",
  inactive: "grey",
  cancelled: "grey",
  expired: "red",
};

export const statusTone = (s: CustomerStatus | SubscriptionStatus): Tone => tones[s];

export const roleTone = (r: ContactRole): Tone => (r === "billing" ? "blue" : "grey");

export const CUSTOMER_STATUSES: CustomerStatus[] = ["active", "suspended", "inactive"];
export const SUBSCRIPTION_STATUSES: SubscriptionStatus[] = ["active", "suspended", "cancelled", "expired"];
export const CONTACT_ROLES: ContactRole[] = ["billing", "technical", "other"];
export const TERMS: Term[] = ["monthly", "annual", "triennial"];

export const invoiceStateLabel = (s: InvoiceState) => t(`inv.state.${s}`);
export const documentKindLabel = (k: DocumentKindView) => t(`inv.kind.${k}`);

const invoiceTones: Record<InvoiceState, Tone> = {
  draft: "grey",
  unpaid: "blue",
  partly_paid: "amber",
  paid: "green",
  overdue: "red",
  credited: "purple",
  issued: "grey",
};

export const invoiceStateTone = (s: InvoiceState): Tone => invoiceTones[s];

export const INVOICE_STATES: InvoiceState[] = ["draft", "unpaid", "partly_paid", "overdue", "paid", "credited"];

/** The invoices a payment can still settle. */
export const OPEN_STATES: InvoiceState[] = ["unpaid", "partly_paid", "overdue"];

export const PAYMENT_METHODS = ["transfer", "card", "direct_debit", "cheque", "cash"] as const;
export type PaymentMethod = (typeof PAYMENT_METHODS)[number];

/** A payment method code from the backend; an unknown one is shown as it came. */
export function methodLabel(m: string): string {
  return (PAYMENT_METHODS as readonly string[]).includes(m) ? t(`method.${m as PaymentMethod}`) : m;
}

const COMMUNICATION_KINDS = ["statement", "letter", "invoice"] as const;
type CommunicationKind = (typeof COMMUNICATION_KINDS)[number];

/** What the communication log says was produced; an unknown kind is shown as it came. */
export function communicationKindLabel(kind: string): string {
  return (COMMUNICATION_KINDS as readonly string[]).includes(kind) ? t(`comms.kind.${kind as CommunicationKind}`) : kind;
}

/** How a letter went out; an unknown way is shown as it came. */
export function sentViaLabel(via: string | null): string {
  if (via === "post") return t("comms.via.post");
  if (via === "email") return t("comms.via.email");
  return via ?? "";
}
