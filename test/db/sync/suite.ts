/**
 * The sync behaviour every provider must show, run against its fake on a fresh database (one file per provider):
 * connect, map, history, incremental syncs, pending → booked, atomic failures, re-authorization, rate limits,
 * encrypted secrets and household isolation.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { useTestDb } from "../../helpers/db";
import { newHousehold, memberOf } from "../app/households";
import type { HouseholdContext } from "../../../lib/auth/guard";
import { apiAggregators } from "../../../lib/aggregators/registry";
import { isAppError } from "../../../lib/errors";
import { getConnection, listConnections, listProviderAccounts, mapAccounts, removeConnection, completeAuthorization } from "../../../lib/connections";
import { isDue, syncConnection, type SyncReport } from "../../../lib/sync";
import { toMinor } from "../../../lib/money";
import type { Harness } from "./harness";

async function codeOf(promise: Promise<unknown>): Promise<string | null> {
  const error = await promise.then(() => null, (e: unknown) => e);
  return isAppError(error) ? error.code : error === null ? null : String(error);
}

export function runSyncSuite(createHarness: () => Promise<Harness>): void {
  const testDb = useTestDb();
  let harness: Harness;
  let owner: HouseholdContext;
  let connectionId = "";

  beforeAll(async () => {
    harness = await createHarness();
    owner = await newHousehold("Synced");
  });
  afterAll(async () => harness?.close());

  const liveRows = (householdId: string) => testDb.raw.all<{ id: string; accountId: string; externalId: string; status: string; amountMinor: bigint; syncRunId: string | null }>(
    `SELECT "id", "accountId", "externalId", "status", "amountMinor", "syncRunId" FROM "Transaction" WHERE "householdId" = ? AND "deletedAt" IS NULL`, [householdId]);

  async function connectAndMap(ctx: HouseholdContext): Promise<string> {
    const id = await harness.connect(ctx);
    const choices = await listProviderAccounts(ctx, id);
    await mapAccounts(ctx, id, choices.map((c) => ({ externalId: c.account.externalId, target: "new" as const })));
    return id;
  }

  describe(`sync against the fake`, () => {
    it("connects and stores the secrets encrypted", async () => {
      connectionId = await harness.connect(owner);
      const [row] = await testDb.raw.all<{ secrets: string; status: string }>(`SELECT "secrets", "status" FROM "Connection" WHERE "id" = ?`, [connectionId]);
      expect(row!.status).toBe("active");
      expect(row!.secrets.startsWith("v1:")).toBe(true);
      for (const secret of harness.plainSecrets()) expect(row!.secrets).not.toContain(secret);
      const view = await getConnection(owner, connectionId);
      expect(JSON.stringify(view)).not.toMatch(/secret|accessUrl|privateKey|authStateHash/i);
    });

    it("maps provider accounts to a new and an existing account", async () => {
      const choices = await listProviderAccounts(owner, connectionId);
      expect(choices.length).toBeGreaterThanOrEqual(2);
      expect(choices.every((c) => c.suggested === "new" && !c.isLinked)).toBe(true);
      const [first, second] = choices;
      const existing = await testDb.prisma.account.create({ data: { householdId: owner.householdId, name: "My own account", type: "checking", currency: second!.account.currency ?? "EUR" } });
      await mapAccounts(owner, connectionId, [
        { externalId: first!.account.externalId, target: "new" },
        { externalId: second!.account.externalId, target: { accountId: existing.id } },
        ...choices.slice(2).map((c) => ({ externalId: c.account.externalId, target: "new" as const })),
      ]);
      const linked = await testDb.prisma.account.findMany({ where: { connectionId } });
      expect(linked).toHaveLength(choices.length);
      expect(linked.find((a) => a.id === existing.id)?.externalId).toBe(second!.account.externalId);
      const view = await getConnection(owner, connectionId);
      expect(view.isMapped).toBe(true);
    });

    let first: SyncReport;
    it("first sync fetches history, stores the raw payload and the reported balances", async () => {
      first = await syncConnection(owner, connectionId);
      expect(first.new).toBeGreaterThan(10);
      for (const account of first.accounts) expect(account.new + account.duplicates).toBe(account.fetched);
      const rows = await liveRows(owner.householdId);
      expect(rows).toHaveLength(first.new);
      expect(rows.every((r) => r.syncRunId === first.syncRunId)).toBe(true);
      const run = await testDb.prisma.syncRun.findUniqueOrThrow({ where: { id: first.syncRunId } });
      expect(run).toMatchObject({ status: "succeeded", countNew: first.new, since: first.since, until: first.until });
      const payload = await testDb.prisma.rawPayload.findUniqueOrThrow({ where: { id: run.rawPayloadId! } });
      expect(payload.kind).toBe("api");
      expect(Buffer.from(payload.content).toString("utf8")).toContain(first.accounts[0]!.externalId);
      const reports = await testDb.prisma.balanceReport.findMany({ where: { source: "sync", sourceId: first.syncRunId } });
      expect(reports.length).toBe(first.accounts.length);
      const view = await getConnection(owner, connectionId);
      expect(view.lastSuccessAt).not.toBeNull();
      expect(view.accounts.every((a) => a.reportedBalanceMinor !== null)).toBe(true);
    });

    it("a new account's computed balance agrees with the reported one", async () => {
      const created = await testDb.prisma.account.findFirstOrThrow({ where: { connectionId, name: { not: "My own account" } } });
      const [row] = await testDb.raw.all<{ total: bigint | number | null }>(
        `SELECT SUM("amountMinor") AS "total" FROM "Transaction" WHERE "accountId" = ? AND "status" = 'booked' AND "deletedAt" IS NULL AND "date" <= ?`, [created.id, created.reportedBalanceDate!]);
      expect(created.openingBalanceMinor + BigInt(row?.total ?? 0)).toBe(created.reportedBalanceMinor);
    });

    it("second sync brings only what is new (nothing)", async () => {
      const second = await syncConnection(owner, connectionId);
      expect(second.new).toBe(0);
      expect(second.updated).toBe(0);
      for (const account of second.accounts) expect(account.new).toBe(0);
      expect(second.since < second.until).toBe(true);
      expect(second.since > first.since).toBe(true);
      expect(await liveRows(owner.householdId)).toHaveLength(first.new);
    });

    it("a pending transaction becomes booked without a duplicate, even under a new id", async () => {
      const before = await liveRows(owner.householdId);
      const pendingBefore = before.filter((r) => r.status === "pending");
      expect(pendingBefore.length).toBeGreaterThan(0);
      const { amount } = harness.bookPending();
      const report = await syncConnection(owner, connectionId);
      expect(report.updated).toBe(1);
      expect(report.new).toBe(0);
      const after = await liveRows(owner.householdId);
      expect(after).toHaveLength(before.length);
      const booked = after.filter((r) => r.accountId === pendingBefore[0]!.accountId && r.status === "booked" && r.syncRunId === report.syncRunId);
      expect(booked).toHaveLength(1);
      expect(booked[0]!.amountMinor).toBe(toMinor(amount, "EUR"));
      expect(after.filter((r) => r.status === "pending")).toHaveLength(pendingBefore.length - 1);
      const again = await syncConnection(owner, connectionId);
      expect([again.new, again.updated]).toEqual([0, 0]);
    });

    it("another household cannot see, sync, complete or remove the connection; a viewer cannot sync", async () => {
      const other = await newHousehold("Other");
      expect(await listConnections(other)).toEqual([]);
      expect(await codeOf(getConnection(other, connectionId))).toBe("NOT_FOUND");
      expect(await codeOf(syncConnection(other, connectionId))).toBe("NOT_FOUND");
      expect(await codeOf(listProviderAccounts(other, connectionId))).toBe("NOT_FOUND");
      expect(await codeOf(removeConnection(other, connectionId, { keepData: false }))).toBe("NOT_FOUND");
      expect(await codeOf(completeAuthorization(other, { state: `${connectionId}.forged`, code: "x" }))).toBe("NOT_FOUND");
      const viewer = await memberOf(owner, "viewer");
      expect(await codeOf(syncConnection(viewer, connectionId))).toBe("FORBIDDEN");
      expect((await listConnections(viewer)).map((c) => c.id)).toEqual([connectionId]);
    });

  });

  describe("failures", () => {
    it("a 503 in the middle of a sync writes nothing and fails the run with a readable error", async () => {
      const ctx = await newHousehold("Midway");
      const id = await connectAndMap(ctx);
      const adapter = apiAggregators[harness.provider]!;
      const original = adapter.fetchTransactions;
      let calls = 0;
      // The real adapter against the real fake: the fake starts failing after the first page was fetched.
      adapter.fetchTransactions = async (...args) => {
        if (++calls === 2) harness.failNext(503, 5);
        return original.apply(adapter, args);
      };
      try {
        expect(await codeOf(syncConnection(ctx, id))).toBe("PROVIDER_DOWN");
      } finally {
        adapter.fetchTransactions = original;
      }
      expect(calls).toBeGreaterThanOrEqual(2);
      expect(await liveRows(ctx.householdId)).toHaveLength(0);
      expect(await testDb.prisma.balanceReport.count({ where: { account: { householdId: ctx.householdId } } })).toBe(0);
      const run = await testDb.prisma.syncRun.findFirstOrThrow({ where: { connectionId: id } });
      expect(run).toMatchObject({ status: "failed", errorCode: "PROVIDER_DOWN", rawPayloadId: null });
      expect(run.error).toMatch(/try again later/i);
      const view = await getConnection(ctx, id);
      expect(view).toMatchObject({ status: "error", lastErrorCode: "PROVIDER_DOWN", lastSuccessAt: null });
      harness.failNext(503, 0);
      const retried = await syncConnection(ctx, id);
      expect(retried.new).toBeGreaterThan(0);
      expect((await getConnection(ctx, id)).status).toBe("active");
    });

    it("a 429 pauses the connection until the limit resets", async () => {
      const ctx = await newHousehold("Limited");
      const id = await connectAndMap(ctx);
      harness.failNext(429, 1);
      expect(await codeOf(syncConnection(ctx, id))).toBe("RATE_LIMITED");
      const view = await getConnection(ctx, id);
      expect(view).toMatchObject({ status: "error", lastErrorCode: "RATE_LIMITED" });
      expect(view.lastError).toMatch(/limit/i);
      expect(Date.parse(view.retryAfter!)).toBeGreaterThan(Date.now());
      const runs = await testDb.prisma.syncRun.count({ where: { connectionId: id } });
      // Asked again before the reset: refused without calling the provider (no new run).
      expect(await codeOf(syncConnection(ctx, id))).toBe("RATE_LIMITED");
      expect(await testDb.prisma.syncRun.count({ where: { connectionId: id } })).toBe(runs);
      const row = await testDb.prisma.connection.findUniqueOrThrow({ where: { id } });
      expect(isDue(row, new Date())).toBe(false);
      const later = new Date(Date.parse(view.retryAfter!) + 60_000);
      expect(isDue(row, new Date(later.getTime() + 7 * 3_600_000))).toBe(true);
      const report = await syncConnection(ctx, id, { now: () => later });
      expect(report.new).toBeGreaterThan(0);
      expect((await getConnection(ctx, id)).retryAfter).toBeNull();
    });

    it("runs one sync per connection at a time", async () => {
      const ctx = await newHousehold("Concurrent");
      const id = await connectAndMap(ctx);
      const results = await Promise.allSettled([syncConnection(ctx, id), syncConnection(ctx, id)]);
      const codes = results.map((r) => (r.status === "fulfilled" ? "ok" : isAppError(r.reason) ? r.reason.code : String(r.reason)));
      expect(codes.sort()).toEqual(["CONFLICT", "ok"]);
    });
    it("removes a connection keeping its data, or deleting it", async () => {
      const ctx = await newHousehold("Removal");
      const kept = await connectAndMap(ctx);
      const keptReport = await syncConnection(ctx, kept);
      const removed = await removeConnection(ctx, kept, { keepData: true });
      expect(removed.detachedAccounts).toBeGreaterThan(0);
      expect(await liveRows(ctx.householdId)).toHaveLength(keptReport.new);
      expect(await codeOf(getConnection(ctx, kept))).toBe("NOT_FOUND");
      const dropped = await connectAndMap(ctx);
      const droppedAccounts = await testDb.prisma.account.findMany({ where: { connectionId: dropped } });
      await syncConnection(ctx, dropped);
      const result = await removeConnection(ctx, dropped, { keepData: false });
      expect(result.deletedAccounts).toBe(droppedAccounts.length);
      expect(await testDb.prisma.account.count({ where: { id: { in: droppedAccounts.map((a) => a.id) } } })).toBe(0);
      expect(await liveRows(ctx.householdId)).toHaveLength(keptReport.new);
      expect(await testDb.prisma.syncRun.count({ where: { connectionId: dropped } })).toBe(0);
    });
    it("an expired consent asks for re-authorization, in plain words", async () => {
      const ctx = await newHousehold("Expired");
      const id = await connectAndMap(ctx);
      await syncConnection(ctx, id);
      harness.expireConsent();
      const code = await codeOf(syncConnection(ctx, id));
      expect(["LOGIN_REQUIRED", "CONSENT_EXPIRED"]).toContain(code);
      const view = await getConnection(ctx, id);
      expect(view.status).toBe("reauth_required");
      expect(view.lastError).toMatch(/authoriz/i);
      expect(await codeOf(syncConnection(ctx, id))).toBe("CONSENT_EXPIRED");
      if (!harness.canReauthorize) return;
      await harness.reauthorize(ctx, id);
      const report = await syncConnection(ctx, id);
      expect(report.new).toBe(0);
      expect((await getConnection(ctx, id)).status).toBe("active");
    });

  });
}
