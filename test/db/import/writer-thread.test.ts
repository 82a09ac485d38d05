/**
 * The import writer thread (lib/import/writer): one transaction on its own connection, statements in the order
 * sent, reads that see the inserts sent before them, and all-or-nothing on failure.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { useTestDb } from "../../helpers/db";
import { sqlitePath } from "../../../lib/config";
import { newId } from "../../../lib/db/raw";
import { onWriterThread, packRows } from "../../../lib/import/writer/thread-tx";

const testDb = useTestDb();
let householdId = "";

beforeAll(async () => {
  householdId = (await testDb.prisma.household.create({ data: { name: "Writer" } })).id;
});

const COLUMNS = ["id", "householdId", "name", "type", "currency", "openingBalanceMinor", "createdAt", "updatedAt"];
const accountRows = (names: string[], now: string) => names.map((name) => [newId(), householdId, name, "checking", "EUR", 12n, now, now]);
const namesLike = async (prefix: string) =>
  (await testDb.raw.all<{ name: string }>(`SELECT "name" FROM "Account" WHERE "name" LIKE ? ORDER BY "name"`, [`${prefix}%`])).map((r) => r.name);

describe("packRows", () => {
  it("sends the columns equal on every row once and the others flat, in row order", () => {
    const packed = packRows(3, [["a", 1n, true], ["a", 2n, true], ["a", 3n, true]]);
    expect(packed).toEqual({ constants: ["a", 1n, 1], varying: [1], values: [1n, 2n, 3n], count: 3 });
  });
});

describe.skipIf(/^postgres/.test(process.env.TEST_DATABASE_URL ?? ""))("the writer thread (SQLite)", () => {
  const file = () => sqlitePath(testDb.url);

  it("commits what it was sent, and reads inside see the inserts sent before them", async () => {
    const now = new Date().toISOString();
    const seen = await onWriterThread(file(), async (tx) => {
      for (let batch = 0; batch < 10; batch++) await tx.insertMany("Account", COLUMNS, accountRows(Array.from({ length: 50 }, (_, i) => `W1-${batch}-${String(i).padStart(2, "0")}`), now));
      const [row] = await tx.all<{ n: bigint; total: bigint }>(`SELECT COUNT(*) AS "n", SUM("openingBalanceMinor") AS "total" FROM "Account" WHERE "name" LIKE 'W1-%'`);
      return row;
    });
    expect(seen).toEqual({ n: 500n, total: 6000n });
    expect(await namesLike("W1-")).toHaveLength(500);
  });

  it("rolls everything back when the work throws", async () => {
    const now = new Date().toISOString();
    await expect(onWriterThread(file(), async (tx) => {
      await tx.insertMany("Account", COLUMNS, accountRows(["W2-a", "W2-b"], now));
      throw new Error("stop here");
    })).rejects.toThrow("stop here");
    expect(await namesLike("W2-")).toEqual([]);
  });

  it("rolls everything back when a statement fails, even one nobody waited for", async () => {
    const now = new Date().toISOString();
    const rows = accountRows(["W3-a", "W3-b"], now);
    await expect(onWriterThread(file(), async (tx) => {
      await tx.insertMany("Account", COLUMNS, rows);
      await tx.insertMany("Account", COLUMNS, [rows[0]!]); // same id: refused by the primary key
      await tx.insertMany("Account", COLUMNS, accountRows(["W3-c"], now));
    })).rejects.toMatchObject({ code: "SQLITE_CONSTRAINT_PRIMARYKEY" });
    expect(await namesLike("W3-")).toEqual([]);
  });
  it("work done while the thread starts runs first; when it throws, the thread goes away quietly and fn never runs", async () => {
    const order: string[] = [];
    await onWriterThread(file(), async () => void order.push("fn"), () => void order.push("while starting"));
    expect(order).toEqual(["while starting", "fn"]);
    let isFnRun = false;
    const started = onWriterThread(file(), async () => {
      isFnRun = true;
    }, () => {
      throw new Error("bad file");
    });
    await expect(started).rejects.toThrow("bad file");
    expect(isFnRun).toBe(false);
    // The thread's exit after the failure must not surface as an unhandled rejection (vitest fails the run on one).
    await new Promise((resolve) => setTimeout(resolve, 200));
  });
});
