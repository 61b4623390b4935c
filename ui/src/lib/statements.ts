// What statements and the aging report share in the window: the five buckets in
// order with their colours, default periods, and sorting the report's rows.
import type { AgingRowView, AgingView, MoneyView } from "./bindings";
import type { MessageKey } from "./i18n";

export type BucketKey = "not_due" | "d1_30" | "d31_60" | "d61_90" | "over_90";

/** From green (not yet due) to red (over 90 days late). */
export const BUCKETS: { key: BucketKey; label: MessageKey; color: string }[] = [
  { key: "not_due", label: "aging.bucket.not_due", color: "#2f9e5e" },
  { key: "d1_30", label: "aging.bucket.d1_30", color: "#b5b82c" },
  { key: "d31_60", label: "aging.bucket.d31_60", color: "#e3a230" },
  { key: "d61_90", label: "aging.bucket.d61_90", color: "#e06a2c" },
  { key: "over_90", label: "aging.bucket.over_90", color: "#c62f2f" },
];

/** The first day of the month `back` months before the one `iso` falls in. */
export function monthStart(iso: string, back = 0): string {
  const y = Number(iso.slice(0, 4));
  const m = Number(iso.slice(5, 7)) - 1 - back;
  const year = y + Math.floor(m / 12);
  const month = ((m % 12) + 12) % 12;
  return `${year}-${String(month + 1).padStart(2, "0")}-01`;
}

/** Whether a date field holds a whole date yet (the summary waits until it does). */
export const isDate = (s: string) => /^\d{4}-\d{2}-\d{2}$/.test(s.trim());

export const isZero = (m: MoneyView) => Number(m.amount) === 0;

export type AgingSortKey = "name" | "currency" | BucketKey | "total";
export type SortDir = "asc" | "desc";

export function sortAging(rows: AgingRowView[], key: AgingSortKey, dir: SortDir, collator: Intl.Collator): AgingRowView[] {
  const amount = (a: AgingView, k: BucketKey | "total") => Number(a[k].amount);
  const primary = (a: AgingRowView, b: AgingRowView): number => {
    switch (key) {
      case "name":
        return collator.compare(a.customer_name, b.customer_name);
      case "currency":
        return a.aging.currency.localeCompare(b.aging.currency);
      default:
        return amount(a.aging, key) - amount(b.aging, key);
    }
  };
  const sign = dir === "asc" ? 1 : -1;
  return [...rows].sort(
    (a, b) => sign * primary(a, b) || collator.compare(a.customer_name, b.customer_name) || a.aging.currency.localeCompare(b.aging.currency),
  );
}

/** Names A to Z, amounts largest first. */
export const defaultAgingDir = (key: AgingSortKey): SortDir => (key === "name" || key === "currency" ? "asc" : "desc");
