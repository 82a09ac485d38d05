/**
 * Bulk actions of the explorer on a selection of ids (always re-scoped to the household: an id of another
 * household is refused, never touched). Categories go through the categorizer so it learns from them.
 */
import { z } from "zod";
import { raw } from "../db/raw";
import { AppError } from "../errors";
import { requirePermission, type HouseholdContext } from "../auth/guard";
import { mergeTags, recordCorrection } from "../categorizer/store";

const idsSchema = z.array(z.string().min(1).max(64)).min(1, "Select at least one transaction.").max(5000);
const tagSchema = z.string().trim().min(1, "Give the tag a name.").max(40).regex(/^[^,"\\]+$/, "A tag cannot contain commas, quotes or backslashes.");

async function requireOwnLiveIds(ctx: HouseholdContext, ids: readonly string[]): Promise<{ id: string; tags: string }[]> {
  const rows = await raw().all<{ id: string; tags: string }>(
    `SELECT "id", "tags" FROM "Transaction" WHERE "householdId" = ? AND "deletedAt" IS NULL AND "id" IN (${ids.map(() => "?").join(", ")})`,
    [ctx.householdId, ...ids],
  );
  if (rows.length !== new Set(ids).size) throw new AppError("NOT_FOUND", "Transaction not found");
  return rows;
}

export async function bulkSetCategory(ctx: HouseholdContext, ids: readonly string[], categoryId: string): Promise<number> {
  const checked = idsSchema.parse(ids);
  return (await recordCorrection(ctx, checked, categoryId)).updated;
}

export async function bulkAddTag(ctx: HouseholdContext, ids: readonly string[], tag: string): Promise<number> {
  requirePermission(ctx, "write");
  const checked = idsSchema.parse(ids);
  const name = tagSchema.parse(tag);
  const rows = await requireOwnLiveIds(ctx, checked);
  const now = new Date();
  let updated = 0;
  await raw().transaction(async (tx) => {
    for (const row of rows) {
      const tags = mergeTags(row.tags, [name]);
      if (tags === row.tags) continue;
      updated += await tx.run(`UPDATE "Transaction" SET "tags" = ?, "updatedAt" = ? WHERE "id" = ? AND "householdId" = ?`, [tags, now, row.id, ctx.householdId]);
    }
  });
  return updated;
}

/** Tombstones the selection (deletedAt), like a single delete: imports then never bring the rows back. */
export async function bulkDelete(ctx: HouseholdContext, ids: readonly string[]): Promise<number> {
  requirePermission(ctx, "write");
  const checked = idsSchema.parse(ids);
  await requireOwnLiveIds(ctx, checked);
  const now = new Date();
  return raw().run(
    `UPDATE "Transaction" SET "deletedAt" = ?, "updatedAt" = ? WHERE "householdId" = ? AND "deletedAt" IS NULL AND "id" IN (${checked.map(() => "?").join(", ")})`,
    [now, now, ctx.householdId, ...checked],
  );
}
