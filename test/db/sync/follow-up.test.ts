import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { useTestDb } from "../../helpers/db";
import { newHousehold } from "../app/households";
import { autoMapConnection } from "../../../lib/connections";
import { syncConnection } from "../../../lib/sync";
import { addDays, todayIso } from "../../../lib/dates";
import { commitParsed } from "../../../lib/import";
import { afterNewTransactions } from "../../../lib/insights/recurrences/after-import";
import { inputFor, parsed, statement, tx } from "../import/helpers";
import { startGocardlessFake, type GocardlessFake } from "../../fakes/gocardless";
import { gocardlessHarness, type Harness } from "./harness";

const testDb = useTestDb();

describe("recurring payments after a sync", () => {
  let harness: Harness;
  let fake: GocardlessFake;
  beforeAll(async () => {
    // A second fake with the same seed holds the same dataset: it tells the test what the bank will send.
    harness = await gocardlessHarness(61);
    fake = await startGocardlessFake({ seed: 61 });
  });
  afterAll(async () => {
    await harness?.close();
    await fake?.close();
  });

  it("are looked for in the payee groups of the run's rows (older rows of those groups included), not in an older import's own", async () => {
    const ctx = await newHousehold("Sync follow-up");
    const cash = await testDb.prisma.account.create({ data: { householdId: ctx.householdId, name: "Manual", type: "checking", currency: "EUR" } });
    const today = todayIso();
    // An import whose follow-up never ran: a monthly series of its own, not detected yet.
    await commitParsed(ctx, inputFor({ accountId: cash.id }), [parsed([statement([-100, -70, -40, -10].map((offset) => tx(addDays(today, offset), "-42.00", "PRLV SALLE DE SPORT")))])]);
    const gym = { householdId: ctx.householdId, rawLabel: "PRLV SALLE DE SPORT" };

    const id = await harness.connect(ctx);
    await autoMapConnection(ctx, id);
    // The bank's latest card debit, and the same debit one and two months before, imported earlier by file into
    // the synced account: the sync brings the third occurrence of a series.
    const latest = fake.accounts[0]!.booked.filter((t) => t.transactionAmount.amount.startsWith("-")).at(-1)!;
    const [checking] = await testDb.prisma.account.findMany({ where: { householdId: ctx.householdId, iban: fake.accounts[0]!.iban } });
    const label = latest.remittanceInformationUnstructured!;
    await commitParsed(ctx, inputFor({ accountId: checking!.id }), [parsed([statement([-60, -30].map((offset) =>
      tx(addDays(latest.bookingDate!, offset), latest.transactionAmount.amount, label, { payee: latest.creditorName! })))])]);
    const report = await syncConnection(ctx, id);
    expect(report.new).toBeGreaterThan(0);
    expect(report.warnings.filter((w) => /detection failed/.test(w))).toEqual([]);

    // Untouched by the sync's follow-up; every series it stored holds rows of this run.
    expect((await testDb.prisma.transaction.findMany({ where: gym })).map((r) => r.recurrenceId)).toEqual([null, null, null, null]);
    const series = await testDb.prisma.recurrence.findMany({ where: { householdId: ctx.householdId }, include: { transactions: { select: { syncRunId: true, amountMinor: true, date: true } } } });
    expect(series.length).toBeGreaterThan(0);
    for (const s of series) expect(s.transactions.some((t) => t.syncRunId === report.syncRunId)).toBe(true);
    const amountMinor = BigInt(latest.transactionAmount.amount.replace(".", ""));
    const debitSeries = series.find((s) => s.transactions.some((t) => t.syncRunId === report.syncRunId && t.date === latest.bookingDate && t.amountMinor === amountMinor));
    expect(debitSeries?.transactions.filter((t) => t.syncRunId === null && t.amountMinor === amountMinor)).toHaveLength(2);

    // The whole-history pass finds the older series: the sync left it to the periodic pass, as it should.
    await afterNewTransactions(ctx, today);
    const after = await testDb.prisma.transaction.findMany({ where: gym });
    expect(after[0]!.recurrenceId).toBeTruthy();
    expect(new Set(after.map((r) => r.recurrenceId)).size).toBe(1);
  });
});
