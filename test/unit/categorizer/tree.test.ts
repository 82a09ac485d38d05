import { describe, expect, it } from "vitest";
import { BUILT_IN_CATEGORIES, TOP_LEVEL_COLORS, buildCategoryTree, categoryName, flattenCategoryTree, parentOfBuiltIn, resolveCategoryId, topLevelOf } from "../../../lib/categorizer/tree";
import { checkMerge, checkNewCustomCategory, checkRename } from "../../../lib/categorizer/tree/custom";

describe("built-in category tree (Cozy Banks ids, reference §3.7)", () => {
  it("has Cozy's 94 ids and 13 top-level families", () => {
    expect(BUILT_IN_CATEGORIES).toHaveLength(94);
    expect(Object.keys(TOP_LEVEL_COLORS).sort()).toEqual(["0", "200100", "400100", "400200", "400300", "400400", "400500", "400600", "400700", "400800", "400900", "401000", "600100"]);
  });
  it.each([
    ["0", null], ["100", "0"], ["200", "0"], ["300", "0"], ["200100", null], ["200110", "200100"], ["400111", "400100"], ["400112", "400100"],
    ["400205", "400200"], ["400290", "400200"], ["400850", "400800"], ["401010", "401000"], ["401080", "401000"], ["600170", "600100"],
  ])("parent of %s is %s", (id, parent) => {
    expect(parentOfBuiltIn(id)).toBe(parent);
  });
  it("names in English and French", () => {
    expect(categoryName("400110", "en")).toBe("Supermarket");
    expect(categoryName("400110", "fr")).toBe("Alimentation, supermarché");
    expect(categoryName("600110", "fr")).toBe("Virements internes");
    expect(categoryName("400850", "en")).toBe("Plane/train/boat...");
    expect(categoryName("nope", "en")).toBe("To be categorized");
  });
  it("builds the whole tree with custom children under built-in parents", () => {
    const custom = [{ id: "c1", parentId: "400100", nameEn: "Bakery", nameFr: "Boulangerie" }, { id: "c2", parentId: "400100", nameEn: "Old", nameFr: "Vieux", mergedInto: "c1" }];
    const flat = flattenCategoryTree(buildCategoryTree(custom));
    expect(flat).toHaveLength(95);
    expect(flat.find((f) => f.node.id === "c1")).toMatchObject({ depth: 1, node: { parentId: "400100", isBuiltIn: false } });
    expect(topLevelOf("c1", custom)).toBe("400100");
    expect(resolveCategoryId("c2", custom)).toBe("c1");
  });
});

describe("custom subcategories", () => {
  const custom = [{ id: "c1", parentId: "400100", nameEn: "Bakery", nameFr: "Boulangerie" }];
  it("adds under a built-in parent only, with non-empty unique names and a valid colour", () => {
    expect(checkNewCustomCategory({ parentId: "400800", nameEn: " Cafés ", nameFr: "Cafés" }, custom)).toMatchObject({ nameEn: "Cafés", parentId: "400800", color: null });
    expect(() => checkNewCustomCategory({ parentId: "c1", nameEn: "X", nameFr: "X" }, custom)).toThrow(/built-in/);
    expect(() => checkNewCustomCategory({ parentId: "400100", nameEn: "bakery", nameFr: "Autre" }, custom)).toThrow(/already exists/);
    expect(() => checkNewCustomCategory({ parentId: "400100", nameEn: "", nameFr: "X" }, custom)).toThrow(/nameEn/);
    expect(() => checkNewCustomCategory({ parentId: "400100", nameEn: "X", nameFr: "X", color: "red" }, custom)).toThrow(/color/);
  });
  it("renames and merges only the household's own live categories", () => {
    expect(checkRename("c1", { nameEn: "Bread", nameFr: "Pain" }, custom)).toEqual({ nameEn: "Bread", nameFr: "Pain" });
    expect(() => checkRename("400110", { nameEn: "X", nameFr: "X" }, custom)).toThrow(/not found/);
    expect(() => checkMerge("c1", "c1", custom)).toThrow(/itself/);
    expect(() => checkMerge("c1", "999", custom)).toThrow(/Unknown/);
    expect(() => checkMerge("c1", "400110", custom)).not.toThrow();
  });
});
