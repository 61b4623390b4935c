// Turning a failed save into what a form shows: one message under each field at
// fault, the general message in a banner, and the keyboard moved to the first fault.
import { tick } from "svelte";
import { toApiError } from "./api";

export type FormErrors = {
  /** The general message, for the banner above the form. */
  message: string;
  /** Field name → message, for the line under each input. */
  fields: Record<string, string>;
};

export const noErrors = (): FormErrors => ({ message: "", fields: {} });

/**
 * @param prefix  strips a backend prefix such as "price." when a form shows one part
 * @param known   field names this form displays; messages for others join the banner
 */
export function formErrors(e: unknown, known: readonly string[], prefix = ""): FormErrors {
  const err = toApiError(e);
  const fields: Record<string, string> = {};
  const orphans: string[] = [];
  for (const f of err.fields) {
    const name = prefix && f.field.startsWith(prefix) ? f.field.slice(prefix.length) : f.field;
    if (known.includes(name)) fields[name] ??= f.message;
    else orphans.push(f.message);
  }
  const message = [err.message, ...orphans.filter((m) => !err.message.includes(m))].join(" ");
  return { message, fields };
}

/** After the errors are on screen, focus the first invalid input of the form. */
export async function focusFirstInvalid(form: HTMLElement | undefined | null): Promise<void> {
  await tick();
  const el = form?.querySelector<HTMLElement>('[aria-invalid="true"]');
  if (el) el.focus();
  else form?.querySelector<HTMLElement>('[data-testid="form-error"]')?.scrollIntoView({ block: "nearest" });
}
