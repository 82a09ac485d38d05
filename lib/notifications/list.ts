/** The in-app list: a member sees their own alerts and the household's, for the kinds they keep in-app. */
import type { HouseholdContext } from "../auth/guard";
import { raw } from "../db/raw";
import { kindOf, NOTIFICATION_KINDS } from "./kinds";
import { loadUserSettings } from "./store";

export interface NotificationRow {
  id: string;
  kind: string;
  title: string;
  body: string;
  createdAt: string;
  isRead: boolean;
}

async function visibleKinds(ctx: HouseholdContext): Promise<string[]> {
  if (!ctx.userId) return [...NOTIFICATION_KINDS];
  const settings = await loadUserSettings(ctx.householdId, ctx.userId);
  return NOTIFICATION_KINDS.filter((k) => kindOf(settings, k).inApp);
}

function scope(ctx: HouseholdContext, kinds: readonly string[]): { sql: string; params: string[] } {
  const kindSql = kinds.length > 0 ? `"kind" IN (${kinds.map(() => "?").join(", ")})` : "1 = 0";
  return { sql: `"householdId" = ? AND ("userId" IS NULL OR "userId" = ?) AND ${kindSql}`, params: [ctx.householdId, ctx.userId ?? "", ...kinds] };
}

export async function listNotifications(ctx: HouseholdContext, limit = 100): Promise<NotificationRow[]> {
  const { sql, params } = scope(ctx, await visibleKinds(ctx));
  const rows = await raw().all<{ id: string; kind: string; title: string; body: string; createdAt: unknown; readAt: unknown }>(
    `SELECT "id", "kind", "title", "body", "createdAt", "readAt" FROM "Notification" WHERE ${sql} ORDER BY "createdAt" DESC, "id" DESC LIMIT ?`,
    [...params, limit],
  );
  return rows.map((r) => ({ id: r.id, kind: r.kind, title: r.title, body: r.body, createdAt: r.createdAt instanceof Date ? r.createdAt.toISOString() : String(r.createdAt), isRead: r.readAt !== null }));
}

export async function countUnread(ctx: HouseholdContext): Promise<number> {
  const { sql, params } = scope(ctx, await visibleKinds(ctx));
  const [row] = await raw().all<{ n: bigint | number }>(`SELECT COUNT(*) AS "n" FROM "Notification" WHERE ${sql} AND "readAt" IS NULL`, params);
  return Number(row?.n ?? 0);
}

/** Marks one notification (or, without an id, all visible ones) read. */
export async function markRead(ctx: HouseholdContext, id?: string): Promise<number> {
  const { sql, params } = scope(ctx, NOTIFICATION_KINDS);
  return raw().run(
    `UPDATE "Notification" SET "readAt" = ? WHERE ${sql} AND "readAt" IS NULL${id ? ` AND "id" = ?` : ""}`,
    [new Date(), ...params, ...(id ? [id] : [])],
  );
}
