/**
 * Failing bank syncs and konnectors: one alert per failure episode. The dedupKey carries the last success, so
 * the same outage retried every few minutes alerts once, and a new outage after a success alerts again.
 */
import { raw } from "../../db/raw";
import type { Alert } from "../alert";
import { nt } from "../messages";
import { isoOf, type EvalInput } from "./input";

export async function syncFailureAlerts(input: EvalInput): Promise<Alert[]> {
  const rows = await raw().all<{ id: string; name: string; status: string; lastError: string | null; lastSuccessAt: unknown }>(
    `SELECT "id", "name", "status", "lastError", "lastSuccessAt" FROM "Connection" WHERE "householdId" = ? AND "status" IN ('error', 'reauth_required')`,
    [input.householdId],
  );
  return rows.map((c) => {
    const vars = { name: c.name, error: c.lastError ?? c.status };
    return {
      kind: "sync_failed" as const, userId: input.userId, dedupKey: `sync_failed:${input.userId}:${c.id}:${isoOf(c.lastSuccessAt)}`,
      title: nt(input.locale, "sync_failed.title", vars), body: nt(input.locale, "sync_failed.body", vars), data: { connectionId: c.id, status: c.status },
    };
  });
}

export async function konnectorFailureAlerts(input: EvalInput): Promise<Alert[]> {
  const rows = await raw().all<{ id: string; name: string; lastError: string; lastSuccess: unknown }>(
    `SELECT k."id", k."name", k."lastError",
            (SELECT MAX(r."startedAt") FROM "KonnectorRun" r WHERE r."konnectorId" = k."id" AND r."status" = 'succeeded') AS "lastSuccess"
       FROM "Konnector" k WHERE k."householdId" = ? AND k."lastError" IS NOT NULL AND k."lastError" <> ''`,
    [input.householdId],
  );
  return rows.map((k) => {
    const vars = { name: k.name, error: k.lastError };
    return {
      kind: "konnector_failed" as const, userId: input.userId, dedupKey: `konnector_failed:${input.userId}:${k.id}:${isoOf(k.lastSuccess)}`,
      title: nt(input.locale, "konnector_failed.title", vars), body: nt(input.locale, "konnector_failed.body", vars), data: { konnectorId: k.id },
    };
  });
}
