"use server";
import { revalidatePath } from "next/cache";
import { createApiToken, revokeApiToken } from "@/lib/auth/api-tokens";
import { requireHouseholdContext } from "@/lib/http/session";
import { formFields, toActionState } from "@/lib/http/action-result";
import type { ActionState } from "@/lib/http/action-state";
import type { TokenActionState } from "../konnectors/token-state";

/** A personal access token for the REST API (read or read-write), shown once. Owners only (createApiToken checks). */
export async function createPersonalTokenAction(_previous: TokenActionState, formData: FormData): Promise<TokenActionState> {
  const ctx = await requireHouseholdContext();
  const f = formFields(formData);
  const days = f.expiresInDays?.trim();
  try {
    const created = await createApiToken(ctx, {
      scope: f.scope === "read-write" ? "read-write" : "read",
      name: f.name?.trim() || undefined,
      expiresInDays: days ? Number(days) : undefined,
    });
    revalidatePath("/settings/api-tokens");
    return { token: created.token, savedAt: Date.now() };
  } catch (error) {
    return toActionState(error, ctx.locale, formData);
  }
}

export async function revokePersonalTokenAction(tokenId: string, _previous: ActionState): Promise<ActionState> {
  const ctx = await requireHouseholdContext();
  try {
    await revokeApiToken(ctx, tokenId);
  } catch (error) {
    return toActionState(error, ctx.locale);
  }
  revalidatePath("/settings/api-tokens");
  return { savedAt: Date.now() };
}
