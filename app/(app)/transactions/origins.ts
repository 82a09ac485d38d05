/** Why each listed transaction has its category (source, confidence, the rule's name), for one page of rows. */
import { raw } from "@/lib/db/raw";
import type { HouseholdContext } from "@/lib/auth/guard";
import type { CategoryOrigin } from "@/components/categories/why";

export async function loadCategoryOrigins(ctx: HouseholdContext, ids: readonly string[]): Promise<Map<string, CategoryOrigin>> {
  if (!ids.length) return new Map();
  // The rule join is household-scoped too: a rule id from elsewhere never lends its name.
  const rows = await raw().all<{ id: string; categorySource: string; categoryConfidence: number | null; ruleName: string | null }>(
    `SELECT t."id", t."categorySource", t."categoryConfidence", r."name" AS "ruleName"
       FROM "Transaction" t LEFT JOIN "Rule" r ON r."id" = t."categoryRuleId" AND r."householdId" = t."householdId"
      WHERE t."householdId" = ? AND t."id" IN (${ids.map(() => "?").join(", ")})`,
    [ctx.householdId, ...ids],
  );
  return new Map(rows.map((r) => [r.id, {
    categorySource: r.categorySource,
    categoryConfidence: r.categoryConfidence === null ? null : Number(r.categoryConfidence),
    ruleName: r.ruleName ?? null,
  }]));
}
