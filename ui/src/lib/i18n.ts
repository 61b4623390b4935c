// Translation lookup. The French dictionary is the reference: `en` is typed
// `typeof fr`, so a key missing in English fails the type check.
import { fr } from "./messages/fr";
import { en } from "./messages/en";
import { locale } from "./locale.svelte";
import type { Lang } from "./bindings";
import { elide } from "./elision";

export type MessageKey = keyof typeof fr;
export type Params = Record<string, string | number>;

const dictionaries: Record<Lang, typeof fr> = { fr, en };

/**
 * The message `key` in the window's language with its `{name}` placeholders filled in.
 * A French message writes `{de:customer}` (or `le:`, `la:`, `que:`, capitalised at the
 * start of a sentence) for an article that elides before a vowel: "d'Agence Œillet",
 * "de Contoso".
 */
export function t(key: MessageKey, params?: Params): string {
  const text = dictionaries[locale.lang][key] ?? key;
  if (!params) return text;
  return text.replace(/\{(?:(\p{L}+):)?(\w+)\}/gu, (whole, article: string | undefined, name: string) => {
    if (!(name in params)) return whole;
    const value = String(params[name]);
    return article ? elide(article, value) : value;
  });
}

/** Picks the singular or plural key by count, with `{n}` filled in. */
export function tn(one: MessageKey, many: MessageKey, n: number, params?: Params): string {
  // French counts 0 as singular ("0 client"): ask the language's own plural rules.
  const singular = new Intl.PluralRules(localeTag()).select(n) === "one";
  return t(singular ? one : many, { n: new Intl.NumberFormat(localeTag()).format(n), ...params });
}

/** The BCP 47 tag Intl formatters use for the current language. */
export function localeTag(lang: Lang = locale.lang): string {
  return lang === "fr" ? "fr-FR" : "en-GB";
}

export { locale };
