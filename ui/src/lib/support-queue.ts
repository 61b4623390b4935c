// Sorting the support queue in memory: the backend filters, the window orders what it
// got as the person asks (most urgent first unless told otherwise).
import type { QueueRow, Severity } from "./bindings";

export type QueueSortKey = "urgency" | "number" | "customer" | "severity" | "first" | "resolution" | "opened";
export type SortDir = "asc" | "desc";

const severityRank: Record<Severity, number> = { critical: 0, high: 1, normal: 2, low: 3 };

/** Service minutes left before the next target still running; paused and met last. */
function left(target: QueueRow["first_response"] | null, paused: boolean): number {
  if (!target || target.met_at || paused || target.remaining_minutes === null) return Number.MAX_SAFE_INTEGER;
  return target.remaining_minutes;
}

export const urgency = (r: QueueRow): number => Math.min(left(r.first_response, r.paused), left(r.resolution, r.paused));

export function sortQueue(rows: QueueRow[], key: QueueSortKey, dir: SortDir, collator: Intl.Collator): QueueRow[] {
  const primary = (a: QueueRow, b: QueueRow): number => {
    switch (key) {
      case "urgency":
        return urgency(a) - urgency(b) || severityRank[a.severity] - severityRank[b.severity];
      case "number":
        return collator.compare(a.number, b.number);
      case "customer":
        return collator.compare(a.customer_name, b.customer_name);
      case "severity":
        return severityRank[a.severity] - severityRank[b.severity];
      case "first":
        return left(a.first_response, a.paused) - left(b.first_response, b.paused);
      case "resolution":
        return left(a.resolution, a.paused) - left(b.resolution, b.paused);
      case "opened":
        return a.opened_at.localeCompare(b.opened_at);
    }
  };
  const sign = dir === "asc" ? 1 : -1;
  // Ties: the newest request first, as the desk reads its history.
  return [...rows].sort((x, y) => sign * primary(x, y) || y.opened_at.localeCompare(x.opened_at));
}

/** Newest first for dates; the rest from the top of their order. */
export const defaultQueueDir = (key: QueueSortKey): SortDir => (key === "opened" ? "desc" : "asc");
