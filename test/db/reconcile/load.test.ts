import { describe, expect, it } from "vitest";
import { useTestDb } from "../../helpers/db";
import { newId, type SqlValue } from "../../../lib/db/raw";
import { candidateTargets, loadCandidateTransactions, loadBills, mergeWindows } from "../../../lib/reconcile/load";

const testDb = useTestDb();

describe("candidate loading", () => {
  it("finds the same candidates through the amount-index probes and the keyed sequential pass, scoped by household", async () => {
    const now = new Date();
    const households = ["h-load", "h-else"];
    for (const id of households) {
      await testDb.raw.run(`INSERT INTO "Household" ("id", "name", "createdAt") VALUES (?, ?, ?)`, [id, id, now]);
      await testDb.raw.run(`INSERT INTO "Account" ("id", "householdId", "name", "type", "currency", "createdAt", "updatedAt") VALUES (?, ?, ?, ?, ?, ?, ?)`, [`a-${id}`, id, "Main", "checking", "EUR", now, now]);
    }
    const rows: SqlValue[][] = [];
    for (let i = 0; i < 300; i++) {
      const day = `2024-0${1 + (i % 6)}-${String(1 + (i % 28)).padStart(2, "0")}`;
      const household = households[i % 2]!;
      const category = i % 10 === 0 ? "400610" : "401080";
      rows.push([`tx-${i}`, household, `a-${household}`, day, -BigInt(1000 + (i % 40) * 5), "EUR", "PRLV EDF", "PRLV EDF", category, now, now]);
    }
    rows.push(["tx-deleted", "h-load", "a-h-load", "2024-01-10", -1000n, "EUR", "X", "X", "0", now, now]);
    await testDb.raw.transaction((tx) => tx.insertMany("Transaction", ["id", "householdId", "accountId", "date", "amountMinor", "currency", "rawLabel", "label", "categoryId", "createdAt", "updatedAt"], rows));
    await testDb.raw.run(`UPDATE "Transaction" SET "deletedAt" = ? WHERE "id" = 'tx-deleted'`, [now]);
    const bill = (vendor: string, amountMinor: bigint, date: string, extra: Record<string, unknown> = {}) =>
      testDb.prisma.bill.create({ data: { id: newId(), householdId: "h-load", konnector: "t", identity: newId(), vendor, currency: "EUR", amountMinor, date, ...extra } });
    await bill("EDF", 1000n, "2024-01-10");
    await bill("EDF", 1100n, "2024-03-10", { matchingCriteria: JSON.stringify({ amountLowerDelta: 0.5, amountUpperDelta: 0.5, dateLowerDelta: 5, dateUpperDelta: 5 }) });
    await bill("Ameli", 700n, "2024-02-10", { type: "health_costs", originalAmountMinor: 1000n, originalDate: "2024-02-01" });
    await bill("Ameli", 800n, "2024-02-10", { type: "health_costs", originalAmountMinor: 1100n, originalDate: "2024-02-01" });
    const bills = await loadBills(testDb.raw, "h-load");
    expect(bills).toHaveLength(4);
    const targets = candidateTargets(bills);
    const ids = async (plan: "probe" | "scan") => (await testDb.raw.transaction((tx) => loadCandidateTransactions(tx, "h-load", targets, plan))).map((t) => t.id).sort();
    const probed = await ids("probe");
    const scanned = await ids("scan");
    expect(probed).toEqual(scanned);
    expect(probed.length).toBeGreaterThan(3);
    expect(probed).not.toContain("tx-deleted");
    const loaded = await testDb.raw.transaction((tx) => loadCandidateTransactions(tx, "h-load", targets));
    for (const t of loaded) {
      expect(Number(t.id.slice(3)) % 2).toBe(0); // only h-load's rows
      expect(t.amountMinor).toBeTypeOf("bigint");
    }
  });

  it("merges overlapping combination windows per health flag", () => {
    expect(mergeWindows([
      [-9000n, -100n, "2024-01-01", "2024-02-01", 1],
      [-20000n, -500n, "2024-01-20", "2024-03-01", 1],
      [-300n, -200n, "2024-05-01", "2024-05-10", 1],
      [-9000n, -100n, "2024-01-01", "2024-02-01", 0],
    ])).toEqual([
      [-20000n, -100n, "2024-01-01", "2024-03-01", 1],
      [-300n, -200n, "2024-05-01", "2024-05-10", 1],
      [-9000n, -100n, "2024-01-01", "2024-02-01", 0],
    ]);
  });
});
