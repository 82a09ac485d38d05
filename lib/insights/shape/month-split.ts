/**
 * Which parts of a dashboard scan the monthly summary can answer: a calendar month wholly inside [scanFrom, to]
 * and not cut by the period start is read from "TransactionMonthSum"; the rest (a period starting or ending
 * mid-month, "to" = today) is summed from the transactions of those days. Pure.
 */
import { daysInMonth, makeIsoDay } from "../../dates";
import { monthsBetween, previousMonth } from "./period";

export interface MonthSplit {
  /** Whole months ("YYYY-MM"), oldest first. */
  wholeMonths: string[];
  /** Inclusive day ranges to read from the transactions, oldest first; adjacent days merged. */
  dayRanges: { from: string; to: string }[];
}

function lastDayOf(month: string): string {
  const [y, m] = month.split("-").map(Number) as [number, number];
  return makeIsoDay(y, m, daysInMonth(y, m))!;
}

export function splitByWholeMonths(scanFrom: string, periodFrom: string, to: string): MonthSplit {
  const split: MonthSplit = { wholeMonths: [], dayRanges: [] };
  if (scanFrom > to) return split;
  for (const month of monthsBetween(scanFrom, to)) {
    const first = `${month}-01`;
    const last = lastDayOf(month);
    const from = scanFrom > first ? scanFrom : first;
    const until = to < last ? to : last;
    const isCutByPeriod = periodFrom > first && periodFrom <= last;
    if (from === first && until === last && !isCutByPeriod) {
      split.wholeMonths.push(month);
      continue;
    }
    const previous = split.dayRanges.at(-1);
    if (previous && previous.to === lastDayOf(previousMonth(month)) && from === first) previous.to = until;
    else split.dayRanges.push({ from, to: until });
  }
  return split;
}
