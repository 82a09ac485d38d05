/** The demo's calendar: the months it covers and the working days banks book on. Pure. */
import { daysInMonth, makeIsoDay } from "../dates";

export interface Month {
  year: number;
  /** 1..12 */
  month: number;
  /** "2025-03": the random scope of everything generated for the month. */
  key: string;
}

export const HISTORY_MONTHS = 24;

function monthOf(year: number, month: number): Month {
  return { year, month, key: `${year}-${String(month).padStart(2, "0")}` };
}

export function addMonths(m: Month, count: number): Month {
  const index = m.year * 12 + (m.month - 1) + count;
  return monthOf(Math.floor(index / 12), (index % 12) + 1);
}

/** The months from HISTORY_MONTHS before today's month up to today's month, oldest first. */
export function demoMonths(today: string): Month[] {
  const current = monthOf(Number(today.slice(0, 4)), Number(today.slice(5, 7)));
  const months: Month[] = [];
  for (let back = HISTORY_MONTHS; back >= 0; back--) months.push(addMonths(current, -back));
  return months;
}

/** Day `day` of the month, clamped to its last day (the 31st of February is the 28th or 29th). */
export function dayOf(m: Month, day: number): string {
  return makeIsoDay(m.year, m.month, Math.min(Math.max(1, day), daysInMonth(m.year, m.month))) as string;
}

export function lastDayOf(m: Month): string {
  return dayOf(m, 31);
}

/** Saturdays and Sundays move to the next Monday (direct debits) or back to Friday (salaries). */
export function workingDay(iso: string, direction: "forward" | "back"): string {
  const weekday = new Date(`${iso}T00:00:00Z`).getUTCDay();
  if (weekday !== 0 && weekday !== 6) return iso;
  const shift = direction === "forward" ? (weekday === 6 ? 2 : 1) : (weekday === 6 ? -1 : -2);
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + shift);
  return d.toISOString().slice(0, 10);
}

/** "12/03": how French card lines show the purchase day. */
export function ddmm(iso: string): string {
  return `${iso.slice(8, 10)}/${iso.slice(5, 7)}`;
}

/** "120325": the compact day of SEPA references. */
export function ddmmyy(iso: string): string {
  return `${iso.slice(8, 10)}${iso.slice(5, 7)}${iso.slice(2, 4)}`;
}
