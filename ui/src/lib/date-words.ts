// The sentence a date or month field shows under itself when what was typed is not one.
import { t } from "./i18n";
import { locale } from "./locale.svelte";
import { showDate, showMonth, type DateProblem } from "./dates";

const pad = (n: number) => String(n).padStart(2, "0");

/** Why `text` (what was typed) is not a date, in the window's language. */
export function dateProblem(p: DateProblem, text: string): string {
  switch (p.kind) {
    case "shape":
      return t("dates.err.shape", { text: text.trim() });
    case "month":
      return t("dates.err.month", { month: p.month });
    case "day": {
      const days = new Date(Date.UTC(p.year, p.month, 0)).getUTCDate();
      return t("dates.err.day", {
        text: `${pad(p.day)}/${pad(p.month)}/${p.year}`,
        month: showMonth(`${p.year}-${pad(p.month)}`, locale.lang),
        days,
      });
    }
    case "range":
      return t("dates.err.range");
    case "before":
      return t("dates.err.before", { min: showDate(p.min) });
    case "after":
      return t("dates.err.after", { max: showDate(p.max) });
  }
}

/** Why `text` is not a month, in the window's language. */
export function monthProblem(p: DateProblem, text: string): string {
  switch (p.kind) {
    case "month":
      return t("dates.err.month", { month: p.month });
    case "range":
      return t("dates.err.monthRange");
    case "before":
      return t("dates.err.monthBefore", { min: showMonth(p.min, locale.lang) });
    case "after":
      return t("dates.err.monthAfter", { max: showMonth(p.max, locale.lang) });
    default:
      return t("dates.err.monthShape", { text: text.trim() });
  }
}
