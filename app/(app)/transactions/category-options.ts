/**
 * The transaction form's category picker: the same choices as everywhere else (custom categories included,
 * hidden and merged ones left out), and the value a stored id shows as (a merged category shows its target).
 */
import { resolveCategoryId, type CustomCategory } from "@/lib/categorizer/tree";
import { categoryChoices, type CategoryChoice } from "@/lib/categorizer/ui/categories";
import type { Locale } from "@/lib/i18n";

export function categoryOptions(custom: readonly CustomCategory[], locale: Locale): CategoryChoice[] {
  return categoryChoices(custom, locale);
}

export function shownCategoryId(categoryId: string, custom: readonly CustomCategory[]): string {
  return resolveCategoryId(categoryId, custom);
}
