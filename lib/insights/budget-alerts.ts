/**
 * "Budget exceeded" notifications: one per budget and month, whatever how often the check runs (the
 * (householdId, dedupKey) unique key makes the insert a no-op the second time, on SQLite and PostgreSQL).
 */
import { raw, newId } from "../db/raw";
import type { HouseholdContext } from "../auth/guard";
import { categoryName } from "../categorizer/tree";
import { formatMoney } from "../money";
import { t, type Locale } from "../i18n";
import type { BudgetProgress } from "./budget-progress";

export function budgetDedupKey(budgetId: string, month: string): string {
  return `budget_exceeded:${budgetId}:${month}`;
}

/** Records a notification for each exceeded budget; returns how many were new. */
export async function recordBudgetAlerts(ctx: HouseholdContext, progress: readonly BudgetProgress[], locale: Locale): Promise<number> {
  let created = 0;
  for (const p of progress) {
    if (!p.isExceeded) continue;
    const name = categoryName(p.budget.categoryId, locale);
    const title = t(locale, "budgets.alert.title", { category: name });
    const body = t(locale, "budgets.alert.body", {
      spent: formatMoney(p.spentMinor, p.budget.currency, locale), available: formatMoney(p.availableMinor, p.budget.currency, locale), month: p.month,
    });
    const data = JSON.stringify({ budgetId: p.budget.id, categoryId: p.budget.categoryId, month: p.month, spentMinor: p.spentMinor.toString(), availableMinor: p.availableMinor.toString() });
    created += await raw().run(
      `INSERT INTO "Notification" ("id", "householdId", "kind", "dedupKey", "title", "body", "data", "createdAt")
       VALUES (?, ?, 'budget_exceeded', ?, ?, ?, ?, ?) ON CONFLICT ("householdId", "dedupKey") DO NOTHING`,
      [newId(), ctx.householdId, budgetDedupKey(p.budget.id, p.month), title, body, data, new Date()],
    );
  }
  return created;
}
