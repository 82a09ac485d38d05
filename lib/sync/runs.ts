/** The recent sync runs of a connection (status, window, counts, error in plain words). */
import { db } from "../db/client";
import type { HouseholdContext } from "../auth/guard";
import { findConnection } from "../connections/store";

export interface SyncRunView {
  id: string;
  status: string;
  since: string | null;
  until: string | null;
  countNew: number;
  countUpdated: number;
  countPending: number;
  error: string | null;
  errorCode: string | null;
  startedAt: string;
  finishedAt: string | null;
}

export async function listSyncRuns(ctx: HouseholdContext, connectionId: string, limit = 10): Promise<SyncRunView[]> {
  const connection = await findConnection(ctx, connectionId);
  const runs = await db().syncRun.findMany({ where: { connectionId: connection.id, householdId: ctx.householdId }, orderBy: { startedAt: "desc" }, take: limit });
  return runs.map((r) => ({
    id: r.id, status: r.status, since: r.since, until: r.until, countNew: r.countNew, countUpdated: r.countUpdated, countPending: r.countPending,
    error: r.error, errorCode: r.errorCode, startedAt: r.startedAt.toISOString(), finishedAt: r.finishedAt?.toISOString() ?? null,
  }));
}
