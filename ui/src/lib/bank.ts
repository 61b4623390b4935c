// The bank import screen's decisions, kept out of the page so they read (and test) as
// plain functions: which lines may be confirmed, what a line will become once the clerk
// has corrected it, and the confirmations sent for the ticked lines.
import type { AllocationInput, BankConfirmation, BankImportView, BankLineStatus, BankLineView, PaymentView } from "./bindings";
import type { Tone } from "./labels";
import { fromCents, toCents } from "./amounts";

/** The clerk's choice for a line: a customer and what goes to each invoice. */
export type Correction = {
  customer_id: number;
  customer_name: string;
  /** Invoice numbers beside the inputs, for the cell that shows the correction. */
  allocations: (AllocationInput & { number: string })[];
};

export const statusTone: Record<BankLineStatus, Tone> = {
  proposed: "blue",
  unmatched: "amber",
  refused: "red",
  confirmed: "green",
  ignored: "grey",
};

/** A credit the book has, not yet a payment: the clerk may (re)assign its customer. */
export function correctable(line: BankLineView): boolean {
  return line.credit && line.line_id !== null && line.payment_id === null && line.status !== "confirmed";
}

/** A line that becomes a payment if ticked: proposed as it stands, or corrected. */
export function confirmable(line: BankLineView, correction: Correction | undefined): boolean {
  if (!correctable(line)) return false;
  return correction !== undefined || (line.status === "proposed" && line.customer_id !== null);
}

/** What the line becomes: the correction if any, else the backend's proposal. */
export function confirmation(line: BankLineView, correction: Correction | undefined): BankConfirmation | null {
  if (!confirmable(line, correction) || line.line_id === null) return null;
  if (correction) {
    return { line_id: line.line_id, customer_id: correction.customer_id, allocations: correction.allocations.map(({ invoice_id, amount }) => ({ invoice_id, amount })) };
  }
  return {
    line_id: line.line_id,
    customer_id: line.customer_id ?? 0,
    allocations: line.allocations.map((a) => ({ invoice_id: a.invoice_id, amount: a.amount.amount })),
  };
}

/** The lines ticked by default: every one that can be confirmed. */
export function initiallyTicked(view: BankImportView): Set<number> {
  return new Set(view.lines.filter((l) => confirmable(l, undefined)).map((l) => l.line_id as number));
}

/** What a corrected line leaves on the customer's account, as a decimal string. */
export function onAccount(amount: string, correction: Correction): string {
  const total = toCents(amount) ?? 0;
  const allocated = correction.allocations.reduce((s, a) => s + (toCents(a.amount) ?? 0), 0);
  return fromCents(Math.max(0, total - allocated));
}

/**
 * The import after the confirmations went through (all or none): the confirmed lines
 * become payments, carrying the correction's customer and allocations. `payments` come
 * back in the order of `sent`. A line the clerk assigned differently from the proposal
 * loses the proposal's reason for `byHand` (the sentence saying the clerk chose).
 */
export function afterConfirm(
  view: BankImportView,
  sent: BankConfirmation[],
  payments: PaymentView[],
  byHand: string,
): BankImportView {
  const made = new Map(sent.map((c, i) => [c.line_id, payments[i]]));
  return {
    ...view,
    lines: view.lines.map((l) => {
      const p = l.line_id === null ? undefined : made.get(l.line_id);
      if (!p) return l;
      return {
        ...l,
        status: "confirmed",
        reason: l.status === "proposed" && l.customer_id === p.customer_id ? l.reason : byHand,
        payment_id: p.id,
        customer_id: p.customer_id,
        customer_name: p.customer_name,
        allocations: p.allocations.map((a) => ({ invoice_id: a.invoice_id, number: a.number, amount: a.amount })),
        on_account: p.unallocated,
      };
    }),
  };
}
