/**
 * Jobs claimed through the database, so that several app instances on one database run each one exactly once.
 * A claim is one conditional UPDATE (due, and not held by a live lease): the database serializes it, on SQLite
 * and PostgreSQL alike, and only the instance whose UPDATE changed the row runs the job. A crashed instance's
 * lease simply expires.
 */
import { raw, type RawDb } from "../db/raw";

export interface JobSpec {
  id: string;
  kind: string;
  householdId?: string | null;
}

const iso = (date: Date) => date.toISOString();

/** Creates the job row when missing (due at once); an existing row keeps its schedule. */
export async function ensureJob(spec: JobSpec, now = new Date(), db: RawDb = raw()): Promise<void> {
  await db.run(
    `INSERT INTO "Job" ("id", "kind", "householdId", "payload", "status", "runAt", "attempts", "updatedAt")
     VALUES (?, ?, ?, '{}', 'idle', ?, 0, ?) ON CONFLICT ("id") DO NOTHING`,
    [spec.id, spec.kind, spec.householdId ?? null, iso(now), iso(now)],
  );
}

/** True when this worker now holds the job until now + leaseMs. */
export async function claimJob(id: string, workerId: string, leaseMs: number, now = new Date(), db: RawDb = raw()): Promise<boolean> {
  const changed = await db.run(
    `UPDATE "Job" SET "status" = 'running', "lockedBy" = ?, "lockedUntil" = ?, "attempts" = "attempts" + 1, "updatedAt" = ?
      WHERE "id" = ? AND ("runAt" IS NULL OR "runAt" <= ?) AND ("status" <> 'running' OR "lockedUntil" IS NULL OR "lockedUntil" < ?)`,
    [workerId, iso(new Date(now.getTime() + leaseMs)), iso(now), id, iso(now), iso(now)],
  );
  return changed === 1;
}

/** Releases a job this worker holds and schedules its next run. A lease lost to another worker is left alone. */
export async function finishJob(id: string, workerId: string, outcome: { nextRunAt: Date; error?: string | null }, now = new Date(), db: RawDb = raw()): Promise<void> {
  await db.run(
    `UPDATE "Job" SET "status" = ?, "lockedBy" = NULL, "lockedUntil" = NULL, "runAt" = ?, "lastRunAt" = ?, "lastError" = ?,
            "attempts" = CASE WHEN ? THEN 0 ELSE "attempts" END, "updatedAt" = ?
      WHERE "id" = ? AND "lockedBy" = ?`,
    [outcome.error ? "failed" : "idle", iso(outcome.nextRunAt), iso(now), outcome.error?.slice(0, 2000) ?? null, !outcome.error, iso(now), id, workerId],
  );
}
