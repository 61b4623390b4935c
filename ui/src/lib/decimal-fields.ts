// Forms whose numbers (prices, rates, fees, hours) are typed in the window's language:
// « 95,50 » in French, "95.50" in English. The backend sends and expects "95.50", so a
// form is put in the reader's form when it is loaded and back in the backend's when it
// is sent. Unlike the payment amounts (whole cents), these keep every decimal typed: a
// partner cost may have four.
import { typedAmount } from "./amounts";

/** "1 234,5", "1.234,5", "1,234.5", "12,3456" → "1234.5", "1234.5", "1234.5", "12.3456";
 *  null when it is not a number. The backend's rule (`number_text.rs`): one separator
 *  of a kind is the decimal point, several group thousands, and with both kinds the
 *  last one is the decimal point. */
export function plainNumber(input: string): string | null {
  let s = input.replace(/[\s\u00a0\u202f\u2009]/g, "").replace("\u2212", "-");
  const commas = s.split(",").length - 1;
  const dots = s.split(".").length - 1;
  if (commas > 0 && dots > 0) {
    const point = s[Math.max(s.lastIndexOf(","), s.lastIndexOf("."))]!;
    if (s.split(point).length > 2) return null;
    s = s.replaceAll(point === "," ? "." : ",", "").replace(",", ".");
  } else if (commas > 1 || dots > 1) {
    s = s.replace(/[.,]/g, "");
  } else {
    s = s.replace(",", ".");
  }
  return /^-?\d+(?:\.\d*)?$/.test(s) ? s.replace(/\.$/, "") : null;
}

type Strings<T> = { [K in keyof T]: T[K] extends string ? K : never }[keyof T];

/** A copy of `form` with the named fields as the reader types them. */
export function typedFields<T extends object>(form: T, keys: readonly Strings<T>[]): T {
  const out = { ...form };
  for (const k of keys) out[k] = typedAmount(form[k] as string) as T[typeof k];
  return out;
}

/** A copy of `form` with the named fields as the backend reads them; a field that is
 *  not a number is sent as typed, for the backend to say what is wrong with it. */
export function plainFields<T extends object>(form: T, keys: readonly Strings<T>[]): T {
  const out = { ...form };
  for (const k of keys) {
    const typed = form[k] as string;
    out[k] = (plainNumber(typed) ?? typed.trim()) as T[typeof k];
  }
  return out;
}
