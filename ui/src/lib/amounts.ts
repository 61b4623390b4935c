// Exact arithmetic on typed amounts, in whole cents: the payment form adds up what
// is allocated as the user types, and a float would lose a cent sooner or later.
import { locale } from "./locale.svelte";

/** "1 234,56", "1234,56", "1234.56", "1.234,56", "1,234.56", "1234" → 123456; null
 *  when it is not an amount. The backend's rule (`number_text.rs`): one separator of a
 *  kind is the decimal point, several group thousands, and with both kinds the last
 *  one is the decimal point. */
export function toCents(input: string): number | null {
  let s = input.replace(/[\s\u00a0\u202f\u2009]/g, "").replace("\u2212", "-");
  const commas = s.split(",").length - 1;
  const dots = s.split(".").length - 1;
  const last = Math.max(s.lastIndexOf(","), s.lastIndexOf("."));
  if (commas > 0 && dots > 0) {
    const point = s[last]!;
    const group = point === "," ? "." : ",";
    if (s.split(point).length > 2) return null;
    s = s.replaceAll(group, "").replace(",", ".");
  } else if (commas > 1 || dots > 1) {
    s = s.replace(/[.,]/g, "");
  } else {
    s = s.replace(",", ".");
  }
  const m = /^(-?)(\d+)(?:\.(\d{0,2}))?$/.exec(s);
  if (!m) return null;
  const cents = Number(m[2]) * 100 + Number((m[3] ?? "").padEnd(2, "0"));
  return m[1] ? -cents : cents;
}

/** 123456 → "1234.56": what the backend parses. */
export function fromCents(cents: number): string {
  const sign = cents < 0 ? "-" : "";
  const abs = Math.abs(cents);
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, "0")}`;
}

/** The typed amount in the backend's form when it reads as one, else as typed (the
 *  backend then says what is wrong with it). */
export function normalized(input: string): string {
  const c = toCents(input);
  return c === null ? input.trim() : fromCents(c);
}

/** The backend's "1234.5" as a person types it in the window's language, to put in an
 *  amount field: "1 234,5" in French (a decimal comma, thousands apart), "1234.5" in
 *  English. Its decimals are kept as they are; anything else is returned unchanged. */
export function typedAmount(plain: string): string {
  const m = /^(-?)(\d+)(?:\.(\d+))?$/.exec(plain.trim());
  if (!m || locale.lang !== "fr") return plain;
  const whole = m[2]!.replace(/\B(?=(\d{3})+(?!\d))/g, "\u202f");
  return `${m[1]}${whole}${m[3] === undefined ? "" : `,${m[3]}`}`;
}
