/**
 * Transfer.outId/inId: the migration fills them from existing data (a rejected pair's legacy id
 * "rejected:<outId>|<inId>", a linked pair's transactions), and a rejected pair — legacy or new — is never
 * proposed again while its transactions count as income and expense.
 */
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { useTestDb } from "../../helpers/db";
import { linkTransfers } from "../../../lib/insights/transfers/link";
import { listTransfers, undoTransfer } from "../../../lib/insights/transfers/review";
import { seedHousehold, type TxSeed } from "./seed";

const testDb = useTestDb();

/** The migration's own UPDATE statements, run again over rows written the old way. */
async function runMigrationFill(): Promise<void> {
  const dir = testDb.provider === "postgresql" ? "prisma/postgres/migrations" : "prisma/migrations";
  const sql = fs.readFileSync(path.join(dir, "20261125223209_transfer_pair_columns", "migration.sql"), "utf8");
  const code = sql.split("\n").filter((line) => !line.trim().startsWith("--")).join("\n");
  const statements = code.split(";").map((s) => s.trim()).filter((s) => s.startsWith("UPDATE"));
  expect(statements).toHaveLength(2);
  for (const statement of statements) await testDb.raw.run(statement);
}

const pair = (date: string, amountMinor: bigint): TxSeed[] => [
  { account: "checking", date, amountMinor: -amountMinor, label: "VIR VERS LIVRET A", categoryId: "400110" },
  { account: "savings", date, amountMinor, label: "VIR DE COMPTE COURANT", categoryId: "200110" },
];

describe("transfer pair columns", () => {
  it("are filled from legacy rejected ids and linked transactions by the migration", async () => {
    const { ctx, ids } = await seedHousehold([{ name: "checking" }, { name: "savings" }], [...pair("2024-05-02", 12000n), ...pair("2024-05-09", 34000n)]);
    const now = new Date();
    // Written as before the columns existed: a rejected pair in its id, a linked pair through its transactions.
    await testDb.raw.run(`INSERT INTO "Transfer" ("id", "householdId", "state", "createdAt") VALUES (?, ?, 'rejected', ?), ('legacy-linked', ?, 'auto', ?)`,
      [`rejected:${ids[0]}|${ids[1]}`, ctx.householdId, now, ctx.householdId, now]);
    await testDb.raw.run(`UPDATE "Transaction" SET "transferId" = 'legacy-linked' WHERE "id" IN (?, ?)`, [ids[2]!, ids[3]!]);
    await runMigrationFill();
    const rows = await testDb.raw.all<{ id: string; outId: string | null; inId: string | null }>(`SELECT "id", "outId", "inId" FROM "Transfer" WHERE "householdId" = ? ORDER BY "id"`, [ctx.householdId]);
    expect(rows).toEqual([
      { id: "legacy-linked", outId: ids[2]!, inId: ids[3]! },
      { id: `rejected:${ids[0]}|${ids[1]}`, outId: ids[0]!, inId: ids[1]! },
    ]);
    // The legacy rejected pair stays rejected.
    expect(await linkTransfers(ctx, { since: "2000-01-01" })).toBe(0);
  });

  it("keep an undone pair's Transfer row as the record that it was rejected", async () => {
    const { ctx, ids } = await seedHousehold([{ name: "checking" }, { name: "savings" }], pair("2024-06-03", 5000n));
    expect(await linkTransfers(ctx, { since: "2000-01-01" })).toBe(1);
    const [linked] = await listTransfers(ctx);
    const [stored] = await testDb.raw.all<{ outId: string; inId: string }>(`SELECT "outId", "inId" FROM "Transfer" WHERE "id" = ?`, [linked!.id]);
    expect(stored).toEqual({ outId: ids[0], inId: ids[1] });
    await undoTransfer(ctx, linked!.id);
    const [rejected] = await testDb.raw.all<{ state: string; outId: string; inId: string }>(`SELECT "state", "outId", "inId" FROM "Transfer" WHERE "id" = ?`, [linked!.id]);
    expect(rejected).toEqual({ state: "rejected", outId: ids[0], inId: ids[1] });
    const [free] = await testDb.raw.all<{ n: bigint | number }>(`SELECT COUNT(*) AS "n" FROM "Transaction" WHERE "householdId" = ? AND "transferId" IS NULL`, [ctx.householdId]);
    expect(Number(free!.n)).toBe(2);
    expect(await linkTransfers(ctx, { since: "2000-01-01" })).toBe(0);
  });
});
