// Enum values from the backend → their translated label and badge tone.
import type {
  BillingFrequency,
  ContactRole,
  CustomerStatus,
  Lang,
  SubscriptionStatus,
  Term,
} from "./bindings";
import { t } from "./i18n";

export type Tone = "green" | "amber" | "grey" | "red" | "blue";

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

/** What the domain allows: a longer term may be billed in smaller steps or upfront. */
export function frequenciesFor(term: string): BillingFrequency[] {
  switch (term) {
    case "monthly":
      return ["monthly"];
    case "annual":
      return ["monthly", "annual", "one_time"];
    case "triennial":
      return ["monthly", "annual", "triennial", "one_time"];
    default:
      return [];
  }
}
