// The billing-run wizard's state, kept outside its page: a person may open a draft
// to check it, or wander off while the run goes on, and come back to the same step.
import type { BillingRunResult, InvoiceRow } from "./bindings";
import { api, on, toApiError } from "./api";

export type Phase = "period" | "running" | "preview" | "issued";

export const run = $state<{
  phase: Phase;
  period: string;
  done: number;
  total: number;
  cancelling: boolean;
  result: BillingRunResult | null;
  /** The run's drafts as they are now: one may have been edited or deleted since. */
  drafts: InvoiceRow[];
  issuing: boolean;
  issued: InvoiceRow[];
  error: string;
}>({
  phase: "period",
  period: "",
  done: 0,
  total: 0,
  cancelling: false,
  result: null,
  drafts: [],
  issuing: false,
  issued: [],
  error: "",
});

export async function start(period: string): Promise<void> {
  if (run.phase === "running") return;
  Object.assign(run, { phase: "running", period, done: 0, total: 0, cancelling: false, result: null, drafts: [], error: "" });
  let stop: (() => void) | null = null;
  try {
    stop = await on("billing-progress", (p) => {
      run.done = p.done;
      run.total = p.total;
    });
    const result = await api.bill(period);
    run.result = result;
    run.drafts = result.drafted;
    run.phase = "preview";
  } catch (e) {
    run.error = toApiError(e).message;
    run.phase = "period";
  } finally {
    stop?.();
    run.cancelling = false;
  }
}

export async function cancel(): Promise<void> {
  if (run.phase !== "running" || run.cancelling) return;
  run.cancelling = true;
  try {
    await api.billingCancel();
  } catch (e) {
    run.error = toApiError(e).message;
    run.cancelling = false;
  }
}

/** Re-reads the drafts of the run, dropping those deleted or issued meanwhile. */
export async function refreshDrafts(): Promise<void> {
  if (run.phase !== "preview" || run.drafts.length === 0) return;
  try {
    const now = await api.invoicesList({ state: "draft", customer_id: null, period: run.period, kind: "invoice" });
    const byId = new Map(now.map((r) => [r.id, r]));
    run.drafts = run.drafts.flatMap((d) => byId.get(d.id) ?? []);
  } catch (e) {
    run.error = toApiError(e).message;
  }
}

export async function issueAll(): Promise<void> {
  if (run.issuing || run.drafts.length === 0) return;
  run.issuing = true;
  run.error = "";
  try {
    run.issued = await api.invoicesIssue(run.drafts.map((d) => d.id));
    run.phase = "issued";
  } catch (e) {
    run.error = toApiError(e).message;
  } finally {
    run.issuing = false;
  }
}

export function reset(): void {
  Object.assign(run, {
    phase: "period",
    done: 0,
    total: 0,
    cancelling: false,
    result: null,
    drafts: [],
    issuing: false,
    issued: [],
    error: "",
  });
}
