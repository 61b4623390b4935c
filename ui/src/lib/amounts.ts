// Exact arithmetic on typed amounts, in whole cents: the payment form adds up what
// is allocated as the user types, and a float would lose a cent sooner or later.

/** "1 234,56", "1234.56", "1234" → 123456; null when it is not an amount. */
export function toCents(input: string): number | null {
  const s = input.replace(/[\s\u00a0\u202f]/g, "").replace(",", ".");
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
