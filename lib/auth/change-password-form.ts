/**
 * The settings page's password form: current password, new password (the sign-up rules) and its confirmation.
 * The form is checked whole before the current password is (so a typo in the confirmation costs no attempt against
 * the sign-in throttle), then lib/auth/change-password.ts does the change.
 */
import { z } from "zod";
import { passwordSchema } from "../households/schemas";
import { changePassword } from "./change-password";

export const PASSWORDS_DIFFER = "The passwords do not match.";

export const passwordChangeFormSchema = z
  .object({
    currentPassword: z.string().min(1, "Enter your current password.").max(1000),
    newPassword: passwordSchema,
    confirmPassword: z.string().max(1000),
  })
  .refine((form) => form.newPassword === form.confirmPassword, { path: ["confirmPassword"], message: PASSWORDS_DIFFER });

export type PasswordChangeForm = z.input<typeof passwordChangeFormSchema>;

export async function changePasswordFromForm(userId: string, fields: Partial<Record<keyof PasswordChangeForm, string>>, now = new Date()): Promise<void> {
  const form = passwordChangeFormSchema.parse({
    currentPassword: fields.currentPassword ?? "", newPassword: fields.newPassword ?? "", confirmPassword: fields.confirmPassword ?? "",
  });
  await changePassword(userId, { currentPassword: form.currentPassword, newPassword: form.newPassword }, now);
}
