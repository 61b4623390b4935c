// The collection policy as its form holds it: numbers as typed (strings), and which
// steps are new (their code may still be chosen: a saved step's code is what the log
// and the steps done per invoice record, so it never changes).
import type { Policy, Step, StepKind } from "./bindings";
import { t } from "./i18n";

export type StepForm = Omit<Step, "offset_days" | "kind"> & { kind: string; offset_days: string; isNew: boolean };
export type PolicyForm = { steps: StepForm[]; notice_deadline_days: string };

export function toForm(p: Policy): PolicyForm {
  return {
    notice_deadline_days: String(p.notice_deadline_days),
    steps: p.steps.map((s) => ({
      ...s,
      fr: { ...s.fr },
      en: { ...s.en },
      offset_days: String(s.offset_days),
      isNew: false,
    })),
  };
}

const whole = (s: string) => /^[-−]?\d+$/.test(s.trim());
const parse = (s: string) => Number(s.trim().replace("−", "-"));

/** The policy to save, or the fields whose number does not read as one. */
export function fromForm(f: PolicyForm): { policy: Policy } | { fields: Record<string, string> } {
  const fields: Record<string, string> = {};
  f.steps.forEach((s, i) => {
    if (!whole(s.offset_days)) fields[`steps[${i}].offset_days`] = t("policy.offset.invalid");
  });
  if (!/^\d+$/.test(f.notice_deadline_days.trim())) fields.notice_deadline_days = t("policy.deadline.invalid");
  if (Object.keys(fields).length > 0) return { fields };
  return {
    policy: {
      notice_deadline_days: parse(f.notice_deadline_days),
      steps: f.steps.map(({ isNew: _, ...s }) => ({
        ...s,
        code: s.code.trim(),
        kind: s.kind as StepKind,
        offset_days: parse(s.offset_days),
      })),
    },
  };
}

export function newStep(after: StepForm | undefined): StepForm {
  const offset = after && whole(after.offset_days) ? parse(after.offset_days) + 15 : 3;
  return {
    code: "",
    kind: "reminder",
    offset_days: String(offset),
    name_fr: "",
    name_en: "",
    fr: { subject: "", body: "" },
    en: { subject: "", body: "" },
    isNew: true,
  };
}

/** Every field name the form shows, as the backend names them in its errors. */
export function fieldNames(f: PolicyForm): string[] {
  const names = ["notice_deadline_days", "steps"];
  f.steps.forEach((_, i) => {
    for (const n of ["code", "kind", "offset_days", "name_fr", "name_en", "fr.subject", "fr.body", "en.subject", "en.body"]) {
      names.push(`steps[${i}].${n}`);
    }
  });
  return names;
}

/** "7 jours avant l'échéance", "3 days after the due date", as the policy sheet says it. */
export function whenLabel(offset: string): string {
  if (!whole(offset)) return "";
  const n = parse(offset);
  if (n === 0) return t("policy.when.on");
  const days = Math.abs(n);
  const key = n < 0 ? (days === 1 ? "policy.when.before.one" : "policy.when.before.many") : days === 1 ? "policy.when.after.one" : "policy.when.after.many";
  return t(key, { n: days });
}

/** A text field of a step's letter, by its form name: "steps[2].fr.body". */
export const TEXT_FIELD = /^steps\[(\d+)\]\.(fr|en)\.(subject|body)$/;
