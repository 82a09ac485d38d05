import { describe, expect, it } from "vitest";
import { operatorContext } from "../../../lib/auth/guard";
import { attachAndDetect } from "../../../lib/insights/recurrences/store";
import { editSeries, listSeries, setSeriesState } from "../../../lib/insights/recurrences/review";
import { loadRecurringOverview } from "../../../lib/insights/recurrences/overview";
import { linkTransfers } from "../../../lib/insights/transfers/link";
import { confirmTransfer, listTransfers, undoTransfer } from "../../../lib/insights/transfers/review";
import { useTestDb } from "../../helpers/db";
import { seedHousehold, seedTransactions } from "./seed";

const testDb = useTestDb();
const ctx = operatorContext("h1");

describe("recurring series in the database", () => {
  it("detects, attaches new transactions, and never re-proposes a dismissed series", async () => {
    await seedHousehold(testDb.raw, "h1", ["checking", "savings"]);
    await seedHousehold(testDb.raw, "h2", ["other"]);
    const months = ["2024-01", "2024-02", "2024-03", "2024-04"];
    await seedTransactions(testDb.raw, "h1", [
      ...months.map((m) => ({ accountId: "checking", date: `${m}-05`, amountMinor: -1599n, label: "PRLV NETFLIX", payee: "Netflix" })),
      ...months.map((m, i) => ({ accountId: "checking", date: `${m}-${["03", "19", "07", "25"][i]}`, amountMinor: -4500n, label: "CB BOULANGERIE", payee: "Boulangerie" })),
      { accountId: "checking", date: "2024-03-20", amountMinor: -89900n, label: "CB IKEA", payee: "IKEA" },
    ]);
    expect(await attachAndDetect(ctx, "2024-04-20")).toEqual({ attached: 0, created: 1 });
    const [netflix] = await listSeries(ctx);
    expect(netflix).toMatchObject({ name: "Netflix", state: "detected", occurrences: 4, nextDate: "2024-05-05", intervalDays: 30 });

    // The next debit (a little dearer) joins the series and moves its dates and amount.
    await seedTransactions(testDb.raw, "h1", [{ accountId: "checking", date: "2024-05-06", amountMinor: -1699n, label: "PRLV NETFLIX", payee: "Netflix" }]);
    expect(await attachAndDetect(ctx, "2024-05-10")).toEqual({ attached: 1, created: 0 });
    expect((await listSeries(ctx))[0]).toMatchObject({ occurrences: 5, lastDate: "2024-05-06", nextDate: "2024-06-05", amountMinor: -1699n });

    const overview = await loadRecurringOverview(ctx, "2024-05-20");
    expect(overview.upcoming.map((u) => u.date)).toEqual(["2024-06-05"]);
    expect(overview.forecasts[0]!.endMinor).toBe(overview.forecasts[0]!.startMinor - 1699n);

    await setSeriesState(ctx, netflix!.id, "dismissed");
    await seedTransactions(testDb.raw, "h1", [{ accountId: "checking", date: "2024-06-05", amountMinor: -1699n, label: "PRLV NETFLIX", payee: "Netflix" }]);
    expect(await attachAndDetect(ctx, "2024-06-10")).toEqual({ attached: 1, created: 0 });
    expect(await listSeries(ctx)).toEqual([]);
    expect(await listSeries(ctx, { includeDismissed: true })).toHaveLength(1);
  });

  it("edits a series (name, amount, interval) and confirms it; rejects a bad amount with a field error", async () => {
    const [series] = await listSeries(ctx, { includeDismissed: true });
    await editSeries(ctx, series!.id, { name: "Netflix family", amount: "-19.99", intervalDays: "91" });
    expect((await listSeries(ctx))[0]).toMatchObject({ name: "Netflix family", amountMinor: -1999n, intervalDays: 91, state: "confirmed" });
    await expect(editSeries(ctx, series!.id, { name: "x", amount: "abc", intervalDays: "30" })).rejects.toMatchObject({ code: "INVALID_INPUT" });
    await expect(editSeries(operatorContext("h2"), series!.id, { name: "x", amount: "1", intervalDays: "30" })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("internal transfers in the database", () => {
  it("pairs one-to-one within the household, excludes rejected pairs for good, never pairs another household's accounts", async () => {
    const [out1, in1, out2, , otherIn] = await seedTransactions(testDb.raw, "h1", [
      { accountId: "checking", date: "2024-07-01", amountMinor: -50000n, label: "VIR VERS LIVRET A" },
      { accountId: "savings", date: "2024-07-02", amountMinor: 50000n, label: "VIR DE COMPTE COURANT" },
      { accountId: "checking", date: "2024-07-01", amountMinor: -50000n, label: "VIR VERS LIVRET A" },
      { accountId: "checking", date: "2024-07-03", amountMinor: -30000n, label: "VIR EPARGNE" },
      { accountId: "savings", date: "2024-07-20", amountMinor: 20000n, label: "VIR RECU" },
    ]);
    // Another household's account with the matching credit: never a candidate.
    await seedTransactions(testDb.raw, "h2", [{ accountId: "other", date: "2024-07-03", amountMinor: 30000n, label: "VIR EPARGNE" }]);
    expect(await linkTransfers(ctx, { since: "2000-01-01" })).toBe(1);
    const [transfer] = await listTransfers(ctx);
    expect(transfer).toMatchObject({ outAccount: "checking", inAccount: "savings", amountMinor: 50000n, state: "auto" });
    const linked = await testDb.raw.all<{ id: string }>(`SELECT "id" FROM "Transaction" WHERE "transferId" IS NOT NULL ORDER BY "id"`);
    const linkedIds = linked.map((r) => r.id);
    expect(linkedIds).toHaveLength(2);
    expect(linkedIds).toContain(in1);
    expect([out1, out2].filter((id) => linkedIds.includes(id!))).toHaveLength(1);
    expect(linkedIds).not.toContain(otherIn);

    await confirmTransfer(ctx, transfer!.id);
    expect((await listTransfers(ctx))[0]!.state).toBe("confirmed");
    await undoTransfer(ctx, transfer!.id);
    expect(await listTransfers(ctx)).toEqual([]);
    // The undone pair is not proposed again, but the other identical debit may take the credit.
    expect(await linkTransfers(ctx, { since: "2000-01-01" })).toBe(1);
    const again = await listTransfers(ctx);
    await undoTransfer(ctx, again[0]!.id);
    expect(await linkTransfers(ctx, { since: "2000-01-01" })).toBe(0);
    const [count] = await testDb.raw.all<{ n: bigint }>(`SELECT COUNT(*) AS "n" FROM "Transaction" WHERE "transferId" IS NOT NULL`);
    expect(Number(count!.n)).toBe(0);
    await expect(undoTransfer(operatorContext("h2"), transfer!.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
