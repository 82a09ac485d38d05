"use server";
/** Budgets and exchange rates (both are the household's own reference figures for the dashboard). */
import { revalidatePath } from "next/cache";
import { createBudget, deleteBudget, updateBudget } from "@/lib/insights/budgets";
import { deleteRate, saveRate } from "@/lib/insights/rates";
import { requireHouseholdContext } from "@/lib/http/session";
import { formFields, toActionState } from "@/lib/http/action-result";
import type { ActionState } from "@/lib/http/action-state";

function budgetInput(formData: FormData) {
  const f = formFields(formData);
  return { categoryId: f.categoryId ?? "", amount: f.amount ?? "", currency: f.currency ?? "", rollover: f.rollover, startMonth: f.startMonth };
}

export async function createBudgetAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const ctx = await requireHouseholdContext();
  try {
    await createBudget(ctx, budgetInput(formData));
  } catch (error) {
    return toActionState(error, ctx.locale, formData);
  }
  revalidatePath("/budgets");
  return { savedAt: Date.now() };
}

export async function updateBudgetAction(budgetId: string, _previous: ActionState, formData: FormData): Promise<ActionState> {
  const ctx = await requireHouseholdContext();
  try {
    await updateBudget(ctx, budgetId, budgetInput(formData));
  } catch (error) {
    return toActionState(error, ctx.locale, formData);
  }
  revalidatePath("/budgets");
  return { savedAt: Date.now() };
}

export async function deleteBudgetAction(formData: FormData): Promise<void> {
  const ctx = await requireHouseholdContext();
  await deleteBudget(ctx, String(formData.get("budgetId") ?? ""));
  revalidatePath("/budgets");
}

export async function saveRateAction(formData: FormData): Promise<void> {
  const ctx = await requireHouseholdContext();
  const f = formFields(formData);
  await saveRate(ctx, { fromCurrency: f.fromCurrency ?? "", toCurrency: f.toCurrency ?? "", rate: f.rate ?? "" });
  revalidatePath("/");
}

export async function deleteRateAction(formData: FormData): Promise<void> {
  const ctx = await requireHouseholdContext();
  await deleteRate(ctx, String(formData.get("rateId") ?? ""));
  revalidatePath("/");
}
