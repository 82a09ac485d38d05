/** Saving a member's settings and the owner's SMTP server from form fields (strings), validated with zod. */
import { z } from "zod";
import { requirePermission, type HouseholdContext } from "../auth/guard";
import { encryptSecret } from "../crypto/secrets";
import { AppError } from "../errors";
import { NOTIFICATION_KINDS, smtpSchema, userSettingsSchema, type KindSettings } from "./kinds";
import { loadUserSettings, saveUserSettings } from "./store";
import { checkWebhookUrl } from "./webhook";

function invalid(issues: readonly z.core.$ZodIssue[], prefix = ""): AppError {
  return new AppError("INVALID_INPUT", "Invalid notification settings", {
    details: { fields: issues.map((i) => ({ field: `${prefix}${i.path.join(".")}`, message: i.message })) },
  });
}

function userOf(ctx: HouseholdContext): string {
  if (!ctx.userId) throw new AppError("FORBIDDEN", "Notification settings belong to a signed-in user");
  return ctx.userId;
}

/** Fields: `<kind>.inApp|email|webhook` ("on"), `<kind>.threshold`, `late_reimbursement.days`, `email`, `webhookUrl`, `webhookSecret`. */
export async function saveSettingsFromForm(ctx: HouseholdContext, fields: Record<string, string>): Promise<void> {
  const userId = userOf(ctx);
  const current = await loadUserSettings(ctx.householdId, userId);
  const kinds: Record<string, KindSettings> = {};
  for (const kind of NOTIFICATION_KINDS) {
    const threshold = fields[`${kind}.threshold`]?.trim();
    const days = fields[`${kind}.days`]?.trim();
    kinds[kind] = {
      inApp: fields[`${kind}.inApp`] === "on", email: fields[`${kind}.email`] === "on", webhook: fields[`${kind}.webhook`] === "on",
      ...(threshold ? { threshold } : {}), ...(days ? { days: Number(days) } : {}),
    };
  }
  const url = fields.webhookUrl?.trim() ?? "";
  if (url) {
    try {
      checkWebhookUrl(url);
    } catch (error) {
      throw new AppError("INVALID_INPUT", "Invalid notification settings", { details: { fields: [{ field: "webhookUrl", message: (error as Error).message }] }, cause: error });
    }
  }
  const secret = fields.webhookSecret?.trim();
  const parsed = userSettingsSchema.safeParse({
    ...current,
    kinds,
    email: { address: fields.email?.trim() || undefined },
    webhook: { url: url || undefined, secretSealed: secret ? encryptSecret(secret) : current.webhook.secretSealed },
  });
  if (!parsed.success) throw invalid(parsed.error.issues, "");
  await saveUserSettings(ctx.householdId, userId, parsed.data);
}

/** Fields: host, port, secure ("on"), user, password (empty keeps the stored one), from. Owner only. */
export async function saveSmtpFromForm(ctx: HouseholdContext, fields: Record<string, string>): Promise<void> {
  requirePermission(ctx, "manage");
  const userId = userOf(ctx);
  const current = await loadUserSettings(ctx.householdId, userId);
  const password = fields.password ?? "";
  const parsed = smtpSchema.safeParse({
    host: fields.host ?? "", port: Number(fields.port || "587"), secure: fields.secure === "on", user: fields.user?.trim() || undefined,
    passwordSealed: password ? encryptSecret(password) : current.smtp?.passwordSealed, from: fields.from ?? "",
  });
  if (!parsed.success) throw invalid(parsed.error.issues);
  await saveUserSettings(ctx.householdId, userId, { ...current, smtp: parsed.data });
}
