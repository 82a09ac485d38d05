/** Budgets: one monthly amount per category (and its subcategories), optional rollover. */
import { z } from "zod";
import { db } from "../db/client";
import { AppError } from "../errors";
import { requirePermission, type HouseholdContext } from "../auth/guard";
import { amountFieldToMinor } from "../accounts/accounts";
import { currencySchema } from "../households/schemas";
import { isKnownCategory } from "../categorizer/tree";
import { selectCustomCategories } from "../categorizer/db/rows";
import { raw } from "../db/raw";

export const budgetInputSchema = z.object({
  categoryId: z.string().trim().min(1, "Choose a category."),
  amount: z.string().trim().min(1, "Give the monthly amount."),
  currency: currencySchema,
  rollover: z.string().optional().transform((v) => v === "on" || v === "1" || v === "true"),
  startMonth: z.string().trim().optional().transform((v) => v || null).refine((v) => v === null || /^\d{4}-(0[1-9]|1[0-2])$/.test(v), "Start month: YYYY-MM."),
});
export type BudgetInput = z.input<typeof budgetInputSchema>;

export interface BudgetRow {
  id: string;
  categoryId: string;
  amountMinor: bigint;
  currency: string;
  isRollover: boolean;
  startMonth: string;
}

/** A budget without a start month counts from the month it was created. */
function toBudgetRow(b: { id: string; categoryId: string; amountMinor: bigint; currency: string; rollover: boolean; startMonth: string | null; createdAt: Date }): BudgetRow {
  return { id: b.id, categoryId: b.categoryId, amountMinor: b.amountMinor, currency: b.currency, isRollover: b.rollover, startMonth: b.startMonth ?? b.createdAt.toISOString().slice(0, 7) };
}

export async function listBudgets(ctx: HouseholdContext): Promise<BudgetRow[]> {
  const rows = await db().budget.findMany({ where: { householdId: ctx.householdId }, orderBy: { categoryId: "asc" } });
  return rows.map(toBudgetRow);
}

async function parseBudget(ctx: HouseholdContext, input: BudgetInput) {
  const data = budgetInputSchema.parse(input);
  const custom = await selectCustomCategories(raw(), ctx.householdId);
  if (!isKnownCategory(data.categoryId, custom) || data.categoryId === "0") {
    throw new AppError("INVALID_INPUT", "categoryId: Unknown category.", { details: { fields: [{ field: "categoryId", message: "Unknown category." }] } });
  }
  const amountMinor = amountFieldToMinor(data.amount, data.currency, "amount");
  if (amountMinor <= 0n) throw new AppError("INVALID_INPUT", "amount: A budget is a positive amount.", { details: { fields: [{ field: "amount", message: "A budget is a positive amount." }] } });
  return { categoryId: data.categoryId, amountMinor, currency: data.currency, rollover: data.rollover, startMonth: data.startMonth };
}

export async function createBudget(ctx: HouseholdContext, input: BudgetInput): Promise<BudgetRow> {
  requirePermission(ctx, "write");
  const data = await parseBudget(ctx, input);
  const existing = await db().budget.findFirst({ where: { householdId: ctx.householdId, categoryId: data.categoryId } });
  if (existing) throw new AppError("CONFLICT", "This category already has a budget: edit it instead.");
  return toBudgetRow(await db().budget.create({ data: { householdId: ctx.householdId, ...data } }));
}

export async function updateBudget(ctx: HouseholdContext, budgetId: string, input: BudgetInput): Promise<BudgetRow> {
  requirePermission(ctx, "write");
  const data = await parseBudget(ctx, input);
  const existing = await db().budget.findFirst({ where: { id: budgetId, householdId: ctx.householdId } });
  if (!existing) throw new AppError("NOT_FOUND", "Budget not found");
  const clash = await db().budget.findFirst({ where: { householdId: ctx.householdId, categoryId: data.categoryId, NOT: { id: budgetId } } });
  if (clash) throw new AppError("CONFLICT", "This category already has a budget: edit it instead.");
  return toBudgetRow(await db().budget.update({ where: { id: existing.id }, data }));
}

export async function deleteBudget(ctx: HouseholdContext, budgetId: string): Promise<void> {
  requirePermission(ctx, "write");
  const { count } = await db().budget.deleteMany({ where: { id: budgetId, householdId: ctx.householdId } });
  if (!count) throw new AppError("NOT_FOUND", "Budget not found");
}
