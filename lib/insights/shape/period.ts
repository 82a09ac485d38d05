/** The dashboard's period picker: presets resolved against "today" into an inclusive day range. Pure. */
import { addDays, daysInMonth, isIsoDay, makeIsoDay } from "../../dates";

export const PERIOD_PRESETS = ["month", "last-month", "3m", "12m", "year", "custom"] as const;
export type PeriodPreset = (typeof PERIOD_PRESETS)[number];

export interface Period {
  preset: PeriodPreset;
  /** Inclusive, "YYYY-MM-DD". */
  from: string;
  to: string;
}

function monthStart(year: number, month: number): string {
  // Months outside 1..12 wrap into neighbouring years (month 0 = December of the year before).
  const y = year + Math.floor((month - 1) / 12);
  const m = ((((month - 1) % 12) + 12) % 12) + 1;
  return makeIsoDay(y, m, 1)!;
}

function monthEnd(isoMonthStart: string): string {
  const [y, m] = isoMonthStart.split("-").map(Number) as [number, number];
  return makeIsoDay(y, m, daysInMonth(y, m))!;
}

/** Resolves a preset (or a custom range, swapped if reversed) against today; unknown presets mean "this month". */
export function resolvePeriod(preset: string | undefined, today: string, customFrom?: string, customTo?: string): Period {
  const [y, m] = today.split("-").map(Number) as [number, number];
  switch (preset) {
    case "last-month": {
      const from = monthStart(y, m - 1);
      return { preset, from, to: monthEnd(from) };
    }
    case "3m":
      return { preset, from: monthStart(y, m - 2), to: today };
    case "12m":
      return { preset, from: monthStart(y, m - 11), to: today };
    case "year":
      return { preset, from: makeIsoDay(y, 1, 1)!, to: today };
    case "custom":
      if (customFrom && customTo && isIsoDay(customFrom) && isIsoDay(customTo)) {
        return customFrom <= customTo ? { preset, from: customFrom, to: customTo } : { preset, from: customTo, to: customFrom };
      }
      return { preset: "month", from: monthStart(y, m), to: today };
    default:
      return { preset: "month", from: monthStart(y, m), to: today };
  }
}

/** The twelve months (or more) ending with the month of `to`, for the income/expense chart. */
export function monthsEnding(to: string, count: number): string[] {
  const [y, m] = to.split("-").map(Number) as [number, number];
  const months: string[] = [];
  for (let i = count - 1; i >= 0; i--) months.push(monthStart(y, m - i).slice(0, 7));
  return months;
}

/** Every "YYYY-MM" from the month of `from` to the month of `to`, inclusive. */
export function monthsBetween(from: string, to: string): string[] {
  const months: string[] = [];
  const [y, m] = from.split("-").map(Number) as [number, number];
  for (let i = 0; ; i++) {
    const month = monthStart(y, m + i).slice(0, 7);
    if (month > to.slice(0, 7)) return months;
    months.push(month);
  }
}

export function previousMonth(month: string): string {
  const [y, m] = month.split("-").map(Number) as [number, number];
  return monthStart(y, m - 1).slice(0, 7);
}

export function dayBefore(day: string): string {
  return addDays(day, -1);
}
