import { describe, expect, it } from "vitest";
import { useTestDb } from "../../helpers/db";
import { seedHousehold } from "./seed";
import { createBudget, deleteBudget, listBudgets, updateBudget } from "../../../lib/insights/budgets";
import { loadBudgetProgress } from "../../../lib/insights/budget-progress";
import { recordBudgetAlerts } from "../../../lib/insights/budget-alerts";
import { saveRate, listRates } from "../../../lib/insights/rates";

const testDb = useTestDb();

describe("budgets on a real database", () => {
  it("sums the category and its subcategories, net of refunds, transfers and tombstones excluded, with rollover", async () => {
    const { ctx } = await seedHousehold([{ name: "main" }], [
      { account: "main", date: "2024-01-10", amountMinor: -20000n, categoryId: "400110" }, // January: 200 of 300
      { account: "main", date: "2024-02-03", amountMinor: -25000n, categoryId: "400100" },
      { account: "main", date: "2024-02-04", amountMinor: -15000n, categoryId: "400120" }, // February: 400 of 300 + 100 carried
      { account: "main", date: "2024-02-05", amountMinor: 1000n, categoryId: "400110" }, // refund
      { account: "main", date: "2024-02-06", amountMinor: -90000n, categoryId: "400110", isDeleted: true },
      { account: "main", date: "2024-02-07", amountMinor: -50000n, categoryId: "400110", transferId: "t1" },
      { account: "main", date: "2024-02-08", amountMinor: -3000n, categoryId: "400810" }, // another family
      { account: "main", date: "2024-02-09", amountMinor: -4000n, categoryId: "400110", currency: "USD" }, // another currency
    ]);
    await createBudget(ctx, { categoryId: "400100", amount: "300", currency: "EUR", rollover: "on", startMonth: "2024-01" });
    await expect(createBudget(ctx, { categoryId: "400100", amount: "1", currency: "EUR" })).rejects.toThrow(/already/);
    await expect(createBudget(ctx, { categoryId: "nope", amount: "1", currency: "EUR" })).rejects.toThrow();
    await expect(createBudget(ctx, { categoryId: "400800", amount: "-5", currency: "EUR" })).rejects.toThrow(/positive/);

    const [february] = await loadBudgetProgress(ctx, "2024-02");
    expect(february).toMatchObject({ carryInMinor: 10000n, availableMinor: 40000n, spentMinor: 39000n, remainingMinor: 1000n, isExceeded: false });
    const [march] = await loadBudgetProgress(ctx, "2024-03");
    expect(march).toMatchObject({ carryInMinor: 1000n, availableMinor: 31000n, spentMinor: 0n });

    const budget = (await listBudgets(ctx))[0]!;
    await updateBudget(ctx, budget.id, { categoryId: "400100", amount: "250", currency: "EUR", startMonth: "2024-02" });
    const [tighter] = await loadBudgetProgress(ctx, "2024-02");
    expect(tighter).toMatchObject({ carryInMinor: 0n, availableMinor: 25000n, isExceeded: true });

    // One notification per budget and month, however often the check runs.
    expect(await recordBudgetAlerts(ctx, [tighter!], "en")).toBe(1);
    expect(await recordBudgetAlerts(ctx, [tighter!], "en")).toBe(0);
    const notes = await testDb.raw.all<{ kind: string; dedupKey: string; title: string }>(`SELECT "kind", "dedupKey", "title" FROM "Notification" WHERE "householdId" = ?`, [ctx.householdId]);
    expect(notes).toEqual([{ kind: "budget_exceeded", dedupKey: `budget_exceeded:${budget.id}:2024-02`, title: "Budget exceeded: Everyday life" }]);

    await deleteBudget(ctx, budget.id);
    expect(await loadBudgetProgress(ctx, "2024-02")).toEqual([]);
  });

  it("keeps budgets and rates per household", async () => {
    const a = await seedHousehold([{ name: "main" }], []);
    const b = await seedHousehold([{ name: "main" }], []);
    const budget = await createBudget(a.ctx, { categoryId: "400100", amount: "10", currency: "EUR" });
    expect(await listBudgets(b.ctx)).toEqual([]);
    await expect(deleteBudget(b.ctx, budget.id)).rejects.toThrow(/not found/i);
    await expect(updateBudget(b.ctx, budget.id, { categoryId: "400100", amount: "1", currency: "EUR" })).rejects.toThrow(/not found/i);
    await saveRate(a.ctx, { fromCurrency: "usd", toCurrency: "EUR", rate: "0,92" });
    await saveRate(a.ctx, { fromCurrency: "USD", toCurrency: "EUR", rate: "0.93" });
    expect((await listRates(a.ctx)).map((r) => [r.fromCurrency, r.toCurrency, r.rate])).toEqual([["USD", "EUR", "0.93"]]);
    expect(await listRates(b.ctx)).toEqual([]);
    await expect(saveRate(a.ctx, { fromCurrency: "USD", toCurrency: "EUR", rate: "0" })).rejects.toThrow();
  });
});
