import { describe, expect, it } from "vitest";
import { useTestDb } from "../../helpers/db";
import { newId } from "../../../lib/db/raw";
import { operatorContext } from "../../../lib/auth/guard";
import { createCustomCategory, listCategoryTree, mergeCustomCategory, renameCustomCategory, setCustomCategoryHidden } from "../../../lib/categorizer/categories";
import { loadCategorizer, recordCorrection, saveRule } from "../../../lib/categorizer/store";
import { flattenCategoryTree } from "../../../lib/categorizer/tree";

const testDb = useTestDb();

describe("custom categories", () => {
  it("adds, renames, hides and merges a subcategory; merging moves transactions and rules", async () => {
    const h = await testDb.prisma.household.create({ data: { name: "Cats" } });
    const account = await testDb.prisma.account.create({ data: { householdId: h.id, name: "Main", type: "checking", currency: "EUR" } });
    const ctx = operatorContext(h.id);
    const bakery = await createCustomCategory(ctx, { parentId: "400100", nameEn: "Bakery", nameFr: "Boulangerie", color: "#aa5500" });
    await renameCustomCategory(ctx, bakery, { nameEn: "Bread", nameFr: "Pain" });
    await setCustomCategoryHidden(ctx, bakery, true);
    const node = flattenCategoryTree(await listCategoryTree(ctx)).find((f) => f.node.id === bakery)!;
    expect(node).toMatchObject({ depth: 1, node: { nameEn: "Bread", isHidden: true, color: "#aa5500", parentId: "400100" } });

    const txId = newId();
    const now = new Date();
    await testDb.raw.insertMany("Transaction", ["id", "householdId", "accountId", "date", "amountMinor", "currency", "rawLabel", "label", "createdAt", "updatedAt"], [[txId, h.id, account.id, "2024-03-01", -300n, "EUR", "CB MAISON GOSSELIN", "Maison Gosselin", now, now]]);
    await recordCorrection(ctx, [txId], bakery);
    const ruleId = await saveRule(ctx, { name: "Gosselin", conditions: [{ field: "label", op: "contains", value: "gosselin" }], actions: [{ type: "setCategory", categoryId: bakery }] });

    expect(await mergeCustomCategory(ctx, bakery, "400110")).toBe(1);
    expect((await testDb.prisma.transaction.findUniqueOrThrow({ where: { id: txId } })).categoryId).toBe("400110");
    expect(JSON.parse((await testDb.prisma.rule.findUniqueOrThrow({ where: { id: ruleId } })).actions)).toEqual([{ type: "setCategory", categoryId: "400110" }]);
    expect(flattenCategoryTree(await listCategoryTree(ctx)).some((f) => f.node.id === bakery)).toBe(false);
    // The model still knows the old id; the loaded categorizer answers the merge target.
    await testDb.prisma.rule.update({ where: { id: ruleId }, data: { isEnabled: false } });
    const categorizer = await loadCategorizer(h.id);
    expect(categorizer.categorize({ rawLabel: "CB MAISON GOSSELIN 09/03", amountMinor: -300n, currency: "EUR", date: "2024-03-09", accountId: account.id, bankCategory: null }).categoryId).toBe("400110");
    await expect(recordCorrection(ctx, [txId], bakery)).rejects.toMatchObject({ code: "INVALID_INPUT" });
    await expect(createCustomCategory({ ...ctx, role: "viewer" }, { parentId: "400100", nameEn: "X", nameFr: "X" })).rejects.toMatchObject({ code: "FORBIDDEN" });
    const other = operatorContext((await testDb.prisma.household.create({ data: { name: "Other" } })).id);
    await expect(renameCustomCategory(other, bakery, { nameEn: "Y", nameFr: "Y" })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
