/** The values the bills page's filters offer: the household's vendors and bill types, most frequent first. */
import { raw } from "../../db/raw";
import type { HouseholdContext } from "../../auth/guard";

const MAX_OPTIONS = 300;

export async function billFacets(ctx: HouseholdContext): Promise<{ vendors: string[]; types: string[] }> {
  const [vendors, types] = await Promise.all([
    raw().all<{ vendor: string }>(
      `SELECT MIN("vendor") AS "vendor" FROM "Bill" WHERE "householdId" = ? GROUP BY LOWER("vendor") ORDER BY COUNT(*) DESC, MIN("vendor") LIMIT ${MAX_OPTIONS}`,
      [ctx.householdId],
    ),
    raw().all<{ type: string }>(
      `SELECT "type" FROM "Bill" WHERE "householdId" = ? AND "type" IS NOT NULL GROUP BY "type" ORDER BY COUNT(*) DESC, "type" LIMIT ${MAX_OPTIONS}`,
      [ctx.householdId],
    ),
  ]);
  return { vendors: vendors.map((v) => v.vendor).sort((a, b) => a.localeCompare(b)), types: types.map((t) => t.type).sort() };
}
