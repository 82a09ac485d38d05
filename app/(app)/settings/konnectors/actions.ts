"use server";
import { revalidatePath } from "next/cache";
import { createApiToken, revokeApiToken } from "@/lib/auth/api-tokens";
import { requireHouseholdContext } from "@/lib/http/session";
import { formFields, toActionState } from "@/lib/http/action-result";
import type { ActionState } from "@/lib/http/action-state";
import type { TokenActionState } from "./token-state";

export async function createKonnectorTokenAction(_previous: TokenActionState, formData: FormData): Promise<TokenActionState> {
  const ctx = await requireHouseholdContext();
  const f = formFields(formData);
  const days = f.expiresInDays?.trim();
  try {
    const created = await createApiToken(ctx, {
      scope: "bills",
      konnector: f.konnector ?? "",
      name: f.name?.trim() || undefined,
      // A non-number reaches zod as NaN and is refused there with the field named.
      expiresInDays: days ? Number(days) : undefined,
    });
    revalidatePath("/settings/konnectors");
    return { token: created.token, konnector: created.konnector ?? "", savedAt: Date.now() };
  } catch (error) {
    return toActionState(error, ctx.locale, formData);
  }
}

export async function revokeKonnectorTokenAction(tokenId: string, _previous: ActionState): Promise<ActionState> {
  const ctx = await requireHouseholdContext();
  try {
    await revokeApiToken(ctx, tokenId);
  } catch (error) {
    return toActionState(error, ctx.locale);
  }
  revalidatePath("/settings/konnectors");
  return { savedAt: Date.now() };
}
