// The support desk's closed lists as words and tones, service durations as a person
// reads them, and the countdown of a target: what the queue, the request page, the
// customer's page and Today all show the same way.
import type { Category, Channel, DeliveredBy, RequestState, Rounding, Route, Severity } from "./bindings";
import { localeTag, t, type MessageKey } from "./i18n";
import { dateTime, integer } from "./format";
import type { Tone } from "./labels";

export const SEVERITIES: Severity[] = ["critical", "high", "normal", "low"];
export const REQUEST_STATES: RequestState[] = ["new", "in_progress", "waiting_on_customer", "escalated", "resolved", "closed"];
export const CHANNELS: Channel[] = ["phone", "email", "portal", "on_site"];
export const CATEGORIES: Category[] = ["billing", "technical", "subscription_change", "access", "other"];
export const ROUTES: Route[] = ["commercial", "partner_cloud", "advanced_support", "premier_support"];
export const DELIVERED_BY: DeliveredBy[] = ["own_team", "subcontractor", "resold"];
export const ROUNDINGS: Rounding[] = ["per_entry", "per_month"];

export const severityLabel = (s: Severity) => t(`sev.${s}`);
export const requestStateLabel = (s: RequestState) => t(`rstate.${s}`);
export const channelLabel = (c: Channel) => t(`channel.${c}`);
export const categoryLabel = (c: Category) => t(`category.${c}`);
export const routeLabel = (r: Route) => t(`route.${r}`);
export const deliveredLabel = (d: DeliveredBy) => t(`delivered.${d}`);
export const roundingLabel = (r: Rounding) => t(`rounding.${r}`);
export const weekdayLabel = (d: number) => t(`weekday.${d}` as MessageKey);

const severityTones: Record<Severity, Tone> = { critical: "red", high: "amber", normal: "blue", low: "grey" };
export const severityTone = (s: Severity): Tone => severityTones[s];

const stateTones: Record<RequestState, Tone> = {
  new: "blue",
  in_progress: "purple",
  waiting_on_customer: "amber",
  escalated: "red",
  resolved: "green",
  closed: "grey",
};
export const requestStateTone = (s: RequestState): Tone => stateTones[s];

export const isOpen = (s: RequestState) => s !== "resolved" && s !== "closed";

/** 125 → "2 h 05" / "2h 05m"; 40 → "40 min"; 120 → "2 h". */
export function duration(minutes: number): string {
  const m = Math.abs(Math.round(minutes));
  const h = Math.floor(m / 60);
  const rest = m % 60;
  if (h === 0) return t("dur.m", { m: rest });
  if (rest === 0) return t("dur.h", { h: integer(h) });
  return t("dur.hm", { h: integer(h), m: String(rest).padStart(2, "0") });
}

/** Minutes after midnight → "09:00"; 1440 → "24:00". */
export function clock(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;
}

/** "09:30" (or "9:30", "9h30") → 570; 24:00 is 1440; null when it is not a time of day. */
export function parseClock(text: string): number | null {
  const m = /^\s*(\d{1,2})\s*[:hH.]\s*(\d{2})?\s*$/.exec(text);
  if (!m) return null;
  const h = Number(m[1]);
  const min = Number(m[2] ?? "0");
  if (min > 59 || h > 24 || (h === 24 && min > 0)) return null;
  return h * 60 + min;
}

/** How a countdown reads and looks. */
export type Countdown = {
  /** met, met_late, paused, breached, close, running, none */
  kind: "met" | "met_late" | "paused" | "breached" | "close" | "running" | "none";
  text: string;
  tone: Tone;
};

/** A target as the backend sends it: remaining service minutes, negative once over. */
export type TargetLike = {
  due: string | null;
  met_at: string | null;
  remaining_minutes: number | null;
  breached: boolean;
};

/** Within this many service minutes of its due time, a target is drawn amber. */
export const CLOSE_MINUTES = 60;

export function countdown(target: TargetLike | null, paused: boolean): Countdown {
  if (!target) return { kind: "none", text: t("due.none"), tone: "grey" };
  if (target.met_at) {
    return target.breached
      ? { kind: "met_late", text: t("due.metLate"), tone: "red" }
      : { kind: "met", text: t("due.met"), tone: "green" };
  }
  if (paused) return { kind: "paused", text: t("due.paused"), tone: "grey" };
  const left = target.remaining_minutes;
  if (left === null) return { kind: "none", text: t("due.none"), tone: "grey" };
  if (target.breached || left < 0) return { kind: "breached", text: t("due.late", { time: duration(-left) }), tone: "red" };
  const text = t("due.left", { time: duration(left) });
  return left <= CLOSE_MINUTES ? { kind: "close", text, tone: "amber" } : { kind: "running", text, tone: "blue" };
}

/**
 * The state buttons a request shows, as the backend allows the moves: closed is final, a
 * resolved request is reopened or closed, an open one goes to any other open state (but
 * escalated, which has its own form) or is resolved or closed.
 */
export function movesFrom(state: RequestState): RequestState[] {
  if (state === "closed") return [];
  if (state === "resolved") return ["in_progress", "closed"];
  return (["in_progress", "waiting_on_customer", "resolved", "closed"] as RequestState[]).filter((s) => s !== state);
}

/** An RFC 3339 instant's time of day on this machine: "14:05". */
export function timeOfDay(rfc3339: string): string {
  const when = new Date(rfc3339);
  if (Number.isNaN(when.getTime())) return rfc3339;
  return new Intl.DateTimeFormat(localeTag(), { hour: "2-digit", minute: "2-digit" }).format(when);
}

/** A span of time: "25/11/2026 14:05 – 14:35", the end's day repeated only when it differs. */
export function span(from: string, to: string): string {
  const a = new Date(from);
  const b = new Date(to);
  const sameDay = a.toDateString() === b.toDateString();
  return `${dateTime(from)} – ${sameDay ? timeOfDay(to) : dateTime(to)}`;
}

/** The target a request must meet next: the first response until met, then the resolution. */
export function urgentTarget<T extends TargetLike>(r: { first_response: T | null; resolution: T | null }): T | null {
  if (r.first_response && !r.first_response.met_at) return r.first_response;
  return r.resolution;
}
