// What the whole window needs to know about the open book.
import type { AppInfo } from "./bindings";
import { api } from "./api";
import { applyLanguage } from "./locale.svelte";

export const session = $state<{ info: AppInfo | null }>({ info: null });

export async function refreshInfo(): Promise<AppInfo> {
  const info = await api.appInfo();
  session.info = info;
  applyLanguage(info.language);
  return info;
}

/** The book's business date ("YYYY-MM-DD"), which ARDOISE_TODAY may freeze. */
export function businessToday(): string {
  return session.info?.today ?? new Date().toISOString().slice(0, 10);
}
