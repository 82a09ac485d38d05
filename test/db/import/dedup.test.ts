import { beforeAll, describe, expect, it } from "vitest";
import { useTestDb } from "../../helpers/db";
import { operatorContext, type HouseholdContext } from "../../../lib/auth/guard";
import { commitParsed, previewImport, type ImportInput } from "../../../lib/import";
import { inputFor, parsed, statement, tx } from "./helpers";

const testDb = useTestDb();
let ctx: HouseholdContext;
let accountId: string;

async function count(sql: string, params: (string | null)[] = []): Promise<number> {
  const [row] = await testDb.raw.all<{ n: bigint }>(sql, params);
  return Number(row?.n ?? 0);
}

const liveRows = () => count(`SELECT COUNT(*) AS "n" FROM "Transaction" WHERE "accountId" = ? AND "deletedAt" IS NULL`, [accountId]);

beforeAll(async () => {
  const household = await testDb.prisma.household.create({ data: { name: "Dedup" } });
  ctx = operatorContext(household.id);
  const account = await testDb.prisma.account.create({ data: { householdId: household.id, name: "Checking", type: "checking", currency: "EUR" } });
  accountId = account.id;
});

describe("duplicates on import", () => {
  const coffees = parsed([statement([
    tx("2024-03-01", "-2.50", "CAFE DU COIN"),
    tx("2024-03-01", "-2.50", "CAFE DU COIN"),
    tx("2024-03-02", "-45.10", "CB CARREFOUR 02/03"),
  ])]);

  it("keeps two identical coffees on the same day as two rows", async () => {
    const result = await commitParsed(ctx, inputFor({ accountId }), [coffees]);
    expect(result).toMatchObject({ new: 3, duplicates: 0, possibleDuplicates: 0 });
    expect(await liveRows()).toBe(3);
    const stored = await testDb.raw.all<{ externalId: string }>(`SELECT "externalId" FROM "Transaction" WHERE "accountId" = ? AND "rawLabel" = 'CAFE DU COIN'`, [accountId]);
    expect(new Set(stored.map((r) => r.externalId)).size).toBe(2);
  });

  it("re-importing the same file writes nothing and finds every row, both coffees included", async () => {
    const result = await commitParsed(ctx, inputFor({ accountId }), [coffees]);
    expect(result).toMatchObject({ new: 0, duplicates: 3, possibleDuplicates: 0 });
    expect(await liveRows()).toBe(3);
  });

  it("an overlapping export with one more coffee adds just that one", async () => {
    const more = parsed([statement([...coffees.statements[0]!.transactions, tx("2024-03-01", "-2.50", "CAFE DU COIN"), tx("2024-03-03", "-9.99", "NETFLIX")])]);
    const result = await commitParsed(ctx, inputFor({ accountId }), [more]);
    expect(result).toMatchObject({ new: 2, duplicates: 3 });
    expect(await liveRows()).toBe(5);
  });

  it("never resurrects a deleted row", async () => {
    await testDb.raw.run(`UPDATE "Transaction" SET "deletedAt" = ? WHERE "accountId" = ? AND "rawLabel" = 'NETFLIX'`, [new Date().toISOString(), accountId]);
    const again = parsed([statement([tx("2024-03-03", "-9.99", "NETFLIX")])]);
    const result = await commitParsed(ctx, inputFor({ accountId }), [again]);
    expect(result).toMatchObject({ new: 0, duplicates: 1 });
    expect(await count(`SELECT COUNT(*) AS "n" FROM "Transaction" WHERE "accountId" = ? AND "rawLabel" = 'NETFLIX'`, [accountId])).toBe(1);
    expect(await count(`SELECT COUNT(*) AS "n" FROM "Transaction" WHERE "accountId" = ? AND "rawLabel" = 'NETFLIX' AND "deletedAt" IS NULL`, [accountId])).toBe(0);
  });

  it("drops a row repeated with the same bank id inside one file", async () => {
    const repeated = parsed([statement([tx("2024-04-01", "-12.00", "PHARMACIE", { externalId: "R1" }), tx("2024-04-01", "-12.00", "PHARMACIE", { externalId: "R1" })])], "ofx");
    const result = await commitParsed(ctx, inputFor({ accountId }), [repeated]);
    expect(result).toMatchObject({ new: 1, duplicates: 1 });
  });

  it("shows a look-alike of a manual row as a possible duplicate in the preview, and imports it unless skipped", async () => {
    await testDb.prisma.transaction.create({ data: { householdId: ctx.householdId, accountId, date: "2024-05-10", amountMinor: -3200n, currency: "EUR", rawLabel: "Dinner Luigi", label: "Dinner Luigi" } });
    const file = parsed([statement([tx("2024-05-11", "-32.00", "CB LUIGI RISTORANTE 10/05"), tx("2024-05-12", "-5.00", "BOULANGERIE")])]);
    const skipInput: ImportInput = inputFor({ accountId }, { decisions: { "0:0": "skip" } });
    const result = await commitParsed(ctx, skipInput, [file]);
    expect(result).toMatchObject({ new: 1, possibleDuplicates: 1, skipped: 1 });
    expect(await count(`SELECT COUNT(*) AS "n" FROM "Transaction" WHERE "accountId" = ? AND "rawLabel" = 'CB LUIGI RISTORANTE 10/05'`, [accountId])).toBe(0);
  });
});

describe("previewImport", () => {
  it("writes nothing and fails like the commit would on an unreadable file", async () => {
    const before = await count(`SELECT COUNT(*) AS "n" FROM "ImportBatch"`);
    await expect(previewImport(ctx, inputFor({ accountId }, { bytes: new Uint8Array([0, 1, 2, 3]) }))).rejects.toMatchObject({ name: "AppError" });
    expect(await count(`SELECT COUNT(*) AS "n" FROM "ImportBatch"`)).toBe(before);
  });
});
