"use server";
import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { createAccount, setAccountClosed, updateAccount, type AccountInput } from "@/lib/accounts/accounts";
import { requireHouseholdContext } from "@/lib/http/session";
import { formFields, toActionState } from "@/lib/http/action-result";
import type { ActionState } from "@/lib/http/action-state";

function accountInput(formData: FormData): AccountInput {
  const f = formFields(formData);
  return { name: f.name ?? "", type: (f.type ?? "") as AccountInput["type"], currency: f.currency ?? "", iban: f.iban, number: f.number, institution: f.institution, openingBalance: f.openingBalance };
}

export async function createAccountAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const ctx = await requireHouseholdContext();
  let accountId: string;
  try {
    accountId = (await createAccount(ctx, accountInput(formData))).id;
  } catch (error) {
    return toActionState(error, ctx.locale, formData);
  }
  revalidatePath("/");
  redirect(`/accounts/${accountId}`);
}

export async function updateAccountAction(accountId: string, _previous: ActionState, formData: FormData): Promise<ActionState> {
  const ctx = await requireHouseholdContext();
  try {
    await updateAccount(ctx, accountId, accountInput(formData));
  } catch (error) {
    return toActionState(error, ctx.locale, formData);
  }
  revalidatePath("/");
  redirect(`/accounts/${accountId}`);
}

export async function setAccountClosedAction(accountId: string, isClosed: boolean): Promise<void> {
  const ctx = await requireHouseholdContext();
  await setAccountClosed(ctx, accountId, isClosed);
  revalidatePath("/");
  redirect(`/accounts/${accountId}`);
}
