/**
 * The category tree as the pages need it: picker options (hidden and merged categories left out, custom
 * subcategories included) and a lookup that names and colours any id a transaction may still carry.
 */
import { raw } from "../../db/raw";
import type { HouseholdContext } from "../../auth/guard";
import { selectCustomCategories } from "../db/rows";
import { buildCategoryTree, categoryName, colorOf, flattenCategoryTree, resolveCategoryId, type CustomCategory } from "../tree";

export type UiLocale = "en" | "fr";

export interface CategoryChoice {
  id: string;
  name: string;
  color: string;
  depth: number;
}

export interface CategoryLabel {
  name: string;
  color: string;
}

export function loadCustomCategories(ctx: HouseholdContext): Promise<CustomCategory[]> {
  return selectCustomCategories(raw(), ctx.householdId);
}

/** Depth-first options for a category <select>; a hidden category and everything under it is not offered. */
export function categoryChoices(custom: readonly CustomCategory[], locale: UiLocale): CategoryChoice[] {
  return flattenCategoryTree(buildCategoryTree(custom))
    .filter(({ node }) => !node.isHidden)
    .map(({ node, depth }) => ({ id: node.id, name: locale === "fr" ? node.nameFr : node.nameEn, color: node.color, depth }));
}

/** Name and colour of a stored id; a merged custom id shows its target. */
export function labelCategory(id: string, custom: readonly CustomCategory[], locale: UiLocale): CategoryLabel {
  const resolved = resolveCategoryId(id, custom);
  return { name: categoryName(resolved, locale, custom), color: colorOf(resolved, custom) };
}
