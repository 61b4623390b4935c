// The month-end statements batch, kept outside its page like the billing run: a
// person may look at a customer while it runs and come back to the same screen.
import type { BatchRequest, BatchResult } from "./bindings";
import { api, on, toApiError } from "./api";
import { formErrors } from "./form-errors";

export type BatchPhase = "form" | "running" | "done";
export type BatchSelection = "with_balance" | "all";

export const BATCH_FIELDS = ["from", "to", "as_of", "out_dir", "combined"] as const;

export const batch = $state<{
  phase: BatchPhase;
  /** What the form holds; null until the page first fills in the defaults. */
  form: { selection: BatchSelection; from: string; to: string; asOf: string; outDir: string; combined: boolean } | null;
  done: number;
  total: number;
  cancelling: boolean;
  result: BatchResult | null;
  error: string;
  fields: Record<string, string>;
}>({
  phase: "form",
  form: null,
  done: 0,
  total: 0,
  cancelling: false,
  result: null,
  error: "",
  fields: {},
});

export async function startBatch(): Promise<void> {
  const f = batch.form;
  if (!f || batch.phase === "running") return;
  const request: BatchRequest = {
    selection: f.selection,
    from: f.from.trim(),
    to: f.to.trim(),
    as_of: f.asOf.trim(),
    out_dir: f.outDir.trim(),
    // Empty: the default combined file, in the same folder.
    combined: f.combined ? "" : null,
  };
  Object.assign(batch, { phase: "running", done: 0, total: 0, cancelling: false, result: null, error: "", fields: {} });
  let stop: (() => void) | null = null;
  try {
    stop = await on("statements-progress", (p) => {
      batch.done = p.done;
      batch.total = p.total;
    });
    batch.result = await api.statementsBatch(request);
    batch.phase = "done";
  } catch (e) {
    const errors = formErrors(e, BATCH_FIELDS);
    batch.error = errors.message;
    batch.fields = errors.fields;
    batch.phase = "form";
  } finally {
    stop?.();
    batch.cancelling = false;
  }
}

export async function cancelBatch(): Promise<void> {
  if (batch.phase !== "running" || batch.cancelling) return;
  batch.cancelling = true;
  try {
    await api.statementsCancel();
  } catch (e) {
    batch.error = toApiError(e).message;
    batch.cancelling = false;
  }
}

/** Back to the form, keeping what was typed, for another batch. */
export function resetBatch(): void {
  Object.assign(batch, { phase: "form", done: 0, total: 0, cancelling: false, result: null, error: "", fields: {} });
}
