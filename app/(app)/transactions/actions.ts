"use server";
import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { createManualTransaction, deleteTransaction, getTransaction, updateTransaction, type ManualTransactionInput } from "@/lib/transactions/manual";
import { requireHouseholdContext } from "@/lib/http/session";
import { formFields, toActionState } from "@/lib/http/action-result";
import type { ActionState } from "@/lib/http/action-state";

function transactionInput(formData: FormData): ManualTransactionInput {
  const f = formFields(formData);
  return { date: f.date ?? "", amount: f.amount ?? "", label: f.label ?? "", note: f.note, categoryId: f.categoryId || undefined };
}

export async function createTransactionAction(accountId: string, _previous: ActionState, formData: FormData): Promise<ActionState> {
  const ctx = await requireHouseholdContext();
  try {
    await createManualTransaction(ctx, accountId, transactionInput(formData));
  } catch (error) {
    return toActionState(error, ctx.locale, formData);
  }
  revalidatePath(`/accounts/${accountId}`);
  redirect(`/accounts/${accountId}`);
}

export async function updateTransactionAction(transactionId: string, _previous: ActionState, formData: FormData): Promise<ActionState> {
  const ctx = await requireHouseholdContext();
  let accountId: string;
  try {
    accountId = (await updateTransaction(ctx, transactionId, transactionInput(formData))).accountId;
  } catch (error) {
    return toActionState(error, ctx.locale, formData);
  }
  revalidatePath(`/accounts/${accountId}`);
  redirect(`/accounts/${accountId}`);
}

/** Deletes (tombstones) the transaction, then returns to its account. */
export async function deleteTransactionAction(transactionId: string): Promise<void> {
  const ctx = await requireHouseholdContext();
  const { accountId } = await getTransaction(ctx, transactionId);
  await deleteTransaction(ctx, transactionId);
  revalidatePath(`/accounts/${accountId}`);
  redirect(`/accounts/${accountId}`);
}
