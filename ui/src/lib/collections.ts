// What the collections screens share: the tone of each kind of step, how lateness
// reads, the suspension states, and the placeholders a letter may use.
import type { StepKind, SuspensionState } from "./bindings";
import type { Tone } from "./labels";
import { t } from "./i18n";
import { integer } from "./format";

export const STEP_KINDS: StepKind[] = ["courtesy", "reminder", "formal_notice", "suspension"];

const stepTones: Record<StepKind, Tone> = {
  courtesy: "blue",
  reminder: "amber",
  formal_notice: "red",
  suspension: "purple",
};

export const stepTone = (kind: StepKind): Tone => stepTones[kind];
export const stepKindLabel = (kind: StepKind) => t(`step.kind.${kind}`);

/** "12 j de retard", "dans 5 j", "échéance aujourd'hui". */
export function lateness(days: number): string {
  if (days > 0) return t("coll.late", { n: integer(days) });
  if (days < 0) return t("coll.dueIn", { n: integer(-days) });
  return t("coll.dueToday");
}

/** What to do in Partner Center first (a customer who paid gets access back before
 *  anyone else loses it), then what only waits for payment. */
export const SUSPENSION_ORDER: SuspensionState[] = ["to_reactivate", "to_suspend", "suspended"];

const suspensionTones: Record<SuspensionState, Tone> = {
  to_suspend: "red",
  to_reactivate: "green",
  suspended: "amber",
};

export const suspensionTone = (s: SuspensionState): Tone => suspensionTones[s];
export const suspensionLabel = (s: SuspensionState) => t(`susp.state.${s}`);

/** The step code a renewal notice carries in the communication log: not a step of the
 *  collection policy. */
export const RENEWAL_STEP = "renewal";
/** The step a support-terms sheet is logged under (`SUPPORT_SHEET_STEP` in the backend). */
export const SUPPORT_SHEET_STEP = "support_sheet";

/** Whether the customer was sent the notice of this renewal. */
export type NoticeState = "sent" | "to_send";
export const noticeState = (r: { notice_sent_on: string | null }): NoticeState => (r.notice_sent_on ? "sent" : "to_send");

/** Every placeholder a letter may use, in the order they are offered. */
export const PLACEHOLDERS = [
  "customer",
  "partner",
  "account_reference",
  "date",
  "invoices_table",
  "total_due",
  "oldest_due_date",
  "penalty_rate",
  "penalties",
  "indemnity_per_invoice",
  "indemnity",
  "deadline_days",
  "deadline",
  "next_period",
  "next_amount",
] as const;
export type Placeholder = (typeof PLACEHOLDERS)[number];
