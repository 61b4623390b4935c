// A support plan as the editor holds it: a blank plan as a French partner usually
// starts one, and the backend's field names folded onto what the editor shows.
import type { PlanForm, PlanPriceForm, Severity } from "./bindings";
import { toApiError } from "./api";
import type { FormErrors } from "./form-errors";
import { SEVERITIES } from "./support";

const OFFICE = [
  { start: "09:00", end: "12:30" },
  { start: "14:00", end: "18:00" },
];

/** Service hours to a first response and to resolution, the usual ones of a small desk. */
const TARGETS: Record<Severity, { first_response_hours: string; resolution_hours: string }> = {
  critical: { first_response_hours: "1", resolution_hours: "8" },
  high: { first_response_hours: "4", resolution_hours: "16" },
  normal: { first_response_hours: "8", resolution_hours: "40" },
  low: { first_response_hours: "16", resolution_hours: "80" },
};

/** Monday to Friday 9:00–12:30 and 14:00–18:00 in Paris, French holidays, own team. */
export const newPlanForm = (): PlanForm => ({
  name: "",
  no_support: false,
  covered_fr: "",
  covered_en: "",
  not_covered_fr: "",
  not_covered_en: "",
  time_zone: "Europe/Paris",
  hours: Array.from({ length: 7 }, (_, d) => (d < 5 ? OFFICE.map((r) => ({ ...r })) : [])),
  french_holidays: true,
  alsace_moselle: false,
  closed_days: [],
  phone: "",
  email: "",
  portal_url: "",
  targets: SEVERITIES.map((severity) => ({ severity, ...TARGETS[severity], around_the_clock: false })),
  escalation_routes: ["commercial"],
  delivered_by: "own_team",
  provider_name: "",
  provider_contact: "",
});

export const newPlanPrice = (today: string, currency = "EUR"): PlanPriceForm => ({
  currency,
  effective_from: today,
  monthly_fee: "",
  hourly_rate: "",
  included_hours: "0",
  increment_minutes: "15",
  minimum_minutes: "15",
  rounding: "per_entry",
  cost_monthly: "",
  cost_hourly: "",
});

/** The fields the editor shows on their own; any other joins the banner. */
const SIMPLE = [
  "name", "time_zone", "phone", "email", "portal_url", "provider_name", "provider_contact",
  "covered_fr", "covered_en", "not_covered_fr", "not_covered_en", "delivered_by", "escalation_routes",
];

/**
 * The backend's verdict on a plan: ranges, targets and closed days keep their indexed
 * names (`hours[0][1].end`, `targets[2].resolution_hours`), each closed day's fault
 * lands under the one field that lists them.
 */
export function planErrors(e: unknown): FormErrors {
  const err = toApiError(e);
  const fields: Record<string, string> = {};
  const orphans: string[] = [];
  for (const f of err.fields) {
    let name = f.field;
    if (name.startsWith("closed_days")) name = "closed_days";
    else if (name.startsWith("escalation_routes")) name = "escalation_routes";
    if (SIMPLE.includes(name) || name === "closed_days" || name.startsWith("hours") || name.startsWith("targets")) {
      fields[name] ??= f.message;
    } else {
      orphans.push(f.message);
    }
  }
  const message = [err.message, ...orphans.filter((m) => !err.message.includes(m))].join(" ");
  return { message, fields };
}
