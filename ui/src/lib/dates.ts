// Dates as a person reads and types them, in the window's language rather than the
// operating system's: a native date input follows the system locale, so a French clerk
// on an English system (or on a Linux without fr_FR) would read and type 09/01/2026 as
// 1 September. Both languages show and read day first (English is en-GB, as `format.ts`
// displays it); the book keeps ISO forms (yyyy-mm-dd, yyyy-mm).
import type { Lang } from "./bindings";

/** The first and last years a form accepts, as the backend's bounds (`bounds.rs`). */
export const FIRST_YEAR = 2000;
export const LAST_YEAR = 2099;

/** Why a typed text is not a date (or a month); the field words each kind. */
export type DateProblem =
  | { kind: "shape" }
  | { kind: "month"; month: number }
  | { kind: "day"; day: number; month: number; year: number }
  | { kind: "range" }
  | { kind: "before"; min: string }
  | { kind: "after"; max: string };

export type Parsed = { ok: true; value: string } | { ok: false; problem: DateProblem };

const MONTHS: Record<Lang, string[]> = {
  fr: ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"],
  en: ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
};

const pad = (n: number, width = 2) => String(n).padStart(width, "0");

/** "2026-11-25" → "25/11/2026"; anything else is returned as it is. */
export function showDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? `${m[3]}/${m[2]}/${m[1]}` : iso;
}

/** "2026-11" → "novembre 2026" / "November 2026". */
export function showMonth(ym: string, lang: Lang): string {
  const m = /^(\d{4})-(\d{2})$/.exec(ym);
  const name = m ? MONTHS[lang][Number(m[2]) - 1] : undefined;
  return m && name ? `${name} ${m[1]}` : ym;
}

/** The name of month `month` (1–12), for the month picker's buttons. */
export function monthName(month: number, lang: Lang): string {
  return MONTHS[lang][month - 1] ?? String(month);
}

function year(text: string): number {
  // Two digits are this century's: the bounds hold nothing else.
  return text.length === 2 ? 2000 + Number(text) : Number(text);
}

function daysIn(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

function checked(y: number, m: number, d: number): Parsed {
  if (m < 1 || m > 12) return { ok: false, problem: { kind: "month", month: m } };
  if (d < 1 || d > daysIn(y, m)) return { ok: false, problem: { kind: "day", day: d, month: m, year: y } };
  if (y < FIRST_YEAR || y > LAST_YEAR) return { ok: false, problem: { kind: "range" } };
  return { ok: true, value: `${pad(y, 4)}-${pad(m)}-${pad(d)}` };
}

/**
 * What a person typed, as an ISO date: "25/11/2026", "25/11/26", "25.11.2026",
 * "25-11-2026", "25 11 2026", "25112026" (day first), or "2026-11-25". Empty stays empty.
 */
export function parseDate(typed: string): Parsed {
  const s = typed.trim();
  if (s === "") return { ok: true, value: "" };
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(s);
  if (m) return checked(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\d{1,2})\s*([/.\-\s])\s*(\d{1,2})\s*\2\s*(\d{4}|\d{2})$/.exec(s);
  if (m) return checked(year(m[4]!), Number(m[3]), Number(m[1]));
  m = /^(\d{2})(\d{2})(\d{4})$/.exec(s);
  if (m) return checked(Number(m[3]), Number(m[2]), Number(m[1]));
  return { ok: false, problem: { kind: "shape" } };
}

/** `parseDate`, then `min`/`max` (ISO, either may be empty). */
export function parseDateWithin(typed: string, min?: string, max?: string): Parsed {
  const p = parseDate(typed);
  if (!p.ok || p.value === "") return p;
  if (min && p.value < min) return { ok: false, problem: { kind: "before", min } };
  if (max && p.value > max) return { ok: false, problem: { kind: "after", max } };
  return p;
}

/** Lower case without accents or dots: "Févr." → "fevr". */
function folded(word: string): string {
  return word
    .normalize("NFD")
    .replace(/[\u0300-\u036f.]/g, "")
    .toLowerCase();
}

/** The month a word names in either language, by a prefix of three letters or more
 *  that only one month starts with ("nov", "févr", "sept", "juil"); null otherwise. */
function monthByName(word: string): number | null {
  const w = folded(word);
  if (w.length < 3) return null;
  const found = new Set<number>();
  for (const names of Object.values(MONTHS)) {
    names.forEach((name, i) => {
      if (folded(name).startsWith(w)) found.add(i + 1);
    });
  }
  return found.size === 1 ? [...found][0]! : null;
}

function checkedMonth(y: number, m: number): Parsed {
  if (m < 1 || m > 12) return { ok: false, problem: { kind: "month", month: m } };
  if (y < FIRST_YEAR || y > LAST_YEAR) return { ok: false, problem: { kind: "range" } };
  return { ok: true, value: `${pad(y, 4)}-${pad(m)}` };
}

/**
 * What a person typed, as an ISO month: "11/2026", "11/26", "11.2026", "2026-11",
 * "nov 2026", "novembre 2026", "November 2026". Empty stays empty.
 */
export function parseMonth(typed: string): Parsed {
  const s = typed.trim();
  if (s === "") return { ok: true, value: "" };
  let m = /^(\d{4})-(\d{1,2})$/.exec(s);
  if (m) return checkedMonth(Number(m[1]), Number(m[2]));
  m = /^(\d{1,2})\s*[/.\-\s]\s*(\d{4}|\d{2})$/.exec(s);
  if (m) return checkedMonth(year(m[2]!), Number(m[1]));
  m = /^(\p{L}[\p{L}.]*)\s*(\d{4}|\d{2})$/u.exec(s);
  if (m) {
    const month = monthByName(m[1]!);
    return month === null ? { ok: false, problem: { kind: "shape" } } : checkedMonth(year(m[2]!), month);
  }
  return { ok: false, problem: { kind: "shape" } };
}

/** `parseMonth`, then `min`/`max` (yyyy-mm, either may be empty). */
export function parseMonthWithin(typed: string, min?: string, max?: string): Parsed {
  const p = parseMonth(typed);
  if (!p.ok || p.value === "") return p;
  if (min && p.value < min) return { ok: false, problem: { kind: "before", min } };
  if (max && p.value > max) return { ok: false, problem: { kind: "after", max } };
  return p;
}

/** Calendar arithmetic on ISO dates, in UTC so no time zone moves a day. */
export function addDays(iso: string, days: number): string {
  const [y, m, d] = iso.split("-").map(Number) as [number, number, number];
  const t = new Date(Date.UTC(y, m - 1, d + days));
  return `${pad(t.getUTCFullYear(), 4)}-${pad(t.getUTCMonth() + 1)}-${pad(t.getUTCDate())}`;
}

/** The same day `months` later, held to the month's last day (31 Jan + 1 → 28/29 Feb). */
export function addMonths(iso: string, months: number): string {
  const [y, m, d] = iso.split("-").map(Number) as [number, number, number];
  const first = new Date(Date.UTC(y, m - 1 + months, 1));
  const ny = first.getUTCFullYear();
  const nm = first.getUTCMonth() + 1;
  return `${pad(ny, 4)}-${pad(nm)}-${pad(Math.min(d, daysIn(ny, nm)))}`;
}

/** The 42 days (6 weeks) a month's grid shows, from the week's first day: Monday in
 *  both languages (en-GB, like fr, starts weeks on Monday). */
export function monthGrid(ym: string): string[] {
  const [y, m] = ym.split("-").map(Number) as [number, number];
  const first = new Date(Date.UTC(y, m - 1, 1));
  const back = (first.getUTCDay() + 6) % 7;
  const start = addDays(`${ym}-01`, -back);
  return Array.from({ length: 42 }, (_, i) => addDays(start, i));
}

/** Short weekday names from Monday, in the language: "lun." … / "Mon" …. */
export function weekdayNames(tag: string): string[] {
  const f = new Intl.DateTimeFormat(tag, { weekday: "short", timeZone: "UTC" });
  // 2024-01-01 was a Monday.
  return Array.from({ length: 7 }, (_, i) => f.format(new Date(Date.UTC(2024, 0, 1 + i))));
}

/** A day's full name for screen readers: "mercredi 25 novembre 2026". */
export function spokenDate(iso: string, tag: string): string {
  const [y, m, d] = iso.split("-").map(Number) as [number, number, number];
  return new Intl.DateTimeFormat(tag, { weekday: "long", day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }).format(
    new Date(Date.UTC(y, m - 1, d)),
  );
}
