import { describe, expect, it } from "vitest";
import { operatorContext } from "../../../lib/auth/guard";
import { afterNewTransactions } from "../../../lib/insights/recurrences/after-import";
import { editSeries, listSeries, setSeriesState } from "../../../lib/insights/recurrences/review";
import { attachAndDetect, attachAndDetectNew } from "../../../lib/insights/recurrences/store";
import { useTestDb } from "../../helpers/db";
import { seedHousehold, seedTransactions, type SeedTx } from "./seed";

const testDb = useTestDb();
const ctx = operatorContext("h1");
const months = (from: number, count: number) => Array.from({ length: count }, (_, i) => `2024-${String(from + i).padStart(2, "0")}`);

async function seriesIdOf(txId: string): Promise<string | null> {
  const [row] = await testDb.raw.all<{ recurrenceId: string | null }>(`SELECT "recurrenceId" FROM "Transaction" WHERE "id" = ?`, [txId]);
  return row?.recurrenceId ?? null;
}

async function markSyncRun(ids: readonly string[], syncRunId: string): Promise<void> {
  for (const id of ids) await testDb.raw.run(`UPDATE "Transaction" SET "syncRunId" = ? WHERE "id" = ?`, [syncRunId, id]);
}

describe("re-detection keeps what the user decided", () => {
  it("confirmed, edited and dismissed series survive any number of passes, and their new debits still attach", async () => {
    await seedHousehold(testDb.raw, "h1", ["checking"]);
    await seedHousehold(testDb.raw, "h2", ["other"]);
    await seedTransactions(testDb.raw, "h1", [
      ...months(1, 4).map((m) => ({ accountId: "checking", date: `${m}-05`, amountMinor: -1599n, label: "PRLV NETFLIX", payee: "Netflix" })),
      ...months(1, 4).map((m) => ({ accountId: "checking", date: `${m}-10`, amountMinor: -3000n, label: "PRLV GYM", payee: "Gym" })),
      ...months(1, 4).map((m) => ({ accountId: "checking", date: `${m}-15`, amountMinor: -999n, label: "PRLV SPOTIFY", payee: "Spotify" })),
    ]);
    expect(await attachAndDetect(ctx, "2024-04-20")).toEqual({ attached: 0, created: 3 });
    const byName = async () => Object.fromEntries((await listSeries(ctx, { includeDismissed: true })).map((s) => [s.payee, s]));
    const first = await byName();
    await setSeriesState(ctx, first.netflix!.id, "confirmed");
    await editSeries(ctx, first.gym!.id, { name: "Gym (family)", amount: "-35.00", intervalDays: "30" });
    await setSeriesState(ctx, first.spotify!.id, "dismissed");

    // Nothing new: passes change nothing, create nothing.
    expect(await attachAndDetect(ctx, "2024-04-25")).toEqual({ attached: 0, created: 0 });
    expect(await attachAndDetect(ctx, "2024-04-26")).toEqual({ attached: 0, created: 0 });

    // A month later: one debit each, within each series' tolerance, and another household's look-alike.
    const [netflix, gym, spotify] = await seedTransactions(testDb.raw, "h1", [
      { accountId: "checking", date: "2024-05-06", amountMinor: -1699n, label: "PRLV NETFLIX", payee: "Netflix" },
      { accountId: "checking", date: "2024-05-10", amountMinor: -3400n, label: "PRLV GYM", payee: "Gym" },
      { accountId: "checking", date: "2024-05-15", amountMinor: -999n, label: "PRLV SPOTIFY", payee: "Spotify" },
    ]);
    const [foreign] = await seedTransactions(testDb.raw, "h2", [{ accountId: "other", date: "2024-05-06", amountMinor: -1599n, label: "PRLV NETFLIX", payee: "Netflix" }]);
    expect(await attachAndDetect(ctx, "2024-05-20")).toEqual({ attached: 3, created: 0 });
    expect(await seriesIdOf(netflix!)).toBe(first.netflix!.id);
    expect(await seriesIdOf(gym!)).toBe(first.gym!.id);
    expect(await seriesIdOf(spotify!)).toBe(first.spotify!.id);
    expect(await seriesIdOf(foreign!)).toBeNull();

    const after = await byName();
    // User decisions stand: states, the edited name and amount; confirmed amounts are the user's, dates move on.
    expect(after.netflix).toMatchObject({ state: "confirmed", amountMinor: -1599n, lastDate: "2024-05-06", nextDate: "2024-06-05", occurrences: 5 });
    expect(after.gym).toMatchObject({ state: "confirmed", name: "Gym (family)", amountMinor: -3500n, lastDate: "2024-05-10", occurrences: 5 });
    expect(after.spotify).toMatchObject({ state: "dismissed", occurrences: 5 });
    expect(Object.keys(after)).toHaveLength(3);
    expect(await attachAndDetect(operatorContext("h2"), "2024-05-20")).toEqual({ attached: 0, created: 0 });
  });
});

describe("after an import or a sync", () => {
  it("reads only the payee groups of the rows the run wrote, attaching and detecting within them", async () => {
    await seedHousehold(testDb.raw, "h3", ["main"]);
    const h3 = operatorContext("h3");
    const rent = (m: string): SeedTx => ({ accountId: "main", date: `${m}-05`, amountMinor: -90000n, label: "PRLV LOYER", payee: "Loyer" });
    const insurance = (m: string): SeedTx => ({ accountId: "main", date: `${m}-20`, amountMinor: -4500n, label: "PRLV ASSURANCE HABITATION", payee: null });
    const phone = (m: string): SeedTx => ({ accountId: "main", date: `${m}-12`, amountMinor: -1999n, label: "PRLV FREE MOBILE", payee: "Free" });
    await seedTransactions(testDb.raw, "h3", [...months(1, 3).map(rent), ...months(1, 2).map(insurance), ...months(1, 3).map(phone)]);
    expect(await attachAndDetect(h3, "2024-03-25")).toEqual({ attached: 0, created: 2 });

    // The phone's fourth debit arrives by hand (no run); a sync writes the rent and the insurance's third debit.
    await seedTransactions(testDb.raw, "h3", [phone("2024-04")]);
    const synced = await seedTransactions(testDb.raw, "h3", [rent("2024-04"), insurance("2024-03")]);
    await markSyncRun(synced, "run-1");
    expect(await afterNewTransactions(h3, "2024-04-06", { syncRunId: "run-1" })).toMatchObject({ attached: 1, created: 1 });
    expect(await seriesIdOf(synced[0]!)).not.toBeNull();
    const series = await listSeries(h3);
    expect(series.map((s) => [s.name, s.occurrences]).sort()).toEqual([["Free", 3], ["Loyer", 4], ["PRLV ASSURANCE HABITATION", 3]]);

    // The periodic whole pass picks up what came without a run; an unknown run changes nothing.
    expect(await attachAndDetectNew(h3, { syncRunId: "no-such-run" }, "2024-04-06")).toEqual({ attached: 0, created: 0 });
    expect(await attachAndDetect(h3, "2024-04-13")).toEqual({ attached: 1, created: 0 });
  });

  it("stores hundreds of series and thousands of links in one pass, and a payee with a separator character", async () => {
    await seedHousehold(testDb.raw, "h4", ["big"]);
    const h4 = operatorContext("h4");
    const rows: SeedTx[] = [];
    for (let p = 0; p < 300; p++) {
      for (const m of months(1, 4)) rows.push({ accountId: "big", date: `${m}-${String(1 + (p % 28)).padStart(2, "0")}`, amountMinor: -BigInt(1000 + p * 100), label: `PRLV ABO ${p}`, payee: `Abo ${p}` });
    }
    for (const m of months(1, 4)) rows.push({ accountId: "big", date: `${m}-03`, amountMinor: -700n, label: "PRLV ODD", payee: "Odd\u001fPayee" });
    await seedTransactions(testDb.raw, "h4", rows);
    expect(await attachAndDetect(h4, "2024-04-29")).toEqual({ attached: 0, created: 301 });
    const [linked] = await testDb.raw.all<{ n: bigint }>(`SELECT COUNT(*) AS "n" FROM "Transaction" WHERE "householdId" = 'h4' AND "recurrenceId" IS NOT NULL`);
    expect(Number(linked!.n)).toBe(1204);
    expect((await listSeries(h4)).find((s) => s.name === "Odd\u001fPayee")).toMatchObject({ occurrences: 4, nextDate: "2024-05-03" });
  });
});
