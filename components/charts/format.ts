/** Display formatting for chart values (minor units as drawn numbers) — exact: they are integers. */
import { formatMoney } from "@/lib/money";

export function chartMoney(value: unknown, currency: string, locale: string): string {
  const minor = typeof value === "number" && Number.isFinite(value) ? BigInt(Math.round(value)) : 0n;
  return formatMoney(minor, currency, locale);
}

/** Short axis labels ("1.2k €") so the axis stays narrow; tooltips show the exact amount. */
export function axisMoney(value: unknown, currency: string, locale: string, exponent: number): string {
  const units = typeof value === "number" ? value / 10 ** exponent : 0;
  return new Intl.NumberFormat(locale, { style: "currency", currency, notation: "compact", maximumFractionDigits: 1 }).format(units);
}

const axisFormats = new Map<string, Intl.DateTimeFormat>();

function axisFormat(locale: string, options: Intl.DateTimeFormatOptions, key: string): Intl.DateTimeFormat {
  let format = axisFormats.get(`${locale}:${key}`);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { ...options, timeZone: "UTC" });
    axisFormats.set(`${locale}:${key}`, format);
  }
  return format;
}

/** A day on a time axis, day first like every date of the app ("4 Nov" / "4 nov."); anything else is shown as it is. */
export function axisDay(value: unknown, locale: string): string {
  const match = typeof value === "string" ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(value) : null;
  if (!match) return String(value ?? "");
  const parts = axisFormat(locale, { day: "numeric", month: "short" }, "day").formatToParts(new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))));
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? "";
  return `${part("day")} ${part("month")}`;
}

/** A month on an axis ("Nov 26" / "nov. 26"). */
export function axisMonth(value: unknown, locale: string): string {
  const match = typeof value === "string" ? /^(\d{4})-(\d{2})$/.exec(value) : null;
  if (!match) return String(value ?? "");
  return axisFormat(locale, { month: "short", year: "2-digit" }, "month").format(new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, 1)));
}
