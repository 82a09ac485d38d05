/**
 * Which order (day-first, month-first, year-first) a date column is written in, scored over ALL its distinct
 * values, never the first row alone; plus a readable format string for the profile ("dd.mm.yy", "dd mmm yyyy").
 */
import { parseDay, type DateOrder } from "./dates";

export interface DetectedDateFormat {
  format: string;
  order: DateOrder;
  /** Share of the distinct values that read as dates in this order. */
  readableShare: number;
  /** Several orders read every value differently (all days ≤ 12): the choice came from row order or the default. */
  isAmbiguous: boolean;
}

const ORDERS: DateOrder[] = ["DMY", "YMD", "MDY"];

/**
 * Scores every order over ALL the distinct values of the column (never the first row alone). Ties (every day
 * ≤ 12) go to the order under which the rows are best sorted, then to day-first, the most common worldwide.
 */
export function detectDateFormat(distinctValues: readonly string[], sequence: readonly string[]): DetectedDateFormat | null {
  const values = distinctValues.filter((v) => v.trim() !== "");
  if (values.length === 0) return null;
  const scores = ORDERS.map((order) => ({ order, readable: values.filter((v) => parseDay(v, order) !== null).length }));
  const best = Math.max(...scores.map((s) => s.readable));
  if (best === 0) return null;
  const tied = scores.filter((s) => s.readable === best).map((s) => s.order);
  let order = tied[0]!;
  // Month names, or dates such as 10.10.2017, read the same in every tied order: nothing to choose.
  const isAmbiguous = tied.length > 1 && values.some((v) => new Set(tied.map((candidate) => parseDay(v, candidate))).size > 1);
  if (isAmbiguous && isDotted(values)) {
    order = "DMY"; // dotted dates (24.12.2009, 20.02.18) are day-first wherever they are written
  } else if (isAmbiguous) {
    // Rows come sorted by date, and a statement covers days or months, not half a year of the 11th of each month
    // (Bank of America's 11/01, 11/03, 11/05): the best-sorted order, then the one spanning the fewest days.
    const scored = tied.map((candidate) => ({ candidate, sorted: sortedShare(sequence, candidate), span: spanDays(values, candidate) }));
    const top = Math.max(...scored.map((s) => s.sorted));
    const best = scored.filter((s) => s.sorted === top);
    const shortest = Math.min(...best.map((s) => s.span));
    order = best.find((s) => s.span === shortest)!.candidate;
  }
  const sample = values.find((v) => parseDay(v, order) !== null)!;
  return { format: describeFormat(sample, order), order, readableShare: best / values.length, isAmbiguous: isAmbiguous && !isDotted(values) };
}

function isDotted(values: readonly string[]): boolean {
  return values.every((value) => /^\s*\d{1,2}\.\d{1,2}\.\d{2,4}\b/.test(value));
}

/** Days between the earliest and latest value read in this order. */
function spanDays(values: readonly string[], order: DateOrder): number {
  let min = Infinity;
  let max = -Infinity;
  for (const value of values) {
    const day = parseDay(value, order);
    if (!day) continue;
    const time = Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10)));
    min = Math.min(min, time);
    max = Math.max(max, time);
  }
  return max >= min ? (max - min) / 86_400_000 : Infinity;
}

function sortedShare(sequence: readonly string[], order: DateOrder): number {
  let ascending = 0;
  let descending = 0;
  let previous: string | null = null;
  for (const value of sequence) {
    const day = parseDay(value, order);
    if (!day) continue;
    if (previous !== null) {
      if (day >= previous) ascending++;
      if (day <= previous) descending++;
    }
    previous = day;
  }
  return Math.max(ascending, descending);
}

/** Builds a readable format ("dd.mm.yy", "dd-mmm-yyyy", "yyyymmdd") from a value that reads in `order`. */
function describeFormat(sample: string, order: DateOrder): string {
  const trimmed = sample.trim();
  if (/^(\d{8}|\d{12}|\d{14})(?!\d)/.test(trimmed)) return { YMD: "yyyymmdd", DMY: "ddmmyyyy", MDY: "mmddyyyy" }[order];
  const separator = /[0-9A-Za-z\u00c0-\uffff]+([^0-9A-Za-z\u00c0-\uffff]+)/.exec(trimmed)?.[1]?.[0] ?? "/";
  const tokens = trimmed.split(/[^0-9A-Za-z\u00c0-\uffff]+/).filter(Boolean).slice(0, 3);
  const hasMonthName = tokens.some((t) => /^[^\d]+$/.test(t));
  const yearToken = hasMonthName ? tokens.find((t) => /^\d{4}$/.test(t)) : tokens[order.indexOf("Y")];
  const year = yearToken && yearToken.length === 2 ? "yy" : "yyyy";
  const part = { D: "dd", M: hasMonthName ? "mmm" : "mm", Y: year };
  if (hasMonthName) {
    const monthFirst = /^[^\d]/.test(trimmed);
    return monthFirst ? `mmm${separator}dd${separator}${year}` : `dd${separator}mmm${separator}${year}`;
  }
  return order.split("").map((letter) => part[letter as "D" | "M" | "Y"]).join(separator);
}
