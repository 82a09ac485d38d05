/**
 * Email and webhook delivery: each member gets, once, the notifications addressed to them (or to the whole
 * household, like budget alerts) created since their delivery cursor, on the channels they enabled per kind.
 * The cursor moves past failed sends too: a dead webhook must not make every later run resend old alerts.
 */
import { decryptSecret } from "../crypto/secrets";
import { raw } from "../db/raw";
import { sendEmail } from "./email";
import { kindOf, NOTIFICATION_KINDS, type NotificationKind, type SmtpSettings, type UserSettings } from "./kinds";
import { saveUserSettings } from "./store";
import { postWebhook } from "./webhook";

export interface DeliveryResult {
  emails: number;
  webhooks: number;
  failures: string[];
}

interface Member {
  userId: string;
  email: string;
  settings: UserSettings;
}

/** First run for a user: nothing older than this is sent (no flood of history when a channel is switched on). */
const FIRST_CURSOR_MS = 24 * 3_600_000;

export async function deliverToMember(householdId: string, member: Member, smtp: SmtpSettings | null, now = new Date()): Promise<DeliveryResult> {
  const result: DeliveryResult = { emails: 0, webhooks: 0, failures: [] };
  const kinds = NOTIFICATION_KINDS.filter((k) => kindOf(member.settings, k).email || kindOf(member.settings, k).webhook);
  if (kinds.length === 0) return result;
  const cursor = member.settings.deliveredUntil ? new Date(member.settings.deliveredUntil) : new Date(now.getTime() - FIRST_CURSOR_MS);
  const rows = await raw().all<{ id: string; kind: string; title: string; body: string; data: string | null; createdAt: unknown }>(
    `SELECT "id", "kind", "title", "body", "data", "createdAt" FROM "Notification"
      WHERE "householdId" = ? AND ("userId" IS NULL OR "userId" = ?) AND "createdAt" > ?
        AND "kind" IN (${kinds.map(() => "?").join(", ")})
      ORDER BY "createdAt", "id" LIMIT 500`,
    [householdId, member.userId, cursor, ...kinds],
  );
  if (rows.length === 0) return result;
  const secret = member.settings.webhook.secretSealed ? decryptSecret<string>(member.settings.webhook.secretSealed) : null;
  for (const row of rows) {
    const setting = kindOf(member.settings, row.kind as NotificationKind);
    if (setting.email && smtp) {
      try {
        await sendEmail(smtp, { to: member.settings.email.address || member.email, subject: row.title, text: row.body });
        result.emails++;
      } catch (error) {
        result.failures.push(`email ${row.id}: ${(error as Error).message}`);
      }
    }
    if (setting.webhook && member.settings.webhook.url && secret) {
      try {
        const createdAt = row.createdAt instanceof Date ? row.createdAt.toISOString() : String(row.createdAt);
        await postWebhook(member.settings.webhook.url, secret, { id: row.id, householdId, kind: row.kind, title: row.title, body: row.body, data: row.data ? JSON.parse(row.data) : null, createdAt });
        result.webhooks++;
      } catch (error) {
        result.failures.push(`webhook ${row.id}: ${(error as Error).message}`);
      }
    }
  }
  const last = rows[rows.length - 1]!.createdAt;
  await saveUserSettings(householdId, member.userId, { ...member.settings, deliveredUntil: last instanceof Date ? last.toISOString() : String(last) });
  return result;
}
