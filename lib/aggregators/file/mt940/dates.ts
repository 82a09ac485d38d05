/** MT940 dates: YYMMDD, and the entry date MMDD whose year follows the value date (across a year end). */
import { daysInMonth } from "../../../dates";
import type { ParseWarning } from "../../types";
import { mt940Error } from "./tokenize";

/** Two-digit years: 70–99 are 19xx, 00–69 are 20xx. */
export function fullYear(twoDigits: number): number {
  return twoDigits >= 70 ? 1900 + twoDigits : 2000 + twoDigits;
}

/** Builds an ISO day; a day past the month's end (30 February) is clamped to the last day, with a warning. */
export function makeDay(year: number, month: number, day: number, line: number, warnings: ParseWarning[]): string {
  if (!(month >= 1 && month <= 12) || !(day >= 1 && day <= 31)) {
    throw mt940Error(line, `impossible date (month ${month}, day ${day})`);
  }
  const last = day <= 28 ? day : daysInMonth(year, month); // every month has 28 days: skip the Date math
  const kept = Math.min(day, last);
  const iso = `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(kept).padStart(2, "0")}`;
  if (kept !== day) warnings.push({ line, message: `Impossible date ${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")} clamped to ${iso}` });
  return iso;
}

function twoDigits(text: string, at: number): number {
  const tens = text.charCodeAt(at) - 48;
  const units = text.charCodeAt(at + 1) - 48;
  return tens >= 0 && tens <= 9 && units >= 0 && units <= 9 ? tens * 10 + units : Number.NaN;
}

export function isDigits(text: string, from: number, count: number): boolean {
  if (text.length < from + count) return false;
  for (let i = from; i < from + count; i++) {
    const code = text.charCodeAt(i);
    if (code < 48 || code > 57) return false;
  }
  return true;
}

/** "110522" at `at` → { year, month, day } (not yet validated). */
export function readYymmdd(text: string, at: number, line: number): { year: number; month: number; day: number } {
  if (!isDigits(text, at, 6)) throw mt940Error(line, `expected a date YYMMDD, found "${text.slice(at, at + 6)}"`);
  return { year: fullYear(twoDigits(text, at)), month: twoDigits(text, at + 2), day: twoDigits(text, at + 4) };
}

/** The year for an entry date MMDD: the one putting it closest to the value date (Dec 31 value, Jan 2 entry → next year). */
export function entryYear(valueYear: number, valueMonth: number, entryMonth: number): number {
  if (entryMonth - valueMonth > 6) return valueYear - 1;
  if (valueMonth - entryMonth > 6) return valueYear + 1;
  return valueYear;
}

export function readMmdd(text: string, at: number): { month: number; day: number } {
  return { month: twoDigits(text, at), day: twoDigits(text, at + 2) };
}
