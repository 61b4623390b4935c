// Choices offered by selects, labelled in the current language.
import type { Option, OptionGroup } from "../components/Field.svelte";
import type { TermFrequencies } from "./bindings";
import { COMMON_COUNTRIES, CURRENCIES, OTHER_COUNTRIES } from "./countries";
import { country } from "./format";
import { localeTag, t } from "./i18n";
import {
  CONTACT_ROLES,
  CUSTOMER_STATUSES,
  SUBSCRIPTION_STATUSES,
  PAYMENT_METHODS,
  TERMS,
  customerStatusLabel,
  frequencyLabel,
  methodLabel,
  roleLabel,
  subscriptionStatusLabel,
  termLabel,
} from "./labels";

/** Common countries first, then every other one alphabetically in the UI language. */
export function countryChoices(): { options: Option[]; groups: OptionGroup[] } {
  const collator = new Intl.Collator(localeTag());
  const others = OTHER_COUNTRIES.map((c) => ({ value: c, label: country(c) })).sort((a, b) =>
    collator.compare(a.label, b.label),
  );
  return {
    options: COMMON_COUNTRIES.map((c) => ({ value: c, label: country(c) })),
    groups: [{ label: t("cf.otherCountries"), options: others }],
  };
}

/** The usual currencies, plus the record's own if it is another one. */
export function currencyOptions(current = ""): Option[] {
  const codes = current && !CURRENCIES.includes(current) ? [...CURRENCIES, current] : CURRENCIES;
  return codes.map((c) => ({ value: c, label: c }));
}

export const languageOptions = (): Option[] => [
  { value: "fr", label: t("language.fr") },
  { value: "en", label: t("language.en") },
];

export const customerStatusOptions = (): Option[] =>
  CUSTOMER_STATUSES.map((s) => ({ value: s, label: customerStatusLabel(s) }));

export const subscriptionStatusOptions = (): Option[] =>
  SUBSCRIPTION_STATUSES.map((s) => ({ value: s, label: subscriptionStatusLabel(s) }));

export const roleOptions = (): Option[] => CONTACT_ROLES.map((r) => ({ value: r, label: roleLabel(r) }));

export const termOptions = (): Option[] => TERMS.map((x) => ({ value: x, label: termLabel(x) }));

/** The frequencies `term` allows, as the backend's table says (`api.termFrequencies()`). */
export const frequencyOptions = (table: TermFrequencies[], term: string): Option[] =>
  (table.find((x) => x.term === term)?.frequencies ?? []).map((f) => ({ value: f, label: frequencyLabel(f) }));

export const methodOptions = (): Option[] => PAYMENT_METHODS.map((m) => ({ value: m, label: methodLabel(m) }));
