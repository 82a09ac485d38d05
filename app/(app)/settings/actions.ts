"use server";
import { revalidatePath } from "next/cache";
import { updateHouseholdSettings } from "@/lib/households/settings";
import { addMember, changeMemberRole, removeMember } from "@/lib/households/members";
import type { Role } from "@/lib/auth/roles";
import { requireHouseholdContext } from "@/lib/http/session";
import { formFields, toActionState } from "@/lib/http/action-result";
import type { ActionState } from "@/lib/http/action-state";
import { t, translator } from "@/lib/i18n";

export async function updateHouseholdAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const ctx = await requireHouseholdContext();
  const f = formFields(formData);
  try {
    const saved = await updateHouseholdSettings(ctx, { name: f.name ?? "", locale: (f.locale ?? "") as "en" | "fr", currency: f.currency ?? "" });
    revalidatePath("/", "layout");
    return { notice: t(saved.locale, "settings.saved"), savedAt: Date.now() };
  } catch (error) {
    return toActionState(error, ctx.locale, formData);
  }
}

export async function addMemberAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const ctx = await requireHouseholdContext();
  const f = formFields(formData);
  try {
    await addMember(ctx, { email: f.email ?? "", password: f.password, role: (f.role ?? "") as Role });
    revalidatePath("/settings");
    return { notice: translator(ctx.locale)("settings.saved"), savedAt: Date.now() };
  } catch (error) {
    return toActionState(error, ctx.locale, formData);
  }
}

export async function changeRoleAction(membershipId: string, _previous: ActionState, formData: FormData): Promise<ActionState> {
  const ctx = await requireHouseholdContext();
  try {
    await changeMemberRole(ctx, membershipId, String(formData.get("role") ?? "") as Role);
    revalidatePath("/settings");
    return { savedAt: Date.now() };
  } catch (error) {
    return toActionState(error, ctx.locale, formData);
  }
}

export async function removeMemberAction(membershipId: string, _previous: ActionState): Promise<ActionState> {
  const ctx = await requireHouseholdContext();
  try {
    await removeMember(ctx, membershipId);
    revalidatePath("/settings");
    return { savedAt: Date.now() };
  } catch (error) {
    return toActionState(error, ctx.locale);
  }
}
