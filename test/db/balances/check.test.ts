import { describe, expect, it } from "vitest";
import { operatorContext } from "../../../lib/auth/guard";
import { checkAccountBalance } from "../../../lib/insights/balances/check";
import { findDiscrepancies } from "../../../lib/insights/balances/discrepancy";
import { useTestDb } from "../../helpers/db";
import { seedHousehold, seedTransactions } from "../recurrences/seed";

const testDb = useTestDb();
const ctx = operatorContext("hb");

async function report(date: string, amountMinor: bigint) {
  await testDb.raw.run(`INSERT INTO "BalanceReport" ("id", "accountId", "date", "amountMinor", "source", "createdAt") VALUES (?, 'acc', ?, ?, 'import', ?)`, [`r-${date}`, date, amountMinor, new Date()]);
}

describe("balance checks", () => {
  it("finds the window where reported and computed balances stop agreeing, and the rows that explain the gap", async () => {
    await seedHousehold(testDb.raw, "hb", ["acc"]);
    await testDb.raw.run(`UPDATE "Account" SET "openingBalanceMinor" = 100000 WHERE "id" = 'acc'`);
    const [, , missing, dupe1, dupe2] = await seedTransactions(testDb.raw, "hb", [
      { accountId: "acc", date: "2024-01-03", amountMinor: -2000n, label: "CB A" },
      { accountId: "acc", date: "2024-01-10", amountMinor: 50000n, label: "SALAIRE" },
      { accountId: "acc", date: "2024-01-15", amountMinor: -4200n, label: "CB FORGOTTEN" },
      { accountId: "acc", date: "2024-02-02", amountMinor: -1500n, label: "CB B" },
      { accountId: "acc", date: "2024-02-02", amountMinor: -1500n, label: "CB B" },
      { accountId: "acc", date: "2024-02-20", amountMinor: -700n, label: "CB PENDING", status: "pending" },
    ]);
    // The user deleted a real row by mistake: the bank still counts it.
    await testDb.raw.run(`UPDATE "Transaction" SET "deletedAt" = ? WHERE "id" = ?`, [new Date(), missing!]);
    await report("2024-01-12", 148000n); // agrees: 100000 − 2000 + 50000
    await report("2024-01-31", 143800n); // bank has the −42.00 the ledger lost
    await report("2024-02-10", 142300n); // and only one −15.00
    const check = await checkAccountBalance(ctx, "acc");
    expect(check.reports.map((r) => r.reportedMinor - r.computedMinor)).toEqual([0n, -4200n, -2700n]);
    expect(check.discrepancies).toHaveLength(2);
    const [first, second] = check.discrepancies;
    expect(first).toMatchObject({ lastGoodDate: "2024-01-12", firstBadDate: "2024-01-31", gapMinor: -4200n });
    expect(first!.explanations[0]).toMatchObject({ id: missing, kind: "deleted", isExact: true });
    expect(second).toMatchObject({ lastGoodDate: "2024-01-31", firstBadDate: "2024-02-10", gapMinor: 1500n });
    expect(second!.explanations[0]).toMatchObject({ kind: "duplicate", isExact: true });
    expect([dupe1, dupe2]).toContain(second!.explanations[0]!.id);
    await expect(checkAccountBalance(operatorContext("elsewhere"), "acc")).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("reports a disagreement at the very first report from the opening balance", () => {
    expect(findDiscrepancies([{ date: "2024-01-01", reportedMinor: 10n, computedMinor: 0n, source: "sync" }])).toEqual([
      { lastGoodDate: null, firstBadDate: "2024-01-01", gapMinor: 10n, differenceMinor: 10n },
    ]);
  });
});
