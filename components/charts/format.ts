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
