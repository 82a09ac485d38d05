/** The category picker's options (built-in tree, depth-first) in the household locale. */
import { buildCategoryTree, flattenCategoryTree } from "@/lib/categorizer/tree";
import type { Locale } from "@/lib/i18n";
import type { CategoryOption } from "./transaction-form";

export function categoryOptions(locale: Locale): CategoryOption[] {
  return flattenCategoryTree(buildCategoryTree()).map(({ node, depth }) => ({ id: node.id, name: locale === "fr" ? node.nameFr : node.nameEn, depth }));
}
