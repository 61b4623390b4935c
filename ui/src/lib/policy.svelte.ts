// The collection policy as the whole window reads it: step names in the window's
// language (the backend names steps in the book's language), kept after a save.
import type { Policy } from "./bindings";
import { api } from "./api";
import { locale } from "./locale.svelte";

export const policyState = $state<{ policy: Policy | null }>({ policy: null });

let pending: Promise<Policy> | null = null;

/** The policy, read once; `fresh` reads it again (after a save elsewhere). */
export function loadPolicy(fresh = false): Promise<Policy> {
  if (policyState.policy && !fresh) return Promise.resolve(policyState.policy);
  if (!pending || fresh) {
    pending = api.policyGet().then(
      (p) => {
        policyState.policy = p;
        pending = null;
        return p;
      },
      (e: unknown) => {
        pending = null;
        throw e;
      },
    );
  }
  return pending;
}

export function setPolicy(policy: Policy): void {
  policyState.policy = policy;
}

/** A step's name in the window's language; `fallback` (the backend's) until the
 *  policy is read, or for a step the policy no longer has. */
export function stepName(code: string, fallback: string = code): string {
  const step = policyState.policy?.steps.find((s) => s.code === code);
  if (!step) return fallback;
  return locale.lang === "fr" ? step.name_fr : step.name_en;
}
