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

const monthFormatters = new Map<Locale, Intl.DateTimeFormat>();

/** A calendar month ("YYYY-MM") as words: "November 2026" / "novembre 2026" (formatted as UTC: no drift). */
export function formatMonth(isoMonth: string, locale: Locale): string {
  const match = /^(\d{4})-(\d{2})$/.exec(isoMonth);
  if (!match) return isoMonth;
  let formatter = monthFormatters.get(locale);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(locale, { month: "long", year: "numeric", timeZone: "UTC" });
    monthFormatters.set(locale, formatter);
  }
  return formatter.format(new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, 1)));
}

/** The `count` months ending with `lastMonth` ("YYYY-MM"), newest first, for a month picker. */
export function monthsBefore(lastMonth: string, count: number): string[] {
  const match = /^(\d{4})-(\d{2})$/.exec(lastMonth);
  if (!match) return [];
  const start = Number(match[1]) * 12 + Number(match[2]) - 1;
  return Array.from({ length: count }, (_, i) => {
    const index = start - i;
    return `${String(Math.floor(index / 12)).padStart(4, "0")}-${String((index % 12) + 1).padStart(2, "0")}`;
  });
}
