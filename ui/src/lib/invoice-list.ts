// Filtering and sorting the invoices list in memory: the backend narrows by period
// and kind, the window by state and by what is typed, with counts for every state.
import type { InvoiceRow, InvoiceState, MoneyView } from "./bindings";
import { fold, matches } from "./search";
import { toCents, fromCents } from "./amounts";

export type SortKey = "number" | "customer" | "period" | "issued" | "due" | "total" | "open" | "state" | "late";
export type SortDir = "asc" | "desc";
export type StateFilter = "all" | InvoiceState;

export type Indexed = { row: InvoiceRow; hay: string };

export function index(rows: InvoiceRow[]): Indexed[] {
  return rows.map((row) => ({ row, hay: fold(`${row.customer_name} ${row.number ?? ""}`) }));
}

const stateOrder: Record<InvoiceState, number> = {
  draft: 0,
  overdue: 1,
  unpaid: 2,
  partly_paid: 3,
  paid: 4,
  credited: 5,
  issued: 6,
};

const amount = (m: MoneyView) => Number(m.amount);

export function sortRows(list: Indexed[], key: SortKey, dir: SortDir, collator: Intl.Collator): Indexed[] {
  // Drafts have no number: they sort with their customer after every numbered document.
  const byNumber = (a: InvoiceRow, b: InvoiceRow) =>
    a.number === null || b.number === null
      ? (a.number === null ? 1 : 0) - (b.number === null ? 1 : 0) || collator.compare(a.customer_name, b.customer_name)
      : collator.compare(a.number, b.number);
  const text = (x: string | null, y: string | null) => (x ?? "").localeCompare(y ?? "");
  const primary = (a: InvoiceRow, b: InvoiceRow): number => {
    switch (key) {
      case "number":
        return 0;
      case "customer":
        return collator.compare(a.customer_name, b.customer_name);
      case "period":
        return text(a.period, b.period);
      case "issued":
        return text(a.issue_date, b.issue_date);
      case "due":
        return text(a.due_date, b.due_date);
      case "total":
        return amount(a.gross) - amount(b.gross);
      case "open":
        return amount(a.open) - amount(b.open);
      case "state":
        return stateOrder[a.state] - stateOrder[b.state];
      case "late":
        return a.days_overdue - b.days_overdue;
    }
  };
  const sign = dir === "asc" ? 1 : -1;
  return [...list].sort((x, y) => sign * (primary(x.row, y.row) || byNumber(x.row, y.row)));
}

export function filterRows(list: Indexed[], query: string, state: StateFilter): Indexed[] {
  const q = fold(query.trim());
  if (!q && state === "all") return list;
  return list.filter((i) => (state === "all" || i.row.state === state) && matches(i.hay, q));
}

/** Latest first for dates and numbers, largest first for amounts, words A to Z. */
export function defaultDir(key: SortKey): SortDir {
  return key === "customer" || key === "state" ? "asc" : "desc";
}

/** Amounts summed per currency, exactly (in cents); zero sums are left out. */
export function sumPerCurrency(list: MoneyView[]): MoneyView[] {
  const sums = new Map<string, number>();
  for (const m of list) {
    const c = toCents(m.amount);
    if (c) sums.set(m.currency, (sums.get(m.currency) ?? 0) + c);
  }
  return [...sums].map(([currency, cents]) => ({ currency, amount: fromCents(cents) }));
}

/** The documents of `rows` that can leave the book (issued ones), in their order. */
export function issuedIds(rows: InvoiceRow[]): number[] {
  return rows.filter((r) => r.number !== null).map((r) => r.id);
}
