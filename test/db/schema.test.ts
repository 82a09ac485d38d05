import { describe, expect, it } from "vitest";
import { useTestDb } from "../helpers/db";
import { newId } from "../../lib/db/raw";

const testDb = useTestDb();

describe("database schema", () => {
  it("stores money as exact BigInt and enforces (accountId, externalId) uniqueness", async () => {
    const household = await testDb.prisma.household.create({ data: { name: "Test" } });
    const account = await testDb.prisma.account.create({ data: { householdId: household.id, name: "Main", type: "checking", currency: "EUR" } });
    const base = { householdId: household.id, accountId: account.id, date: "2024-01-05", currency: "EUR", rawLabel: "X", label: "X" };
    await testDb.prisma.transaction.create({ data: { ...base, amountMinor: 1234567890123456789n, externalId: "A" } });
    await expect(testDb.prisma.transaction.create({ data: { ...base, amountMinor: 1n, externalId: "A" } })).rejects.toThrow();
    const sum = await testDb.prisma.transaction.aggregate({ where: { accountId: account.id }, _sum: { amountMinor: true } });
    expect(sum._sum.amountMinor).toBe(1234567890123456789n);
  });

  it("lets raw bulk writes and Prisma reads agree (timestamps, bigint)", async () => {
    const household = await testDb.prisma.household.create({ data: { name: "Raw" } });
    const account = await testDb.prisma.account.create({ data: { householdId: household.id, name: "Main", type: "checking", currency: "EUR" } });
    const now = new Date();
    await testDb.raw.transaction(async (tx) => {
      await tx.insertMany("Transaction", ["id", "householdId", "accountId", "date", "amountMinor", "currency", "rawLabel", "label", "createdAt", "updatedAt"], [
        [newId(), household.id, account.id, "2024-02-01", -4234n, "EUR", "CB", "CB", now, now],
        [newId(), household.id, account.id, "2024-02-02", 10000n, "EUR", "VIR", "VIR", now, now],
      ]);
    });
    const rows = await testDb.prisma.transaction.findMany({ where: { accountId: account.id }, orderBy: { date: "asc" } });
    expect(rows.map((r) => r.amountMinor)).toEqual([-4234n, 10000n]);
    expect(rows[0]!.createdAt.toISOString()).toBe(now.toISOString());
  });

  it("rolls a raw transaction back whole on error", async () => {
    const household = await testDb.prisma.household.create({ data: { name: "Rollback" } });
    await expect(
      testDb.raw.transaction(async (tx) => {
        await tx.run(`UPDATE "Household" SET "name" = ? WHERE "id" = ?`, ["Changed", household.id]);
        throw new Error("boom");
      }),
    ).rejects.toThrow("boom");
    const after = await testDb.prisma.household.findUniqueOrThrow({ where: { id: household.id } });
    expect(after.name).toBe("Rollback");
  });
});
