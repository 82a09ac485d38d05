/**
 * Dates for display in the household's locale, always day first with the month in words, so they cannot be misread
 * ("24 Nov 2026", "24 nov. 2026", joined by no-break spaces; never the US "11/24/26" nor a bare "24/11/2026").
 * Inputs keep ISO days.
 */
import type { Locale } from "./index";

const dayFormatters = new Map<Locale, Intl.DateTimeFormat>();
const timestampFormatters = new Map<Locale, Intl.DateTimeFormat>();

type Parts = Partial<Record<Intl.DateTimeFormatPartTypes, string>>;

function partsOf(formatter: Intl.DateTimeFormat, date: Date): Parts {
  return Object.fromEntries(formatter.formatToParts(date).map((part) => [part.type, part.value]));
}

/** No-break spaces: a date never splits across two lines ("29 nov." over "2026" in a narrow column). */
const NBSP = "\u00a0";

/** Put together from parts (not Intl's own pattern): English's medium pattern is month first ("Nov 24, 2026"). */
function dayText(parts: Parts): string {
  return [parts.day, parts.month, parts.year].map((part) => part ?? "").join(NBSP);
}

/**
 * A calendar day ("YYYY-MM-DD") as "24 Nov 2026" / "24 nov. 2026", without time-zone drift (formatted as UTC);
 * anything else is returned as it is. `_style` is accepted for older callers: every style reads the same.
 */
export function formatDay(isoDay: string, locale: Locale, _style?: "medium" | "short"): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDay);
  if (!match) return isoDay;
  let formatter = dayFormatters.get(locale);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(locale, { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });
    dayFormatters.set(locale, formatter);
  }
  return dayText(partsOf(formatter, new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])))));
}

/** An instant as "24 Nov 2026, 15:04" / "24 nov. 2026, 15:04" (24-hour clock, the server's time zone). */
export function formatTimestamp(date: Date, locale: Locale): string {
  let formatter = timestampFormatters.get(locale);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(locale, { day: "numeric", month: "short", year: "numeric", hour: "2-digit", minute: "2-digit", hourCycle: "h23" });
    timestampFormatters.set(locale, formatter);
  }
  const parts = partsOf(formatter, date);
  return `${dayText(parts)}, ${parts.hour ?? ""}:${parts.minute ?? ""}`;
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
