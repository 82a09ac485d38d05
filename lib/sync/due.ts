/**
 * Scheduled syncs ("sync:due" periodic task): every connection whose last attempt is older than its interval
 * (default 6 h, plus a per-connection jitter so a household's banks are not all asked at the same minute), not
 * paused by a rate limit, not waiting for the user. One failing connection never blocks the others.
 */
import crypto from "node:crypto";
import { db } from "../db/client";
import { operatorContext } from "../auth/guard";
import { toAppError } from "../errors";
import { intervalHoursOf, parseSettings } from "../connections/store";
import { syncConnection } from "./run";

const HOUR_MS = 3_600_000;
/** Up to this share of the interval is added, fixed per connection. */
const JITTER_SHARE = 0.1;

export function jitterMs(connectionId: string, intervalMs: number): number {
  const fraction = crypto.createHash("sha256").update(connectionId).digest().readUInt32BE(0) / 0x1_0000_0000;
  return Math.floor(fraction * intervalMs * JITTER_SHARE);
}

export interface DueCandidate {
  id: string;
  status: string;
  settings: string;
  lastSyncAt: Date | null;
}

/** Pure: is this connection due at `now`? */
export function isDue(connection: DueCandidate, now: Date): boolean {
  if (connection.status !== "active" && connection.status !== "error") return false;
  const settings = parseSettings(connection);
  if (settings.isMapped !== "1") return false;
  if (settings.retryAfter && Date.parse(settings.retryAfter) > now.getTime()) return false;
  if (!connection.lastSyncAt) return true;
  const intervalMs = intervalHoursOf(settings) * HOUR_MS;
  return connection.lastSyncAt.getTime() + intervalMs + jitterMs(connection.id, intervalMs) <= now.getTime();
}

export interface DueResult {
  connectionId: string;
  ok: boolean;
  error: string | null;
}

const CONSENT_ENDED = "Your consent to share this bank's data has expired: authorize the connection again.";

export async function syncDueConnections(now = () => new Date()): Promise<DueResult[]> {
  // A consent known to have ended needs the user, not another refused request to the provider.
  await db().connection.updateMany({
    where: { status: { in: ["active", "error"] }, consentExpiresAt: { lte: now() } },
    data: { status: "reauth_required", lastError: CONSENT_ENDED, lastErrorCode: "CONSENT_EXPIRED" },
  });
  const candidates = await db().connection.findMany({
    where: { status: { in: ["active", "error"] } }, select: { id: true, householdId: true, status: true, settings: true, lastSyncAt: true }, orderBy: { lastSyncAt: "asc" },
  });
  const results: DueResult[] = [];
  for (const connection of candidates.filter((c) => isDue(c, now()))) {
    try {
      await syncConnection(operatorContext(connection.householdId), connection.id, { now });
      results.push({ connectionId: connection.id, ok: true, error: null });
    } catch (error) {
      results.push({ connectionId: connection.id, ok: false, error: toAppError(error).message });
    }
  }
  return results;
}
