import { describe, expect, it } from "vitest";
import { useTestDb } from "../../helpers/db";
import { operatorContext } from "../../../lib/auth/guard";
import { addDays, todayIso } from "../../../lib/dates";
import { commitParsed } from "../../../lib/import";
import { followUpImport } from "../../../lib/import/follow-up";
import { afterNewTransactions } from "../../../lib/insights/recurrences/after-import";
import { inputFor, parsed, statement, tx } from "./helpers";

const testDb = useTestDb();

async function recurrenceIdsOf(householdId: string, label: string): Promise<(string | null)[]> {
  const rows = await testDb.prisma.transaction.findMany({ where: { householdId, rawLabel: label }, orderBy: { date: "asc" } });
  return rows.map((r) => r.recurrenceId);
}

describe("the follow-up of one import batch", () => {
  it("reads that batch's rows only, and still finds the series and the transfer they complete with older rows", async () => {
    const household = await testDb.prisma.household.create({ data: { name: "Fast path" } });
    const ctx = operatorContext(household.id);
    const checking = await testDb.prisma.account.create({ data: { householdId: household.id, name: "Checking", type: "checking", currency: "EUR" } });
    const savings = await testDb.prisma.account.create({ data: { householdId: household.id, name: "Savings", type: "savings", currency: "EUR" } });
    const today = todayIso();
    const day = (offset: number) => addDays(today, offset);

    // Older batches whose follow-up never ran: a monthly Netflix series of their own (4 debits, undetected yet),
    // two Spotify debits (one short of a series), and the savings side of a transfer.
    await commitParsed(ctx, inputFor({ accountId: checking.id }), [parsed([statement([
      ...[-100, -70, -40, -10].map((offset) => tx(day(offset), "-15.99", "PRLV NETFLIX")),
      ...[-62, -32].map((offset) => tx(day(offset), "-9.99", "PRLV SPOTIFY")),
    ])])]);
    await commitParsed(ctx, inputFor({ accountId: savings.id }), [parsed([statement([tx(day(-1), "300.00", "VIR DEPUIS COMPTE CHEQUES")])])]);

    // The new batch: Spotify's third debit and the checking side of the transfer.
    const batch = await commitParsed(ctx, inputFor({ accountId: checking.id }), [parsed([statement([
      tx(day(-2), "-9.99", "PRLV SPOTIFY"),
      tx(day(-1), "-300.00", "VIR VERS LIVRET A"),
    ])])]);
    await followUpImport(ctx, { importBatchId: batch.batchId });

    // Spotify became a series of its three debits, the new one and the two older ones.
    const spotify = await recurrenceIdsOf(household.id, "PRLV SPOTIFY");
    expect(spotify).toHaveLength(3);
    expect(spotify[0]).toBeTruthy();
    expect(new Set(spotify)).toEqual(new Set([spotify[0]]));
    // The new debit found its counterpart imported before.
    const transfer = await testDb.prisma.transaction.findMany({ where: { householdId: household.id, rawLabel: { startsWith: "VIR" } } });
    expect(transfer).toHaveLength(2);
    expect(transfer[0]!.transferId).toBeTruthy();
    expect(transfer[1]!.transferId).toBe(transfer[0]!.transferId);
    // The older batch's own group was not read: Netflix is still free, and no series was stored for it.
    expect(await recurrenceIdsOf(household.id, "PRLV NETFLIX")).toEqual([null, null, null, null]);
    expect(await testDb.prisma.recurrence.count({ where: { householdId: household.id } })).toBe(1);

    // The whole-history pass (without the batch) does find it: what the fast path left to the periodic pass.
    expect(await afterNewTransactions(ctx, today)).toMatchObject({ created: 1 });
    expect(new Set(await recurrenceIdsOf(household.id, "PRLV NETFLIX")).size).toBe(1);
    expect((await recurrenceIdsOf(household.id, "PRLV NETFLIX"))[0]).toBeTruthy();
  });
});
