import { describe, expect, it } from "vitest";
import { useTestDb } from "../../helpers/db";
import { openRaw } from "../../../lib/db/raw";
import { claimJob, ensureJob, finishJob } from "../../../lib/jobs/claim";
import { tick, type PeriodicTask } from "../../../lib/jobs/scheduler";

const testDb = useTestDb();

describe("jobs claimed through the database", () => {
  it("lets exactly one of two instances claim a due job, even when they race", async () => {
    const instanceA = openRaw(testDb.url), instanceB = openRaw(testDb.url);
    try {
      const now = new Date("2026-01-01T10:00:00Z");
      await ensureJob({ id: "race:1", kind: "race" }, now, instanceA);
      const claims = await Promise.all(Array.from({ length: 10 }, (_, i) => claimJob("race:1", `worker-${i}`, 60_000, now, i % 2 ? instanceA : instanceB)));
      expect(claims.filter(Boolean)).toHaveLength(1);
    } finally {
      await instanceA.close();
      await instanceB.close();
    }
  });

  it("does not run a job before it is due, and takes over a lease that expired (a crashed instance)", async () => {
    const t0 = new Date("2026-01-01T10:00:00Z");
    await ensureJob({ id: "lease:1", kind: "lease" }, t0);
    expect(await claimJob("lease:1", "crashed", 60_000, t0)).toBe(true);
    expect(await claimJob("lease:1", "other", 60_000, new Date(t0.getTime() + 30_000))).toBe(false);
    expect(await claimJob("lease:1", "other", 60_000, new Date(t0.getTime() + 61_000))).toBe(true);
    await finishJob("lease:1", "crashed", { nextRunAt: t0 }, t0); // the old holder's late finish changes nothing
    await finishJob("lease:1", "other", { nextRunAt: new Date(t0.getTime() + 3_600_000) }, t0);
    expect(await claimJob("lease:1", "third", 60_000, new Date(t0.getTime() + 120_000))).toBe(false);
    expect(await claimJob("lease:1", "third", 60_000, new Date(t0.getTime() + 3_600_001))).toBe(true);
  });

  it("runs each periodic task once per period across two schedulers, and records failures without stopping others", async () => {
    let runs = 0;
    const tasks: PeriodicTask[] = [
      { id: "count:1", everyMs: 3_600_000, leaseMs: 60_000, run: async () => { runs++; } },
      { id: "fail:1", everyMs: 3_600_000, leaseMs: 60_000, run: async () => { throw new Error("provider down"); } },
    ];
    const [a, b] = await Promise.all([tick(tasks, "instance-a"), tick(tasks, "instance-b")]);
    expect(runs).toBe(1);
    expect([...a, ...b].filter((r) => r.taskId === "fail:1" && r.ran).map((r) => r.error)).toEqual(["provider down"]);
    await tick(tasks, "instance-a");
    expect(runs).toBe(1);
    const [job] = await testDb.raw.all<{ status: string; lastError: string }>(`SELECT "status", "lastError" FROM "Job" WHERE "id" = ?`, ["fail:1"]);
    expect(job).toEqual({ status: "failed", lastError: "provider down" });
  });
});
