/**
 * Household categories at the database edge: list the tree, add / rename / hide / merge custom
 * subcategories. Merging rewrites the household's transactions and rules that used the old id in bulk and
 * keeps the old row as a tombstone (mergedInto), so anything still holding the id resolves to the target.
 */
import { raw, newId } from "../db/raw";
import { requirePermission, type HouseholdContext } from "../auth/guard";
import { buildCategoryTree, type CategoryNode } from "./tree";
import { checkHide, checkMerge, checkNewCustomCategory, checkRename, type CustomCategoryNames } from "./tree/custom";
import { selectCustomCategories, selectRuleRows, ruleFromRow } from "./db/rows";

export async function listCategoryTree(ctx: HouseholdContext): Promise<CategoryNode[]> {
  return buildCategoryTree(await selectCustomCategories(raw(), ctx.householdId));
}

export async function createCustomCategory(ctx: HouseholdContext, input: CustomCategoryNames & { parentId: string; color?: string | null }): Promise<string> {
  requirePermission(ctx, "write");
  return raw().transaction(async (tx) => {
    const checked = checkNewCustomCategory(input, await selectCustomCategories(tx, ctx.householdId));
    const id = `c_${newId()}`;
    await tx.insertMany("Category", ["id", "householdId", "parentId", "nameEn", "nameFr", "color", "isHidden", "createdAt"], [
      [id, ctx.householdId, checked.parentId, checked.nameEn, checked.nameFr, checked.color, false, new Date()],
    ]);
    return id;
  });
}

export async function renameCustomCategory(ctx: HouseholdContext, id: string, names: CustomCategoryNames): Promise<void> {
  requirePermission(ctx, "write");
  await raw().transaction(async (tx) => {
    const checked = checkRename(id, names, await selectCustomCategories(tx, ctx.householdId));
    await tx.run(`UPDATE "Category" SET "nameEn" = ?, "nameFr" = ? WHERE "id" = ? AND "householdId" = ?`, [checked.nameEn, checked.nameFr, id, ctx.householdId]);
  });
}

export async function setCustomCategoryHidden(ctx: HouseholdContext, id: string, isHidden: boolean): Promise<void> {
  requirePermission(ctx, "write");
  await raw().transaction(async (tx) => {
    checkHide(id, await selectCustomCategories(tx, ctx.householdId));
    await tx.run(`UPDATE "Category" SET "isHidden" = ? WHERE "id" = ? AND "householdId" = ?`, [isHidden, id, ctx.householdId]);
  });
}

/** Returns how many transactions moved to the target category. */
export async function mergeCustomCategory(ctx: HouseholdContext, sourceId: string, targetId: string): Promise<number> {
  requirePermission(ctx, "write");
  return raw().transaction(async (tx) => {
    const custom = await selectCustomCategories(tx, ctx.householdId);
    checkMerge(sourceId, targetId, custom);
    const moved = await tx.run(`UPDATE "Transaction" SET "categoryId" = ?, "updatedAt" = ? WHERE "householdId" = ? AND "categoryId" = ?`, [targetId, new Date(), ctx.householdId, sourceId]);
    await tx.run(`UPDATE "Category" SET "mergedInto" = ?, "isHidden" = ? WHERE "id" = ? AND "householdId" = ?`, [targetId, true, sourceId, ctx.householdId]);
    // Earlier merges into the source now point at the target directly.
    await tx.run(`UPDATE "Category" SET "mergedInto" = ? WHERE "householdId" = ? AND "mergedInto" = ?`, [targetId, ctx.householdId, sourceId]);
    for (const row of await selectRuleRows(tx, ctx.householdId, false)) {
      const rule = ruleFromRow(row);
      if (!Array.isArray(rule.actions) || !rule.actions.some((a) => a.type === "setCategory" && a.categoryId === sourceId)) continue;
      const actions = rule.actions.map((a) => (a.type === "setCategory" && a.categoryId === sourceId ? { ...a, categoryId: targetId } : a));
      await tx.run(`UPDATE "Rule" SET "actions" = ?, "updatedAt" = ? WHERE "id" = ? AND "householdId" = ?`, [JSON.stringify(actions), new Date(), rule.id, ctx.householdId]);
    }
    return moved;
  });
}
