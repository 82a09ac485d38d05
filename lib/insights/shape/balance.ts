/**
 * Daily balance series from SQL aggregates: the balance before the period plus per-day sums (only days with
 * movements come from SQL), filled here so every day of the period has a point. Pure.
 */
import { addDays } from "../../dates";

export interface DailyDelta {
  date: string;
  sumMinor: bigint;
}

export interface BalancePoint {
  date: string;
  balanceMinor: bigint;
}

/** One point per day from `from` to `to` inclusive; days without movements repeat the previous balance. */
export function fillBalanceSeries(startMinor: bigint, deltas: readonly DailyDelta[], from: string, to: string): BalancePoint[] {
  const byDay = new Map<string, bigint>();
  for (const delta of deltas) byDay.set(delta.date, (byDay.get(delta.date) ?? 0n) + delta.sumMinor);
  const points: BalancePoint[] = [];
  let balance = startMinor;
  for (let day = from; day <= to; day = addDays(day, 1)) {
    balance += byDay.get(day) ?? 0n;
    points.push({ date: day, balanceMinor: balance });
  }
  return points;
}

export interface AccountSeriesInput {
  accountId: string;
  currency: string;
  startMinor: bigint;
  deltas: readonly DailyDelta[];
}

export interface CurrencySeries {
  currency: string;
  /** Per day: the currency's total and each account's balance, keyed by account id. */
  points: { date: string; totalMinor: bigint; byAccount: Record<string, bigint> }[];
}

/** Per-currency series with the total and every account, all filled daily (accounts of one currency only add up). */
export function balanceSeriesByCurrency(accounts: readonly AccountSeriesInput[], from: string, to: string): CurrencySeries[] {
  const currencies = [...new Set(accounts.map((a) => a.currency))].sort();
  return currencies.map((currency) => {
    const series = accounts.filter((a) => a.currency === currency).map((a) => ({ id: a.accountId, points: fillBalanceSeries(a.startMinor, a.deltas, from, to) }));
    const days = series[0]?.points.length ?? 0;
    const points = [];
    for (let i = 0; i < days; i++) {
      const byAccount: Record<string, bigint> = {};
      let totalMinor = 0n;
      for (const s of series) {
        const value = s.points[i]!.balanceMinor;
        byAccount[s.id] = value;
        totalMinor += value;
      }
      points.push({ date: series[0]!.points[i]!.date, totalMinor, byAccount });
    }
    return { currency, points };
  });
}
