/**
 * Balance history from "TransactionDaySum" (live rows per account, day and status, kept exact by triggers): one
 * aggregate per account for everything (balance, count, last day, sum since the period start), one GROUP BY day
 * for the period; the daily series is filled in pure code (shape/balance.ts). A few thousand summary rows per
 * account instead of every transaction since it opened.
 */
import { raw } from "../db/raw";
import type { HouseholdContext } from "../auth/guard";
import { balanceSeriesByCurrency, type CurrencySeries, type DailyDelta } from "./shape/balance";
import { summaryRows, toBigInt, type AggregateOptions } from "./scope";

export interface AccountSummary {
  id: string;
  name: string;
  type: string;
  currency: string;
  institution: string | null;
  closedAt: Date | null;
  balanceMinor: bigint;
  transactionCount: number;
  lastDate: string | null;
  /** Balance at the end of the day before `from`. */
  balanceBeforeMinor: bigint;
}

/** Balances, counts and last days per account; `sinceByAccount` (sums from `from` on) saves one query when known. */
export async function loadAccountSummaries(ctx: HouseholdContext, from: string, options: AggregateOptions = {}, sinceByAccount?: ReadonlyMap<string, bigint>): Promise<AccountSummary[]> {
  const scope = summaryRows(ctx.householdId, options);
  const [accounts, totals, since] = await Promise.all([
    raw().all<{ id: string; name: string; type: string; currency: string; institution: string | null; closedAt: string | Date | null; openingBalanceMinor: bigint; lastDate: string | null }>(
      `SELECT a."id", a."name", a."type", a."currency", a."institution", a."closedAt", a."openingBalanceMinor",
              (SELECT MAX(s."date") FROM "TransactionDaySum" s WHERE s."householdId" = a."householdId" AND s."accountId" = a."id") AS "lastDate"
         FROM "Account" a WHERE a."householdId" = ? ORDER BY a."closedAt" IS NOT NULL, a."name"`,
      [ctx.householdId],
    ),
    raw().all<{ accountId: string; total: bigint; n: bigint }>(
      `SELECT s."accountId", SUM(s."sumMinor") AS "total", SUM(s."rowCount") AS "n" FROM "TransactionDaySum" s WHERE ${scope.sql} GROUP BY s."accountId"`,
      scope.params,
    ),
    sinceByAccount ?? raw().all<{ accountId: string; s: bigint }>(
      `SELECT s."accountId", SUM(s."sumMinor") AS "s" FROM "TransactionDaySum" s WHERE ${scope.sql} AND s."date" >= ? GROUP BY s."accountId"`,
      [...scope.params, from],
    ),
  ]);
  const totalOf = new Map(totals.map((s) => [s.accountId, s]));
  const sinceOf: ReadonlyMap<string, bigint> = Array.isArray(since) ? new Map(since.map((s) => [s.accountId, toBigInt(s.s)])) : (since as ReadonlyMap<string, bigint>);
  return accounts.map((a) => {
    const total = totalOf.get(a.id);
    const balanceMinor = toBigInt(a.openingBalanceMinor) + toBigInt(total?.total);
    return {
      id: a.id, name: a.name, type: a.type, currency: a.currency, institution: a.institution, closedAt: a.closedAt ? new Date(a.closedAt) : null,
      balanceMinor, transactionCount: Number(total?.n ?? 0n), lastDate: a.lastDate, balanceBeforeMinor: balanceMinor - (sinceOf.get(a.id) ?? 0n),
    };
  });
}

/**
 * Per-day sums of each account from `from` on — after `to` too, so the same pass gives the sum since `from`
 * (balance before the period = balance now − that sum); the series only draws days up to `to`.
 */
export async function loadDailyDeltas(ctx: HouseholdContext, from: string, options: AggregateOptions = {}): Promise<Map<string, DailyDelta[]>> {
  const scope = summaryRows(ctx.householdId, options);
  const rows = await raw().all<{ accountId: string; date: string; s: bigint }>(
    `SELECT s."accountId", s."date", SUM(s."sumMinor") AS "s" FROM "TransactionDaySum" s
      WHERE ${scope.sql} AND s."date" >= ? GROUP BY s."date", s."accountId"`,
    [...scope.params, from],
  );
  const byAccount = new Map<string, DailyDelta[]>();
  for (const row of rows) {
    const list = byAccount.get(row.accountId) ?? [];
    list.push({ date: row.date, sumMinor: toBigInt(row.s) });
    byAccount.set(row.accountId, list);
  }
  return byAccount;
}

/** Daily series per currency (total and each open account) for [from, to]. */
export async function loadBalanceHistory(ctx: HouseholdContext, from: string, to: string, options: AggregateOptions = {}): Promise<{ accounts: AccountSummary[]; series: CurrencySeries[] }> {
  const deltas = await loadDailyDeltas(ctx, from, options);
  const since = new Map([...deltas].map(([accountId, list]) => [accountId, list.reduce((sum, d) => sum + d.sumMinor, 0n)]));
  const accounts = await loadAccountSummaries(ctx, from, options, since);
  const shown = accounts.filter((a) => !a.closedAt || deltas.has(a.id));
  const series = balanceSeriesByCurrency(shown.map((a) => ({ accountId: a.id, currency: a.currency, startMinor: a.balanceBeforeMinor, deltas: deltas.get(a.id) ?? [] })), from, to);
  return { accounts, series };
}
