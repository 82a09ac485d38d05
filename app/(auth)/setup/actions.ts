"use server";
import { completeSetup } from "@/lib/households/setup";
import { browserLocale } from "@/lib/http/session";
import { formFields, toActionState } from "@/lib/http/action-result";
import type { ActionState } from "@/lib/http/action-state";

/** Creates the first user and household. The client form then signs in with the same credentials. */
export async function setupAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const fields = formFields(formData);
  try {
    await completeSetup({
      email: fields.email ?? "", password: fields.password ?? "", name: fields.name, householdName: fields.householdName ?? "",
      locale: (fields.locale ?? "en") as "en" | "fr", currency: fields.currency ?? "",
    });
    return { savedAt: Date.now() };
  } catch (error) {
    return toActionState(error, await browserLocale(), formData);
  }
}
