import { beforeAll, describe, expect, it } from "vitest";
import { useTestDb } from "../../helpers/db";
import { operatorContext, type HouseholdContext } from "../../../lib/auth/guard";
import { commitParsed, previewImport, undoImport } from "../../../lib/import";
import { inputFor, parsed, statement, tx } from "./helpers";

const testDb = useTestDb();
let ctx: HouseholdContext;
let otherCtx: HouseholdContext;
let otherAccountId: string;

async function tableCounts() {
  const counts: Record<string, number> = {};
  for (const table of ["Transaction", "ImportBatch", "RawPayload", "Account", "BalanceReport"]) {
    const [row] = await testDb.raw.all<{ n: bigint }>(`SELECT COUNT(*) AS "n" FROM "${table}"`);
    counts[table] = Number(row?.n ?? 0);
  }
  return counts;
}

/** A database-side failure on one row (like a constraint), placed after thousands of rows were already written. */
async function installFailingRowTrigger() {
  if (testDb.provider === "postgresql") {
    await testDb.raw.run(`CREATE FUNCTION fail_on_boom() RETURNS trigger AS $$ BEGIN IF NEW."rawLabel" = 'BOOM' THEN RAISE EXCEPTION 'row refused'; END IF; RETURN NEW; END $$ LANGUAGE plpgsql`);
    await testDb.raw.run(`CREATE TRIGGER fail_on_boom BEFORE INSERT ON "Transaction" FOR EACH ROW EXECUTE FUNCTION fail_on_boom()`);
  } else {
    await testDb.raw.run(`CREATE TRIGGER fail_on_boom BEFORE INSERT ON "Transaction" WHEN NEW."rawLabel" = 'BOOM' BEGIN SELECT RAISE(ABORT, 'row refused'); END`);
  }
}

beforeAll(async () => {
  const household = await testDb.prisma.household.create({ data: { name: "Mine" } });
  ctx = operatorContext(household.id);
  const other = await testDb.prisma.household.create({ data: { name: "Theirs" } });
  otherCtx = operatorContext(other.id);
  otherAccountId = (await testDb.prisma.account.create({ data: { householdId: other.id, name: "Their account", type: "checking", currency: "EUR" } })).id;
});

describe("an import commits whole or not at all", () => {
  it("another household's account is not found, and nothing is written", async () => {
    const before = await tableCounts();
    const file = parsed([statement([tx("2024-01-02", "-1.00", "X")])]);
    await expect(commitParsed(ctx, inputFor({ accountId: otherAccountId }), [file])).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(previewImport(ctx, inputFor({ accountId: otherAccountId }, { bytes: new Uint8Array([1]) }))).rejects.toBeTruthy();
    expect(await tableCounts()).toEqual(before);
  });

  it("another household's batch cannot be undone", async () => {
    const file = parsed([statement([tx("2024-01-02", "-1.00", "THEIRS")])]);
    const theirs = await commitParsed(otherCtx, inputFor({ accountId: otherAccountId }), [file]);
    const before = await tableCounts();
    await expect(undoImport(ctx, theirs.batchId)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await tableCounts()).toEqual(before);
  });

  it("a row refused by the database midway leaves no row, no batch, no payload and no new account", async () => {
    await installFailingRowTrigger();
    const before = await tableCounts();
    const rows = Array.from({ length: 12_000 }, (_, i) => tx(`2024-02-${String((i % 28) + 1).padStart(2, "0")}`, `-${(i % 500) + 1}.00`, i === 7_000 ? "BOOM" : `SHOP ${i}`));
    const file = parsed([statement(rows, { closingBalance: { amount: "10.00", date: "2024-02-28" } })]);
    await expect(commitParsed(ctx, inputFor({ newAccount: { name: "Doomed" } }), [file])).rejects.toThrow(/row refused/);
    expect(await tableCounts()).toEqual(before);
  });

  it("a parse error in a later chunk of a large file also leaves nothing", async () => {
    const before = await tableCounts();
    const good = parsed([statement([tx("2024-03-01", "-1.00", "FIRST CHUNK")])]);
    function* chunks() {
      yield good;
      throw new Error("chunk 2 unreadable");
    }
    await expect(commitParsed(ctx, inputFor({ newAccount: {} }), chunks())).rejects.toThrow(/chunk 2/);
    expect(await tableCounts()).toEqual(before);
  });
});
