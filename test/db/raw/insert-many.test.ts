import { afterAll, describe, expect, it } from "vitest";
import { useTestDb } from "../../helpers/db";
import { newId, openRaw, statementSizes, type RawDb, type SqlValue } from "../../../lib/db/raw";

const testDb = useTestDb();
const COLUMNS = ["id", "householdId", "accountId", "date", "amountMinor", "currency", "rawLabel", "label", "payee", "categoryId", "status", "deletedAt", "createdAt", "updatedAt"];
const opened: RawDb[] = [];

/** A second connection to the test database, packing at most `maxRowsPerStatement` rows a statement. */
function connect(maxRowsPerStatement: number): RawDb {
  const db = openRaw(testDb.url, { maxRowsPerStatement });
  opened.push(db);
  return db;
}

afterAll(async () => {
  for (const db of opened) await db.close();
});

async function newAccount(name: string) {
  const household = await testDb.prisma.household.create({ data: { name } });
  const account = await testDb.prisma.account.create({ data: { householdId: household.id, name: "Main", type: "checking", currency: "EUR" } });
  return { householdId: household.id, accountId: account.id };
}

/** Distinct values in every column, so a value landing in its neighbour's column (or row) shows. */
function rowsFor(owner: { householdId: string; accountId: string }, count: number, at = new Date("2024-05-01T10:00:00.000Z")): SqlValue[][] {
  return Array.from({ length: count }, (_, i) => [
    newId(), owner.householdId, owner.accountId, `2024-03-${String((i % 28) + 1).padStart(2, "0")}`, BigInt(-100 * (i + 1) - i), "EUR",
    `RAW ${i}`, `Label ${i}`, i % 3 === 0 ? null : `Payee ${i % 5}`, i % 2 ? "400110" : "0", i % 7 === 0 ? "pending" : "booked", null,
    new Date(at.getTime() + i * 1000), new Date(at.getTime() + i * 2000),
  ]);
}

async function readBack(accountId: string) {
  return testDb.raw.all<Record<string, unknown>>(
    `SELECT "id", "date", "amountMinor", "rawLabel", "label", "payee", "categoryId", "status", "createdAt", "updatedAt" FROM "Transaction" WHERE "accountId" = ? ORDER BY "rawLabel"`, [accountId]);
}

/** SQLite reads timestamps back as ISO text, PostgreSQL as Date. */
const isoOf = (value: unknown) => (value instanceof Date ? value : new Date(String(value))).toISOString();
const sortedByRawLabel = (rows: SqlValue[][]) => [...rows].sort((a, b) => String(a[6]).localeCompare(String(b[6])));

describe("statementSizes", () => {
  it("covers the rows with full statements, then the remainder as powers of two", () => {
    expect(statementSizes(0, 64)).toEqual([]);
    expect(statementSizes(1, 64)).toEqual([1]);
    expect(statementSizes(64, 64)).toEqual([64]);
    expect(statementSizes(1000, 128)).toEqual([128, 128, 128, 128, 128, 128, 128, 64, 32, 8]);
    expect(statementSizes(11, 4)).toEqual([4, 4, 2, 1]);
    for (let count = 0; count < 300; count++) expect(statementSizes(count, 37).reduce((a, b) => a + b, 0)).toBe(count);
  });
});

describe("insertMany", () => {
  it("writes rows spanning several multi-row statements value for value, in their columns", async () => {
    const owner = await newAccount("Spanning");
    const rows = rowsFor(owner, 11); // 4 + 4 + 2 + 1
    await connect(4).transaction((tx) => tx.insertMany("Transaction", COLUMNS, rows));
    const back = await readBack(owner.accountId);
    expect(back).toHaveLength(11);
    sortedByRawLabel(rows).forEach((row, i) => {
      const got = back[i]!;
      expect([got.id, got.date, got.amountMinor, got.rawLabel, got.label, got.payee, got.categoryId, got.status]).toEqual([row[0], row[3], row[4], row[6], row[7], row[8], row[9], row[10]]);
      expect(isoOf(got.createdAt)).toBe((row[12] as Date).toISOString());
      expect(isoOf(got.updatedAt)).toBe((row[13] as Date).toISOString());
    });
  });

  it("keeps the summary triggers exact when one statement carries many rows of the same day", async () => {
    const owner = await newAccount("Summaries");
    const rows = rowsFor(owner, 300).map((row) => { row[3] = "2024-04-02"; row[10] = "booked"; return row; });
    await testDb.raw.transaction((tx) => tx.insertMany("Transaction", COLUMNS, rows));
    const [sum] = await testDb.raw.all<{ sumMinor: bigint; rowCount: bigint }>(`SELECT "sumMinor", "rowCount" FROM "TransactionDaySum" WHERE "accountId" = ?`, [owner.accountId]);
    expect(sum).toEqual({ sumMinor: rows.reduce((total, row) => total + (row[4] as bigint), 0n), rowCount: 300n });
  });

  it("splits under the bound-parameter limit however many rows a statement may hold", async () => {
    const owner = await newAccount("Limit");
    // 2,500 rows of 14 columns: 35,000 parameters, over SQLite's 32,766 (PostgreSQL's 65,535 allows 4,681 rows).
    const rows = rowsFor(owner, 2_500);
    await connect(1_000_000).transaction((tx) => tx.insertMany("Transaction", COLUMNS, rows));
    const [count] = await testDb.raw.all<{ n: bigint }>(`SELECT COUNT(*) AS n FROM "Transaction" WHERE "accountId" = ?`, [owner.accountId]);
    expect(count!.n).toBe(2_500n);
  });

  it("writes none of the rows when a later statement fails, outside a transaction", async () => {
    const owner = await newAccount("Atomic");
    const rows = rowsFor(owner, 10);
    rows[9]![0] = rows[0]![0]!; // the last statement repeats the first row's id: refused by the primary key
    await expect(connect(4).insertMany("Transaction", COLUMNS, rows)).rejects.toThrow();
    expect(await readBack(owner.accountId)).toHaveLength(0);
    const [sums] = await testDb.raw.all<{ n: bigint }>(`SELECT COUNT(*) AS n FROM "TransactionDaySum" WHERE "accountId" = ?`, [owner.accountId]);
    expect(sums!.n).toBe(0n);
  });

  it("refuses a row whose width differs from the columns before writing anything", async () => {
    const owner = await newAccount("Width");
    const rows = rowsFor(owner, 6);
    rows[5] = rows[5]!.slice(0, -1);
    await expect(connect(4).insertMany("Transaction", COLUMNS, rows)).rejects.toThrow(/row 5 has 13 values for 14 columns/);
    expect(await readBack(owner.accountId)).toHaveLength(0);
  });

  it.runIf(!process.env.TEST_DATABASE_URL?.startsWith("postgres"))("inside a transaction, undoes only its own rows when it fails and the caller goes on (SQLite)", async () => {
    const owner = await newAccount("Savepoint");
    const kept = rowsFor(owner, 3);
    const failing = rowsFor(owner, 9);
    failing[8]![0] = kept[0]![0]!;
    await connect(4).transaction(async (tx) => {
      await tx.insertMany("Transaction", COLUMNS, kept);
      await expect(tx.insertMany("Transaction", COLUMNS, failing)).rejects.toThrow();
    });
    expect((await readBack(owner.accountId)).map((r) => r.id)).toEqual(sortedByRawLabel(kept).map((r) => r[0]));
  });
});
