// Issued invoices leaving the book (saved to a folder, or one PDF to print), kept
// outside the page like the billing run: a person may look elsewhere while it runs.
import type { InvoicesPrintResult } from "./bindings";
import { api, on, toApiError } from "./api";

export type PrintMode = "save" | "print";

export const printing = $state<{
  phase: "idle" | "running" | "done";
  mode: PrintMode;
  done: number;
  total: number;
  cancelling: boolean;
  result: InvoicesPrintResult | null;
  error: string;
}>({
  phase: "idle",
  mode: "save",
  done: 0,
  total: 0,
  cancelling: false,
  result: null,
  error: "",
});

/** Saves each invoice into the default folder, or makes the one file to print. */
export async function startPrint(ids: number[], mode: PrintMode): Promise<InvoicesPrintResult | null> {
  if (printing.phase === "running" || ids.length === 0) return null;
  Object.assign(printing, { phase: "running", mode, done: 0, total: 0, cancelling: false, result: null, error: "" });
  let stop: (() => void) | null = null;
  try {
    stop = await on("invoices-progress", (p) => {
      printing.done = p.done;
      printing.total = p.total;
    });
    const result = await api.invoicesPrint({
      ids,
      out_dir: "",
      files: mode === "save",
      // Empty: the default name, inside the folder.
      combined: mode === "print" ? "" : null,
    });
    printing.result = result;
    printing.phase = "done";
    return result;
  } catch (e) {
    printing.error = toApiError(e).message;
    printing.phase = "idle";
    return null;
  } finally {
    stop?.();
    printing.cancelling = false;
  }
}

export async function cancelPrint(): Promise<void> {
  if (printing.phase !== "running" || printing.cancelling) return;
  printing.cancelling = true;
  try {
    await api.invoicesCancel();
  } catch (e) {
    printing.error = toApiError(e).message;
    printing.cancelling = false;
  }
}

export function resetPrint(): void {
  Object.assign(printing, { phase: "idle", done: 0, total: 0, cancelling: false, result: null, error: "" });
}
