/**
 * Budget arithmetic for one month. Without rollover the month's money is the budget amount. With rollover,
 * what was left unspent in earlier months (since the start month) carries in, and overspending carries in as
 * a negative amount, reducing the month. Pure.
 */
import { monthsBetween, previousMonth } from "./period";

export interface BudgetDefinition {
  amountMinor: bigint;
  isRollover: boolean;
  /** "YYYY-MM": first month counted for rollover (carry starts at zero there). */
  startMonth: string;
}

export interface BudgetMonth {
  month: string;
  carryInMinor: bigint;
  availableMinor: bigint;
  spentMinor: bigint;
  remainingMinor: bigint;
  isExceeded: boolean;
  /** Spent / available, 0..∞ (Infinity when nothing is available and something was spent); for progress bars only. */
  ratio: number;
}

/** `spentByMonth`: net spending per "YYYY-MM" (positive = money spent; refunds lower it). */
export function budgetForMonth(budget: BudgetDefinition, spentByMonth: ReadonlyMap<string, bigint>, month: string): BudgetMonth {
  let carryInMinor = 0n;
  if (budget.isRollover && budget.startMonth < month) {
    for (const earlier of monthsBetween(`${budget.startMonth}-01`, `${previousMonth(month)}-01`)) {
      carryInMinor += budget.amountMinor - (spentByMonth.get(earlier) ?? 0n);
    }
  }
  const availableMinor = budget.amountMinor + carryInMinor;
  const spentMinor = spentByMonth.get(month) ?? 0n;
  const remainingMinor = availableMinor - spentMinor;
  const ratio = availableMinor > 0n ? ratioOf(spentMinor, availableMinor) : spentMinor > 0n ? Infinity : 0;
  return { month, carryInMinor, availableMinor, spentMinor, remainingMinor, isExceeded: spentMinor > availableMinor, ratio };
}

function ratioOf(part: bigint, whole: bigint): number {
  // Per-mille in bigint first so huge amounts never lose the integer part; display precision only.
  return Number((part * 1000n) / whole) / 1000;
}

/** The percentage width of a progress bar, capped at 100. */
export function progressPercent(month: BudgetMonth): number {
  if (!Number.isFinite(month.ratio)) return 100;
  return Math.max(0, Math.min(100, Math.round(month.ratio * 100)));
}
