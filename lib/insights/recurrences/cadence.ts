/**
 * Cadences of recurring payments and calendar-aware stepping. A monthly payment on the 31st falls on the last
 * day of shorter months (Cozy stepped by a median number of days, so "monthly" drifted a day or two per month).
 */
import { dayNumber, daysInMonth, makeIsoDay } from "../../dates";

export type CadenceKind = "weekly" | "biweekly" | "monthly" | "quarterly" | "semiannual" | "yearly";

export interface Cadence {
  kind: CadenceKind;
  /** Nominal length, stored as Recurrence.intervalDays. */
  intervalDays: number;
  /** Calendar months per step (0 for day-based cadences). */
  months: number;
  /** Largest median absolute deviation of the intervals still called regular, in days. */
  maxMadDays: number;
  /** Range of median intervals that reads as this cadence. */
  minDays: number;
  maxDays: number;
}

export const CADENCES: readonly Cadence[] = [
  { kind: "weekly", intervalDays: 7, months: 0, maxMadDays: 1, minDays: 6, maxDays: 8 },
  { kind: "biweekly", intervalDays: 14, months: 0, maxMadDays: 2, minDays: 13, maxDays: 16 },
  // Weekends and bank holidays move a monthly debit by up to 3 days either way.
  { kind: "monthly", intervalDays: 30, months: 1, maxMadDays: 4, minDays: 26, maxDays: 35 },
  { kind: "quarterly", intervalDays: 91, months: 3, maxMadDays: 6, minDays: 84, maxDays: 98 },
  { kind: "semiannual", intervalDays: 182, months: 6, maxMadDays: 8, minDays: 174, maxDays: 190 },
  { kind: "yearly", intervalDays: 365, months: 12, maxMadDays: 10, minDays: 350, maxDays: 380 },
];

export function cadenceForMedian(medianDays: number): Cadence | null {
  return CADENCES.find((c) => medianDays >= c.minDays && medianDays <= c.maxDays) ?? null;
}

/** The cadence a stored (possibly user-edited) interval means; unknown intervals step by plain days. */
export function cadenceForInterval(intervalDays: number): Cadence {
  const known = CADENCES.find((c) => intervalDays >= c.minDays && intervalDays <= c.maxDays);
  return known ?? { kind: "weekly", intervalDays, months: 0, maxMadDays: 0, minDays: intervalDays, maxDays: intervalDays };
}

const parts = (day: string) => day.split("-").map(Number) as [number, number, number];

/** The day of month a month-based series aims at: the median day seen in 31-day months (31 = "end of month"). */
export function anchorDayOfMonth(dates: readonly string[]): number {
  const inLongMonths = dates.map(parts).filter(([y, m]) => daysInMonth(y, m) === 31).map(([, , d]) => d);
  const days = (inLongMonths.length > 0 ? inLongMonths : dates.map((d) => parts(d)[2])).sort((a, b) => a - b);
  return days[Math.floor(days.length / 2)] ?? 1;
}

/** The expected occurrence after `last`: `months` calendar months later, on the anchor day clamped to the month's end. */
export function stepFrom(last: string, cadence: Cadence, anchorDay: number): string {
  if (cadence.months === 0) return fromDay(dayNumber(last) + cadence.intervalDays);
  const [lastYear, lastMonth, day] = parts(last);
  let year = lastYear;
  let month = lastMonth;
  // A debit due on the 30th booked on the 2nd of the next month still belongs to the previous month.
  if (anchorDay - day > 15) month -= 1;
  month += cadence.months;
  year += Math.floor((month - 1) / 12);
  month = ((((month - 1) % 12) + 12) % 12) + 1;
  return makeIsoDay(year, month, Math.min(anchorDay, daysInMonth(year, month)))!;
}

function fromDay(days: number): string {
  return new Date(days * 86_400_000).toISOString().slice(0, 10);
}
