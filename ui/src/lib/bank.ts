// The bank import screen's decisions, kept out of the page so they read (and test) as
// plain functions: which lines may be confirmed, what a line will become once the clerk
// has corrected it, and the confirmations sent for the ticked lines.
import type { AllocationInput, BankConfirmation, BankImportView, BankLineStatus, BankLineView, CsvMapping, KnownCsvBank, PaymentView } from "./bindings";
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

/** The mapping screen's state: every field a column title, "" for none. */
export type MappingForm = { date: string; amount: string; debit: string; credit: string; label: string; payer: string; reference: string };

const asForm = (m: CsvMapping): MappingForm => ({
  date: m.date,
  amount: m.amount ?? "",
  debit: m.debit ?? "",
  credit: m.credit ?? "",
  label: m.label,
  payer: m.payer ?? "",
  reference: m.reference ?? "",
});

export const mappingForm = asForm;

/** What is sent: a signed amount column, or debit and credit columns, never both. */
export function toMapping(f: MappingForm, twoColumns: boolean): CsvMapping {
  const opt = (v: string) => (v === "" ? null : v);
  return {
    date: f.date,
    amount: twoColumns ? null : opt(f.amount),
    debit: twoColumns ? opt(f.debit) : null,
    credit: twoColumns ? opt(f.credit) : null,
    label: f.label,
    payer: opt(f.payer),
    reference: opt(f.reference),
  };
}

/** The file can be read once a date, a label and the amount's column(s) are chosen. */
export function mappingReady(m: CsvMapping): boolean {
  return m.date !== "" && m.label !== "" && (m.amount !== null || (m.debit !== null && m.credit !== null));
}

export function sameMapping(a: CsvMapping, b: CsvMapping): boolean {
  return JSON.stringify(asForm(a)) === JSON.stringify(asForm(b));
}

const fold = (s: string) => s.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase();

/** A first guess from the columns' titles as French and English banks write them. */
export function guessMapping(columns: string[]): MappingForm {
  const find = (...words: string[]) => columns.find((c) => words.some((w) => fold(c).includes(w))) ?? "";
  return {
    date: find("date operation", "date"),
    amount: find("montant", "amount"),
    debit: find("debit"),
    credit: find("credit"),
    label: find("libelle", "label", "description"),
    payer: find("tiers", "payeur", "emetteur", "payer"),
    reference: find("reference"),
  };
}

/** The remembered bank whose columns the file has, the first by name. */
export function knownBankFor(columns: string[], banks: KnownCsvBank[]): KnownCsvBank | undefined {
  return banks.find((b) => [b.mapping.date, b.mapping.amount, b.mapping.debit, b.mapping.credit, b.mapping.label].every((c) => c === null || columns.includes(c)));
}

/** A sample row as the mapping reads it: date, amount (a debit signed −), label, payer. */
export function previewRow(columns: string[], row: string[], m: CsvMapping): { date: string; amount: string; label: string; payer: string } {
  const cell = (c: string | null) => (c === null ? "" : (row[columns.indexOf(c)] ?? ""));
  let amount = cell(m.amount);
  if (m.amount === null) amount = cell(m.credit) !== "" ? cell(m.credit) : cell(m.debit) !== "" ? `−${cell(m.debit).replace(/^-/, "")}` : "";
  return { date: cell(m.date), amount, label: cell(m.label), payer: cell(m.payer) };
}
