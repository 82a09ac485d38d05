/** The notification kinds and the per-user settings JSON (NotificationSetting.settings), with defaults. Pure. */
import { z } from "zod";

export const NOTIFICATION_KINDS = ["low_balance", "large_transaction", "late_reimbursement", "budget_exceeded", "sync_failed", "konnector_failed"] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

const decimal = z.string().trim().regex(/^\d+(\.\d+)?$/, "Threshold must be a positive decimal like 100.00");

const kindSettings = z.object({
  inApp: z.boolean().default(true),
  email: z.boolean().default(false),
  webhook: z.boolean().default(false),
  /** low_balance: alert below this balance; large_transaction: at or above this absolute amount (account currency). */
  threshold: decimal.optional(),
  /** late_reimbursement: days without a reimbursement. */
  days: z.number().int().min(1).max(365).optional(),
});
export type KindSettings = z.infer<typeof kindSettings>;

export const DEFAULT_THRESHOLDS: Partial<Record<NotificationKind, string>> = { low_balance: "100.00", large_transaction: "500.00" };
export const DEFAULT_LATE_DAYS = 30;

export const smtpSchema = z.object({
  host: z.string().trim().min(1, "SMTP host is required"),
  port: z.number().int().min(1).max(65535),
  secure: z.boolean().default(false),
  user: z.string().trim().optional(),
  /** lib/crypto/secrets sealed password. */
  passwordSealed: z.string().optional(),
  from: z.string().trim().min(3, "Sender address is required"),
});
export type SmtpSettings = z.infer<typeof smtpSchema>;

export const userSettingsSchema = z.object({
  kinds: z.partialRecord(z.enum(NOTIFICATION_KINDS), kindSettings).default({}),
  email: z.object({ address: z.string().trim().optional() }).default({}),
  webhook: z.object({ url: z.string().trim().optional(), secretSealed: z.string().optional() }).default({}),
  /** The household's SMTP server, kept in the owner's settings (no household-level column holds it). */
  smtp: smtpSchema.optional(),
  /** createdAt (ISO) of the last notification sent by email/webhook: each is sent once. */
  deliveredUntil: z.string().optional(),
});
export type UserSettings = z.infer<typeof userSettingsSchema>;

/** Stored JSON → settings; anything unreadable falls back to the defaults rather than silencing every alert. */
export function parseUserSettings(json: string | null | undefined): UserSettings {
  let value: unknown = {};
  try {
    value = json ? JSON.parse(json) : {};
  } catch {
    value = {};
  }
  const parsed = userSettingsSchema.safeParse(value);
  return parsed.success ? parsed.data : userSettingsSchema.parse({});
}

export function kindOf(settings: UserSettings, kind: NotificationKind): KindSettings {
  const stored = settings.kinds[kind];
  return { inApp: stored?.inApp ?? true, email: stored?.email ?? false, webhook: stored?.webhook ?? false, threshold: stored?.threshold ?? DEFAULT_THRESHOLDS[kind], days: stored?.days ?? (kind === "late_reimbursement" ? DEFAULT_LATE_DAYS : undefined) };
}
