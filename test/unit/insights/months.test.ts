import { describe, expect, it } from "vitest";
import { monthBuckets, periodTotals } from "../../../lib/insights/shape/months";
import { monthsBetween, monthsEnding, resolvePeriod } from "../../../lib/insights/shape/period";
import { categorySumsOf, monthSumsOf, topPayeesOf, type PeriodSumRow } from "../../../lib/insights/shape/period-sums";

describe("periods", () => {
  it("resolves presets against today", () => {
    expect(resolvePeriod("month", "2024-03-15")).toEqual({ preset: "month", from: "2024-03-01", to: "2024-03-15" });
    expect(resolvePeriod("last-month", "2024-03-15")).toEqual({ preset: "last-month", from: "2024-02-01", to: "2024-02-29" });
    expect(resolvePeriod("last-month", "2024-01-10")).toEqual({ preset: "last-month", from: "2023-12-01", to: "2023-12-31" });
    expect(resolvePeriod("3m", "2024-02-10").from).toBe("2023-12-01");
    expect(resolvePeriod("12m", "2024-03-15").from).toBe("2023-04-01");
    expect(resolvePeriod("year", "2024-03-15")).toEqual({ preset: "year", from: "2024-01-01", to: "2024-03-15" });
  });

  it("takes a custom range (swapped when reversed) and falls back to this month on bad input", () => {
    expect(resolvePeriod("custom", "2024-03-15", "2024-02-10", "2023-01-01")).toEqual({ preset: "custom", from: "2023-01-01", to: "2024-02-10" });
    expect(resolvePeriod("custom", "2024-03-15", "2024-02-30", "2024-03-01").preset).toBe("month");
    expect(resolvePeriod("nonsense", "2024-03-15").from).toBe("2024-03-01");
  });

  it("lists months across year ends", () => {
    expect(monthsEnding("2024-02-10", 3)).toEqual(["2023-12", "2024-01", "2024-02"]);
    expect(monthsBetween("2023-11-20", "2024-01-02")).toEqual(["2023-11", "2023-12", "2024-01"]);
  });
});

describe("monthBuckets", () => {
  it("fills months without movements with zeros and keeps one currency", () => {
    const buckets = monthBuckets([
      { month: "2024-01", currency: "EUR", incomeMinor: 300n, expenseMinor: -100n },
      { month: "2024-03", currency: "EUR", incomeMinor: 0n, expenseMinor: -50n },
      { month: "2024-01", currency: "USD", incomeMinor: 999n, expenseMinor: 0n },
    ], "EUR", ["2024-01", "2024-02", "2024-03"]);
    expect(buckets).toEqual([
      { month: "2024-01", incomeMinor: 300n, expenseMinor: -100n, netMinor: 200n },
      { month: "2024-02", incomeMinor: 0n, expenseMinor: 0n, netMinor: 0n },
      { month: "2024-03", incomeMinor: 0n, expenseMinor: -50n, netMinor: -50n },
    ]);
  });

  it("totals a period per currency", () => {
    expect(periodTotals([
      { month: "2024-01", currency: "USD", incomeMinor: 1n, expenseMinor: -2n },
      { month: "2024-01", currency: "EUR", incomeMinor: 10n, expenseMinor: -3n },
      { month: "2024-02", currency: "EUR", incomeMinor: 5n, expenseMinor: 0n },
    ])).toEqual([
      { currency: "EUR", incomeMinor: 15n, expenseMinor: -3n, netMinor: 12n },
      { currency: "USD", incomeMinor: 1n, expenseMinor: -2n, netMinor: -1n },
    ]);
  });
});

describe("period sums (one pass split three ways)", () => {
  const row = (over: Partial<PeriodSumRow>): PeriodSumRow => ({ month: "2024-03", categoryId: "400110", currency: "EUR", payee: "Lidl", isIncome: false, isInPeriod: true, sumMinor: -100n, count: 1, ...over });
  const rows = [
    row({}), row({ payee: "Monoprix", sumMinor: -300n, count: 2 }), row({ isInPeriod: false, month: "2024-01", sumMinor: -5000n }),
    row({ isIncome: true, categoryId: "200110", payee: "Acme", sumMinor: 2000n }), row({ payee: null, sumMinor: -50n }),
  ];

  it("gives the donut only expenses inside the period", () => {
    expect(categorySumsOf(rows)).toEqual([{ categoryId: "400110", currency: "EUR", sumMinor: -450n, count: 4 }]);
  });

  it("gives the chart every month and the period totals only the period", () => {
    expect(monthSumsOf(rows, false)).toEqual([
      { month: "2024-03", currency: "EUR", incomeMinor: 2000n, expenseMinor: -450n },
      { month: "2024-01", currency: "EUR", incomeMinor: 0n, expenseMinor: -5000n },
    ]);
    expect(monthSumsOf(rows, true)).toHaveLength(1);
  });

  it("ranks recognized payees by money spent", () => {
    expect(topPayeesOf(rows, 5)).toEqual([
      { payee: "Monoprix", currency: "EUR", spentMinor: 300n, count: 2 },
      { payee: "Lidl", currency: "EUR", spentMinor: 100n, count: 1 },
    ]);
  });
});
