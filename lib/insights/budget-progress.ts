/**
 * Budget progress for a month: one SQL aggregate (net spending per category and month, transfers excluded,
 * in each budget's currency) over every budgeted category and its subcategories; the arithmetic, rollover
 * included, is pure (shape/budget.ts).
 */
import { raw } from "../db/raw";
import type { HouseholdContext } from "../auth/guard";
import { selectCustomCategories } from "../categorizer/db/rows";
import { budgetForMonth, type BudgetMonth } from "./shape/budget";
import { expandCategories } from "./explorer";
import { listBudgets, type BudgetRow } from "./budgets";
import { liveRows, NOT_TRANSFER_SQL, toBigInt } from "./scope";

export interface BudgetProgress extends BudgetMonth {
  budget: BudgetRow;
}

export async function loadBudgetProgress(ctx: HouseholdContext, month: string): Promise<BudgetProgress[]> {
  const budgets = await listBudgets(ctx);
  if (!budgets.length) return [];
  const custom = await selectCustomCategories(raw(), ctx.householdId);
  const members = new Map(budgets.map((b) => [b.id, new Set(expandCategories([b.categoryId], custom))]));
  const allIds = [...new Set([...members.values()].flatMap((s) => [...s]))];
  const firstMonth = budgets.reduce((min, b) => (b.isRollover && b.startMonth < min ? b.startMonth : min), month);
  const scope = liveRows(ctx.householdId);
  // `|| ''` keeps SQLite on the period covering index (date range, index only) rather than (categoryId, date) plus
  // a table read per row.
  const rows = await raw().all<{ categoryId: string; currency: string; month: string; s: bigint }>(
    `SELECT t."categoryId", t."currency", SUBSTR(t."date", 1, 7) AS "month", SUM(t."amountMinor") AS "s" FROM "Transaction" t
      WHERE ${scope.sql} AND t."date" >= ? AND t."date" <= ? AND ${NOT_TRANSFER_SQL} AND (t."categoryId" || '') IN (${allIds.map(() => "?").join(", ")})
      GROUP BY t."categoryId", t."currency", SUBSTR(t."date", 1, 7)`,
    [...scope.params, `${firstMonth}-01`, `${month}-31`, ...allIds],
  );
  return budgets.map((budget) => {
    const spentByMonth = new Map<string, bigint>();
    const ids = members.get(budget.id)!;
    for (const row of rows) {
      if (row.currency !== budget.currency || !ids.has(row.categoryId)) continue;
      // Spending is money out: a negative sum is spent, a refund (positive) lowers it.
      spentByMonth.set(row.month, (spentByMonth.get(row.month) ?? 0n) - toBigInt(row.s));
    }
    return { budget, ...budgetForMonth({ amountMinor: budget.amountMinor, isRollover: budget.isRollover, startMonth: budget.startMonth }, spentByMonth, month) };
  });
}
