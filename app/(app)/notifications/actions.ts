"use server";
import { revalidatePath } from "next/cache";
import { markRead } from "@/lib/notifications/list";
import { saveSettingsFromForm, saveSmtpFromForm } from "@/lib/notifications/settings-form";
import { nt } from "@/lib/notifications/messages";
import { requireHouseholdContext } from "@/lib/http/session";
import { formFields, toActionState } from "@/lib/http/action-result";
import type { ActionState } from "@/lib/http/action-state";

function refresh() {
  revalidatePath("/notifications");
  revalidatePath("/", "layout");
}

export async function markReadAction(notificationId: string | null): Promise<void> {
  const ctx = await requireHouseholdContext();
  await markRead(ctx, notificationId ?? undefined);
  refresh();
}

export async function saveSettingsAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const ctx = await requireHouseholdContext();
  try {
    await saveSettingsFromForm(ctx, formFields(formData));
  } catch (error) {
    return toActionState(error, ctx.locale, formData);
  }
  refresh();
  return { notice: nt(ctx.locale, "settingsSaved"), savedAt: Date.now() };
}

export async function saveSmtpAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const ctx = await requireHouseholdContext();
  try {
    await saveSmtpFromForm(ctx, formFields(formData));
  } catch (error) {
    return toActionState(error, ctx.locale, formData);
  }
  refresh();
  return { notice: nt(ctx.locale, "smtpSaved"), savedAt: Date.now() };
}
