/**
 * Imports keep the dashboard summaries exact. On SQLite a file import suspends the per-row insert triggers and
 * adds its rows with one grouped statement per table (lib/import/summaries.ts): the tables must then hold what
 * a plain-code GROUP BY over "Transaction" says, after imports that add to existing days, replace pending rows,
 * fail midway, or are undone, and every trigger must be back. Runs on PostgreSQL too (its triggers do the work).
 */
import { beforeAll, describe, expect, it } from "vitest";
import { useTestDb } from "../../helpers/db";
import { operatorContext, type HouseholdContext } from "../../../lib/auth/guard";
import { commitParsed, undoImport } from "../../../lib/import";
import { MAX_PENDING_GROUPS, suspendSummaryTriggers } from "../../../lib/import/summaries";
import { actualSummaries, expectedSummaries } from "../summary/expected";
import { account, inputFor, parsed, statement, tx } from "./helpers";

const testDb = useTestDb();
let ctx: HouseholdContext;
const card = account({ iban: "FR7630004000031234567890143", currency: "EUR" });

const triggersNow = () => testDb.provider === "sqlite"
  ? testDb.raw.all<{ name: string; sql: string }>(`SELECT "name", "sql" FROM sqlite_master WHERE "type" = 'trigger' ORDER BY "name"`)
  : Promise.resolve([]);
let triggersAtStart: { name: string; sql: string }[] = [];

async function expectExactSummaries() {
  const actual = await actualSummaries();
  expect(actual).toEqual(await expectedSummaries());
  expect(actual.day.length).toBeGreaterThan(0);
  expect(await triggersNow()).toEqual(triggersAtStart);
}

beforeAll(async () => {
  triggersAtStart = await triggersNow();
  const household = await testDb.prisma.household.create({ data: { name: "Summaries" } });
  ctx = operatorContext(household.id);
  // A rule that files savings transfers under an internal-transfer category: those stay out of the month sums.
  await testDb.prisma.rule.create({
    data: {
      householdId: household.id, name: "Savings", conditions: JSON.stringify([{ field: "rawLabel", op: "contains", value: "EPARGNE" }]),
      actions: JSON.stringify([{ type: "setCategory", categoryId: "600110" }]),
    },
  });
});

describe("dashboard summaries after imports", () => {
  it.skipIf(/^postgres/.test(process.env.TEST_DATABASE_URL ?? ""))("on SQLite, the per-row insert triggers are recognised (else imports fall back to them)", async () => {
    const rollback = new Error("rollback");
    await expect(testDb.raw.transaction(async (tx) => {
      const suspended = await suspendSummaryTriggers(tx);
      expect(suspended?.definitions.length).toBeGreaterThan(0);
      expect((await tx.all(`SELECT 1 FROM sqlite_master WHERE "type" = 'trigger' AND "sql" LIKE '%AFTER INSERT ON "Transaction"%'`)).length).toBe(0);
      throw rollback;
    })).rejects.toBe(rollback);
    expect(await triggersNow()).toEqual(triggersAtStart);
  });

  let firstBatch = "";

  it("a first import fills them as the triggers would", async () => {
    const file = parsed([statement([
      tx("2024-03-01", "-12.30", "CB MONOPRIX 29/02", { externalId: "A1" }),
      tx("2024-03-01", "-4.10", "CB BOULANGERIE PAUL", { externalId: "A2" }),
      tx("2024-03-02", "2500.00", "VIR SEPA SALAIRE ACME", { externalId: "A3" }),
      tx("2024-03-02", "-300.00", "VIR EPARGNE LIVRET A", { externalId: "A4" }),
      tx("2024-03-03", "0.00", "FRAIS OFFERTS", { externalId: "A5" }),
      tx("2024-03-04", "-45.00", "RESTAURANT LE ZINC", { externalId: "P1", pending: true }),
      tx("2024-04-01", "-9.99", "NETFLIX.COM", { externalId: "A6", currency: "USD" }),
    ], { account: card })], "camt");
    const result = await commitParsed(ctx, inputFor("auto"), [file]);
    expect(result.new).toBe(7);
    firstBatch = result.batchId;
    await expectExactSummaries();
  });

  it("a second import adds to existing days and replaces a pending row", async () => {
    const file = parsed([statement([
      tx("2024-03-01", "-7.00", "CB MONOPRIX 29/02", { externalId: "B1" }),
      tx("2024-03-05", "-52.00", "RESTAURANT LE ZINC PARIS", { externalId: "B2" }),
      tx("2024-04-01", "-9.99", "NETFLIX.COM", { externalId: "B3", currency: "USD" }),
    ], { account: card })], "camt");
    const result = await commitParsed(ctx, inputFor("auto"), [file]);
    expect(result).toMatchObject({ new: 3, replaced: 1 });
    await expectExactSummaries();
    await undoImport(ctx, result.batchId);
    await expectExactSummaries();
  });

  it("a failed import leaves them (and the triggers) as they were", async () => {
    const before = await actualSummaries();
    function* chunks() {
      yield parsed([statement([tx("2024-03-06", "-1.00", "FIRST CHUNK", { externalId: "C1" })], { account: card })], "camt");
      throw new Error("chunk 2 unreadable");
    }
    await expect(commitParsed(ctx, inputFor("auto"), chunks())).rejects.toThrow(/chunk 2/);
    expect(await actualSummaries()).toEqual(before);
    await expectExactSummaries();
  });

  it("a large import whose sums are written in several rounds (more groups than kept pending)", async () => {
    // One row a day for ~60 years: the day groups outnumber MAX_PENDING_GROUPS, so the sums are flushed midway.
    const day = (i: number) => new Date(Date.UTC(1960, 0, 1) + i * 86_400_000).toISOString().slice(0, 10);
    const rows = Array.from({ length: MAX_PENDING_GROUPS + 1_500 }, (_, i) => tx(day(i), `-${(i % 97) + 1}.00`, `CB SHOP ${i % 50}`, { externalId: `L${i}` }));
    const result = await commitParsed(ctx, inputFor("auto"), [parsed([statement(rows, { account: card })], "camt")]);
    expect(result.new).toBe(rows.length);
    await expectExactSummaries();
  });

  it("undoing the first import removes its rows from them", async () => {
    await undoImport(ctx, firstBatch);
    expect(await actualSummaries()).toEqual(await expectedSummaries());
  });
});
