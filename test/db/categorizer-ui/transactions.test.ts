import { describe, expect, it } from "vitest";
import { useTestDb } from "../../helpers/db";
import { recategorizeHousehold, recordCorrection, saveRule, applyRuleRetroactively } from "../../../lib/categorizer/store";
import { getCategorizedTransaction, listCategorizedTransactions } from "../../../lib/categorizer/ui/transactions";
import { applyToSimilar, countSimilar } from "../../../lib/categorizer/ui/similar";
import { explainCategory } from "../../../components/categories/why";
import { addTransactions, seedHousehold } from "./helpers";

const testDb = useTestDb();
const fetch = (id: string) => testDb.prisma.transaction.findUniqueOrThrow({ where: { id } });

describe("transactions page: list, why, bulk, similar, re-run", () => {
  it("lists the household's transactions with the rule's name, filters them, and pages by keyset", async () => {
    const seeded = await seedHousehold(testDb);
    const [rimone, lidl, unknown] = await addTransactions(testDb, seeded, [["CB RIMONE 01/03", -2000n], ["CB LIDL 02/03", -900n], ["XQZW", -100n]]);
    const ruleId = await saveRule(seeded.ctx, { name: "Resto Rimone", conditions: [{ field: "payee", op: "contains", value: "rimone" }], actions: [{ type: "setCategory", categoryId: "400810" }] });
    await applyRuleRetroactively(seeded.ctx, ruleId);
    const all = await listCategorizedTransactions(seeded.ctx);
    expect(all.rows.map((r) => r.id)).toEqual([unknown, lidl, rimone]);
    const row = all.rows.find((r) => r.id === rimone)!;
    expect(row).toMatchObject({ categoryId: "400810", categorySource: "rule", ruleName: "Resto Rimone", accountName: "Main", amountMinor: -2000n });
    expect(explainCategory(row, "en")).toBe("Rule “Resto Rimone”");
    expect(explainCategory({ categorySource: "local", categoryConfidence: 0.874, ruleName: null }, "fr")).toBe("Apprise de vos choix (87\u202f%)");
    expect(explainCategory({ categorySource: "manual", categoryConfidence: null, ruleName: null }, "en")).toBe("Chosen by hand");
    expect((await listCategorizedTransactions(seeded.ctx, { isUncategorizedOnly: true })).rows.map((r) => r.id)).toEqual([unknown, lidl]);
    expect((await listCategorizedTransactions(seeded.ctx, { search: "lidl" })).rows.map((r) => r.id)).toEqual([lidl]);
    expect((await listCategorizedTransactions(seeded.ctx, { categoryId: "400810" })).rows.map((r) => r.id)).toEqual([rimone]);
    const first = await listCategorizedTransactions(seeded.ctx, { limit: 2 });
    expect(first.nextCursor).not.toBeNull();
    expect((await listCategorizedTransactions(seeded.ctx, { limit: 2, cursor: first.nextCursor })).rows.map((r) => r.id)).toEqual([rimone]);
  });

  it("never shows another household's transactions or lends it a rule name", async () => {
    const mine = await seedHousehold(testDb);
    const theirs = await seedHousehold(testDb);
    const [their] = await addTransactions(testDb, theirs, [["CB RIMONE", -100n]]);
    expect((await listCategorizedTransactions(mine.ctx)).rows).toEqual([]);
    expect(await getCategorizedTransaction(mine.ctx, their!)).toBeNull();
    expect(await getCategorizedTransaction(theirs.ctx, their!)).toMatchObject({ id: their });
  });

  it("bulk recategorizes many at once as manual choices; a viewer or a foreign id changes nothing", async () => {
    const seeded = await seedHousehold(testDb);
    const other = await seedHousehold(testDb);
    const ids = await addTransactions(testDb, seeded, [["CB LE ZINC", -1500n], ["CB CAFE DE FLORE", -800n], ["CB LIDL", -900n]]);
    const [foreign] = await addTransactions(testDb, other, [["CB LE ZINC", -1500n]]);
    await expect(recordCorrection(seeded.viewer, ids, "400810")).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(recordCorrection(seeded.ctx, [ids[0]!, foreign!], "400810")).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await fetch(ids[0]!)).categorySource).toBe("none");
    expect((await recordCorrection(seeded.ctx, ids.slice(0, 2), "400810")).updated).toBe(2);
    for (const id of ids.slice(0, 2)) expect(await fetch(id)).toMatchObject({ categoryId: "400810", categorySource: "manual" });
    expect((await fetch(ids[2]!)).categorySource).toBe("none");
    expect((await fetch(foreign!)).categoryId).toBe("0");
  });

  it("applies a transaction's category to similar ones (same payee, not manual), with the count shown first", async () => {
    const seeded = await seedHousehold(testDb);
    const [a, b, c, manual, lidl] = await addTransactions(testDb, seeded, [
      ["CB RIMONE 01/03", -2000n], ["CB RIMONE 05/03", -2100n], ["FACTURE CARTE DU 080324 RIMONE PARIS CARTE 4974XXXXXXXX2335", -2200n],
      ["CB RIMONE 09/03", -2300n, "400110", "manual"], ["CB LIDL", -900n],
    ]);
    await expect(applyToSimilar(seeded.ctx, a!)).rejects.toMatchObject({ code: "INVALID_INPUT" });
    await recordCorrection(seeded.ctx, [a!], "400830");
    expect(await countSimilar(seeded.ctx, a!)).toBe(2);
    await expect(applyToSimilar(seeded.viewer, a!)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(applyToSimilar((await seedHousehold(testDb)).ctx, a!)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await applyToSimilar(seeded.ctx, a!)).updated).toBe(2);
    for (const id of [b!, c!]) expect(await fetch(id)).toMatchObject({ categoryId: "400830", categorySource: "manual" });
    expect(await fetch(manual!)).toMatchObject({ categoryId: "400110", categorySource: "manual" });
    expect((await fetch(lidl!)).categoryId).not.toBe("400830");
    expect(await countSimilar(seeded.ctx, a!)).toBe(0);
  });

  it("re-runs categorization of everything not manual and says how many changed; a viewer cannot", async () => {
    const seeded = await seedHousehold(testDb);
    const [manual, auto] = await addTransactions(testDb, seeded, [["CB CARREFOUR 01/03", -5000n, "400160", "manual"], ["CB CARREFOUR 02/03", -4000n]]);
    await expect(recategorizeHousehold(seeded.viewer)).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await recategorizeHousehold(seeded.ctx)).toEqual({ examined: 1, updated: 1 });
    expect((await fetch(auto!)).categoryId).toBe("400110");
    expect((await fetch(manual!)).categoryId).toBe("400160");
  });
});
