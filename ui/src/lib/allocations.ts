// The payment form's allocation arithmetic, in cents: what is left to allocate as the
// user types, a first proposal oldest invoice first, and the backend's field errors
// (`allocations[2].amount`) put back next to the invoice they are about.
import type { AllocationInput, InvoiceRow } from "./bindings";
import { fromCents, normalized, toCents } from "./amounts";
import { toApiError } from "./api";

/** Oldest first: by due date, then issue date, then number. */
export function oldestFirst(rows: InvoiceRow[]): InvoiceRow[] {
  const key = (r: InvoiceRow) => `${r.due_date ?? ""} ${r.issue_date ?? ""} ${r.number ?? ""}`;
  return [...rows].sort((a, b) => key(a).localeCompare(key(b)));
}

/** Typed amounts (invoice id → text) added up; unreadable ones count as 0. */
export function allocatedCents(typed: Record<number, string>): number {
  return Object.values(typed).reduce((sum, v) => sum + (toCents(v) ?? 0), 0);
}

/** A proposal: the payment spread over the invoices in order, each up to its open amount. */
export function propose(amount: string, invoices: InvoiceRow[], first?: number): Record<number, string> {
  let left = toCents(amount) ?? 0;
  const ordered = first === undefined ? invoices : [...invoices.filter((i) => i.id === first), ...invoices.filter((i) => i.id !== first)];
  const out: Record<number, string> = {};
  for (const inv of ordered) {
    const open = toCents(inv.open.amount) ?? 0;
    const take = Math.max(0, Math.min(open, left));
    out[inv.id] = take > 0 ? fromCents(take) : "";
    left -= take;
  }
  return out;
}

/** What is sent: the invoices with an amount typed, in the order shown. */
export function toInputs(invoices: InvoiceRow[], typed: Record<number, string>): AllocationInput[] {
  return invoices
    .filter((inv) => (typed[inv.id] ?? "").trim() !== "")
    .map((inv) => ({ invoice_id: inv.id, amount: normalized(typed[inv.id] ?? "") }));
}

export type PaymentErrors = { message: string; fields: Record<string, string> };

/**
 * The failed save as the form shows it: `allocations[i].…` becomes `allocation-<invoice id>`
 * (i indexes `sent`), a message about the allocations as a whole becomes `allocations`,
 * known form fields stay as they are, anything else joins the banner.
 */
export function paymentErrors(e: unknown, sent: AllocationInput[], known: readonly string[]): PaymentErrors {
  const err = toApiError(e);
  const fields: Record<string, string> = {};
  const orphans: string[] = [];
  for (const f of err.fields) {
    const name = f.field.replace(/^form\./, "");
    const m = /^allocations\[(\d+)\]/.exec(name);
    const target = m ? sent[Number(m[1])] : undefined;
    if (target) fields[`allocation-${target.invoice_id}`] ??= f.message;
    else if (name === "allocations" || known.includes(name)) fields[name] ??= f.message;
    else orphans.push(f.message);
  }
  const message = [err.message, ...orphans.filter((m) => !err.message.includes(m))].join(" ");
  return { message, fields };
}
