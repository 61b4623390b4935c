// A time of day typed by hand (24 h, the same on every machine) and an instant made of
// a day and a time in this machine's zone: `type=datetime-local` followed the operating
// system's locale, and showed 02:05 PM to a French clerk on an English system.

/** "14:05", "14h05", "14.05", "1405", "9:5"?, "9" → "14:05", …, "09:00"; null when it is
 *  not a time of day (25:00, 14:60, "midi"). */
export function parseTime(typed: string): string | null {
  const m = /^(\d{1,2})(?:\s*[:hH.]\s*(\d{2})?|(\d{2}))?$/.exec(typed.trim());
  if (!m) return null;
  const h = Number(m[1]);
  const min = Number(m[2] ?? m[3] ?? "0");
  if (h > 23 || min > 59) return null;
  return `${String(h).padStart(2, "0")}:${String(min).padStart(2, "0")}`;
}

const pad = (n: number) => String(n).padStart(2, "0");

/** The day ("2026-11-25") and time ("14:05") of an instant in this machine's zone. */
export function localParts(d: Date): { day: string; time: string } {
  return {
    day: `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`,
    time: `${pad(d.getHours())}:${pad(d.getMinutes())}`,
  };
}

/** The RFC 3339 instant of a day and a time in this machine's zone; when either is not
 *  one, what was typed, for the backend to refuse; "" when both are empty. */
export function instantOf(day: string, time: string): string {
  const d = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  const t = /^(\d{2}):(\d{2})$/.exec(time);
  if (!d || !t) return day || time ? `${day}T${time}`.trim() : "";
  return new Date(Number(d[1]), Number(d[2]) - 1, Number(d[3]), Number(t[1]), Number(t[2])).toISOString();
}
