/**
 * Period aggregates for the dashboard: sums per month, category, currency, payee and direction (income > 0,
 * expense < 0), transfers excluded. Whole calendar months come from "TransactionMonthSum" (a few hundred summary
 * rows a month, kept exact by triggers); the days of months the period cuts (a custom start, "to" = today) are
 * summed from the transactions through the period covering index. Shaped by shape/period-sums.ts into the donut,
 * the monthly bars and the top payees.
 */
import { raw } from "../db/raw";
import type { HouseholdContext } from "../auth/guard";
import type { PeriodSumRow } from "./shape/period-sums";
import { splitByWholeMonths } from "./shape/month-split";
import { liveRows, NOT_TRANSFER_SQL, summaryRows, toBigInt, toBoolean, type AggregateOptions } from "./scope";

/** Rows from `scanFrom` to `to`; those on or after `periodFrom` are flagged as in the period. */
export async function loadPeriodSums(ctx: HouseholdContext, scanFrom: string, periodFrom: string, to: string, options: AggregateOptions = {}): Promise<PeriodSumRow[]> {
  const split = splitByWholeMonths(scanFrom, periodFrom, to);
  const parts = await Promise.all([
    loadWholeMonthSums(ctx, split.wholeMonths, periodFrom, options),
    ...split.dayRanges.map((range) => loadPeriodSumsFromRows(ctx, range.from, periodFrom, range.to, options)),
  ]);
  return parts.flat();
}

/** Whole months from the summary; a month is in the period when it starts on or after `periodFrom`. */
export async function loadWholeMonthSums(ctx: HouseholdContext, months: readonly string[], periodFrom: string, options: AggregateOptions = {}): Promise<PeriodSumRow[]> {
  if (!months.length) return [];
  const scope = summaryRows(ctx.householdId, options);
  const wanted = new Set(months);
  // One range over the first to the last month (a month in between that the period cuts is skipped below).
  const rows = await raw().all<{ month: string; categoryId: string; currency: string; payee: string; isIncome: unknown; s: bigint; n: bigint }>(
    `SELECT s."month", s."categoryId", s."currency", s."payee", s."isIncome", SUM(s."sumMinor") AS "s", SUM(s."rowCount") AS "n"
       FROM "TransactionMonthSum" s
      WHERE ${scope.sql} AND s."month" >= ? AND s."month" <= ?
      GROUP BY s."month", s."categoryId", s."currency", s."payee", s."isIncome"`,
    [...scope.params, months[0]!, months[months.length - 1]!],
  );
  return rows.filter((r) => wanted.has(r.month)).map((r) => ({
    month: r.month, categoryId: r.categoryId, currency: r.currency, payee: r.payee === "" ? null : r.payee,
    isIncome: toBoolean(r.isIncome),
    isInPeriod: `${r.month}-01` >= periodFrom, sumMinor: toBigInt(r.s), count: Number(r.n),
  }));
}

/** The same sums straight from the transactions of [scanFrom, to], in one pass over the period covering index. */
export async function loadPeriodSumsFromRows(ctx: HouseholdContext, scanFrom: string, periodFrom: string, to: string, options: AggregateOptions = {}): Promise<PeriodSumRow[]> {
  const scope = liveRows(ctx.householdId, options);
  // The direction and period flags are computed in a subquery and grouped by name: PostgreSQL refuses a GROUP BY
  // expression that repeats a parameter (each ? is a distinct $n), SQLite flattens the subquery anyway.
  const rows = await raw().all<{ month: string; categoryId: string; currency: string; payee: string | null; income: bigint; inPeriod: bigint; s: bigint; n: bigint }>(
    `SELECT x."month", x."categoryId", x."currency", x."payee", x."income", x."inPeriod", SUM(x."amountMinor") AS "s", COUNT(*) AS "n"
       FROM (SELECT SUBSTR(t."date", 1, 7) AS "month", t."categoryId", t."currency", t."payee", t."amountMinor",
                    CASE WHEN t."amountMinor" > 0 THEN 1 ELSE 0 END AS "income", CASE WHEN t."date" >= ? THEN 1 ELSE 0 END AS "inPeriod"
               FROM "Transaction" t
              WHERE ${scope.sql} AND t."date" >= ? AND t."date" <= ? AND t."amountMinor" <> 0 AND ${NOT_TRANSFER_SQL}) x
      GROUP BY x."month", x."categoryId", x."currency", x."payee", x."income", x."inPeriod"`,
    [periodFrom, ...scope.params, scanFrom, to],
  );
  return rows.map((r) => ({
    month: r.month, categoryId: r.categoryId, currency: r.currency, payee: r.payee, isIncome: toBigInt(r.income) === 1n,
    isInPeriod: toBigInt(r.inPeriod) === 1n, sumMinor: toBigInt(r.s), count: Number(r.n),
  }));
}
