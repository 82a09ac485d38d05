/** Per-user notification settings (NotificationSetting rows) and the household's SMTP server (in the owner's). */
import { db } from "../db/client";
import { parseUserSettings, type SmtpSettings, type UserSettings } from "./kinds";

export async function loadUserSettings(householdId: string, userId: string): Promise<UserSettings> {
  const row = await db().notificationSetting.findUnique({ where: { userId_householdId: { userId, householdId } } });
  return parseUserSettings(row?.settings);
}

export async function saveUserSettings(householdId: string, userId: string, settings: UserSettings): Promise<void> {
  const json = JSON.stringify(settings);
  await db().notificationSetting.upsert({
    where: { userId_householdId: { userId, householdId } },
    create: { userId, householdId, settings: json },
    update: { settings: json },
  });
}

/** Members with their settings and email, owners first (the first owner's settings carry the SMTP server). */
export async function loadMembers(householdId: string): Promise<{ userId: string; email: string; role: string; settings: UserSettings }[]> {
  const memberships = await db().membership.findMany({ where: { householdId }, include: { user: { select: { email: true } } }, orderBy: { createdAt: "asc" } });
  const settings = await db().notificationSetting.findMany({ where: { householdId } });
  const byUser = new Map(settings.map((s) => [s.userId, s.settings]));
  return memberships
    .map((m) => ({ userId: m.userId, email: m.user.email, role: m.role, settings: parseUserSettings(byUser.get(m.userId)) }))
    .sort((a, b) => Number(b.role === "owner") - Number(a.role === "owner"));
}

export async function loadHouseholdSmtp(householdId: string): Promise<SmtpSettings | null> {
  const owner = (await loadMembers(householdId)).find((m) => m.role === "owner" && m.settings.smtp);
  return owner?.settings.smtp ?? null;
}
