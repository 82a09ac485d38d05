import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { useTestDb } from "../../helpers/db";
import { newHousehold } from "../app/households";
import { autoMapConnection } from "../../../lib/connections";
import { syncConnection } from "../../../lib/sync";
import { isAppError } from "../../../lib/errors";
import { simplefinHarness, type Harness } from "./harness";

const testDb = useTestDb();

/** A database failure in the middle of the write phase: after the rows went in, before the balances. */
async function breakBalanceWrites(isBroken: boolean): Promise<void> {
  if (testDb.provider === "sqlite") {
    await testDb.raw.run(isBroken
      ? `CREATE TRIGGER "crash_balance" BEFORE INSERT ON "BalanceReport" BEGIN SELECT RAISE(ABORT, 'simulated crash'); END`
      : `DROP TRIGGER "crash_balance"`);
    return;
  }
  if (isBroken) {
    await testDb.raw.run(`CREATE OR REPLACE FUNCTION crash_balance() RETURNS trigger AS $$ BEGIN RAISE EXCEPTION 'simulated crash'; END $$ LANGUAGE plpgsql`);
    await testDb.raw.run(`CREATE TRIGGER crash_balance BEFORE INSERT ON "BalanceReport" FOR EACH ROW EXECUTE FUNCTION crash_balance()`);
  } else await testDb.raw.run(`DROP TRIGGER crash_balance ON "BalanceReport"`);
}

describe("a crash mid-sync", () => {
  let harness: Harness;
  beforeAll(async () => { harness = await simplefinHarness(41); });
  afterAll(async () => harness?.close());

  it("leaves nothing half-written, and the next sync writes everything", async () => {
    const ctx = await newHousehold("Crash");
    const id = await harness.connect(ctx);
    await autoMapConnection(ctx, id);
    await breakBalanceWrites(true);
    const error = await syncConnection(ctx, id).catch((e: unknown) => e);
    await breakBalanceWrites(false);
    expect(isAppError(error) && error.code).toBe("INTERNAL");
    expect(await testDb.prisma.transaction.count({ where: { householdId: ctx.householdId } })).toBe(0);
    expect(await testDb.prisma.rawPayload.count({ where: { householdId: ctx.householdId } })).toBe(0);
    expect(await testDb.prisma.balanceReport.count({ where: { account: { householdId: ctx.householdId } } })).toBe(0);
    const run = await testDb.prisma.syncRun.findFirstOrThrow({ where: { connectionId: id } });
    expect(run.status).toBe("failed");
    const connection = await testDb.prisma.connection.findUniqueOrThrow({ where: { id } });
    expect(connection.lastSuccessAt).toBeNull();
    const report = await syncConnection(ctx, id);
    expect(report.new).toBeGreaterThan(0);
    expect(await testDb.prisma.transaction.count({ where: { householdId: ctx.householdId } })).toBe(report.new);
  });

  it("closes a run a crashed process left unfinished", async () => {
    const ctx = await newHousehold("Stale");
    const id = await harness.connect(ctx);
    await autoMapConnection(ctx, id);
    const stale = await testDb.prisma.syncRun.create({ data: { householdId: ctx.householdId, connectionId: id, status: "fetching" } });
    await syncConnection(ctx, id);
    const closed = await testDb.prisma.syncRun.findUniqueOrThrow({ where: { id: stale.id } });
    expect(closed.status).toBe("failed");
    expect(closed.error).toMatch(/Interrupted/);
  });
});
