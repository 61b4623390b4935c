// Which price of a product's history is in force on a date, per currency.
import type { PriceView } from "./bindings";

export type PriceState = "current" | "future" | "past";

/** History is oldest first; the last one not after `today` in each currency is current. */
export function priceStates(history: PriceView[], today: string): PriceState[] {
  const current = new Map<string, number>();
  history.forEach((p, i) => {
    if (p.effective_from <= today) current.set(p.currency, i);
  });
  return history.map((p, i) =>
    p.effective_from > today ? "future" : current.get(p.currency) === i ? "current" : "past",
  );
}
