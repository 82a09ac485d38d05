/**
 * The 30-day balance forecast per account, pure: today's balance plus each active series' expected occurrences.
 * Overdue occurrences (expected, not seen yet, still within the series' tolerance) count as due today.
 */
import { addDays, dayNumber } from "../../dates";
import { anchorDayOfMonth, cadenceForInterval, stepFrom } from "./cadence";

export interface ForecastAccount {
  id: string;
  currency: string;
  balanceMinor: bigint;
}

export interface ForecastSeries {
  id: string;
  name: string;
  accountId: string | null;
  amountMinor: bigint;
  currency: string;
  intervalDays: number;
  lastDate: string | null;
  nextDate: string | null;
  state: string;
}

export interface ExpectedFlow {
  seriesId: string;
  name: string;
  accountId: string;
  date: string;
  amountMinor: bigint;
  currency: string;
}

export interface AccountForecast {
  accountId: string;
  currency: string;
  startMinor: bigint;
  endMinor: bigint;
  lowestMinor: bigint;
  lowestDate: string;
  /** End-of-day balance for each day of the horizon, today first. */
  days: { date: string; balanceMinor: bigint }[];
}

export const FORECAST_DAYS = 30;
const OVERDUE_GRACE_DAYS = 5;

/** Expected occurrences of active (not dismissed) series between today and the horizon, by date. */
export function expectedFlows(series: readonly ForecastSeries[], today: string, horizonDays = FORECAST_DAYS): ExpectedFlow[] {
  const end = addDays(today, horizonDays);
  const flows: ExpectedFlow[] = [];
  for (const s of series) {
    if (s.state === "dismissed" || !s.accountId || !s.nextDate) continue;
    const cadence = cadenceForInterval(s.intervalDays);
    const anchor = cadence.months > 0 ? anchorDayOfMonth([s.nextDate, ...(s.lastDate ? [s.lastDate] : [])]) : 0;
    let date = s.nextDate;
    // Long overdue: the series has probably ended or moved; skip past occurrences instead of piling them on today.
    for (let guard = 0; dayNumber(date) < dayNumber(today) - OVERDUE_GRACE_DAYS && guard < 1000; guard++) date = stepFrom(date, cadence, anchor);
    for (let guard = 0; date <= end && guard < 1000; guard++) {
      flows.push({ seriesId: s.id, name: s.name, accountId: s.accountId, date: date < today ? today : date, amountMinor: s.amountMinor, currency: s.currency });
      date = stepFrom(date, cadence, anchor);
    }
  }
  return flows.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.name.localeCompare(b.name)));
}

export function forecastBalances(accounts: readonly ForecastAccount[], flows: readonly ExpectedFlow[], today: string, horizonDays = FORECAST_DAYS): AccountForecast[] {
  return accounts.map((account) => {
    const byDay = new Map<string, bigint>();
    for (const flow of flows) {
      if (flow.accountId !== account.id || flow.currency !== account.currency) continue;
      byDay.set(flow.date, (byDay.get(flow.date) ?? 0n) + flow.amountMinor);
    }
    let balance = account.balanceMinor;
    let lowest = { minor: balance, date: today };
    const days: AccountForecast["days"] = [];
    for (let i = 0; i <= horizonDays; i++) {
      const date = addDays(today, i);
      balance += byDay.get(date) ?? 0n;
      days.push({ date, balanceMinor: balance });
      if (balance < lowest.minor) lowest = { minor: balance, date };
    }
    return { accountId: account.id, currency: account.currency, startMinor: account.balanceMinor, endMinor: balance, lowestMinor: lowest.minor, lowestDate: lowest.date, days };
  });
}
