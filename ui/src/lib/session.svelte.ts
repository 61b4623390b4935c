// What the whole window needs to know about the open book, and who works in it.
import type { AppInfo, Permission, SessionView } from "./bindings";
import { api, sessionRefusals } from "./api";
import { applyLanguage } from "./locale.svelte";

export const session = $state<{
  info: AppInfo | null;
  /** The person signed in; their permissions decide what the window offers. */
  who: SessionView | null;
  /** The lock screen hides the book until the person types their password again. */
  locked: boolean;
}>({ info: null, who: null, locked: false });

// The shell decides who is signed in: when it refuses for that reason, the window follows
// (the lock screen, or the sign-in screen for an account deactivated meanwhile).
sessionRefusals.on = (code) => {
  if (!session.who) return;
  if (code === "locked") {
    session.locked = true;
  } else {
    session.locked = false;
    session.who = null;
    session.info = null;
  }
};

export async function refreshInfo(): Promise<AppInfo> {
  const info = await api.appInfo();
  session.info = info;
  applyLanguage(info.language);
  return info;
}

/**
 * Whether the person signed in may do `p`: the window shows an action only then. The
 * backend checks the same permission on every call, so hiding is a courtesy, not the
 * guard.
 */
export function can(p: Permission): boolean {
  return session.who?.permissions.includes(p) ?? false;
}

/** The book's business date ("YYYY-MM-DD"), which ARDOISE_TODAY may freeze. */
export function businessToday(): string {
  return session.info?.today ?? new Date().toISOString().slice(0, 10);
}

/** Hides the book at once, then has the backend refuse every command until unlocked. */
export async function lockWindow(): Promise<void> {
  if (!session.who || session.locked) return;
  session.locked = true;
  await api.lock();
}

/** Nobody works in the window any more: the window goes back to the sign-in screen. */
export async function signOut(): Promise<void> {
  await api.signOut();
  session.locked = false;
  session.info = null;
  session.who = null;
}
