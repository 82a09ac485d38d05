/**
 * Period aggregates for the dashboard in one pass over the period-leading covering index: sums per month,
 * category, currency, payee and direction (income > 0, expense < 0), transfers excluded. Shaped by
 * shape/period-sums.ts into the donut, the monthly bars and the top payees.
 */
import { raw } from "../db/raw";
import type { HouseholdContext } from "../auth/guard";
import type { PeriodSumRow } from "./shape/period-sums";
import { liveRows, NOT_TRANSFER_SQL, toBigInt, type AggregateOptions } from "./scope";

/** Rows from `scanFrom` to `to`; those on or after `periodFrom` are flagged as in the period. */
export async function loadPeriodSums(ctx: HouseholdContext, scanFrom: string, periodFrom: string, to: string, options: AggregateOptions = {}): Promise<PeriodSumRow[]> {
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
