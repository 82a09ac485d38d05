/** The recurring page's data: series, upcoming payments and the 30-day forecast per account. */
import { listAccountsWithBalances } from "../../accounts/accounts";
import type { HouseholdContext } from "../../auth/guard";
import { todayIso } from "../../dates";
import { expectedFlows, forecastBalances, type AccountForecast, type ExpectedFlow } from "./forecast";
import { listSeries, type SeriesRow } from "./review";

export interface RecurringOverview {
  series: SeriesRow[];
  upcoming: ExpectedFlow[];
  forecasts: (AccountForecast & { name: string })[];
}

export async function loadRecurringOverview(ctx: HouseholdContext, today = todayIso()): Promise<RecurringOverview> {
  const [series, accounts] = await Promise.all([listSeries(ctx), listAccountsWithBalances(ctx)]);
  const open = accounts.filter((a) => !a.closedAt);
  const upcoming = expectedFlows(series, today);
  const forecasts = forecastBalances(open, upcoming, today).map((f) => ({ ...f, name: open.find((a) => a.id === f.accountId)?.name ?? "" }));
  return { series, upcoming, forecasts: forecasts.filter((f) => upcoming.some((u) => u.accountId === f.accountId)) };
}
