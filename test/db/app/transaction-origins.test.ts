import { describe, expect, it } from "vitest";
import { useTestDb } from "../../helpers/db";
import { applyRuleRetroactively, saveRule } from "../../../lib/categorizer/store";
import { loadCategoryOrigins } from "../../../app/(app)/transactions/origins";
import { explainCategory } from "../../../components/categories/why";
import { addTransactions, seedHousehold } from "../categorizer-ui/helpers";

const testDb = useTestDb();

describe("transactions page: why each listed row has its category", () => {
  it("names the rule for the page's rows, and never answers for another household's ids", async () => {
    const seeded = await seedHousehold(testDb);
    const other = await seedHousehold(testDb);
    const [rimone, lidl] = await addTransactions(testDb, seeded, [["CB RIMONE 01/03", -2000n], ["CB LIDL 02/03", -900n]]);
    const [foreign] = await addTransactions(testDb, other, [["CB RIMONE", -100n]]);
    const ruleId = await saveRule(seeded.ctx, { name: "Resto Rimone", conditions: [{ field: "payee", op: "contains", value: "rimone" }], actions: [{ type: "setCategory", categoryId: "400810" }] });
    await applyRuleRetroactively(seeded.ctx, ruleId);

    const origins = await loadCategoryOrigins(seeded.ctx, [rimone!, lidl!, foreign!]);
    expect(explainCategory(origins.get(rimone!)!, "en")).toBe("Rule “Resto Rimone”");
    expect(origins.get(lidl!)).toMatchObject({ categorySource: "none", ruleName: null });
    expect(origins.has(foreign!)).toBe(false);
    expect((await loadCategoryOrigins(seeded.ctx, [])).size).toBe(0);
  });
});
