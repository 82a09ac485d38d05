/**
 * The demo's budgets (groceries, restaurants, energy, leisure) and its recurring payments and internal
 * transfers, found by the insights code from the imported rows. Idempotent: budgets are created only for
 * categories that have none; transfer linking and recurrence detection only look at rows not yet linked.
 */
import type { HouseholdContext } from "../auth/guard";
import { createBudget, listBudgets } from "../insights/budgets";
import { attachAndDetect } from "../insights/recurrences/store";
import { linkTransfers } from "../insights/transfers/link";
import { addMonths, demoMonths } from "./months";

const DEMO_BUDGETS = [
  { categoryId: "400110", amount: "520.00", rollover: false },
  { categoryId: "400810", amount: "400.00", rollover: false },
  { categoryId: "401080", amount: "110.00", rollover: false },
  { categoryId: "400700", amount: "90.00", rollover: true },
] as const;

export async function ensureBudgets(ctx: HouseholdContext, today: string): Promise<number> {
  const existing = new Set((await listBudgets(ctx)).map((b) => b.categoryId));
  const current = demoMonths(today).at(-1);
  const startMonth = current ? addMonths(current, -11).key : undefined;
  let created = 0;
  for (const budget of DEMO_BUDGETS) {
    if (existing.has(budget.categoryId)) continue;
    await createBudget(ctx, { categoryId: budget.categoryId, amount: budget.amount, currency: "EUR", rollover: budget.rollover ? "on" : undefined, startMonth });
    created++;
  }
  return created;
}

export async function findTransfersAndRecurrences(ctx: HouseholdContext, today: string): Promise<{ transfers: number; recurrences: number }> {
  // The whole history: the default window (recent rows) suits imports, not a two-year demo loaded at once.
  const transfers = await linkTransfers(ctx, { since: "0000-01-01" });
  const { created } = await attachAndDetect(ctx, today);
  return { transfers, recurrences: created };
}
