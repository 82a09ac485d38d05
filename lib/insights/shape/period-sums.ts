/**
 * The dashboard reads the chart's months and the period in ONE aggregate pass (month × category × currency ×
 * payee × direction, flagged in/out of the period); this splits it into the donut's category sums, the monthly
 * income/expense and the top payees. Pure.
 */
import type { CategorySum } from "./donut";
import type { MonthSum } from "./months";

export interface PeriodSumRow {
  month: string;
  categoryId: string;
  currency: string;
  payee: string | null;
  isIncome: boolean;
  isInPeriod: boolean;
  sumMinor: bigint;
  count: number;
}

export interface PayeeSum {
  payee: string;
  currency: string;
  spentMinor: bigint;
  count: number;
}

export function categorySumsOf(rows: readonly PeriodSumRow[]): CategorySum[] {
  const sums = new Map<string, CategorySum>();
  for (const row of rows) {
    if (!row.isInPeriod || row.isIncome) continue;
    const key = `${row.categoryId}\u0000${row.currency}`;
    const sum = sums.get(key) ?? { categoryId: row.categoryId, currency: row.currency, sumMinor: 0n, count: 0 };
    sum.sumMinor += row.sumMinor;
    sum.count += row.count;
    sums.set(key, sum);
  }
  return [...sums.values()];
}

/** Monthly income/expense; `isPeriodOnly` keeps only rows inside the period (for the period's totals). */
export function monthSumsOf(rows: readonly PeriodSumRow[], isPeriodOnly: boolean): MonthSum[] {
  const sums = new Map<string, MonthSum>();
  for (const row of rows) {
    if (isPeriodOnly && !row.isInPeriod) continue;
    const key = `${row.month}\u0000${row.currency}`;
    const sum = sums.get(key) ?? { month: row.month, currency: row.currency, incomeMinor: 0n, expenseMinor: 0n };
    if (row.isIncome) sum.incomeMinor += row.sumMinor;
    else sum.expenseMinor += row.sumMinor;
    sums.set(key, sum);
  }
  return [...sums.values()];
}

/** Where the money went: recognized payees by money spent in the period, largest first. */
export function topPayeesOf(rows: readonly PeriodSumRow[], limit: number): PayeeSum[] {
  const sums = new Map<string, PayeeSum>();
  for (const row of rows) {
    if (!row.isInPeriod || row.isIncome || !row.payee) continue;
    const key = `${row.payee}\u0000${row.currency}`;
    const sum = sums.get(key) ?? { payee: row.payee, currency: row.currency, spentMinor: 0n, count: 0 };
    sum.spentMinor -= row.sumMinor;
    sum.count += row.count;
    sums.set(key, sum);
  }
  return [...sums.values()]
    .sort((a, b) => (a.spentMinor === b.spentMinor ? a.payee.localeCompare(b.payee) : a.spentMinor > b.spentMinor ? -1 : 1))
    .slice(0, limit);
}
