/**
 * Undo of a bulk delete: the rows come back exactly as they were (a delete only sets deletedAt). Ids of another
 * household, or rows that are not deleted, are left alone.
 */
import { z } from "zod";
import { raw } from "@/lib/db/raw";
import { requirePermission, type HouseholdContext } from "@/lib/auth/guard";

/** The ids a bulk delete hands to its Undo button: one page of rows at most. */
export const restoreIdsSchema = z.array(z.string().min(1).max(64).regex(/^[A-Za-z0-9_-]+$/)).min(1).max(1000);

export async function restoreTransactions(ctx: HouseholdContext, ids: readonly string[]): Promise<number> {
  requirePermission(ctx, "write");
  const checked = restoreIdsSchema.parse(ids);
  return raw().run(
    `UPDATE "Transaction" SET "deletedAt" = NULL, "updatedAt" = ? WHERE "householdId" = ? AND "deletedAt" IS NOT NULL AND "id" IN (${checked.map(() => "?").join(", ")})`,
    [new Date(), ctx.householdId, ...checked],
  );
}
