/**
 * Everything the dashboard draws, for one period: SQL aggregates (never rows) run concurrently, mostly over the
 * summary tables the triggers keep (lib/insights/summary), then shaped by pure functions. The benchmark measures
 * exactly this call.
 */
import type { HouseholdContext } from "../auth/guard";
import { loadBalanceHistory, type AccountSummary } from "./balances";
import { loadPeriodSums } from "./spending";
import { categorySumsOf, monthSumsOf, topPayeesOf, type PayeeSum } from "./shape/period-sums";
import { monthBuckets, periodTotals, type MonthBucket } from "./shape/months";
import { monthsBetween, monthsEnding, type Period } from "./shape/period";
import type { CurrencySeries } from "./shape/balance";
import type { CategorySum } from "./shape/donut";
import type { AggregateOptions } from "./scope";

/** The income/expense chart always shows at least this many months, ending with the period's last month. */
export const CHART_MONTHS = 13;

export interface DashboardData {
  accounts: AccountSummary[];
  balances: CurrencySeries[];
  categorySums: CategorySum[];
  periodTotals: ReturnType<typeof periodTotals>;
  months: { currency: string; buckets: MonthBucket[] }[];
  topPayees: PayeeSum[];
  currencies: string[];
}

export async function loadDashboard(ctx: HouseholdContext, period: Period, options: AggregateOptions = {}): Promise<DashboardData> {
  const lastMonths = monthsEnding(period.to, CHART_MONTHS);
  const chartMonths = period.from.slice(0, 7) < lastMonths[0]! ? monthsBetween(period.from, period.to) : lastMonths;
  const chartFrom = `${chartMonths[0]}-01`;
  const scanFrom = chartFrom < period.from ? chartFrom : period.from;
  const [history, sums] = await Promise.all([
    loadBalanceHistory(ctx, period.from, period.to, options),
    loadPeriodSums(ctx, scanFrom, period.from, period.to, options),
  ]);
  const chartSums = monthSumsOf(sums, false);
  const currencies = [...new Set(history.accounts.map((a) => a.currency))].sort();
  return {
    accounts: history.accounts,
    balances: history.series,
    categorySums: categorySumsOf(sums),
    periodTotals: periodTotals(monthSumsOf(sums, true)),
    months: currencies.map((currency) => ({ currency, buckets: monthBuckets(chartSums, currency, chartMonths) })),
    topPayees: topPayeesOf(sums, 10),
    currencies,
  };
}
