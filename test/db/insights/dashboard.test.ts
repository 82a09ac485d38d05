import { describe, expect, it } from "vitest";
import { useTestDb } from "../../helpers/db";
import { seedHousehold, type TxSeed } from "./seed";
import { loadDashboard } from "../../../lib/insights/dashboard";
import { loadBalanceHistory } from "../../../lib/insights/balances";
import { resolvePeriod } from "../../../lib/insights/shape/period";
import { donutSlices } from "../../../lib/insights/shape/donut";

useTestDb();

const rows: TxSeed[] = [
  { account: "main", date: "2024-01-15", amountMinor: -1000n, categoryId: "400110", payee: "Lidl" }, // before the period
  { account: "main", date: "2024-02-01", amountMinor: 300000n, categoryId: "200110", payee: "Acme" },
  { account: "main", date: "2024-02-03", amountMinor: -4500n, categoryId: "400110", payee: "Lidl" },
  { account: "main", date: "2024-02-03", amountMinor: -500n, categoryId: "400100", payee: null },
  { account: "main", date: "2024-02-10", amountMinor: -99999n, categoryId: "400110", payee: "Lidl", isDeleted: true }, // tombstone
  { account: "main", date: "2024-02-12", amountMinor: -2000n, categoryId: "400810", payee: "Le Zinc", status: "pending" },
  // An internal transfer: linked pair, and an unlinked one in a transfer category.
  { account: "main", date: "2024-02-15", amountMinor: -50000n, categoryId: "600110", transferId: "tr1" },
  { account: "savings", date: "2024-02-15", amountMinor: 50000n, categoryId: "600110", transferId: "tr1" },
  { account: "main", date: "2024-02-16", amountMinor: -7000n, categoryId: "100" },
  { account: "savings", date: "2024-02-16", amountMinor: 7000n, categoryId: "0", transferId: "tr2" },
  { account: "main", date: "2024-02-16", amountMinor: -7000n, categoryId: "0", transferId: "tr2" },
  { account: "usd", date: "2024-02-20", amountMinor: -1234n, currency: "USD", categoryId: "400110", payee: "Walmart" },
  { account: "main", date: "2024-03-05", amountMinor: -800n, categoryId: "400110", payee: "Lidl" }, // after the period
];

async function seed() {
  return seedHousehold([{ name: "main", openingMinor: 10000n }, { name: "savings" }, { name: "usd", currency: "USD", openingMinor: 5000n }], rows);
}

describe("dashboard aggregates on a real database", () => {
  const february = resolvePeriod("custom", "2024-06-01", "2024-02-01", "2024-02-29");

  it("builds daily balances from the opening balance, live rows only, every day filled", async () => {
    const { ctx, accountIds } = await seed();
    const { accounts, series } = await loadBalanceHistory(ctx, february.from, february.to);
    const main = accounts.find((a) => a.name === "main")!;
    // 10000 - 1000 + 300000 - 4500 - 500 - 2000 - 50000 - 7000 - 7000 - 800 (the tombstone never counts)
    expect(main.balanceMinor).toBe(237200n);
    expect(main.balanceBeforeMinor).toBe(9000n);
    expect(main.transactionCount).toBe(9);
    const eur = series.find((s) => s.currency === "EUR")!;
    expect(eur.points).toHaveLength(29);
    expect(eur.points[0]).toEqual({ date: "2024-02-01", totalMinor: 309000n, byAccount: { [accountIds.main!]: 309000n, [accountIds.savings!]: 0n } });
    expect(eur.points.at(-1)!.byAccount[accountIds.main!]).toBe(238000n);
    expect(eur.points.at(-1)!.totalMinor).toBe(238000n + 57000n);
    expect(series.find((s) => s.currency === "USD")!.points.at(-1)!.totalMinor).toBe(3766n);
  });

  it("leaves internal transfers out of income and expenses and keeps currencies apart", async () => {
    const { ctx } = await seed();
    const data = await loadDashboard(ctx, february);
    expect(data.periodTotals).toEqual([
      { currency: "EUR", incomeMinor: 300000n, expenseMinor: -7000n, netMinor: 293000n },
      { currency: "USD", incomeMinor: 0n, expenseMinor: -1234n, netMinor: -1234n },
    ]);
    const slices = donutSlices(data.categorySums, "EUR", null, "en");
    expect(slices.map((s) => [s.categoryId, s.spentMinor])).toEqual([["400100", 5000n], ["400800", 2000n]]);
    expect(data.topPayees.filter((p) => p.currency === "EUR")).toEqual([
      { payee: "Lidl", currency: "EUR", spentMinor: 4500n, count: 1 },
      { payee: "Le Zinc", currency: "EUR", spentMinor: 2000n, count: 1 },
    ]);
    const eurMonths = data.months.find((m) => m.currency === "EUR")!.buckets;
    expect(eurMonths).toHaveLength(13);
    expect(eurMonths.find((b) => b.month === "2024-01")).toEqual({ month: "2024-01", incomeMinor: 0n, expenseMinor: -1000n, netMinor: -1000n });
    expect(eurMonths.at(-1)).toEqual({ month: "2024-02", incomeMinor: 300000n, expenseMinor: -7000n, netMinor: 293000n });
  });

  it("leaves pending rows out when asked for booked only", async () => {
    const { ctx } = await seed();
    const data = await loadDashboard(ctx, february, { isIncludingPending: false });
    expect(data.periodTotals[0]!.expenseMinor).toBe(-5000n);
    expect(data.accounts.find((a) => a.name === "main")!.balanceMinor).toBe(239200n);
  });

  it("never shows another household's rows", async () => {
    const mine = await seed();
    await seedHousehold([{ name: "main", openingMinor: 1n }], [{ account: "main", date: "2024-02-05", amountMinor: -777777n, categoryId: "400110", payee: "Lidl" }]);
    const data = await loadDashboard(mine.ctx, february);
    expect(data.accounts).toHaveLength(3);
    expect(data.topPayees.find((p) => p.payee === "Lidl")!.spentMinor).toBe(4500n);
    expect(data.periodTotals[0]!.expenseMinor).toBe(-7000n);
  });
});
