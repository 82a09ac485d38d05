import { describe, expect, it } from "vitest";
import { budgetForMonth, progressPercent } from "../../../lib/insights/shape/budget";

const spent = new Map<string, bigint>([["2024-01", 8000n], ["2024-02", 13000n], ["2024-03", 4000n]]);

describe("budgetForMonth", () => {
  it("without rollover, each month has the budget amount", () => {
    const march = budgetForMonth({ amountMinor: 10000n, isRollover: false, startMonth: "2024-01" }, spent, "2024-03");
    expect(march).toMatchObject({ carryInMinor: 0n, availableMinor: 10000n, spentMinor: 4000n, remainingMinor: 6000n, isExceeded: false });
  });

  it("with rollover, unspent money carries in and overspending reduces the next month", () => {
    const budget = { amountMinor: 10000n, isRollover: true, startMonth: "2024-01" };
    // January: +2000 left. February: -3000 over. March carries 2000 - 3000 = -1000.
    expect(budgetForMonth(budget, spent, "2024-02")).toMatchObject({ carryInMinor: 2000n, availableMinor: 12000n, isExceeded: true, remainingMinor: -1000n });
    expect(budgetForMonth(budget, spent, "2024-03")).toMatchObject({ carryInMinor: -1000n, availableMinor: 9000n, remainingMinor: 5000n });
    // April: nothing spent yet, carries 2000 - 3000 + 6000 = 5000.
    expect(budgetForMonth(budget, spent, "2024-04")).toMatchObject({ carryInMinor: 5000n, availableMinor: 15000n, spentMinor: 0n });
  });

  it("counts nothing before the start month", () => {
    const budget = { amountMinor: 10000n, isRollover: true, startMonth: "2024-02" };
    expect(budgetForMonth(budget, spent, "2024-03").carryInMinor).toBe(-3000n);
    expect(budgetForMonth(budget, spent, "2024-02").carryInMinor).toBe(0n);
  });

  it("treats refunds (negative spending) as money back", () => {
    const month = budgetForMonth({ amountMinor: 1000n, isRollover: false, startMonth: "2024-01" }, new Map([["2024-05", -200n]]), "2024-05");
    expect(month.remainingMinor).toBe(1200n);
    expect(progressPercent(month)).toBe(0);
  });

  it("caps the progress bar and handles nothing available", () => {
    expect(progressPercent(budgetForMonth({ amountMinor: 100n, isRollover: false, startMonth: "2024-01" }, new Map([["2024-01", 250n]]), "2024-01"))).toBe(100);
    const empty = budgetForMonth({ amountMinor: 100n, isRollover: true, startMonth: "2024-01" }, new Map([["2024-01", 300n], ["2024-02", 1n]]), "2024-02");
    expect(empty.availableMinor).toBe(-100n);
    expect(empty.isExceeded).toBe(true);
    expect(progressPercent(empty)).toBe(100);
  });
});
