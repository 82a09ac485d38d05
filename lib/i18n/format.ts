/** Calendar days ("YYYY-MM-DD") for display in a locale, without time-zone drift (formatted as UTC). */
import type { Locale } from "./index";

const formatters = new Map<string, Intl.DateTimeFormat>();

export function formatDay(isoDay: string, locale: Locale, style: "medium" | "short" = "medium"): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDay);
  if (!match) return isoDay;
  const key = `${locale}:${style}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(locale, { dateStyle: style, timeZone: "UTC" });
    formatters.set(key, formatter);
  }
  return formatter.format(new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))));
}

export function formatTimestamp(date: Date, locale: Locale): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeStyle: "short" }).format(date);
}
