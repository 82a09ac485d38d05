import { describe, expect, it } from "vitest";
import { useTestDb } from "../../helpers/db";
import { createCustomCategory, listCategoryTree, mergeCustomCategory, renameCustomCategory, setCustomCategoryHidden } from "../../../lib/categorizer/categories";
import { listRules, recordCorrection, saveRule } from "../../../lib/categorizer/store";
import { categoryChoices, labelCategory, loadCustomCategories } from "../../../lib/categorizer/ui/categories";
import { addTransactions, seedHousehold } from "./helpers";

const testDb = useTestDb();
const fetch = (id: string) => testDb.prisma.transaction.findUniqueOrThrow({ where: { id } });
const names = (en: string, fr: string) => ({ nameEn: en, nameFr: fr });

describe("categories page: custom subcategories", () => {
  it("adds a subcategory under a built-in parent, offered in pickers (en/fr) with the family colour; rename changes both names", async () => {
    const seeded = await seedHousehold(testDb);
    const id = await createCustomCategory(seeded.ctx, { ...names("Bakery", "Boulangerie"), parentId: "400110" });
    const custom = await loadCustomCategories(seeded.ctx);
    const choice = categoryChoices(custom, "fr").find((c) => c.id === id);
    const parent = categoryChoices(custom, "fr").find((c) => c.id === "400110");
    expect(choice).toMatchObject({ name: "Boulangerie", depth: parent!.depth + 1, color: parent!.color });
    expect(labelCategory(id, custom, "en")).toEqual({ name: "Bakery", color: parent!.color });
    await renameCustomCategory(seeded.ctx, id, names("Bakeries", "Boulangeries"));
    expect(categoryChoices(await loadCustomCategories(seeded.ctx), "en").find((c) => c.id === id)!.name).toBe("Bakeries");
    await expect(createCustomCategory(seeded.ctx, { ...names("Bakeries", "Autre"), parentId: "400110" })).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(createCustomCategory(seeded.ctx, { ...names("X", "X"), parentId: id })).rejects.toMatchObject({ code: "INVALID_INPUT" });
    await expect(createCustomCategory(seeded.ctx, { ...names(" ", "X"), parentId: "400110" })).rejects.toMatchObject({ code: "INVALID_INPUT" });
    // A custom category is usable for a manual correction.
    const [tx] = await addTransactions(testDb, seeded, [["CB PAUL", -350n]]);
    await recordCorrection(seeded.ctx, [tx!], id);
    expect((await fetch(tx!)).categoryId).toBe(id);
  });

  it("hides a subcategory from pickers (the tree still lists it) and shows it again", async () => {
    const seeded = await seedHousehold(testDb);
    const id = await createCustomCategory(seeded.ctx, { ...names("Old car", "Ancienne voiture"), parentId: "400200", color: "#123456" });
    await setCustomCategoryHidden(seeded.ctx, id, true);
    expect(categoryChoices(await loadCustomCategories(seeded.ctx), "en").some((c) => c.id === id)).toBe(false);
    const family = (await listCategoryTree(seeded.ctx)).flatMap(function all(n): typeof n[] { return [n, ...n.children.flatMap(all)]; });
    expect(family.find((n) => n.id === id)).toMatchObject({ isHidden: true, color: "#123456", isBuiltIn: false });
    await setCustomCategoryHidden(seeded.ctx, id, false);
    expect(categoryChoices(await loadCustomCategories(seeded.ctx), "en").some((c) => c.id === id)).toBe(true);
  });

  it("merges a subcategory into another: transactions move (manual ones stay manual), rules follow, the old id resolves to the target", async () => {
    const seeded = await seedHousehold(testDb);
    const source = await createCustomCategory(seeded.ctx, { ...names("Coffee", "Café"), parentId: "400100" });
    const [manual, auto, untouched] = await addTransactions(testDb, seeded, [["CB COLUMBUS CAFE", -450n], ["CB STARBUCKS", -500n], ["CB LIDL", -900n]]);
    await recordCorrection(seeded.ctx, [manual!], source);
    await testDb.prisma.transaction.update({ where: { id: auto! }, data: { categoryId: source, categorySource: "rule" } });
    const ruleId = await saveRule(seeded.ctx, { name: "Coffee", conditions: [{ field: "label", op: "contains", value: "cafe" }], actions: [{ type: "setCategory", categoryId: source }] });
    expect(await mergeCustomCategory(seeded.ctx, source, "400160")).toBe(2);
    expect(await fetch(manual!)).toMatchObject({ categoryId: "400160", categorySource: "manual" });
    expect(await fetch(auto!)).toMatchObject({ categoryId: "400160", categorySource: "rule" });
    expect((await fetch(untouched!)).categoryId).not.toBe("400160");
    expect((await listRules(seeded.ctx)).find((r) => r.id === ruleId)!.actions).toEqual([{ type: "setCategory", categoryId: "400160" }]);
    const custom = await loadCustomCategories(seeded.ctx);
    expect(categoryChoices(custom, "en").some((c) => c.id === source)).toBe(false);
    expect(labelCategory(source, custom, "en").name).toBe("Snacks and work meals");
    await expect(mergeCustomCategory(seeded.ctx, source, "400160")).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("refuses other households' categories (404) and viewers (403), changing nothing", async () => {
    const seeded = await seedHousehold(testDb);
    const other = await seedHousehold(testDb);
    const id = await createCustomCategory(seeded.ctx, { ...names("Mine", "La mienne"), parentId: "400100" });
    const theirs = await createCustomCategory(other.ctx, { ...names("Theirs", "La leur"), parentId: "400100" });
    await expect(renameCustomCategory(other.ctx, id, names("Stolen", "Volée"))).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(setCustomCategoryHidden(other.ctx, id, true)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(mergeCustomCategory(other.ctx, id, "400110")).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(mergeCustomCategory(seeded.ctx, id, theirs)).rejects.toMatchObject({ code: "INVALID_INPUT" });
    const [tx] = await addTransactions(testDb, seeded, [["CB PAUL", -350n]]);
    await expect(recordCorrection(seeded.ctx, [tx!], theirs)).rejects.toMatchObject({ code: "INVALID_INPUT" });
    for (const attempt of [
      createCustomCategory(seeded.viewer, { ...names("V", "V"), parentId: "400100" }),
      renameCustomCategory(seeded.viewer, id, names("V", "V")),
      setCustomCategoryHidden(seeded.viewer, id, true),
      mergeCustomCategory(seeded.viewer, id, "400110"),
    ]) await expect(attempt).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect((await loadCustomCategories(seeded.ctx)).map((c) => [c.nameEn, c.isHidden, c.mergedInto])).toEqual([["Mine", false, null]]);
    expect(categoryChoices(await loadCustomCategories(seeded.ctx), "en").some((c) => c.id === theirs)).toBe(false);
  });
});
