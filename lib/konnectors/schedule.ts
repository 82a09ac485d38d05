/**
 * Scheduled konnector runs. The in-process scheduler calls runDueKonnectors() periodically (every minute is
 * plenty); a konnector is due when its cron schedule (Konnector.schedule, UTC) has a tick between its last run
 * (or its creation) and now. Missed ticks collapse into one run: bills are idempotent, catching up is enough.
 * The e-invoice inbox is watched the same way: a household whose inbox holds files gets a run within a minute,
 * scheduled or not.
 */
import { Cron } from "croner";
import { toAppError } from "../errors";
import { db } from "../db/client";
import { operatorContext } from "../auth/guard";
import { isBuiltInKonnector } from "./registry";
import { householdsWithPendingInbox } from "./builtin/einvoice";
import { runKonnector, type KonnectorRunResult } from "./run";

export function isRunDue(schedule: string, since: Date, now: Date): boolean {
  try {
    const next = new Cron(schedule, { paused: true, timezone: "UTC" }).nextRun(since);
    return next !== null && next.getTime() <= now.getTime();
  } catch {
    return false; // an invalid expression never runs (configureKonnector refuses them; old rows may hold one)
  }
}

export interface ScheduledRun {
  householdId: string;
  slug: string;
  result: KonnectorRunResult | null;
  error: string | null;
}

export async function runDueKonnectors(now = new Date()): Promise<ScheduledRun[]> {
  const rows = await db().konnector.findMany({ where: { schedule: { not: null } }, orderBy: { createdAt: "asc" } });
  const runs: ScheduledRun[] = [];
  for (const row of rows) {
    if (!row.schedule || !isBuiltInKonnector(row.slug) || !isRunDue(row.schedule, row.lastRunAt ?? row.createdAt, now)) continue;
    try {
      const result = await runKonnector(operatorContext(row.householdId), row.slug, { includeScheduledSources: true });
      runs.push({ householdId: row.householdId, slug: row.slug, result, error: null });
    } catch (error) {
      runs.push({ householdId: row.householdId, slug: row.slug, result: null, error: toAppError(error).message });
    }
  }
  const alreadyRead = new Set(runs.filter((r) => r.slug === "einvoice").map((r) => r.householdId));
  const waiting = householdsWithPendingInbox().filter((id) => !alreadyRead.has(id));
  const known = new Set((await db().household.findMany({ where: { id: { in: waiting } }, select: { id: true } })).map((h) => h.id));
  for (const householdId of waiting.filter((id) => known.has(id))) {
    try {
      const result = await runKonnector(operatorContext(householdId), "einvoice", { includeScheduledSources: true });
      runs.push({ householdId, slug: "einvoice", result, error: null });
    } catch (error) {
      runs.push({ householdId, slug: "einvoice", result: null, error: toAppError(error).message });
    }
  }
  return runs;
}
