"use server";
/** Household subcategories: add under a built-in parent, rename, hide/show, merge into another category. */
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { createCustomCategory, mergeCustomCategory, renameCustomCategory, setCustomCategoryHidden } from "@/lib/categorizer/categories";
import { orNotFound, requireHouseholdContext } from "@/lib/http/session";
import { formFields, toActionState } from "@/lib/http/action-result";
import type { ActionState } from "@/lib/http/action-state";
import { t, tCount } from "@/lib/i18n";

const idSchema = z.string().trim().min(1).max(64);
const namesSchema = z.object({ nameEn: z.string().max(200), nameFr: z.string().max(200) });

function refresh(): void {
  revalidatePath("/categories");
  revalidatePath("/transactions");
  revalidatePath("/rules");
}

export async function addCategoryAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const ctx = await requireHouseholdContext();
  try {
    const f = formFields(formData);
    const names = namesSchema.parse({ nameEn: f.nameEn ?? "", nameFr: f.nameFr || f.nameEn || "" });
    const color = f.color && f.color !== "#000000" ? f.color : null;
    await createCustomCategory(ctx, { ...names, parentId: idSchema.parse(f.parentId), color });
  } catch (error) {
    return toActionState(error, ctx.locale, formData);
  }
  refresh();
  return { notice: t(ctx.locale, "categories.added"), savedAt: Date.now() };
}

export async function renameCategoryAction(categoryId: string, _previous: ActionState, formData: FormData): Promise<ActionState> {
  const ctx = await requireHouseholdContext();
  try {
    const f = formFields(formData);
    await renameCustomCategory(ctx, idSchema.parse(categoryId), namesSchema.parse({ nameEn: f.nameEn ?? "", nameFr: f.nameFr ?? "" }));
  } catch (error) {
    return toActionState(error, ctx.locale, formData);
  }
  refresh();
  return { notice: t(ctx.locale, "categories.renamed"), savedAt: Date.now() };
}

export async function setCategoryHiddenAction(categoryId: string, isHidden: boolean): Promise<void> {
  const ctx = await requireHouseholdContext();
  await orNotFound(setCustomCategoryHidden(ctx, idSchema.parse(categoryId), isHidden));
  refresh();
}

export async function mergeCategoryAction(categoryId: string, _previous: ActionState, formData: FormData): Promise<ActionState> {
  const ctx = await requireHouseholdContext();
  let moved: number;
  try {
    moved = await mergeCustomCategory(ctx, idSchema.parse(categoryId), idSchema.parse(formData.get("targetId")));
  } catch (error) {
    return toActionState(error, ctx.locale);
  }
  refresh();
  return { notice: tCount(ctx.locale, "categories.merged", moved), savedAt: Date.now() };
}
