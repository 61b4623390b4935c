// The UI language as reactive state. Lives in a .svelte.ts file so plain modules
// (i18n.ts, format.ts) can read it and still re-render whatever displayed them.
import type { Lang } from "./bindings";

// The backend reads the operating system's language (LANG on Linux, the user locale
// on Windows and macOS); WebKitGTK's navigator.language can disagree with it, and the
// window must speak the language its error messages arrive in.
let system: Lang | null = null;

export function setSystemLang(lang: Lang): void {
  system = lang;
}

export function systemLang(): Lang {
  if (system) return system;
  const nav = typeof navigator !== "undefined" ? navigator.language : "";
  return nav.toLowerCase().startsWith("fr") ? "fr" : "en";
}

export const locale = $state<{ lang: Lang; choice: Lang | null }>({
  lang: systemLang(),
  choice: null,
});

/** Applies the book's stored choice, or the system language when there is none. */
export function applyLanguage(choice: Lang | null): void {
  locale.choice = choice;
  locale.lang = choice ?? systemLang();
  document.documentElement.lang = locale.lang;
}
