/**
 * A tiny i18n: `t(locale, key, vars)` over flat en/fr dictionaries. Pure (no Next, no request access), so server
 * components, client components and tests share it.
 */
import { en, type MessageKey } from "./en";
import { fr } from "./fr";
import { frMessages } from "./messages-fr";

export const LOCALES = ["en", "fr"] as const;
export type Locale = (typeof LOCALES)[number];
export type { MessageKey };

const dictionaries: Record<Locale, Record<MessageKey, string>> = { en, fr };

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}

function interpolate(template: string, vars: Readonly<Record<string, string | number>> | undefined): string {
  if (!vars) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}

export function t(locale: Locale, key: MessageKey, vars?: Readonly<Record<string, string | number>>): string {
  return interpolate(dictionaries[locale][key] ?? en[key], vars);
}

const pluralRules = new Map<Locale, Intl.PluralRules>();

/**
 * A message with a count: the `<key>.one` variant when the locale's plural rules say "one" (1 in English; 0 and 1
 * in French), the key itself otherwise. `{count}` is filled with the count.
 */
export function tCount(locale: Locale, key: MessageKey, count: number, vars?: Readonly<Record<string, string | number>>): string {
  let rules = pluralRules.get(locale);
  if (!rules) {
    rules = new Intl.PluralRules(locale);
    pluralRules.set(locale, rules);
  }
  const oneKey = `${key}.one` as MessageKey;
  const chosen = rules.select(count) === "one" && oneKey in en ? oneKey : key;
  return t(locale, chosen, { count: count.toLocaleString(locale), ...vars });
}

/** A translator bound to one locale, for components that render many strings. */
export function translator(locale: Locale) {
  return (key: MessageKey, vars?: Readonly<Record<string, string | number>>) => t(locale, key, vars);
}

/**
 * Error and validation messages come from lib/ in English (the CLI prints them too); the UI shows them in French
 * when a translation exists, the English text otherwise.
 */
export function translateMessage(locale: Locale, message: string): string {
  if (locale === "en") return message;
  return frMessages[message] ?? message;
}

/** The best supported locale for an Accept-Language header ("fr-CH,fr;q=0.9,en;q=0.8" → "fr"). */
export function localeFromAcceptLanguage(header: string | null | undefined, fallback: Locale = "en"): Locale {
  if (!header) return fallback;
  const ranked = header
    .split(",")
    .map((part, index) => {
      const [tag = "", ...params] = part.trim().split(";");
      const q = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)?.[1]).find(Boolean);
      return { base: tag.trim().toLowerCase().split("-")[0] ?? "", q: q === undefined ? 1 : Number(q), index };
    })
    .filter((entry) => entry.q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index);
  return ranked.map((entry) => entry.base).find(isLocale) ?? fallback;
}

/** The household's locale when it has a supported one, else the browser's. */
export function resolveLocale(householdLocale: string | null | undefined, acceptLanguage: string | null | undefined): Locale {
  return isLocale(householdLocale) ? householdLocale : localeFromAcceptLanguage(acceptLanguage);
}
