"use server";
/**
 * The signed-in user changes their own password. Next checks a server action's Origin itself; the same-origin check
 * of our cookie-authenticated route handlers runs too. On success this device gets a fresh session cookie (the new
 * password's credential version) while every other session of the user is refused from its next request.
 */
import { headers } from "next/headers";
import { changePasswordFromForm } from "@/lib/auth/change-password-form";
import { isAppError } from "@/lib/errors";
import { assertSameOrigin } from "@/lib/http/same-origin";
import { renewSessionCookie } from "@/lib/http/renew-session";
import { requireHouseholdContext } from "@/lib/http/session";
import { formFields, toActionState } from "@/lib/http/action-result";
import type { ActionState } from "@/lib/http/action-state";
import { t } from "@/lib/i18n";

export async function changePasswordAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const ctx = await requireHouseholdContext();
  try {
    assertSameOrigin(await headers());
    await changePasswordFromForm(ctx.userId, formFields(formData));
    await renewSessionCookie(ctx.userId);
    return { notice: t(ctx.locale, "password.changed"), savedAt: Date.now() };
  } catch (error) {
    if (isAppError(error) && error.code === "RATE_LIMITED") {
      const seconds = (error.details as { retryAfterSeconds?: number } | undefined)?.retryAfterSeconds ?? 60;
      return { error: t(ctx.locale, "signin.locked", { seconds }) };
    }
    // toActionState never echoes a field whose name contains "password".
    return toActionState(error, ctx.locale, formData);
  }
}
