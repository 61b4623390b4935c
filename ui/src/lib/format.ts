// Display formatting of backend values. Amounts arrive as decimal strings and are
// handed to Intl as strings, so no cent is ever rounded through a float.
import { locale, localeTag } from "./i18n";

const cache = new Map<string, Intl.NumberFormat>();

function numberFormat(key: string, make: () => Intl.NumberFormat): Intl.NumberFormat {
  let f = cache.get(key);
  if (!f) {
    f = make();
    cache.set(key, f);
  }
  return f;
}

/** "1234.5" EUR → "1 234,50 €" in French, "€1,234.50" in English. */
export function money(amount: string, currency: string): string {
  const tag = localeTag();
  try {
    const f = numberFormat(`money:${tag}:${currency}`, () =>
      new Intl.NumberFormat(tag, { style: "currency", currency }),
    );
    return f.format(amount as Intl.StringNumericLiteral);
  } catch {
    return `${amount} ${currency}`;
  }
}

/** A decimal string without currency, keeping its own decimals (unit prices, costs). */
/** A unit price as the printed invoice writes it: the currency's decimals, up to four
 * when the price has them ("0.0166" EUR → "0,0166 €"), so quantity × price reads back. */
export function unitPrice(amount: string, currency: string): string {
  const tag = localeTag();
  try {
    const f = numberFormat(`unit:${tag}:${currency}`, () =>
      new Intl.NumberFormat(tag, { style: "currency", currency, maximumFractionDigits: 4 }),
    );
    return f.format(amount as Intl.StringNumericLiteral);
  } catch {
    return `${amount} ${currency}`;
  }
}

export function decimal(amount: string, minFraction = 2): string {
  const tag = localeTag();
  const f = numberFormat(`dec:${tag}:${minFraction}`, () =>
    new Intl.NumberFormat(tag, { minimumFractionDigits: minFraction, maximumFractionDigits: 6 }),
  );
  return f.format(amount as Intl.StringNumericLiteral);
}

export function integer(n: number): string {
  const tag = localeTag();
  return numberFormat(`int:${tag}`, () => new Intl.NumberFormat(tag)).format(n);
}

/** "10.7" → "10,7 %" / "10.7%". The value is already a percentage. */
export function percent(value: string): string {
  const tag = localeTag();
  const f = numberFormat(`pct:${tag}`, () =>
    new Intl.NumberFormat(tag, { minimumFractionDigits: 1, maximumFractionDigits: 1 }),
  );
  const n = f.format(value as Intl.StringNumericLiteral);
  return locale.lang === "fr" ? `${n}\u202f%` : `${n}%`;
}

const dateFormats = new Map<string, Intl.DateTimeFormat>();

/** "2026-11-24" → "24/11/2026" in French, "24 Nov 2026" in English. */
export function date(iso: string | null | undefined): string {
  if (!iso) return "";
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return iso;
  const tag = localeTag();
  let f = dateFormats.get(tag);
  if (!f) {
    // UTC on both sides: a calendar date must not shift with the machine's time zone.
    f =
      locale.lang === "fr"
        ? new Intl.DateTimeFormat(tag, { day: "2-digit", month: "2-digit", year: "numeric", timeZone: "UTC" })
        : new Intl.DateTimeFormat(tag, { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });
    dateFormats.set(tag, f);
  }
  return f.format(new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))));
}

/** "2026-11-25" → "mercredi 25 novembre 2026" / "Wednesday 25 November 2026". */
export function longDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return iso;
  const f = new Intl.DateTimeFormat(localeTag(), { weekday: "long", day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });
  return f.format(new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))));
}

const dateTimeFormats = new Map<string, Intl.DateTimeFormat>();

/** An RFC 3339 instant in the machine's time zone: "25/11/2026 14:05" / "25 Nov 2026, 14:05". */
export function dateTime(rfc3339: string | null | undefined): string {
  if (!rfc3339) return "";
  const when = new Date(rfc3339);
  if (Number.isNaN(when.getTime())) return rfc3339;
  const tag = localeTag();
  let f = dateTimeFormats.get(tag);
  if (!f) {
    const day = locale.lang === "fr" ? ({ day: "2-digit", month: "2-digit" } as const) : ({ day: "numeric", month: "short" } as const);
    f = new Intl.DateTimeFormat(tag, { ...day, year: "numeric", hour: "2-digit", minute: "2-digit" });
    dateTimeFormats.set(tag, f);
  }
  return f.format(when);
}

const regionNames = new Map<string, Intl.DisplayNames>();

export function country(code: string): string {
  if (!code) return "";
  const tag = localeTag();
  let names = regionNames.get(tag);
  if (!names) {
    names = new Intl.DisplayNames([tag], { type: "region" });
    regionNames.set(tag, names);
  }
  try {
    return names.of(code.toUpperCase()) ?? code;
  } catch {
    return code;
  }
}

/** "2026-11" → "novembre 2026" / "November 2026"; short: "11/2026". */
export function period(ym: string | null | undefined, short = false): string {
  if (!ym) return "";
  const m = /^(\d{4})-(\d{2})$/.exec(ym);
  if (!m) return ym;
  const tag = localeTag();
  const f = new Intl.DateTimeFormat(tag, { month: short ? "2-digit" : "long", year: "numeric", timeZone: "UTC" });
  return f.format(new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, 1)));
}

/** The month ("YYYY-MM") a business date ("YYYY-MM-DD") falls in. */
export function monthOf(iso: string): string {
  return iso.slice(0, 7);
}

/** Several amounts in different currencies, as one line: "1 200,00 € · 300,00 £". */
export function amounts(list: { amount: string; currency: string }[]): string {
  return list.map((m) => money(m.amount, m.currency)).join(" · ");
}

/** A file size in kilobytes, rounded up: 23 456 bytes → 23. */
export function kilobytes(bytes: number): string {
  return integer(Math.ceil(bytes / 1024));
}
