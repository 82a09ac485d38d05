import { describe, expect, it } from "vitest";
import { describeBudget } from "../../../components/budgets/describe";
import { budgetForMonth } from "../../../lib/insights/shape/budget";

const spent = (entries: [string, bigint][]) => new Map(entries);

describe("describeBudget", () => {
  it("reads naturally within budget", () => {
    const month = budgetForMonth({ amountMinor: 40000n, isRollover: false, startMonth: "2026-11" }, spent([["2026-11", 31240n]]), "2026-11");
    expect(describeBudget(month, 40000n, "EUR", "en")).toEqual({ spent: "€312.40 spent of €400.00", origin: null, balance: "€87.60 left", isOver: false });
  });

  it("marks an overspent month", () => {
    const month = budgetForMonth({ amountMinor: 10000n, isRollover: false, startMonth: "2026-11" }, spent([["2026-11", 12550n]]), "2026-11");
    const words = describeBudget(month, 10000n, "EUR", "en");
    expect(words.balance).toBe("€25.50 over budget");
    expect(words.isOver).toBe(true);
  });

  it("never says 'spent of' a negative amount when earlier overspending ate the budget", () => {
    const budget = { amountMinor: 10000n, isRollover: true, startMonth: "2026-09" };
    const month = budgetForMonth(budget, spent([["2026-09", 20000n], ["2026-10", 18000n], ["2026-11", 3000n]]), "2026-11");
    expect(month.availableMinor).toBe(-8000n);
    const words = describeBudget(month, 10000n, "EUR", "en");
    expect(words.spent).toBe("€30.00 spent");
    expect(words.spent).not.toMatch(/−|-/);
    expect(words.origin).toBe("€100.00 budget − €180.00 overspent in earlier months");
    expect(words.balance).toBe("€110.00 over budget");
    expect(words.isOver).toBe(true);
  });

  it("names what was carried in, in French too", () => {
    const budget = { amountMinor: 10000n, isRollover: true, startMonth: "2026-10" };
    const month = budgetForMonth(budget, spent([["2026-10", 4000n], ["2026-11", 10000n]]), "2026-11");
    const words = describeBudget(month, 10000n, "EUR", "fr");
    expect(words.spent).toBe("100,00\u00a0€ dépensés sur 160,00\u00a0€");
    expect(words.origin).toBe("budget de 100,00\u00a0€ + 60,00\u00a0€ reportés");
    expect(words.balance).toBe("Reste 60,00\u00a0€");
  });

  it("says nothing is left at exactly the budget", () => {
    const month = budgetForMonth({ amountMinor: 5000n, isRollover: false, startMonth: "2026-11" }, spent([["2026-11", 5000n]]), "2026-11");
    expect(describeBudget(month, 5000n, "EUR", "en").balance).toBe("Nothing left this month");
  });
});
