/** Income vs expenses per month, filled so months without movements show as zero. Pure. */
export interface MonthSum {
  month: string;
  currency: string;
  incomeMinor: bigint;
  /** Negative (money out). */
  expenseMinor: bigint;
}

export interface MonthBucket {
  month: string;
  incomeMinor: bigint;
  expenseMinor: bigint;
  netMinor: bigint;
}

export function monthBuckets(sums: readonly MonthSum[], currency: string, months: readonly string[]): MonthBucket[] {
  const byMonth = new Map<string, MonthSum>();
  for (const sum of sums) if (sum.currency === currency) byMonth.set(sum.month, sum);
  return months.map((month) => {
    const sum = byMonth.get(month);
    const incomeMinor = sum?.incomeMinor ?? 0n;
    const expenseMinor = sum?.expenseMinor ?? 0n;
    return { month, incomeMinor, expenseMinor, netMinor: incomeMinor + expenseMinor };
  });
}

/** Totals of a period per currency (for the summary cards). */
export function periodTotals(sums: readonly MonthSum[]): { currency: string; incomeMinor: bigint; expenseMinor: bigint; netMinor: bigint }[] {
  const totals = new Map<string, { incomeMinor: bigint; expenseMinor: bigint }>();
  for (const sum of sums) {
    const total = totals.get(sum.currency) ?? { incomeMinor: 0n, expenseMinor: 0n };
    total.incomeMinor += sum.incomeMinor;
    total.expenseMinor += sum.expenseMinor;
    totals.set(sum.currency, total);
  }
  return [...totals].sort(([a], [b]) => a.localeCompare(b)).map(([currency, t]) => ({ currency, ...t, netMinor: t.incomeMinor + t.expenseMinor }));
}
