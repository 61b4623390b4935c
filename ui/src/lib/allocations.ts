// The payment form's allocation arithmetic, in cents: what is left to allocate as the
// user types, the backend's proposal (the domain's oldest-first rule) put into the form,
// and the backend's field errors (`allocations[2].amount`) put back next to the invoice
// they are about.
import type { AllocationInput, AllocationProposal, InvoiceRow } from "./bindings";
import { normalized, toCents, typedAmount } from "./amounts";
import { toApiError } from "./api";

/** The rows in the order a payment settles them (`order`, from the backend); rows it does
 *  not list keep their place after those. */
export function inOrder(rows: InvoiceRow[], order: number[]): InvoiceRow[] {
  const at = new Map(order.map((id, i) => [id, i]));
  const rank = (r: InvoiceRow) => at.get(r.id) ?? order.length;
  return [...rows].sort((a, b) => rank(a) - rank(b));
}

/** Typed amounts (invoice id → text) added up; unreadable ones count as 0. */
export function allocatedCents(typed: Record<number, string>): number {
  return Object.values(typed).reduce((sum, v) => sum + (toCents(v) ?? 0), 0);
}

/** The backend's proposal as typed amounts: every row listed, empty when nothing goes to it. */
export function typedFrom(proposal: AllocationProposal, rows: InvoiceRow[]): Record<number, string> {
  const out: Record<number, string> = {};
  for (const r of rows) out[r.id] = typedAmount(proposal.allocations.find((a) => a.invoice_id === r.id)?.amount ?? "");
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
