import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { useTestDb } from "../../helpers/db";
import { newHousehold } from "../app/households";
import { autoMapConnection, getConnection } from "../../../lib/connections";
import { syncDueConnections } from "../../../lib/sync";
import { periodicTasks } from "../../../lib/jobs/tasks";
import { simplefinHarness, gocardlessHarness, type Harness } from "./harness";

const testDb = useTestDb();

describe("scheduled syncs (sync:due)", () => {
  let simplefin: Harness;
  let gocardless: Harness;
  beforeAll(async () => {
    simplefin = await simplefinHarness(31);
    gocardless = await gocardlessHarness(32);
  });
  afterAll(async () => {
    await simplefin?.close();
    await gocardless?.close();
  });

  it("is registered as a periodic task", () => {
    expect(periodicTasks.map((t) => t.id)).toContain("sync:due");
  });

  it("syncs due connections; one failing does not block the others; a synced one is not due again", async () => {
    const a = await newHousehold("A");
    const b = await newHousehold("B");
    const failing = await gocardless.connect(a);
    await autoMapConnection(a, failing);
    const working = await simplefin.connect(b);
    await autoMapConnection(b, working);
    // The failing connection goes first (both never synced): the fake answers 503 to everything for a while.
    await testDb.prisma.connection.update({ where: { id: working }, data: { createdAt: new Date(Date.now() + 1000) } });
    gocardless.failNext(503, 50);
    const results = await syncDueConnections();
    expect(results.map((r) => [r.connectionId, r.ok]).sort()).toEqual([[failing, false], [working, true]].sort());
    expect((await getConnection(a, failing)).status).toBe("error");
    expect((await getConnection(b, working)).lastSuccessAt).not.toBeNull();
    gocardless.failNext(503, 0);
    expect(await syncDueConnections()).toEqual([]);
    // Seven hours later both are due again (6 h interval + at most 36 min jitter); the failed one retries.
    const later = new Date(Date.now() + 7 * 3_600_000);
    const again = await syncDueConnections(() => later);
    expect(again.map((r) => r.ok)).toEqual([true, true]);
  });

  it("marks a connection whose consent ended as needing re-authorization, without asking the provider", async () => {
    const c = await newHousehold("C");
    const id = await gocardless.connect(c);
    await autoMapConnection(c, id);
    await testDb.prisma.connection.update({ where: { id }, data: { consentExpiresAt: new Date(Date.now() - 1000) } });
    const results = await syncDueConnections();
    expect(results.find((r) => r.connectionId === id)).toBeUndefined();
    const view = await getConnection(c, id);
    expect(view).toMatchObject({ status: "reauth_required", lastErrorCode: "CONSENT_EXPIRED" });
    expect(await testDb.prisma.syncRun.count({ where: { connectionId: id } })).toBe(0);
  });
});
