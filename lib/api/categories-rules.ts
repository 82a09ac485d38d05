/** Categories (the built-in Cozy tree plus the household's own) and rules through the API. */
import type { HouseholdContext } from "../auth/guard";
import { listCategoryTree, createCustomCategory, renameCustomCategory, setCustomCategoryHidden } from "../categorizer/categories";
import { deleteRule, listRules, saveRule } from "../categorizer/storeRules";
import type { CategoryNode } from "../categorizer/tree";
import { AppError } from "../errors";
import { categoryCreateSchema, categoryPatchSchema, ruleWriteSchema } from "./schemas";
import type { RuleInput } from "../categorizer/rules";

function flatten(nodes: readonly CategoryNode[]): Omit<CategoryNode, "children">[] {
  return nodes.flatMap(({ children, ...node }) => [node, ...flatten(children)]);
}

export async function listApiCategories(ctx: HouseholdContext) {
  return { data: flatten(await listCategoryTree(ctx)), nextCursor: null };
}

export async function findApiCategory(ctx: HouseholdContext, id: string) {
  const found = (await listApiCategories(ctx)).data.find((c) => c.id === id);
  if (!found) throw new AppError("NOT_FOUND", "Category not found");
  return found;
}

export async function createApiCategory(ctx: HouseholdContext, body: unknown) {
  const input = categoryCreateSchema.parse(body);
  return findApiCategory(ctx, await createCustomCategory(ctx, input));
}

export async function patchApiCategory(ctx: HouseholdContext, id: string, body: unknown) {
  const patch = categoryPatchSchema.parse(body);
  const current = await findApiCategory(ctx, id);
  if (current.isBuiltIn) throw new AppError("FORBIDDEN", "Built-in categories cannot be changed: add a subcategory instead");
  if (patch.nameEn !== undefined || patch.nameFr !== undefined) await renameCustomCategory(ctx, id, { nameEn: patch.nameEn ?? current.nameEn, nameFr: patch.nameFr ?? current.nameFr });
  if (patch.isHidden !== undefined) await setCustomCategoryHidden(ctx, id, patch.isHidden);
  return findApiCategory(ctx, id);
}

export async function listApiRules(ctx: HouseholdContext) {
  return { data: await listRules(ctx), nextCursor: null };
}

export async function getApiRule(ctx: HouseholdContext, id: string) {
  const rule = (await listRules(ctx)).find((r) => r.id === id);
  if (!rule) throw new AppError("NOT_FOUND", "Rule not found");
  return rule;
}

export async function createApiRule(ctx: HouseholdContext, body: unknown) {
  const input = ruleWriteSchema.parse(body);
  return getApiRule(ctx, await saveRule(ctx, input as Omit<RuleInput, "id">));
}

export async function patchApiRule(ctx: HouseholdContext, id: string, body: unknown) {
  const current = await getApiRule(ctx, id);
  const patch = ruleWriteSchema.partial().parse(body);
  await saveRule(ctx, { ...current, ...patch, id } as RuleInput);
  return getApiRule(ctx, id);
}

export async function deleteApiRule(ctx: HouseholdContext, id: string): Promise<void> {
  await deleteRule(ctx, id);
}
