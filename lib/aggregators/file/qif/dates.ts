/**
 * QIF dates, in every style exporters write: `1/ 1'00`, `2/10'2020`, `01/02/2010`, `12/31/99`, `6/ 1/94`,
 * `31.12.2019`, `2019-12-31`, `20191231`. Day/month order is decided once per file from ALL its dates.
 *
 * Order rule: a date whose first number is > 12 votes D/M, one whose second number is > 12 votes M/D; the
 * majority wins (dates that are impossible in the winning order are read the other way, with a warning).
 * Tie (typically no vote at all): the order that keeps the file's dates in sequence (fewest steps against the
 * file's main direction) wins; then "." separated dates are D.M (European); others take the order spanning the
 * fewest days (a register covers weeks, not the 1st of five months), and M/D when even that ties (Quicken, whose
 * format QIF is, writes US dates).
 * Years: an apostrophe marks the 2000s (`1/ 1'00` = 2000); other two-digit years pivot at 50 (49 → 2049,
 * 50 → 1950).
 */
import { dayNumber, makeIsoDay } from "../../../dates";

export type DateOrder = "MDY" | "DMY";

export interface QifDateParts {
  first: number;
  second: number;
  year: number;
  isYearFirst: boolean;
  separator: string;
}

const YEAR_FIRST = /^(\d{4})\s*[-/.]\s*(\d{1,2})\s*[-/.]\s*(\d{1,2})$/;
const YEAR_LAST = /^(\d{1,2})\s*([-/.])\s*(\d{1,2})\s*(['/.-])\s*(\d{1,4})$/;
const COMPACT = /^(\d{4})(\d{2})(\d{2})$/;

function expandYear(digits: string, isApostrophe: boolean): number {
  const value = Number(digits);
  if (digits.length > 2) return value;
  if (isApostrophe) return 2000 + value;
  return value < 50 ? 2000 + value : 1900 + value;
}

export function tokenizeQifDate(raw: string): QifDateParts | null {
  const text = raw.trim();
  if (text.length > 32) return null;
  let match = YEAR_FIRST.exec(text) ?? COMPACT.exec(text);
  if (match) return { first: Number(match[2]), second: Number(match[3]), year: Number(match[1]), isYearFirst: true, separator: "-" };
  match = YEAR_LAST.exec(text);
  if (!match) return null;
  const [, first = "", separator = "/", second = "", yearSeparator = "/", year = ""] = match;
  return { first: Number(first), second: Number(second), year: expandYear(year, yearSeparator === "'"), isYearFirst: false, separator };
}

export function toIsoDay(parts: QifDateParts, order: DateOrder): string | null {
  if (parts.isYearFirst) return makeIsoDay(parts.year, parts.first, parts.second);
  return order === "MDY" ? makeIsoDay(parts.year, parts.first, parts.second) : makeIsoDay(parts.year, parts.second, parts.first);
}

/** Steps against the main direction of the sequence (0 for a sorted file, ascending or descending). */
function disorder(days: number[]): number {
  let up = 0;
  let down = 0;
  for (let i = 1; i < days.length; i++) {
    const step = (days[i] as number) - (days[i - 1] as number);
    if (step > 0) up++;
    else if (step < 0) down++;
  }
  return Math.min(up, down);
}

function span(days: number[]): number {
  return days.length ? Math.max(...days) - Math.min(...days) : 0;
}

function sequence(dates: QifDateParts[], order: DateOrder): number[] {
  const days: number[] = [];
  for (const parts of dates) {
    const day = toIsoDay(parts, order);
    if (day) days.push(dayNumber(day));
  }
  return days;
}

export function chooseDateOrder(dates: QifDateParts[]): { order: DateOrder; isConflicting: boolean } {
  let dmyVotes = 0;
  let mdyVotes = 0;
  let dotted = 0;
  const ambiguous = dates.filter((d) => !d.isYearFirst);
  for (const parts of ambiguous) {
    if (parts.first > 12 && parts.second <= 12) dmyVotes++;
    if (parts.second > 12 && parts.first <= 12) mdyVotes++;
    if (parts.separator === ".") dotted++;
  }
  const isConflicting = dmyVotes > 0 && mdyVotes > 0;
  if (dmyVotes !== mdyVotes) return { order: dmyVotes > mdyVotes ? "DMY" : "MDY", isConflicting };
  const mdyDisorder = disorder(sequence(ambiguous, "MDY"));
  const dmyDisorder = disorder(sequence(ambiguous, "DMY"));
  if (mdyDisorder !== dmyDisorder) return { order: mdyDisorder < dmyDisorder ? "MDY" : "DMY", isConflicting };
  if (dotted * 2 > ambiguous.length) return { order: "DMY", isConflicting };
  // Both sorted: a register covers consecutive days, not the 1st, 3rd and 5th of five months.
  const mdySpan = span(sequence(ambiguous, "MDY"));
  const dmySpan = span(sequence(ambiguous, "DMY"));
  if (mdySpan !== dmySpan) return { order: mdySpan < dmySpan ? "MDY" : "DMY", isConflicting };
  return { order: "MDY", isConflicting };
}
