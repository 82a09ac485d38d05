/**
 * Rule suggestions for the rules page: the household's manual corrections grouped by clean payee (3 times
 * the same way → "payee equals X → category"), minus what an existing rule already does.
 */
import { raw } from "../../db/raw";
import type { HouseholdContext } from "../../auth/guard";
import { suggestRules, type RuleSuggestion } from "../rules";
import { ruleFromRow, selectRuleRows } from "../db/rows";
import { loadCategorizer } from "../store";

export async function listRuleSuggestions(ctx: HouseholdContext): Promise<RuleSuggestion[]> {
  const db = raw();
  const [categorizer, manual, ruleRows] = await Promise.all([
    loadCategorizer(ctx.householdId),
    db.all<{ rawLabel: string; amountMinor: bigint; currency: string; date: string; accountId: string; categoryId: string }>(
      `SELECT "rawLabel", "amountMinor", "currency", "date", "accountId", "categoryId" FROM "Transaction" WHERE "householdId" = ? AND "categorySource" = 'manual' AND "deletedAt" IS NULL`,
      [ctx.householdId],
    ),
    selectRuleRows(db, ctx.householdId, false),
  ]);
  const corrections = manual.map((r) => {
    const { payee, label } = categorizer.categorize({ ...r, amountMinor: BigInt(r.amountMinor), bankCategory: null });
    return { payee, label, categoryId: r.categoryId, date: r.date };
  });
  const rules = ruleRows.map(ruleFromRow).filter((r) => Array.isArray(r.actions) && Array.isArray(r.conditions));
  return suggestRules(corrections, rules);
}
